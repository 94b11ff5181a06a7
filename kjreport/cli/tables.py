"""Printing results as a table in the terminal (rich)."""

from __future__ import annotations

from typing import Any

from kjreport.model import YearReport
from kjreport.text import target_value
from kjreport.text.brackets import cjk_brackets
from kjreport.text.numbers import number, round_half_up

STATUS_STYLE = {"超额完成": "green", "完成": "green", "基本完成": "yellow", "未完成": "red",
                "不可比": "magenta", "无数据": "red"}


POINTS_NOTE = (
    "注：比重类（%）目标不算完成率，其“完成率/差距”栏为高于（+）或低于（-）年度目标的百分点，"
    "“同比/增减”栏为比上年增减的百分点。"
)
GROWTH_POINTS = "增速目标的“完成率/差距”栏为实际增速高于（+）或低于（-）目标增速的百分点"


def points_note(shares: bool, growths: bool) -> str:
    """Return the note under the table for its rows whose 完成率/差距 is a gap in 个百分点: a share's
    against its target, a growth's against the target growth (qa14b F7: 企业研发投入经费增速 +3.8
    was explained as a 比重类 target's)."""
    if not growths:
        return POINTS_NOTE if shares else ""
    if not shares:
        return f"注：{GROWTH_POINTS}，不是完成率。"
    return f"{POINTS_NOTE[:-1]}；{GROWTH_POINTS}。"


def _num(x: float | None, digits: int = 2) -> str:
    """Return a figure as the 目标 column beside it (``text.target_value``) and the summary write it:
    71200, never 71,200 beside 65000 (qa22 F8)."""
    if x is None:
        return "—"
    return number(x, digits, trim=True)


def _signed(x: float, digits: int, unit: str) -> str:
    text = f"{x:+.{digits}f}"
    if float(text) == 0:
        text = f"{0:.{digits}f}"
    return text + unit


def _signed_pp(x: float, near: tuple[float, ...] = (), at_least: int = 0) -> str:
    """Return a change in 个百分点 as the summary writes it (one decimal, two below 0.1 or
    beside its target: ``text.pp_number``; ``at_least`` decimals for a small share, as the
    summary's 1.82%，低于年度目标0.38个百分点), signed: +1.2个百分点, -0.04个百分点, 0个百分点."""
    from kjreport.text.numbers import pp_number

    size = pp_number(abs(x), tuple(abs(t) for t in near), max(at_least, 1))  # -5.0, not -5 (qa13 F27)
    if float(size) == 0:
        return "0个百分点"
    return ("+" if x > 0 else "-") + size + "个百分点"


def results_table(report: YearReport, console: Any = None) -> None:
    """Print the report's results as a table: 指标, 完成, 目标, 完成率, 同比, 状态 (on ``console``,
    a rich Console, or the terminal)."""
    from rich.console import Console
    from rich.table import Table

    s = report.settings
    table = Table(title=f"{s.place}{s.year}年{s.domain}工作主要指标（截至{s.month}月）", show_lines=False)
    for col, just in (("指标", "left"), ("单位", "left"), ("完成", "right"), ("目标", "right"),
                      ("完成率/差距", "right"), ("同比/增减", "right"), ("状态", "left")):
        table.add_column(col, justify=just, no_wrap=col != "指标", min_width=12 if col == "指标" else None,
                         overflow="fold")
    from kjreport.summary.precision import percent_decimals

    shares = growths = False  # rows whose 完成率/差距 is a gap in 个百分点, explained under the table
    for r in report.results:
        if r.target is None:
            continue
        decimals = percent_decimals(r)
        if r.completion is not None:
            rate = f"{round_half_up(r.completion, 1)}%"  # 四舍五入, as the summary prints it
        elif r.gap is not None and (r.kind == "ratio" or r.target.is_percentage):
            rate = _signed_pp(r.gap, (), decimals)
            growths, shares = growths or r.target.kind == "增速", shares or r.target.kind != "增速"
        else:
            rate = "—"
        if r.target.kind == "增速":
            change = "—"  # 完成 is this year's growth already (as 附件1; QA6 F4)
        elif r.kind == "ratio":
            near = (r.target.value,) if r.target.kind == "提高" else ()
            change = _signed_pp(r.change_pp, near, decimals) if r.change_pp is not None else "—"
        else:
            yoy = r.measured_yoy  # a 新增 row: the 新增 figure's 同比, not the total's
            increment = r.target.kind in ("新增", "净增")
            change = _signed(yoy, 1, "%") if yoy is not None else ("—" if increment else r.yoy_note or "—")
        style = STATUS_STYLE.get(r.status, "")
        shown, unit = r.measured  # what the target is about: 新增数, 增长率, 百分点 (as 附件1)
        growth = r.target.kind == "增速" and unit == "%" and shown is not None
        done = f"{shown:.1f}" if growth else _num(shown)  # 16.7, as the summary's 同比增长16.7%
        lagged = f"（{r.data_year}年数据）" if r.data_year and r.data_lag else ""  # 数据年度 (lag11b)
        table.add_row(cjk_brackets(r.row_name) + lagged, unit, done, target_value(r.target), rate, change,
                      f"[{style}]{r.status}[/]" if style else r.status)
    from kjreport.summary.tables import joined_notes, lag_note

    caption = joined_notes(points_note(shares, growths), lag_note(report))
    if caption:
        table.caption, table.caption_justify = caption, "left"
    if console is None:
        console = Console()
        if not console.is_terminal or console.width < 110:
            console = Console(width=110)
    console.print(table)
