"""The lead playing 铜仁市 2024 mid-year (the corpus's 2024_tongren_yaodian): a reported count of
no known kind ("培育……社会事业人才(其它类)100人") in a June book without 月度数据."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from kjreport.progress import build_progress
from kjreport.report import load_report
from tests.helpers import cli_ok, confirm_plan_rows, fill_department, init_from_plan

PLAN = Path(__file__).resolve().parents[1] / "plan" / "corpus" / "2024_tongren_yaodian.txt"


def test_a_count_of_no_known_kind_is_paced_as_the_results_sheet_paces_it(tmp_path):
    # The notice said "截至6月底达到45人，比上年末增加5人，完成计划增量（60人）的8.3%" — a stock —
    # while the 指标结果 sheet judged 45 of 100 against 序时进度: the notice took the June figure
    # itself (its own history) for the year's first 月度数据 figure, which tells nothing
    book, wb = init_from_plan(tmp_path, PLAN, "铜仁市2024年全市科技工作要点.txt", 2024, "铜仁2024.xlsx", 报送月份=6)
    confirm_plan_rows(wb)
    fill_department(wb, {"社会事业人才（其它类）": (45, 40), "组织申报高新技术企业": (18, 15)})
    wb.save(book)
    cli_ok("fill", book)
    items = {i.name: i for i in build_progress(load_report(book), 6).items}
    talent = items["社会事业人才(其它类)"]
    assert not talent.stock and round(talent.completion, 1) == 45.0, (talent.stock, talent.completion)
    assert round(items["组织申报高新技术企业"].completion, 1) == 60.0
    ws = openpyxl.load_workbook(book, data_only=True)["指标结果"]
    header = [c.value for c in ws[1]]
    rows = {r[header.index("指标")]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    note = next(r for name, r in rows.items() if name and name.startswith("社会事业人才"))[header.index("说明")]
    assert "上年末" not in (note or ""), note
