"""One kjreport writer per workbook at a time, and no replacing a file that changed under us.

- ``writer_lock(path)``: a lock file of kjreport's own beside the workbook
  (``.~kjreport.NAME.lock``, created with O_EXCL, holding pid, host and time). A second
  ``fill``/``collect`` on the same workbook is refused with a message naming who holds it; a
  lock left by a killed process (same host, process gone; or older than ``STALE_AFTER``) is
  taken over. Re-entrant within one process.
- ``Fingerprint``: size, modification time and SHA-256 of the workbook as it was read; the
  writer compares it with the file just before the atomic replace, so a change made meanwhile
  (another program, another kjreport) is never overwritten.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

STALE_AFTER = 3600.0  # seconds: no kjreport write takes an hour
_held: dict[Path, int] = {}  # lock files this process holds → nesting depth


class WriterBusy(Exception):
    """Another kjreport process is writing the workbook; ``holder`` describes it in Chinese."""

    def __init__(self, holder: str):
        super().__init__(holder)
        self.holder = holder


def lock_path(path: Path) -> Path:
    """Return kjreport's own lock file for workbook ``path``."""
    path = Path(path)
    return path.with_name(f".~kjreport.{path.name}.lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _describe(info: dict) -> str:
    when = info.get("time")
    start = datetime.fromtimestamp(when).strftime("%H:%M:%S") if isinstance(when, (int, float)) else "?"
    return f"进程 {info.get('pid', '?')}，计算机 {info.get('host', '?')}，{start} 开始"


def _stale(lock: Path) -> bool:
    """Return True when the lock's writer is gone (killed, crashed, or too old to be alive)."""
    import json  # lazily: reading a workbook needs none of this
    import socket

    try:
        info = json.loads(lock.read_text(encoding="utf-8") or "{}")
        age = time.time() - lock.stat().st_mtime
    except FileNotFoundError:
        return True
    except (OSError, ValueError):
        info, age = {}, time.time() - _mtime(lock)
    if age > STALE_AFTER:
        return True
    pid, host = info.get("pid"), info.get("host")
    if host == socket.gethostname() and isinstance(pid, int):
        return not _alive(pid)
    return not info and age > 60  # an unreadable lock a minute old: its writer died at birth


def _mtime(p: Path) -> float:
    try:
        return p.stat().st_mtime
    except OSError:
        return time.time()


def _holder(lock: Path) -> str:
    import json  # lazily: reading a workbook needs none of this

    try:
        return _describe(json.loads(lock.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return "另一个 kjreport 进程"


def _create_with(lock: Path, text: str) -> None:
    """Create ``lock`` holding ``text`` in one step, so a kill never leaves an empty lock:
    the text goes to a temporary file that is hard-linked to the lock's name (which fails
    with FileExistsError when the lock exists); O_EXCL where links are not supported."""
    tmp = lock.with_name(f"{lock.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        try:
            os.link(tmp, lock)
            return
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links
            pass
        fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _clean_lock_temps(lock: Path) -> None:
    """Remove lock temporaries (``<lock>.<pid>.tmp``) of processes that are gone."""
    import glob  # lazily: reading a workbook needs none of this

    try:
        items = list(lock.parent.glob(glob.escape(lock.name) + ".*.tmp"))
    except OSError:
        return
    for item in items:
        pid = item.name[len(lock.name) + 1 : -len(".tmp")]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                item.unlink()


@contextlib.contextmanager
def writer_lock(path: Path) -> Iterator[Path]:
    """Hold kjreport's lock on workbook ``path`` for the ``with`` block; raise ``WriterBusy``
    when another live kjreport holds it."""
    import json  # lazily: reading a workbook needs none of this
    import socket

    lock = lock_path(path).absolute()
    if lock in _held:
        _held[lock] += 1
        try:
            yield lock
        finally:
            _held[lock] -= 1
        return
    info = {"pid": os.getpid(), "host": socket.gethostname(), "time": time.time(),
            "program": "kjreport"}
    _clean_lock_temps(lock)
    for attempt in range(3):
        try:
            _create_with(lock, json.dumps(info))
        except FileExistsError:
            if attempt < 2 and _stale(lock):
                with contextlib.suppress(FileNotFoundError):
                    lock.unlink()
                continue
            raise WriterBusy(_holder(lock)) from None
        break
    _held[lock] = 1
    try:
        yield lock
    finally:
        _held.pop(lock, None)
        with contextlib.suppress(OSError):
            lock.unlink()


@dataclass(frozen=True)
class Fingerprint:
    """What a workbook file was when it was read."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: Path) -> Fingerprint:
        """Return the fingerprint of the file at ``path`` now."""
        import hashlib  # lazily: reading a workbook needs none of this

        st = os.stat(path)
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
        return cls(st.st_size, st.st_mtime_ns, digest.hexdigest())

    @classmethod
    def quick(cls, path: Path) -> Fingerprint:
        """Return size and modification time only (no hash: cheap enough for every read)."""
        st = os.stat(path)
        return cls(st.st_size, st.st_mtime_ns, "")

    def same_content(self, other: Fingerprint) -> bool:
        """Return True when both describe the same bytes (by hash when both have one, else by
        size and modification time)."""
        if self.size != other.size:
            return False
        if self.sha256 and other.sha256:
            return self.sha256 == other.sha256
        return self.mtime_ns == other.mtime_ns
