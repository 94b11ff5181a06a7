"""QA S12 (the heading part): a 三级标题 taken from a plan sentence that goes on to state targets
is cut before them; the targets are said with their results in the text below."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.summary.views import heading_text
from tests.summary.docx_readback import body_text, headings


def test_a_plan_sentence_heading_is_cut_before_its_targets(sample_copy, tmp_path):
    book = openpyxl.load_workbook(sample_copy)
    row = next(r for r in book["工作意见"].iter_rows(min_row=2) if r[0].value == "一.2")
    row[3].value = "抓好高新技术重点项目，实施重大专项10项以上，滚动培育2家省级创新型企业"
    book.save(sample_copy)
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(sample_copy), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    titles = [t for _, t in headings(out)]
    # the 二是 item has a lead sentence (prose8; prose10 runs it on after a short 一是); its lead
    # is cut the same way
    lines = body_text(out).splitlines()
    line = next(line for line in lines if "二是抓好高新技术重点项目" in line)
    lead = line[line.index("二是抓好高新技术重点项目"):]
    assert lead.startswith("二是抓好高新技术重点项目。"), lead
    assert "实施重大专项10项" not in lead
    # a heading without figures is left whole, even with a numeral word in it
    assert any(t.endswith("突出两个重点，加快提升科研水平") for t in titles)


def test_heading_text_keeps_clauses_before_the_first_figure():
    assert heading_text("继续加大知识产权优势培育县工作力度，专利申请量增长20%以上，滚动培育2家省级知识产权优势企业"
                        ) == "继续加大知识产权优势培育县工作力度"
    assert heading_text("继续加大农业科技推广示范力度，围绕“个十百千万”工程，积极开展科技普及工作") == (
        "继续加大农业科技推广示范力度，围绕“个十百千万”工程，积极开展科技普及工作")
    assert heading_text("组织实施具有带动全局发展的科技项目") == "组织实施具有带动全局发展的科技项目"
