"""Reading rules from the blind batches final38 and final39 (round 19, issue 9 §3): one test per rule,
each with sentences written for the test in the shape of the corpus sentence that taught it (other
words, numbers and places); the corpus plans themselves are read by the corpus tests."""

from __future__ import annotations

from kjreport.model import Target
from kjreport.plan import import_plan, wording
from kjreport.plan.review import review_flags
from kjreport.plan.text import normalize
from tests.plan.test_generalise import found, listed, parse

PLAN = "2025年全市科技工作要点\n一、主要目标\n"


def imported(text: str, year: int, tmp_path) -> list[float]:
    """The values plan import (the CLI's path: refusals, the row scorer's set-aside) takes."""
    path = tmp_path / "计划.txt"
    path.write_text(text, encoding="utf-8")
    return [t.value for t in import_plan(path, year=year).targets]


def test_a_count_with_yishang_before_its_noun_is_a_count_not_a_threshold():
    # 2016_guizhou_kepaiyuan: "即培养选拔100名以上省级科特派、1000名以上市州级科特派……"; and the
    # everyday "培育100家以上高新技术企业" was read as the threshold of one row "…≥50家"
    got = found(PLAN + "全年培育80家以上高新技术企业、300家以上科技型中小企业。\n", 2025)
    assert got == {
        ("高新技术企业", "总量"): ("≥", 80.0, "家", None),
        ("科技型中小企业", "总量"): ("≥", 300.0, "家", None),
    }
    # a size threshold stays one ("投资1000万元以上的项目10个")
    got = found(PLAN + "实施投资1000万元以上的科技项目12个。\n", 2025)
    assert list(got.values()) == [("≥", 12.0, "个", None)]


def test_counts_after_a_verb_of_selection_are_named_after_the_number():
    # 2016_guizhou_kepaiyuan: each count was given the name of the one before it
    got = found(PLAN + "即培养选拔60名以上省级科技特派员、600名以上市级科技特派员、3000名以上县级科技特派员。\n", 2025)
    assert [(name, v[1]) for (name, _), v in got.items()] == [
        ("省级科技特派员", 60.0), ("市级科技特派员", 600.0), ("县级科技特派员", 3000.0),
    ]


def test_parts_of_a_cumulative_total_are_cumulative_too():
    # 2028_fujian_tepaiyuan: "全省累计选派选认科技特派员1万人次以上，其中省级个人科技特派员4000人次以上，团队科技特派员800个以上"
    got = found(PLAN + "到2025年，全市累计建成众创空间40家、科技企业孵化器12家，其中国家级孵化器3家。\n", 2025)
    assert {name: kind for name, kind in got} == {
        "众创空间": "累计", "科技企业孵化器": "累计", "国家级孵化器": "累计",
    }
    # a clause with a verb of its own is not part of the total (2025_yunnan_cuoshi)
    got = found(PLAN + "到2025年，累计攻克关键核心技术200项，开发重点新产品300个。\n", 2025)
    assert sorted(kind for _, kind in got) == ["总量", "累计"]


def test_counts_of_times_keep_their_unit():
    # 2028_fujian_tepaiyuan: "引进、转化和推广新品种、新技术6000项次以上" (read 6000项)
    got = found(PLAN + "推广新品种、新技术800项次以上，举办科技下乡活动30场次。\n", 2025)
    assert sorted(v[2] for v in got.values()) == ["场次", "项次"]


def test_town_and_country_share_everything_after_them():
    # 2025_qiaocheng_fenjie: "城镇、农村常住居民人均可支配收入分别增长5.2%、8%左右" (read "城镇收入")
    assert wording.distribute("城镇、农村居民人均可支配收入分别增长6%、7.5%。") == (
        "城镇居民人均可支配收入增长6%，农村居民人均可支配收入增长7.5%。"
    )
    got = found(PLAN + "城市、农村常住居民人均可支配收入分别增长5%、7%左右。\n", 2025)
    assert set(name for name, _ in got) == {"城市常住居民人均可支配收入", "农村常住居民人均可支配收入"}


def test_a_table_rows_number_and_space_are_no_part_of_the_name():
    # 2025_qiaocheng_fenjie: "6 城镇、农村常住居民……" (read "6城镇收入"); a number with its unit stays
    assert normalize("6 规模以上工业增加值增长8%左右。") == "6、规模以上工业增加值增长8%左右。"
    assert normalize("12 月底前完成") == "12月底前完成" and normalize("3 家企业") == "3家企业"
    got = found(PLAN + "3 固定资产投资增长7%左右。 区发改委\n", 2025)
    assert list(got) == [("固定资产投资", "增速")]


