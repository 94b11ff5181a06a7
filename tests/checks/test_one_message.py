"""QA round 5 (东营2025): one cell, one message, and the checks' advice to be trusted.

Each test types a slip into a copy of the sample the way a clerk does in Excel (openpyxl), then
runs the real ``kjreport check`` and reads what the clerk would read.
"""

from __future__ import annotations

from click.testing import CliRunner

from kjreport.cli import main
from kjreport.report import check_source
from tests.test_check import mutate


def cli_check(path):
    result = CliRunner().invoke(main, ["check", str(path)])
    assert "Traceback" not in result.output
    return result


def at(problems, sheet, cell):
    return [p for p in problems if p.sheet == sheet and p.cell == cell]


# --- F9: one cell, one message ------------------------------------------------------------------

def _wan_under_yi_with_total(wb):
    """县区数据!D2 typed 10⁴ times too big (R&D above GDP too) under a typed 全市 row."""
    ws = wb["县区数据"]
    totals = [sum(ws.cell(r, c).value for r in range(2, 12)) for c in range(2, 10)]
    ws["D2"] = 190020000
    ws.append(["全市", *totals])


def test_a_wan_slip_is_one_error_and_the_total_hint_names_it(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "f.xlsx", _wan_under_yi_with_total)
    problems = check_source(path)
    [error] = at(problems, "县区数据", "D2")  # the 万元 slip, not also 「不低于其地区生产总值」
    assert error.severity == "错误" and "可能把万元当作亿元" in error.expected
    [total] = at(problems, "县区数据", "D12")
    assert total.severity == "提示" and "其中 D2 已另报错误" in total.found and "请先改正 D2" in total.expected
    assert [p for p in problems if p.severity == "错误"] == [error]
    lines = cli_check(path).output.splitlines()
    assert sum("单元格 D2：" in x for x in lines) == 1


def test_a_total_hint_without_a_wrong_cell_is_unchanged(sample_path, tmp_path):
    def change(wb):
        _wan_under_yi_with_total(wb)
        wb["县区数据"]["D2"] = 19002
        wb["县区数据"]["D12"] = 99999
    [total] = at(check_source(mutate(sample_path, tmp_path / "f.xlsx", change)), "县区数据", "D12")
    assert "另报错误" not in total.found and "请核对合计行或各县区数据" in total.expected


def test_a_blank_figure_is_one_error_naming_the_indicator(sample_path, tmp_path):
    # 科室数据!D3 blank, 上年数 typed: the error names the indicator; no 「没有本年数据」 hint for D3
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: wb["科室数据"].__setitem__("D3", None))
    problems = check_source(path)
    [error] = at(problems, "科室数据", "D3")
    assert error.severity == "错误" and "「来市指导院士」的「本年数」为空" in error.found
    assert not [p for p in problems if "科室数据」D3" in p.expected]
    assert len(problems) == 1


# --- F6: two counties' figures swapped in one column ----------------------------------------------

def _swap(ws, a, b, columns):
    for col in columns:
        ws[f"{col}{a}"].value, ws[f"{col}{b}"].value = ws[f"{col}{b}"].value, ws[f"{col}{a}"].value


def test_two_counties_swapped_in_one_column_is_one_hint_naming_both(sample_path, tmp_path):
    # 清河区 136.9 / 金堤县 70 typed the other way round (上年 121.6 / 68.1)
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: _swap(wb["县区数据"], 2, 5, "B"))
    problems = check_source(path)
    [hint] = [p for p in problems if "填反" in p.found]
    assert (hint.sheet, hint.cell, hint.severity) == ("县区数据", "B2", "提示")
    assert "「清河区」" in hint.found and "「金堤县」" in hint.found and "（B5）" in hint.found
    assert "接近金堤县的上年数 68.1" in hint.found and "接近清河区的上年数 121.6" in hint.found
    assert not [p for p in problems if p.severity == "错误"]
    assert "可能填反了" in cli_check(path).output


def test_two_county_rows_swapped_in_every_column_is_one_hint(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: _swap(wb["县区数据"], 2, 5, "BCDEFGHI"))
    hints = [p for p in check_source(path) if "填反" in p.found]
    assert len(hints) == 1 and "列也是这样" in hints[0].found


def test_ordinary_growth_is_not_taken_for_a_swap(sample_path, tmp_path):
    # one county grows fast, another falls: neither fits the other's last year
    def change(wb):
        wb["县区数据"]["B2"] = 190.5
        wb["县区数据"]["B5"] = 50.2
    assert not [p for p in check_source(mutate(sample_path, tmp_path / "f.xlsx", change)) if "填反" in p.found]
