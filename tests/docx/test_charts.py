"""Charts: PNG bytes at ~200 dpi sized for the 156 mm 版心, Chinese labels with a real CJK face."""

from __future__ import annotations

import io
import subprocess
import sys
import warnings

import pytest

matplotlib = pytest.importorskip("matplotlib")

from kjreport.docx import charts  # noqa: E402

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _size(png: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(png)) as im:
        return im.size


def _no_missing_glyphs(draw):
    """Return what ``draw()`` returns, failing if matplotlib warned about a missing glyph."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = draw()
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    assert not missing, missing
    return out


def test_a_cjk_font_is_found() -> None:
    face = charts.cjk_font()
    if face is None:
        pytest.skip("no CJK font installed (run .ci/system-deps.sh)")
    from matplotlib import font_manager

    path = font_manager.findfont(
        font_manager.FontProperties(family=face), fallback_to_default=False
    )
    from matplotlib.ft2font import FT2Font

    font = FT2Font(path)
    assert all(font.get_char_index(ord(c)) for c in "完成率县区亿元")


def test_completion_chart_png() -> None:
    if charts.cjk_font() is None:
        pytest.skip("no CJK font installed (run .ci/system-deps.sh)")
    png = _no_missing_glyphs(
        lambda: charts.completion_chart(
            [("高新技术产业产值", 101.5), ("全社会R&D投入", 95.0), ("专利申请量", 110.7)]
        )
    )
    assert png.startswith(PNG_MAGIC)
    width, height = _size(png)
    # ~156 mm at 200 dpi (bbox_inches="tight" trims a little)
    assert 1000 < width <= 1260
    assert 200 < height < width


def test_county_chart_png_is_sorted_and_labelled() -> None:
    if charts.cjk_font() is None:
        pytest.skip("no CJK font installed (run .ci/system-deps.sh)")
    data = [("曹县", 80.2), ("牡丹区", 120.5), ("鄄城县", -3.0), ("单县", 95.0)]
    png = _no_missing_glyphs(lambda: charts.county_chart(data, "高新技术产业产值", "亿元"))
    assert png.startswith(PNG_MAGIC)
    width, height = _size(png)
    assert 1000 < width <= 1260 and height > 200


def test_importing_the_builder_does_not_import_matplotlib() -> None:
    code = "import sys, kjreport.docx; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_native_completion_chart_is_a_word_chart_part(tmp_path) -> None:
    from lxml import etree

    from kjreport.docx import OfficialDocument

    chart = charts.completion_native([("高新技术产业产值", 101.5), ("专利申请量", 88.0)])
    root = etree.fromstring(chart.blob)
    ns = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart"}
    assert root.xpath("//c:barChart/c:barDir/@val", namespaces=ns) == ["bar"]
    assert root.xpath("//c:cat//c:pt/c:v/text()", namespaces=ns) == ["高新技术产业产值", "专利申请量"]
    assert root.xpath("//c:val//c:pt/c:v/text()", namespaces=ns) == ["101.5", "88.0"]
    # the bar short of 100 % is red; the one that made it keeps the series colour
    assert root.xpath("//c:dPt/c:idx/@val", namespaces=ns) == ["1"]
    doc = OfficialDocument()
    doc.chart(chart, 156, "图1 主要指标完成率")
    path = doc.save(tmp_path / "c.docx")
    import zipfile

    with zipfile.ZipFile(path) as z:
        assert "word/charts/chart1.xml" in z.namelist()
        assert b"/relationships/chart" in z.read("word/_rels/document.xml.rels")


def test_native_county_chart_largest_first() -> None:
    from lxml import etree

    chart = charts.county_native([("甲县", 12.0), ("乙县", 30.5), ("丙区", 1.25)], "高新技术产业产值", "亿元")
    ns = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart"}
    root = etree.fromstring(chart.blob)
    assert root.xpath("//c:cat//c:pt/c:v/text()", namespaces=ns) == ["乙县", "甲县", "丙区"]
    assert "高新技术产业产值（亿元）" in "".join(root.xpath("//c:title//text()", namespaces=ns))
    assert float(root.xpath("//c:valAx/c:scaling/c:max/@val", namespaces=ns)[0]) >= 30.5


def test_basic_completion_has_its_own_colour_distinct_in_grey() -> None:
    """QA Q22: 基本完成 (99.1 %) is not the red of 未完成; the three colours stay apart in grey."""
    from lxml import etree

    chart = charts.completion_native(
        [("高新技术产业产值", 101.5, "超额完成"), ("科技特派员", 99.1, "基本完成"), ("专利", 80.0, "未完成")]
    )
    ns = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
          "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    root = etree.fromstring(chart.blob)
    fills = {pt.xpath("c:idx/@val", namespaces=ns)[0]: pt.xpath(".//a:srgbClr/@val", namespaces=ns)[0]
             for pt in root.xpath("//c:dPt", namespaces=ns)}
    assert fills == {"1": charts.BAR_NEAR.lstrip("#").upper(), "2": charts.BAR_SHORT.lstrip("#").upper()}

    def luma(colour: str) -> float:
        r, g, b = (int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
        return 0.299 * r + 0.587 * g + 0.114 * b

    levels = sorted(luma(c) for c in (charts.BAR, charts.BAR_NEAR, charts.BAR_SHORT))
    assert all(b - a >= 30 for a, b in zip(levels, levels[1:], strict=False))
