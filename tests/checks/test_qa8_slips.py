"""QA round 8 (a 区科委 with 街镇, a 县 with 乡镇): slips ``check`` let through, and its false alarms.

Each test types the slip into a copy of the sample the way a clerk does (openpyxl), then runs the
real ``kjreport check`` (or the library call behind it) and reads what the clerk reads.
"""

from __future__ import annotations

from kjreport.report import check_source
from tests.checks.test_figures_fit import at, cli_check
from tests.indicators.test_reported_workbook import department_row, edit, next_row, target

# --- F10: 10.2 typed into a %-formatted cell shows 1020 % --------------------------------------

SHARE = "科技创新投入与地区生产总值之比"


def _percent_format(name, column="D"):
    def change(wb):
        ws = wb["科室数据"]
        for r in range(2, ws.max_row + 1):
            if ws[f"B{r}"].value == name:
                ws[f"{column}{r}"].number_format = "0.0%"
                return
        raise AssertionError(name)
    return change


def _row_of(path, sheet, name, column="B"):
    import openpyxl

    ws = openpyxl.load_workbook(path)[sheet]
    return next(r for r in range(1, ws.max_row + 1) if ws[f"{column}{r}"].value == name)


def test_a_share_typed_into_a_percent_formatted_cell_is_an_error_naming_the_likely_value(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("计划科", SHARE, "%", 10.2, 9.8),
                target(SHARE, 10, "%"), _percent_format(SHARE))
    row = _row_of(path, "科室数据", SHARE)
    problems = check_source(path)
    [error] = at(problems, "科室数据", f"D{row}")
    assert error.severity == "错误"
    assert error.found.startswith(f"「{SHARE}」本年数为 1020%（单元格设为百分比格式，输入 10.2 会显示为 1020%），"
                                  "约为上年数 9.8 和年度目标 10 的 100 倍")
    assert "是否应为 10.2" in error.expected
    result = cli_check(path)
    assert result.exit_code != 0 and "约为上年数 9.8 和年度目标 10 的 100 倍" in result.output


def test_a_percent_formatted_share_typed_as_a_fraction_is_still_read_as_shown(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("计划科", SHARE, "%", 0.102, 9.8),
                target(SHARE, 10, "%"), _percent_format(SHARE))
    row = _row_of(path, "科室数据", SHARE)
    [hint] = at(check_source(path), "科室数据", f"D{row}")
    assert hint.severity == "提示" and "显示为 10.2%" in hint.found


def test_a_large_growth_rate_is_no_hundredfold_slip(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("计划科", "技术交易额增速", "%", 150, 120))
    row = _row_of(path, "科室数据", "技术交易额增速")
    assert not [p for p in at(check_source(path), "科室数据", f"D{row}") if p.severity == "错误"]


# --- F11: 本年数 and 上年数 typed the wrong way round --------------------------------------------

def _monthly(name, unit, **months):
    def change(wb):
        ws = wb["月度数据"]
        r = next_row(ws)
        ws.cell(r, 1, name)
        ws.cell(r, 2, unit)
        for key, v in months.items():
            ws.cell(r, 2 + int(key.lstrip("m")), v)
    return change


def test_this_and_last_year_swapped_is_a_hint_when_the_december_figure_is_last_years(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("成果科", "技术合同成交额", "亿元", 312.6, 338.4),
                target("技术合同成交额", 330, "亿元"), _monthly("技术合同成交额", "亿元", m6=158.9, m12=338.4))
    row, month_row = _row_of(path, "科室数据", "技术合同成交额"), _row_of(path, "月度数据", "技术合同成交额", "A")
    [hint] = at(check_source(path), "科室数据", f"D{row}")
    assert hint.severity == "提示"
    assert hint.found == (f"「技术合同成交额」本年数 312.6亿元（D{row}）小于上年数 338.4亿元（E{row}），"
                          f"而「月度数据」N{month_row} 的 12 月累计数为 338.4亿元，与上年数相同")
    assert hint.expected.startswith("本年数与上年数是否填反了")
    assert "本年数与上年数是否填反了" in cli_check(path).output


