"""County bulletins are 通报 (下行文): 版头 and 版记 from 设置 (qa12b F28); a one-indicator
bulletin says its one fact once (qa12b F11). Run through the CLI on the qa12b 南昌 book."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.docx import styles as st

BOOKS = Path(__file__).with_name("qa12b_books")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _book(tmp_path: Path, **settings: str) -> Path:
    path = shutil.copy(BOOKS / "nanchang2019.xlsx", tmp_path / "nc.xlsx")
    book = openpyxl.load_workbook(path)
    for key, value in settings.items():
        book["设置"].append([key, value])
    book.save(path)
    return Path(path)


def _bulletins(tmp_path: Path, book: Path) -> dict[str, docx.document.Document]:
    out = tmp_path / "通报"
    result = CliRunner().invoke(main, ["docx", str(book), "--by", "县区", "-o", str(out), "--force", "-j", "1"])
    assert result.exit_code == 0, result.output
    return {f.name.split("2019")[0]: docx.Document(str(f)) for f in sorted(out.glob("*.docx"))}


def _imprint_rows(d) -> list[str]:
    tbl = next(d.element.body.iter(f"{W}txbxContent")).find(f"{W}tbl")
    return ["".join(t.text for t in tr.iter(f"{W}t")) for tr in tbl.iter(f"{W}tr")]


def test_defaults_from_the_organisation(tmp_path):
    docs = _bulletins(tmp_path, _book(tmp_path))
    d = docs["红谷滩新区"]
    mark, number, title = d.paragraphs[:3]
    assert mark.style.style_id == st.MASTHEAD and mark.text == "南昌市科学技术局文件"
    # GB/T 9704 7.2.5: 〔year〕, no 第, no leading zero: the number is a gap the office fills in
    assert number.style.style_id == st.DOC_NUMBER and number.text == "南科字〔2019〕\u3000\u3000号"
    assert title.style.style_id == st.TITLE
    assert _imprint_rows(d) == ["南昌市科学技术局办公室2019年12月25日印发"]


def test_settings_name_the_number_copies_and_printer(tmp_path):
    book = _book(tmp_path, 发文机关标志="南昌市科学技术局", 发文字号="洪科字〔2019〕", 通报编号="21—32",
                 抄送机关="市人民政府办公室，各县区人民政府", 印发机关="南昌市科学技术局综合处")
    docs = _bulletins(tmp_path, book)
    units = [r[0].value for r in openpyxl.load_workbook(book)["县区数据"].iter_rows(min_row=2) if r[0].value]
    for n, unit in enumerate(units, start=21):
        assert docs[unit].paragraphs[1].text == f"洪科字〔2019〕{n}号", unit
    d = docs["红谷滩新区"]
    assert d.paragraphs[0].text == "南昌市科学技术局"
    assert _imprint_rows(d) == ["抄送：市人民政府办公室，各县区人民政府。",
                                "南昌市科学技术局综合处2019年12月25日印发"]


@pytest.mark.parametrize("mode", ["无", "套印"])
def test_switched_off_or_preprinted(tmp_path, mode):
    d = _bulletins(tmp_path, _book(tmp_path, 版头=mode))["红谷滩新区"]
    if mode == "无":
        assert d.paragraphs[0].style.style_id == st.TITLE
        assert not list(d.element.body.iter(f"{W}txbxContent"))
    else:  # pre-printed 红头 paper: the space kept, only the number set, the 版记 printed
        assert d.paragraphs[0].text == "" and d.paragraphs[1].text.startswith("南科字〔2019〕")
        assert _imprint_rows(d)


def test_one_indicator_bulletin_says_its_fact_once(tmp_path):
    d = _bulletins(tmp_path, _book(tmp_path, 版头="无"))["红谷滩新区"]
    text = [p.text for p in d.paragraphs]
    assert "一、总体情况" not in text and "一、主要指标情况" in text and "二、工作要求" in text
    assert sum("比上年降低0.30个百分点" in t for t in text) == 1
    assert not any("已报送" in t for t in text)
