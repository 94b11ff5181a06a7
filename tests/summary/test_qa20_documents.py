"""qa20: the documents of a new 湖北 bureau (大冶市, 2024, a 县级市 over 4 街道, 10 镇, 1 乡 and the
大冶湖高新区), its plan a .docx with Word's automatic numbering, read as a bureau leader reads them."""

from __future__ import annotations

import docx

from tests.helpers import cli_ok
from tests.qa20_book import daye_book


def _text(path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def _row(path, first: str, name: str) -> list[str]:
    for table in docx.Document(str(path)).tables:
        if table.rows[0].cells[0].text == first:
            for row in table.rows:
                if name in row.cells[1].text:
                    return [c.text for c in row.cells]
    raise AssertionError(f"no row {name} in {path.name}")


def test_an_amount_shows_the_decimals_of_its_typed_target(tmp_path):
    """qa20 F1: 技术合同成交额 38.65亿元 against a target of 35.32亿元 (the plan's own figure) was
    written 38.7亿元 in the text — next to the 科室's own 38.65 — and in 附件1 beside 35.32; the
    进度通报's 附件1 even printed the target as 35.3. A figure shows as many decimals as its typed
    target (no more than it has itself), and a target shows as typed."""
    book = daye_book(tmp_path)
    summary = tmp_path / "总结.docx"
    cli_ok("docx", book, "-o", summary)
    text = _text(summary)
    # the text's own sentence said 38.7 beside the 科室's 38.65: now it says the same figure once
    assert "38.7亿元" not in text and "技术合同成交额38.65亿元" in text
    assert _row(summary, "序号", "技术合同成交额")[3:5] == ["35.32", "38.65"]
    progress = tmp_path / "通报.docx"
    cli_ok("progress", book, "-o", progress)
    assert _row(progress, "序号", "技术合同成交额")[3:5] == ["35.32", "38.65"]
    # a figure typed with one decimal stays as typed: 142.6亿元, not 142.60
    assert "142.6亿元" in text and "142.60" not in text


def test_a_new_count_the_progress_note_states_is_not_said_twice(tmp_path):
    """qa20 F3: the 科室's note “净增高新技术企业71家……” followed the summary's own “净增高新技术企业71家。”
    in the same paragraph, and “新认定省级以上创新创业平台7个，总数达79个” its “新增省级以上创新创业平台7个，
    年末总数达79个”: a 新增/净增 figure (with its 年末总数) the note already states is not said again, as a
    总量 figure was not (prose14)."""
    book = daye_book(tmp_path)
    summary = tmp_path / "总结.docx"
    cli_ok("docx", book, "-o", summary)
    text = _text(summary)
    assert text.count("净增高新技术企业71家") == 1
    assert text.count("省级以上创新创业平台7个") == 1 and text.count("黄石市创新创业平台13个") == 1
    # a count the note does not state is still said: 新增省级及以上创业孵化平台2家
    assert "新增省级及以上创业孵化平台2家" in text


def _name_width(path, first: str) -> int:
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    table = next(t for t in docx.Document(str(path)).tables if t.rows[0].cells[0].text == first)
    return int(table._tbl.find(f"{W}tblGrid").findall(f"{W}gridCol")[0].get(f"{W}w"))


def test_the_progress_county_table_gives_a_long_name_its_line(tmp_path):
    """qa20 F4: the 进度通报's 附件2 gave the unit names a fixed 21 mm, so 「大冶湖高新技术产业园区」 ran
    over three lines (大冶湖高新/技术产业园/区) beside narrow figures, while the summary's 附件2 of the
    same units fits it on one line: the column is as wide as the summary's, by content."""
    book = daye_book(tmp_path)
    summary, progress = tmp_path / "总结.docx", tmp_path / "通报.docx"
    cli_ok("docx", book, "-o", summary)
    cli_ok("progress", book, "-o", progress)
    assert _name_width(progress, "乡镇") == _name_width(summary, "乡镇") > 11 * 240  # 11 characters of 12 pt


def test_a_progress_sentence_gives_an_amount_the_decimals_of_its_target(tmp_path):
    """qa20 F1, the 进度通报's text: a 技术合同成交额 behind its 35.32亿元 target at September (18.65亿元)
    is said with two decimals, as the target beside it, and so is what it still lacks (16.67亿元)."""
    import openpyxl

    book = daye_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    for row in wb["设置"].iter_rows(min_row=2):
        if row[0].value == "报送月份":
            row[1].value = 9
    for row in wb["科室数据"].iter_rows(min_row=2):
        if row[1].value == "技术合同成交额":
            row[3].value = 18.65
    wb.save(book)
    progress = tmp_path / "通报.docx"
    cli_ok("progress", book, "-o", progress)
    text = _text(progress)
    assert "累计完成18.65亿元" in text and "尚差16.67亿元" in text and "18.7亿元" not in text


def test_the_progress_notice_names_the_zone_among_who_reported(tmp_path):
    """qa20 F7: the 进度通报, addressed to 各乡镇 and 大冶湖高新技术产业园区管委会, said “根据各科室、各乡镇报送的
    数据” while every 乡镇 notice says “根据各乡镇、大冶湖高新技术产业园区报送的统计数据”: it names the 高新区 too."""
    book = daye_book(tmp_path)
    progress = tmp_path / "通报.docx"
    cli_ok("progress", book, "-o", progress)
    assert "根据各科室、各乡镇、大冶湖高新技术产业园区报送的数据" in _text(progress)
