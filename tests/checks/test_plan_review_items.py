"""reviewgate13: each 目标任务 row whose 核对提示 is not empty is one 须核对 item at its 指标 cell,
naming the row as it stands, the hint, the 原文 and the cell to clear; a cleared hint (or a
deleted column, or an emptied row) is no item; a mark 已核对 in 「核对记录」 confirms it."""

from __future__ import annotations

from kjreport.checks import confirm
from kjreport.checks.plan_review import item_text, open_review_notes, reading
from kjreport.errors import VERIFY
from kjreport.workbook.source import SheetData

HEADER = ["指标", "目标值", "单位", "比较", "所属条目", "责任科室", "原文", "目标类型", "争取值", "区间上限", "核对提示"]
SENTENCE = "科技型中小企业总数达212家，同比增长21.7%。"
HINT = "原文有“同比”，可能是实绩而不是目标"


def sheet(*rows, header=HEADER, first_row=1, first_col=1) -> SheetData:
    return SheetData("目标任务", [list(header), *map(list, rows)], first_row=first_row, first_col=first_col)


ROWS = (
    ["高新技术企业", 20, "家", "≥", "一", "高新科", "新增高新技术企业20家。", "新增", None, None, None],
    ["科技型中小企业", 212, "家", "≥", "二", "高新科", SENTENCE, "总量", None, None, HINT],
    ["科技型中小企业", 21.7, "%", "≥", "二", "高新科", SENTENCE, "增速", None, None, HINT + "。"],
)


def test_one_item_per_flagged_row_at_its_indicator_cell():
    items = open_review_notes("b.xlsx", sheet(*ROWS))
    assert [(p.sheet, p.cell, p.severity) for p in items] == [("目标任务", "A3", VERIFY), ("目标任务", "A4", VERIFY)]
    assert items[0].found == (f"第3行「科技型中小企业 ≥212家」导入时标了核对提示：{HINT}（原文：“{SENTENCE}”）")
    assert items[1].found.startswith("第4行「科技型中小企业 ≥21.7%（增速）」")
    assert "清空该行的「核对提示」（K3）" in items[0].expected and "「核对记录」中填「已核对」" in items[0].expected


def test_cells_follow_where_the_table_starts_and_the_columns_as_typed():
    moved = [HEADER[-1], *HEADER[:-1]]  # 核对提示 first, the header in the sheet's third row
    data = SheetData("目标任务", [[None] * 11, [None] * 11, moved, *([r[-1], *r[:-1]] for r in ROWS)],
                     first_row=1, first_col=2)
    items = open_review_notes("b.xlsx", data)
    assert [p.cell for p in items] == ["C5", "C6"] and "（B5）" in items[0].expected


def test_no_item_once_cleared_or_without_the_column_or_the_indicator():
    cleared = [r[:-1] + [" "] for r in ROWS]
    assert open_review_notes("b.xlsx", sheet(*cleared)) == []
    assert open_review_notes("b.xlsx", sheet(*(r[:-1] for r in ROWS), header=HEADER[:-1])) == []
    emptied = [None] * 10 + [HINT]  # the clerk emptied a wrong row but not its hint: no target, no item
    assert open_review_notes("b.xlsx", sheet(emptied)) == []
    assert open_review_notes("b.xlsx", None) == []


def test_a_mark_in_the_record_confirms_it_and_a_changed_row_is_new():
    items = open_review_notes("b.xlsx", sheet(*ROWS))
    record = SheetData("核对记录", [confirm.HEADER, [*confirm.key(items[0]), "已核对"]])
    assert confirm.unconfirmed(items, record) == [items[1]]
    changed = [list(r) for r in ROWS]
    changed[1][1] = 230  # the office corrected the value but kept the hint
    again = open_review_notes("b.xlsx", sheet(*changed))
    assert confirm.unconfirmed(again, record) == again


def test_the_record_text_ends_with_the_rows_item_text():
    """carry.py tells a row confirmed in 「核对记录」 by this text (the row number aside)."""
    [item, _] = open_review_notes("b.xlsx", sheet(*ROWS))
    assert item.found.endswith(item_text("科技型中小企业", 212, "家", "≥", "总量", HINT, SENTENCE))
    assert reading("高新技术企业", 20.0, "家", "≥", "新增") == "高新技术企业 ≥20家（新增）"
    assert reading("新增高新技术企业", 20, "家", "≥", "新增") == "新增高新技术企业 ≥20家"
