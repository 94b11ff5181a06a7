"""``kjreport check`` on every kind of bad input: one message per problem, naming the cell,
the file left exactly as it was, and no traceback."""

from __future__ import annotations

import shutil
import zipfile

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.errors import CheckFailed
from kjreport.report import check_source, load_report
from tests.conftest import digest


def mutate(src, dst, change):
    """Save a copy of ``src`` at ``dst`` after ``change(workbook)`` (fixture making only)."""
    wb = openpyxl.load_workbook(src)
    change(wb)
    wb.save(dst)
    return dst


def header_col(ws, name):
    for cell in ws[1]:
        if cell.value and str(cell.value).startswith(name):
            return cell.column_letter
    raise KeyError(name)


def run_check(path):
    before = digest(path)
    result = CliRunner().invoke(main, ["check", str(path)])
    assert digest(path) == before, "check must not modify the workbook"
    assert "Traceback" not in result.output
    return result


def test_sample_passes(sample_path):
    result = run_check(sample_path)
    assert result.exit_code == 0, result.output
    assert "校验通过" in result.output


def test_every_problem_listed_at_once(sample_path, tmp_path):
    def change(wb):
        ws = wb["县区数据"]
        c = header_col(ws, "高新技术产业产值")
        ws[f"{c}3"] = "八百左右"
        ws[f"{c}4"] = "#DIV/0!"
        ws[f"{c}5"] = None
        ws[f"{c}6"] = "1,200"
        ws["A7"] = ws["A8"].value  # duplicate county
        ws[f"{c}9"] = "=B2*2"  # a formula saved without a cached value
        ws.merge_cells(f"{c}10:{header_col(ws, '规模以上工业总产值')}10")

    bad = mutate(sample_path, tmp_path / "bad.xlsx", change)
    result = run_check(bad)
    assert result.exit_code == 1
    out = result.output
    ws = openpyxl.load_workbook(sample_path)["县区数据"]
    c = header_col(ws, "高新技术产业产值")
    assert f"工作表「县区数据」 单元格 {c}3：「" in out and "」为「八百左右」，不是数字" in out and "是否为 800？" in out
    assert f"单元格 {c}4：是 Excel 错误值 #DIV/0!" in out
    assert f"单元格 {c}5：「{ws['A5'].value}」的「高新技术产业产值」为空" in out  # whose (qa18 F2)
    assert f"单元格 {c}6：文本「1,200」已按数字 1200亿元 读取" in out
    assert "单元格 A8：" in out and "重复出现（另见 A7）" in out
    assert f"单元格 {c}9：是公式但没有计算结果" in out
    assert f"数据区域内有合并单元格 {c}10:" in out
    assert "校验未通过" in out


def test_missing_sheet_and_column(sample_path, tmp_path):
    def change(wb):
        del wb["县区上年数据"]
        ws = wb["县区数据"]
        ws.delete_cols(openpyxl.utils.column_index_from_string(header_col(ws, "利益共同体")))

    out = run_check(mutate(sample_path, tmp_path / "bad.xlsx", change)).output
    assert "缺少工作表「县区上年数据」" in out
    # one error, at the target, naming the column and the other way to give the figure (qa13 F22)
    assert "目标「利益共同体」还没有数据：计算它要用各县区的「利益共同体（个）」" in out
    assert "请在「科室数据」中添加一行「利益共同体」" in out and "添加「利益共同体（个）」列" in out


def test_header_matching_tolerates_what_people_type(sample_path, tmp_path):
    def change(wb):
        ws = wb["县区数据"]
        c = header_col(ws, "高新技术产业产值")
        ws[f"{c}1"] = " 高新技术产业产值 (亿元) "
        r = header_col(ws, "全社会R&D")
        ws[f"{r}1"] = "全社会Ｒ＆Ｄ经费支出（万元）"

    path = mutate(sample_path, tmp_path / "ok.xlsx", change)
    report = load_report(path)
    assert report.result("高新技术产业产值").value == pytest.approx(812)
    assert report.result("全社会R&D经费投入").value == pytest.approx(9.4)


def test_excel_error_in_a_cached_formula_is_reported(sample_path, tmp_path):
    """An error value cached by Excel (t="e") is hidden by calamine: the XML scan finds it."""
    src = mutate(sample_path, tmp_path / "a.xlsx", lambda wb: None)
    wb = openpyxl.load_workbook(src)
    ws = wb["县区数据"]
    c = header_col(ws, "规模以上工业总产值")
    ws[f"{c}3"] = "#N/A"
    wb.save(src)
    with zipfile.ZipFile(src) as z:
        assert any(b't="e"' in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))
    problems = check_source(src)
    assert any(p.cell == f"{c}3" and "#N/A" in p.found for p in problems)


