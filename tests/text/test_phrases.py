"""The text layer's phrases, over every status and every sign."""

from __future__ import annotations

import datetime as dt
import math
import re

import pytest

from kjreport import text as tx

ASCII_WORD = re.compile(r"[A-Za-z]+")


def clean(phrase: str) -> str:
    """Assert a phrase has no Python leftovers or English and return it."""
    assert "None" not in phrase and "nan" not in phrase.lower()
    assert not ASCII_WORD.search(phrase), phrase
    return phrase


@pytest.mark.parametrize(
    ("value", "note", "expected"),
    [
        (15.01, "", "同比增长15.0%"),
        (250.0, "", "是上年的3.5倍"),
        (-3.24, "", "同比下降3.2%"),
        (0.04, "", "与上年持平"),
        (-0.04, "", "与上年持平"),
        (None, "", "与上年不可比"),
        (math.nan, "上年数按新口径调整", "与上年不可比（上年数按新口径调整）"),
        (None, "上年基数为零，不可比", "上年基数为零，不可比"),
        (12.0, "上年数按新口径调整", "同比增长12.0%（上年数按新口径调整）"),
    ],
)
def test_yoy_every_sign(value, note, expected):
    assert clean(tx.yoy(value, note)) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1.36, "比上年提高1.4个百分点"),
        (-0.3, "比上年降低0.3个百分点"),
        (0.0, "与上年持平"),
        (0.046, "比上年提高0.05个百分点"),
        (-0.004, "与上年持平"),
    ],
)
def test_change_pp_every_sign(value, expected):
    assert clean(tx.change_pp(value)) == expected


def test_change_pp_missing_is_marked():
    assert tx.MISSING in clean(tx.change_pp(None))


def test_completion():
    assert tx.completion(101.456) == "完成年度目标的101.5%"
    assert tx.completion(None) == f"完成年度目标的{tx.MISSING}"


@pytest.mark.parametrize(
    ("status", "gap", "unit", "note", "expected"),
    [
        ("超额完成", 12, "亿元", "", "超额完成"),
        ("完成", 0, "项", "", "完成"),
        ("基本完成", -0.6, "亿元", "", "基本完成（尚差0.6亿元）"),
        ("基本完成", -0.036, "%", "", "基本完成（尚差0.04个百分点）"),
        ("未完成", -5, "项", "", "未完成（尚差5项）"),
        ("未完成", -70, "亿元", "", "未完成（尚差70亿元）"),
        ("未完成", -0.5, "%", "", "未完成（尚差0.5个百分点）"),
        ("不可比", None, "名", "口径调整", "不可比（口径调整）"),
        ("不可比", None, "名", "", "不可比"),
        ("无数据", None, "项", "台账为空", "无数据（台账为空）"),
        ("无目标", None, "亿元", "", "无年度目标"),
    ],
)
def test_status_every_status(status, gap, unit, note, expected):
    assert clean(tx.status(status, gap, unit, note)) == expected


@pytest.mark.parametrize("status", tx.STATUSES)
@pytest.mark.parametrize("gap", [None, -5.0, 0.0, 3.0, math.nan])
def test_every_status_phrase_is_clean(status, gap):
    clean(tx.status(status, gap, "项", "说明"))
    clean(tx.target_phrase(status, gap, "项", "说明"))


def test_target_phrases():
    assert tx.target_phrase("超额完成") == "超额完成年度目标任务"
    assert tx.target_phrase("未完成", -5, "项") == "未完成年度目标任务，尚差5项"
    assert tx.target_phrase("不可比", note="口径调整").endswith("不可比（口径调整）")
    assert tx.target_phrase("无目标") == ""


@pytest.mark.parametrize(
    ("gap", "expected"),
    [
        (0.6, "超过年度目标0.6个百分点"),
        (-0.036, "低于年度目标0.04个百分点"),
        (0.0, "与年度目标持平"),
        (None, f"与年度目标相比{tx.MISSING}"),
    ],
)
def test_percent_target(gap, expected):
    assert tx.percent_target(gap) == expected


