"""Blank cells no target of the year uses: a hint, not an error.

A workbook rolled over by ``init --from`` carries last year's 科室数据 rows and adds this year's
增长核算 row. When this year's plan sets no target on such a row (来市指导院士 in 2011, none in
2012), its empty 本年数 stops nothing the year's report says; nor does an empty 增长核算 row when
no target is the 科技进步贡献率 (the statistics bureau's 可比价 GDP comes out late). qa10b F8: these
blocked check, fill and docx until the office typed figures nobody asked for.

Pure: problems and computed results in, problems out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kjreport.errors import Problem

_ROW_BLANK = re.compile(r"^「([^」]+)」的「本年数」为空$")
_NOT_A_NUMBER = re.compile(r"^「(.+)」不是数字$")
_CELL_ROW = re.compile(r"^[A-Z]+(\d+)$")


def unused_blanks(problems: list[Problem], results) -> list[Problem]:
    """Return ``problems`` with the blank-cell errors of 科室数据 rows and 增长核算 that no
    result with a target reads turned into 提示."""
    from kjreport.workbook.schema import canonical

    rows: set[int] = set()
    names: set[str] = set()  # a target without a value yet has no source: its names say it
    growth_used = False
    growth_target = ""  # the target that reads 增长核算 (科技进步贡献率)
    for r in results:
        if r.target is None:
            continue
        names.update(canonical(n) for n in (r.name, r.plain_name, r.figure_name, r.target.indicator) if n)
        for s in r.sources:
            sheet, _, cells = s.partition("!")
            if sheet == "增长核算":
                growth_used = True
                growth_target = growth_target or r.name
            elif sheet == "科室数据" and (m := _CELL_ROW.match(cells)):
                rows.add(int(m[1]))
    out = []
    for p in problems:
        if p.severity == "错误" and p.cell and (m := _CELL_ROW.match(p.cell)):
            blank = _ROW_BLANK.match(p.found) if p.sheet == "科室数据" else None
            if blank and int(m[1]) not in rows and canonical(blank[1]) not in names:
                p = replace(p, severity="提示", expected="本年度目标任务没有用到这一行，可不填（或填“/”表示不适用）；"
                            "如要在总结中写到它，" + p.expected)
            elif p.sheet == "增长核算" and not growth_used and p.found.endswith("为空"):
                p = replace(p, severity="提示", expected="本年度没有科技进步贡献率的目标，统计数据发布后再填也可；"
                            + p.expected)
            elif p.sheet == "增长核算" and _marked_not_applicable(p.found):
                # 「/」 (不适用) where no target reads the row: read as blank, as in 科室数据 (qa10b F8);
                # where one does, said so rather than "「/」不是数字"
                mark = p.found.removesuffix("不是数字")
                if not growth_used:
                    p = replace(p, severity="提示", found=f"填的是{mark}（不适用）",
                                expected="本年度没有科技进步贡献率的目标，已按空白读取，可保留；统计数据发布后再填数值也可")
                else:
                    p = replace(p, found=f"填的是{mark}（不适用），但年度目标「{growth_target}」要用这一行计算",
                                expected=p.expected.replace("应填写", "请填写", 1))
        out.append(p)
    return out


def _marked_not_applicable(found: str) -> bool:
    """Return True for the "「/」不是数字" of a cell marked not applicable (「/」「—」「无」…)."""
    from kjreport.workbook.numbers import not_applicable_mark

    m = _NOT_A_NUMBER.match(found)
    return bool(m and not_applicable_mark(m[1]))
