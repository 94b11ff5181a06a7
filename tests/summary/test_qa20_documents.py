"""qa20: the documents of a new 湖北 bureau (大冶市, 2024, a 县级市 over 4 街道, 10 镇, 1 乡 and the
大冶湖高新区), its plan a .docx with Word's automatic numbering, read as a bureau leader reads them."""

from __future__ import annotations

import re

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


def test_a_rate_the_progress_note_states_is_not_said_twice(tmp_path):
    """fix21 (lead): the 主要目标 paragraph said 「比重达到3.52%，比上年提高0.21个百分点。同时，规上企业研发经费
    投入增长9.4%。」 and then quoted the 科室's 「本级财政科技支出3.52亿元，占公共财政支出的3.52%；规上企业研发经费
    投入26.8亿元，增长9.4%。」: 3.52% and 9.4% twice. A figure (and a 增速) the note states is said once; the
    change the note does not state (提高0.21个百分点) is still said."""
    book = daye_book(tmp_path)
    summary = tmp_path / "总结.docx"
    cli_ok("docx", book, "-o", summary)
    text = _text(summary)
    said = lambda figure: len(re.findall(rf"(?<![\d.]){re.escape(figure)}", text))  # noqa: E731 (not 109.4%)
    assert said("3.52%") == 1 and said("9.4%") == 1
    assert "本级财政科技支出占公共财政支出的比重比上年提高0.21个百分点" in text
    # the 高新技术产业增加值's 增长8.2% the 高新科 states is not said again before it
    assert said("8.2%") == 1 and "高新技术产业增加值142.6亿元，增长8.2%" in text


def _county_rank(path, name: str, indicator: str) -> str:
    """The 位次 beside ``indicator``'s column in the county table (附件2) of ``path``, row ``name``."""
    table = next(t for t in docx.Document(str(path)).tables if t.rows[0].cells[0].text == "乡镇")
    header = [c.text for c in table.rows[0].cells]
    start = next(i for i, h in enumerate(header) if h.startswith(indicator))
    col = next(i for i, h in enumerate(header) if i > start and h.endswith("位次"))
    row = next(r for r in table.rows if r.cells[0].text == name)
    return row.cells[col].text


def test_a_unit_is_not_ranked_on_an_indicator_its_type_is_not_evaluated_on(tmp_path):
    """qa20 F2: the 高新区's bulletin says 科技特派员 is not evaluated for it (county_types.j2), but
    the summary's 附件2, the 进度通报's 附件2 and 「指标结果」 ranked it 14th, and 东风路街道 was 「并列全市
    末位」 with it. One ranking for every output: the 高新区 unranked (—), 东风路街道 alone last of 14."""
    import openpyxl

    book = daye_book(tmp_path)
    summary, progress = tmp_path / "总结.docx", tmp_path / "通报.docx"
    cli_ok("docx", book, "-o", summary)
    cli_ok("progress", book, "-o", progress)
    zone = "大冶湖高新技术产业园区"
    for path in (summary, progress):
        assert _county_rank(path, zone, "科技特派员") == "—"
        assert _county_rank(path, "东风路街道", "科技特派员") == "14"
        assert _county_rank(path, zone, "规上企业研发经费投入") == "1"  # evaluated on this one
    text = _text(summary)
    assert "东风路街道科技特派员居全市末位" in text and "并列全市末位" not in text
    cli_ok("fill", book)
    sheet = openpyxl.load_workbook(book)["指标结果"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    head = next(r for r in rows if r[0] == "乡镇" and "科技特派员（人）" in r)
    col = head.index("科技特派员（人）") + 1
    by_unit = {r[0]: r for r in rows[rows.index(head):]}
    assert by_unit[zone][col] == "—" and by_unit["东风路街道"][col] == 14


def test_a_county_table_of_one_line_rows_that_fits_the_page_stays_whole(tmp_path):
    """qa20 F5: the summary's 附件2 of 16 one-line rows (全市, 15 units) was split 13 + 3 — page 6
    two-thirds full, its last three rows, the note and the chart on page 7 — because it had more
    than 15 rows. A table whose wrapped lines fit the page stays whole there; the chart that does
    not fit under it goes to the next page alone."""
    import shutil

    import pytest

    from kjreport.docx.pdf import find_soffice, to_pdf
    from tests.helpers import pdf_pages

    book = daye_book(tmp_path)
    summary = tmp_path / "总结.docx"
    cli_ok("docx", book, "-o", summary)
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    table = next(t for t in docx.Document(str(summary)).tables if t.rows[0].cells[0].text == "乡镇")
    trs = table._tbl.findall(f"{W}tr")
    assert len(trs) == 17  # header, 全市, 15 units
    kept = [all(p.find(f"{W}pPr/{W}keepNext") is not None for p in tr.iter(f"{W}p")) for tr in trs]
    assert kept[:-1] == [True] * 16  # (the last row goes on with the note under it)
    if find_soffice() is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) or poppler-utils (pdftotext) is not installed")
    names = [tr.cells[0].text for tr in table.rows[1:]]
    pages = pdf_pages(to_pdf(summary))
    start = next(i for i, t in enumerate(pages) if "附件 2" in t or "附件2" in t)

    def rows(page: str) -> list[str]:
        return [ln.split()[0] for ln in page.splitlines() if ln.split() and ln.split()[0] in names
                and len(ln.split()) >= 4]

    assert sorted(rows(pages[start])) == sorted(names)
    assert rows(pages[start + 1]) == [] and "图 2" in pages[start + 1]


