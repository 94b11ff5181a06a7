"""Fonts, styles, language, footers and comments read back from the saved .docx XML."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from kjreport.docx import DocumentSaveError, OfficialDocument
from kjreport.errors import KjreportError, TemplateError
from tests.docx.conftest import NS, build_sample, read_part, w

THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def _style(styles, style_id: str):
    return styles.find(f"w:style[@w:styleId='{style_id}']", NS)


def test_every_rfonts_names_east_asia_and_no_theme(sample_docx: Path) -> None:
    for part in ("word/styles.xml", "word/document.xml", "word/footer1.xml"):
        root = read_part(sample_docx, part)
        for fonts in root.iter(w("rFonts")):
            for attr in THEME_ATTRS:
                assert fonts.get(w(attr)) is None, (part, attr)
            if fonts.get(w("ascii")) is not None:
                assert fonts.get(w("eastAsia")), part


@pytest.mark.parametrize(
    ("style_id", "east_asia", "half_points", "bold"),
    [
        ("Normal", "仿宋_GB2312", "32", False),
        ("KjBody", "仿宋_GB2312", "32", False),
        ("KjTitle", "方正小标宋简体", "44", False),
        ("KjHeading1", "黑体", "32", False),
        ("KjHeading2", "楷体_GB2312", "32", False),
        ("KjHeading3", "仿宋_GB2312", "32", True),
        ("KjHeading4", "仿宋_GB2312", "32", False),
        ("KjPageNumber", "宋体", "28", False),
    ],
)
def test_style_fonts_and_sizes(
    sample_docx: Path, style_id: str, east_asia: str, half_points: str, bold: bool
) -> None:
    style = _style(read_part(sample_docx, "word/styles.xml"), style_id)
    fonts = style.find("w:rPr/w:rFonts", NS)
    assert fonts.get(w("eastAsia")) == east_asia
    assert fonts.get(w("ascii")) == ("宋体" if style_id == "KjPageNumber" else "Times New Roman")
    assert style.find("w:rPr/w:sz", NS).get(w("val")) == half_points
    b = style.find("w:rPr/w:b", NS)
    assert (b is not None and b.get(w("val"), "1") not in ("0", "false")) == bold


def test_heading_styles_have_outline_levels(sample_docx: Path) -> None:
    styles = read_part(sample_docx, "word/styles.xml")
    for level in range(4):
        style = _style(styles, f"KjHeading{level + 1}")
        assert style.find("w:pPr/w:outlineLvl", NS).get(w("val")) == str(level)
    body = read_part(sample_docx, "word/document.xml")
    used = {s.get(w("val")) for s in body.iter(w("pStyle"))}
    assert {"KjHeading1", "KjHeading2", "KjHeading3", "KjHeading4", "KjTitle"} <= used


def test_chinese_language_and_theme(sample_docx: Path) -> None:
    styles = read_part(sample_docx, "word/styles.xml")
    default = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert default.find("w:lang", NS).get(w("eastAsia")) == "zh-CN"
    assert all(lang.get(w("eastAsia")) in (None, "zh-CN") for lang in styles.iter(w("lang")))
    settings = read_part(sample_docx, "word/settings.xml")
    assert settings.find("w:themeFontLang", NS).get(w("eastAsia")) == "zh-CN"
    with zipfile.ZipFile(sample_docx) as z:
        theme = z.read("word/theme/theme1.xml").decode()
    assert '<a:ea typeface=""/>' not in theme
    assert '<a:ea typeface="宋体"/>' in theme


def _footer_of(docx: Path, kind: str):
    """Return the footer XML referenced by the section as ``kind`` (default / even)."""
    doc = read_part(docx, "word/document.xml")
    ref = doc.find(f".//w:body/w:sectPr/w:footerReference[@w:type='{kind}']", NS)
    rels = read_part(docx, "word/_rels/document.xml.rels")
    rid = ref.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    target = next(r.get("Target") for r in rels if r.get("Id") == rid)
    return read_part(docx, f"word/{target}")


@pytest.mark.parametrize(
    ("kind", "align", "side"), [("default", "right", "right"), ("even", "left", "left")]
)
def test_odd_and_even_page_numbers(sample_docx: Path, kind: str, align: str, side: str) -> None:
    settings = read_part(sample_docx, "word/settings.xml")
    assert settings.find("w:evenAndOddHeaders", NS) is not None
    footer = _footer_of(sample_docx, kind)
    p = footer.find("w:p", NS)
    assert p.find("w:pPr/w:jc", NS).get(w("val")) == align
    assert p.find("w:pPr/w:ind", NS).get(w(side)) == "280"  # 一字 of 4号 (14 pt)
    assert "PAGE" in "".join(t.text for t in p.iter(w("instrText")))
    text = "".join(t.text or "" for t in p.iter(w("t")))
    assert text == "— 1 —"


def test_comments_only_in_draft(tmp_path: Path, sample_docx: Path) -> None:
    draft = build_sample(tmp_path / "草稿.docx", draft=True)
    with zipfile.ZipFile(draft) as z:
        comments = z.read("word/comments.xml").decode()
    assert "来源：数据!C5" in comments and 'w:author="kjreport"' in comments
    body = read_part(draft, "word/document.xml")
    assert body.find(".//w:commentRangeStart", NS) is not None
    with zipfile.ZipFile(sample_docx) as z:
        names = z.namelist()
    assert "word/comments.xml" not in names
    assert read_part(sample_docx, "word/document.xml").find(".//w:commentRangeStart", NS) is None


def test_marker_is_highlighted(sample_docx: Path) -> None:
    body = read_part(sample_docx, "word/document.xml")
    run = next(r for r in body.iter(w("r")) if "待补充" in "".join(r.itertext()))
    assert run.find("w:rPr/w:highlight", NS).get(w("val")) == "yellow"


def test_restyled_reference_is_kept(tmp_path: Path) -> None:
    """A reference whose 公文正文 was changed in Word keeps that look; missing styles are added."""
    import docx

    from kjreport.docx.styles import style_by_id

    ref = docx.Document(str(Path(__file__).resolve().parents[2] / "templates" / "reference.docx"))
    body = style_by_id(ref, "KjBody")
    body.font.size = docx.shared.Pt(15)
    ref.styles.element.remove(style_by_id(ref, "KjCaption").element)
    ref.add_paragraph("这段文字会被忽略")
    ref.save(str(tmp_path / "ref.docx"))

    out = OfficialDocument(tmp_path / "ref.docx")
    out.paragraph("正文")
    out.picture(_tiny_png(), 40, "图题")
    saved = out.save(tmp_path / "out.docx")
    styles = read_part(saved, "word/styles.xml")
    assert _style(styles, "KjBody").find("w:rPr/w:sz", NS).get(w("val")) == "30"
    assert _style(styles, "KjCaption") is not None
    text = "".join(read_part(saved, "word/document.xml").itertext())
    assert "会被忽略" not in text


def _tiny_png() -> bytes:
    import base64

    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    )


def test_bad_reference_is_a_chinese_error(tmp_path: Path) -> None:
    bad = tmp_path / "参考.docx"
    bad.write_text("不是 Word 文件", encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        OfficialDocument(bad)
    assert "参考.docx" in str(err.value) and "\n" not in str(err.value)


def test_save_into_a_file_path_is_a_chinese_error(tmp_path: Path) -> None:
    blocker = tmp_path / "文件"
    blocker.write_text("x", encoding="utf-8")
    doc = OfficialDocument()
    doc.paragraph("正文")
    with pytest.raises(DocumentSaveError) as err:
        doc.save(blocker / "总结.docx")
    assert isinstance(err.value, KjreportError)
    assert "总结.docx" in str(err.value)


def test_heading_level_out_of_range() -> None:
    with pytest.raises(ValueError):
        OfficialDocument().heading(5, "（一）")
