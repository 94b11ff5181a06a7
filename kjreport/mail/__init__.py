"""Email delivery of reports (邮件报送): settings, recipients, messages, SMTP, the send log.

``send_report`` is the one entry point the CLI (``kjreport send``, ``kjreport docx --send``) and
the Excel ribbon's 发送报告 button call.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kjreport.mail.errors import MailError, MessageTooLarge
from kjreport.mail.message import build_message
from kjreport.mail.recipients import Recipient, from_command_line, is_valid_address, read_recipients
from kjreport.mail.sender import Connection, with_retries
from kjreport.mail.sendlog import FAILED, SENT, already_sent, log_path, record, report_digest
from kjreport.mail.settings import (
    KEYRING_SERVICE,
    PASSWORD_ENV,
    MailSettings,
    load_mail_settings,
    lookup_password,
)

__all__ = [
    "MailError",
    "MailSettings",
    "Recipient",
    "SendSummary",
    "digest_of",
    "from_command_line",
    "load_mail_settings",
    "log_path",
    "read_recipients",
    "send_report",
]
HEADLINE = ("高新技术产业产值", "全社会R&D经费投入", "科技进步贡献率")


@dataclass
class SendSummary:
    """What ``send_report`` did, recipient by recipient."""

    report: Path
    sent: list[tuple[str, str]] = field(default_factory=list)  # (address, Message-ID)
    skipped: list[str] = field(default_factory=list)  # already received this report
    failed: list[tuple[str, str]] = field(default_factory=list)  # (address, reason)
    eml_files: list[Path] = field(default_factory=list)  # --dry-run output
    not_attempted: list[str] = field(default_factory=list)  # after the server went away

    @property
    def ok(self) -> bool:
        """Return True when nothing failed."""
        return not self.failed


def digest_of(report, template_dir: Path | None = None) -> str:
    """Return a one-paragraph Chinese digest of a ``YearReport``'s results for the mail body."""
    from kjreport.templating import TemplateSet

    targeted = [r for r in report.results if r.target is not None]
    counts = dict(Counter(r.status for r in targeted))
    headline = [
        r for r in (report.result(n) for n in HEADLINE) if r is not None and r.value is not None
    ]
    text = TemplateSet(template_dir, part="mail").render(
        "digest.j2", report=report, counts=counts, total=len(targeted), headline=headline
    )
    return " ".join(text.split())


def attachments_of(report: Path) -> list[Path]:
    """Return the files to attach: the .docx and, when it exists beside it, its PDF."""
    pdf = report.with_suffix(".pdf")
    return [report, pdf] if pdf.exists() else [report]


