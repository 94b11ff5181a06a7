"""Ribbon button 发送报告: email the year-end summary written beside the workbook (the newest
version 生成总结 made) to the recipients of its 收件人 sheet, with the SMTP settings of its 设置
sheet — after the user confirms a list of who gets what.

Refused without sending: a summary that still has 【待补充】 (unless 设置 says
“允许发送待补充 = 是”), and anything the user does not confirm. Retries end within
``DEADLINE`` seconds so Excel is never frozen for long; waits and progress show in the status bar.
"""

from __future__ import annotations

from pathlib import Path

import xlwings as xw

from kjreport.errors import KjreportError
from kjreport.excel.book import ExcelBook
from kjreport.excel.docx import versions
from kjreport.excel.messages import TITLE, Outcome, confirm, run_button, status
from kjreport.mail import (
    attachments_of,
    digest_of,
    load_mail_settings,
    plan_delivery,
    read_recipients,
    refuse_placeholders,
    send_report,
)
from kjreport.mail.settings import YES
from kjreport.report import load_report
from kjreport.templating import configured_template_dir

BUTTON = "发送报告"
DEADLINE = 60.0  # seconds: Excel waits for Python, so retries must end soon
TIMEOUT = 20.0  # seconds for one reply of the server
SEND_INCOMPLETE = "允许发送待补充"  # 设置 key: 是 sends a summary that still has 【待补充】


def main(book: xw.Book | None = None) -> Outcome | None:
    """Run 发送报告 on the calling book (or ``book``); return the outcome, None on failure."""
    return run_button(BUTTON, book, send)


def send(source: ExcelBook) -> Outcome:
    """Send the summary (made by 生成总结) to the 收件人 sheet once the user confirms."""
    if not Path(source.location).is_absolute():
        raise KjreportError(
            f"工作簿「{source.label}」还没有保存过，找不到要发送的总结，请先保存工作簿并生成总结。"
        )
    report = load_report(source)
    out = Path(source.location).parent / f"{report.settings.title}.docx"
    found = versions(out)
    if not found:
        raise KjreportError(f"还没有生成工作总结（{out.name}），请先点击「生成总结」。")
    path = found[-1]  # the newest version 生成总结 wrote
    recipients = read_recipients(source)
    if not recipients:
        raise KjreportError("「收件人」工作表中没有收件人，请先填写姓名和邮箱。")
    settings = load_mail_settings(source)
    settings.deadline, settings.timeout = DEADLINE, TIMEOUT
    plan = plan_delivery(path, recipients)
    send_incomplete = _setting(source, SEND_INCOMPLETE)
    if not send_incomplete:
        refuse_placeholders(plan.content)
    if not plan.to_send:
        lines = plan.announcements()
        return Outcome(
            "没有需要发送的收件人：" + "".join(lines[:1]), lines[1:], ok=not plan.held, path=path
        )
    if not confirm(source.book, confirmation(plan, attachments_of(path))):
        return Outcome("已取消，没有发送任何邮件。", ok=True, path=path)
    total = len(plan.to_send)
    done: list[str] = []

    def progress(address: str, result: str) -> None:
        done.append(address)
        status(source.book, f"{TITLE}：正在发送报告 {len(done)}/{total}（{address}：{result}）")

    def on_wait(reason: str, seconds: float, attempt: int) -> None:
        status(
            source.book,
            f"{TITLE}：{reason.rstrip('。')}；{seconds:.0f} 秒后第 {attempt} 次重试"
            f"（最多等待 {DEADLINE:.0f} 秒）……",
        )

    summary = send_report(
        path,
        recipients=recipients,
        settings=settings,
        digest=digest_of(report, content=plan.content),
        city=report.settings.city,
        year=report.settings.year,
        organization=report.settings.organization,
        progress=progress,
        on_wait=on_wait,
        plan=plan,
        send_incomplete=send_incomplete,
        template_dir=configured_template_dir(report.settings.extra, report.source, "mail"),
    )
    head = f"《{summary.subject}》已发送 {len(summary.sent)} 位收件人"
    if summary.skipped:
        head += f"，{len(summary.skipped)} 位此前已收到内容相同的本报告（未重复发送）"
    if summary.failed:
        head += f"，{len(summary.failed)} 位发送失败（修正后再点一次即可补发）"
    unsure = [a for a, _ in summary.unconfirmed] + summary.held
    if unsure:
        head += f"，{len(unsure)} 位未确认是否收到（不会自动重发）"
    lines = [f"{address}：{reason}" for address, reason in summary.failed]
    lines += [f"{address}：未确认——{reason}" for address, reason in summary.unconfirmed]
    if unsure:
        lines.append(
            "“未确认”的收件人可能已收到，请先向对方确认；确未收到的，可在命令行运行 "
            f'kjreport send "{path.name}" --recipients 工作簿 --resend-unconfirmed 重发。'
        )
    if summary.not_attempted:
        lines.append(
            f"与邮件服务器的连接中断，其余 {len(summary.not_attempted)} 位未发送，稍后再点一次即可补发。"
        )
    skipped = [f"{who}没有邮箱，未发送" for who in recipients.missing]
    skipped += [f"{told}，未发送" for told in recipients.invalid]  # one typo skips one person (qa12b F14)
    if skipped:
        head += f"，{len(skipped)} 位邮箱为空或有误未发送（请在「收件人」表中改正后再点一次）"
    lines = skipped + lines
    return Outcome(head + "。", lines, ok=summary.ok and not summary.not_attempted and not skipped, path=path)


def confirmation(plan, files: list[Path]) -> str:
    """Return the question asked before sending: who gets what, and what changed."""
    people = plan.to_send
    shown = [
        f"  {r.name or r.address} <{r.address}>{'（抄送）' if r.cc else ''}" for r in people[:15]
    ]
    if len(people) > 15:
        shown.append(f"  ……等共 {len(people)} 位")
    return "\n".join(
        [
            f"将把《{plan.content.title}》用电子邮件发送给以下 {len(people)} 位收件人（每人一封）：",
            *shown,
            "附件：" + "、".join(f.name for f in files),
            *plan.announcements(),
            "确定发送吗？",
        ]
    )


def _setting(source: ExcelBook, key: str) -> bool:
    """Return True when the 设置 sheet says 是 for ``key``."""
    from kjreport.dataset import read_settings_table

    value = read_settings_table(source).get(key)
    return str(value).strip().lower() in YES if value is not None else False
