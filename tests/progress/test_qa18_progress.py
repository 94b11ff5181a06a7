"""qa18: a new 江苏 bureau (宿迁市, 2023) makes its year-end progress bulletin."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.helpers import cli_output, fill_settings
from tests.qa18_book import suqian_book

NOTE = "没有任何月份的数字"


def _edited(book: Path, *, drop_monthly_row: bool = False, **settings: object) -> Path:
    wb = openpyxl.load_workbook(book)
    if drop_monthly_row:  # the office's own list, no longer the one init wrote
        wb["月度数据"].delete_rows(wb["月度数据"].max_row)
    if settings:
        fill_settings(wb, **settings)
    wb.save(book)
    return book


def test_a_note_on_the_workbook_is_printed_once(tmp_path: Path) -> None:
    """qa18 F3: `kjreport progress` printed the 提示 on 「月度数据」 (listed, with no month filled)
    before and again after 「已生成进度通报」: the progress inputs' problems are among the workbook's."""
    out = cli_output("progress", _edited(suqian_book(tmp_path), drop_monthly_row=True))
    assert "已生成进度通报" in out
    assert out.count("工作表「月度数据」") == 1, out


def test_a_year_end_book_as_init_made_it_has_no_monthly_note(tmp_path: Path) -> None:
    """qa18 L3: every command on the year-end book init made printed 「月度数据 A1：列出了 6 个指标，
    但没有任何月份的数字…只通报报送月份时可不填」: at 报送月份 12 the rows init wrote ask nothing."""
    book = suqian_book(tmp_path)
    for command in ("check", "fill", "progress"):
        out = cli_output(command, book)
        assert NOTE not in out, (command, out)


def test_the_monthly_note_stays_where_figures_may_be_missing(tmp_path: Path) -> None:
    """qa18 L3: the 提示 stays in year (报送月份 9) and on a year-end book whose 月度数据 rows the
    office typed itself (qa14b F18: `progress --month 6` would be refused)."""
    for case, edits in (("in_year", {"报送月份": 9, "成文日期": "2023年10月10日"}), ("typed", {"drop_monthly_row": True})):
        (tmp_path / case).mkdir()
        assert NOTE in cli_output("check", _edited(suqian_book(tmp_path / case), **edits)), case
