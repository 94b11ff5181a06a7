"""qa13's findings on the open indicator model as a new bureau uses it (qafix13a).

Each test builds its workbook from a copy of the sample (targets, 科室数据 rows and 县区数据
columns as an office adds them) and reads the result through ``load_report`` / ``check``.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.report import check_source, load_report
from tests.indicators.test_reported_workbook import county_column, department_row, edit, target

TEN = 10  # the sample's counties


def _check(path) -> str:
    return CliRunner().invoke(main, ["check", str(path)]).output


def test_a_net_target_takes_the_net_row_never_the_new_one_f9(sample_path, tmp_path):
    # init names both targets by the stock (目标类型 新增 / 净增), as a plan words them
    path = edit(sample_path, tmp_path / "net.xlsx",
                department_row("高新科", "科技型中小企业", "家", 10, 8),
                department_row("高新科", "新增科技型中小企业", "家", 5, 4),
                department_row("高新科", "净增科技型中小企业", "家", 2, 1),
                target("科技型中小企业", 5, "家", 类型="新增"),
                target("科技型中小企业", 3, "家", 类型="净增"))
    report = load_report(path)
    net = report.result("净增科技型中小企业")
    assert net.achieved == 2 and net.status == "未完成"  # not the 新增 row's 5 (超额完成)
    assert net.increment_source == "科室数据!D8", net.increment_source
    new = report.result("新增科技型中小企业")
    assert new.achieved == 5 and new.increment_source == "科室数据!D7"


def test_net_and_new_are_apart_in_the_catalogue_f9(sample_path):
    out = CliRunner().invoke(main, ["fill", "--list", str(sample_path)]).output
    lines = out.splitlines()
    new = lines.index("  新增高新技术企业（家）  流量；县区汇总：求和  [高新科]")
    assert lines[new + 1] == "      同义词：新认定高新技术企业、高新技术企业新增数"
    assert "  净增高新技术企业（家）  流量；县区汇总：求和  [高新科]" in lines


def test_a_net_target_without_a_net_row_is_the_stock_difference_f9(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "net2.xlsx",
                department_row("高新科", "科技型中小企业", "家", 10, 8),
                department_row("高新科", "新增科技型中小企业", "家", 5, 4),
                target("科技型中小企业", 3, "家", 类型="净增"))
    r = load_report(path).result("科技型中小企业")
    assert r.achieved == 2 and r.increment_source == ""  # 10 − 8, not the 新增 row's 5


def test_a_leveled_target_takes_only_its_level_f7(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "lv.xlsx",
                department_row("计划科", "省级重点实验室", "家", 2, 1),
                department_row("计划科", "市级重点实验室", "家", 4, 3),
                county_column("重点实验室（家）", [3, 1, 1, 1, 0, 0, 0, 0, 0, 0], [2] + [0] * 9),
                target("省级重点实验室", 2, "家"),
                target("市级重点实验室", 6, "家"))
    report = load_report(path)
    assert report.result("省级重点实验室").value == 2
    assert report.result("市级重点实验室").value == 4
    assert not report.result("省级重点实验室").counties  # the generic column is not the 省级 one
    out = _check(path)
    assert "「重点实验室」（县区数据!K2:K11）没有写明级别，「省级重点实验室」和「市级重点实验室」都可能取这一列，未采用" in out, out
    assert out.count("没有写明级别") == 1


def test_a_generic_row_feeds_no_two_leveled_targets_f7(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "lv2.xlsx",
                department_row("计划科", "科技创新平台", "家", 10, 8),
                target("新增省级科技创新平台", 3, "家", 类型="新增"),
                target("新增市级科技创新平台", 10, "家", 类型="新增"))
    report = load_report(path)
    assert report.result("省级科技创新平台").value is None
    assert report.result("市级科技创新平台").value is None
    hint = [p for p in check_source(path) if "没有写明级别" in p.sentence]
    assert len(hint) == 1 and hint[0].sheet == "科室数据", hint
    # one leveled target alone: the generic row is its figure
    path = edit(sample_path, tmp_path / "lv3.xlsx",
                department_row("计划科", "重点实验室", "家", 10, 8), target("省级重点实验室", 9, "家"))
    assert load_report(path).result("省级重点实验室").value == 10


def test_a_per_head_column_is_weighted_by_population_not_by_itself_f8(sample_path, tmp_path):
    density = [1.5, 1.2, 2.0, 0.8, 0.5, 0.4, 0.6, 0.3, 0.2, 0.1]
    people = [60, 50, 20, 80, 90, 70, 60, 50, 40, 30]
    path = edit(sample_path, tmp_path / "pat.xlsx",
                county_column("每万人口有效发明专利拥有量（件）", density, [d * 0.9 for d in density]),
                county_column("常住人口（万人）", people, [p - 1 for p in people]),
                target("每万人口有效发明专利拥有量", 1, "件"))
    r = load_report(path).result("每万人口有效发明专利拥有量")
    expected = sum(d * p for d, p in zip(density, people, strict=True)) / sum(people)
    assert r.value == pytest.approx(expected)
    assert "按常住人口加权平均" in r.formula


def test_a_per_head_column_is_never_its_own_weight_f8(sample_path, tmp_path):
    density = [1.5, 1.2, 2.0, 0.8, 0.5, 0.4, 0.6, 0.3, 0.2, 0.1]
    path = edit(sample_path, tmp_path / "pat2.xlsx",
                county_column("每万人口专利拥有量（件/万人）", density, [d * 0.9 for d in density]),
                target("每万人口专利拥有量", 1, "件"))
    r = load_report(path).result("每万人口专利拥有量")
    assert r.value == pytest.approx(sum(density) / TEN)  # no population column: the simple mean


def test_a_synonym_column_in_wan_is_converted_beside_a_yi_row_f5(sample_path, tmp_path):
    wan = [5000, 3000, 9000, 1000, 800, 700, 600, 500, 400, 300]
    path = edit(sample_path, tmp_path / "wan.xlsx",
                department_row("成果科", "技术合同成交额", "亿元", 2.6, 2.1),
                county_column("技术合同成交额（万元）", wan, [w * 0.8 for w in wan]),
                target("技术合同交易额", 2.5, "亿元"))
    r = load_report(path).result("技术合同交易额")
    assert r.unit == "亿元" and r.value == 2.6
    values = {c.county: c.value for c in r.counties}
    assert values["清河区"] == pytest.approx(0.5) and sum(values.values()) == pytest.approx(2.13)


def test_a_wan_row_and_a_yi_column_say_one_unit_f11(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "wan2.xlsx",
                department_row("计划科", "技术合同成交额", "万元", 10500, 9200),
                county_column("技术合同成交额（亿元）", [0.31] * TEN, [0.27] * TEN),
                target("技术合同成交额", 1.2, "亿元"))
    r = load_report(path).result("技术合同成交额")
    # one unit, the plan's (qa22 F8: the 万元 row restated in the target's 亿元, never the target in 万元)
    assert r.unit == "亿元" and r.value == pytest.approx(1.05) and r.target.value == 1.2
    assert [c.value for c in r.counties] == pytest.approx([0.31] * TEN)
    assert [c.previous for c in r.counties] == pytest.approx([0.27] * TEN)


def test_two_rows_of_one_indicator_are_an_error_f2(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "dup.xlsx",
                department_row("成果科", "技术合同成交额", "亿元", 0.62, 0.55),
                department_row("成果科", "技术合同登记额", "亿元", 0.80, 0.55),
                target("技术合同成交额", 1, "亿元"))
    errors = [p for p in check_source(path) if p.severity == "错误"]
    assert len(errors) == 1, errors
    e = errors[0]
    assert (e.sheet, e.cell) == ("科室数据", "D7")
    assert "「技术合同成交额」（D6）和「技术合同登记额」（D7）是同一指标「技术合同成交额」（同义词），数值分别为 0.62、0.8" \
        in e.sentence
    assert "每个指标只能有一行" in e.sentence


def test_fill_list_says_which_indicator_an_office_name_is_f2(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "names.xlsx",
                department_row("高新科", "高企数量", "家", 160, 140),
                department_row("成果科", "技术合同登记额", "亿元", 0.8, 0.5))
    out = CliRunner().invoke(main, ["fill", "--list", str(path)]).output
    assert "  高企数量  科室数据!D6（即内置指标「高新技术企业」）" in out, out
    assert "  技术合同登记额  科室数据!D7（即指标库「技术合同成交额」）" in out


def test_names_differing_by_scope_words_are_one_indicator_f12(sample_path, tmp_path):
    shares = [40, 30, 60, 20, 20, 20, 20, 20, 20, 20]
    path = edit(sample_path, tmp_path / "scope.xlsx",
                department_row("计划科", "有研发活动的规上企业占比", "%", 26.3, 24.0),
                county_column("有研发活动企业占比（%）", shares, [s - 1 for s in shares]),
                target("有研发活动的规上企业占比", 25, "%"))
    r = load_report(path).result("有研发活动的规上企业占比")
    assert r.value == 26.3 and r.department == "计划科"
    assert {c.county: c.value for c in r.counties}["高新区"] == 60  # the column gives the counties
    assert "没有对应的年度目标" not in _check(path)
    from kjreport.indicators.catalogue import load_catalogue

    catalogue = load_catalogue()
    assert catalogue.find("每万人口有效发明专利拥有量").name == "每万人口发明专利拥有量"
    assert catalogue.find("有研发活动的规上企业占比").name == "有研发活动企业占比"


def test_a_short_name_suggests_the_indicator_it_shortens_f12(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "short.xlsx", target("规上企业研发强度", 2.5, "%"))
    hint = next(p for p in check_source(path) if "「规上企业研发强度」" in p.sentence and "的责任科室为空" not in p.found)
    assert "「规上工业企业研发费用占营业收入比重」" in hint.sentence, hint.sentence


def test_the_whole_society_intensity_by_its_short_name_is_the_indicator_itself(sample_path, tmp_path):
    # 研发强度 (like R&D占GDP比重, R&D/GDP) is the intensity's own spelling: computed, not suggested
    path = edit(sample_path, tmp_path / "short.xlsx", target("研发强度", 2.5, "%"))
    # (the row appended without a 责任科室 is named for that alone, qa18 L4)
    assert not [p for p in check_source(path) if "「研发强度」" in p.sentence and "的责任科室为空" not in p.found]


def test_a_near_miss_column_is_suggested_for_a_catalogue_target_f20(sample_path, tmp_path):
    wan = [5000, 3000, 9000, 1000, 800, 700, 600, 500, 400, 300]
    path = edit(sample_path, tmp_path / "near.xlsx",
                county_column("技术合同成交（万元）", wan, [w * 0.8 for w in wan]),
                target("技术合同成交额", 2, "亿元"))
    hint = next(p for p in check_source(path) if "指标「技术合同成交额」" in p.sentence)
    assert "还没有数据；是否应为：「技术合同成交」（县区数据!K2:K11）；" in hint.sentence, hint.sentence


def test_a_share_outside_the_catalogue_averaged_simply_is_said_f13(sample_path, tmp_path):
    rates = [4.1, 4.3, 3.9, 4.5, 4.0, 4.2, 4.4, 3.8, 4.1, 4.0]
    path = edit(sample_path, tmp_path / "rate.xlsx",
                county_column("城镇登记失业率（%）", rates, [r + 0.1 for r in rates]),
                target("城镇登记失业率", 4.3, "%", 比较="≤"))
    r = load_report(path).result("城镇登记失业率")
    assert r.value == pytest.approx(sum(rates) / TEN)
    hint = next(p for p in check_source(path) if "城镇登记失业率" in p.sentence and "简单平均" in p.sentence)
    assert hint.severity == "提示"
    assert "「城镇登记失业率」是百分比，不在指标目录中，县区数据中没有可作权数的列，按各县区简单平均汇总" in hint.sentence
