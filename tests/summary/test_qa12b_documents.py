"""qa12b findings on the year-end summary, its annexes, the 乡镇 bulletins and the mail, on the QA
round's own workbooks (qa12b_books/SOURCES.md), through ``kjreport docx`` / ``progress`` / ``send``."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

from tests.helpers import cli_output, copy_book
from tests.summary.docx_readback import rows_text

BOOKS = Path(__file__).parent / "qa12b_books"


def _summary(tmp_path: Path, book: str) -> str:
    out = tmp_path / f"总结_{Path(book).stem}.docx"
    cli_output("docx", str(copy_book(BOOKS / book, tmp_path)), "-o", str(out))
    return rows_text(out)


def _bulletin(tmp_path: Path, book: str, unit: str) -> str:
    src = copy_book(BOOKS / book, tmp_path)
    cli_output("docx", str(src), "--by", "县区", "-o", str(tmp_path / "通报"))
    return rows_text(next((tmp_path / "通报").glob(f"{unit}*.docx")))


def test_a_rise_in_points_keeps_its_own_two_decimals_everywhere(tmp_path):
    """F1: a 提高0.1个百分点 target met by 0.13 — 附件1, the bulletins, the progress notice and the
    mail all say 0.13 (never 0.1, which reads as the target just met, +0.03 beside it)."""
    text = _summary(tmp_path, "cixi2025.xlsx")
    assert "R&D经费投入强度提高幅度 | 个百分点 | 0.1 | 0.13 | +0.03 | — | 超额完成" in text, text
    bulletin = _bulletin(tmp_path, "cixi2025.xlsx", "逍林镇")
    assert "降低0.14个百分点" in bulletin and "降低0.1个百分点" not in bulletin, bulletin
    assert "R&D经费投入强度 | % | 2.9 |" not in bulletin, bulletin  # the share as the sentence: 2.90
    book = tmp_path / "cixi2025.xlsx"
    cli_output("progress", str(book), "--month", "6", "-o", str(tmp_path / "通报6.docx"))
    notice = rows_text(tmp_path / "通报6.docx")
    assert "比上年降低0.08个百分点，低于年度目标（提高0.1个百分点）0.18个百分点" in notice, notice
    cli_output("send", str(tmp_path / "总结_cixi2025.docx"), "--to", "x@cxkj.example.cn", "--recipients", str(book),
         "--dry-run", "--out", str(tmp_path / "eml"))
    mail = email.message_from_bytes(next((tmp_path / "eml").glob("*.eml")).read_bytes(), policy=policy.default)
    body = mail.get_body(("plain",)).get_content()
    assert "R&D经费投入强度3.72%，比上年提高0.13个百分点" in body, body


def test_a_share_with_a_rise_and_a_level_target_is_one_column_pair_and_one_row(tmp_path):
    """F2: R&D经费投入强度 with 提高0.1个百分点 and 达3.69%: 附件2 shows the level once, then the rise
    the units are ranked on; a 乡镇 bulletin says the figure once, with both ranks, in one table row."""
    text = _summary(tmp_path, "cixi2025.xlsx")
    assert "街镇 | R&D经费投入强度（%） | 位次 | 比上年增减（个百分点） | 提高幅度位次" in text, text
    assert "全市 | 3.72 | — | +0.13 | —" in text, text
    assert "逍林镇 | 2.90 | 9 | -0.14 | 12" in text, text
    bulletin = _bulletin(tmp_path, "cixi2025.xlsx", "逍林镇")
    assert "R&D经费投入强度2.90%，居全市第9位，比上年降低0.14个百分点，提高幅度居全市末位。" in bulletin, bulletin
    assert bulletin.count("R&D经费投入强度 | %") == 1, bulletin
    assert "2项" not in bulletin, bulletin  # one indicator, not two
    white = rows_text(next((tmp_path / "通报").glob("白沙路街道*.docx")))
    # the level's last place is still said, once: in 二、主要指标情况 (F11: no 需要关注的问题 repeating it)
    assert "R&D经费投入强度2.30%，居全市末位" in white and white.count("末位") == 1, white


def _problems(text: str) -> str:
    return text.split("存在的问题")[1].split("工作打算")[0]


def test_imbalance_names_the_largest_falls_first_and_says_when_cut(tmp_path):
    """F3: 7 of 南昌's 12 units fell; 红谷滩新区 (−0.30, last of the 功能区) and 湾里区 (−0.08, last of
    the 县区) are named first, the other five are counted, never dropped in sheet order."""
    problems = _problems(_summary(tmp_path, "nanchang2019.xlsx"))
    imbalance = problems.split("发展不平衡。")[1]
    assert imbalance.startswith("红谷滩新区研发投入强度比上年降低0.30个百分点，在3个功能区中居末位。"), imbalance
    assert "湾里区研发投入强度比上年降低0.08个百分点，在9个" in imbalance, imbalance
    assert "另有5个县区研发投入强度比上年有所下降，其中安义县、西湖区和" in imbalance, imbalance
    cixi = _problems(_summary(tmp_path, "cixi2025.xlsx"))  # F2: one share's fall said once
    # its last place by the rise is that fall: said once
    assert "逍林镇R&D经费投入强度比上年降低0.14个百分点。白沙路街道R&D经费投入强度居全市末位。" in cixi, cixi


def test_a_list_of_falls_says_its_unit_once_and_a_cut_list_names_the_rest(tmp_path):
    """F27: 「分别降低0.02、0.02和0.01个百分点」 (never the unit after each); with 5 missed targets the
    two not spelled out are named, not only counted."""
    problems = _problems(_summary(tmp_path, "nanchang2019.xlsx"))
    assert "分别降低0.02、0.02和0.01个百分点。" in problems, problems
    le = _problems(_summary(tmp_path, "nanchang2019_le.xlsx"))
    assert "另有新增省级研发平台和财政科技资金结转结余2项未完成，详见附件。" in le, le


def test_one_indicator_one_verdict_in_problems_and_a_missed_target_not_retold_as_a_fall(tmp_path):
    """F7: 规上研发费用占比 (提高 missed, 达3.46% 基本完成) is one sentence under 未能完成, not again
    under 仍有差距; 南昌's 新增省级研发平台, missed, is not re-told under 比上年有所下降."""
    cixi = _problems(_summary(tmp_path, "cixi2025.xlsx"))
    assert ("市级规上工业企业研发费用占营业收入比重3.41%，比上年提高0.05个百分点，未达到提高0.1个百分点的目标，"
            "距3.46%的年度目标差0.05个百分点。") in cixi, cixi
    assert cixi.count("市级规上工业企业研发费用占营业收入比重") == 1, cixi
    nanchang = _problems(_summary(tmp_path, "nanchang2019.xlsx"))
    assert "有所下降。新增省级研发平台" not in nanchang and nanchang.count("新增省级研发平台") == 1, nanchang
    assert "此外" not in nanchang, nanchang


