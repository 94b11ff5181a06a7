"""qa19: the slips of a new 广西 bureau (南宁市, 2023) as `kjreport check` tells them."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli, slipped_book_output
from tests.qa19_book import nanning_book


def test_every_slip_of_the_first_typing_is_named_and_the_book_kept(tmp_path: Path) -> None:
    """The office's first typing: each slip is one message at its cell, and a failing check,
    fill or docx leaves the workbook as it was."""
    out = slipped_book_output(nanning_book(tmp_path, slips=True))
    assert "A12：县区「马山」在「县区上年数据」中没有对应的县区，可能是「马山县」" in out
    assert "B10：「宾阳县」的「全社会R&D经费支出」为 24000亿元" in out and "应约为 2.4亿元" in out
    assert "C13：「隆安县」的「地区生产总值」为空" in out
    assert "D2：「规模以上工业企业中有研发活动企业占比」本年数为 0.286" in out and "是否应为 28.6" in out
    assert "C3：文本「1,080.5」已按数字 1080.5亿元 读取" in out
    assert "D8：「南宁高新区规模以上企业工业总产值」本年数与上年数完全相同" in out


def test_the_corrected_book_checks_clean(tmp_path: Path) -> None:
    """Once corrected, check passes with no error."""
    result = cli("check", nanning_book(tmp_path))
    assert result.exit_code == 0, result.output