def _custom_table(tmp_path):
    """Return a copy of templates/summary whose county_types.j2 the office changed: the 高新区
    is evaluated on 科技特派员 and the 街道 are not."""
    import shutil

    from kjreport.templating import default_template_dir

    folder = tmp_path / "本局模板"
    shutil.copytree(default_template_dir("summary"), folder)
    table = folder / "county_types.j2"
    text = table.read_text(encoding="utf-8")
    for old, new in (('"高新区": rural', '"高新区": []'), ('"街道": []', '"街道": ["科技特派员"]')):
        assert old in text
        text = text.replace(old, new)
    table.write_text(text, encoding="utf-8")
    return folder


def test_the_ranking_reads_the_not_applicable_table_of_the_template_folder(tmp_path):
    """fix22 item 2: ``docx --template FOLDER`` worded the bulletins by the folder's county_types.j2
    but ranked by the default one — a 街道 told 科技特派员 is not evaluated for it was ranked on it
    in 附件2, and the 高新区 evaluated on it was left unranked. One table for texts and ranks."""
    book = daye_book(tmp_path)
    folder = _custom_table(tmp_path)
    summary = tmp_path / "总结.docx"
    cli_ok("docx", book, "--template", folder, "-o", summary)
    zone = "大冶湖高新技术产业园区"
    assert _county_rank(summary, "东风路街道", "科技特派员") == "—"
    assert _county_rank(summary, zone, "科技特派员") not in ("—", "")
    assert "东风路街道科技特派员居全市末位" not in _text(summary)
    out = tmp_path / "通报"
    cli_ok("docx", book, "--by", "乡镇", "--template", folder, "-o", out)
    street = _text(next(out.glob("*东风路街道*.docx")))
    assert "科技特派员不列入本次通报评价" in street, street
    assert "科技特派员2人，与上年持平，居全市末位" in _text(next(out.glob(f"*{zone}*.docx")))
    # a 进度通报 folder holding its own county_types.j2 is read as the bulletins read it (facts.not_applicable)
    import shutil

    from kjreport.templating import default_template_dir

    progress_folder = tmp_path / "本局进度模板"
    shutil.copytree(default_template_dir("progress"), progress_folder)
    shutil.copy(folder / "county_types.j2", progress_folder)
    progress = tmp_path / "通报.docx"
    cli_ok("progress", book, "--template", progress_folder, "-o", progress)
    assert _county_rank(progress, "东风路街道", "科技特派员") == "—"
    assert _county_rank(progress, zone, "科技特派员") not in ("—", "")
