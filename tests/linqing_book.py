"""A 县级市 bureau's book by 镇街 (qa11b): 临清市's 2024 plan through ``kjreport init``, its 16 镇街
and the 科室 figures typed with openpyxl as the office does in Excel.

``make_book(folder)`` returns the path of a filled book (sheets 镇街数据 / 镇街上年数据, headed 镇街);
``growth`` gives each 镇街's R&D growth in % (default: 9.5%–10.5%, one point apart in all).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.helpers import cli, fill_areas, fill_department, fill_settings

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
    fill_settings(wb, 城市名称="临清市", 单位名称="临清市科学技术局", 成文日期="2024年12月20日")
    # init gives only the columns the plan's targets use: the office adds the others
    titles = {RD: f"{RD}（亿元）", GDP: f"{GDP}（亿元）"}
    for sheet, this_year in (("镇街数据", True), ("镇街上年数据", False)):
        rows = []
        for i, town in enumerate(TOWNS):
            previous = round(0.5 + i * 0.13, 2)
            rows.append({"镇街": town,
                         RD: round(previous * (1 + growth(i) / 100), 4) if this_year else previous,
                         GDP: round((10 + i) * (1.1 if this_year else 1.0), 1)})
        fill_areas(wb[sheet], rows, titles)
    fill_department(wb, {"新增高新技术企业": (22, 18), "新增科技型中小企业": (31, 25), "研发投入": (9.8, 8.4)})
    wb.save(path)
    return path
