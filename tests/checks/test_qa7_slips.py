"""QA round 7 (甘肃省科学技术厅 2025, 甘南藏族自治州科学技术局 2025): slips ``check`` let through.

Each test types a slip into a copy of the sample the way a clerk does in Excel (openpyxl), then
runs the real ``kjreport check`` (or the library call behind it) and reads what the clerk reads.
"""

from __future__ import annotations

from click.testing import CliRunner

from kjreport.cli import main
from kjreport.report import check_source, load_report
from tests.checks.test_figures_fit import at, cli_check
from tests.indicators.test_reported_workbook import department_row, edit, target

# --- F16: a rank typed as written in a report (「第25位」) --------------------------------------


def test_a_rank_typed_with_its_ordinal_is_read_with_a_hint(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx",
                department_row("发展规划科", "科技创新综合评价位次", "位", "第25位", "第 26 位"),
                target("科技创新综合评价位次", 25, "位", 比较="≤", 条目="一"))
    problems = check_source(path)
    row = next(p.cell[1:] for p in problems if p.found.startswith("文本「第25位」"))
    [hint] = at(problems, "科室数据", f"D{row}")
    assert hint.severity == "提示" and hint.found == "文本「第25位」已按位次 25 读取"
    [last] = at(problems, "科室数据", f"E{row}")
    assert last.severity == "提示" and "「第 26 位」已按位次 26 读取" in last.found
    assert not [p for p in problems if p.severity == "错误"]
    r = load_report(path).result("科技创新综合评价位次")
    assert (r.value, r.previous) == (25, 26)
    assert "已按位次 25 读取" in cli_check(path).output


