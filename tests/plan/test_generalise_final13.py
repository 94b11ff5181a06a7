"""Reading rules from the blind batch final13 (issue 9 §3): one test per rule, each from a real
text of the corpus (tests/plan/corpus, file named in the test) cut down to the rule."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse

# 2024_huzhou_yaodian: the item number "2." runs into the amount that opens the item
HUZHOU = """2024年湖州市科学技术局工作要点
一、重点指标
1.R&D经费支出占GDP比重达3.5%左右;
2.3亿元以上新入库工业项目中高新产业占比达到90%;
3.高新产业增加值占规上工业比重66.5%;
"""


def test_an_item_number_running_into_an_amount_is_the_number_of_the_next_item():
    r = parse(HUZHOU)
    items = [n for n in r.plan.walk() if n.level == "条"]
    assert [n.label for n in items] == ["1.", "2.", "3."]
    assert items[1].title.startswith("3亿元以上新入库工业项目")
    assert all(t.value != 2.3 for t in r.targets)


def test_a_lone_decimal_at_the_start_of_a_line_is_not_an_item_number():
    # no item 1. before it: "2.3亿元" stays the amount it reads as
    r = parse("2024年工作要点\n一、主要目标\n2.3亿元科技经费全部拨付到位。\n")
    assert [n.label for n in r.plan.walk() if n.level == "条"] == []


def test_an_amount_bounding_the_items_a_share_is_taken_among_is_part_of_its_name():
    # 2024_huzhou_yaodian: "3亿元以上" is a threshold; 新入库 names the projects, not the kind
    got = found("2024年工作要点\n一、重点指标\n1.R&D经费支出占GDP比重达3.5%左右;\n"
                "2.3亿元以上新入库工业项目中高新产业占比达到90%;\n")
    assert got[("3亿元以上新入库工业项目中高新产业占比", "总量")] == ("≥", 90.0, "%", None)
    assert "门槛" in listed("2024年工作要点\n3亿元以上新入库工业项目中高新产业占比达到90%。\n")["3亿元以上"]


def test_a_share_of_new_items_stays_new_when_new_is_its_own_verb():
    # the share rule needs "X中…占比": "新增高新技术企业300家" keeps its kind
    got = found("2024年工作要点\n全年新增高新技术企业300家，新入库科技型中小企业500家。\n")
    assert {k for _, k in got} == {"新增"}
