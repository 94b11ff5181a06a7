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
@click.option(
    "--resend-unconfirmed",
    is_flag=True,
    help="重发上次“未确认”的收件人（连接在服务器确认前中断，对方可能已收到）；默认不自动重发。",
)
@click.option(
    "--send-incomplete",
    is_flag=True,
    help="报告中还有【待补充】时仍然发送（默认拒绝发送）。",
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
    resend_unconfirmed: bool,
    send_incomplete: bool,
) -> None:
    """通过邮件发送 Word 报告（有同名 PDF 时一并附上）。

    \b
    kjreport send 总结.docx --recipients 工作簿.xlsx
    kjreport send 县区通报文件夹 --recipients 工作簿.xlsx   每个县区的通报只发给本县区的联系人（和抄送人）
    kjreport send 总结.docx --to a@example.com --config 邮件.ini --dry-run

    密码（或授权码）从环境变量 KJREPORT_SMTP_PASSWORD 或系统密钥环（keyring set kjreport 账号）读取，
    不写入任何文件。邮件主题为报告的标题。发送记录（报告旁的 .发送记录.jsonl）按报告的文字和表格
    内容识别报告：内容相同的报告（即使重新生成过）不会再发给已收到的人；内容改动过的报告作为新报告
    发送，并先说明。连接在服务器确认前中断的收件人记为“未确认”，不会自动重发。

    含【待补充】的报告拒绝发送；确需发送时加 --send-incomplete。
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
        resend_unconfirmed=resend_unconfirmed,
        send_incomplete=send_incomplete,
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
    resend_unconfirmed: bool = False,
    send_incomplete: bool = False,
) -> bool:
    """Send ``report`` (a .docx or a folder of them), printing one line per recipient; return
    True when nothing failed. Shared by ``kjreport send`` and ``kjreport docx --send``."""
    from kjreport.mail import (
        MailSettings,
        county_digest_of,
        digest_of,
        from_command_line,
        load_mail_settings,
        plan_delivery,
        read_recipients,
        refuse_placeholders,
        send_report,
    )
    from kjreport.mail.errors import MailError, PlaceholdersLeft
    from kjreport.templating import configured_template_dir

    if not report.exists():
        raise MailError(f"找不到要发送的报告 {report}。")
    if report.is_file() and report.suffix.lower() in WORKBOOK_SUFFIXES:
        raise MailError(workbook_given(report, workbook))
    try:
        settings = load_mail_settings(workbook, config)
    except MailError as exc:
        if not dry_run:
            raise
        # a rehearsal connects to no server: write the messages anyway and say what is missing
        click.echo(f"注意：{str(exc).rstrip('。')}。演练不连接服务器，邮件照常写出（发件人为占位地址）；正式发送前请补上。")
        settings = MailSettings(host="")
    settings.retries = retries
    people = from_command_line(to) if to else (read_recipients(workbook) if workbook else [])
    unsendable = list(getattr(people, "unsendable", []))
    if not people:
        if unsendable:
            raise MailError(f"「收件人」表中没有可发送的收件人：{_unsendable_text(unsendable)}；"
                            "请填写或改正邮箱后重新运行。")
        raise MailError(
            "没有收件人：请用 --to 给出地址，或用 --recipients 指定含「收件人」表的工作簿。"
        )
    year_report = _year_report(workbook)
    city, year = (year_report.settings.city, year_report.settings.year) if year_report else ("", None)
    all_jobs = _jobs(report, people)
    if report.is_dir():  # a 通报 folder: only who would have had a 通报 of it is missing one (qa12b F16)
        unsendable = _for_folder(unsendable, [county for _, county, _ in all_jobs])
    for u in unsendable:  # the others still get the report (qa11 F17, qa12b F14)
        if u.address:
            click.echo(f"注意：{u.label}的邮箱「{u.address}」不是有效的邮箱地址（{u.why}"
                       f"{f'，应为「{u.likely}」' if u.likely else ''}），未发送；请在「收件人」表中改正后"
                       "重新运行本命令（已收到的不会重复）。")
        else:
            click.echo(f"注意：{u.label}没有邮箱，未发送；请在「收件人」表中填写邮箱后重新运行本命令（已收到的不会重复）。")
    jobs = []
    unaddressed: list[str] = []  # the units whose 通报 has nobody to go to: not sent (qa10 F30)
    counties = [county for _, county, _ in all_jobs]
    for path, county, recipients in all_jobs:
        blocked = _contacts_without_address(unsendable, county, counties) if not recipients else []
        if blocked:  # its contact is there but has no usable 邮箱: counted in the last line (qa15 F6)
            click.echo(f"{path.name}：{county}的联系人{_unsendable_text(blocked)}，未发送；"
                       "请在「收件人」表中填写或改正邮箱后重新运行本命令（已收到的不会重复）。")
            continue
        if not recipients:
            click.echo(f"{path.name}：没有{county}的收件人（「收件人」表「科室」栏写「{county}」的联系人），跳过。")
            unaddressed.append(county or path.stem)
            continue
        jobs.append((path, county, recipients, plan_delivery(path, recipients, resend_unconfirmed=resend_unconfirmed)))
    # a county whose contact is there without a usable 邮箱 was named above, not one with no contact (qa16 F8)
    uncovered = [county for _, county, recipients, _ in jobs if county and all(r.cc for r in recipients)
                 and not _contacts_without_address(unsendable, county, counties)]
    if uncovered:  # a county's 通报 would reach only the 抄送 people: say so before anything goes
        from kjreport.summary.units import unit_word

        word = unit_word(year_report) if year_report is not None else "县区"
        slips = _town_slips(people, uncovered)
        for person, unit in slips:  # 「魏湾」 for 魏湾镇: its contact gets nothing (qa11b F11)
            click.echo(f"注意：{_row_of(person)}{person.name or person.address} 的科室「{person.department}」"
                       f"不是{word}名称，收不到任何{word}通报；是否为「{unit}」？"
                       f"如是，请把「科室」栏改为「{unit}」后再发送。")
        guessed = [unit for _, unit in slips]
        # every one named, those with a slip first (a 等 hid 魏湾镇 behind six others)
        shown = "、".join([*dict.fromkeys(guessed), *(c for c in uncovered if c not in guessed)])
        click.echo(
            f"注意：{len(uncovered)} 份{word}通报在「收件人」表中没有本{word}的联系人（{shown}），"
            f"只发给抄送人；如需发到{word}，请在「收件人」表中添加联系人，「科室」栏填写{word}名称"
            f"（如「{uncovered[0]}」）。"
        )
    incomplete = [] if send_incomplete else [plan.content for _, _, _, plan in jobs if plan.content.placeholders]
    if incomplete and not dry_run:  # every file checked before anything is sent
        refused = []
        for content in incomplete:
            try:
                refuse_placeholders(content)
            except PlaceholdersLeft as exc:
                refused.append(str(exc))
        raise MailError("\n".join(refused))
    for content in incomplete:  # a rehearsal still writes the .eml files, but warns as a send would refuse
        marks = content.placeholders
        shown = "；".join(str(m) for m in marks[:3]) + ("……" if len(marks) > 3 else "")
        click.echo(
            f"注意：报告 {content.path.name} 中还有 {len(marks)} 处【待补充】（{shown}）。"
            f"本次只是演练，照常写出邮件；正式发送时会拒绝发送，请补全数据后重新生成报告"
            f"（确需先发出的加 --send-incomplete）。"
        )
    ok = True
    totals = {"sent": 0, "skipped": 0, "failed": 0, "not_attempted": 0, "eml": 0, "unsure": 0}
    sent_to: set[str] = set()  # the people behind the messages: a folder sends several to one
    skipped_to: set[str] = set()
    for path, county, recipients, plan in jobs:
        click.echo(
            f"{path.name}（主题：{plan.content.title}）→ {len(recipients)} 位收件人"
            f"{'（演练，不发送）' if dry_run else ''}"
        )
        if plan.change_note and not dry_run:
            click.echo(f"  注意：{plan.change_note}")
        summary = send_report(
            path,
            recipients=recipients,
            settings=settings,
            per_recipient=not together,
            dry_run=dry_run,
            out_dir=out,
            digest="" if year_report is None else (
                county_digest_of(year_report, county) if county else digest_of(year_report, content=plan.content)),
            city=city,
            year=year,
            county=county or "",
            organization=year_report.settings.organization if year_report else "",
            template_dir=configured_template_dir(year_report.settings.extra, year_report.source, "mail")
            if year_report else None,
            progress=lambda addr, result: click.echo(f"  {addr}：{result}"),
            on_wait=lambda reason, seconds, n: click.echo(
                f"  {reason.rstrip('。')}；{seconds:.0f} 秒后第 {n} 次重试……", err=True
            ),
            plan=plan,
            send_incomplete=send_incomplete,
        )
        for addr in summary.skipped:
            click.echo(f"  {addr}：此前已收到内容相同的本报告，跳过")
        for addr in summary.held:
            click.echo(
                f"  {addr}：上次发送未确认，未重发（确认对方未收到后用 kjreport send 加 --resend-unconfirmed 重发）"
            )
        if summary.eml_files:
            click.echo(f"  已写出 {len(summary.eml_files)} 封邮件到 {summary.eml_files[0].parent}")
        if summary.not_attempted:
            click.echo(
                f"  与服务器的连接中断，其余 {len(summary.not_attempted)} 位收件人未发送；"
                f"稍后重新运行本命令即可补发（已发送的不会重复）。",
                err=True,
            )
        ok = ok and summary.ok and not summary.not_attempted
        totals["unsure"] += len(summary.unconfirmed) + len(summary.held)
        totals["sent"] += len(summary.sent)
        totals["skipped"] += len(summary.skipped)
        sent_to.update(a for a, _ in summary.sent)
        skipped_to.update(summary.skipped)
        totals["failed"] += len(summary.failed)
        totals["not_attempted"] += len(summary.not_attempted)
        totals["eml"] += len(summary.eml_files)
    ok = ok and (dry_run or not unaddressed)  # a rehearsal says it in its last line, and passes
    people = (len(sent_to), len(skipped_to)) if len(jobs) > 1 else None
    line = _summary_line(totals, dry_run, ok, len(incomplete), unaddressed, people)
    if unsendable and not dry_run and ok:
        line = line.replace("全部发送成功：", "未全部发送：", 1).rstrip("。") + f"；{_unsendable_counts(unsendable)}。"
    elif unsendable:
        line = line.rstrip("。") + f"；{_unsendable_counts(unsendable)}。"
    click.echo(line)
    return ok and (dry_run or not unsendable)


def _unsendable_text(rows) -> str:
    """Return the 收件人 rows no mail can go to, as one phrase: "李明（收件人 B4）没有邮箱，
    南昌县科技局（收件人 B6）的邮箱「ncx@nckj,example.cn」不是有效的邮箱地址"."""
    return "，".join(f"{u.label}的邮箱「{u.address}」不是有效的邮箱地址" if u.address else f"{u.label}没有邮箱"
                    for u in rows)


