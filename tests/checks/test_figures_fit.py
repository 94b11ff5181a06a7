"""QA round 4 (F1–F3, F9, F15, F17): figures that do not fit the figures beside them.

Each test types a slip into a copy of the sample the way a clerk does in Excel (openpyxl), then
runs the real ``kjreport check`` (or ``docx``) and reads what the clerk would read.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.report import check_source, load_report
from tests.summary.docx_readback import body_text
from tests.test_check import header_col as column
from tests.test_check import mutate

SHARE = "规上工业战略性新兴产业增加值占比"




def add_share(wb, figure=36.1, previous=33.8, target=35, figure_format=None):
    """A % target and the 科室数据 row that reports it (as init writes them from a plan)."""
    t = wb["目标任务"]
    t.append([SHARE, target, "%", "≥", "总", "高新科"])
    t.cell(t.max_row, 7, f"规上工业战略性新兴产业增加值占比达{35}%。")
    d = wb["科室数据"]
    d.append(["高新科", SHARE, "%", figure, previous, "可比"])
    if figure_format:
        d.cell(d.max_row, 4).number_format = figure_format
    return t.max_row, d.max_row


def cli_check(path):
    result = CliRunner().invoke(main, ["check", str(path)])
    assert "Traceback" not in result.output
    return result


def at(problems, sheet, cell):
    return [p for p in problems if p.sheet == sheet and p.cell == cell]


# --- F1/F2: a % figure or target one hundredth of what it should be -------------------------------

def test_share_typed_as_a_fraction_is_an_error_naming_the_likely_value(sample_path, tmp_path):
    rows = {}
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: rows.update(zip("td", add_share(wb, figure=0.361), strict=False)))
    result = cli_check(path)
    assert result.exit_code != 0
    line = next(x for x in result.output.splitlines() if f"单元格 D{rows['d']}" in x)
    assert line.startswith("[错误]") and "「科室数据」" in line
    assert "0.361" in line and "上年数 33.8" in line and "年度目标 35" in line and "是否应为 36.1" in line


def test_both_years_typed_as_fractions_are_each_an_error(sample_path, tmp_path):
    # 商丘 2025 (qa18): 本年 0.0066 and 上年 0.0058 beside the target 0.62 — each year matched the
    # other, so neither was flagged and the summary said 0.0066%
    rows = {}
    path = mutate(sample_path, tmp_path / "f.xlsx",
                  lambda wb: rows.update(zip("td", add_share(wb, figure=0.362, previous=0.338), strict=False)))
    before = path.read_bytes()
    result = cli_check(path)
    assert result.exit_code != 0 and path.read_bytes() == before
    lines = result.output.splitlines()
    now = next(x for x in lines if f"单元格 D{rows['d']}" in x)
    last = next(x for x in lines if f"单元格 E{rows['d']}" in x)
    assert now.startswith("[错误]") and "0.362" in now and "年度目标 35" in now and "是否应为 36.2" in now
    assert last.startswith("[错误]") and "上年数为 0.338" in last and "是否应为 33.8" in last


def test_percent_formatted_cell_is_read_as_shown(sample_path, tmp_path):
    rows = {}

    def change(wb):
        rows.update(zip("td", add_share(wb, figure=0.361, figure_format="0.00%"), strict=False))

    path = mutate(sample_path, tmp_path / "f.xlsx", change)
    problems = check_source(path)
    assert not [p for p in problems if p.severity == "错误"], problems
    [hint] = at(problems, "科室数据", f"D{rows['d']}")
    assert hint.severity == "提示" and "显示为 36.1%" in hint.found and "已按 36.1 读取" in hint.found
    report = load_report(path)
    share = next(r for r in report.results if r.plain_name == SHARE)
    assert share.value == pytest.approx(36.1) and share.status == "超额完成"


def test_a_percent_target_typed_as_a_fraction_is_an_error(sample_path, tmp_path):
    rows = {}
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: rows.update(zip("td", add_share(wb, target=0.35), strict=False)))
    problems = check_source(path)
    [error] = at(problems, "目标任务", f"B{rows['t']}")
    assert error.severity == "错误" and "0.35" in error.found and "「35%」" in error.found
    assert "是否应为 35" in error.expected
    assert not at(problems, "科室数据", f"D{rows['d']}")  # the figure is right


def test_small_true_percentages_are_not_taken_for_fractions(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: add_share(wb, figure=0.8, previous=0.75, target=0.9))
    assert not [p for p in check_source(path) if p.severity == "错误"]


# --- F15: 万元 typed under an 亿元 header -------------------------------------------------------------

def test_whole_column_in_wan_under_yi_header_is_one_message_on_the_header(sample_path, tmp_path):
    def change(wb):
        ws = wb["县区数据"]
        c = column(ws, "地区生产总值")
        for r in range(2, ws.max_row + 1):
            ws[f"{c}{r}"] = ws[f"{c}{r}"].value * 10000

    path = mutate(sample_path, tmp_path / "f.xlsx", change)
    errors = [p for p in check_source(path) if p.severity == "错误"]
    assert len(errors) == 1, errors
    assert errors[0].sheet == "县区数据" and errors[0].cell == "F1"
    assert "可能按万元填写" in errors[0].found and "「地区生产总值（万元）」" in errors[0].expected


def test_one_cell_in_wan_is_one_message_with_the_number_as_typed(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: wb["科室数据"].__setitem__("D2", 4300000))
    result = cli_check(path)
    lines = [x for x in result.output.splitlines() if "单元格 D2" in x]
    assert len(lines) == 1 and "4300000亿元" in lines[0] and "e+" not in lines[0] and "430亿元" in lines[0]


# --- F3: R&D against GDP, ≈ targets far above ------------------------------------------------------

def test_county_rd_at_or_above_gdp_is_an_error(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: wb["县区数据"].__setitem__("D2", 1943000))
    problems = check_source(path)
    [error] = at(problems, "县区数据", "D2")  # not also the 同比 hint on the same cell
    assert error.severity == "错误" and "「清河区」" in error.found and "1943000万元" in error.found
    assert "194.3亿元" in error.found and "F2" in error.found


def test_county_rd_intensity_above_ten_percent_is_one_hint(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: wb["县区数据"].__setitem__("D2", 300000))
    problems = check_source(path)
    assert not [p for p in problems if p.severity == "错误"]
    [hint] = at(problems, "县区数据", "D2")
    assert hint.severity == "提示" and "15.4%" in hint.found


def test_city_total_five_times_last_year_is_a_hint(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: wb["县区数据"].__setitem__("D4", 400000))
    problems = check_source(path)
    [city] = [p for p in problems if p.cell and ":" in p.cell and "全市" in p.found]
    assert city.severity == "提示" and "全社会R&D经费投入" in city.found and "倍" in city.found


def test_approximate_target_far_exceeded_is_not_said_to_be_met(sample_path, tmp_path):
    def change(wb, value):
        ws = wb["目标任务"]
        for row in ws.iter_rows(min_row=2):
            if row[0].value == "全社会R&D经费投入占GDP比重":
                row[1].value, row[3].value = value, "≈"

    texts = {}
    for value in (0.8, 0.2):  # the sample's 0.76 %: within ±0.5 of 0.8; far above 0.2
        path = mutate(sample_path, tmp_path / f"t{value}.xlsx", lambda wb, v=value: change(wb, v))
        out = tmp_path / f"t{value}.docx"
        result = CliRunner().invoke(main, ["docx", str(path), "-o", str(out)])
        assert result.exit_code == 0, result.output
        texts[value] = body_text(out)
    # within the band: met, its verdict in 附件1 (qa12b F20), never said to be above or below it
    assert "0.8%左右" not in texts[0.8].split("附件")[0] or "达到年度目标0.8%左右的要求" in texts[0.8]
    assert "高于年度目标0.8%左右" not in texts[0.8] and "低于年度目标0.8%左右" not in texts[0.8]
    # far above the band: never said to be met; 附件1 says 超额完成 (the body states a met share's
    # figure without a verdict — qa12b F20)
    assert "达到年度目标0.2%左右" not in texts[0.2]
    assert "全社会R&D经费投入占GDP比重\n%\n0.2\n0.76\n+0.56\n+0.05\n超额完成" in texts[0.2]


# --- F9: last year's figures pasted as this year's -------------------------------------------------

def test_department_row_equal_to_last_year_is_a_hint_but_not_a_small_count(sample_path, tmp_path):
    def change(wb):
        ws = wb["科室数据"]
        ws["D4"] = ws["E4"].value  # 来市指导专家 95 = 95
        ws["D3"] = ws["E3"].value  # 来市指导院士 6 = 6: a small count may stay the same

    problems = check_source(mutate(sample_path, tmp_path / "f.xlsx", change))
    [hint] = at(problems, "科室数据", "D4")
    assert hint.severity == "提示" and "完全相同" in hint.found and "是否误填了上年数" in hint.expected
    assert not at(problems, "科室数据", "D3")


def test_county_row_equal_to_last_year_is_one_hint_for_the_row(sample_path, tmp_path):
    def copy(wb, rows):
        now, last = wb["县区数据"], wb["县区上年数据"]
        for r in rows:
            for c in range(2, now.max_column + 1):
                if isinstance(last.cell(r, c).value, (int, float)):
                    now.cell(r, c).value = last.cell(r, c).value

    problems = check_source(mutate(sample_path, tmp_path / "one.xlsx", lambda wb: copy(wb, [5])))
    [hint] = [p for p in problems if "完全相同" in p.found]
    assert hint.cell == "A5" and "「金堤县」" in hint.found and hint.severity == "提示"
    problems = check_source(mutate(sample_path, tmp_path / "all.xlsx", lambda wb: copy(wb, range(2, 12))))
    [hint] = [p for p in problems if "完全相同" in p.found]
    assert hint.cell is None and "10 个县区" in hint.found


# --- F17: two rows swapped ----------------------------------------------------------------------

def test_two_swapped_department_rows_are_a_hint(sample_path, tmp_path):
    def change(wb):
        ws = wb["科室数据"]
        ws.append(["高新科", "数字经济规模占GDP比重", "%", 81.5, 49, "可比"])
        ws.append(["计划科", "每万人就业人员中研发人员数", "人", 51.2, 76.2, "可比"])

    problems = check_source(mutate(sample_path, tmp_path / "f.xlsx", change))
    [hint] = [p for p in problems if "填反" in p.found]
    assert hint.cell == "D6" and "D7" in hint.found and hint.severity == "提示"


def test_sample_stays_clean(sample_path):
    assert check_source(sample_path) == []


# --- F7/F8: a mid-year workbook ---------------------------------------------------------------------

def set_month(wb, month):
    for row in wb["设置"].iter_rows(min_row=2):
        if row[0].value == "报送月份":
            row[1].value = month
            return
    wb["设置"].append(["报送月份", month])


def test_mid_year_monthly_figure_differing_from_the_county_sum_is_a_hint(sample_path, tmp_path):
    problems = check_source(mutate(sample_path, tmp_path / "f.xlsx", lambda wb: set_month(wb, 6)))
    [hint] = [p for p in problems if p.sheet == "月度数据" and "「高新技术产业产值」" in p.found]
    assert hint.severity == "提示" and hint.cell == "H2" and "6月（报送月份）为 395亿元" in hint.found
    assert "各县区之和为 812亿元" in hint.found
    assert not [p for p in problems if "上年同期" in p.expected]  # year-end county figures: no half-year fall


def test_mid_year_counties_against_full_last_year_is_one_item_to_verify(sample_path, tmp_path):
    # qa12 F38: the 提示 itself said the notice would be wrong; now 须核对 stops the notice
    def change(wb):
        set_month(wb, 6)
        ws = wb["县区数据"]
        for row in ws.iter_rows(min_row=2, min_col=2):
            for c in row:
                if isinstance(c.value, (int, float)):
                    c.value = round(c.value * 0.5, 2)

    problems = check_source(mutate(sample_path, tmp_path / "f.xlsx", change))
    [hint] = [p for p in problems if "上年同期（1—6月）" in p.expected]
    assert hint.sheet == "县区上年数据" and hint.severity == "须核对" and "一半左右" in hint.found
    assert [p for p in problems if p.severity == "须核对"] == [hint]  # the counties' swings are not items


def test_a_bad_cell_is_not_also_asked_to_be_filled(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: wb["科室数据"].__setitem__("D2", "四百三十左右"))
    problems = check_source(path)
    assert [p.cell for p in problems] == ["D2"] and problems[0].severity == "错误"


def test_draft_comment_of_a_growth_gap_says_growth_minus_target_growth(sample_path, tmp_path):
    from tests.summary.docx_readback import comments

    def change(wb):
        # missed (19.0 % against 25 %), so the body states the gap (a met growth's verdict is in 附件1 — qa12b F20)
        wb["目标任务"].append(["全社会R&D经费投入", 25, "%", "≥", "总", "计划科",
                            "全社会R&D经费投入增长25%。", "增速"])

    path = mutate(sample_path, tmp_path / "f.xlsx", change)
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(main, ["docx", str(path), "-o", str(out), "--draft"])
    assert result.exit_code == 0, result.output
    # prose15 (qa14b F5): the missed growth is said against its target ("低于25%的年度目标"), whose
    # comment cites the target's cell; a growth gap, where one is printed, says how it is computed
    said = comments(out)
    assert any(c.startswith("全社会R&D经费投入（增速）·目标值") and "目标任务!B" in c for c in said), said
    gaps = [c for c in said if c.startswith("全社会R&D经费投入（增速）·差距")]
    assert all("本年增速 − 目标增速" in c for c in gaps), said


def test_whole_rd_column_above_gdp_is_left_to_the_scale_checks(sample_path, tmp_path):
    def change(wb):
        for sheet in ("县区数据", "县区上年数据"):
            wb[sheet]["D1"] = "全社会R&D经费支出"  # header lost its （万元）: 19002 read as 亿元

    problems = check_source(mutate(sample_path, tmp_path / "f.xlsx", change))
    assert not [p for p in problems if "不低于其「地区生产总值」" in p.found]
    assert [p for p in problems if p.severity == "错误" and "年度目标" in p.found and p.cell == "D2:D11"]


def test_many_counties_with_a_high_intensity_are_one_hint(sample_path, tmp_path):
    def change(wb):
        ws = wb["县区数据"]
        for r in range(2, 12):
            ws[f"D{r}"] = ws[f"F{r}"].value * 2000  # 20 % of GDP, in 万元

    problems = check_source(mutate(sample_path, tmp_path / "f.xlsx", change))
    hints = [p for p in problems if "比重超过 10%" in p.found]
    assert len(hints) == 1 and hints[0].cell == "D1" and "10 个县区" in hints[0].found
    assert not [p for p in problems if "占其「地区生产总值」" in p.found and p.cell != "D1"]


def test_percent_text_in_a_percent_formatted_cell_is_not_multiplied(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "f.xlsx",
                  lambda wb: add_share(wb, figure="36.1%", figure_format="0.00%"))
    report = load_report(path)
    assert next(r for r in report.results if r.plain_name == SHARE).value == pytest.approx(36.1)