def test_a_rise_and_a_level_target_get_one_verdict_naming_both(tmp_path):
    """F8: no 「总量高于年度目标」 for a share; the overview says the verdict on both targets."""
    text = _summary(tmp_path, "cixi2025.xlsx")
    assert "总量" not in text, text
    # the rise (0.13 of 0.1) is over its target by a wide margin: news, said (qa12b F20)
    assert "R&D经费投入强度达到3.72%，比上年提高0.13个百分点，超额完成“提高0.1个百分点、达3.69%”的年度目标。" in text, text
    assert ("市级规上工业企业研发费用占营业收入比重达3.41%，提高0.05个百分点，未达到提高0.1个百分点的目标，"
            "距3.46%的年度目标差0.05个百分点，基本完成。") in text, text


def test_basic_and_over_target_results_say_so(tmp_path):
    """F10: 1180 of 1200 is 「基本完成年度目标」 with 「尚差」 as elsewhere; 108 of 100 says 超额 whatever the
    sentence shape."""
    text = _summary(tmp_path, "nanchang2019.xlsx")
    # qa12b F20: the overview names 基本完成 once, 存在的问题 says how far; the body narrates.
    # 108 of 100 is 超额 in the overview's count and 附件1, not by a margin worth a sentence.
    assert "基本完成的是高新技术企业。" in text, text
    # prose14: after the section's first result the change on last year is left to 附件1, and
    # 存在的问题 gives the gap without repeating the figure the body said
    assert "新增高新技术企业236家，年末总数达1180家。" in text, text
    assert "高新技术企业距年度目标尚差20家。该指标虽已基本完成" in text, text
    assert "引进培养国内外高端创新人才达到108名。" in text, text
    assert "全年10项目标任务中，超额完成4项，完成1项，基本完成1项，未完成4项。" in text, text
    assert "引进培养国内外高端创新人才 | 名 | 100 | 108 | 108.0%" in text, text


def test_the_mail_names_a_missed_new_target_as_new(tmp_path):
    """F31: the unmet target is 新增5家 省级研发平台 — the mail says 新增省级研发平台, not the stock."""
    book = copy_book(BOOKS / "nanchang2019.xlsx", tmp_path)
    out = tmp_path / "总结.docx"
    cli_output("docx", str(book), "-o", str(out))
    cli_output("send", str(out), "--to", "x@nckj.example.cn", "--recipients", str(book), "--dry-run", "--out", str(tmp_path / "eml"))
    mail = email.message_from_bytes(next((tmp_path / "eml").glob("*.eml")).read_bytes(), policy=policy.default)
    body = mail.get_body(("plain",)).get_content()
    assert "高端创业人才团队和新增省级研发平台。" in body, body


def test_annex_titles_carry_place_and_year(tmp_path):
    """F37/F30: 附件 titles say whose and which year; 「1.」 is followed by the place, never a year
    that reads as a decimal (1.2019)."""
    text = _summary(tmp_path, "nanchang2019.xlsx")
    assert "附件：1.南昌市2019年科技工作主要指标完成情况表" in text, text
    assert "2.南昌市2019年县区主要指标对比表" in text, text
    assert "1.2019" not in text and "2.2019" not in text, text


def test_progress_annex_names_start_with_the_place(tmp_path):
    """F30: 「附件：1.2019年前三季度…」 read as 1.2019; the names start with the place."""
    book = copy_book(BOOKS / "nanchang2019_m9.xlsx", tmp_path)
    cli_output("progress", str(book), "-o", str(tmp_path / "通报.docx"))
    text = rows_text(tmp_path / "通报.docx")
    assert "附件：1.南昌市2019年前三季度目标任务进度表" in text, text
    assert "2.南昌市2019年前三季度县区主要指标排名" in text, text
    assert "1.2019" not in text and "2.2019" not in text, text


def test_a_city_without_county_cities_says_xianqu(tmp_path):
    """F22: 南昌's units hold no 县级市: 「在9个县区中居末位」, 「县区位次」, 「各县区和功能区」 — never 县（市）区."""
    problems = _problems(_summary(tmp_path, "nanchang2019.xlsx"))
    assert "湾里区研发投入强度比上年降低0.08个百分点，在9个县区中居末位。" in problems, problems
    bulletin = _bulletin(tmp_path, "nanchang2019.xlsx", "湾里区")
    assert "县（市）区" not in bulletin and "县（市、区）" not in bulletin, bulletin
    assert "在9个县区中" in bulletin and "县区位次" in bulletin and "根据各县区和功能区报送的统计数据" in bulletin, bulletin
