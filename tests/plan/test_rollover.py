"""``kjreport init --from``: a rolled-over workbook passes check until the bureau reports, and
last year's typed plan (下年工作打算 targets, a multi-year 方案) carries into the new year."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.plan.rollover import next_year_targets, plan_period

COUNTY_HEADER = ["县区", "高新技术产业产值（亿元）", "规模以上工业总产值（亿元）", "全社会R&D经费支出（亿元）",
                 "地区生产总值（亿元）", "类型"]


def _last_year(path: Path, *, plan_text: str, plan_rows=(), targets=(), next_year=()) -> Path:
    """Write a filled year-end workbook of 2025 like a city bureau's, with text figures that
    check reads with a 提示 ("1,300", "14.5亿元", full-width "４５０")."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "设置"
    for row in (["项目", "值", "说明"], ["城市名称", "东营市"], ["单位名称", "东营市科学技术局"],
                ["年度", 2025], ["报送月份", 12]):
        ws.append(row)
    ws = book.create_sheet("工作意见")
    ws.append(["编号", "层级", "标号", "标题", "正文"])
    ws.append(["总", "总", None, "主要任务目标", plan_text])
    for row in plan_rows:
        ws.append(row)
    ws = book.create_sheet("目标任务")
    ws.append(["指标", "目标值", "单位", "比较", "所属条目", "责任科室", "原文", "目标类型"])
    for row in targets:
        ws.append(row)
    ws = book.create_sheet("县区数据")
    ws.append(COUNTY_HEADER)
    for row in (["东营区", 520, "1,300", 30, 780], ["河口区", 310, 900, "14.5亿元", 430],
                ["垦利区", "４５０", 1150, 22, 560], ["广饶县", 880, 2150, 44, 1010]):
        ws.append(row)
    ws = book.create_sheet("县区上年数据")
    ws.append(COUNTY_HEADER)
    for row in (["东营区", 480, 1250, 27, 745], ["河口区", 292, 880, 13.2, 415],
                ["垦利区", 418, 1100, 20, 540], ["广饶县", 815, 2020, 40.6, 975]):
        ws.append(row)
    ws = book.create_sheet("科室数据")
    ws.append(["科室", "指标", "单位", "本年数", "上年数", "口径", "备注"])
    ws.append(["计划科", "规上工业企业中有研发活动的企业占比", "%", 51.2, 47.5])
    ws.append(["基础科", "省级研发平台", "家", 4, 3])
    ws = book.create_sheet("下年工作打算")
    ws.append(["工作打算", "指标", "目标值", "单位"])
    for row in next_year:
        ws.append(row)
    book.save(path)
    return path


def _init(tmp_path: Path, source: Path, *extra: str, year: int = 2026):
    out = tmp_path / f"{year}.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", str(year), "--from", str(source), *extra, str(out)])
    assert run.exit_code == 0, run.output
    return out, run.output


