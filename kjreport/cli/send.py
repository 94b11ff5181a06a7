"""Command: ``kjreport send`` — email a report (or a folder of county 通报) over SMTP."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from kjreport.cli.app import main


@main.command()
@click.argument("report", metavar="报告", type=click.Path(path_type=Path, exists=False))
@click.option(
    "--to",
    "to",
    multiple=True,
    metavar="地址",
    help="收件地址（可多次给出）；给出时不再使用「收件人」表。",
)
@click.option(
    "--recipients",
    "workbook",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="工作簿",
    help="从工作簿的「收件人」表取收件人，并从其「设置」表取邮件服务器设置和结果摘要。",
)
@click.option(
    "--config",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="邮件.ini",
    help="邮件服务器设置文件（[邮件] 段：服务器、端口、加密、账号、发件人名称）。",
)
@click.option(
    "--together", is_flag=True, help="所有收件人合发一封邮件（抄送人放在抄送栏）；默认每人一封。"
)
@click.option("--dry-run", is_flag=True, help="不连接服务器，只把邮件写成 .eml 文件以便检查。")
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    metavar="文件夹",
    help="--dry-run 时 .eml 文件的存放位置（默认在报告旁边）。",
)
@click.option(
    "--retries",
    type=click.IntRange(0, 10),
    metavar="次数",
    default=3,
    show_default=True,
    help="服务器暂时故障时的重试次数。",
)
def send(
    report: Path,
    to: tuple[str, ...],
    workbook: Path | None,
    config: Path | None,
    together: bool,
    dry_run: bool,
    out: Path | None,
    retries: int,
) -> None:
    """通过邮件发送 Word 报告（有同名 PDF 时一并附上）。

    \b
    kjreport send 总结.docx --recipients 工作簿.xlsx
    kjreport send 县区通报文件夹 --recipients 工作簿.xlsx   每个县区的通报只发给本县区的联系人（和抄送人）
    kjreport send 总结.docx --to a@example.com --config 邮件.ini --dry-run

    密码（或授权码）从环境变量 KJREPORT_SMTP_PASSWORD 或系统密钥环（keyring set kjreport 账号）读取，
    不写入任何文件。同一份报告已成功发给某人的，重新运行时不会重复发送。
    """
    outcome = deliver(
        report,
        to=list(to),
        workbook=workbook,
        config=config,
        together=together,
        dry_run=dry_run,
        out=out,
        retries=retries,
    )
    sys.exit(0 if outcome else 1)


def deliver(
    report: Path,
    *,
    to: list[str],
    workbook: Path | None,
    config: Path | None,
    together: bool = False,
    dry_run: bool = False,
    out: Path | None = None,
    retries: int = 3,
) -> bool:
    """Send ``report`` (a .docx or a folder of them), printing one line per recipient; return
    True when nothing failed. Shared by ``kjreport send`` and ``kjreport docx --send``."""
    from kjreport.mail import from_command_line, load_mail_settings, read_recipients, send_report
    from kjreport.mail.errors import MailError

    if not report.exists():
        raise MailError(f"找不到要发送的报告 {report}。")
    settings = load_mail_settings(workbook, config)
    settings.retries = retries
    people = from_command_line(to) if to else (read_recipients(workbook) if workbook else [])
    if not people:
        raise MailError(
            "没有收件人：请用 --to 给出地址，或用 --recipients 指定含「收件人」表的工作簿。"
        )
    city, year, digest = _digest(workbook)
    jobs = _jobs(report, people)
    ok = True
    totals = {"sent": 0, "skipped": 0, "failed": 0, "not_attempted": 0, "eml": 0}
    for path, county, recipients in jobs:
        if not recipients:
            click.echo(f"{path.name}：没有{county}的收件人，跳过。")
            continue
        click.echo(
            f"{path.name} → {len(recipients)} 位收件人{'（演练，不发送）' if dry_run else ''}"
        )
        summary = send_report(
            path,
            recipients=recipients,
            settings=settings,
            per_recipient=not together,
            dry_run=dry_run,
            out_dir=out,
            digest="" if county else digest,
            city=city,
            year=year,
            county=county or "",
            progress=lambda addr, result: click.echo(f"  {addr}：{result}"),
        )
        for addr in summary.skipped:
            click.echo(f"  {addr}：此前已发送过本报告，跳过")
        if summary.eml_files:
            click.echo(f"  已写出 {len(summary.eml_files)} 封邮件到 {summary.eml_files[0].parent}")
        if summary.not_attempted:
            click.echo(
                f"  与服务器的连接中断，其余 {len(summary.not_attempted)} 位收件人未发送；"
                f"稍后重新运行本命令即可补发（已发送的不会重复）。",
                err=True,
            )
        ok = ok and summary.ok and not summary.not_attempted
        totals["sent"] += len(summary.sent)
        totals["skipped"] += len(summary.skipped)
        totals["failed"] += len(summary.failed)
        totals["not_attempted"] += len(summary.not_attempted)
        totals["eml"] += len(summary.eml_files)
    click.echo(_summary_line(totals, dry_run, ok))
    return ok


def _summary_line(totals: dict[str, int], dry_run: bool, ok: bool) -> str:
    """Return the closing line: how many were sent, skipped, failed."""
    if dry_run:
        return f"演练完成：共写出 {totals['eml']} 封邮件，未连接邮件服务器。"
    counts = f"已发送 {totals['sent']} 位，跳过 {totals['skipped']} 位（此前已收到）"
    if totals["failed"]:
        counts += f"，失败 {totals['failed']} 位"
    if totals["not_attempted"]:
        counts += f"，未发送 {totals['not_attempted']} 位"
    if ok:
        return f"全部发送成功：{counts}。"
    return (
        f"有收件人未能发送（{counts}），原因见上；修正后重新运行本命令即可补发，已发送的不会重复。"
    )


def _digest(workbook: Path | None) -> tuple[str, int | None, str]:
    """Return (city, year, digest) from a kjreport workbook, or blanks when it has no results."""
    if workbook is None:
        return "", None, ""
    from kjreport.errors import KjreportError
    from kjreport.mail import digest_of
    from kjreport.report import load_report

    try:
        report = load_report(workbook)
    except KjreportError:
        return "", None, ""
    return report.settings.city, report.settings.year, digest_of(report)


def _jobs(report: Path, people):
    """Return (file, county, recipients) to send: one file, or each 通报 of a county folder."""
    if report.is_file():
        return [(report, None, people)]
    counties = sorted({p.department for p in people if p.department}, key=len, reverse=True)
    jobs = []
    for path in sorted(report.glob("*.docx")):
        if path.name.startswith("~$"):
            continue
        county = next((c for c in counties if path.name.startswith(c)), None)
        if county is None:  # no contact of its own: the name before the year, e.g. 清河区2011年…
            county = re.split(r"\d", path.stem, maxsplit=1)[0] or path.stem
        jobs.append((path, county, [p for p in people if p.department == county or p.cc]))
    return jobs
