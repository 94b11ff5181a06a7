"""Shared fixtures: the bundled sample workbook and copies of it to break."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "sample2011.xlsx"

# Subprocesses a test starts (the sample generator, the CLI) import kjreport from this checkout,
# not from wherever the package happens to be installed.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))


def complete_sample_progress(book: Path) -> None:
    """Write 工作进展 for the two sample items that have neither data nor progress, so the
    sample's summary has no 【待补充】 left (and may be sent)."""
    import openpyxl

    wb = openpyxl.load_workbook(book)
    sheet = wb["工作进展"]
    sheet.append(["一.3", "高新科", "实施高新技术改造项目22项，完成投资18亿元。"])
    sheet.append(["四.4.4", "办公室", "开展创先争优活动，评选先进科室2个。"])
    wb.save(book)


def confirm_items(book: Path) -> list:
    """Confirm every 须核对 item of ``book`` as the office does: a 「核对记录」 sheet whose 核对结果
    says 已核对 for each (sheet, cell, 内容). Return the items confirmed."""
    import openpyxl

    from kjreport.checks import confirm
    from kjreport.report import check_source

    items = confirm.to_verify(check_source(book))
    wb = openpyxl.load_workbook(book)
    if confirm.SHEET in wb.sheetnames:  # written by fill: the office marks its rows
        del wb[confirm.SHEET]
    ws = wb.create_sheet(confirm.SHEET)
    ws.append(confirm.HEADER)
    for p in items:
        ws.append([*confirm.key(p), "已核对"])
    wb.save(book)
    return items


def clear_review_notes(book: Path) -> list[str]:
    """Clear every 核对提示 of ``book``'s 目标任务, as the office does once it has checked the rows
    plan import flagged against the plan (each is a 须核对 item until then). Return the 指标 of
    the rows cleared; the file is saved only when there was one."""
    import openpyxl

    from kjreport.checks.plan_review import COLUMN

    wb = openpyxl.load_workbook(book)
    if "目标任务" not in wb.sheetnames:
        return []
    ws = wb["目标任务"]
    header = [c.value.strip() if isinstance(c.value, str) else c.value for c in ws[1]]
    if COLUMN not in header:
        return []
    j = header.index(COLUMN) + 1
    cleared = []
    for r in range(2, ws.max_row + 1):
        cell = ws.cell(r, j)
        if isinstance(cell.value, str) and cell.value.strip():
            cleared.append(ws.cell(r, 1).value)
            cell.value = None
    if cleared:
        wb.save(book)
    return cleared


def make_province(out: Path, counties: int, years: int, ledger_rows: int) -> Path:
    """Write a synthetic province workbook with ``benchmarks/make_province.py`` and return its path."""
    import subprocess
    import sys

    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_province.py"), str(out),
                    "--counties", str(counties), "--years", str(years), "--ledger-rows", str(ledger_rows)],
                   check=True, capture_output=True)
    return out


def digest(path: Path) -> str:
    """Return the SHA-256 of a file, to prove it was left unchanged."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def sample_path() -> Path:
    if not SAMPLE.exists():
        pytest.skip("samples/sample2011.xlsx is missing: run python samples/make_sample.py")
    return SAMPLE


@pytest.fixture
def sample_copy(sample_path, tmp_path) -> Path:
    """Return a private copy of the sample workbook that a test may write into."""
    copy = tmp_path / "鲁泽市2011年科技工作.xlsx"
    shutil.copy(sample_path, copy)
    return copy
