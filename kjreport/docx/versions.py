"""Saving a generated document without overwriting an edited one: ``标题.docx`` is replaced only
when its text and tables are exactly what is written now; otherwise the new document becomes
``标题（第2版）.docx`` (the next free version). Shared by the ribbon buttons and the CLI."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from kjreport.errors import KjreportError
from kjreport.mail.content import read_content


def save_versioned(out: Path, write_to: Callable[[Path], object], what: str) -> tuple[Path, str]:
    """Write a document through ``write_to(temporary path)`` and move it to ``out`` or, when a
    different (edited) document is already there, to its next version name (see
    ``choose_target``); return (where it went, a note for the user or "")."""
    folder = out.parent
    fd, tmp_name = tempfile.mkstemp(prefix=".~kjreport-", suffix=".docx", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            write_to(tmp)
        except PermissionError as exc:
            raise KjreportError(f"无法在 {folder} 中写入{what}：没有写入权限。") from exc
        target, note = choose_target(out, read_content(tmp).key, what)
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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def versions(out: Path) -> list[Path]:
    """Return ``out`` and its numbered versions (``标题（第N版）.docx``) that exist, oldest first."""
    found = [(1, out)] if out.exists() else []
    for path in out.parent.glob(f"{out.stem}（第*版）{out.suffix}"):
        number = path.stem[len(out.stem) + 2 : -2]
        if number.isdigit():
            found.append((int(number), path))
    return [p for _, p in sorted(found)]


def choose_target(out: Path, key: str, what: str = "总结") -> tuple[Path, str]:
    """Return where the new summary (content ``key``) goes and a note for the user ("" if none).

    The newest existing version is replaced only when its content is the same; otherwise the
    next version number is used and nothing existing is touched.
    """
    existing = versions(out)
    if not existing:
        return out, ""
    latest = existing[-1]
    try:
        same = read_content(latest).key == key
    except KjreportError:
        same = False  # not readable as a Word document: certainly not ours to overwrite
    if same:
        return latest, ""
    number = max([1] + [int(p.stem[len(out.stem) + 2 : -2]) for p in existing if p != out]) + 1
    target = out.with_name(f"{out.stem}（第{number}版）{out.suffix}")
    return target, (
        f"「{latest.name}」已存在且内容与本次生成的不同（可能已有人修改过），没有覆盖它；"
        f"新{what}另存为「{target.name}」。"
    )
