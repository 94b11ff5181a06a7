"""The lead playing 铜仁市 2024 at the year's end (the corpus's 2024_tongren_yaodian): a count and its
share stated together in the plan ("规上工业企业中有研发活动企业达90家、占比25%")."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli_ok, confirm_plan_rows, fill_department, init_from_plan
from tests.summary.docx_readback import body_text

PLAN = Path(__file__).resolve().parents[1] / "plan" / "corpus" / "2024_tongren_yaodian.txt"


def test_a_count_and_its_unnamed_share_are_said_in_one_sentence(tmp_path):
    # the summary said "同时，规上工业企业中有研发活动企业达到93家。规上工业企业中有研发活动企业占比达
    # 25.6%。" — the subject twice in two sentences; "<X>占比" is X's share, as "<X>占Y比重" is
    book, wb = init_from_plan(tmp_path, PLAN, "铜仁市2024年全市科技工作要点.txt", 2024, "铜仁2024.xlsx")
    confirm_plan_rows(wb)
    fill_department(wb, {"规上工业企业中有研发活动企业": (93, 80), "规上工业企业中有研发活动企业占比": (25.6, 22.1),
                         "技术合同成交额": (8.6, 6.8)})
    wb.save(book)
    out = tmp_path / "总结.docx"
    cli_ok("docx", book, "-o", out, "--no-charts", "--draft")
    text = body_text(out).replace("\n", "")
    assert "规上工业企业中有研发活动企业达到93家，同比增长16.3%，占比25.6%，提高3.5个百分点" in text, text
    assert "规上工业企业中有研发活动企业占比达" not in text