def test_a_town_named_as_the_subject_of_its_own_plan_is_the_plan_itself():
    # 2022_chengxiang_news: "今年城厢镇将力争实现一般公共预算收入增长6%以上" (read as a share given to a town)
    text = "某镇召开人代会\n今年李庄镇将力争实现一般公共预算收入增长8%以上；固定资产投资增长12%以上。\n"
    got = found(text, 2025)
    assert set(got) == {("一般公共预算收入", "增速"), ("固定资产投资", "增速")}


def test_a_size_given_roughly_is_about_and_named_by_the_noun_after_it():
    # 2022_chengxiang_news: "推动海美二期……等近20万平方米科创载体以及中欧二期……等近30万平方米产业载体建设投用"
    got = found(PLAN + "推动甲园、乙园等近15万平方米科创载体以及丙园等近25万平方米产业载体建设投用。\n", 2025)
    assert got == {
        ("科创载体", "总量"): ("≈", 15.0, "万平方米", None),
        ("产业载体建设投用", "总量"): ("≈", 25.0, "万平方米", None),
    }
    got = found(PLAN + "全年实现技术合同成交额约12亿元。\n", 2025)
    assert list(got.values()) == [("≈", 12.0, "亿元", None)]


def test_the_articles_of_a_document_issued_are_no_target():
    text = PLAN + "印发《关于加快科技创新的若干政策》（某政发〔2025〕3号），共18条；新增高新技术企业40家。\n"
    got = found(text, 2025)
    assert list(got.values()) == [("≥", 40.0, "家", None)]
    assert "18条" in listed(text, 2025)


def test_a_verb_of_its_own_after_a_comma_ends_the_xinzeng_before_it():
    # 2025_hefei_baogao: "新增省級特色商業街4條以上,引入首店200家以上" (read 新增 首店)
    got = found(PLAN + "新增市级特色街区3条以上，引入品牌首店80家以上。\n", 2025)
    assert got[("引入品牌首店", "总量")] == ("≥", 80.0, "家", None)


def test_one_site_of_a_listed_set_is_no_target():
    # 2013_xianggelila_news: "确定建设5个农业科技试验示范基地:即在洛吉乡尼汝村建设1个(1000头)牦牛试验示范基地、在格咱乡建设1个……"
    text = PLAN + "建设3个农业科技示范基地：即在东风乡建设1个茶叶示范基地、在河口镇建设1个蔬菜示范基地、在南山村建设1个核桃示范基地。\n"
    got = found(text, 2025)
    assert list(got.values()) == [("≥", 3.0, "个", None)]
    assert "1个" in listed(text, 2025)
    # the whole place's count stays a target; each township's is a requirement (not this rule)
    assert list(found(PLAN + "在全县建设10个科技示范基地。\n", 2025).values()) == [("≥", 10.0, "个", None)]


def test_a_count_of_the_names_in_brackets_after_it_is_no_target():
    # 2015_tianshui_yuanqu: "打造一个中心(…)、建设三个基地(中国天水航天育种示范基地、…、…)、培育五大产业(…)"
    text = PLAN + "总体目标是建设两个平台（科技成果转化平台、科技金融服务平台）、培育四大产业（种业、果品、蔬菜、畜牧），新增高新技术企业20家。\n"
    got = found(text, 2025)
    assert list(got.values()) == [("≥", 20.0, "家", None)]


def test_a_milestone_of_an_earlier_year_in_the_paragraph_does_not_make_a_later_target_a_result():
    # 2015_tianshui_yuanqu: "到2013年,核心区面积扩展到3万亩。“十二五”末,核心区面积扩展到5万亩,培育2家上市企业"
    # (the two were flagged "所在段落讲的是2013年的情况" and the row scorer set them aside)
    line = "园区负责人谈到发展思路。到2023年，核心区面积扩展到2万亩。“十四五”末，核心区面积扩展到4万亩，培育3家上市企业。"
    goal = Target("上市企业", 3, "家", sentence="“十四五”末，核心区面积扩展到4万亩，培育3家上市企业。")
    assert review_flags([goal], year=2025, lines=[line], signals=("past_para",)) == [""]
    # a paragraph that narrates an earlier year still says so
    line = "2023年，全市核心区面积扩展到2万亩。全市培育3家上市企业。"
    done = Target("上市企业", 3, "家", sentence="全市培育3家上市企业。")
    assert review_flags([done], year=2025, lines=[line], signals=("past_para",)) == [
        "所在段落讲的是2023年的情况，可能是实绩"
    ]


