"""qa12b findings on a summary made before December (报送月份 9), on the QA round's own workbooks
(qa12b_books/SOURCES.md), through ``kjreport fill`` / ``kjreport docx``: F4 (mid-year verdicts),
F18 (慢于序时进度 always with one decimal)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli_output, copy_book
from tests.summary.docx_readback import rows_text

BOOKS = Path(__file__).parent / "qa12b_books"


def _summary_text(tmp_path: Path, book: str) -> str:
    src = copy_book(BOOKS / book, tmp_path)
    cli_output("fill", str(src))
    out = tmp_path / "总结.docx"
    cli_output("docx", str(src), "-o", str(out))
    return rows_text(out)


def test_a_september_summary_speaks_of_pace_not_of_the_years_verdict(tmp_path):
    """F4: at 9月底 nothing is 未能完成 or 基本完成, no total is 年末; 附件1 says 滞后/略慢."""
    text = _summary_text(tmp_path, "nanchang2019_m9.xlsx")
    problems = text.split("存在的问题")[1].split("工作打算")[0]
    for word in ("未能完成", "未完成", "基本完成"):
        assert word not in problems, problems
    assert "部分工作进度滞后。截至9月底，" in problems, problems
    assert "新增高新技术企业123家，仅完成年度目标的61.5%，慢于序时进度13.5个百分点" in problems, problems
    assert "4项进度滞后，详见附件。" in problems, problems
    assert ("部分指标进度略慢于序时进度。引进培养国内外高端创新人才71名，完成年度目标的71.0%，慢于序时进度4.0个百分点；"
            "技术合同成交额36.9亿元，完成年度目标的73.8%，慢于序时进度1.2个百分点。上述指标仍需加快进度。") in problems, problems
    assert "年末总数" not in text and "总数达到1085家" in text, text
    assert "技术合同成交额 | 亿元 | 50 | 36.9 | 73.8% | 19.8% | 略慢" in text, text
    assert "新增高新技术企业 | 家 | 200 | 123 | 61.5% | 21.8% | 滞后" in text, text
    rows = [line for line in text.splitlines() if line.count(" | ") == 7]
    assert not [r for r in rows if r.endswith(("未完成", "基本完成", "超额完成"))], rows


def test_a_year_end_summary_keeps_the_years_verdicts(tmp_path):
    """F4: in December the words stay 未能完成 / 年末总数 / 未完成."""
    text = _summary_text(tmp_path, "nanchang2019.xlsx")
    problems = text.split("存在的问题")[1].split("工作打算")[0]
    assert "部分目标任务未能完成。" in problems and "进度" not in problems, problems
    assert "年末总数达1180家" in text, text


def test_behind_the_schedule_always_has_one_decimal(tmp_path):
    """F18: 慢于序时进度55.0/40.0个百分点 beside 55.6 and 41.7 — never 55, 40."""
    import re

    text = _summary_text(tmp_path, "nanchang2019_m9.xlsx")
    found = re.findall(r"[超慢于]序时进度(\d+(?:\.\d+)?)个百分点", text)
    assert found and all("." in f for f in found), found
    assert "慢于序时进度40.0个百分点" in text, text
