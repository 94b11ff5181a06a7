"""qa10's message findings: F11 (a 万元 row typed in 亿元 says so, not "可能把单位填写了") and F12
(an empty cell whose comment gives the figure suggests that figure, not a generic "如 1200")."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner
from openpyxl.comments import Comment

from kjreport.cli import main
from kjreport.report import check_source
from tests.indicators.test_reported_workbook import edit
from tests.summary.renamed_units import rename_in_cells


def test_a_wan_yuan_row_typed_in_yi_yuan_says_so(sample_path, tmp_path):
    def row(wb):
        wb["科室数据"].append(["计划科", "上级科技资金", "万元", 0.684, 5210, "可比", None])
    path = edit(sample_path, tmp_path / "w.xlsx", row)
    [p] = [p for p in check_source(path) if "「上级科技资金」本年数" in p.found]
    assert p.expected == "可能按亿元填写了（本行单位是万元），应约为 6840万元；请核对"


def test_an_empty_cell_suggests_the_figure_its_comment_gives(sample_path, tmp_path):
    def comment_only(wb):
        ws = wb["科室数据"]
        for row in ws.iter_rows(min_row=2):
            if row[1].value == "来市指导院士":
                row[3].value = None
                row[3].comment = Comment("待人才办核实，预计8名", "合作科")
    path = edit(sample_path, tmp_path / "c.xlsx", comment_only)
    [p] = [p for p in check_source(path) if "该格只有批注「待人才办核实，预计8名」" in p.found]
    assert "如批注中的 8名" in p.expected and "如 1200" not in p.expected


def test_the_types_offices_write_are_accepted(sample_path, tmp_path):
    """qa10 F6: 「县级市」 (偃师市 is one) is the 类型 市, not an error that blocks check."""
    def typed(wb):
        ws = wb["县区数据"]
        header = [c.value for c in ws[1]]
        at = header.index("类型")
        ws.cell(2, at + 1).value = "县级市"
        ws.cell(3, at + 1).value = "自治县"
    path = edit(sample_path, tmp_path / "t.xlsx", typed)
    assert not [p for p in check_source(path) if "不在可选范围内" in p.found]


def test_a_county_named_as_before_its_renaming_is_not_called_a_slip(sample_path, tmp_path):
    """qa10 F5: 偃师市 became 偃师区 in 2021; a 2008 workbook is right to say 偃师市."""
    def luoyang(wb):
        rename_in_cells(wb, {"清河区": "偃师市"})
        for row in wb["设置"].iter_rows():
            if row[0].value == "城市名称":
                row[1].value = "洛阳市"
    path = edit(sample_path, tmp_path / "l.xlsx", luoyang)
    [p] = [p for p in check_source(path) if "名录" in p.found]
    assert p.severity == "提示" and "笔误" not in p.found
    assert p.found == "县区「偃师市」不在洛阳市现行的县区名录（民政部行政区划）中，现名「偃师区」"
    assert p.expected.startswith("若本工作簿的年度在撤县（市）设区等更名之前，「偃师市」是当年的名称，无需修改")


def test_a_column_empty_for_many_counties_is_one_message(sample_path, tmp_path):
    """qa10 F18: a master half-collected lists one line per empty column, not one per county."""
    def clear(wb):
        for r in range(2, 6):
            wb["县区数据"].cell(r, 2).value = None
    path = edit(sample_path, tmp_path / "e.xlsx", clear)
    empty = [p for p in check_source(path) if "「高新技术产业产值」为空" in p.found]
    assert [(p.sheet, p.cell, p.found) for p in empty] == [
        ("县区数据", "B2:B5", "「高新技术产业产值」为空（4 个县区）")]


def test_a_ratio_reported_by_a_department_is_not_called_a_sum(sample_path, tmp_path):
    """qa10 F40: R&D强度 of the counties is ΣR&D ÷ ΣGDP, no sum; and 县区 is said once."""
    def reported(wb):
        wb["科室数据"].append(["计划科", "全社会R&D经费投入占GDP比重", "%", 0.79, 0.7, "可比", None])
    path = edit(sample_path, tmp_path / "r.xlsx", reported)
    [p] = [p for p in check_source(path) if "的全市数取科室报送数" in p.found and "GDP比重" in p.found]
    assert "各县区的数值和排名取「县区数据」" in p.found and "（乡镇）" not in p.found
    assert p.expected.startswith("科室报送的全市数与按各县区数据计算的结果不同时以科室报送数为准") and "之和" not in p.expected


def test_a_department_city_figure_unlike_the_counties_sum_is_told(sample_path, tmp_path):
    """qa10 F20: the office learns of 6 vs 7 from check, not from 附件2's printed note."""
    def reported(wb):
        ws = wb["县区数据"]
        ws.cell(1, ws.max_column + 1).value = "科技示范基地（处）"
        for r in range(2, ws.max_row + 1):
            ws.cell(r, ws.max_column).value = 1
        wb["科室数据"].append(["农村科", "科技示范基地", "处", 6, 5, "可比", None])
        wb["目标任务"].append(["科技示范基地", 5, "处", "≥", "一", "农村科"])
    path = edit(sample_path, tmp_path / "b.xlsx", reported)
    counties = len([r for r in openpyxl.load_workbook(path)["县区数据"].iter_rows(min_row=2) if r[0].value])
    [p] = [p for p in check_source(path) if "科室报送的全市数" in p.found and "科技示范基地" in p.found]
    assert p.severity == "提示" and p.sheet == "科室数据"
    assert p.found == f"「科技示范基地」科室报送的全市数 6处 与「县区数据」各县区之和 {counties}处 不同"


