"""The 同心县 2026 workbook of the qa14a tester (a 宁夏 county bureau in the last year of its
2024—2026 方案, reporting by 乡镇): ``kjreport init`` on tests/plan/corpus/2026_tongxin_fangan.txt,
filled as the office fills it, for tests that run the CLI."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.helpers import cli_ok, confirm_plan_rows, fill_department, fill_settings

PLAN = Path(__file__).parent / "plan" / "corpus" / "2026_tongxin_fangan.txt"
DEPARTMENT = {  # 指标: (本年数, 上年数)
    "全社会R&D经费投入": (1.26, 1.05),
    "高新技术企业": (10, 7),
    "科技型企业": (81, 68),
    "有研发活动的规上企业占比": (26.5, 22.0),
    "科技创新平台": (11, 9),
    "每万人口有效发明专利拥有量": (0.92, 0.78),
    "登记科技成果": (6, 5),
    "转移转化科技成果": (17, 14),
    "技术合同成交额": (0.35, 0.31),
    "县本级财政R&D投入": (0.042, 0.038),
}
TOWNS = [  # 乡镇, 全社会R&D经费支出 本年, 上年 (sums to 1.26 and 1.05, the 科室数据 figures)
    ("豫海镇", 0.31, 0.26), ("河西镇", 0.12, 0.10), ("丁塘镇", 0.09, 0.08), ("韦州镇", 0.21, 0.17),
    ("下马关镇", 0.14, 0.12), ("预旺镇", 0.08, 0.07), ("王团镇", 0.10, 0.08), ("田老庄乡", 0.04, 0.03),
    ("马高庄乡", 0.05, 0.04), ("张家塬乡", 0.03, 0.03), ("兴隆乡", 0.09, 0.07),
]


def tongxin_book(tmp_path: Path, name: str = "同心县2026年科技工作.xlsx") -> Path:
    """Return the filled 同心县 2026 workbook in ``tmp_path``: the plan's review note confirmed,
    every 科室数据 row and every 乡镇 reported, a 2027 plan written (a report without 【待补充】)."""
    book = tmp_path / name
    cli_ok("init", "--year", "2026", "--plan", PLAN, book)
    wb = openpyxl.load_workbook(book)
    fill_settings(wb, 成文日期="2026年12月2日")
    confirm_plan_rows(wb)
    fill_department(wb, DEPARTMENT)
    ks = wb["科室数据"]
    for r in range(2, ks.max_row + 1):
        if ks.cell(r, 2).value == "全社会R&D经费投入":
            ks.cell(r, 8).value = 2026  # 数据年度: the county's own figure of this year
    for sheet, at in (("乡镇数据", 1), ("乡镇上年数据", 2)):
        ws = wb[sheet]
        for i, town in enumerate(TOWNS, start=2):
            ws.cell(i, 1).value, ws.cell(i, 2).value = town[0], town[at]
            ws.cell(i, 3).value = "乡" if town[0].endswith("乡") else "镇"
    plans = wb["下年工作打算"]
    plans["A2"] = "深入实施科技创新“3410”行动，培育壮大科技型企业。"
    wb.save(book)
    return book


def department_row(book: Path, indicator: str) -> int:
    """Return the 科室数据 row of ``indicator``."""
    ks = openpyxl.load_workbook(book, read_only=True)["科室数据"]
    for r, row in enumerate(ks.iter_rows(min_col=2, max_col=2, values_only=True), start=1):
        if row[0] == indicator:
            return r
    raise AssertionError(f"no 科室数据 row for {indicator}")
