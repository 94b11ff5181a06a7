"""Bad inputs end in one Chinese sentence naming the file; odd structure is reported by line."""

from __future__ import annotations

import zipfile

import pytest

from kjreport.errors import KjreportError
from kjreport.plan import NotAPlanError, PlanFileError, import_plan, parse_plan
from kjreport.plan.reader import PlanLine

PLAN = "某市科技局2012年工作意见\n主要目标：高新技术企业达到100家。\n一、推进创新\n一是培育企业。创新型企业达到20家。\n"


def lines(text: str) -> list[PlanLine]:
    return [PlanLine(i, t) for i, t in enumerate(text.splitlines(), 1)]


def assert_chinese_error(exc: KjreportError, name: str) -> None:
    message = str(exc)
    assert name in message
    assert "\n" not in message and "Traceback" not in message
    assert sum("\u4e00" <= ch <= "\u9fff" for ch in message) > 10


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n  "])
def test_empty_file(tmp_path, content):
    path = tmp_path / "空文件.txt"
    path.write_bytes(content)
    with pytest.raises(PlanFileError) as info:
        import_plan(path)
    assert_chinese_error(info.value, "空文件.txt")
    assert "空文件" in str(info.value)


def test_old_word_doc(tmp_path):
    path = tmp_path / "工作意见.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(PlanFileError) as info:
        import_plan(path)
    assert_chinese_error(info.value, "工作意见.doc")
    assert "另存为 .docx" in str(info.value)


def test_doc_bytes_behind_a_docx_name(tmp_path):
    path = tmp_path / "改了扩展名.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(PlanFileError, match="另存为 .docx"):
        import_plan(path)


@pytest.mark.parametrize("name", ["扫描件.pdf", "没有扩展名"])
def test_pdf_scanned_or_not(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n" + bytes(range(256)) * 4)
    with pytest.raises(PlanFileError) as info:
        import_plan(path)
    assert_chinese_error(info.value, name)
    assert "无法作为 PDF 读取" in str(info.value) or "扫描版 PDF" in str(info.value)


def test_broken_docx(tmp_path):
    path = tmp_path / "损坏.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a word document")
    with pytest.raises(PlanFileError) as info:
        import_plan(path)
    assert_chinese_error(info.value, "损坏.docx")


def test_excel_file_is_refused(tmp_path):
    path = tmp_path / "目标.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(PlanFileError, match="目标.xlsx"):
        import_plan(path)


def test_missing_file(tmp_path):
    with pytest.raises(PlanFileError, match="找不到工作意见文件"):
        import_plan(tmp_path / "没有这个文件.txt")


def test_undecodable_text(tmp_path):
    path = tmp_path / "乱码.txt"
    path.write_bytes(bytes([0x81, 0x30, 0xFF, 0xFF, 0x00, 0x80]) * 50)
    with pytest.raises(PlanFileError, match="编码"):
        import_plan(path)


def test_not_a_plan(tmp_path):
    path = tmp_path / "通知.txt"
    path.write_text(
        "关于召开科技工作会议的通知\n各县区科技局：定于3月5日召开会议，请50家企业参加。\n", "utf-8"
    )
    with pytest.raises(NotAPlanError) as info:
        import_plan(path)
    assert_chinese_error(info.value, "通知.txt")
    assert "一、" in str(info.value)


def test_plan_without_targets(tmp_path):
    path = tmp_path / "无目标.txt"
    path.write_text(
        "某市科技局工作意见\n一、加强学习\n一是学习理论。提高认识。\n二、改进作风\n", "utf-8"
    )
    with pytest.raises(NotAPlanError) as info:
        import_plan(path)
    assert_chinese_error(info.value, "无目标.txt")
    assert "量化目标" in str(info.value)
    # show works without targets
    assert import_plan(path, require_targets=False).targets == []


def test_plan_whose_numbers_are_all_unknown_says_so(tmp_path):
    # issue 9: "专利申请量达到1500件" is now a reported indicator; a number without unit or
    # name is what is left unknown
    path = tmp_path / "只有编号.txt"
    path.write_text("一、加强知识产权\n一是专利工作达到1500以上。\n", "utf-8")
    with pytest.raises(NotAPlanError, match="1500"):
        import_plan(path)


def test_section_before_any_part_is_reported_with_its_line():
    r = parse_plan(lines("某市工作意见\n（一）指导思想。\n" + PLAN.split("\n", 1)[1]))
    assert [(n.line, "之前" in n.reason) for n in r.unplaced] == [(2, True)]


def test_part_numeral_going_back_is_reported_and_kept_as_text():
    text = PLAN + "二、完善机制\n一、这是正文里的列举\n"
    r = parse_plan(lines(text))
    assert [n.code for n in r.plan.children] == ["一", "二"]
    assert [n.line for n in r.unplaced] == [6]
    assert "一、这是正文里的列举" in r.node("二").text


def test_comparison_le_for_not_higher_than():
    r = parse_plan(
        lines("一、农村科技\n一是稳定队伍。科技特派员不高于1000人，利益共同体控制在300个以内。\n")
    )
    assert {t.indicator: t.comparison for t in r.targets} == {"科技特派员": "≤", "利益共同体": "≤"}


def test_two_targets_in_one_phrase_and_group_counts():
    r = parse_plan(
        lines("一、人才\n一是引才。对10家重点企业给予支持，争取8名院士60名专家来我市指导。\n")
    )
    assert [(t.indicator, t.value) for t in r.targets] == [
        ("来市指导院士", 8.0),
        ("来市指导专家", 60.0),
    ]
    assert r.unmapped == []  # "10家重点企业" names a group


def test_full_width_and_ascii_forms_are_equal():
    a = parse_plan(
        lines(
            "一、产业\n一是发展。高新技术产业产值达到１２００亿元，占规模以上工业总产值的比重达到２８．５％。\n"
        )
    )
    b = parse_plan(
        lines(
            "一、产业\n一是发展。高新技术产业产值达到1,200亿元,占规模以上工业总产值的比重达到28.5%。\n"
        )
    )
    assert (
        [(t.indicator, t.value) for t in a.targets]
        == [(t.indicator, t.value) for t in b.targets]
        == [
            ("高新技术产业产值", 1200.0),
            ("高新技术产业产值占规模以上工业总产值比重", 28.5),
        ]
    )
    assert a.node("一.1").text == b.node("一.1").text
