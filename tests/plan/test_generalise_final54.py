"""Reading rules from the blind batch final54 (round 22: 镇、旗、县 government reports and news; issue 9
§3): one test per rule, each with sentences written for the test in the shape of the corpus sentence
that taught it (other words, numbers and places); the corpus plans themselves are read by the corpus
tests."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed


def test_the_coming_five_years_goals_of_a_new_governments_report(tmp_path):
    # 2021_guiyang_baogao: a 2017 report's "今后五年……的主要目标是：……" read as 2016's targets (for 2021)
    from kjreport.plan import import_plan

    path = tmp_path / "报告.txt"
    path.write_text(
        "2月18日，某市第十四届人民代表大会第一次会议开幕。\n据市长介绍，过去五年，全市经济增速连续3年位居全省第一。"
        "2016年，全市生产总值达到2100亿元、增长9.1%，在全省综合测评中继续保持第一。\n记者了解到，今后五年全市经济社会"
        "发展的主要目标是：如期建成创新型城市，人民生活更加幸福。全市生产总值年均增长8%左右，总量突破3000亿元，"
        "全社会研发投入占GDP比重达2.5%。\n",
        encoding="utf-8",
    )
    got = {(t.indicator, t.value, t.unit) for t in import_plan(path, year=2021).targets}
    assert got == {("生产总值", 8.0, "%"), ("生产总值", 3000.0, "亿元"), ("全社会R&D经费投入占GDP比重", 2.5, "%")}


def test_farm_units_wells_logs_volumes_and_pits():
    # 2012_zhalute_news: 5亿公斤, 150眼, 50万棒, 10万立方米 had no unit; 2010_lvhe_news: 400口
    text = (
        "2013年全旗农牧业工作要点\n一、主要目标\n粮食总产量达到4亿公斤以上，压减农田机电井120眼，生产食用菌40万棒，"
        "新建沼气300口。\n"
    )
    got = found(text, 2013)
    assert got[("粮食总产量", "总量")] == ("≥", 4.0, "亿公斤", None)
    assert got[("压减农田机电井", "总量")] == ("≥", 120.0, "眼", None)
    assert got[("生产食用菌", "总量")] == ("≥", 40.0, "万棒", None)
    assert got[("沼气", "新增")] == ("≥", 300.0, "口", None)


def test_facilities_their_measures_and_the_parts_of_a_herd():
    # 2012_zhalute_news: "实施以大型喷灌为主的1.1万亩人工饲草料基地建设工程" named 以大型喷灌; "新建棚舍4000处、
    # 25万平方米，窖池2500座、10万立方米" lost the measures and the 新建 of the pits; "家畜存栏398万头，其中牛42万头、
    # 羊310万只" named the parts by the whole
    text = (
        "2013年全旗畜牧业工作要点\n一、主要目标\n实施以滴灌为主的2万亩人工饲草料基地建设工程，新建棚舍3000处、20万平方米，"
        "窖池1800座、8万立方米。牧业年度家畜存栏350万头，其中牛40万头、羊280万只。\n"
    )
    got = found(text, 2013)
    assert got[("人工饲草料基地", "总量")] == ("≥", 2.0, "万亩", None)
    assert got[("棚舍面积", "新增")] == ("≥", 20.0, "万平方米", None)
    assert got[("窖池", "新增")] == ("≥", 1800.0, "座", None)
    assert got[("窖池容积", "新增")] == ("≥", 8.0, "万立方米", None)
    assert got[("牛存栏", "总量")] == ("≥", 400000.0, "头", None)
    assert got[("羊存栏", "总量")] == ("≥", 280.0, "万只", None)


def test_an_own_verb_after_a_list_of_new_things():
    # 2012_shangnan_news "新建养殖小区5个、发展规模养殖600户" (新增 carried) and 2010_lvhe_news "实施民居改造
    # 800户" (居 read as "ranks", the name lost)
    text = "2013年全县农业工作要点\n一、主要目标\n全年新建养殖小区4个、发展规模养殖500户，实施民居改造700户。\n"
    got = found(text, 2013)
    assert got[("发展规模养殖", "总量")] == ("≥", 500.0, "户", None)
    assert got[("民居改造", "总量")] == ("≥", 700.0, "户", None)


def test_project_preparation_is_no_present_and_promote_takes_its_object():
    # 2016_jixian_news: "…等重大项目前期工作" read as 目前 (the targets after it past) and "将促进25个重点工业
    # 项目投产达产" named 蓟县将促进
    text = (
        "2017年全区重点工作\n某区将促进20个重点工业项目投产达产，跟进甲、乙等重大项目前期工作，"
        "新发展科技型中小企业120家，培育科技小巨人5家。\n"
    )
    got = found(text, 2017)
    assert got[("重点工业项目投产达产", "总量")] == ("≥", 20.0, "个", None)
    assert got[("科技型中小企业", "新增")] == ("≥", 120.0, "家", None)
    assert got[("科技小巨人", "总量")] == ("≥", 5.0, "家", None)


def test_urban_and_rural_incomes_sharing_one_value_and_a_price_index():
    # 2016_jixian_news "城乡居民人均可支配收入分别增长10%" (one name read); 2015_zhenan_baogao "居民价格消费指数…
    # 控制在3%以内" (a level, not the index's rise)
    text = (
        "2017年主要预期目标\n生产总值增长8%；城乡居民人均可支配收入分别增长9%；居民消费价格指数控制在3%以内。\n"
    )
    got = found(text, 2017)
    assert got[("城镇居民人均可支配收入", "增速")] == ("≥", 9.0, "%", None)
    assert got[("农村居民人均可支配收入", "增速")] == ("≥", 9.0, "%", None)
    assert got[("居民消费价格指数", "增速")] == ("≤", 3.0, "%", None)


def test_the_size_of_what_a_batch_counts_is_a_threshold():
    # 2014_jingzhou_news: "培育一批产值百亿元以上的农产品加工园区" read a target named 一批产值
    text = "2015年全市农业工作要点\n一、主要目标\n培育一批产值50亿元以上的农产品加工园区，粮食总产突破60亿斤。\n"
    got = found(text, 2015)
    # (lead35: "总产" is the 总产量 said short, and named so: one name for one measure)
    assert got == {("粮食总产量", "总量"): ("≥", 60.0, "亿斤", None)}
    assert "门槛" in listed(text, 2015)["50亿元以上"]


def test_a_ratio_written_x_to_one():
    # 2014_jingzhou_news: "农产品加工业产值与农业总产值之比达到2.2:1" had no unit; "按1:1比例配套" and a time of
    # day stay no targets
    text = (
        "2015年全市农业工作要点\n一、主要目标\n力争全市农产品加工业产值与农业总产值之比达到2.4:1。"
        "市财政按1:1比例配套，会议于9:10召开。\n"
    )
    got = found(text, 2015)
    assert got == {("农产品加工业产值与农业总产值之比", "总量"): ("≥", 2.4, ":1", None)}