def _unsendable_counts(rows) -> str:
    """Return the closing line's part on the rows skipped: "1 位没有邮箱，未发送（李明（收件人 B4））"."""
    empty = [u.label for u in rows if not u.address]
    wrong = [u.label for u in rows if u.address]
    parts = []
    if empty:
        parts.append(f"{len(empty)} 位没有邮箱，未发送（{'、'.join(empty)}）")
    if wrong:
        parts.append(f"{len(wrong)} 位邮箱地址有误，未发送（{'、'.join(wrong)}）")
    return "；".join(parts)


def _contacts_without_address(rows, county: str | None, counties: list[str]) -> list:
    """Return the rows of ``rows`` (收件人 no mail can go to) that are contacts of ``county`` — not
    抄送 people, who get every 通报 — so its 通报 is told as held up by them, not as having nobody."""
    from kjreport.checks.names import unit_named

    if not county:
        return []
    return [u for u in rows if not u.cc and u.department and unit_named(u.department, counties) == county]


def _for_folder(rows, counties: list[str]) -> list:
    """Return the rows of ``rows`` that would have had a 通报 of a folder of ``counties``: 抄送
    people and contacts of those units, not the 科室 (高新科) no 通报 goes to."""
    from kjreport.checks.names import unit_named

    return [u for u in rows if u.cc or (u.department and unit_named(u.department, counties) is not None)]


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".et")


