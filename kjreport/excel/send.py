"""Ribbon button 发送报告: email the year-end summary written beside the workbook to the
recipients of its 收件人 sheet, with the SMTP settings of its 设置 sheet."""

from __future__ import annotations

from pathlib import Path

import xlwings as xw

from kjreport.errors import KjreportError
from kjreport.excel.book import ExcelBook
from kjreport.excel.messages import Outcome, run_button
from kjreport.mail import digest_of, load_mail_settings, read_recipients, send_report
from kjreport.report import load_report

BUTTON = "发送报告"


def main(book: xw.Book | None = None) -> Outcome | None:
    """Run 发送报告 on the calling book (or ``book``); return the outcome, None on failure."""
    return run_button(BUTTON, book or xw.Book.caller(), send)


def send(source: ExcelBook) -> Outcome:
    """Send the summary (made by 生成总结) to the 收件人 sheet; return who got it."""
    if not Path(source.location).is_absolute():
        raise KjreportError(f"工作簿「{source.label}」还没有保存过，找不到要发送的总结，请先保存工作簿并生成总结。")
    report = load_report(source)
    path = Path(source.location).parent / f"{report.settings.title}.docx"
    if not path.exists():
        raise KjreportError(f"还没有生成工作总结（{path.name}），请先点击「生成总结」。")
    summary = send_report(path, recipients=read_recipients(source), settings=load_mail_settings(source),
                          digest=digest_of(report), city=report.settings.city, year=report.settings.year)
    head = f"已发送 {len(summary.sent)} 位收件人"
    if summary.skipped:
        head += f"，{len(summary.skipped)} 位此前已收到本报告（未重复发送）"
    if summary.failed:
        head += f"，{len(summary.failed)} 位发送失败（修正后再点一次即可补发）"
    lines = [f"{address}：{reason}" for address, reason in summary.failed]
    if summary.not_attempted:
        lines.append(f"与邮件服务器的连接中断，其余 {len(summary.not_attempted)} 位未发送，稍后再点一次即可补发。")
    return Outcome(head + "。", lines, ok=summary.ok and not summary.not_attempted, path=path)
