"""Reading rules from the blind batch final51 (round 20, towns; issue 9 §3): one test per rule, each
with sentences written for the test in the shape of the corpus sentence that taught it (other words,
numbers and places); the corpus plans themselves are read by the corpus tests."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed

PLAN = "2025年全镇工作要点\n一、主要目标\n"


def test_an_existing_firm_is_no_result_and_a_project_list_names_its_capacity():
    # 2024_xiangzhou_fangtan: "做大做强现有企业，……新增升规纳统工业企业5家以上" was a result (现有), and
    # "加快推进总投资10.1亿元的……年组装20万件机械配件、……年产1.5万吨预制菜等12个重点项目" were targets
    text = PLAN + (
        "加快推进总投资6.2亿元的某某年加工10万件汽车配件、某某年产2万吨饲料等9个重点项目。"
        "做大做强现有企业，盯准某某食品等15家企业开展“找订单”活动，新增升规纳统工业企业4家以上。\n"
    )
    assert found(text, 2025) == {("升规纳统工业企业", "新增"): ("≥", 4.0, "家", None)}
    assert {"6.2亿元", "10万件", "2万吨", "9个", "15家"} <= set(listed(text, 2025))


def test_a_paywall_line_and_a_base_are_no_targets(tmp_path):
    # 2024_chashan_news: "订阅后可查看全文(剩余80%)"; 2009_xinzhai_fangtan: "在1.7万亩的基础上，新发展……2000亩"
    from kjreport.plan import import_plan

    path = tmp_path / "镇.txt"
    path.write_text(
        "某镇2025年工作安排\n一、主要目标\n在1.2万亩的基础上，新发展高山蔬菜种植面积不少于1500亩，新发展珍稀菌15万袋以上。\n"
        "订阅后可查看全文(剩余80%)\n",
        encoding="utf-8",
    )
    r = import_plan(path, year=2025)
    assert {(t.indicator, t.value, t.unit) for t in r.targets} == {
        ("高山蔬菜种植面积", 1500.0, "亩"),
        ("珍稀菌", 15.0, "万袋"),
    }
    assert any("订阅后" in n.text for n in r.ignored)


def test_converting_results_is_a_verb_of_its_own():
    # 2021_guangxi_kejihui: "将新增高新技术企业450家以上，转化重大科技成果500项以上" read the second as 新增
    got = found(PLAN + "将新增高新技术企业60家以上，转化重大科技成果80项以上。\n", 2025)
    assert got[("转化重大科技成果", "总量")] == ("≥", 80.0, "项", None)


def test_firms_named_by_their_size_and_a_region_that_will_reach_a_count():
    # 2010_hongchou_news (繁體): "新增億元企業1家、5000萬元企業1家" read "企业 ≥5000万元"
    got = found(PLAN + "新增亿元企业2家、3000万元企业3家。\n", 2025)
    assert got == {
        ("亿元企业", "新增"): ("≥", 2.0, "家", None),
        ("3000万元企业", "新增"): ("≥", 3.0, "家", None),
    }
    # 2021_guangxi_kejihui: "广西将实现突破重大技术30项以上" was named "广西"
    assert list(found(PLAN + "某省将实现突破关键技术25项以上。\n", 2025)) == [("关键技术", "总量")]
