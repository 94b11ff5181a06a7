"""Saving a generated document without overwriting an edited one: ``标题.docx`` is replaced when
its text and tables are exactly what is written now, or when it is kjreport's own output that no
one has saved since (its stamp, see ``stamp``); otherwise the new document becomes
``标题（第2版）.docx`` (the next free version). Shared by the ribbon buttons, the CLI and the
batch of county bulletins."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from kjreport.errors import KjreportError


def save_versioned(
    out: Path, write_to: Callable[[Path], object], what: str, names: Iterable[str] | None = None
) -> tuple[Path, str]:
    """Write a document through ``write_to(temporary path)`` and move it to ``out`` or, when a
    different (edited) document is already there, to its next version name (see
    ``choose_target``); return (where it went, a note for the user or "").

    ``names``: the file names in ``out``'s folder when the caller has listed it already (a batch
    of county bulletins lists its folder once, not once per bulletin); by default it is listed here.
    """
    folder = out.parent
    fd, tmp_name = tempfile.mkstemp(prefix=".~kjreport-", suffix=".docx", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            write_to(tmp)
        except PermissionError as exc:
            raise KjreportError(f"无法在 {folder} 中写入{what}：没有写入权限。") from exc
        stamp(tmp)
        target, note = choose_target(out, tmp, what, versions(out, names))
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise KjreportError(
                f"无法写入 {target}：该文件可能正在 Word 中打开，请关闭后再生成{what}。"
            ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    os.chmod(target, 0o666 & ~_umask())  # as a plain save would (mkstemp made it 0600)
    return target, note


def same_content(old: Path, new: str | Path) -> bool:
    """Return True when the document ``old`` says what ``new`` (a document or a content key)
    says: the same text and tables. An unreadable ``old`` is never the same."""
    try:
        body = None if isinstance(new, str) else _body(new)
        if body is not None and _body(old) == body:
            return True  # the same document part: the same text, without parsing either
        from kjreport.mail.content import read_content  # (imports the mail package: only here)

        key = new if isinstance(new, str) else read_content(new).key
        return read_content(old).key == key
    except KjreportError:
        return False  # not readable as a Word document: certainly not ours to overwrite


def _body(path: Path) -> bytes | None:
    """Return the bytes of the main document part (None when there is none to read)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError, OSError):
        return None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def versions(out: Path, names: Iterable[str] | None = None) -> list[Path]:
    """Return ``out`` and its numbered versions (``标题（第N版）.docx``) that exist, oldest first.

    ``names``: the file names in ``out``'s folder, when the caller has listed it already.
    """
    if names is None:
        try:
            names = os.listdir(out.parent)
        except (FileNotFoundError, NotADirectoryError):
            names = []
    pattern = _pattern(out)
    found = [(_number(out, out.with_name(name), pattern), out.with_name(name))
             for name in names if pattern.fullmatch(os.path.normcase(name))]
    return [p for _, p in sorted(found)]


def _pattern(out: Path) -> re.Pattern[str]:
    """Return the pattern of ``out``'s file name and its versions' (case compared as the OS does)."""
    stem, suffix = (re.escape(os.path.normcase(part)) for part in (out.stem, out.suffix))
    return re.compile(f"{stem}(?:（第(\\d+)版）)?{suffix}")


def newest_versions(paths: list[Path]) -> tuple[list[Path], list[tuple[Path, Path]]]:
    """Return ``paths`` without the documents a newer version among them supersedes (in their
    order), and the pairs (superseded, its newest version): ``标题.docx`` goes when
    ``标题（第2版）.docx`` is there too."""
    newest: dict[tuple[Path, str], Path] = {}
    key_of = {}
    for path in paths:
        base = path.with_name(base_name(path.name))
        key = key_of[path] = (path.parent, os.path.normcase(base.name))
        if key not in newest or _number(base, path) > _number(base, newest[key]):
            newest[key] = path
    kept = [p for p in paths if newest[key_of[p]] == p]
    dropped = [(p, newest[key_of[p]]) for p in paths if newest[key_of[p]] != p]
    return kept, dropped


def base_name(name: str) -> str:
    """Return the file name ``name`` is a version of: ``标题（第2版）.docx`` → ``标题.docx``."""
    return _VERSION.sub(r"\1", name)


_VERSION = re.compile(r"（第\d+版）(\.[^.]*)?$")


def _number(out: Path, path: Path, pattern: re.Pattern[str] | None = None) -> int:
    """Return the version number of ``path``, one of ``versions(out)`` (``out`` itself is 1)."""
    match = (pattern or _pattern(out)).fullmatch(os.path.normcase(path.name))
    return int(match.group(1)) if match and match.group(1) else 1


