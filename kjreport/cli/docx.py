"""Command ``kjreport docx``: the year-end summary (工作总结) or the county bulletins as Word files."""

from __future__ import annotations

from pathlib import Path

import click

from kjreport.cli.app import main
from kjreport.cli.units_option import ByUnits
from kjreport.errors import Problem, WorkbookError


def _existing(path: Path, what: str) -> Path:
    """Return ``path`` if it exists, else raise a Chinese error naming it."""
    if not path.exists():
        raise WorkbookError(
            Problem(str(path), None, None, f"找不到{what}", "请检查文件路径是否正确")
        )
    return path


def plugin_option(f):
    """Return ``f`` with --plugin (user indicator files, repeatable)."""
    return click.option(
        "--plugin",
        "plugins",
        multiple=True,
        type=click.Path(path_type=Path),
        metavar="文件",
        help="自定义指标的 Python 文件，可多次指定。",
    )(f)


def send_options(send_help: str):
    """Return a decorator adding --send (with ``send_help``) and --mail-config."""

    def decorate(f):
        f = click.option(
            "--mail-config",
            type=click.Path(path_type=Path, dir_okay=False),
            metavar="邮件.ini",
            help="与 --send 一起使用：邮件服务器设置文件（默认取工作簿「设置」表）。",
        )(f)
        return click.option("--send", is_flag=True, help=send_help)(f)

    return decorate


def load_for_document(workbook: Path, plugins: tuple[Path, ...], template: Path | None, draft: bool = False):
    """Return the year report of ``workbook`` after checking the paths given exist; say when the
    workbook is open elsewhere (the last saved version is read) and while a big one loads.

    A 须核对 item not confirmed in 「核对记录」 refuses the document (``NotConfirmed``) unless it
    is a ``draft``, which lists the items on its first page. The 须核对 and 提示 about the data
    are printed first, one line each (qa12 F29): the document states those figures."""
    from kjreport.cli.core import note_if_open
    from kjreport.feedback import loading
    from kjreport.report import load_report, open_source

    _existing(workbook, "工作簿")
    for plugin in plugins:
        _existing(plugin, "自定义指标文件")
    if template is not None:
        _existing(template, "模板目录")
    source = open_source(workbook)
    note_if_open(source)
    with loading(workbook):
        report = load_report(source, plugins, publish=not draft, template_dir=template)
    tell_data_problems(report)
    return report


def tell_data_problems(report) -> None:
    """Print the 须核对 items (confirmed ones marked so) and the 提示 about the figures a document
    states, one line each; a draft with unconfirmed items says they are on its first page."""
    from kjreport.checks.confirm import SHEET, key

    open_items = {key(p) for p in report.unconfirmed}
    for p in sorted(report.problems, key=lambda p: p.severity != "须核对"):
        if p.sheet in QUIET_SHEETS:
            continue
        done = "（已核对）" if p.severity == "须核对" and key(p) not in open_items else ""
        click.echo(str(p) + done)
    if report.unconfirmed:
        click.echo(f"注意：有 {len(report.unconfirmed)} 处须核对尚未在「{SHEET}」中确认，只能生成草稿；"
                   "已列在草稿首页，正式文件须改正或确认后再生成。")


QUIET_SHEETS = frozenset({"收件人"})  # problems there concern the mail, not the figures printed


def jobs_option(f):
    """Return ``f`` with -j/--jobs (processes of a --by 县区 batch)."""
    return click.option(
        "-j",
        "--jobs",
        type=int,
        default=None,
        metavar="数量",
        help="--by 县区 时同时使用的进程数（默认为全部 CPU 核）。",
    )(f)


def force_option(f):
    """Return ``f`` with --force (replace an existing document instead of saving a new version)."""
    return click.option(
        "--force",
        is_flag=True,
        help="覆盖已有的同名文件。默认不覆盖：已有文件内容不同（可能已有人修改过）时另存为“（第2版）”等新版本。",
    )(f)


def save_document(out: Path, write_to, what: str, force: bool) -> Path:
    """Write a document to ``out`` through ``write_to(path)``; unless ``force``, an existing
    different (possibly hand-edited) file is kept and the new one saved as its next version, as
    the ribbon buttons do. Say where it went when that is not ``out``; return the path."""
    from kjreport.docx.versions import save_versioned, stamp

    out.parent.mkdir(parents=True, exist_ok=True)
    if force:
        written = Path(write_to(out) or out)
        stamp(written)
        return written
    path, note = save_versioned(out, write_to, what)
    tell_kept([note] if note else [])
    return path


def tell_kept(notes: list[str], most: int = 20) -> None:
    """Print the notes about edited documents kept (their new versions saved beside them), with
    the hint that --force overwrites; past ``most`` notes, only how many more there are."""
    for note in notes[:most]:
        click.echo(note.rstrip("。") + "（如确需覆盖，请加 --force）。")
    if len(notes) > most:
        click.echo(
            f"……其余 {len(notes) - most} 份同样已存在且内容不同，没有覆盖，新文件另存为新版本"
            "（如确需覆盖，请加 --force）。"
        )


