"""qa17 F3: an item's second result sentence is joined with 同时 or 此外 — but not one that reports a
shortfall ("同时，研发投入强度达2.54%，……低于年度目标0.46个百分点" read as if it went on with good news)."""

from __future__ import annotations

import re

from benchmarks import prose_compare as pc
from tests.helpers import cli_ok
from tests.qa17_book import xinxiang_book
from tests.summary.test_prose14 import SAMPLE

SHORTFALL = re.compile("未达到|未完成|低于")


def joined_sentences(body: str) -> list[str]:
    return [s for s in re.findall(r"[^。]*。", body) if s.startswith(("同时，", "此外，"))]


def test_a_shortfall_is_not_joined_with_tongshi(tmp_path):
    book = xinxiang_book(tmp_path)
    cli_ok("fill", book)
    body = pc.generated(book, "新乡").body
    assert "研发投入强度达2.54%，提高0.13个百分点，低于年度目标0.46个百分点。" in body
    assert not [s for s in joined_sentences(body) if SHORTFALL.search(s)]


def test_the_sample_keeps_its_connectives_for_good_news():
    sentences = joined_sentences(pc.generated(SAMPLE, "sample").body)
    assert sentences and not [s for s in sentences if SHORTFALL.search(s)]