def send_report(
    report_path: Path,
    *,
    recipients: list[Recipient],
    settings: MailSettings,
    per_recipient: bool = True,
    dry_run: bool = False,
    out_dir: Path | None = None,
    digest: str = "",
    city: str = "",
    year: int | None = None,
    county: str = "",
    template_dir: Path | None = None,
    progress: Callable[[str, str], None] | None = None,
) -> SendSummary:
    """Send (or with ``dry_run`` write as .eml files) the report to ``recipients``.

    One message per recipient by default, else one message To the main recipients with the
    抄送 ones in Cc. Recipients the send log shows already received these exact bytes are
    skipped. Raise MailError when the server cannot be reached or refuses the login.
    """
    from kjreport.templating import TemplateSet

    report = Path(report_path)
    if not report.is_file():
        raise MailError(f"找不到要发送的报告 {report}。")
    bad = [r for r in recipients if not is_valid_address(r.address)]
    if bad:
        raise MailError(
            "以下收件地址无效：" + "、".join(f"「{r.address}」（{r.where}）" for r in bad) + "。"
        )
    if not recipients:
        raise MailError("没有收件人：请用 --to 给出地址，或在「收件人」表中填写。")
    if not is_valid_address(settings.from_address):
        raise MailError(
            f"发件地址「{settings.from_address}」无效；请在设置中填写“邮件账号”或“发件邮箱”。"
        )
    files = attachments_of(report)
    templates = TemplateSet(template_dir, part="mail")
    context = {
        "city": city,
        "year": year or "",
        "report_name": report.stem,
        "digest": digest,
        "attachments": [f.name for f in files],
        "sender_name": settings.sender_name,
        "county": county,
    }
    subject = " ".join(templates.render("subject.j2", **context).split())

    def body_for(name: str) -> str:
        return templates.render("body.j2", recipient=name, **context).strip() + "\n"

    if per_recipient:
        batches = [([r], []) for r in recipients]
    else:
        main = [r for r in recipients if not r.cc] or recipients
        batches = [(main, [r for r in recipients if r.cc and r not in main])]
    summary = SendSummary(report)
    if dry_run:
        folder = out_dir or report.with_name(report.stem + ".邮件")
        folder.mkdir(parents=True, exist_ok=True)
        for i, (to, cc) in enumerate(batches, 1):
            msg = build_message(
                settings, to, cc, subject, body_for(to[0].name if len(to) == 1 else ""), files
            )
            path = folder / f"{i:03d}-{to[0].address}.eml"
            path.write_bytes(msg.as_bytes())
            summary.eml_files.append(path)
        return summary

    digest_hash = report_digest(report)
    done = already_sent(report, digest_hash)
    settings.password = settings.password or lookup_password(settings)
    if settings.user and not settings.password and settings.security != "无":
        raise MailError(
            f"没有找到邮件账号 {settings.user} 的密码（授权码）：请设置环境变量 {PASSWORD_ENV}，"
            f"或运行 keyring set {KEYRING_SERVICE} {settings.user} 保存到系统密钥环。"
        )
    connection = Connection(settings)
    try:
        for index, (to, cc) in enumerate(batches):
            people = [r for r in to + cc if r.address.lower() not in done]
            summary.skipped += [r.address for r in to + cc if r.address.lower() in done]
            if not people:
                continue
            to_now = [r for r in to if r in people] or people
            cc_now = [r for r in cc if r in people and r not in to_now]
            msg = build_message(
                settings,
                to_now,
                cc_now,
                subject,
                body_for(to_now[0].name if len(to_now) == 1 else ""),
                files,
            )

            def attempt(msg=msg, people=people):
                if connection.smtp is None:
                    connection.open()
                return connection.send(msg, [r.address for r in people])

            try:
                refused = with_retries(attempt, settings)
            except MessageTooLarge:
                raise  # the same size for everybody: stop and say so once
            except MailError as exc:
                if connection.smtp is None and not summary.sent and not summary.failed:
                    raise  # could not connect or log in at all: say so once
                refused = {r.address: str(exc).rstrip("。") for r in people}
                lost = connection.smtp is None
                connection.close()
                if lost:  # the server went away mid-batch: stop; a rerun sends the rest
                    _log(summary, report, digest_hash, msg, people, refused, done, progress)
                    summary.not_attempted = [
                        r.address
                        for t, c in batches[index + 1 :]
                        for r in t + c
                        if r.address.lower() not in done
                    ]
                    break
            _log(summary, report, digest_hash, msg, people, refused, done, progress)
    finally:
        connection.close()
    return summary


def _log(
    summary: SendSummary,
    report: Path,
    digest_hash: str,
    msg,
    people: list[Recipient],
    refused: dict[str, str],
    done: set[str],
    progress,
) -> None:
    """Record the outcome of one message for each of its recipients."""
    for r in people:
        reason = refused.get(r.address)
        if reason:
            record(report, digest_hash, r.address, msg["Message-ID"], FAILED, reason)
            summary.failed.append((r.address, reason))
        else:
            record(report, digest_hash, r.address, msg["Message-ID"], SENT)
            summary.sent.append((r.address, msg["Message-ID"]))
            done.add(r.address.lower())
        if progress:
            progress(r.address, SENT if not reason else f"{FAILED}：{reason}")
