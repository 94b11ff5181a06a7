"""qa20: the slips of a new 湖北 bureau (大冶市, 2024, a 县级市 over its 乡镇) as `kjreport check` tells
them, the workbook made by `kjreport init` from the office's .docx plan."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli, slipped_book_output
from tests.qa20_book import daye_book


def test_every_slip_of_the_first_typing_is_named_and_the_book_kept(tmp_path: Path) -> None:
    """The office's first typing: each slip is one message at its cell, and a failing check,
    fill, docx (with --by 乡镇) or progress leaves the workbook as it was."""
    out = slipped_book_output(daye_book(tmp_path, slips=True), ("docx", "--by", "乡镇"), ("progress",))
    assert "A15：乡镇「茗山」在「乡镇上年数据」中没有对应的乡镇，可能是「茗山乡」" in out
    assert "B8：「保安镇」的「企业R&D经费支出」为 18600亿元" in out and "应约为 1.86亿元" in out
    assert "B13：总结附件「乡镇主要指标对比表」中将有 1 处显示为【待补充】：陈贵镇" in out
    assert "D2：「本级财政科技支出占公共财政支出的比重」本年数为 0.0352" in out and "是否应为 3.52" in out
    assert "B7：文本「2.41」已按数字 2.41亿元 读取" in out
    assert "D13：「技术合同成交额」本年数与上年数完全相同" in out


def test_the_corrected_book_checks_clean(tmp_path: Path) -> None:
    """Once corrected, check passes with no error."""
    result = cli("check", daye_book(tmp_path))
    assert result.exit_code == 0, result.output
