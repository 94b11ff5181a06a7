"""qa21: the 邯郸市 2018 plan as its office has it, text copied out of the PDF (tests/qa21_book.py):
lines broken mid-sentence, 「— 1 —」 between pages and the running header 「邯郸市科学技术局」 at the
top of the next page. It reads as the same plan's clean text."""

from __future__ import annotations

from kjreport.plan import import_plan
from tests.qa21_book import PLAN, write_plan_pdf_text


def _read(path):
    return {(t.indicator, t.value, t.unit, t.kind) for t in import_plan(path, year=2018).targets}


def test_the_running_header_under_a_page_number_is_no_part_of_the_sentence_the_page_broke(tmp_path):
    # "年内新增市" | "— 1 —" | "邯郸市科学技术局" | "级以上科技企业孵化器１５家" read as the target
    # 「市邯郸市科学技术局级以上科技企业孵化器」 (and 「省级市邯郸市科学技术局级以上…」)
    copied = import_plan(write_plan_pdf_text(tmp_path / "邯郸市2018年科技工作要点.txt"), year=2018)
    assert not [t.indicator for t in copied.targets if "科学技术局" in t.indicator]
    assert {(t.indicator, t.value, t.unit, t.kind) for t in copied.targets} == _read(PLAN)
    assert any(n.text == "邯郸市科学技术局" and "页眉" in n.reason for n in copied.ignored)


def test_a_heading_at_the_top_of_a_page_is_kept(tmp_path):
    # a short line under a page number that names no body and is not repeated is the plan's own text
    filler = "围绕全市中心工作，坚持创新驱动发展，深化科技体制改革，优化创新生态，推动科技与经济深度融合，"
    text = (
        "2019年全市科技工作要点\n" + "\n".join([filler[:28]] * 6) + "\n— 1 —\n培育壮大科创企业群体\n"
        "全市高新技术企业总数达到180家，新增科技型中小企业120家。\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    got = import_plan(path, year=2019)
    assert not [n for n in got.ignored if n.text == "培育壮大科创企业群体"]


def test_a_title_on_two_lines_stays_the_title(tmp_path):
    # the title, broken at the measure, ends with no stop: its short second line was measured with
    # the first joined to it, read as full and joined on to the lead paragraph (设置 lost its
    # 工作意见名称 and the body opened with the headline)
    copied = import_plan(write_plan_pdf_text(tmp_path / "邯郸市2018年科技工作要点.txt"), year=2018)
    assert copied.title == import_plan(PLAN, year=2018).title
    assert copied.title == "力争到年底新增科技型中小企业1400家、高新技术企业97家、省级以上创新平台15家"


def test_a_paragraphs_indented_first_line_with_quotation_marks_is_joined_to_the_next(tmp_path):
    # "　　创新主体培育工程。开展“双创双服”和“扶工助企”活动," fills the measure with its indent and
    # its four “” (as wide as a character in a Chinese font); it was left standing, so 工作意见's
    # 正文 broke mid-sentence and 孵化器's 原文 opened at "孵化器+加速器”三级孵化模式"
    copied = import_plan(write_plan_pdf_text(tmp_path / "邯郸市2018年科技工作要点.txt"), year=2018)
    assert not [node.code for node in copied.plan.walk() if "\n" in node.text]
    (incubators,) = [t for t in copied.targets if t.indicator == "市级以上科技企业孵化器"]
    assert incubators.sentence.startswith("推进创新型城市建设，完善“众创空间+孵化器")


def test_plan_show_calls_a_pdfs_page_numbers_and_header_what_they_are(tmp_path):
    # "已忽略 3 行网页页眉页脚或署名（第 23、24、30 行）" for 「— 1 —」「邯郸市科学技术局」「- 2 -」
    from tests.helpers import cli_output

    out = cli_output("plan", "show", write_plan_pdf_text(tmp_path / "邯郸市2018年科技工作要点.txt"))
    assert "已忽略 3 行PDF 的页码和页眉（第 23、24、30 行）" in out


def test_a_copy_that_lost_the_first_line_indents_keeps_the_plans_structure(tmp_path):
    # a PDF viewer's copy drops the 「　　」 of each paragraph's first line, which is then two
    # characters short of the measure: "以建设国家级创新型城市为目标,邯郸今年将实施五大科技" stood alone and
    # the next line "创新工程,推动高质量发展,…" was read as a part titled 「创新工程」 (the lead's targets
    # moved from 主要任务目标 to it)
    path = write_plan_pdf_text(tmp_path / "邯郸市2018年科技工作要点.txt")
    path.write_text("".join(line.removeprefix("　　") for line in path.read_text(encoding="utf-8").splitlines(True)),
                    encoding="utf-8")
    copied = import_plan(path, year=2018)
    assert [node.title for node in copied.plan.walk()] == ["主要任务目标", "创新主体培育工程", "创新平台建设工程"]
    assert {(t.indicator, t.value, t.unit, t.kind) for t in copied.targets} == _read(PLAN)
    assert not [node.code for node in copied.plan.walk() if "\n" in node.text]