def workbook_given(report: Path, workbook: Path | None) -> str:
    """Return what to do when ``send`` is given the workbook where the report belongs (QA7 F14):
    the reports and 通报 folders beside it, and the command with --recipients."""
    folder = report.parent
    found = sorted((p for p in folder.iterdir() if not p.name.startswith("~$") and (
        p.suffix.lower() == ".docx" or p.is_dir() and any(p.glob("*.docx")))),
        key=lambda p: p.stat().st_mtime, reverse=True)[:3]
    source = workbook or report
    example = found[0].name if found else "总结.docx"
    listed = "（本文件夹中有：" + "、".join(f"「{p.name}」" for p in found) + "）" if found else ""
    return (f"{report.name} 是工作簿，不是报告：kjreport send 发送的是 Word 报告或通报文件夹{listed}；"
            f"收件人用 --recipients 指定工作簿，如：kjreport send \"{example}\" --recipients \"{source.name}\"。"
            f"还没有报告时，先用 kjreport docx {report.name} 生成。")


def _summary_line(totals: dict[str, int], dry_run: bool, ok: bool, incomplete: int = 0,
                  unaddressed: list[str] | None = None, people: tuple[int, int] | None = None) -> str:
    """Return the closing line: how many were sent, skipped, failed, how many 通报 had no
    recipient and went nowhere (and, for a rehearsal, how many reports a real send would refuse
    for their 【待补充】).

    One report counts people (位); several (a 通报 folder: ``people`` = how many distinct people
    were sent to and skipped) count messages (封) and say how many people they went to — 12
    messages to 3 people are never "12 位" (qa10b F3). A run that had nothing left to send says so,
    not "全部发送成功：已发送 0 位"."""
    unaddressed = unaddressed or []
    nobody = ""
    if unaddressed:
        shown = "、".join(unaddressed[:6]) + ("等" if len(unaddressed) > 6 else "")
        nobody = (f"{len(unaddressed)} 份通报没有收件人，未发送（{shown}）；请在「收件人」表中添加联系人，"
                  f"「科室」栏填写单位名称，再运行本命令（已收到的不会重复）")
    if dry_run:
        line = f"演练完成：共写出 {totals['eml']} 封邮件，未连接邮件服务器。"
        if incomplete:
            line += f"其中 {incomplete} 份报告还有【待补充】，正式发送前请补全（见上）。"
        if nobody:
            line += f"另有 {nobody}。"
        return line
    each = "封" if people else "位"

    def sent_count(n: int, to: int) -> str:
        return f"{n} {each}" + (f"（{to} 位收件人）" if people and n else "")

    unsent = totals["failed"] + totals["not_attempted"] + totals["unsure"]
    if ok and not totals["sent"] and not unsent and totals["skipped"] and not nobody:
        if people:
            return (f"没有需要发送的：{totals['skipped']} 封此前已发出，{people[1]} 位收件人"
                    "已收到内容相同的报告。")
        return f"没有需要发送的：{totals['skipped']} 位收件人此前已收到内容相同的本报告。"
    counts = f"已发送 {sent_count(totals['sent'], people[0] if people else 0)}"
    if totals["skipped"]:  # never "跳过 0 位" (qa12b F26)
        counts += f"，跳过 {totals['skipped']} {each}（此前已收到）"
    if totals["failed"]:
        counts += f"，失败 {totals['failed']} {each}"
    if totals["not_attempted"]:
        counts += f"，未发送 {totals['not_attempted']} {each}"
    if totals["unsure"]:
        counts += f"，未确认 {totals['unsure']} {each}"
    if ok:
        return f"全部发送成功：{counts}。"
    if nobody and totals["failed"] + totals["not_attempted"] + totals["unsure"] == 0:
        return f"未全部发送：{counts}；{nobody}。"
    if nobody:
        counts += f"；{nobody}"
    advice = "修正后重新运行本命令即可补发，已收到的不会重复"
    if not totals["unsure"]:  # refused or not attempted: certainly not delivered (qa12b F15)
        return f"未全部发送：{counts}，原因见上；{advice}。"
    if totals["unsure"]:
        advice += (
            "；“未确认”的收件人可能已收到，请先向对方确认，确未收到再用 kjreport send 报告 --resend-unconfirmed（与本次相同的收件人选项）重发"
        )
    return f"有收件人未能确认收到（{counts}），原因见上；{advice}。"


