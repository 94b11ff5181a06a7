"""发展不平衡 and 居全市末位 only when the last unit trails the others materially (qa11b F20).

临清市's 16 镇街 (tests.linqing_book) ranked by their R&D growth (the target is 增速): all between
9.5% and 10.5% → the summary names no imbalance and 新华路街道's notice gives its place as 第16位,
no 末位; 新华路街道 at 2% (the others about 10%) → both said, as before. Real ``kjreport docx``.
"""

from __future__ import annotations

from pathlib import Path

import docx

from tests.helpers import cli
from tests.linqing_book import close_growth, make_book


def _texts(folder: Path) -> tuple[str, str]:
    book = next(folder.glob("*.xlsx"))
    summary = folder / "总结.docx"
    assert cli("docx", book, "-o", summary).exit_code == 0
    made = cli("docx", book, "--by", "镇街")
    assert made.exit_code == 0, made.output
    notice = next(folder.glob("*通报/新华路街道*.docx"))
    return tuple("\n".join(p.text for p in docx.Document(f).paragraphs) for f in (summary, notice))


def _problems(summary: str) -> str:
    return summary[summary.index("存在的问题"):summary.index("三、")]


def test_a_one_point_spread_is_no_imbalance(tmp_path):
    make_book(tmp_path)
    summary, notice = _texts(tmp_path)
    assert "不平衡" not in summary and "末位" not in _problems(summary), _problems(summary)
    assert "研发投入0.69亿元，同比增长9.5%，增速居全市第16位。" in notice, notice
    assert "末位" not in notice


def test_a_unit_far_behind_the_others_is_still_named(tmp_path):
    make_book(tmp_path, growth=lambda i: 2.0 if i == 1 else close_growth(i))
    summary, notice = _texts(tmp_path)
    assert "镇街之间发展不平衡。" in summary and "新华路街道研发投入增速居全市末位" in summary
    assert "增速居全市末位" in notice


def test_a_unit_that_declines_is_still_named(tmp_path):
    make_book(tmp_path, growth=lambda i: -1.0 if i == 1 else close_growth(i))
    summary, notice = _texts(tmp_path)
    assert "镇街之间发展不平衡。" in summary and "新华路街道研发投入同比下降" in summary
