"""Rules of round 27 (the lead's, before this round's blind batches were read)."""

from __future__ import annotations

from pathlib import Path

from tests.plan.test_generalise import found

CORPUS = Path(__file__).parent / "corpus"


def test_a_level_before_two_organisations_joined_by_he_is_both_of_theirs():
    # left alone in round 26: "省级以上重点实验室和工程技术研究中心各1家" gave the second the
    # built-in 市级工程技术研究中心, and "，省级以上工程技术研究中心2家" lost the list's 新增
    got = found("某市科技局2025年工作要点\n全年新增省级以上重点实验室和工程技术研究中心各1家。\n", 2025)
    assert got == {
        ("省级以上重点实验室", "新增"): ("≥", 1.0, "家", None),
        ("省级工程技术研究中心", "新增"): ("≥", 1.0, "家", None),
    }, got
    got = found("某市科技局2025年工作要点\n新增省级以上重点实验室1家，省级以上工程技术研究中心2家。\n", 2025)
    assert got.get(("省级工程技术研究中心", "新增")) == ("≥", 2.0, "家", None), got


def test_a_level_is_not_given_to_organisations_that_name_their_own():
    got = found("某市科技局2025年工作要点\n新增国家级孵化器和省级众创空间各1家。\n", 2025)
    assert ("国家级众创空间", "新增") not in got, got
    got = found("某市科技局2025年工作要点\n新增国家级孵化器、众创空间各1家。\n", 2025)
    assert set(got) == {("国家级孵化器", "新增"), ("国家级众创空间", "新增")}, got


def test_a_sentence_opened_by_the_plans_year_after_last_years_results_plans():
    # 鄂州 2023 (corpus, final-batch text) with its paragraph breaks lost, as plan_robustness's
    # one_paragraph rewrite writes it: the year's targets follow last year's results in one paragraph
    lines = (CORPUS / "2023_ezhou_baogao.txt").read_text("utf-8").splitlines()
    got = found(lines[0] + "\n" + "".join(lines[1:]) + "\n", 2023)
    assert {k: v[1] for k, v in got.items()} == {
        ("高新技术产业增加值", "增速"): 12.0,
        ("科技型中小企业入库", "总量"): 600.0,
        ("高新技术企业", "总量"): 260.0,
        ("创新型中小企业", "新增"): 30.0,
        ("技术合同成交金额", "总量"): 50.0,
    }, got


def test_a_sentence_of_the_plans_year_that_reports_stays_a_result():
    # the same turn with a report's words is last year's result told again, or this year's so far
    text = (
        "某市科技工作总结\n"
        "2022年，全市高新技术企业达225家、增长39.8%。2023年，全市继续推进创新，高新技术企业已达到260家，同比增长15%。\n"
    )
    assert found(text, 2023) == {}


def test_a_goal_anchored_with_a_dash_is_kept_in_a_paragraph_of_results():
    # 长春净月高新区 2023 (one_paragraph): "一年来……交出了一份……答卷。……2023年，净月高新区锚定新目标——
    # 地区生产总值增长7.2%"
    text = (
        "净月高新区召开2023年工作会议\n"
        "一年来，净月高新区交出了一份精彩的高质量发展答卷，地区生产总值实现432.6亿元，建筑业完成151.6亿元，较去年增长21.8%。"
        "2023年，净月高新区锚定新目标——地区生产总值增长7.2%，固定资产投资增长5%。\n"
    )
    got = found(text, 2023)
    assert got == {
        ("地区生产总值", "增速"): ("≥", 7.2, "%", None),
        ("固定资产投资", "增速"): ("≥", 5.0, "%", None),
    }, got


def test_a_paragraph_that_names_its_main_goals_goes_on_with_them_after_a_completion_lead():
    # 贵阳 2021 (corpus) with plan_robustness's completion_lead line after its first paragraph:
    # three completions weighed the text a report, and "今后五年…的主要目标是：…" no longer
    # turned its paragraph to the plans
    lines = (CORPUS / "2021_guiyang_baogao.txt").read_text("utf-8").splitlines()
    lead = (
        "全市发明专利申请量1350件，超额完成17%；新申报高新技术企业89家，完成省科技厅下达任务的124%，"
        "共登记技术合同交易额23.9亿元，超额完成33%。"
    )
    got = found("\n".join([lines[0], lead, *lines[1:]]) + "\n", 2021)
    assert got.get(("全社会R&D经费投入占GDP比重", "总量"), (None, None))[1] == 2.2, got
    assert got.get(("科技进步贡献率", "总量"), (None, None))[1] == 65, got
    assert len(got) == 10, got


def test_a_report_that_sets_out_a_blueprint_goes_on_with_its_goals():
    # 福州 2026 (corpus) after the completion_lead line: "报告明确了今后五年福州发展蓝图：地区生产总值
    # 增速保持7.6%左右、……" was read as a report's results
    lines = (CORPUS / "2026_fuzhou_news.txt").read_text("utf-8").splitlines()
    lead = "全市发明专利申请量1350件，超额完成17%；新申报高新技术企业89家，完成省科技厅下达任务的124%。"
    got = found("\n".join([lines[0], lead, *lines[1:]]) + "\n", 2026)
    assert got.get(("地区生产总值", "增速"), (None, None))[:2] == ("≈", 7.6), got
    assert len(got) == 21, got


def test_these_two_indicators_are_the_two_named_before():
    # left alone in round 26: "这两项指标分别比上年增长10%和15%" was a growth named 「这两项指标分别」
    # and 15% a stock of 高新技术企业
    text = "某市科技局2025年工作要点\n今年全市将新培育高新技术企业300家、科技型中小企业30家，这两项指标分别比上年增长10%和15%。\n"
    got = found(text, 2025)
    assert got == {
        ("高新技术企业", "新增"): ("≥", 300.0, "家", None),
        ("科技型中小企业", "新增"): ("≥", 30.0, "家", None),
        ("高新技术企业", "增速"): ("≥", 10.0, "%", None),
        ("科技型中小企业", "增速"): ("≥", 15.0, "%", None),
    }, got
    text = "某市科技局2025年工作要点\n新增发明专利授权800件、技术合同成交额20亿元，上述两项指标分别增长12%、15%。\n"
    got = found(text, 2025)
    assert got.get(("发明专利授权", "增速"), (None, None))[1] == 12 and got.get(("技术合同成交额", "增速"), (None, None))[1] == 15, got
