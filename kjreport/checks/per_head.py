"""A per-head money figure (人均可支配收入, 人均生产总值) under 亿元 (qa13 F6).

Per-head figures are stated in 元 (人均可支配收入 38520元) or 万元 (人均GDP 10.2万元), never in
亿元: 38520 under 亿元 would print “人均可支配收入达38520亿元”. One error at the 单位 cell of
each 科室数据 row so named. Pure: the 科室数据 table in, ``Problem``s out.
"""

from __future__ import annotations

from kjreport.errors import Problem
from kjreport.indicators.names import PER_HEAD_MONEY


def per_head_in_yi(file: str, table) -> list[Problem]:
    """Return an error for each 科室数据 row of a per-head money figure whose 单位 is 亿元."""
    if table is None or "单位" not in table.columns:
        return []
    out = []
    for row in table.rows:
        name, unit = str(row.values.get("指标") or ""), str(row.values.get("单位") or "").strip()
        if unit == "亿元" and PER_HEAD_MONEY.search(name):
            now = row.values.get("本年数")
            shown = f"（本年数 {now:g} 即 {now:g}元）" if type(now) in (int, float) else ""
            out.append(Problem(file, table.sheet, row.cells.get("单位"), f"「{name}」是人均数，单位为「亿元」",
                               f"人均收入、人均生产总值按元填写：请把单位改为「元」{shown}"))
    return out
