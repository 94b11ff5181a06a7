"""QA S12 (the heading part): a 三级标题 taken from a plan sentence that goes on to state targets
is cut before them; the targets are said with their results in the text below."""

from __future__ import annotations

from pathlib import Path

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


def test_a_promised_target_heading_names_the_task():
    # qa12b F9: 南昌 2019's items are the plan's 力争… sentences; a 总结 heads a result with the
    # task, the figures are said below it with the result
    assert heading_text("力争市R&D经费内部支出达到110亿元，占GDP的比重为1.9%") == "市R&D经费内部支出"
    assert heading_text("力争引进培养国内外高端创新人才100名以上，高端创业人才团队20个以上") == "引进培养国内外高端创新人才"
    assert heading_text("力争技术合同成交额突破50亿元，继续保持10%以上的增长速度") == "技术合同成交额"
    assert heading_text("确保2025年全社会研发投入强度达3.5%") == "全社会研发投入强度"
    # no promise, or a promise whose figure comes first: as before (qa11 F12)
    assert heading_text("高新产业投资增速快于面上，占固定投资比重达25%以上") == "高新产业投资增速快于面上，占固定投资比重达25%以上"
    assert heading_text("力争3亿元以上项目10个") == "力争3亿元以上项目10个"


def test_nanchang_summary_headings_carry_no_promise(tmp_path):
    book = Path(__file__).with_name("qa12b_books") / "nanchang2019.xlsx"
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(book), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    titles = [t for _, t in headings(out)]
    assert not [t for t in titles if "力争" in t or "确保" in t], titles
    # qa12b F20: its five short target items (1.市R&D经费内部支出 …) run on in long paragraphs
    # under （一）目标任务, each result said in its sentence; the completion rate in 存在的问题
    assert "（一）目标任务" in titles and "1.市R&D经费内部支出" not in titles, titles
    text = body_text(out)
    assert "全年实现市R&D经费内部支出93.5亿元，同比增长9.0%，未完成年度目标，尚差16.5亿元。" in text
    assert "市R&D经费内部支出、高端创业人才团队和新增省级研发平台分别完成年度目标的85.0%、85.0%和80.0%" in text


def test_a_part_that_arranges_the_years_work_heads_the_work_done():
    # final68's 大连 2022 played as its office: the 政府工作报告's "四、2022年重点工作安排" headed the
    # year-end summary's part as "（一）2022年重点工作安排"
    assert heading_text("2022年重点工作安排") == "2022年重点工作"
    assert heading_text("主要工作部署") == "主要工作"
    assert heading_text("实施重大科技计划") == "实施重大科技计划"  # 计划 of a programme stays