def test_a_news_report_whose_target_is_said_with_yao_zai_is_read(tmp_path):
    # 2019_fujian_tepaiyuan: a meeting report (the year's results, then "2019年，省级科技特派员选认人数要在
    # 1000名以上，实现……乡镇100%全覆盖") was refused as "看起来不是工作意见"
    text = (
        "全省科技特派员工作现场会召开\n2024年全省共选认省级科技特派员2100名。"
        "副厅长指出，2025年，省级科技特派员选认人数要在1200名以上，实现省级科技特派员乡镇全覆盖。\n"
    )
    assert imported(text, 2025, tmp_path) == [1200.0]


def test_built_and_put_into_use_is_the_verb_not_the_name():
    got = found(PLAN + "建成投用科技创新综合体3个。\n", 2025)
    assert list(got) == [("科技创新综合体", "总量")]


def test_zhongdian_starts_a_name_in_a_list():
    # "新培育……工程技术研究中心8家、重点实验室3家" read 「实验室」: 重点 was taken for the adverb
    got = found(PLAN + "新培育市级以上工程技术研究中心6家、重点实验室2家、企业技术中心9家。\n", 2025)
    assert ("重点实验室", "新增") in got
    assert list(found(PLAN + "重点推进科技项目20项。\n", 2025)) == [("科技项目", "总量")]


def test_a_smaller_figure_after_lizheng_is_no_stretch_of_a_floor():
    # "高新技术企业达到40家以上，力争达到25家": 25 was kept as the 争取 value of ≥40, unsaid
    r = parse(PLAN + "高新技术企业达到40家以上，力争达到25家。\n", 2025)
    assert [(t.value, t.stretch) for t in r.targets] == [(40.0, None)]
    assert any("≥25家" in note for note in r.notes)  # said, for the clerk to check
    # a larger one still is ("达到2.3%以上，力争达到2.5%")
    r = parse(PLAN + "全社会研发投入强度达到2.3%以上，力争达到2.5%。\n", 2025).targets
    assert [(t.value, t.stretch) for t in r] == [(2.3, 2.5)]


def test_what_each_person_does_is_a_requirement_not_the_total():
    text = PLAN + "组织80名科技人员开展技术服务，每人联系3家企业；每名科技特派员服务合作社不少于2家。\n"
    got = found(text, 2025)
    assert [v[1] for v in got.values()] == [80.0]
    reasons = listed(text, 2025)
    assert reasons["3家"] == reasons["2家"] == "是对每人的要求（如“每人联系2家企业”），不是本地的总目标"


def test_the_goal_task_after_a_count_is_the_goal_not_a_count_of_tasks():
    # "……50家的目标任务" was read as the number of a document's tasks (措施、方面条数)
    got = found(PLAN + "会议确定了全年新增高新技术企业45家的目标任务。\n", 2025)
    assert got == {("高新技术企业", "新增"): ("≥", 45.0, "家", None)}
    assert "5项" in listed(PLAN + "制定了5项措施；新增高新技术企业45家。\n", 2025)


def test_an_amount_after_a_count_does_not_take_its_xinzeng():
    got = found(PLAN + "新增高新技术企业40家、技术合同成交额6亿元。\n", 2025)
    assert got == {
        ("高新技术企业", "新增"): ("≥", 40.0, "家", None),
        ("技术合同成交额", "总量"): ("≥", 6.0, "亿元", None),
    }


def test_years_listed_before_one_name_take_their_values_in_order():
    # "2024年、2025年、2026年全市高新技术企业分别达到800家、900家、1000家" gave all three to 2026
    text = "全市科技创新三年行动\n一、主要目标\n2024年、2025年、2026年全市科技型中小企业分别达到600家、700家、850家。\n"
    got = found(text, 2025)
    assert got == {("科技型中小企业", "总量"): ("≥", 700.0, "家", None)}
    assert {"600家", "850家"} <= set(listed(text, 2025))
    assert wording.distribute("2025年和2026年研发投入强度分别达到2.6%和2.8%。") == (
        "2025年研发投入强度达到2.6%，2026年研发投入强度达到2.8%。"
    )


def test_farm_and_extension_plans_keep_their_names_levels_and_units():
    got = found(PLAN + "新建高标准农田4万亩；选派省级科技特派员40名、市级90名、县级150名；发放技术资料2万份。\n", 2025)
    assert got == {
        ("高标准农田", "新增"): ("≥", 4.0, "万亩", None),
        # (a level-qualified count of 特派员 is the built-in 科技特派员, as 铜仁 2024's "选派省市级科技特派员")
        ("科技特派员", "总量"): ("≥", 40.0, "人", None),
        ("市级科技特派员", "总量"): ("≥", 90.0, "名", None),
        ("县级科技特派员", "总量"): ("≥", 150.0, "名", None),
        ("发放技术资料", "总量"): ("≥", 20000.0, "份", None),
    }
    assert list(found(PLAN + "全年选派科技特派员260名。\n", 2025)) == [("科技特派员", "总量")]
