"""issue 10 item 9: open workbooks (both lock-file kinds) and files that are not workbooks,
through the commands a user runs."""

from __future__ import annotations

import shutil
import zipfile

import pytest

from kjreport.workbook.filekind import lock_files, open_elsewhere
from tests.conftest import digest
from tests.helpers import cli

EXCEL_LOCK = "~${}"
LIBRE_LOCK = ".~lock.{}#"



def _lock(path, kind: str) -> None:
    lock = path.with_name(kind.format(path.name))
    if kind == LIBRE_LOCK:
        lock.write_text(",张三,zhang,kjpc,01.12.2011 09:30,file:///home/zhang/.config/libreoffice/4;",
                        encoding="utf-8")
    else:
        lock.write_bytes(b"\x06zhangs" + b"\x00" * 47)


@pytest.mark.parametrize("kind", [EXCEL_LOCK, LIBRE_LOCK])
def test_both_lock_kinds_are_seen(sample_copy, kind):
    _lock(sample_copy, kind)
    assert lock_files(sample_copy)
    note = open_elsewhere(sample_copy)
    assert ("LibreOffice" if kind == LIBRE_LOCK else "Excel 或 WPS") in note
    assert ("张三" if kind == LIBRE_LOCK else "zhangs") in note


@pytest.mark.parametrize("kind", [EXCEL_LOCK, LIBRE_LOCK])
def test_fill_and_collect_refuse_an_open_workbook(sample_copy, tmp_path, kind):
    _lock(sample_copy, kind)
    before = digest(sample_copy)
    fill = cli("fill", sample_copy)
    assert fill.exit_code == 1 and "正在" in fill.output and "关闭该工作簿" in fill.output
    copy = tmp_path / "西山县.xlsx"
    shutil.copy(sample_copy, copy)
    collect = cli("collect", sample_copy, copy)
    assert collect.exit_code == 1 and "关闭该工作簿" in collect.output
    assert digest(sample_copy) == before
    assert "Traceback" not in fill.output + collect.output


@pytest.mark.parametrize("kind", [EXCEL_LOCK, LIBRE_LOCK])
def test_check_and_docx_say_they_read_the_last_saved_version(sample_copy, tmp_path, kind):
    _lock(sample_copy, kind)
    check = cli("check", sample_copy)
    assert check.exit_code == 0, check.output
    assert "读取的是最近一次保存的内容" in check.output
    out = tmp_path / "总结.docx"
    docx = cli("docx", sample_copy, "-o", out, "--no-charts")
    assert docx.exit_code == 0, docx.output
    assert "读取的是最近一次保存的内容" in docx.output and out.exists()


def _docx(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")


@pytest.mark.parametrize(
    ("name", "make", "said"),
    [
        ("工作意见.docx", _docx, "是 Word 文档（.docx）"),
        ("改了扩展名.xlsx", _docx, "是 Word 文档（.docx）"),
        ("总结.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n%..."), "是 PDF 文件"),
        ("数据.csv", lambda p: p.write_text("县区,产值\n西山县,10\n", encoding="utf-8"), "CSV"),
        ("导出.xlsx", lambda p: p.write_text("县区,产值,人数\n西山县,10,3\n", encoding="gbk"),
         "实际是 CSV 文本（只是扩展名为 .xlsx），不是 Excel 工作簿"),
        ("工作意见.txt", lambda p: p.write_text("一、主要任务目标\n", encoding="utf-8"),
         "是纯文本文件"),
        ("旧表.xls", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
         "Excel 97-2003"),
        ("打包.xlsx", lambda p: zipfile.ZipFile(p, "w").writestr("a/b.txt", "x"), "普通压缩包"),
    ],
)
@pytest.mark.parametrize("command", ["check", "fill", "docx"])
def test_a_file_that_is_not_a_workbook_is_named_for_what_it_is(tmp_path, name, make, said,
                                                                  command):
    path = tmp_path / name
    make(path)
    before = path.read_bytes()
    result = cli(command, path)
    assert result.exit_code == 1, result.output
    assert said in result.output and "已损坏" not in result.output
    assert "Traceback" not in result.output and "内部错误" not in result.output
    assert path.read_bytes() == before
    if name.endswith((".docx", ".txt")) and "Word" in said or "纯文本" in said:
        assert "plan import" in result.output
