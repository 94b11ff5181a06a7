"""qa24: what ``check`` says of the 仙居县 2025 workbook (tests/qa24_book.py: ``init`` on the office's Word
工作要点 with its target table, 乡镇数据 for 20 乡镇/街道) as the office first typed it, and the slips that
``check`` let through or told in pieces."""

from __future__ import annotations

import hashlib
import shutil

import openpyxl
import pytest

from tests.helpers import cli
from tests.qa24_book import xianju_book


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    return xianju_book(tmp_path_factory.mktemp("qa24"))


@pytest.fixture
def book(clean, tmp_path):
    return shutil.copy(clean, tmp_path / clean.name)


def _department_row(ws, name: str) -> int:
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 2).value == name)


def test_the_corrected_workbook_checks_and_writes_every_report(book):
    assert cli("check", book).exit_code == 0
    assert cli("fill", book).exit_code == 0
    assert cli("docx", book).exit_code == 0  # with 【待补充】 left (no 下年工作打算), said on screen
    assert (book.parent / "仙居县科学技术局2025年工作总结和2026年工作打算.docx").exists()


def test_last_years_figure_left_in_a_flow_is_to_verify_when_the_months_disprove_it(book):
    # F1: 技术合同成交额's 本年数 left at last year's 7.12亿元 while 月度数据 had 7.63 by November and 8.65
    # in December: two 提示, and docx wrote “技术合同成交额达7.12亿元，与上年持平，未完成年度目标”
    wb = openpyxl.load_workbook(book)
    ks = wb["科室数据"]
    row = _department_row(ks, "技术合同成交额")
    ks.cell(row, 4).value = ks.cell(row, 5).value
    wb.save(book)
    before = hashlib.sha256(book.read_bytes()).hexdigest()
    out = cli("check", book).output
    assert (f"[须核对] 仙居县2025年科技工作.xlsx 工作表「科室数据」 单元格 D{row}：「技术合同成交额」本年数 7.12亿元 "
            "与上年数相同，又小于「月度数据」M9 的 11 月累计数 7.63亿元（12 月为 8.65亿元）；"
            f"多半是沿用上年的表时留下了上年数：请把「科室数据」D{row} 改为全年的数") in out
    assert "本年数与上年数完全相同" not in out  # one message for the cell
    assert "小于「月度数据」M9 的 11 月累计数 7.63亿元；累计数不会越报越少" not in out
    docx = cli("docx", book)
    assert docx.exit_code == 1 and "有 1 处数据须核对" in docx.output
    assert not (book.parent / "仙居县科学技术局2025年工作总结和2026年工作打算.docx").exists()
    assert hashlib.sha256(book.read_bytes()).hexdigest() == before


def test_a_figure_equal_to_last_year_with_no_month_against_it_stays_a_hint(book):
    # the same equality alone (奖补资金 has no 月度数据) may be a real standstill: still a 提示
    wb = openpyxl.load_workbook(book)
    ks = wb["科室数据"]
    row = _department_row(ks, "兑现各类科技奖补资金")
    ks.cell(row, 4).value = ks.cell(row, 5).value
    wb.save(book)
    out = cli("check", book).output
    assert f"[提示] 仙居县2025年科技工作.xlsx 工作表「科室数据」 单元格 D{row}：「兑现各类科技奖补资金」本年数与上年数完全相同" in out
    assert "须核对" not in out
