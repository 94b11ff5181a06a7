"""Reading rules from the blind batch final11 (issue 9 §3): one test per rule, each from a real
text of the corpus (tests/plan/corpus, file named in the test) cut down to the rule."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed


def test_a_level_other_than_the_city_is_never_the_city_indicator():
    # 2015_guilin_fenjie: "自治区级工程技术研究中心(家) … 19" was read as 市级工程技术研究中心
    got = found(
        "2015年，力争自治区级工程技术研究中心达到19家，国家级工程技术研究中心达到3家，"
        "县级工程技术研究中心达到5家，新建工程技术研究中心5家。",
        2015,
    )
    assert got == {
        ("自治区级工程技术研究中心", "总量"): ("≥", 19, "家", None),
        ("国家级工程技术研究中心", "总量"): ("≥", 3, "家", None),
        ("县级工程技术研究中心", "总量"): ("≥", 5, "家", None),
        ("市级工程技术研究中心", "新增"): ("≥", 5, "家", None),
    }
    assert found("2015年，力争自治区级创新型试点企业达到10家。", 2015) == {
        ("自治区级创新型试点企业", "总量"): ("≥", 10, "家", None)
    }


def test_verbs_in_a_row_before_their_object_are_not_its_name():
    # 2015_guilin_fenjie: "引进、培育和推广应用农业优良品种(个)" was named "和推广应用农业优良品种"
    assert found("2015年，力争引进、培育和推广应用农业优良品种达到50个。", 2015) == {
        ("农业优良品种", "总量"): ("≥", 50, "个", None)
    }
    assert listed("2015年，力争引进、培育和推广应用农业优良品种达到50个。", 2015) == {}