def choose_target(
    out: Path, new: str | Path, what: str = "总结", existing: list[Path] | None = None
) -> tuple[Path, str]:
    """Return where the new summary goes and a note for the user ("" if none). ``new``: the new
    document (its path) or its content key (``read_content(path).key``).

    The newest existing version is replaced only when its content is the same; otherwise the
    next version number is used and nothing existing is touched. ``existing``: ``versions(out)``
    when the caller has it already.
    """
    if existing is None:
        existing = versions(out)
    if not existing:
        return out, ""
    latest = existing[-1]
    if same_content(latest, new) or (not isinstance(new, str) and untouched(latest)
                                     and _identity(latest) == _identity(Path(new))):
        return latest, ""  # nothing of anyone's to keep: regenerating after a data fix keeps the name
    number = max(_number(out, p) for p in existing) + 1
    target = out.with_name(f"{out.stem}（第{number}版）{out.suffix}")
    return target, (
        f"「{latest.name}」已存在且内容与本次生成的不同（可能已有人修改过），没有覆盖它；"
        f"新{what}另存为「{target.name}」。"
    )


# kjreport's own output carries, in its core properties (dc:identifier, shown by no Word dialog),
# a digest of every other part of the file as written. A file whose parts still give that digest
# has been saved by no one since — not even opened and saved in Word or WPS, which rewrite the
# parts — so replacing it loses nothing (qa14a F3: each regeneration after a data fix made a
# 第2版, 第3版 …, the leaders' mail carried 「（第2版）」, and the old name kept the stale report).
_STAMP = "kjreport-untouched-sha256:"
_CORE = "docProps/core.xml"
_IDENTIFIER = re.compile(rb"<dc:identifier>[^<]*</dc:identifier>|<dc:identifier/>")


def _parts_digest(parts: dict[str, bytes]) -> str:
    """Return the SHA-256 of a package's parts other than its core properties."""
    digest = hashlib.sha256()
    for name in sorted(parts):
        if name != _CORE:
            digest.update(name.encode("utf-8") + b"\0" + len(parts[name]).to_bytes(8, "big") + parts[name])
    return digest.hexdigest()


def stamp(path: Path) -> None:
    """Mark the .docx at ``path`` (just written by kjreport) as kjreport's own, untouched output.
    A file without core properties, or not a package, is left as it is (it is then never
    ``untouched``: a new version is saved beside it, as before)."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            parts = {info.filename: zf.read(info) for info in infos}
    except (zipfile.BadZipFile, OSError):
        return
    core = parts.get(_CORE)
    if core is None or b'xmlns:dc="http://purl.org/dc/elements/1.1/"' not in core:
        return
    mark = f"<dc:identifier>{_STAMP}{_parts_digest(parts)}</dc:identifier>".encode()
    core = _IDENTIFIER.sub(b"", core)
    end = core.rfind(b"</cp:coreProperties>")
    if end < 0:
        return
    parts[_CORE] = core[:end] + mark + core[end:]
    tmp = path.with_name(path.name + ".stamp")
    try:
        with zipfile.ZipFile(tmp, "w") as out:
            for info in infos:
                out.writestr(info, parts[info.filename], compress_type=info.compress_type)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _identity(path: Path) -> tuple[bytes, bytes] | None:
    """Return the title and category properties of the .docx at ``path`` (the report and its
    period: 工作总结, 进度通报（9月）); None when unreadable. A regenerated report has the same; the
    September bulletin written where the June one is has not, and the June one is kept."""
    try:
        with zipfile.ZipFile(path) as zf:
            core = zf.read(_CORE)
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    title = re.search(rb"<dc:title>([^<]*)</dc:title>", core)
    category = re.search(rb"<cp:category>([^<]*)</cp:category>", core)
    return (title.group(1) if title else b"", category.group(1) if category else b"")


def untouched(path: Path) -> bool:
    """Return True when ``path`` is kjreport's stamped output and no one has saved it since."""
    try:
        with zipfile.ZipFile(path) as zf:
            parts = {info.filename: zf.read(info) for info in zf.infolist()}
    except (zipfile.BadZipFile, OSError, KeyError):
        return False
    found = re.search(rb"<dc:identifier>" + re.escape(_STAMP.encode()) + rb"([0-9a-f]{64})</dc:identifier>",
                      parts.get(_CORE, b""))
    return found is not None and found.group(1).decode() == _parts_digest(parts)
