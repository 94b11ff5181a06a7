"""The 宜春 2025 workbook of the qa12 tester, rebuilt (its files in /tmp/qa12 do not outlive the
session): ``kjreport init`` on tests/plan/corpus/2025_yichun_yaodian.txt, filled as the office
fills it (10 县市区 R&D and GDP for two years, 9 科室数据 rows, 5 月度数据 rows, 收件人), and the
one-change slips of qa12 (F12, F30, F35, F24) made from it. For tests that run the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.helpers import fill_settings

PLAN = Path(__file__).parent / "plan" / "corpus" / "2025_yichun_yaodian.txt"
COUNTIES = [  # name, R&D, GDP, last year's R&D, GDP, 类型 (sums: 73.3 / 3925, 66.3 / 3746)
    ("袁州区", 14.2, 720, 12.9, 690, "区"), ("樟树市", 11.8, 620, 10.6, 590, "县"),
    ("丰城市", 13.5, 760, 12.4, 725, "县"), ("高安市", 10.9, 560, 9.8, 535, "县"),
    ("奉新县", 4.6, 250, 4.1, 238, "县"), ("万载县", 5.1, 270, 4.6, 258, "县"),
    ("上高县", 5.8, 300, 5.2, 286, "县"), ("宜丰县", 4.2, 230, 3.8, 220, "县"),
    ("靖安县", 1.9, 120, 1.7, 114, "县"), ("铜鼓县", 1.3, 95, 1.2, 90, "县"),
]
DEPARTMENT = {  # 指标: (本年数, 上年数, 科室 when init leaves it blank)
    "新增高新技术企业": (212, 186, None),
    "高新技术企业": (758, 602, None),
    "科技型中小企业入库数": (1935, 1712, None),
    "科技领军（入库）企业、“独角兽”“瞪羚”企业": (9, 6, "高新科"),
    "省级以上平台载体": (3, 2, "计划科"),
    "获批省科学技术奖励项目": (8, 11, "成果科"),
    "规模以上工业企业中有研发活动的企业占比": (31.2, 27.5, None),
    "高校院所研发投入": (2.86, 2.31, None),
    "新增“科贷通”贷款": (16.8, 13.2, "计划科"),
}
MONTHLY = {
    "高新技术企业": [602, 605, 610, 618, 630, 655, 670, 688, 705, 720, 740, 758],
    "科技型中小企业入库数": [1712, 1720, 1760, 1800, 1840, 1860, 1880, 1890, 1900, 1910, 1925, 1935],
    "新增“科贷通”贷款": [0.6, 1.5, 2.7, 3.9, 5.1, 6.8, 8.0, 9.6, 11.2, 13.0, 14.9, 16.8],
    "获批省科学技术奖励项目": [0, 0, 0, 0, 0, 2, 2, 4, 5, 6, 8, 8],
    "省级以上平台载体": [0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3],
}
RECIPIENTS = [("李明", "liming@example.com", "办公室", None), ("王局长", "wangjz@example.com", "局领导", None),
              ("袁州区科技局", "yuanzhou@example.com", "袁州区", None),
              ("丰城市科技局", "fengcheng@example.com", "丰城市", None),
              ("张三", "zhangsan@example.com", "办公室", "是")]


def blank_book(folder: Path, name: str = "宜春2025.xlsx") -> Path:
    """Return the workbook ``kjreport init --year 2025 --plan`` makes from the 宜春 plan."""
    plan = folder / PLAN.name
    shutil.copy(PLAN, plan)
    out = folder / name
    run = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(plan), str(out)])
    assert run.exit_code == 0, run.output
    return out


def yichun_book(folder: Path, name: str = "good.xlsx") -> Path:
    """Return the filled 宜春 2025 workbook (``check`` passes it without a message)."""
    out = blank_book(folder, name)
    book = openpyxl.load_workbook(out)
    fill_settings(book, 城市名称="宜春市", 单位名称="宜春市科学技术局", 成文日期="2025年12月20日")
    for row in book["目标任务"].iter_rows(min_row=2):
        for c in row:
            if book["目标任务"].cell(1, c.column).value == "核对提示":
                c.value = None
    now, last = book["县区数据"], book["县区上年数据"]
    for i, (county, rd, gdp, rd0, gdp0, kind) in enumerate(COUNTIES, start=2):
        for j, v in enumerate((county, rd, gdp, kind), start=1):
            now.cell(i, j, v)
        for j, v in enumerate((county, rd0, gdp0, kind), start=1):
            last.cell(i, j, v)
    for row in book["科室数据"].iter_rows(min_row=2):
        if row[1].value in DEPARTMENT:
            row[3].value, row[4].value, dept = DEPARTMENT[row[1].value]
            row[0].value = row[0].value or dept
    for row in book["月度数据"].iter_rows(min_row=2):
        for j, v in enumerate(MONTHLY.get(row[0].value, ())):
            row[2 + j].value = v
    for i, line in enumerate(RECIPIENTS, start=2):
        for j, v in enumerate(line, start=1):
            book["收件人"].cell(i, j, v)
    book.save(out)
    return out


def department_row(path: Path, values: list[object]) -> None:
    """Append a row (科室, 指标, 单位, 本年数, 上年数) to 科室数据, as a 科室 types it."""
    book = openpyxl.load_workbook(path)
    ws = book["科室数据"]
    line = ws.max_row + 1
    for j, v in enumerate(values, start=1):
        ws.cell(line, j, v)
    book.save(path)


def partial_ledger(path: Path, firms: int = 30) -> None:
    """List ``firms`` 高新技术企业 (认定 this year) in 企业台账 with their figures: a partial ledger
    beside 科室数据's 758 (qa12 S106b)."""
    book = openpyxl.load_workbook(path)
    ws = book["企业台账"]
    counties = [c[0] for c in COUNTIES]
    for i in range(firms):
        ws.append([f"宜春市某某科技有限公司{i + 1}", counties[i % len(counties)], "高新技术企业", 2025, None,
                   1.2, 1.1, 0.04])
    book.save(path)
