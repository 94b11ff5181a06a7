"""qa19 F4: one indicator is named one way after its first mention in the summary: 全社会R&D经费投入占GDP
比重 in full once, then 研发投入强度 (the catalogue's 简称) — not in full again in 存在的问题 between
「研发投入强度达到1.13%」 and 「马山县研发投入强度…居末位」."""

from __future__ import annotations

from pathlib import Path

import docx

from tests.helpers import cli_output
from tests.qa19_book import nanning_book

FULL, SHORT = "全社会R&D经费投入占GDP比重", "研发投入强度"


def test_the_full_name_once_then_the_short_name(tmp_path: Path) -> None:
    out = tmp_path / "总结.docx"
    cli_output("docx", nanning_book(tmp_path), "-o", out, "--no-charts")
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    body = paragraphs[: paragraphs.index("附件：1. 南宁市2023年科技工作目标任务完成情况表")] \
        if "附件：1. 南宁市2023年科技工作目标任务完成情况表" in paragraphs else paragraphs
    text = "".join(p for p in body if not p.startswith("图"))
    first = text.index(FULL)
    assert text.count(FULL) == 1, text
    assert text.index(SHORT) > first and text.count(SHORT) >= 3
