"""The 进度通报 is a 下行文 to 科室 and 县区: 版头 with the 发文字号 from 设置, 版记 at the end
(qa12b F28), through the CLI on the sample workbook."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.docx import styles as st

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _notice(book: Path, tmp_path: Path, **settings: str):
    wb = openpyxl.load_workbook(book)
    for key, value in settings.items():
        wb["设置"].append([key, value])
    wb.save(book)
    out = tmp_path / "通报.docx"
    result = CliRunner().invoke(main, ["progress", str(book), "--month", "6", "-o", str(out), "--no-charts",
                                       "--force"])
    assert result.exit_code == 0, result.output
    return docx.Document(str(out))


def _imprint(d) -> list[str]:
    boxes = list(d.element.body.iter(f"{W}txbxContent"))
    if not boxes:
        return []
    return ["".join(t.text for t in tr.iter(f"{W}t")) for tr in boxes[0].iter(f"{W}tr")]


def test_progress_notice_has_the_bureaus_number_and_imprint(sample_copy, tmp_path):
    d = _notice(sample_copy, tmp_path, 发文字号="鲁科字〔2011〕15号", 抄送机关="市政府办公室")
    mark, number, title = d.paragraphs[:3]
    assert (mark.style.style_id, mark.text) == (st.MASTHEAD, "鲁泽市科学技术局文件")
    assert (number.style.style_id, number.text) == (st.DOC_NUMBER, "鲁科字〔2011〕15号")
    assert title.style.style_id == st.TITLE
    rows = _imprint(d)
    assert rows[0] == "抄送：市政府办公室。" and rows[1].startswith("鲁泽市科学技术局办公室2011年")
    assert rows[1].endswith("印发")
    # the 版记 is the document's last element: after the 附件 (GB/T 9704 7.3.7)
    last = [p for p in d.element.body if p.tag == f"{W}p"][-1]
    assert list(last.iter(f"{W}txbxContent"))


def test_progress_notice_without_a_masthead(sample_copy, tmp_path):
    d = _notice(sample_copy, tmp_path, 版头="无")
    assert d.paragraphs[0].style.style_id == st.TITLE and not _imprint(d)


def test_init_writes_the_new_settings_rows(tmp_path, sample_path):
    out = tmp_path / "2012.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2012", "--from", str(sample_path), str(out)])
    assert result.exit_code == 0, result.output
    keys = [r[0].value for r in openpyxl.load_workbook(out)["设置"].iter_rows(min_row=2)]
    for key in ("版头", "发文机关标志", "发文字号", "通报编号", "抄送机关", "印发机关"):
        assert key in keys


def test_check_names_a_masthead_value_it_does_not_know(sample_copy):
    wb = openpyxl.load_workbook(sample_copy)
    wb["设置"].append(["版头", "红色"])
    wb.save(sample_copy)
    result = CliRunner().invoke(main, ["check", str(sample_copy)])
    assert "设置项「版头」的值「红色」无法识别，已按「印制」处理" in result.output, result.output
    assert "「套印」" in result.output and "Traceback" not in result.output
