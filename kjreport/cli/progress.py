"""Command ``kjreport progress``: the in-year 进度通报 (or per-county 进度通报) as Word files."""

from __future__ import annotations

from pathlib import Path

import click

from kjreport.cli.app import main
from kjreport.cli.docx import (
    deliver,
    force_option,
    jobs_option,
    load_for_document,
    plugin_option,
    save_document,
    send_options,
    tell_kept,
)
from kjreport.cli.units_option import ByUnits


@main.command("progress")
@click.argument("workbook", type=click.Path(path_type=Path), metavar="工作簿")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    metavar="文件",
    help="输出的 Word 文件；默认放在工作簿旁边，以通报标题命名。--by 县区 时为输出文件夹。",
)
@click.option(
    "--month",
    type=click.IntRange(1, 12),
    metavar="月份",
    help="通报哪个月的进度（1–12）；默认取「设置」中的报送月份。其他月份的数据取自「月度数据」表。",
)
@click.option(
    "--template",
    type=click.Path(path_type=Path),
    metavar="目录",
    help="文字模板目录（默认 templates/progress），可复制后修改措辞。",
)
@click.option(
    "--date",
    "issued",
    metavar="日期",
    help="成文日期，如 2018年7月10日；默认取「设置」中的成文日期（通报其他月份时按通报惯例推定，并提示）。",
)
@click.option("--pdf", is_flag=True, help="同时生成 PDF（需要安装 LibreOffice）。")
@click.option("--draft", is_flag=True, help="草稿：每个计算出的数字加批注，注明来源单元格和计算方法。")
@click.option("--no-charts", is_flag=True, help="不插入累计完成情况图。")
@click.option(
    "--by",
    type=ByUnits(),
    metavar="县区",
    help="按县区分别生成进度通报，每个县区一个文件，放在一个文件夹中（也可写 乡镇、街镇、市州）。",
)
@plugin_option
@force_option
@send_options("生成后按工作簿「收件人」表发送邮件，见 kjreport send。")
@jobs_option
def progress_command(
    workbook: Path,
    output: Path | None,
    month: int | None,
    template: Path | None,
    issued: str | None,
    pdf: bool,
    draft: bool,
    no_charts: bool,
    by: str | None,
    plugins: tuple[Path, ...],
    force: bool,
    send: bool,
    mail_config: Path | None,
    jobs: int | None,
) -> None:
    """生成目标任务进度通报（Word）：各项目标与序时进度或时间节点比较，列出滞后工作和下步措施。

    \b
    示例：
      kjreport progress samples/sample2011.xlsx --month 6
      kjreport progress 工作簿.xlsx --pdf              # 报送月份的进度通报
      kjreport progress 工作簿.xlsx --by 县区          # 每个县区一份进度通报
    """
    from kjreport.errors import KjreportError
    from kjreport.progress import build_progress
    from kjreport.templating import configured_template_dir, default_template_dir

    date = None
    if issued is not None:
        from kjreport.dataset import parse_date

        date = parse_date(issued)
        if date is None:
            raise click.BadParameter(f"「{issued}」不是日期；应写作如 2018年7月10日 或 2018-07-10", param_hint="--date")
    # county bulletins have no draft form: they are refused while a 须核对 item is open
    report = load_for_document(workbook, plugins, template, draft and not by)
    settings = report.settings
    progress = build_progress(report, month)
    template = template or configured_template_dir(settings.extra, report.source, "progress") or default_template_dir("progress")

    if by == "县区":
        from kjreport.summary import write_county_bulletins
        from kjreport.summary.units import unit_word

        word = unit_word(report)  # 县区, 乡镇 (a county's townships), 市州 (a province), 县市 (a 州)
        if progress.month != settings.month:
            raise KjreportError(
                f"{word}进度通报只能按工作簿「设置」中的报送月份（{settings.month}月）生成：「{report.unit_sheets[0]}」是该月的"
                f"累计数；如需 {progress.month} 月的{word}通报，请用该月的工作簿。"
            )
        outdir = output or workbook.parent / f"{settings.city}{settings.year}年{progress.period}{word}进度通报"
        paths = write_county_bulletins(
            report, outdir, jobs, template_dir=template, kind=f"{progress.period}进度通报",
            force=force,
        )
        click.echo(f"已生成 {len(paths)} 份{word}进度通报：{outdir}")
        tell_kept(paths.notes)
        deliver(paths, pdf, outdir if send else None, workbook, mail_config)
        return

    from kjreport.progress.document import build_bulletin, county_omitted_note, date_note, file_name

    doc = build_bulletin(progress, template_dir=template, charts=not no_charts, draft=draft, date=date)
    out = output or workbook.parent / file_name(progress)
    if out.suffix.lower() != ".docx":
        out = out.with_suffix(".docx")
    path = save_document(out, doc.save, "通报", force)
    standing = progress.standing() or "没有可判断的目标任务"
    click.echo(f"已生成进度通报：{path}（截至{progress.month}月底：{standing}）")
    told = {str(p) for p in report.problems}  # printed by load_for_document (qa18 F3)
    for p in progress.problems:
        if str(p) not in told:
            click.echo(str(p))
    for note in progress.notes + [county_omitted_note(progress), date_note(progress, date)]:
        if note:
            click.echo(f"提示：{note}。")
    deliver([path], pdf, path if send else None, workbook, mail_config)
