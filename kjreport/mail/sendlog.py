"""The send log (发送记录) beside a report: who got which version, so a rerun sends only what did
not go out and nobody receives the same report twice.

Entries are keyed on the report's *content* (its text and tables, ``content.ReportContent.key``),
not on the file's bytes: regenerating the same report sends nothing again; a changed report is a
new report. Each delivery is written as 发送中 before the message goes to the server and as
已发送 / 失败 / 未确认 after; a delivery whose outcome is unknown (the connection was lost after
the message was handed over, or the process died in between) is 未确认 and is never resent
automatically.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from kjreport.mail.errors import MailError

SENT = "已发送"
FAILED = "失败"
PENDING = "发送中"  # written just before handing the message over; replaced by the outcome
UNCONFIRMED = "未确认"  # the server may or may not have stored it: never resent automatically
LEGACY = "sha256:"  # prefix of an old entry's key: the SHA-256 of the report file's bytes


@dataclass(frozen=True)
class LogEntry:
    """One delivery attempt to one recipient."""

    time: str
    report: str  # file name
    content: str  # SHA-256 of the report's text and tables: a changed report is a new report
    recipient: str
    message_id: str
    result: str  # 发送中 | 已发送 | 失败 | 未确认
    reason: str = ""


@dataclass
class LogState:
    """What the log says about one report's content, per recipient (lower-case address)."""

    sent: dict[str, LogEntry]
    unconfirmed: dict[str, LogEntry]
    failed: dict[str, LogEntry]
    older: dict[str, LogEntry]  # recipients who got an earlier, different version of the report


def log_path(report: Path) -> Path:
    """Return the send log of ``report``: ``<name>.发送记录.jsonl`` beside it."""
    return report.with_name(report.name + ".发送记录.jsonl")


def entries(report: Path) -> list[LogEntry]:
    """Return every entry of ``report``'s log in order (lines cut by a crash are ignored)."""
    path = log_path(report)
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise MailError(
            f"无法读取发送记录 {path}（{exc.strerror or exc}）：没有它就无法保证不重复发送，"
            f"因此一封也没有发送。请检查该文件后重试。"
        ) from None
    out = []
    for line in text.splitlines():
        try:
            data = json.loads(line)
            # logs written before content keys held the SHA-256 of the file's bytes
            content = data.get("content") or f"{LEGACY}{data.get('sha256', '')}"
            out.append(
                LogEntry(
                    data["time"],
                    data["report"],
                    content,
                    data["recipient"],
                    data.get("message_id", ""),
                    data["result"],
                    data.get("reason", ""),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError):
            continue
    return out


def state(report: Path, key: str) -> LogState:
    """Return, for the content ``key``, each recipient's last outcome, and who received an
    earlier version of this report (same file name, different content)."""
    last: dict[str, LogEntry] = {}
    older: dict[str, LogEntry] = {}
    log = entries(report)
    same = {key}
    if any(e.content.startswith(LEGACY) for e in log):  # an old log: these very bytes count too
        same.add(LEGACY + hashlib.sha256(report.read_bytes()).hexdigest())
    for entry in log:
        address = entry.recipient.lower()
        if entry.content in same:
            # 已发送 is final: a later failed attempt (e.g. a duplicate run) cannot undo it
            if last.get(address) is None or last[address].result != SENT:
                last[address] = entry
        elif entry.result in (SENT, UNCONFIRMED):
            older[address] = entry
    pending = {a: e for a, e in last.items() if e.result in (PENDING, UNCONFIRMED)}
    return LogState(
        sent={a: e for a, e in last.items() if e.result == SENT},
        unconfirmed=pending,  # a 发送中 with no outcome: the run died while sending
        failed={a: e for a, e in last.items() if e.result == FAILED},
        older={a: e for a, e in older.items() if a not in last},
    )


def check_writable(report: Path) -> None:
    """Raise MailError unless the send log can be appended to (checked before any sending)."""
    path = log_path(report)
    existed = path.exists()
    try:
        with open(path, "a", encoding="utf-8"):
            pass
        if not existed:
            path.unlink()  # nothing to record yet: leave no empty log behind
    except OSError as exc:
        raise MailError(
            f"无法写入发送记录 {path}（{exc.strerror or exc}）：没有它就无法保证不重复发送，"
            f"因此一封也没有发送。请检查该文件夹的写入权限（或关闭占用该文件的程序）后重试。"
        ) from None


def record(
    report: Path, key: str, recipient: str, message_id: str, result: str, reason: str = ""
) -> LogEntry:
    """Append one entry to the send log, flushed to disk at once, and return it.

    Raise MailError when it cannot be written: sending must stop, or a rerun would resend.
    """
    entry = LogEntry(
        dt.datetime.now().isoformat(timespec="seconds"),
        report.name,
        key,
        recipient,
        message_id,
        result,
        reason,
    )
    path = log_path(report)
    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise MailError(
            f"无法写入发送记录 {path}（{exc.strerror or exc}），已停止发送；"
            f"请解决后重新运行，记录中已有的收件人不会重复收到。"
        ) from None
    return entry


STALE_LOCK = 3600.0  # seconds: a lock older than this was left by a run that died


def lock_path(report: Path) -> Path:
    """Return the lock file held while ``report`` is being sent."""
    return report.with_name(report.name + ".发送中.lock")


def take_lock(report: Path) -> Path:
    """Create the send lock of ``report`` and return it; raise MailError while another run
    (a second window, the ribbon and the command line at once) is sending the same report."""
    import time

    path = lock_path(report)
    for _ in range(2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            try:
                age = time.time() - path.stat().st_mtime
            except FileNotFoundError:
                continue
            if age > STALE_LOCK:
                path.unlink(missing_ok=True)  # left by a run that was killed
                continue
            raise MailError(
                f"{report.name} 正在由另一个窗口或程序发送（{path.name}，"
                f"{dt.datetime.fromtimestamp(path.stat().st_mtime):%H:%M:%S} 开始）；"
                f"请等它结束后再发送，以免有人收到两份。"
            ) from None
        except OSError as exc:
            raise MailError(
                f"无法在 {path.parent} 中创建发送锁（{exc.strerror or exc}），因此一封也没有发送；"
                f"请检查该文件夹的写入权限。"
            ) from None
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {dt.datetime.now().isoformat(timespec='seconds')}\n")
        return path
    raise MailError(f"无法取得 {report.name} 的发送锁，请稍后重试。")


def release_lock(path: Path) -> None:
    """Remove a lock taken by ``take_lock``."""
    path.unlink(missing_ok=True)
