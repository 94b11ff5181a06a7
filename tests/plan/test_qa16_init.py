"""``init`` on qa16's plan and ``init --from`` on qa16's 鄂尔多斯 2025 workbook (a bureau of its own offices: 重大专项科, 人才科,
成果转化科, 平台建设科), without a new plan: the targets come from its 「下年工作打算」.

F11: those targets took the catalogue's 责任科室 (计划科, 高新科) — offices the bureau does not have,
printed in its 2026 progress notice — instead of the office it gave the same indicator in 2025.
F10: a text figure of a column the office added to 县区数据 (「2,760」 under 「…（万元）」) stayed text in
the new 县区上年数据, and check hinted at it again every year."""

from __future__ import annotations

import openpyxl
import pytest

from tests.helpers import cli_output
from tests.qa16_book import ordos_book


@pytest.fixture(scope="module")
def next_year(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ordos")
    book = ordos_book(tmp)
    out = tmp / "鄂尔多斯市2026年科技工作.xlsx"
    said = cli_output("init", "--year", "2026", "--from", book, out)
    return out, said


def test_next_years_targets_keep_the_bureaus_own_offices(next_year):
    out, said = next_year
    rows = {r[0]: r for r in openpyxl.load_workbook(out)["目标任务"].iter_rows(min_row=2, values_only=True)}
    assert rows["科技突围项目研发投入"][5] == "重大专项科"  # was 计划科
    assert rows["高层次科技人才"][5] == "人才科"
    assert rows["新增高新技术企业"][5] is None  # was 高新科, which this bureau does not have: left for the clerk
    assert "科技突围项目研发投入→重大专项科" in said, said


def test_the_progress_notice_names_no_office_the_bureau_lacks(next_year, tmp_path):
    out, _ = next_year
    wb = openpyxl.load_workbook(out)
    ks = wb["科室数据"]
    for r in range(2, ks.max_row + 1):
        ks.cell(r, 4).value = ks.cell(r, 5).value  # every office reports the same as last year
    ks.append(["人才科", "新增高新技术企业", "家", 52, 45])
    wb.save(out)
    notice = tmp_path / "进度.docx"
    cli_output("progress", out, "-o", notice, "--force", "--no-charts")
    from tests.summary.docx_readback import body_text

    text = body_text(notice)
    assert "计划科" not in text and "高新科" not in text, text
    assert "重大专项科" in text


def test_a_text_figure_of_an_added_column_is_carried_as_a_number(next_year):
    out, _ = next_year
    ws = openpyxl.load_workbook(out)["县区上年数据"]
    header = [c.value for c in ws[1]]
    col = header.index("科技突围项目研发投入（万元）") + 1
    cell = next(ws.cell(r, col) for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "伊金霍洛旗")
    assert cell.value == 2760  # was the text 「2,760」
    assert "2,760" not in cli_output("check", out)


def test_a_bare_heading_the_page_cut_off_is_not_written_for_check_to_stop_at(tmp_path):
    # F1: the copied page ends “二、主要任务 / (一)”; init wrote 「二.1 | 节 | （一） | (no 标题)」 and check
    # refused the new workbook: “工作表「工作意见」 单元格 D5：「标题」为空”
    from tests.qa16_book import PLAN

    plan = tmp_path / "鄂尔多斯市科技突围工程2025年工作方案.txt"
    plan.write_bytes(PLAN.read_bytes())
    book = tmp_path / "b.xlsx"
    cli_output("init", "--year", "2025", "--plan", plan, book)
    rows = list(openpyxl.load_workbook(book)["工作意见"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == ["总", "一", "二"] and all(r[3] for r in rows), rows
    assert "「标题」为空" not in cli_output("check", book)
