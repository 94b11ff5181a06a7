"""Fits for the blind batches of round 52 (final134 华中与闽赣, final136 东北; its third collector
never started): each failed on its first run (d29c07e)."""

from __future__ import annotations

from pathlib import Path

from tests.plan.test_generalise import found, listed

CORPUS = Path(__file__).parent / "corpus"


def test_a_growth_left_out_after_one_stated():
    # 江西 2012 (final134): "生产总值增长10%,城镇居民人均可支配收入和农民人均纯收入12%,CPI控制在4%左右", and
    # the subheading "人均收入增长12%" below
    text = (
        "2012奔向幸福\n人均收入“跑赢”GDP\n"
        "生产总值增长10%,城镇居民人均可支配收入和农民人均纯收入12%,CPI控制在4%左右……政府工作报告中,2012年的一系列目标。\n"
        "人均收入增长12%\n增进福祉,经济增长更多惠及老百姓\n"
    )
    got = found(text, 2012)
    assert got[("城镇居民人均可支配收入", "增速")][1] == got[("农民人均纯收入", "增速")][1] == 12.0
    assert ("人均收入", "增速") not in got


def test_an_investment_named_by_what_it_builds():
    # 会同 2018 (final134): "投资8800万元建成“五小水利”和“小农水”工程" "投资1亿元实现美丽乡村全覆盖"
    text = "会同县2018年乡村振兴\n投资8800万元建成“五小水利”和“小农水”工程。投资1亿元实现美丽乡村全覆盖,让农村更加清洁。\n"
    names = [name for name, _ in found(text, 2018)]
    assert names == ["“五小水利”和“小农水”工程投资", "美丽乡村全覆盖投资"]


def test_kinds_cultivated_share_one_count_and_new_ones_joined_by_he():
    # 会同 2018 (final134): "新增农民专业合作社30家和家庭农场50家,培育省级龙头企业、示范家庭农场和示范农民专业合作社2家以上"
    text = "会同县2018年工作\n积极培育新型农业经营主体,新增农民专业合作社30家和家庭农场50家,培育省级龙头企业、示范家庭农场和示范农民专业合作社2家以上。\n"
    got = found(text, 2018)
    assert got[("家庭农场", "新增")][1] == 50.0
    assert {name for name, _ in got} >= {"省级龙头企业", "省级示范家庭农场", "省级示范农民专业合作社"}


def test_registered_and_successfully_applied_this_year_is_done():
    # 随州高新区 2020 (final134): a year-end report, "今年全区新注册家庭农场8家……,成功申报市级示范合作社1家……"
    text = (
        "随州高新区农业新兴业态实现新突破\n2020年,随州高新区农业局努力克服疫情带来的不利影响,新型农业经济快速发展。"
        "今年全区新注册家庭农场8家、农民合作社11家、养殖场7家,成功申报市级示范合作社1家、市级示范家庭农场1家,"
        "成功引进湖北原态农业发展有限公司落户高新区。\n"
    )
    assert not found(text, 2020)


def test_projects_new_and_continued_are_the_years_total():
    # 大庆高新区 2010 (final136): "今年大庆高新区计划新建续建2000万元以上各类项目71个"
    text = "大庆高新区2010年工作\n今年大庆高新区计划新建续建2000万元以上各类项目71个。\n"
    assert found(text, 2010) == {("新建续建2000万元以上各类项目", "总量"): ("≥", 71.0, "个", None)}


def test_the_size_of_each_between_a_count_and_its_name():
    # 黑龙江 2012 (final136): "打造100个1000平方米以上的城市示范社区和100个500平方米以上的农村示范社区"
    text = "黑龙江省2012年社区建设\n据了解,黑龙江省今年将打造100个1000平方米以上的城市示范社区和100个500平方米以上的农村示范社区。\n"
    assert sorted(name for name, _ in found(text, 2012)) == ["农村示范社区", "城市示范社区"]
    assert "所建每一处的规模" in listed(text, 2012)["500平方米以上"]


def test_this_years_first_half_opens_a_report_of_progress():
    # 齐齐哈尔 2012 (final136): a half-year report, "今年上半年,……项目加快推进,……。全市旅游业接待游客增长20%,
    # 旅游总收入增长20.3%。……11个省级百强试点小城镇65个项目大部分开工。棚户区改造开工建设32.7万平方米……"
    assert not found((CORPUS / "2012_qiqihar_news.txt").read_text(encoding="utf-8"), 2012)


def test_where_the_work_is_done_and_a_projects_phase_are_no_counts():
    # 哈西 2016 (final136): "依托网格化管理,在3个社区安装监控器60个"; "金域蓝城三期商住小区"
    text = "哈西街道2016年工作\n依托网格化管理,在3个社区安装监控器60个,确保地区发案率年内降低3%。\n"
    got = found(text, 2016)
    assert sorted(v[1] for v in got.values()) == [3.0, 60.0] and all(v[2] != "个" or v[1] == 60.0 for v in got.values())
    assert "实施的范围" in listed(text, 2016)["3个"]
    assert not found("哈西街道2016年工作\n加速推进金域蓝城三期商住小区建设,力争提前竣工。\n", 2016)


def test_an_amount_in_words_held_at_a_level():
    # 铁锋 2025 (final136): "经开区营收稳定在百亿元以上"
    assert found("铁锋区2025年工作\n力争经开区营收稳定在百亿元以上。\n", 2025) == {
        ("经开区营收", "总量"): ("≥", 100.0, "亿元", None)
    }