def test_rank():
    assert tx.rank(1) == "居全市第1位"
    assert tx.rank(3, "全省") == "居全省第3位"
    assert tx.rank(10, "全市", 10) == "居全市末位"
    assert tx.MISSING in tx.rank(None)


@pytest.mark.parametrize(
    ("ahead", "expected"),
    [(3.2, "超序时进度3.2个百分点"), (-5.0, "慢于序时进度5.0个百分点"), (0.01, "与序时进度持平")],
)
def test_time_progress(ahead, expected):
    assert tx.time_progress(ahead) == expected


def test_dates_have_no_padding_zeros():
    assert tx.cn_date(dt.date(2011, 12, 20)) == "2011年12月20日"
    assert tx.cn_date(dt.date(2012, 1, 5)) == "2012年1月5日"
    assert tx.MISSING in tx.cn_date(None)


@pytest.mark.parametrize(
    ("n", "word"), [(1, "一是"), (2, "二是"), (10, "十是"), (12, "十二是"), (21, "二十一是")]
)
def test_ordinal(n, word):
    assert tx.ordinal(n) == word


def test_join_list():
    assert tx.join_list(["甲", "乙", "丙"]) == "甲、乙和丙"
    assert tx.join_list(["甲"]) == "甲"
    assert tx.join_list([]) == ""


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("口径调整", "（口径调整）"),
        ("按新口径统计（含柔性引进专家），与目标不一致", "（按新口径统计，含柔性引进专家，与目标不一致）"),
        ("新口径（含专家）统计", "（新口径，含专家，统计）"),
        ("", ""),
    ],
)
def test_aside_never_nests_parentheses(note, expected):
    from kjreport.text import aside

    assert aside(note) == expected
    assert tx_status_not_nested(note)


def tx_status_not_nested(note: str) -> bool:
    from kjreport.text import status, yoy

    for text in (status("不可比", note=note), yoy(None, note)):
        if text.count("（") > 1:
            return False
    return True


# prose10: a bureau names last year as the base once in a paragraph. 宁波市 2012 (real corpus):
# "分别比上年增长54.78%和58.46%，其中授权发明专利2065件，增长27.07%"; 蚌埠市 2018: "全社会研发经费
# 投入强度达2.39%，提高0.28个百分点"
@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        ("产值812亿元，同比增长15.0%。投入9.4亿元，同比增长19.0%。", False,
         "产值812亿元，同比增长15.0%。投入9.4亿元，增长19.0%。"),
        ("项目20项，同比下降13.0%", True, "项目20项，下降13.0%"),
        ("比重27.1%，比上年提高1.4个百分点。企业达到158家，同比增长16.2%", False,
         "比重27.1%，比上年提高1.4个百分点。企业达到158家，增长16.2%"),
        ("比重5.30%，比上年降低0.02个百分点", True, "比重5.30%，降低0.02个百分点"),
        # "同比分别增长" keeps its base after "分别为"; a count's difference keeps "比上年"
        ("分别为30家和32家，同比分别增长25.0%和18.5%", True, "分别为30家和32家，同比分别增长25.0%和18.5%"),
        ("院士达到7名，比上年增加1名", True, "院士达到7名，比上年增加1名"),
        # not a change of last year: left alone
        ("增速比上年加快，与上年持平", True, "增速比上年加快，与上年持平"),
    ],
)
def test_yoy_once_names_the_base_once(text, said, expected):
    out, now_said = tx.yoy_once(text, said)
    assert out == expected
    assert now_said or not said and out == text


