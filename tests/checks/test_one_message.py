"""QA round 5 (东营2025): one cell, one message, and the checks' advice to be trusted.

Each test types a slip into a copy of the sample the way a clerk does in Excel (openpyxl), then
runs the real ``kjreport check`` and reads what the clerk would read.
"""

from __future__ import annotations

from kjreport.report import check_source
from tests.checks.test_figures_fit import at, cli_check
from tests.test_check import mutate

# --- F9: one cell, one message ------------------------------------------------------------------

def _wan_under_yi_with_total(wb):
    """县区数据!D2 typed 10⁴ times too big (R&D above GDP too) under a typed 全市 row (in both
    county sheets: a total of one year only is not used, qa9 F6)."""
    for sheet in ("县区数据", "县区上年数据"):
        ws = wb[sheet]
        totals = [sum(ws.cell(r, c).value for r in range(2, 12)) for c in range(2, 10)]
        ws.append(["全市", *totals])
    wb["县区数据"]["D2"] = 190020000


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
    # the 全市 row is now the official figure (leftover8a item 1): the hint says so
    assert "另报错误" not in total.found and "全市数以合计行为准" in total.expected and "若合计行有误请改正" in total.expected


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


# --- F13: swapped 科室数据 rows of different units, a share fallen far below ---------------------

SHARE = "规上工业企业中有研发活动的企业占比"


def _share_and_platforms(wb, share=4, platforms=51.2):
    t = wb["目标任务"]
    t.append([SHARE, 50, "%", "≈", "总", "计划科", f"{SHARE}50%左右"])
    t.append(["省级研发平台", 4, "家", "≈", "总", "计划科", "争创省级研发平台4家左右"])
    d = wb["科室数据"]
    d.append(["计划科", SHARE, "%", share, 47.5, "可比"])
    d.append(["计划科", "省级研发平台", "家", platforms, 3, "可比"])
    return d.max_row - 1, d.max_row


def test_swapped_rows_of_different_units_are_one_hint(sample_path, tmp_path):
    # the share's 51.2 typed in the 家 row and the 4 platforms in the % row
    path = mutate(sample_path, tmp_path / "f.xlsx", _share_and_platforms)
    problems = check_source(path)
    [hint] = [p for p in problems if p.sheet == "科室数据"]  # not also 「同比增长 1607%」 on D7
    assert hint.cell == "D6" and "可能填反了" in hint.found and "（D7）" in hint.found
    assert "年度目标 4" in hint.found and "年度目标 50" in hint.found and hint.severity == "提示"


def test_a_share_far_below_last_year_and_its_target_is_a_hint(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: _share_and_platforms(wb, 4, 4))
    [hint] = [p for p in check_source(path) if p.sheet == "科室数据"]
    assert hint.cell == "D6" and "不到上年数 47.5%（E6）和年度目标 50% 的四分之一" in hint.found
    path = mutate(sample_path, tmp_path / "g.xlsx", lambda wb: _share_and_platforms(wb, 45.3, 4))
    assert not [p for p in check_source(path) if p.sheet == "科室数据"]


# --- F12: a footnote under the county table; cells quoted as typed ------------------------------

def test_footnote_rows_under_the_counties_are_one_hint(sample_path, tmp_path):
    def notes(wb):
        ws = wb["县区数据"]
        ws["A13"] = "注：功能区数据单列，不含在所在区内。"
        ws["A14"] = "填报人：张三  联系电话：0546-8888888"
        ws["A15"] = "审核人：李四"
    path = mutate(sample_path, tmp_path / "f.xlsx", notes)
    problems = check_source(path)
    [hint] = problems
    assert (hint.sheet, hint.cell, hint.severity) == ("县区数据", "A13", "提示")
    assert "第 13–15 行（「注：功能区数据单列，不含在所在区内。」等 3 行）是表注" in hint.found
    result = cli_check(path)
    assert result.exit_code == 0 and "不像是县区" not in result.output


def test_a_county_row_after_a_note_is_still_a_county(sample_path, tmp_path):
    # only the rows that close the table are a footnote; a note with figures is no footnote
    def notes(wb):
        ws = wb["县区数据"]
        ws.insert_rows(5)
        ws["A5"] = "说明：以下为县"
    problems = check_source(mutate(sample_path, tmp_path / "f.xlsx", notes))
    assert not [p for p in problems if "表注" in p.found]
    assert [p for p in problems if p.cell == "A5" and p.severity == "错误"]


def test_a_stray_row_is_quoted_as_typed(sample_path, tmp_path):
    def stray(wb):
        ws = wb["县区数据"]
        ws["K1"] = "孵化器面积（万平方米）"
        ws["A12"] = "市级农业科技园区：示范点  二期"
        ws["K12"] = 21
    [error] = [p for p in check_source(mutate(sample_path, tmp_path / "f.xlsx", stray)) if p.cell == "A12"]
    assert "「市级农业科技园区：示范点  二期」不像是县区" in error.found


