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


def test_a_rise_target_does_not_repeat_its_rise_as_its_change(tmp_path: Path) -> None:
    """qa19 F8: 附件1's …提高幅度 row showed +2.6 under 完成 and again under 同比: its 完成 is this
    year's rise on last year already, so 同比 is 「—」 (as a growth target's)."""
    out = tmp_path / "总结.docx"
    cli_output("docx", nanning_book(tmp_path), "-o", out, "--no-charts")
    table = docx.Document(str(out)).tables[0]
    head = [c.text for c in table.rows[0].cells]
    rows = {r.cells[1].text: [c.text for c in r.cells] for r in table.rows[1:]}
    row = rows["规模以上工业战略性新兴产业增加值占规模以上工业增加值比重提高幅度"]
    assert row[head.index("完成")] == "2.6" and row[head.index("同比")] == "—", row
    assert rows["全社会R&D经费投入占GDP比重"][head.index("同比")] == "+0.06"
