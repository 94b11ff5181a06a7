"""QA round 8 F24: only the last lines of the text go over with the 落款.

LibreOffice never splits a paragraph kept with the next one, so a long last paragraph kept with
the 附件说明 and 署名 went over whole — with its heading — and left the page above half empty
(闵行's 上半年进度通报: page 1 ended at 45 % of the type area, page 2 held all of 三、下步工作要求).
The builder now ends such a paragraph in a paragraph of its own holding its last sentence, and
keeps only that one with the 落款. Checked on the paragraph properties, through ``kjreport
progress`` and on LibreOffice renderings read page by page.
"""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner

from kjreport.docx import OfficialDocument, Segment
from kjreport.docx import styles as st
from kjreport.docx.pdf import to_pdf
from tests.docx.test_signature_page import LINE, _main, _pages, _signature_page, needs_libreoffice

REQUIREMENT = (
    "各科室、各县区要对照年度目标和时间节点，逐项梳理进展情况。对略慢于进度的2项工作，"
    "要盯紧时间节点，加快推进。已达到或快于进度的2项工作要巩固成果、保持势头，"
    "确保全年目标任务圆满完成。"
)
LAST = "已达到或快于进度的2项工作要巩固成果、保持势头，确保全年目标任务圆满完成。"


def _bulletin(paragraphs: int, requirement: str | list[Segment] = REQUIREMENT, *,
              draft: bool = False, filler: int = 0) -> OfficialDocument:
    """A 进度通报 of ``paragraphs`` two-line paragraphs, then 三、下步工作要求 with one
    paragraph, 附件说明, 署名 and 成文日期; ``filler`` two-line paragraphs before the title
    (11 fill page 1: the notice then starts on page 2, too long to be set tighter)."""
    doc = OfficialDocument(draft=draft)
    for i in range(filler):
        doc.paragraph(f"前页{i + 1:02d}{LINE}")
    doc.title("鲁泽市科学技术局关于2011年上半年科技工作目标任务进展情况的通报")
    doc.paragraph("各科室、各县区科技主管部门：", indent=False)
    for i in range(paragraphs):
        doc.paragraph(f"第{i + 1:02d}段{LINE}")
    doc.heading(1, "三、下步工作要求")
    doc.paragraph(requirement)
    doc.attachment_note(["2011年上半年目标任务进度表", "2011年上半年县区主要指标排名"])
    doc.signature("鲁泽市科学技术局", "2011年7月10日")
    return doc


def _tail(document) -> tuple[list, int]:
    paragraphs = document.paragraphs
    note = next(i for i, p in enumerate(paragraphs) if p.style.style_id == st.ATTACHMENT_NOTE)
    return paragraphs, note


def test_a_long_last_paragraph_ends_in_its_last_sentence_kept_with_the_signature():
    paragraphs, note = _tail(_bulletin(3).docx)
    last, above = paragraphs[note - 1], paragraphs[note - 2]
    assert last.text == LAST and last.style.style_id == st.BODY
    assert last.paragraph_format.keep_with_next
    assert above.text + last.text == REQUIREMENT  # nothing lost, nothing added
    assert not above.paragraph_format.keep_with_next  # the lines above flow
    assert paragraphs[note - 3].text == "三、下步工作要求"
    # the new paragraph has the properties of the one it came from, keep with next aside
    assert last.paragraph_format.first_line_indent == above.paragraph_format.first_line_indent


@pytest.mark.parametrize("text", [
    "请分析原因，加以改进。",  # one line
    "各科室、各县区要认真总结全年工作，对未完成的目标任务逐项分析原因，在年度工作总结中作出说明，"
    "并在下一年度工作安排中加以落实。",  # three lines but one sentence
    "各科室要逐项梳理进展情况。确保全年目标任务圆满完成。",  # two sentences, two lines
])
def test_a_short_or_one_sentence_paragraph_stays_whole(text):
    paragraphs, note = _tail(_bulletin(3, text).docx)
    assert paragraphs[note - 1].text == text and paragraphs[note - 1].paragraph_format.keep_with_next
    assert paragraphs[note - 2].text == "三、下步工作要求"