def test_a_row_reported_in_wan_yuan_under_its_own_unit_cell_is_told_to_convert(sample_path, tmp_path):
    """qa10b F7: C2 says 万元 and the figures are in 万元, but the built-in counts in 亿元: the
    message no longer claims C2 says 亿元; it asks for the figures in 亿元, with their values."""
    def wan(wb):
        ws = wb["科室数据"]
        for row in ws.iter_rows(min_row=2):
            if row[1].value == "一区五园高新技术产业产值":
                row[2].value, row[3].value, row[4].value = "万元", row[3].value * 10000, row[4].value * 10000
    path = edit(sample_path, tmp_path / "w.xlsx", wan)
    [p] = [p for p in check_source(path) if p.sheet == "科室数据" and "「单位」" in p.found]
    assert p.found.startswith("「单位」C2 填的是万元，而「一区五园高新技术产业产值」按亿元计算")
    assert "本年数应为 430" in p.expected and "改回「亿元」" in p.expected


def test_a_big_change_quotes_the_figures_as_their_cells_show_them(sample_path, tmp_path):
    """qa10b F9: the 同比 hint of a county cell typed in 万元 quotes 9000万元 (what the clerk sees),
    never the 0.9 (亿元) it is read as; a last-year sheet in another unit is quoted in its own;
    a 科室数据 row's figures carry the row's unit."""
    def jump(wb):
        for sheet, value in (("县区数据", 9000), ("县区上年数据", 0.1365)):
            ws = wb[sheet]
            col = next(c.column for c in ws[1] if str(c.value).startswith("全社会R&D经费支出"))
            if sheet == "县区上年数据":  # last year's sheet kept in 亿元
                ws.cell(1, col).value = "全社会R&D经费支出（亿元）"
                for r in range(2, ws.max_row + 1):
                    ws.cell(r, col).value = ws.cell(r, col).value / 10000
            row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "西山县")
            ws.cell(row, col).value = value
        for row in wb["科室数据"].iter_rows(min_row=2):
            if row[1].value == "来市指导院士":
                row[3].value = 40
    path = edit(sample_path, tmp_path / "j.xlsx", jump)
    result = CliRunner().invoke(main, ["check", str(path)])
    assert "「西山县」的「全社会R&D经费支出」同比增长 559%（本年 9000万元，上年 0.1365亿元）" in result.output, result.output
    assert "「来市指导院士」同比增长 567%（本年 40名，上年 6名）" in result.output, result.output