def test_this_and_last_year_swapped_is_a_hint_when_the_units_grew_past_the_total(sample_path, tmp_path):
    from tests.indicators.test_reported_workbook import county_column

    now = [42.1, 36.2, 62.3, 31.4, 29.5, 28.6, 27.7, 26.8, 25.9, 24.5]  # Σ 335 > 312.6, by 上年数 338.4
    last = [38.0, 34.0, 57.0, 29.0, 28.0, 26.0, 26.0, 25.0, 24.0, 23.0]  # Σ 310, by 本年数 312.6
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("成果科", "技术合同成交额", "亿元", 312.6, 338.4),
                target("技术合同成交额", 330, "亿元"), county_column("技术合同成交额（亿元）", now, last))
    row = _row_of(path, "科室数据", "技术合同成交额")
    [hint] = at(check_source(path), "科室数据", f"D{row}")
    assert "「县区数据」各单位之和 335亿元 大于本年数，且比上年（310亿元）增长 8.1%" in hint.found


def test_a_year_figure_too_small_is_no_swap(sample_path, tmp_path):
    from tests.indicators.test_reported_workbook import county_column

    now = [42.1, 36.2, 62.3, 31.4, 29.5, 28.6, 27.7, 26.8, 25.9, 24.5]  # Σ 335, last year's Σ 310
    last = [38.0, 34.0, 57.0, 29.0, 28.0, 26.0, 26.0, 25.0, 24.0, 23.0]
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("成果科", "技术合同成交额", "亿元", 152.3, 312.6),
                target("技术合同成交额", 330, "亿元"), county_column("技术合同成交额（亿元）", now, last))
    assert not [p for p in check_source(path) if "填反" in p.expected]  # 152.3 is wrong, not swapped


def test_a_real_fall_is_no_swap(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("成果科", "技术合同成交额", "亿元", 312.6, 338.4),
                target("技术合同成交额", 330, "亿元"), _monthly("技术合同成交额", "亿元", m6=150.2, m12=312.6))
    assert not [p for p in check_source(path) if "填反" in p.expected]


def test_the_sample_has_no_swap_nor_month_hint():
    from pathlib import Path

    problems = check_source(Path(__file__).parents[2] / "samples" / "sample2011.xlsx")
    assert not [p for p in problems if "填反" in p.expected or "（报送月份）为" in p.found or "累计增速为" in p.found]


# --- F5 / F4: 月度数据 of the 报送月份 against 科室数据, said by check as by fill -----------------

def test_the_report_months_figure_unlike_the_departments_is_a_hint_naming_both_cells(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("成果科", "技术合同成交额", "亿元", 158.4, 142.9),
                target("技术合同成交额", 330, "亿元"), _monthly("技术合同成交额", "亿元", m6=80.1, m12=158.9))
    row, month_row = _row_of(path, "科室数据", "技术合同成交额"), _row_of(path, "月度数据", "技术合同成交额", "A")
    [hint] = at(check_source(path), "月度数据", f"N{month_row}")
    assert hint.severity == "提示"
    assert hint.found == f"「技术合同成交额」12月（报送月份）为 158.9亿元，而「科室数据」D{row} 的本年数为 158.4亿元"
    rounded = edit(sample_path, tmp_path / "g.xlsx", department_row("成果科", "技术合同成交额", "亿元", 158.43, 142.9),
                   target("技术合同成交额", 330, "亿元"), _monthly("技术合同成交额", "亿元", m12=158.4))
    assert not at(check_source(rounded), "月度数据", f"N{month_row}")  # the same figure, rounded


