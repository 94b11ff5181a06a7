"""``kjreport.workbook.unitsheets``: the unit sheets may be called 乡镇数据 / 街镇数据 … (qa10 F45).

The names are resolved once when the workbook is read; every message names the sheet as the
workbook calls it. The checks run on the sample with its unit sheets renamed the way a county
office renames them, each slip typed with openpyxl, through the real ``kjreport check``.
"""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.workbook import unitsheets


def test_every_alias_stands_for_its_canonical_sheet():
    for word in ("乡镇", "街镇", "镇街", "县市区", "区县"):
        assert unitsheets.key_of(f"{word}数据") == "县区数据"
        assert unitsheets.key_of(f"{word}上年数据") == "县区上年数据"
    assert unitsheets.key_of(" 乡镇数据 ") == "县区数据"  # folded as headers are
    assert unitsheets.key_of("科室数据") is None and unitsheets.key_of("市州数据") is None


def test_resolve_gives_the_names_and_the_clashes():
    named, clashes = unitsheets.resolve(["设置", "乡镇数据", "乡镇上年数据", "科室数据"])
    assert named == {"县区数据": "乡镇数据", "县区上年数据": "乡镇上年数据"} and not clashes
    named, clashes = unitsheets.resolve(["县区数据", "乡镇数据", "县区上年数据"])
    assert named == {"县区上年数据": "县区上年数据"} and clashes == {"县区数据": ["县区数据", "乡镇数据"]}
    [error] = unitsheets.clash_problems("f.xlsx", clashes)
    assert error.found.startswith("工作簿中同时有「县区数据」「乡镇数据」两张表")
    assert error.severity == "错误"


def test_the_pair_and_the_names_init_gives():
    assert unitsheets.pair("乡镇上年数据") == ("乡镇数据", "乡镇上年数据")
    assert unitsheets.pair("县市区数据") == ("县市区数据", "县市区上年数据")
    assert unitsheets.pair("科室数据") == unitsheets.UNIT_SHEETS
    assert unitsheets.named_for("乡镇") == {"县区数据": "乡镇数据", "县区上年数据": "乡镇上年数据"}
    assert unitsheets.named_for("县区") == {"县区数据": "县区数据", "县区上年数据": "县区上年数据"}
    assert unitsheets.word_of("镇街上年数据") == "镇街" and unitsheets.word_of("县区数据") == "县区"
    assert unitsheets.on_sheet("乡镇数据!B2:B11", "县区数据")
    assert not unitsheets.on_sheet("乡镇上年数据!B2:B11", "县区数据")


def _renamed(sample_path, tmp_path, slip=None, name="乡镇"):
    wb = openpyxl.load_workbook(sample_path)
    if slip is not None:
        slip(wb)
    wb["县区数据"].title = f"{name}数据"
    wb["县区上年数据"].title = f"{name}上年数据"
    path = tmp_path / "towns.xlsx"
    wb.save(path)
    return path


def check(path):
    result = CliRunner().invoke(main, ["check", str(path)])
    assert "Traceback" not in result.output, result.output
    return result


@pytest.mark.parametrize("name", ["乡镇", "街镇", "镇街", "县市区", "区县"])
def test_the_sample_renamed_checks_as_before(sample_path, tmp_path, name):
    result = check(_renamed(sample_path, tmp_path, name=name))
    assert result.exit_code == 0, result.output
    assert "县区数据" not in result.output


def _typing_slips(wb):
    wb["县区数据"]["B3"] = "八十五"  # text in a number cell
    wb["县区上年数据"]["A4"] = "高新技术区"  # a name unlike this year's
    wb["县区数据"]["D5"] = "/"  # not applicable, where a target sums the column


def test_slips_are_told_under_the_workbooks_names(sample_path, tmp_path):
    result = check(_renamed(sample_path, tmp_path, _typing_slips))
    out = result.output
    assert result.exit_code != 0
    assert "工作表「乡镇数据」 单元格 B3：「丰源区」的「高新技术产业产值」为「八十五」，不是数字" in out
    assert "工作表「乡镇上年数据」 单元格 A4：县区「高新技术区」在「乡镇数据」中没有对应的县区" in out
    assert "也可在「乡镇数据」和「乡镇上年数据」表末都加「全市」合计行" in out
    assert "请改正「乡镇数据」中该列为空或有误的单元格" in out
    assert "县区数据" not in out


def test_a_unit_gone_this_year_is_told_under_the_workbooks_names(sample_path, tmp_path):
    result = check(_renamed(sample_path, tmp_path, lambda wb: wb["县区数据"].delete_rows(6)))
    assert result.exit_code != 0
    assert "「乡镇上年数据」中的「凤城县」在「乡镇数据」中没有对应的一行" in result.output
    assert "在「乡镇数据」中没有对应的县区；若是县区，请与「乡镇数据」的名称保持一致" in result.output
    assert "县区数据" not in result.output


def test_fill_writes_back_under_the_sheets_own_names(sample_path, tmp_path):
    path = _renamed(sample_path, tmp_path)
    result = CliRunner().invoke(main, ["fill", str(path)])
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(path)
    assert "乡镇数据" in wb.sheetnames and "县区数据" not in wb.sheetnames
    text = " ".join(str(v) for r in wb["指标结果"].iter_rows(values_only=True) for v in r if v)
    assert "乡镇数据!B2:B11" in text and "县区数据" not in text


def test_both_names_is_one_error_naming_both_and_fill_writes_nothing(sample_path, tmp_path):
    def both(wb):
        wb.copy_worksheet(wb["县区数据"]).title = "乡镇数据"
    wb = openpyxl.load_workbook(sample_path)
    both(wb)
    path = tmp_path / "both.xlsx"
    wb.save(path)
    before = path.read_bytes()
    result = check(path)
    assert result.exit_code != 0
    lines = [x for x in result.output.splitlines() if "同时有" in x]
    assert len(lines) == 1 and "「县区数据」「乡镇数据」" in lines[0]
    assert "只保留其中一张" in lines[0] and "缺少工作表" not in result.output
    fill = CliRunner().invoke(main, ["fill", str(path)])
    assert fill.exit_code != 0 and "同时有" in fill.output
    assert path.read_bytes() == before
