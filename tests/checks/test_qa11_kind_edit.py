"""qa11 F28: a 目标类型 changed by hand to 新增 while the 原文 states a total re-reads the 科室数据 row
as a year-end count; check says so at the 目标类型 cell (``python -m kjreport check``)."""

from __future__ import annotations

import openpyxl

from tests.plan.test_qa11_init import huzhou_2026, kjreport


def test_a_kind_changed_to_new_is_a_hint_with_the_difference(tmp_path):
    book = huzhou_2026(tmp_path)
    wb = openpyxl.load_workbook(book)
    targets, rows = wb["目标任务"], wb["科室数据"]
    kind = [c.value for c in targets[1]].index("目标类型") + 1
    at = next(r for r in range(2, targets.max_row + 1) if targets.cell(r, 1).value == "省级重点实验室")
    row = next(r for r in range(2, rows.max_row + 1) if rows.cell(r, 2).value == "省级重点实验室")
    rows.cell(row, 4).value, rows.cell(row, 5).value = 2, 1
    wb.save(book)
    plain = kjreport("check", book.name, cwd=tmp_path)
    assert "目标类型为「新增」" not in plain.stdout  # imported as 总量: read as typed
    targets.cell(at, kind).value = "新增"
    wb.save(book)
    run = kjreport("check", book.name, cwd=tmp_path)
    letter = openpyxl.utils.get_column_letter(kind)
    assert (f"[提示] {book.name} 工作表「目标任务」 单元格 {letter}{at}：「省级重点实验室」的目标类型为「新增」，"
            "但原文「全年争创全省重点实验室2家、全省工程技术研究中心10家。」没有“新增”“新认定”等字样；"
            f"按新增计算时，「科室数据」第{row}行按年末总数读取，新增数为本年数减上年数（2 − 1 = 1家）") in run.stdout, run.stdout
