"""Reading rules from the blind batch final24 (issue 9 §3): one test per rule, each from a real text
of the corpus (tests/plan/corpus, file named in the test) cut down to the rule."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse


# 2016_chengdu_news: 新增 does not carry over a comma to a clause with a verb of its own
def test_a_verb_of_its_own_after_a_comma_ends_the_new_of_the_previous_target():
    text = (
        "成都市2016年科技工作安排\n"
        "成都将支持创新型骨干企业积极承担国家、省、市重大科技项目,设立境外研发平台,参与国际科研活动,"
        "全年新增国家级创新平台5家以上,实施国家重大科技计划项目30个以上。\n"
    )
    got = found(text, 2016)
    assert got[("国家级创新平台", "新增")][:3] == ("≥", 5.0, "家")
    assert got[("国家重大科技计划项目", "总量")][:3] == ("≥", 30.0, "个")
    assert ("国家重大科技计划项目", "新增") not in got


# 2017_jiangning_news: what is to be strengthened already exists; its count is no target
def test_the_count_of_existing_bases_to_strengthen_is_not_a_target():
    text = (
        "江宁:深化创新驱动 壮大实体经济\n"
        "下半年全区将加紧建设15万平方米人才安居房、新增10家智能工厂,并做大做强8个国家级特色产业基地。\n"
        "主攻突破高端制造,做大做强包括两大千亿级产业在内的8个国家级特色产业基地。\n"
    )
    got = found(text, 2017)
    assert not any(unit == "个" for _, _, unit, _ in got.values())
    assert "范围" in listed(text, 2017)["8个"]
    assert got[("智能工厂", "新增")][:3] == ("≥", 10.0, "家")


# 2019_jiangning_fangtan: "这两项目标" raised with 力争 gives the stretch values of the two before
FANGTAN = (
    "严应骏:我们将重点做好三个方面的工作:一是更加注重创新名城核心区的建设,区人代会时我们通过了"
    "全年新增高新技术企业200家、新型研发机构20家的目标,力争将这两项目标提升至300家和30家; "
    "二是更加注重壮大实体经济。\n"
)


def test_two_targets_raised_together_take_their_stretch_values_in_order():
    targets = {t.indicator: t for t in parse("江宁区区长访谈\n" + FANGTAN, 2019).targets}
    assert set(targets) == {"高新技术企业", "新型研发机构"}
    assert (targets["高新技术企业"].value, targets["高新技术企业"].stretch) == (200.0, 300.0)
    assert (targets["新型研发机构"].value, targets["新型研发机构"].stretch) == (20.0, 30.0)


def test_targets_raised_together_read_the_same_with_fenbie_and_a_comma():
    # the same sentence written with 分别 and a 顿号 between the raised values
    text = "江宁区区长访谈\n" + FANGTAN.replace("提升至300家和30家", "分别提升至300家、30家")
    targets = {t.indicator: t for t in parse(text, 2019).targets}
    assert (targets["高新技术企业"].stretch, targets["新型研发机构"].stretch) == (300.0, 30.0)
    assert len(targets) == 2


def test_the_level_after_a_rise_in_points_with_a_comma():
    text = CIXI.replace("提升0.1个百分点、达3.69%", "提升0.1个百分点，达到3.69%")
    assert found(text, 2025)[("R&D经费投入强度", "总量")][:3] == ("≥", 3.69, "%")


def test_a_money_indicator_after_in_a_field_is_not_a_place():
    # "在实体经济发展方面" no longer makes 内资 a county of a breakdown
    text = (
        "江宁区区长访谈\n"
        "在实体经济发展方面,作为制造业大区,江宁将进一步提升实际利用外资、内资在全市的比重,"
        "力争实际利用外资突破10亿美元、内资突破200亿元,净增规模以上工业企业50家。\n"
    )
    got = found(text, 2019)
    assert got[("内资", "总量")][:3] == ("≥", 200.0, "亿元")
    assert got[("实际利用外资", "总量")][:3] == ("≥", 10.0, "亿美元")


# 2025_cixi_yaodian: a rise in points and the level it brings, and a stock after new ones (read by
# the rule of qa10 F0, targets._STOCK_AFTER: "、达…" / "、总量超…" after a target is its stock, same name)
CIXI = (
    "慈溪市科学技术局2025年工作要点\n"
    "主要目标是:全市R&D经费投入强度提升0.1个百分点、达3.69%;市级规上工业企业研发费用占营业收入比重"
    "提升0.1个百分点、达3.46%;高新技术企业新增120家、总量超1120家;高新技术产业投资额达50亿元。\n"
)


def test_the_level_a_rise_in_points_brings_keeps_the_name_of_the_rise():
    got = found(CIXI, 2025)
    assert got[("R&D经费投入强度", "提高")][:3] == ("≥", 0.1, "个百分点")
    assert got[("R&D经费投入强度", "总量")][:3] == ("≥", 3.69, "%")
    assert got[("市级规上工业企业研发费用占营业收入比重", "总量")][:3] == ("≥", 3.46, "%")


def test_a_stock_after_new_ones_is_a_stock():
    got = found(CIXI, 2025)
    assert got[("高新技术企业", "新增")][:3] == ("≥", 120.0, "家")
    assert got[("高新技术企业", "总量")][:3] == ("≥", 1120.0, "家")


# 2025_xianju_fangan: what a pilot county receives each year is support, not its target
def test_the_funds_a_place_receives_each_year_are_not_a_target():
    text = (
        "仙居县科技特派团实施方案\n"
        "近日,浙江省科技厅印发《聚焦山区26县“一县一业”高质量发展实施科技特派团试点工作方案及相关试点县实施方案》,"
        "仙居县成功入选浙江省高质量发展实施科技特派团试点县,每年将获得500万元科技项目资金和省重点研发项目定向支持。\n"
        "到2025年,全县高新技术产业增加值达到50亿元。\n"
    )
    got = found(text, 2025)
    assert not any(value == 500.0 for _, value, _, _ in got.values())
    assert "资助、补助标准" in listed(text, 2025)["500万元"]
    assert got[("高新技术产业增加值", "总量")][:3] == ("≥", 50.0, "亿元")
