"""The 铜仁市 2024 workbook of the qa15 tester (a 贵州 city bureau with ten 区县 that had never used
kjreport): ``kjreport init`` on tests/plan/corpus/2024_tongren_yaodian.txt, filled as the office
fills it (the plan saved under the bureau's name), for tests that run the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl

from tests.helpers import cli_ok, confirm_plan_rows, fill_department, fill_settings

PLAN = Path(__file__).parent / "plan" / "corpus" / "2024_tongren_yaodian.txt"
DEPARTMENT = {  # 指标: (本年数, 上年数); 平台 2→3 (target 2) and 高层次人才 2 (target 3, no 上年数)
    "规上工业企业中有研发活动企业": (96, 81),
    "规上工业企业中有研发活动企业占比": (26.8, 23.1),
    "组织申报高新技术企业": (34, 28),
    "高新技术企业": (12, 9),
    "科技型中小企业入库": (132, 104),
    "技术合同成交额": (7.26, 6.41),
    "金融机构": (11.5, 8.2),
    "市级及以上科技创新平台": (3, 2),
    "科技研发创新发展工程重点人才": (2, 1),
    "社会事业人才（其它类）": (105, 96),
    "高层次人才": (2, None),
}
COUNTIES = [  # 区县, R&D 本年, GDP 本年, 特派员 本年, R&D 上年, GDP 上年, 特派员 上年, 类型
    ("碧江区", 2.31, 352.6, 26, 2.05, 331.2, 24, "区"),
    ("万山区", 0.92, 118.4, 15, 0.81, 110.9, 14, "区"),
    ("江口县", 0.41, 98.7, 17, 0.38, 93.5, 16, "县"),
    ("玉屏侗族自治县", 0.66, 104.2, 14, 0.61, 98.6, 13, "县"),
    ("石阡县", 0.48, 112.5, 18, 0.43, 106.1, 18, "县"),
    ("思南县", 0.87, 189.3, 22, 0.79, 178.4, 20, "县"),
    ("印江土家族苗族自治县", 0.52, 118.6, 19, 0.47, 111.2, 17, "县"),
    ("德江县", 0.71, 158.9, 21, 0.66, 149.7, 20, "县"),
    ("沿河土家族自治县", 0.55, 141.2, 20, 0.52, 133.8, 19, "县"),
    ("松桃苗族自治县", 0.96, 182.7, 23, 0.88, 172.3, 22, "县"),
]
RECIPIENTS = [  # 姓名, 邮箱, 科室: 松桃's contact has no 邮箱 yet
    ("张局长", "zhangjz@trkj.example.cn", "局领导"),
    ("碧江区科技局", "bj@trkj.example.cn", "碧江区"),
    ("松桃县科技局", None, "松桃苗族自治县"),
]


def tongren_book(tmp_path: Path, name: str = "铜仁市2024年科技工作.xlsx") -> Path:
    """Return the filled 铜仁市 2024 workbook in ``tmp_path``: the plan's review note confirmed,
    every 科室数据 row and every 区县 reported (县区上年数据 in another row order, as copied from
    the 统计 sheet), three 收件人."""
    book = tmp_path / name
    plan = tmp_path / "铜仁市科技局2024年科技工作要点.txt"  # as the office saved the page: the text has no title
    shutil.copy(PLAN, plan)
    cli_ok("init", "--year", "2024", "--plan", plan, book)
    wb = openpyxl.load_workbook(book)
    fill_settings(wb, 成文日期="2024年12月20日")
    confirm_plan_rows(wb)
    fill_department(wb, DEPARTMENT)
    ks = wb["科室数据"]
    for r in range(2, ks.max_row + 1):
        if ks.cell(r, 1).value is None:
            ks.cell(r, 1).value = "人才科" if "人才" in ks.cell(r, 2).value else "计划科"
    current, previous = wb["县区数据"], wb["县区上年数据"]
    for i, c in enumerate(COUNTIES, start=2):
        for col, v in enumerate((c[0], c[1], c[2], c[3], c[7]), start=1):
            current.cell(i, col).value = v
    for i, c in enumerate(sorted(COUNTIES, key=lambda c: c[5]), start=2):
        for col, v in enumerate((c[0], c[4], c[5], c[6], c[7]), start=1):
            previous.cell(i, col).value = v
    wb["下年工作打算"]["A2"] = "持续实施锰产业科技攻关，培育壮大科技型企业群体。"
    for person in RECIPIENTS:
        wb["收件人"].append([*person, None])
    wb.save(book)
    return book
