"""A partial ledger that replaces 科室数据's figure (qa12 F35).

With 「指标来源优先」 = 内置计算 an indicator computed from a ledger (企业台账 …) wins over the
科室数据 row of the same name. A ledger that lists only some of the firms (30 of 758) then makes
the documents say 「年末总数达到30家，实现零的突破」. When the ledger's figure is below half (or
above twice) the 科室数据 本年数 of the same indicator, one 须核对 per indicator names both.

Pure: computed results and the 科室数据 ``Table`` in, ``Problem``s out.
"""

from __future__ import annotations

import math

from kjreport.errors import VERIFY, Problem

LEDGERS = ("项目台账", "企业台账", "平台台账")
FAR = 2.0  # the ledger's figure beyond this ratio of the reported figure: not the same count


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _g(x: float) -> str:
    return f"{round(x, 4):.10g}"


def ledger_against_department(file: str, results, department) -> list[Problem]:
    """Return a 须核对 for each indicator computed from a ledger far from 科室数据's 本年数."""
    from kjreport.indicators.names import name_key

    if department is None or not department.columns:
        return []
    reported = {}
    for r in department.rows:
        v = r.values.get("本年数")
        if r.values.get("指标") and _number(v):
            reported.setdefault(name_key(r.values["指标"]), (str(r.values["指标"]), v, r.cells.get("本年数") or ""))
    problems, seen = [], set()
    for r in results:
        if r.origin != "内置" or not _number(r.value) or r.name in seen:
            continue
        ledger = next((s for s in r.sources if s.split("!", 1)[0] in LEDGERS), None)
        row = reported.get(name_key(r.name))
        if ledger is None or row is None or row[1] <= 0:
            continue
        name, figure, cell = row
        if 1 / FAR <= r.value / figure <= FAR:
            continue
        seen.add(r.name)
        sheet, _, area = ledger.partition("!")
        share = r.value / figure * 100
        unit = r.unit if r.unit not in ("%",) else ""
        problems.append(Problem(
            file, sheet, area or None,
            f"按「{sheet}」计算的「{r.name}」为 {_g(r.value)}{unit}，是「科室数据」{cell} 报送的「{name}」"
            f"{_g(figure)}{unit} 的 {share:.0f}%，两者差别很大（台账可能不全）",
            f"现按设置「指标来源优先」= 内置计算 采用台账的数；如台账不全，请补全「{sheet}」，"
            "或把设置「指标来源优先」改为 科室报送（采用科室数据的数）；如两个数都无误，请在「核对记录」中确认",
            VERIFY))
    return problems
