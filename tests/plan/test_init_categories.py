"""The 项目类别 drop-down of a new book (kjreport/plan/init.py): a book of another plan (湖州) lists
the 2011 seed's categories as suggestions only, and check takes the bureau's own (重点研发计划); a
book without a plan keeps the closed list; next year's book lists the categories its ledger used.
A near miss of a listed category (科技计化项目) is a 提示 (the built-ins count the listed ones)."""

from __future__ import annotations

import openpyxl
from openpyxl.utils import get_column_letter

from kjreport.workbook.schema import PROJECT_CATEGORIES
from tests.plan.test_qa11_init import huzhou_2026, kjreport


def category_dropdown(path):
    """Return (its list, whether other text is refused, its prompt) of 项目台账's 项目类别 column."""
    wb = openpyxl.load_workbook(path)
    ws = wb["项目台账"]
    letter = get_column_letter([c.value for c in ws[1]].index("项目类别") + 1)
    [dv] = [dv for dv in ws.data_validations.dataValidation if str(dv.sqref).startswith(f"{letter}2:")]
    lists = wb["下拉选项"]
    col = [c.value for c in lists[1]].index("项目类别") + 1
    values = [lists.cell(r, col).value for r in range(2, lists.max_row + 1)]
    return [v for v in values if v], dv.showErrorMessage, dv.prompt


def add_project(path, category, year=2026):
    wb = openpyxl.load_workbook(path)
    ws = wb["项目台账"]
    header = [c.value for c in ws[1]]
    row = {"年度": year, "项目名称": "湖州某项目", "承担单位": "某公司", "县区": "吴兴区", "项目类别": category,
           "级别": "省级", "经费": 0.05}
    ws.append([row.get(h) for h in header])
    wb.save(path)


def test_a_book_of_another_plan_takes_its_own_categories(tmp_path):
    book = huzhou_2026(tmp_path)
    listed, refuses, prompt = category_dropdown(book)
    assert listed == list(PROJECT_CATEGORIES) and not refuses
    assert "也可填写本单位的项目类别" in prompt
    add_project(book, "重点研发计划")
    run = kjreport("check", book.name, cwd=tmp_path)
    assert "重点研发计划" not in run.stdout + run.stderr, run.stdout


def test_next_years_book_lists_the_ledgers_own_categories_first(tmp_path):
    book = huzhou_2026(tmp_path)
    add_project(book, "重点研发计划")
    run = kjreport("init", "--year", "2027", "--from", book.name, "湖州市2027年科技工作.xlsx", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    listed, refuses, _ = category_dropdown(tmp_path / "湖州市2027年科技工作.xlsx")
    assert listed == ["重点研发计划", *PROJECT_CATEGORIES] and not refuses


def test_a_book_without_a_plan_keeps_the_closed_list(tmp_path):
    run = kjreport("init", "--year", "2012", "新.xlsx", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    listed, refuses, _ = category_dropdown(tmp_path / "新.xlsx")
    assert listed == list(PROJECT_CATEGORIES) and refuses


def test_a_near_miss_of_a_listed_category_is_a_hint(sample_path, tmp_path):
    from kjreport.report import check_source
    from tests.indicators.test_reported_workbook import edit

    def slip(wb):
        ws = wb["项目台账"]
        at = [c.value for c in ws[1]].index("项目类别") + 1
        ws.cell(2, at).value = "科技计化项目"
    path = edit(sample_path, tmp_path / "slip.xlsx", slip)
    [p] = [p for p in check_source(path) if "科技计化项目" in p.found]
    assert (p.severity, p.sheet) == ("提示", "项目台账")
    assert p.expected == "是否为「科技计划项目」？写法不同的按另一类统计"