def test_a_fresh_rollover_passes_check_with_hints_and_text_figures_become_numbers(tmp_path):
    source = _last_year(tmp_path / "2025.xlsx", plan_text="主要目标：全社会研发经费投入增长10%以上。", next_year=[
        ["深入实施科技产业融通创新行动。", None, None, None],
        ["持续加大研发投入，全社会研发经费投入增长10%以上。", "全社会研发经费投入", 10, "%"],
        ["争创省级研发平台5家左右。", "省级研发平台", "5", "家"],
    ])
    out, said = _init(tmp_path, source)
    assert "2 条带指标和目标值的打算已作为 2026 年目标任务" in said
    assert "全社会研发经费投入 增长≥10%" in said and "省级研发平台 ≈5家" in said
    assert "没有写明跨年的期限" in said and "--keep-plan" in said  # a one-year 工作要点

    book = openpyxl.load_workbook(out)
    targets = [r for r in book["目标任务"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert [(r[0], r[1], r[2], r[3], r[7]) for r in targets] == [
        ("全社会研发经费投入", 10, "%", "≥", "增速"), ("省级研发平台", 5, "家", "≈", "总量")]
    previous = list(book["县区上年数据"].iter_rows(min_row=2, max_row=4, values_only=True))
    assert previous[0][2] == 1300 and previous[1][3] == 14.5 and previous[2][1] == 450

    check = CliRunner().invoke(main, ["check", str(out)])
    assert check.exit_code == 0, check.output
    assert "[错误]" not in check.output
    assert "「科室数据」 单元格 D2:D3：「本年数」尚未报送" in check.output
    assert "「县区数据」 单元格 D2:D5：「全社会R&D经费支出」尚未报送（4 个县区）" in check.output
    assert "本年尚未报送任何目标任务的数据" in check.output
    assert "已按数字" not in check.output  # the text figures' hints do not come back every year
    assert "如 1200" not in check.output
    fill = CliRunner().invoke(main, ["fill", str(out)])
    assert fill.exit_code != 0 and "[错误]" in fill.output  # no report from nothing reported


def test_once_some_figures_are_in_a_blank_row_no_target_reads_is_a_hint(tmp_path):
    source = _last_year(tmp_path / "2025.xlsx", plan_text="主要目标。")
    out, _ = _init(tmp_path, source)
    book = openpyxl.load_workbook(out)
    book["科室数据"]["D3"] = 5
    book.save(out)
    check = CliRunner().invoke(main, ["check", str(out)])
    # a slip — but no target of this year reads the row, so it is a 提示 that stops nothing (qa10b F8)
    assert ("[提示] 2026.xlsx 工作表「科室数据」 单元格 D2：「规上工业企业中有研发活动的企业占比」的「本年数」为空；"
            "本年度目标任务没有用到这一行" in check.output), check.output


def test_a_multi_year_plan_covering_the_new_year_is_carried(tmp_path):
    source = _last_year(
        tmp_path / "2025.xlsx", plan_text="到2027年，全市科技创新能力明显提升。",
        plan_rows=[["一", "部分", "一、", "实施创新主体培育行动", None]],
        targets=[["高新技术企业", 300, "家", "≥", "一", "高新科", "到2027年高新技术企业达到300家", "总量"]],
        next_year=[["高企达到300家。", "高新技术企业", 300, "家"]])
    out, said = _init(tmp_path, source)
    assert "上年工作意见是到2027年的方案（原文「到2027年」），仍覆盖 2026 年" in said
    assert "已沿用「工作意见」2 行、「目标任务」1 行" in said
    assert "下年工作打算" not in said  # the same target is not written twice
    book = openpyxl.load_workbook(out)
    assert [r[3] for r in book["工作意见"].iter_rows(min_row=2, values_only=True) if r[0]] == [
        "主要任务目标", "实施创新主体培育行动"]
    assert [r[:2] for r in book["目标任务"].iter_rows(min_row=2, values_only=True) if r[0]] == [
        ("高新技术企业", 300)]


def test_an_expired_plan_is_not_carried_and_the_screen_says_why(tmp_path):
    source = _last_year(tmp_path / "2025.xlsx", plan_text="环县强科技行动实施方案（2023—2025）：到2025年…",
                        targets=[["科技型中小企业", 30, "家", "≥", "总", None, None, "总量"]])
    out, said = _init(tmp_path, source)
    assert "上年工作意见是2023—2025年的方案" in said and "2026 年已不在其中" in said
    book = openpyxl.load_workbook(out)
    assert book["目标任务"].max_row == 1
    # the user may still keep it
    (tmp_path / "x").mkdir()
    again, said = _init(tmp_path / "x", source, "--keep-plan")
    assert "按 --keep-plan" in said
    assert openpyxl.load_workbook(again)["目标任务"]["A2"].value == "科技型中小企业"


@pytest.mark.parametrize("texts, year, expected", [
    (["环县强科技行动实施方案（2023—2025）"], 2025, (2023, 2025)),
    (["到2027年，高新技术企业达到300家"], 2025, (None, 2027)),
    (["“十四五”期间"], 2024, (2021, 2025)),
    (["2020—2022年累计新增…", "2025年全市科技工作要点"], 2025, None),
])
def test_plan_period(texts, year, expected):
    found = plan_period(texts, year)
    assert (found and (found.first, found.last)) == expected or (found is None and expected is None)


def test_next_year_targets_read_kind_and_comparison_from_the_words():
    got = next_year_targets([
        {"工作打算": "高新技术产业产值占比提高1个百分点以上", "指标": "高新技术产业产值占比", "目标值": 1,
         "单位": "个百分点"},
        {"工作打算": "新增高新技术企业30家", "指标": "高新技术企业", "目标值": "30", "单位": "家"},
        {"工作打算": "只写了打算", "指标": None, "目标值": None, "单位": None},
    ])
    assert [(t.indicator, t.value, t.kind, t.comparison) for t in got] == [
        ("高新技术产业产值占比", 1, "提高", "≥"), ("高新技术企业", 30, "新增", "≥")]


def test_the_plan_name_recorded_by_init_says_the_period_next_year(tmp_path):
    from tests.plan.test_cover import WEB_PAGE_PLAN

    plan = tmp_path / "方案.txt"
    plan.write_text(WEB_PAGE_PLAN, "utf-8")
    first = tmp_path / "2024.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2024", "--plan", str(plan), str(first)])
    assert run.exit_code == 0, run.output
    settings = {r[0]: r[1] for r in openpyxl.load_workbook(first)["设置"].iter_rows(values_only=True)}
    assert settings["工作意见名称"] == "环县强科技行动实施方案（2023—2025）"
    book = openpyxl.load_workbook(first)
    book["目标任务"].append(["科技型中小企业", 30, "家", "≥", "一", "综合股", None, "总量"])  # typed by hand
    book.save(first)

    second = tmp_path / "2025.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2025", "--from", str(first), str(second)])
    assert run.exit_code == 0, run.output
    assert "上年工作意见是2023—2025年的方案" in run.output and "仍覆盖 2025 年" in run.output
    book = openpyxl.load_workbook(second)
    assert book["目标任务"]["A2"].value == "科技型中小企业"
    assert "指导思想" in [r[3] for r in book["工作意见"].iter_rows(min_row=2, values_only=True)]
    settings = {r[0]: r[1] for r in book["设置"].iter_rows(values_only=True)}
    assert settings["工作意见名称"] == "环县强科技行动实施方案（2023—2025）"

    third = tmp_path / "2026.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2026", "--from", str(second), str(third)])
    assert "2026 年已不在其中" in run.output
    settings = {r[0]: r[1] for r in openpyxl.load_workbook(third)["设置"].iter_rows(values_only=True)}
    assert "工作意见名称" not in settings


SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "sample2011.xlsx"


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample workbook not found")
def test_the_sample_rolled_over_passes_check_until_the_year_is_reported(tmp_path):
    out, said = _init(tmp_path, SAMPLE, year=2012)
    assert "6 条带指标和目标值的打算已作为 2012 年目标任务" in said
    check = CliRunner().invoke(main, ["check", str(out)])
    assert check.exit_code == 0, check.output
    assert "[错误]" not in check.output
    assert "「增长核算」 单元格 A9：2012 年一行尚未填写" in check.output
    assert "尚未录入 2012 年的项目" in check.output
    assert "又有报送数" not in check.output  # no empty 科室数据 row beside a carried ledger
    # once figures come in, a 年度 without its projects is an error again
    book = openpyxl.load_workbook(out)
    for row in range(2, 12):
        book["县区数据"].cell(row, 2, 100)
    book.save(out)
    check = CliRunner().invoke(main, ["check", str(out)])
    assert "[错误]" in check.output and "没有 2012 年的项目" in check.output
    assert "「增长核算」 单元格 B9：「地区生产总值（可比价）」为空" in check.output


def test_the_rollover_carries_each_units_type_and_no_footnote_row(tmp_path):
    """QA6 F15: 长春's 县区数据 with 类型 (区、开发区、县) and a closing 注 line: the new 县区数据
    keeps every unit's 类型, and the 注 line is neither a 县区 nor offered in the 县区 list."""
    source = _last_year(tmp_path / "2025.xlsx", plan_text="主要目标。")
    book = openpyxl.load_workbook(source)
    note = "注：东营开发区数据单列，不含在所在区县内。"
    for sheet in ("县区数据", "县区上年数据"):
        ws = book[sheet]
        for row, kind in zip(range(2, 6), ("区", "区", "开发区", "县"), strict=True):
            ws.cell(row, 6, kind)
        ws.append([note])
    book.save(source)
    out, said = _init(tmp_path, source)
    assert "「县区上年数据」4 行" in said and "县区 4 个" in said
    book = openpyxl.load_workbook(out)
    current = [(r[0], r[5]) for r in book["县区数据"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert current == [("东营区", "区"), ("河口区", "区"), ("垦利区", "开发区"), ("广饶县", "县")]
    assert note not in [r[0] for r in book["县区上年数据"].iter_rows(values_only=True)]
    assert note not in [c.value for row in book["下拉选项"].iter_rows() for c in row]
    check = CliRunner().invoke(main, ["check", str(out)])
    assert check.exit_code == 0 and "表注" not in check.output, check.output


@pytest.mark.parametrize("texts", [
    ["全市科技创新综合水平稳步提升，认定高新技术企业200家，完成“十五五”科技创新规划编制工作。"],
    ["2025年是“十四五”规划收官之年，也是“十五五”谋篇布局之年。"],
])
def test_a_one_year_plan_mentioning_the_next_five_year_plan_has_no_period(texts):
    # qa9 F14: 宜春 2025 工作要点 names 十五五 only as work to do; it is no 2026—2030 plan
    assert plan_period(texts, 2025) is None


@pytest.mark.parametrize("texts, expected", [
    (["磐安县科技发展“十四五”规划"], (2021, 2025)),
    (["力争到“十四五”末，全省高新技术产业产值占比达到50%。"], (2021, 2025)),
])
def test_a_five_year_plans_own_words_still_state_its_period(texts, expected):
    found = plan_period(texts, 2024)
    assert found is not None and (found.first, found.last) == expected


YICHUN_SENTENCE = ("全市科技创新综合水平稳步提升，力争全社会研发经费投入总量增长10.5%以上，认定高新技术企业200家，"
                   "总数达到740家，科技型中小企业入库数达1900家，完成“十五五”科技创新规划编制工作。")


def test_a_one_year_plan_is_not_carried_and_every_next_year_target_is_written(tmp_path):
    # qa9 F14 (宜春2025_final): the 打算's three targets are 2026's; 2025's are not carried
    source = _last_year(
        tmp_path / "2025.xlsx", plan_text=YICHUN_SENTENCE,
        targets=[["全社会研发经费投入", 10.5, "%", "≥", "一", "计划科", YICHUN_SENTENCE, "增速"],
                 ["高新技术企业", 740, "家", "≥", "一", "高新科", YICHUN_SENTENCE, "总量"],
                 ["科技型中小企业入库数", 1900, "家", "≥", "一", "高新科", YICHUN_SENTENCE, "总量"]],
        next_year=[["力争全社会研发经费投入增长10%以上", "全社会R&D经费投入", 10, "%"],
                   ["高新技术企业总数达到820家", "高新技术企业", 820, "家"],
                   ["科技型中小企业入库2100家", "科技型中小企业入库数", 2100, "家"],
                   ["技术合同成交额大幅增长", "技术合同成交额", "待定", "亿元"]])
    out, said = _init(tmp_path, source)
    assert "没有写明跨年的期限" in said and "十五五" not in said
    assert "3 条带指标和目标值的打算已作为 2026 年目标任务" in said
    assert "高新技术企业 ≥820家" in said and "科技型中小企业入库数 ≥2100家" in said
    assert "1 行未写入「目标任务」：「技术合同成交额」（目标值「待定」不是数字）" in said
    book = openpyxl.load_workbook(out)
    assert [r[:2] for r in book["目标任务"].iter_rows(min_row=2, values_only=True) if r[0]] == [
        ("全社会R&D经费投入", 10), ("高新技术企业", 820), ("科技型中小企业入库数", 2100)]

    (tmp_path / "kept").mkdir()
    again, said = _init(tmp_path / "kept", source, "--keep-plan")
    assert ("3 行已按上年「下年工作打算」改为 2026 年的目标：全社会R&D经费投入 增长≥10%（原为 10.5）、"
            "高新技术企业 ≥820家（原为 740）、科技型中小企业入库数 ≥2100家（原为 1900）") in said
    rows = [r for r in openpyxl.load_workbook(again)["目标任务"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert [(r[0], r[1], r[7]) for r in rows] == [
        ("全社会研发经费投入", 10, "增速"), ("高新技术企业", 820, "总量"), ("科技型中小企业入库数", 2100, "总量")]
