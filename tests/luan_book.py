"""The 六安 2021 workbook of qa14b: ``kjreport init --plan`` on the city's 科技工作要点, then the
six 科室数据 rows typed as the departments returned them (every target a 科室数据 row)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.helpers import cli_ok

PLAN = Path(__file__).resolve().parent / "plan" / "corpus" / "2021_luan_yaodian.txt"
DEPARTMENT = {  # 指标 → (本年数, 上年数)
    "企业研发投入经费": (45.2, 36.5), "高新技术企业": (702, 548), "高新技术产业增加值": (246.3, 210.4),
    "技术合同交易额": (33.6, 21.0), "新增市级技术创新中心（实验室）": (4, 4), "新增高层次科技人才团队": (2, 1),
}


def luan_book(path: Path) -> Path:
    """Return ``path``: the 六安 2021 workbook made by ``kjreport init --plan``, 科室数据 filled."""
    cli_ok("init", "--year", "2021", "--plan", PLAN, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["科室数据"]
    for r in range(2, ws.max_row + 1):
        now, before = DEPARTMENT[ws.cell(r, 2).value]
        ws.cell(r, 4, now)
        ws.cell(r, 5, before)
    wb.save(path)
    return path