def test_a_sentence_ending_in_a_quote_and_bold_runs_split_between_runs():
    segments = [Segment("一是加强统筹，抓好“三科之城”建设。二是"), Segment("强化服务", bold=True),
                Segment("，落实各项政策，推动企业研发投入稳步增长。三是狠抓落实，"
                        "确保完成“十四五”目标。")]
    paragraphs, note = _tail(_bulletin(3, segments).docx)
    last, above = paragraphs[note - 1], paragraphs[note - 2]
    assert last.text == "三是狠抓落实，确保完成“十四五”目标。"
    assert above.text.endswith("推动企业研发投入稳步增长。")
    assert [r.bold for r in above.runs] == [None, True, None]


def test_a_draft_never_cuts_inside_a_comment():
    # the last sentence's figure carries a comment (draft): the split falls before its range,
    # and a cut that would fall inside a comment's range is not made
    ok = [Segment("各科室要对照年度目标逐项梳理进展情况，对略慢于进度的工作要加快推进。"
                  "已达到进度的"), Segment("13", comment="「指标结果」C5"),
          Segment("项工作要巩固成果、保持势头，确保全年目标任务圆满完成。")]
    paragraphs, note = _tail(_bulletin(3, ok, draft=True).docx)
    assert paragraphs[note - 1].text == "已达到进度的13项工作要巩固成果、保持势头，确保全年目标任务圆满完成。"
    for p in paragraphs[note - 2: note]:
        starts = p._p.findall(".//" + _w("commentRangeStart"))
        ends = p._p.findall(".//" + _w("commentRangeEnd"))
        assert len(starts) == len(ends)
    inside = [Segment("各科室要对照年度目标逐项梳理进展情况，对略慢于进度的工作要加快推进。"
                      "已达到进度的工作要巩固成果、保持势头，确保全年目标任务圆满完成。",
                      comment="整段来自模板")]
    paragraphs, note = _tail(_bulletin(3, inside, draft=True).docx)
    assert paragraphs[note - 1].text.startswith("各科室")  # whole: the comment spans the cut


def _w(name: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + name


def test_the_progress_command_keeps_only_the_last_sentence_with_the_signature(sample_path, tmp_path):
    from tests.indicators.test_reported_workbook import edit
    from tests.progress.test_qa4_progress import set_setting

    path = edit(sample_path, tmp_path / "六月2011.xlsx", set_setting("报送月份", 6))
    out = tmp_path / "进度通报.docx"
    result = CliRunner().invoke(_main(), ["progress", str(path), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    paragraphs, note = _tail(docx.Document(out))
    last, above = paragraphs[note - 1], paragraphs[note - 2]
    assert last.text.startswith("已达到或快于进度的") and last.paragraph_format.keep_with_next
    assert above.text.startswith("各科室、各县区要对照年度目标")
    assert not above.paragraph_format.keep_with_next
    assert paragraphs[note - 3].text == "三、下步工作要求"


@needs_libreoffice
def test_rendered_heading_and_first_lines_stay_and_only_the_last_sentence_goes_over(tmp_path):
    # 三、下步工作要求 starts six lines above the foot of page 2: heading and four lines fit,
    # heading, four lines and the 落款 (six more lines) do not (a one-page notice that close
    # is set tighter instead: tests/docx/test_fit.py)
    pages = _pages(to_pdf(_bulletin(5, filler=11).save(tmp_path / "通报.docx")))
    assert len(pages) == 3, pages
    assert pages[1][0].replace(" ", "").startswith("鲁泽市科学技术局"), pages[1]  # page 1 is the filler
    second = "".join(pages[1]).replace(" ", "")
    assert "三、下步工作要求" in second and second.endswith("加快推进。"), pages[1]
    text, page = _signature_page(pages)
    assert "".join(text).replace(" ", "") == LAST, page  # only the last sentence went over
