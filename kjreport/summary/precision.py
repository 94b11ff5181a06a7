"""How many decimals a percentage indicator shows, the same in the summary's text, its annexes,
the county notices and the mail (QA6 F9, F12).

A share below 10 % (全社会R&D经费投入强度 1.82%, 企业研发投入占营业收入比重 3.25%) is published with
two decimals, and so are its change and its gap to the target (比上年提高0.10个百分点，低于年度目标
0.38个百分点); a target typed with two decimals (2.25%) asks for two as well. Larger shares
(高新技术产业产值占比 27.1%) and growth rates keep the text layer's own rounding.
"""

from __future__ import annotations

from kjreport import text as tx
from kjreport.model import IndicatorResult
from kjreport.text.numbers import shown_decimals

SMALL_SHARE = 10.0  # %: a share below this is written with two decimals
SHARE_DECIMALS = 2


def percent_decimals(result: IndicatorResult) -> int:
    """Return the decimals every figure of ``result`` shows at least (0: no constraint): two for
    a share below ``SMALL_SHARE`` or one whose target or 争取值 is typed with two decimals."""
    if result.unit != "%":
        return 0
    target = result.target
    if target is not None and target.kind in ("增速", "提高"):  # a growth or a change, not a share
        return 0
    typed = [getattr(target, "value", None), getattr(target, "stretch", None)] if target else []
    if any(tx.is_number(t) and shown_decimals(tx.number(t, 2, trim=True)) >= 2 for t in typed):
        return SHARE_DECIMALS
    if result.kind != "ratio":
        return 0
    size = result.value if tx.is_number(result.value) else max(
        (float(c.value) for c in result.counties if tx.is_number(c.value)), default=None)
    return SHARE_DECIMALS if size is not None and 0 < abs(float(size)) < SMALL_SHARE else 0


def column_decimals(cells: list[str]) -> int:
    """Return the decimals the cells of one table column should all show: the most any of them
    shows (0.99 beside 1 and 0.5 → two: 0.99, 1.00, 0.50)."""
    return max((shown_decimals(c) for c in cells if c[-1:].isdigit()), default=0)


def pad_column(rows: list[list[str]], col: int) -> None:
    """Rewrite column ``col`` of ``rows`` in place so every number shows the same decimals."""
    decimals = column_decimals([row[col] for row in rows])
    if decimals:
        for row in rows:
            row[col] = pad(row[col], decimals)


def pad(cell: str, decimals: int) -> str:
    """Return a numeric cell with trailing zeros up to ``decimals`` (1 → 1.00, -0.4 → -0.40)."""
    body = cell.rstrip("%")
    try:
        float(body)
    except ValueError:
        return cell  # "—", 【待补充】, "实现零的突破", a rank "3（并列）"
    head, _, tail = body.partition(".")
    return f"{head}.{tail.ljust(decimals, '0')}" + cell[len(body):]
