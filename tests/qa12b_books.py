"""The 慈溪 2025 workbook of the qa12b tester (a 县级市 bureau whose units are 镇街): ``kjreport init``
on tests/plan/corpus/2025_cixi_yaodian.txt, filled as the office fills it, for tests that run the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main

PLAN = Path(__file__).parent / "plan" / "corpus" / "2025_cixi_yaodian.txt"
DEPARTMENT = {  # 指标: (本年数, 上年数)
    "R&D经费投入强度": (3.72, 3.59),
    "市级规上工业企业研发费用占营业收入比重": (3.41, 3.36),
    "新增高新技术企业": (138, 126),
    "高新技术企业": (1105, 1000),
    "高新技术产业增加值占规上工业增加值比重": (78.9, 77.6),
    "高新技术产业投资额": (46.2, 43.0),
}
TOWNS = [  # name, R&D, GDP, type, last year's R&D, GDP (the GDP scaled so the towns give 3.72 % and 3.59 %)
    ("浒山街道", 6.21, 231.5, "街道", 5.88, 222.0), ("古塘街道", 4.87, 158.2, "街道", 4.52, 151.3),
    ("白沙路街道", 3.15, 126.4, "街道", 3.02, 121.9), ("宗汉街道", 9.46, 210.8, "街道", 8.71, 199.5),
    ("坎墩街道", 5.02, 132.7, "街道", 4.66, 127.1), ("观海卫镇", 12.38, 298.6, "镇", 11.55, 286.2),
    ("周巷镇", 10.84, 265.3, "镇", 10.10, 254.8), ("逍林镇", 3.21, 101.9, "镇", 3.29, 98.7),
    ("新浦镇", 4.05, 118.6, "镇", 3.88, 114.0), ("长河镇", 4.93, 120.4, "镇", 4.61, 115.2),
    ("龙山镇", 7.52, 176.3, "镇", 7.08, 169.4), ("慈溪高新区", 27.41, 512.4, "开发区", 24.96, 486.5),
]
NEW_FIRMS = {"浒山街道": (9, 8), "古塘街道": (6, 7), "白沙路街道": (0, 2), "宗汉街道": (14, 12), "坎墩街道": (7, 5),
             "观海卫镇": (18, 17), "周巷镇": (16, 15), "逍林镇": (0, 3), "新浦镇": (5, 4), "长河镇": (8, 6),
             "龙山镇": (12, 10), "慈溪高新区": (43, 37)}  # sums to 138 (科室数据 新增高新技术企业) and 126
RECIPIENTS = [("局长", "jz@cxkj.example.cn", "局领导", None), ("浒山街道", "hs@cxkj.example.cn", "浒山街道", None),
              ("观海卫镇", "ghw@cxkj.example.cn", "观海卫镇", None), ("局办公室", "bgs@cxkj.example.cn", "办公室", "是")]


def cixi_book(tmp_path: Path, name: str = "cx.xlsx", new_firms_column: bool = False,
              recipients=RECIPIENTS) -> Path:
    """Return the filled 慈溪 2025 workbook in ``tmp_path``; ``new_firms_column`` adds a 乡镇 column
    新增高新技术企业（家） summing to the 科室's 138."""
    plan = tmp_path / PLAN.name
    shutil.copy(PLAN, plan)
    out = tmp_path / name
    run = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(plan), str(out)])
    assert run.exit_code == 0, run.output
    book = openpyxl.load_workbook(out)
    for row in book["设置"].iter_rows(min_row=2):
        if row[0].value == "成文日期":
            row[1].value = "2025年12月26日"
    targets = book["目标任务"]
    heads = [c.value for c in targets[1]]
    if "核对提示" in heads:  # written only when plan import doubts a row
        j = heads.index("核对提示")
        for row in targets.iter_rows(min_row=2):
            row[j].value = None  # 核对提示 checked
    for row in book["科室数据"].iter_rows(min_row=2):
        if row[1].value in DEPARTMENT:
            row[3].value, row[4].value = DEPARTMENT[row[1].value]
    f1 = sum(t[1] for t in TOWNS) / 0.0372 / sum(t[2] for t in TOWNS)
    f0 = sum(t[4] for t in TOWNS) / 0.0359 / sum(t[5] for t in TOWNS)
    now, last = book["乡镇数据"], book["乡镇上年数据"]
    for i, (town, rd, gdp, kind, rd0, gdp0) in enumerate(TOWNS, start=2):
        for j, v in enumerate((town, rd, round(gdp * f1, 1), kind), start=1):
            now.cell(i, j, v)
        for j, v in enumerate((town, rd0, round(gdp0 * f0, 1), kind), start=1):
            last.cell(i, j, v)
    if new_firms_column:
        for sheet, k in ((now, 0), (last, 1)):
            col = sheet.max_column + 1
            sheet.cell(1, col, "新增高新技术企业（家）")
            for r in range(2, len(TOWNS) + 2):
                sheet.cell(r, col, NEW_FIRMS[sheet.cell(r, 1).value][k])
    for i, row in enumerate(recipients, start=2):
        for j, v in enumerate(row, start=1):
            book["收件人"].cell(i, j, v)
    book.save(out)
    return out