def test_check_says_every_hint_fill_says(sample_path, tmp_path):
    from kjreport.report import analyse, open_source
    from tests.indicators.test_reported_workbook import county_column

    path = edit(sample_path, tmp_path / "f.xlsx", department_row("高新科", "众创空间入驻企业", "家", 4090, 3900),
                target("众创空间入驻企业", 4000, "家"),
                county_column("众创空间入驻企业（家）", [500, 450, 420, 400, 390, 380, 400, 380, 390, 380],
                              [480, 430, 400, 380, 370, 360, 380, 360, 370, 370]),
                _monthly("众创空间入驻企业", "家", m12=3990))
    by_fill = analyse(open_source(path))[3]
    by_check = check_source(path)
    assert {(p.sheet, p.cell, p.found) for p in by_fill} <= {(p.sheet, p.cell, p.found) for p in by_check}
    assert at(by_check, "月度数据", f"N{_row_of(path, '月度数据', '众创空间入驻企业', 'A')}")


# --- F20: a growth typed as a fraction in 月度数据 ---------------------------------------------

def test_a_growth_typed_as_a_fraction_in_the_monthly_sheet_is_an_error(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("成果科", "技术合同成交额", "亿元", 158.4, 142.9),
                target("技术合同成交额", 12, "%", 类型="增速"),
                _monthly("技术合同成交额", "亿元", m12=158.4), _monthly("技术合同成交额（增速）", "%", m12=0.108))
    [error] = at(check_source(path), "月度数据", f"N{_row_of(path, '月度数据', '技术合同成交额（增速）', 'A')}")
    assert error.severity == "错误"
    assert error.found == "「技术合同成交额」12月的累计增速为 0.108（单位 %，即增长 0.108%），而本年数与上年数算得同比增长 10.8%"
    assert error.expected.startswith("是否应为 10.8")
    result = cli_check(path)
    assert result.exit_code != 0 and "是否应为 10.8" in result.output


# --- F12 / F15: a township's suffix slipped (街道 typed 镇), and the 收件人 row of its right name ----

def _towns(current, previous, recipient):
    """Rename 西山县 (row 11) in 县区数据, 县区上年数据 and 收件人 (row 8)."""
    def change(wb):
        wb["县区数据"]["A11"], wb["县区上年数据"]["A11"], wb["收件人"]["C8"] = current, previous, recipient
    return change


