"""须核对 items for the rows of 目标任务 that plan import flagged with a 核对提示.

Plan import writes a 核对提示 on the rows whose reading it doubts (kjreport/plan/review.py and
the row scorer). On plans never seen (final28–29, the scorer bundled before them) 47 of the 49
rows without one were right, while 9 of the 16 flagged rows were wrong
(``benchmarks/plan_review.py --batch final28 --batch final29 --scorer 5c0bc8c``); on final30–31,
gathered after today's flags and scorer, 45 of 51 and 7 of 11 (``--batch final30 --batch final31``).
So each flagged
row is a 须核对 item (checks/confirm.py): no document states it until the office has looked. Two
ways settle it, and they agree:

* clearing the row's 核对提示 (or deleting the column): the item is gone; plan import's
  convention, kept next year by kjreport/plan/carry.py;
* 已核对 in 「核对记录」 for the item (sheet, cell, 内容), as for every 须核对; carry.py treats
  such a row as cleared too.

The item's 内容 names the row as it stands (指标, 比较, 目标值, 单位): a confirmation is for what
was seen, and a row the office changes afterwards is asked about once more, like any figure.

Pure: the sheet as typed (a SheetData) in, problems out. The column is not part of the schema:
only this module and carry.py read it.
"""

from __future__ import annotations

from kjreport.errors import VERIFY, Problem

COLUMN = "核对提示"  # written by kjreport.plan.export when plan review flags a target
HEADER_ROWS = 5  # the header is looked for in the sheet's first rows
SENTENCE_CHARS = 60  # 原文 longer than this is cut in the message
KINDS_SHOWN = ("新增", "净增", "累计", "增速", "提高")  # 目标类型 words worth naming beside the value


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _number(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return _text(value)


def reading(indicator: object, value: object, unit: object, comparison: object, kind: object) -> str:
    """Return a 目标任务 row as a clerk reads it: "高新技术企业 ≥20家（新增）"."""
    text = f"{_text(indicator)} {_text(comparison)}{_number(value)}{_text(unit)}".strip()
    kind = _text(kind)
    return f"{text}（{kind}）" if kind in KINDS_SHOWN and not _text(indicator).startswith(kind) else text


def item_text(indicator: object, value: object, unit: object, comparison: object, kind: object,
              hint: object, sentence: object) -> str:
    """Return the 内容 of the 须核对 item of a flagged row (what 「核对记录」 keys it by)."""
    said = _text(sentence)
    if len(said) > SENTENCE_CHARS:
        said = said[:SENTENCE_CHARS] + "……"
    source = f"（原文：“{said}”）" if said else ""
    return f"「{reading(indicator, value, unit, comparison, kind)}」导入时标了核对提示：{_text(hint).rstrip('。')}{source}"


def _header(data) -> tuple[int, dict[str, int]] | None:
    """Return (row index, column name → index) of the header holding 核对提示, or None."""
    from kjreport.workbook.schema import normalize_header

    for i, row in enumerate(data.rows[:HEADER_ROWS]):
        names = [normalize_header(h)[0] if isinstance(h, str) else "" for h in row]
        if COLUMN in names:
            at: dict[str, int] = {}
            for j, name in enumerate(names):
                at.setdefault(name, j)
            return i, at
    return None


def open_review_notes(file: str, data) -> list[Problem]:
    """Return one 须核对 per row of 目标任务 (``data``: the sheet as typed, a SheetData, or None)
    whose 核对提示 is not empty and whose 指标 is filled, at its 指标 cell, naming the row, the
    hint, the 原文 and the cell to clear; nothing once the column is empty or gone."""
    if data is None or not data.rows:
        return []
    found = _header(data)
    if found is None:
        return []
    from kjreport.workbook.xlsx import column_letter

    i, at = found

    def cell(row: list[object], name: str) -> object:
        j = at.get(name)
        return row[j] if j is not None and j < len(row) else None

    out = []
    for k, row in enumerate(data.rows[i + 1:], start=i + 1):
        hint, indicator = _text(cell(row, COLUMN)), _text(cell(row, "指标"))
        if not hint or not indicator:  # a row emptied by the clerk is no target
            continue
        number = data.first_row + k
        where = f"{column_letter(data.first_col + at.get('指标', 0))}{number}"
        clear = f"{column_letter(data.first_col + at[COLUMN])}{number}"
        text = item_text(indicator, cell(row, "目标值"), cell(row, "单位"), cell(row, "比较"),
                         cell(row, "目标类型"), hint, cell(row, "原文"))
        out.append(Problem(
            file, data.name, where, f"第{number}行{text}",
            f"请对照工作意见原文核对，读错了就改正该行（不是本年目标的删去整行）；"
            f"核对或改正后清空该行的「核对提示」（{clear}），或在「核对记录」中填「已核对」",
            VERIFY,
        ))
    return out
