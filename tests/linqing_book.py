"""A 县级市 bureau's book by 镇街 (qa11b): 临清市's 2024 plan through ``kjreport init``, its 16 镇街
and the 科室 figures typed with openpyxl as the office does in Excel.

``make_book(folder)`` returns the path of a filled book (sheets 镇街数据 / 镇街上年数据, headed 镇街);
``growth`` gives each 镇街's R&D growth in % (default: 9.5%–10.5%, one point apart in all).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from kjreport.workbook.schema import normalize_header
from tests.helpers import cli

PLAN = Path(__file__).parent / "plan" / "corpus" / "2024_linqing_jihua.txt"
TOWNS = ("青年路街道", "新华路街道", "先锋路街道", "大辛庄街道", "松林镇", "老赵庄镇", "康庄镇", "魏湾镇",
         "刘垓子镇", "八岔路镇", "潘庄镇", "烟店镇", "唐园镇", "金郝庄镇", "戴湾镇", "尚店镇")
RD = "全社会R&D经费支出"
GDP = "地区生产总值"


def close_growth(i: int) -> float:
    """Return 10.5% for the first 镇街 down to 9.5% for the second, the rest between: a 1-point spread."""
    return (10.0, 9.5, 10.5)[i] if i < 3 else 9.55 + i * 0.06


def make_book(folder: Path, growth=close_growth, name: str = "临清市2024年科技工作.xlsx") -> Path:
    path = Path(folder) / name
    result = cli("init", "--year", 2024, "--plan", PLAN, path)
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(path)
    settings = wb["设置"]
    for row in settings.iter_rows(min_row=2):
        if row[0].value == "城市名称":
            row[1].value = "临清市"
        elif row[0].value == "单位名称":
            row[1].value = "临清市科学技术局"
        elif row[0].value == "成文日期":
            row[1].value = "2024年12月20日"
    for sheet, this_year in (("镇街数据", True), ("镇街上年数据", False)):
        ws = wb[sheet]
        where = {normalize_header(c.value)[0]: c.column for c in ws[1] if c.value}
        for column, header in ((RD, f"{RD}（亿元）"), (GDP, f"{GDP}（亿元）")):
            if column not in where:  # init gives only the columns the plan's targets use: add it as an office would
                where[column] = ws.max_column + 1
                ws.cell(1, where[column], header)
        for i, town in enumerate(TOWNS):
            previous = round(0.5 + i * 0.13, 2)
            ws.cell(i + 2, where["镇街"], town)
            ws.cell(i + 2, where[RD], round(previous * (1 + growth(i) / 100), 4) if this_year else previous)
            ws.cell(i + 2, where[GDP], round((10 + i) * (1.1 if this_year else 1.0), 1))
    ws = wb["科室数据"]
    header = [c.value for c in ws[1]]
    figures = {"新增高新技术企业": (22, 18), "新增科技型中小企业": (31, 25), "研发投入": (9.8, 8.4)}
    for row in ws.iter_rows(min_row=2):
        name = row[header.index("指标")].value
        if name in figures:
            row[header.index("本年数")].value, row[header.index("上年数")].value = figures[name]
    wb.save(path)
    return path
