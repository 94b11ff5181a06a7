"""Backups of a workbook before kjreport replaces it: ``.kjreport-backup/`` beside the workbook.

- ``<stem>.<YYYYmmdd-HHMMSS>[-n].<ext>``: the newest ``BACKUPS_KEPT`` versions;
- ``<stem>.原始.<YYYYmmdd-HHMMSS>.<ext>``: the version before kjreport first wrote the
  workbook, kept always (never pruned, never pushed out by later backups).

A backup is written to a hidden temporary name, flushed, and renamed into place, so a kill or a
full disk never leaves a 0-byte or truncated file under a backup's name. A version identical to
a backup already kept is not copied again. Pruning counts only backups that open as zip
packages (broken ones are removed) and orders them by when they were made, not by the local
time in their names.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import time
import zipfile
from datetime import datetime
from pathlib import Path

BACKUP_DIR = ".kjreport-backup"
BACKUPS_KEPT = 10
ORIGINAL = "原始"
TEMP_STALE_AFTER = 600.0  # seconds before another process's temporary file counts as left over


def _pattern(path: Path) -> re.Pattern[str]:
    ext = path.suffix.lstrip(".")
    return re.compile(
        re.escape(path.stem) + rf"\.(?:({ORIGINAL})\.)?(\d{{8}}-\d{{6}})(?:-(\d+))?\." + re.escape(ext)
    )


def backups_of(path: Path) -> tuple[list[Path], list[Path]]:
    """Return (originals, rotating backups) of workbook ``path``, oldest first (by the time each
    was made, the name's stamp only breaking ties)."""
    folder = path.parent / BACKUP_DIR
    if not folder.is_dir():
        return [], []
    pattern = _pattern(path)
    originals, rotating = [], []
    for item in folder.iterdir():
        m = pattern.fullmatch(item.name)
        if not m or not item.is_file():
            continue
        key = (_made_at(item), m.group(2), int(m.group(3) or 1))
        (originals if m.group(1) else rotating).append((key, item))
    return [p for _, p in sorted(originals)], [p for _, p in sorted(rotating)]


def _made_at(p: Path) -> float:
    st = p.stat()
    return getattr(st, "st_birthtime", None) or st.st_ctime


def is_valid_backup(p: Path) -> bool:
    """Return True when ``p`` is a complete zip package (its central directory reads and every
    member's local header is where the directory says)."""
    try:
        if p.stat().st_size < 22:
            return False
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
            if not infos:
                return False
            with p.open("rb") as fh:
                for info in infos:
                    fh.seek(info.header_offset)
                    if fh.read(4) != b"PK\x03\x04":
                        return False
        return True
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


def _digest(p: Path) -> str:
    h = hashlib.sha256()
    with p.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def make_backup(path: Path) -> Path:
    """Keep a copy of ``path`` in ``.kjreport-backup/`` and return its path (an existing
    identical backup's path when there is one); prune to ``BACKUPS_KEPT`` valid backups."""
    folder = path.parent / BACKUP_DIR
    folder.mkdir(exist_ok=True)
    clean_temp_files(folder, prefix=".")
    originals, rotating = backups_of(path)
    for bad in [p for p in originals + rotating if not is_valid_backup(p)]:
        with contextlib.suppress(OSError):
            bad.unlink()
    originals, rotating = backups_of(path)
    same = _identical(path, originals + rotating)
    if same is not None:
        return same
    ext = path.suffix.lstrip(".")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    first = not originals and not rotating
    base = f"{path.stem}.{ORIGINAL}.{stamp}" if first else f"{path.stem}.{stamp}"
    target = folder / f"{base}.{ext}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}.{ext}"
    if not first:
        # make room first, so that a run killed at any moment leaves at most BACKUPS_KEPT
        _prune(rotating, BACKUPS_KEPT - 1)
    _copy_through_temp(path, target)
    if not first:
        _prune(backups_of(path)[1], BACKUPS_KEPT)
    return target


def _prune(rotating: list[Path], keep: int) -> None:
    """Delete the oldest rotating backups so that ``keep`` remain."""
    for old in rotating[: max(len(rotating) - keep, 0)]:
        with contextlib.suppress(OSError):
            old.unlink()


def _identical(path: Path, kept: list[Path]) -> Path | None:
    """Return a kept backup with the same bytes as ``path`` (newest first), or None."""
    size = path.stat().st_size
    candidates = [p for p in reversed(kept) if p.stat().st_size == size]
    if not candidates:
        return None
    digest = _digest(path)
    return next((p for p in candidates if _digest(p) == digest), None)


def _copy_through_temp(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` via a hidden temporary file in the same folder."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with source.open("rb") as src, open(tmp, "wb") as out:
            while chunk := src.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        st = source.stat()
        os.utime(tmp, ns=(st.st_atime_ns, st.st_mtime_ns))
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def clean_temp_files(folder: Path, prefix: str, *, older_than: float = TEMP_STALE_AFTER) -> None:
    """Remove kjreport's temporary files (``<prefix>….tmp``) left in ``folder`` by a killed
    or failed run; files younger than ``older_than`` seconds may belong to a running writer
    of another workbook and are left alone unless their process is gone."""
    now = time.time()
    try:
        items = list(folder.iterdir())
    except OSError:
        return
    for item in items:
        name = item.name
        if not (name.startswith(prefix) and name.endswith(".tmp")) or not item.is_file():
            continue
        pid = re.search(r"\.(\d+)\.tmp$", name)
        gone = pid is not None and not _alive(int(pid.group(1)))
        try:
            old = now - item.stat().st_mtime > older_than
        except OSError:
            continue
        if gone or old:
            with contextlib.suppress(OSError):
                item.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
