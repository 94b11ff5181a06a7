"""Reading rules from the blind batches final18–final20 (issue 9 §3): one test per rule, each from a
real text of the corpus (tests/plan/corpus, file named in the test) cut down to the rule."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse

# --- numbers of a report or a meeting that are not targets ------------------------------------

# 2010_quzhou_news: the grant of a national fund, in grades, with the unit on both ends
QUZHOU = """全市科技工作会议召开
会议启动了2010年国家创新基金项目申报工作,项目分创新项目和重点创新项目,资助方式为无偿和贴息,创新项目资助额度为50万―100万元,重点创新项目为100万―200万元。
"""


def test_the_grades_of_a_grant_are_not_targets():
    assert parse(QUZHOU, 2010).targets == []
    reasons = listed(QUZHOU, 2010)
    assert "资助" in reasons["50―100万元"] and "资助" in reasons["100―200万元"]


def test_a_target_amount_after_a_grant_is_kept():
    text = QUZHOU + "今年力争全市争取国家创新基金资金达到800万元。\n"
    assert found(text, 2010)[("国家创新基金资金", "总量")] == ("≥", 800.0, "万元", None)


# 2014_guangyuan_huiyi: a meeting approved "34项具体工作目标" — the number of targets, not one
GUANGYUAN = """广元市召开建设四川省技术创新工程示范市联席会议
2014年2月24日,广元市召开联席会议。会议总结回顾了2013年示范市建设工作,讨论审定了2014年广元市在培育高新技术企业、创新平台建设等8个方面的全部34项具体工作目标,安排部署了示范市建设各项重点工作。
"""


def test_a_count_of_work_targets_is_not_a_target():
    assert parse(GUANGYUAN, 2014).targets == []
    assert "条数" in listed(GUANGYUAN, 2014)["34项"]


# 2019_huainan_silu: the journal's issue under the title
HUAINAN = """科学谋划深入推进淮南创新型城市建设
2019-03-15淮南市科学技术局
安徽科技 2019年5期
2019年,淮南市科技局坚持科学谋划工作全局,深入推进创新型城市建设。
"""


def test_a_journal_issue_is_not_a_target():
    assert parse(HUAINAN, 2019).targets == []


def test_a_count_of_training_sessions_in_a_year_is_kept():
    text = HUAINAN + "2019年力争举办科技培训班5期。\n"
    assert found(text, 2019)[("举办科技培训班", "总量")] == ("≥", 5.0, "期", None)


# 2020_wuhan_gaoqi: a November meeting sets 明年's target; its 今年 is the year before
WUHAN = """11月7日,武汉市科技局召开2020年度全市高新技术企业培育工作会,正式启动2020年度高企培育工作,力争明年净增1000家高新技术企业。
今年,武汉市共组织2253家企业申报高新技术企认定,专家评审通过1908家,通过率83.66%,比上年高出近10个百分点。预计今年全市高新技术企业数量净增超过900家,总量将超过4450家。
"""


def test_before_a_next_year_target_this_year_is_the_year_before():
    assert found(WUHAN, 2020) == {("高新技术企业", "净增"): ("≥", 1000.0, "家", None)}
    reasons = listed(WUHAN, 2020)
    assert "2019年" in reasons["2253家"] and "2019年" in reasons["83.66%"]
    # an estimate, not a stage target (said as an estimate since lead19's rule for 预计 sentences)
    assert reasons["4450家"].startswith("是预计数")


def test_this_year_with_its_own_target_word_stays_the_plan_year():
    text = "今年力争新增高新技术企业100家,明年力争净增1000家高新技术企业。\n"
    assert found(text, 2020)[("高新技术企业", "新增")] == ("≥", 100.0, "家", None)


# 2022_wuxi_gaoxinqu_news: "截至2021年底" names the year before the plan's
WUXI = """无锡高新区2022年工作
截至2021年底,全社会研发经费支出占GDP比重达到4.84%,在全省高新区排名第2位。
"""


def test_as_of_the_end_of_an_earlier_year_is_a_result():
    assert parse(WUXI, 2022).targets == []
    assert "2021年" in listed(WUXI, 2022)["4.84%"]


# --- thresholds of firm size in a task breakdown ---------------------------------------------

# 2011_luoyang_fenjie: each class of firm by sales must spend a share on R&D
LUOYANG = """38. 鼓励企业加大研发投入。年销售收入小于5000万元的高新技术企业,研发投入占销售收入的比例不低于6%;年销售收入在5000万元至2亿元的高新技术企业,研发投入占销售收入的比例不低于4%;年销售收入在2亿元以上的高新技术企业,研发投入占销售收入的比例不低于3%。我市50户重点企业的研发投入占销售收入的比例平均达到3%以上。
"""


def test_a_requirement_for_each_firm_of_a_size_band_is_not_a_target():
    got = found(LUOYANG, 2011)
    assert [v for v in got.values()] == [("≥", 3.0, "%", None)]
    reasons = listed(LUOYANG, 2011)
    assert "分档" in reasons["5000万元"] and "分档" in reasons["2亿元"]
    assert "每家企业" in reasons["6%"] and "每家企业" in reasons["4%"]


# 2010_linfen_news: "年销售5000万元以上企业将建立研发中心" — the class that must build one
def test_a_size_band_naming_firms_is_not_a_target():
    text = "今年全市科技工作安排\n規模以上工業企業都要建立研發機構,年銷售5000萬元以上企業將建立研發中心。\n"
    assert parse(text, 2010).targets == []
    assert "分档" in listed(text, 2010)["5000万元以上"]


# 2020_chizhou_guihua: the band in the name of a part of the firms counted
def test_a_size_band_before_a_count_names_what_is_counted():
    text = "力争到“十三五”末,高新技术企业达到100家,其中销售收入超5亿的高新技术企业10户以上。\n"
    got = found(text, 2020)
    assert got[("销售收入超5亿元的高新技术企业", "总量")] == ("≥", 10.0, "户", None)
    assert got[("高新技术企业", "总量")] == ("≥", 100.0, "家", None)


# --- ranges and names ------------------------------------------------------------------------


# 2010_linfen_news: "要達到5家-8家" — a range with the unit on both ends
def test_a_range_with_the_unit_twice_is_one_range():
    text = "今年全市科技工作安排\n要加大對民營科技企業的扶持培育力度,全市今年報省認定民營科技企業要達到5家-8家。\n"
    got = found(text, 2010)
    assert list(got.values()) == [("区间", 5.0, "家", 8.0)]


# 2011_luoyang_fenjie: "较去年增长5%" is the growth of the target just named
def test_growth_over_last_year_takes_the_previous_name():
    text = "37. 加强发明专利转化。力争2011年专利申请量达到3000件以上,较去年增长5%以上,其中发明专利860件。\n"
    got = found(text, 2011)
    assert got[("专利申请量", "增速")] == ("≥", 5.0, "%", None)


# --- kinds -----------------------------------------------------------------------------------

# 2010_linfen_news: after "新建10个…", "建设20个…" is a verb of its own; what follows shares it
LINFEN = """今年全市科技工作安排
今年要新建10個農業產業化科技示範基地、建設20個科技示範鄉(鎮)、50個科技示範村、100個科技示範戶、200個科技帶頭人,這項任務目前已逐一分解到各個縣(市、區)。
"""


def test_a_verb_of_its_own_after_a_list_mark_ends_the_new_verb():
    got = found(LINFEN, 2010)
    assert got[("农业产业化科技示范基地", "新增")] == ("≥", 10.0, "个", None)
    assert got[("科技示范乡（镇）", "总量")] == ("≥", 20.0, "个", None)
    assert got[("科技示范村", "总量")] == ("≥", 50.0, "个", None)
    assert got[("科技带头人", "总量")] == ("≥", 200.0, "个", None)


def test_a_bare_name_after_a_list_mark_still_shares_the_new_verb():
    text = "今年全市科技工作安排\n今年要新建10个农业产业化科技示范基地、20个科技示范乡。\n"
    assert found(text, 2010)[("科技示范乡", "新增")] == ("≥", 20.0, "个", None)


# 2025_jiaozuo_news: 首次认定 is a first recognition (not 复审, 重新认定): new firms
JIAOZUO = """焦作市科技局发布2025年“345”创新行动
实施创新型企业梯次培育行动。完善梯次培育体系和小微企业孵化载体建设,力争首次认定50家国家高新技术企业、备案入库700家国家科技型中小企业。
"""


def test_first_recognition_is_new():
    got = found(JIAOZUO, 2025)
    assert got[("国家高新技术企业", "新增")] == ("≥", 50.0, "家", None)
    # the next item has its own verb (备案入库) and names what it counts after the number
    assert got[("国家科技型中小企业", "总量")] == ("≥", 700.0, "家", None)


# 2021_nanning_news: "认定累计达40家" is the stock of recognised firms
def test_firms_recognised_reaching_a_cumulative_count_are_a_stock():
    text = "2021年,南宁将力争实现高新技术企业保有量突破1300家,‘瞪羚企业’认定累计达40家。\n"
    assert found(text, 2021)[("‘瞪羚企业’认定", "总量")] == ("≥", 40.0, "家", None)


def test_a_sum_over_years_stays_cumulative():
    # 2023_hainan_plan: "三年累计突破1000个" sums the approvals of three years
    text = "到2025年,国家科技计划项目批准数量翻一番,三年累计突破1000个。\n"
    assert [t.kind for t in parse(text, 2025).targets] == ["累计"]
    firms = "到2025年,三年累计达到1000家科技型企业。\n"
    assert [t.kind for t in parse(firms, 2025).targets] == ["累计"]


# 2023_jingdezhen_fangan: platforms built and existing ones improved, counted together
def test_built_and_improved_platforms_are_not_only_new():
    text = "二、发展目标\n2023年,力争获批国家高新技术企业80家,开展产学研合作的企业达20家,新建及优化技术创新中心、重点实验室20家。\n"
    got = found(text, 2023)
    assert got[("技术创新中心、重点实验室", "总量")] == ("≥", 20.0, "家", None)


# 2022_wuxi_gaoxinqu_news: one thing at two stages, the second named by its verb only
def test_a_stage_verb_after_a_target_names_the_same_thing():
    text = "2022年全区将进一步深入贯彻创新驱动战略。确保全年全区科创载体开工100万平方米、建成100万平方米,获批国家级孵化载体2家。\n"
    got = found(text, 2022)
    assert got[("科创载体开工", "总量")] == ("≥", 100.0, "万平方米", None)
    assert got[("科创载体建成", "总量")] == ("≥", 100.0, "万平方米", None)


# 2020_maanshan_fangan: "A、B和C等4家" is one count of several kinds, not the catalogue's B
def test_a_count_after_a_list_of_kinds_is_one_count_of_them_all():
    text = "主要目标\n新增省级企业技术中心12家,工程研究中心5家,技术创新中心、工程技术研究中心和重点实验室等4家,规上工业企业研发机构覆盖率达50%。\n"
    got = found(text, 2020)
    assert got[("技术创新中心、工程技术研究中心和重点实验室", "新增")] == ("≥", 4.0, "家", None)
    assert not any(name == "市级工程技术研究中心" for name, _ in got)


def test_a_catalogue_name_with_examples_after_the_count_keeps_its_entry():
    text = "主要目标\n新增甲、乙等5个工程技术研究中心。\n"
    assert [t.value for t in parse(text, 2020).targets] == [5.0]


# guards around the size-band rules (variants of the 洛阳 and 池州 sentences)
def test_a_rate_over_a_size_class_is_a_target():
    text = "主要目标\n年销售收入5000万元以上企业研发机构建有率达到60%。\n"
    got = found(text, 2011)
    assert list(got.values()) == [("≥", 60.0, "%", None)]
    assert "分档" in listed(text, 2011)["5000万元以上"]


def test_a_share_reached_by_a_size_class_without_a_floor_word_is_a_target():
    text = "主要目标\n年销售收入5000万元以上的企业,研发投入占销售收入比重达到3%。\n"
    assert list(found(text, 2011).values()) == [("≥", 3.0, "%", None)]


def test_a_count_of_firms_above_a_size_is_named_by_the_band():
    text = "主要目标\n力争销售收入超亿元企业达到50家。\n"
    assert found(text, 2020) == {("销售收入超亿元企业", "总量"): ("≥", 50.0, "家", None)}


def test_a_sales_total_is_not_a_size_band():
    text = "主要目标\n规上工业企业营业收入达到500亿元,高新技术企业达到100家。\n"
    assert found(text, 2020)[("规上工业企业营业收入", "总量")] == ("≥", 500.0, "亿元", None)


# guard around 明年: a plan for this year that looks on to 明年
def test_this_year_with_its_own_plan_verb_before_a_next_year_aim_stays_the_plan_year():
    text = "今年要新增高新技术企业50家,力争明年实现全覆盖。\n"
    assert found(text, 2020) == {("高新技术企业", "新增"): ("≥", 50.0, "家", None)}
