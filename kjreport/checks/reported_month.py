"""设置's 报送月份 later than the months 月度数据 holds, while the year's figures are those months'.

An office that reports the first three quarters and leaves 报送月份 at its default 12 gets a
year-end summary of part-year figures: "全年7项目标任务中，未完成7项" (qa10 F27). When 月度数据 is
filled only up to an earlier month and most (at least two) of the department's 本年数 equal that
month's cumulative figures, the figures are that month's: an error at 报送月份 naming the month the data say.

Pure: computed results and the progress inputs in, ``Problem``s out.
"""

from __future__ import annotations

from kjreport.checks.monthly import _figures, _number, _same
from kjreport.errors import Problem

SHOWN = 3


def month_behind(file: str, results, inputs, month: int, cell: str | None) -> list[Problem]:
    """Return one error when 月度数据 stops before ``month`` and 本年数 equal its last month."""
    rows = [f for f in inputs.monthly.values() if any(_number(v) for v in f.values.values())]
    if not rows:
        return []
    last = max(m for f in rows for m, v in f.values.items() if _number(v))
    if last >= month:
        return []
    same, compared = [], set()
    for r in results:
        if not (r.sources and r.sources[0].startswith("科室数据!")) or not _number(r.value) or r.plain_name in compared:
            continue
        figures = _figures(inputs, r)
        v = figures.values.get(last) if figures is not None else None
        if not _number(v):
            continue
        compared.add(r.plain_name)
        if _same(v, r.value) and v != 0:
            same.append(r.plain_name)
    # a stock may stand still from September to December: only most rows agreeing tell the month
    if len(same) < 2 or 2 * len(same) < len(compared):
        return []
    names = "".join(f"「{n}」" for n in same[:SHOWN]) + (f"等 {len(same)} 项" if len(same) > SHOWN else "")
    return [Problem(
        file, "设置", cell,
        f"报送月份为 {month}，但「月度数据」只填到 {last} 月，且{names}的本年数与 {last} 月累计数相同",
        f"若本次报送的是 1—{last} 月的数据，请把报送月份改为 {last}（生成进度通报，按序时进度评价）；"
        f"若是全年数据，请补填「月度数据」{last + 1}—{month} 月并核对本年数")]
