"""qa14b F16: the list of 【待补充】 after ``kjreport docx`` names a lone marker's heading whole.

六安 2021 without 工作进展: item 「1.强化关键技术攻关，推动研发投入强度稳步提升」 has no material, and
``docx`` said 「正文第 9 段「化关键技术攻关，推动研发投入强度稳步提升：【待补充……】」」 — the heading cut at
its left end without a mark.
"""

from __future__ import annotations

from tests.helpers import cli_ok
from tests.luan_book import luan_book


def test_a_lone_markers_heading_is_named_whole(tmp_path):
    book = luan_book(tmp_path / "2021年科技工作.xlsx")
    out = cli_ok("docx", book).output
    assert "「1.强化关键技术攻关，推动研发投入强度稳步提升：【待补充：本条暂无数据和进展材料" in out, out
    assert "「化关键技术攻关" not in out