def deliver(paths: list[Path], pdf: bool, send: Path | None, workbook: Path, config: Path | None) -> None:
    """After writing ``paths``: name the 【待补充】 left, convert to PDF, and send ``send``."""
    _tell_placeholders(paths)
    if pdf:
        _to_pdf(paths)
    if send is not None:
        _send(send, workbook, config)


@main.command("docx")
@click.argument("workbook", type=click.Path(path_type=Path), metavar="工作簿")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    metavar="文件",
    help="输出的 Word 文件；默认放在工作簿旁边，以总结标题命名。--by 县区 时为输出文件夹。",
)
@click.option(
    "--template",
    type=click.Path(path_type=Path),
    metavar="目录",
    help="文字模板目录（默认 templates/summary），可复制后修改措辞。",
)
@click.option("--pdf", is_flag=True, help="同时生成 PDF（需要安装 LibreOffice）。")
@click.option(
    "--draft",
    is_flag=True,
    help="草稿：每个计算出的数字加批注，注明来源单元格和计算方法，便于核对。",
)
@click.option("--no-charts", is_flag=True, help="不插入图表（生成更快）。")
@click.option(
    "--by",
    type=ByUnits(),
    metavar="县区",
    help="按县区分别生成通报，每个县区一个文件，放在一个文件夹中（县级科技局也可写 乡镇 或 街镇，省级写 市州）。",
)
@plugin_option
@force_option
@send_options("生成后按工作簿「收件人」表发送邮件（县区通报发给各县区联系人），见 kjreport send。")
@jobs_option
def docx_command(
    workbook: Path,
    output: Path | None,
    template: Path | None,
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
    """生成公文格式的年度工作总结（Word），或按县区生成通报。

    \b
    示例：
      kjreport docx samples/sample2011.xlsx
      kjreport docx 工作簿.xlsx -o 总结.docx --pdf
      kjreport docx 工作簿.xlsx --force          # 覆盖已有的同名总结（默认另存新版本）
      kjreport docx 工作簿.xlsx --draft          # 数字带来源批注，供核对
      kjreport docx 工作簿.xlsx --by 县区        # 每个县区一份通报
      kjreport docx 工作簿.xlsx --pdf --send     # 生成后按「收件人」表发送
    """
    # county bulletins have no draft form: they are refused while a 须核对 item is open
    report = load_for_document(workbook, plugins, template, draft and not by)
    settings = report.settings

    if by == "县区":
        from kjreport.summary import write_county_bulletins
        from kjreport.summary.units import unit_word

        word = unit_word(report)  # 县区, or 乡镇 for a county bureau's townships
        outdir = output or workbook.parent / f"{settings.city}{settings.year}年{word}{settings.domain}工作通报"
        paths = write_county_bulletins(report, outdir, jobs, template_dir=template, force=force,
                                       kind=f"{settings.domain}工作通报")
        click.echo(f"已生成 {len(paths)} 份{word}通报：{outdir}")
        tell_kept(paths.notes)
        deliver(paths, pdf, outdir if send else None, workbook, mail_config)
        return

    from kjreport.summary import write_summary

    out = output or workbook.parent / f"{settings.title}.docx"
    if out.suffix.lower() != ".docx":
        out = out.with_suffix(".docx")
    path = save_document(
        out,
        lambda to: write_summary(report, to, template_dir=template, charts=not no_charts, draft=draft),
        "总结",
        force,
    )
    click.echo(f"已生成工作总结：{path}")
    deliver([path], pdf, path if send else None, workbook, mail_config)


def _tell_placeholders(paths: list[Path]) -> None:
    """Print how many 【待补充】 the documents still have and where (nothing when none): as the
    batch that wrote ``paths`` found them (``BulletinFiles.placeholders``), else read back."""
    known = getattr(paths, "placeholders", {})
    for path in paths:
        if path in known:
            marks = known[path]
        else:
            from kjreport.mail.content import read_content

            marks = read_content(path).placeholders
        if not marks:
            continue
        click.echo(
            f"注意：{path.name} 中还有 {len(marks)} 处【待补充】，补全数据后请重新生成；"
            f"含【待补充】的报告不会被发送（除非用 kjreport send --send-incomplete）："
        )
        for mark in marks[:20]:
            click.echo(f"  {mark}")
        if len(marks) > 20:
            click.echo(f"  ……其余 {len(marks) - 20} 处略")


def _send(report: Path, workbook: Path, config: Path | None) -> None:
    """Send what was just written, as ``kjreport send REPORT --recipients WORKBOOK`` would."""
    import sys

    from kjreport.cli.send import deliver

    if not deliver(report, to=[], workbook=workbook, config=config):
        sys.exit(1)


def _to_pdf(paths: list[Path]) -> None:
    """Convert each document to PDF beside it and say where they went."""
    from kjreport.docx.pdf import to_pdf

    for path in paths:
        click.echo(f"已生成 PDF：{to_pdf(path)}")
