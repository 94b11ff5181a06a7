"""Summary headings follow GB/T 9704's levels 一、（一）1.（1） whatever the plan's own numbers
(QA Q20: a plan numbering its items 1. 2. … put two nested "1." in the summary)."""

from __future__ import annotations

import dataclasses

from kjreport.model import PlanNode
from kjreport.summary import write_summary
from tests.summary.docx_readback import body_text, headings
from tests.summary.report_factory import make_report


def _node(code, level, label, title, *children):
    return PlanNode(code=code, level=level, label=label, title=title, children=list(children))


def _plan() -> PlanNode:
    """A plan like 常德's: parts, sections, items numbered 1–4 straight through the sections, and
    a part whose items sit directly under it (no sections)."""
    return _node("总", "总", "", "", _node("一", "部分", "一、", "主要目标"), _node(
        "二", "部分", "二、", "重点任务",
        _node("二.1", "节", "（一）", "强化企业创新主体地位",
              _node("二.1.1", "条", "1.", "实施高新技术企业倍增行动"),
              _node("二.1.2", "条", "2.", "引导企业加大研发投入")),
        _node("二.2", "节", "（二）", "建设高能级创新平台",
              _node("二.2.1", "条", "3.", "新增创新平台"),
              _node("二.2.2", "条", "一是", "推进高新区创建"))),
        _node("三", "部分", "三、", "保障措施",
              _node("三.1", "条", "（1）", "加强组织领导"),
              _node("三.2", "条", "（2）", "强化考核督导")))


def test_levels_and_numbers(tmp_path):
    report = dataclasses.replace(make_report(), plan=_plan(), notes=[])
    out = write_summary(report, tmp_path / "总结.docx", charts=False)
    got = [(lvl, text) for lvl, text in headings(out)]
    assert got[:11] == [
        (1, "一、2011年工作完成情况"),
        (2, "（一）主要目标"),
        (2, "（二）重点任务"),
        (3, "1.强化企业创新主体地位"),
        (4, "（1）实施高新技术企业倍增行动"),
        (4, "（2）引导企业加大研发投入"),
        (3, "2.建设高能级创新平台"),
        (4, "（1）新增创新平台"),
        (2, "（三）保障措施"),
        (3, "1.加强组织领导"),  # items right under a part are the 1. level
        (3, "2.强化考核督导"),
    ]
    # a label in words stays, leading its paragraph instead of standing as a heading (prose8)
    assert any(line.startswith("一是推进高新区创建。") for line in body_text(out).splitlines())


def test_a_guiding_principles_part_without_content_is_left_out(tmp_path):
    # 宁国 2021: （一）基本思路 （二）目标任务 （三）主要措施 — the summary must not ask
    # departments for progress on the 基本思路 (QA round 2)
    plan = _node("总", "总", "", "",
                 _node("一", "部分", "（一）", "基本思路"),
                 _node("二", "部分", "（二）", "主要目标"),
                 _node("三", "部分", "（三）", "保障措施"))
    report = dataclasses.replace(make_report(), plan=plan, notes=[])
    out = write_summary(report, tmp_path / "总结.docx", charts=False)
    titles = [text for _, text in headings(out)]
    assert "（一）主要目标" in titles and "（二）保障措施" in titles
    assert not any("基本思路" in t for t in titles)
