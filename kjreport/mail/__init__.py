"""Email delivery of reports (邮件报送): settings, recipients, messages, SMTP, the send log.

``send_report`` is the one entry point the CLI (``kjreport send``, ``kjreport docx --send``) and
the Excel ribbon's 发送报告 button call.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from kjreport.mail.content import ReportContent, read_content
from kjreport.mail.errors import MailError, MessageTooLarge, OutcomeUnknown, PlaceholdersLeft
from kjreport.mail.message import build_message
from kjreport.mail.recipients import (
    Recipient,
    from_command_line,
    is_person,
    is_valid_address,
    read_recipients,
)
from kjreport.mail.sender import Connection, refuse_plain_login, with_retries
from kjreport.mail.sendlog import (
    FAILED,
    PENDING,
    SENT,
    UNCONFIRMED,
    check_writable,
    log_path,
    record,
    release_lock,
    state,
    take_lock,
)
from kjreport.mail.settings import (
    KEYRING_SERVICE,
    PASSWORD_ENV,
    MailSettings,
    load_mail_settings,
    lookup_password,
)

__all__ = [
    "DeliveryPlan",
    "MailError",
    "MailSettings",
    "Recipient",
    "SendSummary",
    "county_digest_of",
    "digest_of",
    "from_command_line",
    "load_mail_settings",
    "log_path",
    "plan_delivery",
    "refuse_placeholders",
    "read_recipients",
    "send_report",
]
UNSET_SENDER = "sender-not-set@example.invalid"  # From of a rehearsal without mail settings
HEADLINE_LINES = 3  # headline targets quoted in the mail body


@dataclass
class DeliveryPlan:
    """Who a run would send the report to, decided from the send log before anything is sent."""

    report: Path
    content: ReportContent
    recipients: list[Recipient]
    already: list[str]  # received this very content: skipped
    held: list[tuple[str, str]]  # (address, time): outcome unknown earlier, not resent unless asked
    earlier: list[tuple[str, str]]  # (address, time): received an earlier, different version
    resend_unconfirmed: bool = False

    @property
    def to_send(self) -> list[Recipient]:
        """Return the recipients this run sends to."""
        skip = {a.lower() for a in self.already}
        if not self.resend_unconfirmed:
            skip |= {a.lower() for a, _ in self.held}
        return [r for r in self.recipients if r.address.lower() not in skip]

    @property
    def change_note(self) -> str:
        """Return the warning that this is a changed report some people had before ("" if not)."""
        if not self.earlier:
            return ""
        last = max(t for _, t in self.earlier).replace("T", " ")
        return (
            f"《{self.content.title}》的内容与 {last} 发送的版本不同，本次作为新报告发送；"
            f"其中 {len(self.earlier)} 位收件人已收到旧版本，将再收到新版本。"
        )

    def announcements(self) -> list[str]:
        """Return what the user must know before sending (Chinese, one line each)."""
        lines = [self.change_note] if self.change_note else []
        if self.already:
            lines.append(f"{len(self.already)} 位收件人此前已收到内容相同的本报告，不再重复发送。")
        if self.held:
            who = "、".join(f"{a}（{t.replace('T', ' ')}）" for a, t in self.held)
            if self.resend_unconfirmed:
                lines.append(f"按要求重新发送送达情况未确认的 {len(self.held)} 位收件人：{who}。")
            else:
                lines.append(
                    f"以下 {len(self.held)} 位收件人的上次发送未得到服务器确认（可能已收到），"
                    f"本次不自动重发：{who}。请先向对方确认；确未收到的，用“重发未确认”选项"
                    f"（命令行 --resend-unconfirmed）重发。"
                )
        return lines


def plan_delivery(
    report_path: Path, recipients: list[Recipient], *, resend_unconfirmed: bool = False
) -> DeliveryPlan:
    """Return who a send of ``report_path`` to ``recipients`` would reach, from the send log."""
    report = Path(report_path)
    if not report.is_file():
        raise MailError(f"找不到要发送的报告 {report}。")
    content = read_content(report)
    log = state(report, content.key)
    wanted = {r.address.lower() for r in recipients}
    return DeliveryPlan(
        report,
        content,
        recipients,
        already=[r.address for r in recipients if r.address.lower() in log.sent],
        held=[
            (r.address, log.unconfirmed[r.address.lower()].time)
            for r in recipients
            if r.address.lower() in log.unconfirmed
        ],
        earlier=[(e.recipient, e.time) for a, e in log.older.items() if a in wanted],
        resend_unconfirmed=resend_unconfirmed,
    )


@dataclass
class SendSummary:
    """What ``send_report`` did, recipient by recipient."""

    report: Path
    sent: list[tuple[str, str]] = field(default_factory=list)  # (address, Message-ID)
    skipped: list[str] = field(default_factory=list)  # already received this report
    failed: list[tuple[str, str]] = field(default_factory=list)  # (address, reason)
    unconfirmed: list[tuple[str, str]] = field(default_factory=list)  # (address, reason), this run
    held: list[str] = field(default_factory=list)  # unconfirmed earlier: not resent automatically
    eml_files: list[Path] = field(default_factory=list)  # --dry-run output
    not_attempted: list[str] = field(default_factory=list)  # after the server went away
    subject: str = ""

    @property
    def ok(self) -> bool:
        """Return True when every recipient has the report for sure."""
        return not self.failed and not self.unconfirmed and not self.held


def digest_of(report, template_dir: Path | None = None, *, content: ReportContent | None = None) -> str:
    """Return a one-paragraph Chinese digest of a ``YearReport`` for the mail body, from the same
    facts as the document sent: for a 进度通报 (``content``'s category 进度通报（9月）) its own
    period line; else the year's tally and the summary's own headline targets (主要任务目标)."""
    from kjreport.progress.document import month_of_category

    month = month_of_category(content.category) if content is not None else None
    if month is not None:
        return progress_digest_of(report, month, template_dir)
    from kjreport import text as tx
    from kjreport.summary.facts import heaviest, overview_results, provisional, provisional_note
    from kjreport.templating import TemplateSet

    targeted = [r for r in report.results if r.target is not None]
    counts = dict(Counter(r.status for r in targeted))
    # the summary's overview (主要任务目标); a plan without that paragraph has no headline to
    # quote — its first rows are not its main targets (QA S13): the digest names what is unmet
    headline = heaviest(overview_results(report), HEADLINE_LINES, lambda v: v.result)  # (QA4 F11e)
    # each as its target says it: 新增省级研发平台, never the stock's 省级研发平台 (qa12b F31)
    unmet = list(dict.fromkeys(r.row_name for r in targeted if r.status == "未完成"))
    from kjreport.summary.views import ResultView

    lagged = provisional_note(provisional([ResultView(r) for r in targeted]))  # as the summary (qa11b F5)
    text = TemplateSet(template_dir or _own_templates(report), part="mail").render(
        "digest.j2", report=report, counts=counts, total=len(targeted),
        headline=headline[:HEADLINE_LINES], scope=tx.scope(report.settings.city, report.settings.organization), unmet=unmet,
        missing=sum(counts.get(word, 0) for word in ("无数据", "待补充")), provisional=lagged,
    )
    return _one_paragraph(text)


def progress_digest_of(report, month: int, template_dir: Path | None = None) -> str:
    """Return the digest of the 进度通报 of ``month``: the standing of every target at that month."""
    from kjreport import text as tx
    from kjreport.progress import build_progress
    from kjreport.progress.views import progress_context
    from kjreport.templating import TemplateSet

    progress = build_progress(report, month)
    text = TemplateSet(template_dir or _own_templates(report), part="mail").render(
        "progress_digest.j2", **progress_context(progress), scope=tx.scope(report.settings.city, report.settings.organization)
    )
    return _one_paragraph(text)


def county_digest_of(report, county: str, template_dir: Path | None = None) -> str:
    """Return the one-paragraph result of a 县区通报 for its mail body: the unit's figure, change
    and place on each indicator its 通报 ranks, as the 通报 shows them (qa12b F26: the mail said
    nothing of it)."""
    from kjreport.summary.units import unit_word
    from kjreport.summary.views import ResultView
    from kjreport.templating import TemplateSet

    word = unit_word(report)
    items: dict[str, dict] = {}
    for r in report.results:
        name = r.plain_name or r.name
        if r.target is None or not r.counties:
            continue
        c = ResultView(r).county(county)
        if c is None or c.value is None or (name in items and (c.by_growth or not items[name]["c"].by_growth)):
            continue  # one indicator with a 提高 and a 达…% target: said once, ranked on its level
        items[name] = {"name": name, "unit": r.unit, "is_ratio": r.kind == "ratio" or r.unit == "%", "c": c,
                       "word": c.group or word}
    text = TemplateSet(template_dir or _own_templates(report), part="mail").render(
        "county_digest.j2", county=county, year=report.settings.year, items=list(items.values()))
    return _one_paragraph(text)


def _own_templates(report) -> Path | None:
    """Return the mail templates the workbook's 设置「文字模板目录」 names, or None."""
    from kjreport.templating import configured_template_dir

    return configured_template_dir(report.settings.extra, report.source, "mail")


def _one_paragraph(text: str) -> str:
    """Return a template's lines as one paragraph (Chinese: no space where a line was broken)."""
    return "".join(line.strip() for line in text.splitlines())


def attachments_of(report: Path) -> list[Path]:
    """Return the files to attach: the .docx and, when it exists beside it, its PDF."""
    pdf = report.with_suffix(".pdf")
    return [report, pdf] if pdf.exists() else [report]


def newer_version(report: Path) -> Path | None:
    """Return the newest numbered version of ``report`` beside it (``标题（第2版）.docx`` for
    ``标题.docx``) when it is not ``report`` itself, else None."""
    from kjreport.docx.versions import base_name, versions

    found = versions(report.with_name(base_name(report.name)))
    return found[-1] if found and found[-1].name != report.name else None


def refuse_placeholders(content: ReportContent) -> None:
    """Raise PlaceholdersLeft when the report still has 【待补充】 markers."""
    marks = content.placeholders
    if marks:
        shown = "；".join(str(m) for m in marks[:5]) + ("……" if len(marks) > 5 else "")
        newer = newer_version(content.path)
        raise PlaceholdersLeft(
            f"报告 {content.path.name} 中还有 {len(marks)} 处【待补充】（{shown}），没有发送。"
            + (f"旁边已有较新的「{newer.name}」，如要发送的是它，请改为给出该文件。" if newer else "")
            + "请补全数据后重新生成报告；确需先发出的，命令行加 --send-incomplete，"
            "功能区按钮则在「设置」表加一行“允许发送待补充”，值填“是”，再点「发送报告」。",
            list(marks),
        )


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
    organization: str = "",
    template_dir: Path | None = None,
    progress: Callable[[str, str], None] | None = None,
    on_wait: Callable[[str, float, int], None] | None = None,
    resend_unconfirmed: bool = False,
    send_incomplete: bool = False,
    plan: DeliveryPlan | None = None,
) -> SendSummary:
    """Send (or with ``dry_run`` write as .eml files) the report to ``recipients``.

    One message per recipient by default, else one message To the main recipients with the
    抄送 ones in Cc. The subject is the document's title. Recipients the send log shows already
    received this content are skipped; those whose delivery is unconfirmed are skipped unless
    ``resend_unconfirmed``. A report with 【待补充】 is refused unless ``send_incomplete``.
    Raise MailError when nothing can be sent (settings, log, server, login).
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
    signer = settings.sender_name  # the body names the office when 发件人名称 is unset
    if not is_valid_address(settings.from_address):
        if not dry_run:
            raise MailError(
                f"发件地址「{settings.from_address}」无效；请在设置中填写“邮件账号”或“发件邮箱”。"
            )
        # a rehearsal sends nothing: the From line shows that the sender is still to be set
        settings = dataclasses.replace(settings, sender=UNSET_SENDER,
                                       sender_name=settings.sender_name or "未设置发件邮箱")
    plan = plan or plan_delivery(report, recipients, resend_unconfirmed=resend_unconfirmed)
    from kjreport.text.phrases import own_unit

    content = plan.content
    files = attachments_of(report)
    templates = TemplateSet(template_dir, part="mail")
    context = {
        "title": content.title,
        "city": city,
        "year": year or "",
        "report_name": report.stem,
        "digest": digest,
        "attachments": [f.name for f in files],
        "sender_name": signer,
        "county": county,
        "organization": organization,
        "own_unit": own_unit(organization),  # 我局; 我厅 for a 科学技术厅
    }
    subject = " ".join(templates.render("subject.j2", **context).split())

    def message_for(to: list[Recipient], cc: list[Recipient]) -> EmailMessage:
        """Return the message to one batch: its body names the addressee when there is one."""
        name = to[0].name if len(to) == 1 else ""
        body = templates.render("body.j2", recipient=name, person=is_person(name), many=len(to) + len(cc) > 1,
                                **context).strip() + "\n"
        return build_message(settings, to, cc, subject, body, files, content_key=content.key)

    if per_recipient:
        batches = [([r], []) for r in recipients]
    else:
        main = [r for r in recipients if not r.cc] or recipients
        batches = [(main, [r for r in recipients if r.cc and r not in main])]
    summary = SendSummary(report, subject=subject)
    if dry_run:
        folder = out_dir or report.with_name(report.stem + ".邮件")
        folder.mkdir(parents=True, exist_ok=True)
        for i, (to, cc) in enumerate(batches, 1):
            msg = message_for(to, cc)
            path = rehearsal_path(folder, report, i, to, cc, summary.eml_files)
            path.write_bytes(msg.as_bytes())
            summary.eml_files.append(path)
        return summary

    if not send_incomplete:
        refuse_placeholders(content)
    sending = {r.address.lower() for r in plan.to_send}
    summary.skipped = [a for a in plan.already]
    summary.held = [a for a, _ in plan.held if a.lower() not in sending]
    if not sending:
        return summary
    check_writable(report)
    settings.password = settings.password or lookup_password(settings)
    if settings.user and not settings.password and settings.security != "无":
        raise MailError(
            f"没有找到邮件账号 {settings.user} 的密码（授权码）：请设置环境变量 {PASSWORD_ENV}，"
            f"或运行 keyring set {KEYRING_SERVICE} {settings.user} 保存到系统密钥环。"
        )
    refuse_plain_login(settings)
    lock = take_lock(report)
    deadline = time.monotonic() + settings.deadline
    connection = Connection(settings, deadline)
    key = content.key
    try:
        # connect and log in before the log says anything: an unreachable server sends nothing
        with_retries(connection.open, settings, deadline=deadline, on_wait=on_wait)
        for index, (to, cc) in enumerate(batches):
            people = [r for r in to + cc if r.address.lower() in sending]
            if not people:
                continue
            to_now = [r for r in to if r in people] or people
            cc_now = [r for r in cc if r in people and r not in to_now]
            msg = message_for(to_now, cc_now)
            for r in people:  # before the server sees it: a crash from here on is 未确认
                record(report, key, r.address, msg["Message-ID"], PENDING)

            def attempt(msg=msg, people=people):
                if connection.smtp is None:
                    connection.open()
                return connection.send(msg, [r.address for r in people])

            try:
                refused = with_retries(attempt, settings, deadline=deadline, on_wait=on_wait)
            except OutcomeUnknown as exc:
                connection.close()
                for r in people:
                    record(report, key, r.address, msg["Message-ID"], UNCONFIRMED, str(exc))
                    summary.unconfirmed.append((r.address, str(exc)))
                    if progress:
                        progress(r.address, f"{UNCONFIRMED}：{exc}")
                continue
            except MessageTooLarge as exc:
                for r in people:
                    record(report, key, r.address, msg["Message-ID"], FAILED, str(exc))
                raise  # the same size for everybody: stop and say so once
            except MailError as exc:
                refused = {r.address: str(exc).rstrip("。") for r in people}
                lost = connection.smtp is None
                connection.close()
                if lost:  # the server went away mid-batch: stop; a rerun sends the rest
                    _log(summary, report, key, msg, people, refused, progress)
                    summary.not_attempted = [
                        r.address
                        for t, c in batches[index + 1 :]
                        for r in t + c
                        if r.address.lower() in sending
                    ]
                    break
            _log(summary, report, key, msg, people, refused, progress)
    finally:
        connection.close()
        release_lock(lock)
    return summary


def rehearsal_path(folder: Path, report: Path, number: int, to: list[Recipient], cc: list[Recipient],
                   taken: list[Path]) -> Path:
    """Return the .eml file of one rehearsed message: named by document, number, role (收件 /
    抄送 / 合发) and address, so the 抄送 person of every county's 通报 written into one folder
    gets a file per 通报 and no file overwrites another of the same run."""
    role = "合发" if len(to) > 1 or cc else ("抄送" if to[0].cc else "收件")
    stem = f"{report.stem}-{number:03d}-{role}-{to[0].address}"
    path, n = folder / f"{stem}.eml", 1
    while path in taken:
        n += 1
        path = folder / f"{stem}-{n}.eml"
    return path


def _log(
    summary: SendSummary,
    report: Path,
    key: str,
    msg,
    people: list[Recipient],
    refused: dict[str, str],
    progress,
) -> None:
    """Record the outcome of one message for each of its recipients."""
    for r in people:
        reason = refused.get(r.address)
        if reason:
            record(report, key, r.address, msg["Message-ID"], FAILED, reason)
            summary.failed.append((r.address, reason))
        else:
            record(report, key, r.address, msg["Message-ID"], SENT)
            summary.sent.append((r.address, msg["Message-ID"]))
        if progress:
            progress(r.address, SENT if not reason else f"{FAILED}{_whose(r)}：{reason}")


def _whose(r: Recipient) -> str:
    """Return "（观海卫镇，收件人 C4）" for a recipient read from the 收件人 sheet: which row to correct
    when its address is refused (qa12b F15); "" for a --to address."""
    row = r.where.replace("!", " ") if r.where and r.where != "命令行" else ""
    who = "，".join(x for x in (r.name, row) if x)
    return f"（{who}）" if who else ""
