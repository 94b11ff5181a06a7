"""qa11's check findings: F30 (last year's year-end total typed as the 上年数 of a 新增 row) and
F33 (「4（含1家筹建）」 in a figure cell names the indicator and asks 「是否为 4？」)."""

from __future__ import annotations

import openpyxl

from kjreport.report import check_source
from tests.checks.test_figures_fit import cli_check
from tests.indicators.test_reported_workbook import department_row, edit, target

NEW = target("新增高新技术企业", 50, "家", 条目="一", 科室="高新科", 类型="新增")


def _row(value, last, note=None):
    def change(wb):
        wb["科室数据"].append(["高新科", "新增高新技术企业", "家", value, last, "可比", note])
    return change


def _line(path, name):
    ws = openpyxl.load_workbook(path)["科室数据"]
    return next(r for r in range(1, ws.max_row + 1) if ws[f"B{r}"].value == name)


def test_last_years_total_as_the_previous_figure_of_a_new_count_row_is_an_error(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "p.xlsx", NEW, _row(55, 320))
    result = cli_check(path)
    assert result.exit_code == 1, result.output
    [p] = [p for p in check_source(path) if "可能填的是上年年末总数" in p.found]
    assert (p.severity, p.sheet, p.cell) == ("错误", "科室数据", f"E{_line(path, '新增高新技术企业')}")
    assert p.found == ("「新增高新技术企业」上年数 320家 是本年新增数 55家 的 5.8 倍、年度目标（新增50家）的 6.4 倍，"
                       "可能填的是上年年末总数")
    assert p.expected.startswith("上年数是否填了年末总数？新增行的上年数应为上年新增的数量")
    assert "同比下降" not in result.output  # the row's swing is not said a second time


def test_a_note_on_the_previous_total_makes_it_a_hint(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "n.xlsx", NEW, _row(55, 320, "上年含整体迁入企业260家"))
    [p] = [p for p in check_source(path) if "可能填的是上年年末总数" in p.found]
    assert p.severity == "提示" and "备注已注明「上年含整体迁入企业260家」" in p.expected


def test_a_new_count_close_to_last_year_is_fine(sample_path, tmp_path):
    for name, (now, last) in {"a": (55, 60), "b": (55, 150), "c": (260, 320)}.items():
        path = edit(sample_path, tmp_path / f"{name}.xlsx", NEW, _row(now, last))
        assert not [p for p in check_source(path) if "可能填的是上年年末总数" in p.found]


def test_a_figure_with_a_remark_in_brackets_names_the_indicator_and_asks(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "r.xlsx",
                department_row("计划科", "新增高能级新型研发机构", "家", "4（含1家筹建）", 3))
    result = cli_check(path)
    assert result.exit_code == 1
    cell = f"D{_line(path, '新增高能级新型研发机构')}"
    [p] = [p for p in check_source(path) if p.sheet == "科室数据" and p.cell == cell]
    assert p.found == "「新增高能级新型研发机构」的「本年数」为「4（含1家筹建）」，不是数字"
    assert p.expected == "应填写数值；是否为 4？请只填数字 4，「含1家筹建」请写在本行「备注」列"
    assert "1200" not in result.output.split(cell)[1].splitlines()[0]


def test_a_figure_in_chinese_numerals_names_the_indicator_and_suggests_the_number(sample_path, tmp_path):
    # the final user check of session 11: 「约一百」 gave only "应填写数值，如 1200 或 26.5"
    for typed, number in (("约一百", "100"), ("一百二十", "120"), ("三点五", "3.5"), ("两千", "2000")):
        path = edit(sample_path, tmp_path / f"{number}.xlsx", department_row("计划科", "研发投入", "亿元", typed, 3))
        before = path.read_bytes()
        result = cli_check(path)
        assert result.exit_code == 1, result.output  # still an error: never read silently
        cell = f"D{_line(path, '研发投入')}"
        [p] = [p for p in check_source(path) if p.sheet == "科室数据" and p.cell == cell]
        assert p.severity == "错误"
        assert p.found == f"「研发投入」的「本年数」为「{typed}」，不是数字"
        assert f"是否为 {number}？请只填数字 {number}" in p.expected
        assert ("备注" in p.expected) == typed.startswith("约")  # an estimate's words go to 备注
        assert path.read_bytes() == before