def _year_report(workbook: Path | None):
    """Return the workbook's ``YearReport`` (for the mail's digest), or None when it has none.
    Raise ``NotConfirmed`` while a 须核对 item of its data is not confirmed: nothing is sent."""
    if workbook is None:
        return None
    from kjreport.checks.confirm import NotConfirmed
    from kjreport.errors import KjreportError
    from kjreport.report import load_report

    try:
        return load_report(workbook)
    except NotConfirmed:
        raise
    except KjreportError:
        return None


def _town_slips(people, uncovered: list[str]) -> list[tuple[object, str]]:
    """Return (contact, unit) for each contact whose 科室 is an uncovered unit's name without its
    镇/乡/街道 (「魏湾」 for 魏湾镇): no unit is routed to on such a guess, the clerk is asked."""
    from kjreport.checks.names import township_stem

    stems: dict[str, list[str]] = {}
    for unit in uncovered:
        stems.setdefault(township_stem(unit), []).append(unit)
    return [(p, stems[p.department.strip()][0]) for p in people
            if p.department and not p.cc and len(stems.get(p.department.strip(), ())) == 1
            and p.department.strip() not in uncovered]


def _row_of(person) -> str:
    """Return 「收件人」第4行 for a contact read from the sheet (收件人!B4), else ""."""
    sheet, _, cell = str(person.where).partition("!")
    row = cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return f"「{sheet}」第{row}行 " if sheet and row.isdigit() else ""


