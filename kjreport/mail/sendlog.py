"""The send log (发送记录) beside a report: who got which version, so a rerun after a failure
sends only what did not go out and nobody receives the same report twice."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

SENT = "已发送"
FAILED = "失败"


@dataclass(frozen=True)
class LogEntry:
    """One delivery attempt to one recipient."""

    time: str
    report: str  # file name
    sha256: str  # of the report's bytes: a changed report is a new report
    recipient: str
    message_id: str
    result: str  # 已发送 | 失败
    reason: str = ""


def log_path(report: Path) -> Path:
    """Return the send log of ``report``: ``<name>.发送记录.jsonl`` beside it."""
    return report.with_name(report.name + ".发送记录.jsonl")


def report_digest(report: Path) -> str:
    """Return the SHA-256 of the report file."""
    return hashlib.sha256(report.read_bytes()).hexdigest()


def already_sent(report: Path, digest: str) -> set[str]:
    """Return the addresses this exact report (same bytes) was already delivered to."""
    path = log_path(report)
    if not path.exists():
        return set()
    done = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut by a crash: ignore it
        if entry.get("sha256") == digest and entry.get("result") == SENT:
            done.add(entry.get("recipient", "").lower())
    return done


def record(
    report: Path, digest: str, recipient: str, message_id: str, result: str, reason: str = ""
) -> LogEntry:
    """Append one entry to the send log (flushed at once) and return it."""
    entry = LogEntry(
        dt.datetime.now().isoformat(timespec="seconds"),
        report.name,
        digest,
        recipient,
        message_id,
        result,
        reason,
    )
    with open(log_path(report), "a", encoding="utf-8") as fh:
        fh.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
        fh.flush()
    return entry
