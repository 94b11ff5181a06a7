"""A .docx whose 一、/（一）/1. come from Word's list numbering, not from the text (issue 9)."""

from __future__ import annotations

from kjreport.plan import import_plan


def test_word_list_numbers_make_the_tree(make_docx, tmp_path):
    r = import_plan(make_docx.build_listnumbered(tmp_path / "南湖县2024年工作要点.docx"))
    assert [(n.code, n.label, n.title) for n in r.plan.walk()] == [
        ("总", "", "主要任务目标"),
        ("一", "一、", "培育创新主体"),
        ("一.1", "（一）", "高新技术企业培育"),
        ("一.1.1", "1.", "入库科技型中小企业200家以上"),
        ("一.2", "（二）", "建设创新平台"),
        ("一.2.1", "1.", "新建省级众创空间2-3家"),
        ("二", "二、", "优化创新生态"),
        ("二.1", "（一）", "财政科技支出增长10%以上"),
    ]
    got = {
        (t.indicator, t.kind): (t.comparison, t.value, t.unit, t.stretch, t.upper)
        for t in r.targets
    }
    assert got == {
        ("全社会R&D经费投入占GDP比重", "总量"): ("≥", 2.1, "%", 2.2, None),
        ("高新技术企业", "新增"): ("≥", 15.0, "家", None, None),
        ("高新技术企业", "总量"): ("≥", 120.0, "家", None, None),
        ("技术合同成交额", "总量"): ("≥", 6.0, "亿元", None, None),
        ("入库科技型中小企业", "总量"): ("≥", 200.0, "家", None, None),
        ("省级众创空间", "新增"): ("区间", 2.0, "家", None, 3.0),
        ("财政科技支出", "增速"): ("≥", 10.0, "%", None, None),
    }
    assert r.year == 2024 and r.unmapped == []
