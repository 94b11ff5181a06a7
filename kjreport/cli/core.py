"""Commands: ``kjreport check`` and ``kjreport fill``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kjreport.cli.app import main
from kjreport.errors import ERROR, VERIFY, Problem
from kjreport.feedback import loading

WORKBOOK = click.argument("workbook", type=click.Path(path_type=Path, dir_okay=False))
PLUGIN = click.option("--plugin", "plugins", multiple=True, type=click.Path(path_type=Path),
                      metavar="文件.py", help="自定义指标文件（可多次给出）。")


def note_if_open(source) -> None:
    """Say that a workbook open in Excel/WPS/LibreOffice is read as last saved."""
    note = source.open_note
    if note:
        click.echo(f"[提示] {source.label} {note}：读取的是最近一次保存的内容，"
                   "尚未保存的修改不会计入。")


def print_problems(problems: list[Problem], record=None) -> None:
    """Print problems one per line: 错误 first, then 须核对, then 提示; a 须核对 item the office
    confirmed in ``record`` (the 「核对记录」 SheetData) says so."""
    from kjreport.checks import confirm

    done = confirm.marks(record)
    order = {ERROR: 0, VERIFY: 1}
    for p in sorted(problems, key=lambda p: order.get(p.severity, 2)):
        mark = done.get(confirm.key(p)) if p.severity == VERIFY else None
        tail = f"（已在「{confirm.SHEET}」中确认：{mark}）" if confirm.confirmed(mark) else ""
        click.echo(str(p) + tail, err=p.severity == ERROR)


def verify_words(count: int) -> str:
    """Return the close of a check that passed with ``count`` unconfirmed 须核对 items."""
    from kjreport.checks.confirm import SHEET

    return (f"有 {count} 处须核对：请改正，或核对无误后在「{SHEET}」表中确认"
            f"（kjreport fill 把它们列入该表，在「核对结果」栏填「已核对」；确认前不能生成正式文件）")


@main.command()
@WORKBOOK
@PLUGIN
def check(workbook: Path, plugins: tuple[Path, ...]) -> None:
    """校验工作簿：一次列出全部问题（工作表、单元格、发现了什么、应当是什么）。

    有错误时退出码为 1；只有提示（如自动换算的文本数字）时为 0。
    """
    from kjreport.checks import confirm
    from kjreport.report import check_source
    from kjreport.workbook.xlsx import XlsxFile

    source = XlsxFile(workbook)
    note_if_open(source)
    with loading(workbook):
        problems = check_source(source, plugins)
    record = source.read_sheet(confirm.SHEET) if confirm.SHEET in source.sheet_names() else None
    errors = sum(p.severity == ERROR for p in problems)
    verify = sum(p.severity == VERIFY for p in problems)
    hints = len(problems) - errors - verify
    print_problems(problems, record)
    if errors:
        more = f"{verify} 处须核对，" if verify else ""
        click.echo(f"校验未通过：{errors} 处错误，{more}{hints} 条提示。请按上面的提示修改后再运行。", err=True)
        sys.exit(1)
    open_items = len(confirm.unconfirmed(problems, record))
    tail = f"（{hints} 条提示）" if hints else ""
    if open_items:
        click.echo(f"校验通过，但{verify_words(open_items)}{tail}。")
        return
    done = f"，{verify} 处须核对已确认" if verify else ""
    click.echo(f"校验通过：{workbook.name} 没有错误{done}{tail}。")


@main.command()
@click.argument("workbook", required=False, type=click.Path(path_type=Path, dir_okay=False))
@PLUGIN
@click.option("--json", "as_json", is_flag=True, help="以 JSON 数组输出指标结果（不打印表格）。")
@click.option("--list", "as_list", is_flag=True,
              help="列出指标库：内置指标、指标目录（含同义词和定义来源）、自定义指标；给出工作簿时再列出其报送指标。")
@click.option(
    "--template",
    type=click.Path(path_type=Path),
    metavar="目录",
    help="与 kjreport docx --template 相同的文字模板目录：各类县区不参与排名的指标按该目录的 county_types.j2（默认 templates/summary）。",
)
def fill(workbook: Path | None, plugins: tuple[Path, ...], as_json: bool, as_list: bool,
         template: Path | None) -> None:
    """计算全部指标，写入同一工作簿的「指标结果」工作表，并打印结果表。

    其他工作表（数据、图表、图片、宏等）保持原样；写入前自动备份到 .kjreport-backup 文件夹。
    """
    if as_list:
        print_indicator_list(workbook, plugins)
        return
    if workbook is None:
        raise click.UsageError("请给出工作簿文件，如：kjreport fill 工作簿.xlsx（或用 --list 列出指标库）")
    from kjreport.cli.docx import _existing
    from kjreport.fill import fill_source, result_json

    if template is not None:
        _existing(template, "模板目录")
    with loading(workbook):
        outcome = fill_source(workbook, plugins, template_dir=template)
    report = outcome.report
    if as_json:
        click.echo(json.dumps([result_json(r) for r in report.results], ensure_ascii=False, indent=2))
        return
    from kjreport.cli.tables import results_table

    results_table(report)
    print_problems(report.problems, report.record)
    names = [f"「{name}」" for name in outcome.sheets]
    sheets = "、".join(names[:-1]) + "和" + names[-1] if len(names) > 1 else names[0]
    shown = sum(r.target is not None for r in report.results)
    rest = len(report.results) - shown  # 指标结果 lists the indicators without a target too
    more = f"（上表为有年度目标的 {shown} 项，另 {rest} 项没有目标，只写入工作表）" if rest and shown else ""
    click.echo(f"已写入 {workbook.name} 的{sheets}工作表，共 {len(report.results)} 项指标{more}。")
    if outcome.note:
        click.echo(outcome.note)
    if report.unconfirmed:
        from kjreport.checks.confirm import SHEET

        click.echo(f"有 {len(report.unconfirmed)} 处须核对尚未确认（见上），已列入「{SHEET}」工作表：请改正数据，"
                   "或核对无误后在该表「核对结果」栏填「已核对」；确认前不能生成正式文件（草稿 --draft 除外）。")


def print_indicator_list(workbook: Path | None, plugins: tuple[Path, ...]) -> None:
    """Print every indicator a 目标任务 row may name, with synonyms, grouped."""
    from kjreport.checks.datayear import lag_words
    from kjreport.report import indicator_catalogue

    items = indicator_catalogue(workbook, plugins)
    group = None
    for item in items:
        if item.group != group:
            group = item.group
            click.echo(f"\n【{group}】")
        unit = f"（{item.unit}）" if item.unit else ""
        click.echo(f"  {item.name}{unit}  {item.how}" + (f"  [{item.department}]" if item.department else ""))
        if item.synonyms:
            click.echo("      同义词：" + "、".join(item.synonyms))
        if item.lag_years:
            click.echo(f"      {lag_words(item.lag_years)}（当年的数一般{'次年' if item.lag_years == 1 else '两年后'}才发布）："
                       f"年末只有以前年份的数时，在「科室数据」的「数据年度」填数据所属年份")
        if item.source:
            if item.source.startswith("来源未核实"):
                click.echo("      " + item.source)
            else:
                checked = f"（{item.checked}）" if item.checked else ""
                click.echo(f"      来源{checked}：" + item.source)
    click.echo(f"\n共 {len(items)} 项。目标任务中的“指标”可写上面任一名称或同义词；"
               "不在其中的指标，只要「科室数据」有同名行或「县区数据」（或乡镇数据、街镇数据）有同名列，也会计算。")
    from kjreport.indicators.catalogue import SOURCES_FILE

    click.echo(f"各项来源的文件、文号、网址和核实情况见 {SOURCES_FILE}。")