# prose10: "达到" was the summary's commonest verb (7 per 1000 characters; real summaries 1.1, and "达"
# as often: 蚌埠 2018 "全市高新技术企业数达268家", 商丘 2016 "奖励金额达 860 万元")
def test_reach_once_says_da_dao_once_then_da():
    text = "省级创新型试点企业达到16家。创新型企业R&D经费占销售收入比重达到5.30%，分别达到6项和11项。"
    out, said = tx.reach_once(text)
    assert out == "省级创新型试点企业达到16家。创新型企业R&D经费占销售收入比重达5.30%，分别达6项和11项。"
    assert said
    assert tx.reach_once("培训农民达到", True) == ("培训农民达", True)  # a draft marks the number apart
    # not a figure: left alone
    assert tx.reach_once("达到年度目标4%左右的要求", True)[0] == "达到年度目标4%左右的要求"


def test_a_count_per_head_changes_at_its_own_decimals():
    # qa13 F1: 每万人口有效发明专利拥有量 0.86件 against 0.72件 grew; it is not 与上年持平
    from kjreport.text.phrases import count_change

    assert count_change(0.86, 0.72, "件") == "比上年增加0.14件"
    assert count_change(2.1, 2.0, "件") == "比上年增加0.1件"
    assert count_change(0.5, 0.5, "件") == "与上年持平"
    assert count_change(5, 5, "家") == "与上年持平"
    assert count_change(4, 6, "家") == "比上年减少2家"


@pytest.mark.parametrize(
    ("note", "figure", "expected"),
    [
        ("组织申报146项，列入省级以上科技计划38项", "38项", True),
        ("培训农民32.6万人次。", "32.6万人次", True),
        ("列入计划138项", "38项", False),  # inside a longer number
        ("人均2.38项", "38项", False),
        ("列入计划38个", "38项", False),  # another measure word: another count
        ("", "38项", False),
        ("列入计划38项", "【待补充】", False),
    ],
)
def test_states_finds_a_figure_a_note_already_gives(note, figure, expected):
    """prose14: the indicator sentence is left out after the first of an item when the
    department's note beside it gives the same figure."""
    assert tx.states(note, figure) is expected


def test_cjk_brackets_makes_brackets_around_chinese_full_width():
    """qa14b F4: 「(实验室)」 → 「（实验室）」; a formula's brackets and a bare (1) are left alone."""
    from kjreport.text.brackets import cjk_brackets

    assert cjk_brackets("新增市级技术创新中心(实验室)4家") == "新增市级技术创新中心（实验室）4家"
    assert cjk_brackets("R&D经费(亿元)、专利(含PCT)") == "R&D经费（亿元）、专利（含PCT）"
    assert cjk_brackets("E = (y − αk − βl) ÷ y") == "E = (y − αk − βl) ÷ y"
    assert cjk_brackets("(1)（已有）") == "(1)（已有）"


def test_a_note_loses_only_the_sentences_whose_figures_are_all_said():
    from kjreport.text import unsaid

    said = "新增高新技术企业36家，入库备案国家科技型中小企业达452家。全年实现技术合同交易登记额7.12亿元，增长21.5%。"
    note = ("出台《规划》。新认定国家高新技术企业36家，入库备案国家科技型中小企业452家。"
            "转化重大科技成果26个，技术合同交易登记额7.12亿元；认定新型研发机构3家。")
    # 26个 is new: its sentence stays whole; a sentence without figures stays
    assert unsaid(note, said) == "出台《规划》。转化重大科技成果26个，技术合同交易登记额7.12亿元；认定新型研发机构3家。"
    assert unsaid("技术合同交易登记额7.12亿元，增长21.5%。", said) == ""
    assert unsaid("新增高新技术企业136家。", said) == "新增高新技术企业136家。"  # 136家 is not 36家
    assert unsaid("新增6家。", said) == "新增6家。" and unsaid("新增2.12亿元。", said) == "新增2.12亿元。"  # nor 36家, 7.12亿元
    assert unsaid("", said) == "" and unsaid("没有数字的一句", said) == "没有数字的一句"
