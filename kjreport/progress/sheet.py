"""The 进度 sheet: every target's standing at the report month, coloured by band.

Pure: a ``ProgressReport`` in, rows and cell colours out; the workbook writer (file or Excel)
turns the colours into cell styles.
"""

from __future__ import annotations

from kjreport.progress.model import BEYOND, FELL, GREEN, RED, YELLOW, ProgressItem, ProgressReport

# light, medium and darker tints: told apart in colour and on a grey printout alike
COLOURS = {GREEN: "E2F0D9", YELLOW: "FFD966", RED: "E99A9A"}

HEADER = [
    "指标", "单位", "年度目标", "累计完成", "完成率（%）", "应完成进度（%）", "快/慢（个百分点）",
    "进度判断", "进度依据", "上次通报", "上次完成率（%）", "较上次（个百分点）", "责任科室",
    "下步措施", "数据来源",
]
_VERDICT_COL = HEADER.index("进度判断")
_AHEAD_COL = HEADER.index("快/慢（个百分点）")


def _r(x: float | None, digits: int = 2) -> float | None:
    return None if x is None else round(x, digits)


def basis(item: ProgressItem, report: ProgressReport) -> str:
    """Return what the item is measured against: 序时进度, its 时间节点, or the annual target."""
    if item.expected is None:
        if item.stock and item.value is not None:
            return "年度目标（上年末已达到）"
        return "年度目标" if item.value is not None else ""
    if item.month >= 12:
        return "全年"
    text = "时间节点" if item.by_schedule else "序时进度"
    if item.paced_by:
        text = f"按{item.paced_by}的{text}"
    elif item.stock:
        text = f"比上年末增量÷计划增量，{text}"
        if item.beyond_target:  # 700 % of a planned increase of 2: the rate says nothing
            text += f"；{BEYOND}"
    if item.shrinking:  # below last year's end: no negative 完成率
        text += "；比上年末减少，尚未实现增长"
    if item.milestone and item.milestone.text:
        text += f"（{item.milestone.text}）"
    return text


def data_year_suffix(item: ProgressItem) -> str:
    """Return "（2024年数据）" after the name of a row whose figure is a lagging 科室数据 row's of
    an earlier year (数据年度), "" otherwise."""
    r = item.result
    if not (r.data_year and r.data_lag) or item.value_source.startswith("月度数据"):
        return ""
    return f"（{r.data_year}年数据）"


def item_row(item: ProgressItem, report: ProgressReport) -> list[object]:
    """Return one row of the 进度 sheet: a lagged figure's name says its year (全社会R&D经费投入
    （2010年数据）), as 附件1 of the 进度通报 does (qa11b F9)."""
    target = item.result.target
    return [
        item.name + data_year_suffix(item), item.unit, target.value if target else None, _r(item.value, 4),
        FELL if item.shrinking else _r(item.completion), _r(item.expected),
        None if item.shrinking else _r(item.ahead_pp if item.expected is not None else item.gap),
        item.verdict,
        basis(item, report), f"{item.previous_month}月" if item.previous_month else None,
        FELL if (item.previous_completion or 0) < 0 else _r(item.previous_completion), _r(item.trend_pp), item.department,
        item.measures or None, item.value_source,
    ]


def progress_rows(report: ProgressReport) -> tuple[list[list[object]], dict[tuple[int, int], str]]:
    """Return the 进度 sheet's rows (header first, a note at the end) and its cell colours."""
    rows: list[list[object]] = [HEADER]
    fills: dict[tuple[int, int], str] = {}
    for item in report.items:
        if item.band:
            fills[(len(rows), _VERDICT_COL)] = COLOURS[item.band]
            if item.ahead_pp is not None or item.gap is not None:
                fills[(len(rows), _AHEAD_COL)] = COLOURS[item.band]
        rows.append(item_row(item, report))
    settings = report.report.settings
    rows += [[], [
        f"截至{settings.year}年{report.month}月底。应完成进度：未设时间节点的按序时进度（月份÷12）；"
        f"慢于应完成进度超过{report.lag_threshold:g}个百分点为滞后（红），其余慢于进度为略慢（黄）；"
        "比重类和“控制在…以内”的目标与年度目标直接比较；企业、平台等总数目标的完成率按比上年末增加的数占"
        "计划增量（年度目标减上年末数）计算，有对应新增目标的按新增目标的进度判断。"
    ]]
    return rows, fills