def test_a_street_typed_as_a_town_is_an_error_naming_the_right_name(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", _towns("浦锦镇", "浦锦街道", "浦锦街道"))
    problems = check_source(path)
    [error] = at(problems, "县区数据", "A11")
    assert error.severity == "错误"
    assert "「浦锦镇」在「县区上年数据」中没有对应的县区，可能是「浦锦街道」的笔误" in error.found
    assert not at(problems, "收件人", "C8")  # its right spelling needs no second message
    assert not [p for p in problems if "缺少" in p.found and "上年数据" in p.found]
    result = cli_check(path)
    assert result.exit_code != 0 and "可能是「浦锦街道」的笔误" in result.output


def test_a_short_name_error_drops_the_recipient_hint_of_the_right_name(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", _towns("七宝", "七宝镇", "七宝镇"))
    problems = check_source(path)
    assert at(problems, "县区数据", "A11")[0].severity == "错误"
    assert not at(problems, "收件人", "C8")


def test_a_street_and_a_town_of_one_stem_both_listed_are_no_slip(sample_path, tmp_path):
    def both(wb):
        for sheet in ("县区数据", "县区上年数据"):
            wb[sheet]["A10"], wb[sheet]["A11"] = "城关镇", "城关街道"
        wb["收件人"]["C8"] = "城关街道"
    path = edit(sample_path, tmp_path / "f.xlsx", both)
    assert not [p for p in check_source(path) if p.sheet in ("县区数据", "县区上年数据", "收件人") and "城关" in p.found]


# --- F6: small whole counts of townships are no anomaly -----------------------------------------

FIRMS_NOW, FIRMS_LAST = [2, 2, 1, 2, 1, 2, 1, 2, 1, 1], [1, 2, 1, 1, 2, 1, 1, 1, 2, 1]
LABS_NOW, LABS_LAST = [1, 1, 0, 1, 1, 1, 0, 1, 1, 1], [1, 1, 1, 0, 1, 1, 1, 0, 1, 0]


def test_small_township_counts_raise_no_growth_nor_shift_hint(sample_path, tmp_path):
    from tests.indicators.test_reported_workbook import county_column

    path = edit(sample_path, tmp_path / "f.xlsx", county_column("新增规上工业企业（家）", FIRMS_NOW, FIRMS_LAST),
                county_column("新增省市级科研平台（家）", LABS_NOW, LABS_LAST))
    problems = check_source(path)
    assert not [p for p in problems if "变化异常" in p.found + p.expected or "错位" in p.found]
    assert "校验通过" in cli_check(path).output


def test_a_real_jump_in_counts_is_still_a_hint(sample_path, tmp_path):
    from tests.indicators.test_reported_workbook import county_column

    path = edit(sample_path, tmp_path / "f.xlsx",
                county_column("新增规上工业企业（家）", [2, 2, 1, 2, 1, 2, 1, 2, 1, 12], FIRMS_LAST))
    [hint] = at(check_source(path), "县区数据", "K11")
    assert hint.severity == "提示" and "同比增长 1100%（本年 12家，上年 1家）" in hint.found


# --- F14: 县区数据 renamed for the bureau's units (街镇数据) -------------------------------------
# since towns11 (qa10 F45) 街镇数据 is one of the accepted names (kjreport.workbook.unitsheets);
# a name that is none of them is still named in the error

def test_a_county_sheet_renamed_for_townships_is_read_under_its_own_name(sample_path, tmp_path):
    def rename(wb):
        wb["县区数据"].title = "街镇数据"
    path = edit(sample_path, tmp_path / "f.xlsx", rename)
    assert not [p for p in check_source(path) if p.found.startswith("缺少工作表")]


def test_a_county_sheet_renamed_otherwise_is_named_in_the_error(sample_path, tmp_path):
    def rename(wb):
        wb["县区数据"].title = "市州数据"
    path = edit(sample_path, tmp_path / "f.xlsx", rename)
    [error] = [p for p in check_source(path) if p.found.startswith("缺少工作表「县区数据」")]
    assert error.found == "缺少工作表「县区数据」：工作簿中的「市州数据」是否就是它"
    assert error.expected.startswith("请把「市州数据」改回原名「县区数据」")
    assert "是否就是它" in cli_check(path).output


# --- F16: a date or an estimate typed in a figure cell -------------------------------------------

def test_a_date_in_a_county_cell_names_the_county_the_column_and_the_date(sample_path, tmp_path):
    import datetime

    def date(wb):
        wb["县区数据"]["B5"] = datetime.datetime(2025, 12, 16)
    path = edit(sample_path, tmp_path / "f.xlsx", date)
    [error] = at(check_source(path), "县区数据", "B5")
    assert error.found == "「金堤县」的「高新技术产业产值」填的是日期 2025-12-16"
    assert error.expected.startswith("应填写数值（单位：亿元）")


def test_an_estimate_asks_whether_its_number_is_meant(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("成果科", "技术合同成交额", "亿元", "约30", 28))
    row = _row_of(path, "科室数据", "技术合同成交额")
    [error] = at(check_source(path), "科室数据", f"D{row}")
    assert error.found == "「技术合同成交额」的「本年数」为「约30」，不是数字"  # qa11 F33: which figure
    assert "是否为 30？请只填数字 30" in error.expected
    for typed in ("30左右", "30（预计）"):
        path = edit(sample_path, tmp_path / "g.xlsx", department_row("成果科", "技术合同成交额", "亿元", typed, 28))
        assert "是否为 30？" in at(check_source(path), "科室数据", f"D{row}")[0].expected
    path = edit(sample_path, tmp_path / "h.xlsx", department_row("成果科", "技术合同成交额", "亿元", "待统计", 28))
    assert "是否为" not in at(check_source(path), "科室数据", f"D{row}")[0].expected
