"""Names (issue 10 item 3): folded, matched, and an orphan named with its likely match."""

from __future__ import annotations

from kjreport.checks.names import fold, likely_match, orphan_problem

KNOWN = ["清河区", "丰源区", "高新区", "金堤县", "西山县"]


def test_fold_spaces_and_full_width():
    assert fold(" 清 河\u3000区 ") == "清河区"
    assert fold("ＡＢ县") == "AB县"


def test_likely_match():
    assert likely_match("清河", KNOWN) == "清河区"
    assert likely_match("金堤区", KNOWN) == "金堤县"
    assert likely_match("市直", KNOWN) is None


def test_orphan_message_names_the_match():
    p = orphan_problem("f.xlsx", "县区上年数据", "A2", "清河", "县区数据", KNOWN, "同比不可比")
    assert p.severity == "错误" and "可能是「清河区」" in p.found and p.cell == "A2"
    p = orphan_problem("f.xlsx", "企业台账", "B3", "市直", "县区数据", KNOWN, "不计入县区", rows=3)
    assert p.severity == "提示" and "共 3 行" in p.found