# --- F14: a hidden row ---------------------------------------------------------------------------

def test_a_hidden_duplicate_row_is_said_to_be_hidden(sample_path, tmp_path):
    def hide(wb):
        ws = wb["科室数据"]
        ws.append(["合作科", "来市指导院士", "名", 9, 6, "可比"])
        ws.row_dimensions[ws.max_row].hidden = True
    path = mutate(sample_path, tmp_path / "f.xlsx", hide)
    problems = check_source(path)
    [error] = at(problems, "科室数据", "B6")
    assert error.severity == "错误" and "重复出现（另见 B3；第 6 行已隐藏）" in error.found
    [hint] = at(problems, "科室数据", "A6")
    assert hint.severity == "提示" and "第 6 行已隐藏（「来市指导院士」）" in hint.found and "计入汇总" in hint.found


def test_hidden_rows_are_one_hint_per_sheet(sample_path, tmp_path):
    def hide(wb):
        for n in (3, 4, 7):
            wb["县区数据"].row_dimensions[n].hidden = True
        wb["县区数据"].row_dimensions[20].hidden = True  # empty: nothing to say
    problems = check_source(mutate(sample_path, tmp_path / "f.xlsx", hide))
    [hint] = problems
    assert (hint.sheet, hint.cell) == ("县区数据", "A3") and "第 3–4、7 行已隐藏（「丰源区」等）" in hint.found


# --- F15: a column shift -----------------------------------------------------------------------

def _shift(ws):
    """培训农民 (I, decimals) pasted one column to the left, over 利益共同体 (H, integers)."""
    for r in range(2, 12):
        ws[f"H{r}"] = ws[f"I{r}"].value
        ws[f"I{r}"] = None


def test_a_column_shift_is_one_error_per_column_pair(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: _shift(wb["县区数据"]))
    problems = check_source(path)
    errors = [p for p in problems if p.severity == "错误"]
    assert len(errors) == 1 and errors[0].cell == "H2:I11" and errors[0].sheet == "县区数据"
    assert "「利益共同体」（H 列）有 7 行是小数" in errors[0].found and "「培训农民」（I 列）第 2–11 行整列为空" in errors[0].found
    assert "是否填错了列" in errors[0].expected
    assert not [p for p in problems if "培训农民" in p.found and p.sheet == "目标任务"]  # the shift says why
    output = cli_check(path).output
    assert output.count("[错误]") == 1


def test_one_blank_and_one_decimal_are_still_told_cell_by_cell(sample_path, tmp_path):
    def change(wb):
        wb["县区数据"]["H2"] = 30.5
        wb["县区数据"]["I3"] = None
    errors = [p for p in check_source(mutate(sample_path, tmp_path / "f.xlsx", change)) if p.severity == "错误"]
    assert sorted(p.cell for p in errors) == ["H2", "I3"]


def test_a_total_row_typed_for_one_column_only_is_not_asked_for_the_others(sample_path, tmp_path):
    def change(wb):
        ws = wb["县区数据"]
        ws.append(["全市", None, None, sum(ws.cell(r, 4).value for r in range(2, 12))])
    problems = check_source(mutate(sample_path, tmp_path / "f.xlsx", change))
    assert not [p for p in problems if p.severity == "错误"]


# --- leftover6 #5: a misspelt county is one message, not also "缺少…的上年数据" -------------------

def _last_year_hints(output: str) -> list[str]:
    return [x for x in output.splitlines() if "的上年数据" in x and x.startswith("[提示]")]


def test_a_misspelt_county_is_not_also_missing_last_year(sample_path, tmp_path):
    # 县区数据!A2 typed 「清河」 (县区上年数据 holds 清河区): the name error says it; the
    # 「缺少清河的上年数据」 hint would say the same slip again
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: wb["县区数据"].__setitem__("A2", "清河"))
    output = cli_check(path).output
    county_sheets = [x for x in output.splitlines() if "「清河」" in x and "工作表「县区" in x]
    assert len(county_sheets) == 1 and "单元格 A2" in county_sheets[0], output  # (the ledgers say theirs)
    assert _last_year_hints(output) == [], output


def test_an_abbreviated_county_last_year_names_the_full_name_once(sample_path, tmp_path):
    # 县区上年数据!A2 typed 「清河」: one error there suggests 清河区; no hint that 清河区 lacks last year
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: wb["县区上年数据"].__setitem__("A2", "清河"))
    output = cli_check(path).output
    assert "请把「清河」改为「清河区」" in output and _last_year_hints(output) == [], output


def test_a_new_county_still_lacks_last_year(sample_path, tmp_path):
    def new_county(wb):
        ws = wb["县区数据"]
        ws.append(["新设区", *[c.value for c in ws[11][1:]]])
    output = cli_check(mutate(sample_path, tmp_path / "f.xlsx", new_county)).output
    assert any("缺少新设区的上年数据" in x for x in _last_year_hints(output)), output