def _jobs(report: Path, people):
    """Return (file, county, recipients) to send: one file, or each 通报 of a county folder.

    A contact's 科室 names its county as the workbook does (清河区), or the way offices write it
    (甘南州 for 甘南藏族自治州, 兰州市科技局 for 兰州市): matched by ``checks.names.unit_named``."""
    from kjreport.docx.versions import base_name, newest_versions, versions

    if report.is_file():
        newer = [p for p in versions(report.with_name(base_name(report.name)))
                 if p.stat().st_mtime > report.stat().st_mtime and p != report]
        if newer:  # the old name sent out of habit while a regenerated version sits beside it (qa14a F2)
            click.echo(f"注意：「{report.name}」旁边有更新的版本「{newer[-1].name}」（生成或保存得更晚）；"
                       f"本次发送的是「{report.name}」。如应发送新版本，请改为发送它。")
        return [(report, None, people)]
    from kjreport.checks.names import unit_named

    departments = sorted({p.department for p in people if p.department}, key=len, reverse=True)
    # a bulletin regenerated beside an edited one is 标题（第2版）.docx: only the newest is sent
    paths, superseded = newest_versions(
        [p for p in sorted(report.glob("*.docx")) if not p.name.startswith("~$")]
    )
    for old, new in superseded:
        click.echo(f"{old.name}：文件夹中有更新的版本「{new.name}」，只发送最新版本，跳过。")
    files = []
    for path in paths:
        county = next((c for c in departments if path.name.startswith(c) and path.name[len(c):][:1].isdigit()), None)
        if county is None:  # the name before the year, e.g. 清河区2011年…
            county = re.split(r"\d", path.stem, maxsplit=1)[0] or path.stem
        files.append((path, county))
    counties = [county for _, county in files]
    unit_of = {d: unit_named(d, counties) for d in departments}
    return [(path, county, [p for p in people if p.cc or p.department and unit_of[p.department] == county])
            for path, county in files]
