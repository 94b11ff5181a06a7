"""Other plans of the same genre: numbering styles, encodings, bullets, 万元, .docx headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from kjreport.plan import import_plan

FIXTURES = Path(__file__).parent / "fixtures"


def tree(result):
    return [(n.code, n.level, n.label, n.title) for n in result.plan.walk()]


def targets(result, kind="总量"):
    return {
        t.indicator: (t.value, t.unit, t.comparison, t.plan_items)
        for t in result.targets
        if t.kind == kind
    }


def others(result):
    """Targets that are not year-end totals: {(indicator, kind): (value, unit, comparison)}."""
    return {
        (t.indicator, t.kind): (t.value, t.unit, t.comparison)
        for t in result.targets
        if t.kind != "总量"
    }


def test_qinghe_2012_gbk_dot_items_fullwidth_digits_and_wanyuan():
    r = import_plan(FIXTURES / "清河市2012年科技工作要点_gbk.txt")
    assert r.title == "清河市科学技术局2012年工作要点" and r.year == 2012
    assert tree(r) == [
        ("总", "总", "", "主要任务目标"),
        ("一", "部分", "一、", "加快培育战略性新兴产业"),
        ("一.1", "条", "1.", "做大做强骨干企业"),
        ("一.2", "条", "2.", "推进园区建设"),
        ("二", "部分", "二、", "提升自主创新能力"),
        ("二.1", "节", "（一）", "实施科技重大专项"),
        ("二.1.1", "条", "1.", "突出重点领域"),
        ("二.1.2", "条", "2.", "加强项目争取"),
        ("二.2", "节", "（二）", "建设创新平台"),
        ("二.2.1", "条", "1.", "建设工程技术研究中心"),
        ("二.2.2", "条", "2.", "建设院士工作站和产业联盟"),
        ("三", "部分", "三、", "强化科技服务三农"),
        ("三.1", "条", "1.", "深化科技特派员工作"),
        ("三.2", "条", "2.", "建设农业科技示范园区"),
        ("四", "部分", "四、", "加大科技投入"),
        ("四.1", "条", "1.", "引导企业加大研发投入"),
        ("四.2", "条", "2.", "用好财政科技资金"),
    ]
    assert targets(r) == {
        "高新技术产业产值": (1050.0, "亿元", "≥", ("总",)),
        "高新技术产业产值占规模以上工业总产值比重": (28.0, "%", "≥", ("总",)),
        # the zone's own output, a part of the city's (round 20: no longer a conflict with 1050亿元)
        "高新区高新技术产业产值": (600.0, "亿元", "≥", ("一.2",)),
        "全社会R&D经费投入": (15.0, "亿元", "≥", ("总",)),
        "全社会R&D经费投入占GDP比重": (1.2, "%", "≥", ("总",)),
        "高新技术企业": (210.0, "家", "≥", ("总",)),
        "科技进步贡献率": (52.0, "%", "≥", ("总",)),
        "重点企业产值": (520.0, "亿元", "≥", ("一.1",)),
        "重点企业产值占高新技术产业产值比重": (50.0, "%", "≥", ("一.1",)),
        "技术创新提升工程重大专项": (12.0, "项", "≥", ("二.1.1",)),
        "列入国家和省科技重大专项": (5.0, "项", "≥", ("二.1.1",)),
        "省级以上科技计划项目": (40.0, "项", "≥", ("二.1.2",)),
        "重要科技成果": (120.0, "项", "≥", ("二.1.2",)),
        "市级工程技术研究中心": (36.0, "家", "≥", ("二.2.1",)),
        "省级工程技术研究中心": (7.0, "家", "≥", ("二.2.1",)),
        "院士工作站": (3.0, "个", "≥", ("二.2.2",)),
        "产业技术创新战略联盟": (5.0, "家", "≥", ("二.2.2",)),
        "科技特派员": (1500.0, "人", "≥", ("三.1",)),
        "利益共同体": (600.0, "个", "≥", ("三.1",)),
        "培训农民": (35.0, "万人次", "≥", ("三.1",)),
        "农业科技示范园区": (12.0, "处", "≥", ("三.2",)),
        "企业R&D经费投入": (13.0, "亿元", "≥", ("四.1",)),
        "创新型企业R&D经费占销售收入比重": (5.0, "%", "≥", ("四.1",)),
    }
    # "（1）" under a "1." item is text of that item, not a new node
    assert "（2）加快孵化器建设" in r.node("一.2").text
    # increments and growth rates are targets of their kind (issue 9: no longer "unmapped")
    assert others(r) == {
        ("孵化面积", "新增"): (10.0, "万平方米", "≥"),
        ("市级工程技术研究中心", "新增"): (8.0, "家", "≥"),  # 其中新建8家
        ("省级农业科技园区", "新增"): (1.0, "处", "≥"),
        ("市本级财政科技拨款", "增速"): (20.0, "%", "≥"),
    }
    assert r.unmapped == []
    # 高新区 600亿元 is the zone's part of the city's 1050亿元, a target of its own, no conflict
    assert not any("1050" in n and "600" in n for n in r.notes)
    assert any("130000万元" in n and "13亿元" in n for n in r.notes)
    assert r.unplaced == []


def test_beihu_2012_utf8_bom_bullets_le_and_numbering_gap():
    r = import_plan(FIXTURES / "北湖市2012年科技工作意见_utf8bom.txt")
    assert r.title == "北湖市科技局2012年工作意见" and r.year == 2012
    assert [c for c, *_ in tree(r)] == [
        "总",
        "一",
        "一.1",
        "一.1.1",
        "一.1.2",
        "一.2",
        "一.2.1",
        "一.2.2",
        "一.2.3",
        "二",
        "二.1",
        "二.2",
        "三",
    ]
    assert r.node("一.1").label == "（一）"  # ASCII "(一)" in the source
    assert r.node("一.2.3").label == "四是"  # the plan's own label is kept
    assert r.node("二.2").title == "建设农业科技示范园区"  # second item on the same line
    # "——" bullets are the 主要目标 text
    assert (
        r.node("总").text.splitlines()[1]
        == "高新技术产业产值达到600亿元，占规模以上工业总产值的比重提高到30%；"
    )
    assert targets(r) == {
        "高新技术产业产值": (600.0, "亿元", "≥", ("总",)),
        "高新技术产业产值占规模以上工业总产值比重": (30.0, "%", "≥", ("总",)),
        "全社会R&D经费投入": (8.0, "亿元", "≥", ("总",)),
        "全社会R&D经费投入占GDP比重": (1.5, "%", "≥", ("总",)),
        "省级以上科技计划项目": (30.0, "项", "≥", ("总",)),
        "重要科技成果": (80.0, "项", "≥", ("总",)),
        "科技特派员": (900.0, "人", "≥", ("总", "二.1")),  # topic: the item on 科技特派员
        "培训农民": (20.0, "万人次", "≥", ("总",)),
        "市级创新型试点企业": (80.0, "家", "≥", ("一.1.1",)),
        "省级创新型试点企业": (12.0, "家", "≥", ("一.1.1",)),
        "产学研合作企业": (40.0, "家", "≥", ("一.2.1",)),
        "来市指导院士": (5.0, "名", "≥", ("一.2.2",)),
        "来市指导专家": (50.0, "名", "≥", ("一.2.2",)),
        "院士工作站": (3.0, "个", "≥", ("一.2.3",)),
        "利益共同体": (500.0, "个", "≤", ("二.1",)),  # 控制在…以内
        "农业科技示范园区": (8.0, "处", "≥", ("二.2",)),
        # reported indicators, named from the text (issue 9: no longer "unmapped")
        "专利申请量": (1500.0, "件", "≥", ("总",)),
        "发明专利": (300.0, "件", "≥", ("总",)),
    }
    assert others(r) == {
        ("高新技术企业", "新增"): (20.0, "家", "≥"),
        ("财政科技投入", "增速"): (20.0, "%", "≥"),
    }
    assert r.unmapped == []
    assert [(n.line, "四是" in n.text) for n in r.unplaced] == [(16, True)]
    assert [n.line for n in r.ignored] == [2, 21, 22, 23]  # 来源, 署名, 日期, 上一篇


def test_nanshan_2013_gb18030_wanyuan_renci_and_web_junk():
    r = import_plan(FIXTURES / "南山市2013年科技工作意见_gb18030.txt")
    assert r.year == 2013
    assert tree(r) == [
        ("总", "总", "", "主要任务目标"),
        ("一", "部分", "一、", "大力发展高新技术产业"),
        ("一.1", "条", "一是", "壮大骨干企业"),
        ("一.2", "条", "二是", "培育科技型企业"),
        ("二", "部分", "二、", "加强科技创新平台建设"),
        ("二.1", "节", "（一）", "工程技术研究中心建设"),
        ("二.2", "节", "（二）", "产业技术创新战略联盟建设"),
        ("三", "部分", "三、", "推进农业农村科技工作"),
        ("三.1", "条", "一是", "做好科技特派员工作"),
        ("三.2", "条", "二是", "加强农民科技培训"),
        ("四", "部分", "四、", "强化科技投入和服务"),
        ("四.1", "条", "一是", "引导企业加大研发投入"),
        ("四.2", "条", "二是", "提升服务水平"),
    ]
    got = targets(r)
    assert got["全社会R&D经费投入"] == (6.5, "亿元", "≥", ("总",))  # 65000万元
    assert got["企业R&D经费投入"] == (5.2, "亿元", "≥", ("四.1",))  # 52000万元
    assert got["培训农民"] == (1.5, "万人次", "≥", ("三.2",))  # 15000人次
    assert got["高新技术产业产值占规模以上工业总产值比重"] == (22.5, "%", "≥", ("总",))  # ２２.５％
    assert got["科技特派员"] == (800.0, "人", "≥", ("三.1",))  # 800名 → the indicator's unit
    assert got["农业科技示范园区"] == (5.0, "处", "≥", ("三.2",))  # "——" bullet inside an item
    assert got["利益共同体"] == (200.0, "个", "≥", ("三.2",))
    assert got["重点企业产值占高新技术产业产值比重"] == (45.0, "%", "≥", ("一.1",))
    assert len(got) == 17
    assert r.unmapped == [] and r.unplaced == []
    assert [n.line for n in r.ignored] == [2, 3, 19]


def test_dongshan_2013_docx_with_heading_styles(make_docx, tmp_path):
    r = import_plan(make_docx.build_labelled(tmp_path / "东山市2013年工作意见.docx"))
    assert r.unit_word == "段" and r.year == 2013
    assert tree(r) == [
        ("总", "总", "", "主要任务目标"),
        ("一", "部分", "一、", "实施创新驱动，壮大高新技术产业"),
        ("一.1", "节", "（一）", "抓好重大科技项目"),
        ("一.1.1", "条", "（1）", "实施技术创新提升工程"),
        ("一.1.2", "条", "（2）", "争取上级科技计划"),
        ("一.2", "节", "（二）", "加快创新平台建设"),
        ("一.2.1", "条", "（1）", "建设工程技术研究中心"),
        ("一.2.2", "条", "（2）", "建设院士工作站"),
        ("二", "部分", "二、", "推进农业科技创新"),
        ("二.1", "条", "（1）", "做好科技特派员工作"),
        ("二.2", "条", "（2）", "建设示范园区"),
    ]
    assert targets(r) == {
        "高新技术产业产值": (450.0, "亿元", "≥", ("总",)),
        "高新技术产业产值占规模以上工业总产值比重": (25.0, "%", "≥", ("总",)),
        "全社会R&D经费投入": (9.0, "亿元", "≥", ("总",)),
        "高新技术企业": (120.0, "家", "≥", ("总",)),
        "技术创新提升工程重大专项": (8.0, "项", "≥", ("一.1.1",)),
        "省级以上科技计划项目": (25.0, "项", "≥", ("一.1.2",)),
        "市级工程技术研究中心": (20.0, "家", "≥", ("一.2.1",)),
        "院士工作站": (2.0, "个", "≥", ("一.2.2",)),
        "科技特派员": (600.0, "人", "≥", ("二.1",)),
        "培训农民": (10.0, "万人次", "≥", ("二.1",)),
        "农业科技示范园区": (6.0, "处", "≥", ("二.2",)),
    }
    assert [n.text for n in r.ignored] == ["东山市科学技术局", "2013年1月8日"]


def test_xijiang_2012_docx_headings_numbered_by_word(make_docx, tmp_path):
    r = import_plan(make_docx.build_autonumbered(tmp_path / "西江市2012年工作要点.docx"))
    assert tree(r) == [
        ("总", "总", "", "主要任务目标"),
        ("一", "部分", "一、", "强化企业创新主体地位"),
        ("一.1", "节", "（一）", "培育创新型企业"),
        ("一.1.1", "条", "一是", "开展试点"),
        ("一.1.2", "条", "二是", "加大研发投入"),
        ("一.2", "节", "（二）", "推进产学研合作"),
        ("二", "部分", "二、", "加强科技管理"),
        ("二.1", "条", "一是", "加强项目管理"),
    ]
    assert targets(r) == {
        "高新技术产业产值": (300.0, "亿元", "≥", ("总",)),
        "科技进步贡献率": (49.0, "%", "≥", ("总",)),
        "创新型企业": (12.0, "家", "≥", ("一.1.1",)),
        "企业R&D经费投入": (4.0, "亿元", "≥", ("一.1.2",)),
        "产学研合作企业": (30.0, "家", "≥", ("一.2",)),
        "省级以上科技计划项目": (15.0, "项", "≥", ("二.1",)),
    }


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_every_common_encoding_gives_the_same_plan(tmp_path, encoding):
    text = (FIXTURES / "北湖市2012年科技工作意见_utf8bom.txt").read_text("utf-8-sig")
    path = tmp_path / f"plan-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    reference = import_plan(FIXTURES / "北湖市2012年科技工作意见_utf8bom.txt")
    r = import_plan(path)
    assert tree(r) == tree(reference) and targets(r) == targets(reference)