def test_an_ordinal_of_something_else_is_still_no_number(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", department_row("高新科", "省级研发平台", "家", "第3批", 20))
    problems = check_source(path)
    [error] = [p for p in problems if "第3批" in p.found]
    assert error.severity == "错误" and error.found == "「第3批」不是数字"


# --- F8: 上年 sheets identical to this year's --------------------------------------------------


def _copy_counties(wb, into="县区上年数据"):
    """Make one county sheet a copy of the other's figures (all counties)."""
    now, last = wb["县区数据"], wb["县区上年数据"]
    source, target_sheet = (now, last) if into == "县区上年数据" else (last, now)
    for r in range(2, now.max_row + 1):
        for c in range(2, now.max_column + 1):
            if isinstance(source.cell(r, c).value, (int, float)):
                target_sheet.cell(r, c).value = source.cell(r, c).value


def _copy_department(wb, into="上年数"):
    ws = wb["科室数据"]
    for r in range(2, ws.max_row + 1):
        if isinstance(ws[f"D{r}"].value, (int, float)) or isinstance(ws[f"E{r}"].value, (int, float)):
            if into == "上年数":
                ws[f"E{r}"] = ws[f"D{r}"].value
            else:
                ws[f"D{r}"] = ws[f"E{r}"].value


def test_last_year_sheets_copied_from_this_year_are_errors_that_block_the_report(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", _copy_counties, _copy_department)
    result = cli_check(path)
    assert result.exit_code != 0
    errors = [p for p in check_source(path) if p.severity == "错误"]
    [county] = [p for p in errors if p.sheet == "县区数据"]
    assert county.found.startswith("全部 10 个县区的数据都与「县区上年数据」完全相同（「县区数据」B2:")
    assert "若「县区数据」是本年数，请在「县区上年数据」填写上年的数" in county.expected
    assert "若是把上年数据复制到了「县区数据」" in county.expected  # either direction, blaming neither sheet
    [department] = [p for p in errors if p.sheet == "科室数据"]
    assert department.found.startswith("全部 ") and "行的本年数都与上年数完全相同（D2:" in department.found
    assert not [p for p in check_source(path) if p.sheet == "科室数据" and p.cell and "完全相同" in p.found]
    out = tmp_path / "f.docx"
    refused = CliRunner().invoke(main, ["docx", str(path), "-o", str(out)])
    assert refused.exit_code != 0 and not out.exists() and "全部 10 个县区的数据都与" in refused.output


def test_this_year_sheets_copied_from_last_year_say_the_same(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", lambda wb: _copy_counties(wb, "县区数据"),
                lambda wb: _copy_department(wb, "本年数"))
    errors = [p for p in check_source(path) if p.severity == "错误"]
    assert {p.sheet for p in errors} == {"县区数据", "科室数据"}
    assert len(errors) == 2 and all("完全相同" in p.found for p in errors)
    # the county share over 100 % (this year's ledger against last year's output) follows from the
    # copy: one 提示 saying so, not an error of its own (leftover8a item 2)
    [share] = [p for p in check_source(path) if "超过 100%" in p.found]
    assert share.severity == "提示" and "可能是上面「县区数据」「科室数据」整表与上年数相同的后果" in share.found
    assert "请先改正整表与上年数相同的错误" in share.expected
    result = cli_check(path)
    assert result.exit_code != 0 and "校验未通过：2 处错误，1 条提示" in result.output
    assert "[提示]" in result.output and "的比重超过 100%" in result.output


def test_a_share_over_100_without_a_copied_sheet_stays_an_error(sample_path, tmp_path):
    def one_county(wb):  # only one county's output retyped from last year: no whole-sheet copy
        wb["县区数据"]["B6"] = 40
    errors = [p for p in check_source(edit(sample_path, tmp_path / "f.xlsx", one_county)) if "超过 100%" in p.found]
    assert errors and all(p.severity == "错误" and "后果" not in p.found for p in errors)


def test_most_but_not_all_counties_equal_stays_a_hint(sample_path, tmp_path):
    def most(wb):
        _copy_counties(wb)
        wb["县区上年数据"]["B2"] = wb["县区数据"]["B2"].value * 0.9  # one county really reported anew

    problems = check_source(edit(sample_path, tmp_path / "f.xlsx", most))
    [hint] = [p for p in problems if "完全相同" in p.found]
    assert hint.severity == "提示" and "9 个县区" in hint.found
    assert "或把本年数据复制到了「县区上年数据」" in hint.expected


def test_small_counts_and_ranks_alone_equal_to_last_year_are_no_error(sample_path, tmp_path):
    def ranks(wb):
        ws = wb["科室数据"]
        ws.delete_rows(2, ws.max_row)
        for row in (("办公室", "科技创新综合评价位次", "位", 8, 8), ("高新科", "院士工作站", "个", 3, 3),
                    ("计划科", "国家级平台", "家", 2, 2)):
            ws.append([*row, "可比"])

    problems = check_source(edit(sample_path, tmp_path / "f.xlsx", ranks))
    assert not [p for p in problems if "完全相同" in p.found]


# --- F7: a year-end figure below an earlier month's cumulative ------------------------------------


def _monthly_row(name, unit, *months):
    def change(wb):
        wb["月度数据"].append([name, unit, *months])
    return change


def _set_monthly(name, month, value):
    def change(wb):
        ws = wb["月度数据"]
        for row in ws.iter_rows(min_row=2):
            if row[0].value == name:
                row[1 + month].value = value
                return
        raise AssertionError(name)
    return change


def test_a_year_figure_below_the_june_cumulative_is_a_hint_naming_both_cells(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx",
                department_row("成果科", "技术合同成交额", "亿元", 2.83, 2.12),
                target("技术合同成交额", 2.5, "亿元", 条目="三"),
                _monthly_row("技术合同成交额", "亿元", 0.2, 0.5, 1.1, 1.6, 2.4, 3.1))
    problems = check_source(path)
    [hint] = [p for p in problems if "累计数" in p.found]
    assert hint.severity == "提示" and hint.sheet == "科室数据" and hint.cell.startswith("D")
    assert hint.found == "「技术合同成交额」本年数 2.83亿元 小于「月度数据」H32 的 6 月累计数 3.1亿元"
    assert f"请核对「科室数据」{hint.cell} 和「月度数据」H32 哪一处填错" in hint.expected
    assert "校验通过" in cli_check(path).output  # a 提示: it never blocks


def test_a_county_sum_below_an_earlier_month_is_a_hint_on_the_column(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", _set_monthly("高新技术产业产值", 9, 900))
    [hint] = [p for p in check_source(path) if "累计数" in p.found]
    assert hint.sheet == "县区数据" and ":" in hint.cell
    assert hint.found.startswith("「高新技术产业产值」各县区之和 812亿元（") and "9 月累计数 900亿元" in hint.found


def test_a_stock_below_its_june_count_is_silent(sample_path, tmp_path):
    # 高新技术企业 (a stock: firms lose the title) and 科技特派员 may end the year below June
    path = edit(sample_path, tmp_path / "f.xlsx", _set_monthly("高新技术企业", 9, 400),
                _set_monthly("科技特派员", 9, 5000))
    assert not [p for p in check_source(path) if "累计数" in p.found]


# --- F6: a county column pasted one row off ----------------------------------------------------

RD_LAST = [18000, 6000, 21000, 5500, 16000, 6200, 19000, 5800, 14000, 8000]  # 万元: big and small counties
RD_NOW = [19900, 6700, 23500, 6100, 17400, 6900, 21300, 6400, 15500, 8900]


def _rd_column(now, last=RD_LAST):
    def change(wb):
        for sheet, values in (("县区数据", now), ("县区上年数据", last)):
            ws = wb[sheet]
            for r, v in enumerate(values, 2):
                ws[f"D{r}"] = v
    return change


def _shift_column(column, way):
    def change(wb):
        ws = wb["县区数据"]
        values = [ws[f"{column}{r}"].value for r in range(2, 12)]
        values = values[1:] + [values[-1]] if way == "up" else [None, *values[:-1]]
        for r, v in enumerate(values, 2):
            ws[f"{column}{r}"] = v
    return change


def test_a_column_pasted_one_row_up_and_refilled_is_an_error_naming_the_column(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", _rd_column(RD_NOW[1:] + [8500]))
    result = cli_check(path)
    assert result.exit_code != 0
    [error] = [p for p in check_source(path) if "整列错位" in p.expected]
    assert error.severity == "错误" and error.sheet == "县区数据" and error.cell == "D2:D10"
    assert error.found.startswith("「全社会R&D经费支出」（D 列）与「县区上年数据」相比，10 个县区中有 ")
    assert "接近下一行县区的上年数（如 D2 的 6700万元 接近下一行「丰源区」的上年数 6000万元）" in error.found
    assert "请把 D 列的数整体下移一行" in error.expected and "「县区上年数据」的这一列错位了" in error.expected
    assert not [p for p in check_source(path) if p.cell and p.cell.startswith("D") and "同比" in p.found]
    assert "是否整列错位了一行" in result.output


def test_a_column_pasted_one_row_down_says_so_beside_the_blank(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", _rd_column(RD_NOW), _shift_column("D", "down"))
    problems = check_source(path)
    [shift] = [p for p in problems if "整列错位" in p.expected]
    assert shift.cell == "D3:D11" and "接近上一行县区的上年数" in shift.found and "上移一行" in shift.expected
    assert at(problems, "县区数据", "D2")  # the empty cell is still named


def test_a_shift_among_similar_counties_is_a_hint(sample_path, tmp_path):
    # the sample's 科技特派员: 清河区 gets 丰源区's 89, 高新区 金堤县's 169 — the others barely move
    path = edit(sample_path, tmp_path / "f.xlsx", _shift_column("G", "up"))
    problems = check_source(path)
    [hint] = [p for p in problems if "整列错位" in p.expected]
    assert hint.severity == "提示" and hint.cell == "G2:G10" and "「科技特派员」（G 列）" in hint.found
    assert not at(problems, "县区数据", "G4")  # 高新区's 同比增长 445 %: said by the shift, once


def test_counties_growing_unevenly_are_no_shift(sample_path, tmp_path):
    uneven = [15500, 8200, 26000, 5000, 21000, 5600, 24000, 5300, 17500, 8000]  # −14 %…+37 %, own figures
    assert not [p for p in check_source(edit(sample_path, tmp_path / "f.xlsx", _rd_column(uneven)))
                if "整列错位" in p.expected]