@pytest.mark.parametrize(("name", "content", "message"), [
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "另存为"),
    ("wps.et", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "WPS 表格（.et）"),
    ("broken.xlsx", b"PK\x03\x04 this is not really a zip", "已损坏"),
    ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64
     + "EncryptionInfo".encode("utf-16-le") + b"\0" * 64, "设置了打开密码"),
    ("missing.xlsx", None, "找不到该文件"),
])
def test_unreadable_files(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert message in result.output and name in result.output
    assert "Traceback" not in result.output
    if content is not None:
        assert path.read_bytes() == content


def test_really_encrypted_workbook(sample_path, tmp_path):
    """A workbook saved with an opening password (Excel's agile encryption, made by msoffcrypto)."""
    ooxml = pytest.importorskip("msoffcrypto.format.ooxml", reason="msoffcrypto-tool (test extra) missing")
    path = tmp_path / "加密.xlsx"
    with sample_path.open("rb") as src, path.open("wb") as out:
        ooxml.OOXMLFile(src).encrypt("1234", out)
    for command in ("check", "fill"):
        before = digest(path)
        result = CliRunner().invoke(main, [command, str(path)])
        assert result.exit_code == 1 and "设置了打开密码" in result.output and "加密.xlsx" in result.output
        assert digest(path) == before


def test_truncated_workbook(sample_path, tmp_path):
    path = tmp_path / "cut.xlsx"
    path.write_bytes(sample_path.read_bytes()[: sample_path.stat().st_size // 2])
    result = run_check(path)
    assert result.exit_code == 1 and "已损坏" in result.output


def test_open_in_excel_is_noted_for_check_and_refused_for_fill(sample_copy):
    lock = sample_copy.with_name("~$" + sample_copy.name)
    lock.write_bytes(b"user")
    result = run_check(sample_copy)
    assert result.exit_code == 0 and "正在 Excel 或 WPS 中打开" in result.output
    before = digest(sample_copy)
    result = CliRunner().invoke(main, ["fill", str(sample_copy)])
    assert result.exit_code == 1 and "关闭该工作簿" in result.output
    assert digest(sample_copy) == before


def test_load_report_raises_check_failed_with_all_problems(sample_path, tmp_path):
    def change(wb):
        wb["目标任务"]["B3"] = "很多"
        wb["设置"]["B4"] = "二〇一一"

    bad = mutate(sample_path, tmp_path / "bad.xlsx", change)
    with pytest.raises(CheckFailed) as err:
        load_report(bad)
    assert len(err.value.problems) >= 2
    assert "目标任务" in str(err.value) and "设置" in str(err.value)


def test_unknown_target_indicator_suggests_a_name(sample_path, tmp_path):
    # issue 9: a name with no data is a 提示 naming the closest candidates, not an error
    bad = mutate(sample_path, tmp_path / "bad.xlsx",
                 lambda wb: wb["目标任务"].__setitem__("A2", "高新技术产业产出"))
    result = run_check(bad)
    assert result.exit_code == 0
    assert "[提示]" in result.output and "「高新技术产业产出」在工作簿中没有数据" in result.output
    assert "「高新技术产业产值」" in result.output


def test_catalogue_synonym_of_a_builtin_is_accepted(sample_path, tmp_path):
    # 高新技术产业总产值 is a catalogue synonym of the built-in 高新技术产业产值
    ok = mutate(sample_path, tmp_path / "ok.xlsx",
                lambda wb: wb["目标任务"].__setitem__("A2", "全市 高新技术产业总产值"))
    report = load_report(ok)
    assert report.results[0].name == "高新技术产业产值"
    assert report.results[0].status == "超额完成"


def test_copy_keeps_the_sample_intact(sample_path, tmp_path):
    shutil.copy(sample_path, tmp_path / "x.xlsx")
    assert digest(tmp_path / "x.xlsx") == digest(sample_path)


def test_merged_settings_value_is_one_error_naming_what_it_hides(sample_path, tmp_path):
    """QA F3: B2:B3 merged in 设置 empties 单位名称 (B3); the merge is the one error, and it
    says which item lost its value, instead of a second "缺少设置项" for the same cause."""
    bad = mutate(sample_path, tmp_path / "merged.xlsx", lambda wb: wb["设置"].merge_cells("B2:B3"))
    result = run_check(bad)
    assert result.exit_code == 1
    out = result.output
    assert "工作表「设置」 单元格 B2：「设置」表中有合并单元格 B2:B3，「单位名称」的值因此为空" in out
    assert "缺少设置项「单位名称」" not in out
    assert "1 处错误" in out

    blank = mutate(sample_path, tmp_path / "blank.xlsx", lambda wb: wb["设置"].__setitem__("B3", None))
    assert "工作表「设置」 单元格 B3：缺少设置项「单位名称」" in run_check(blank).output


def test_a_bad_amount_names_the_unit_its_header_shows(sample_path, tmp_path):
    # 项目台账's header reads 经费（万元）: the clerk is told to type 万元, never the column's 亿元
    def change(wb):
        ws = wb["项目台账"]
        c = header_col(ws, "经费")
        assert ws[f"{c}1"].value == "经费（万元）"
        ws[f"{c}2"] = "三十三"

    bad = mutate(sample_path, tmp_path / "ledger.xlsx", change)
    result = run_check(bad)
    assert result.exit_code == 1
    c = header_col(openpyxl.load_workbook(sample_path)["项目台账"], "经费")
    line = next(x for x in result.output.splitlines() if f"工作表「项目台账」 单元格 {c}2" in x)
    assert "「三十三」不是数字；应填写数值（单位：万元）" in line
    assert "亿元" not in line
