"""A 市 bureau's book made from another place's plan (prose14): 湖州市's 2024 要点 through
``kjreport init``, its five 区县 and the 科室 figures typed with openpyxl as the office does in Excel.

The figures are invented but plausible; they give the plan's 14 targets every status a year-end
summary meets (超额完成, 完成, 基本完成, 未完成) and a 左右 target. ``make_book(folder)`` returns
the path of a filled book (``fill`` not yet run); ``benchmarks/prose_compare.py`` and
``tests/summary/test_prose_density.py`` measure the summary made from it.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.conftest import clear_review_notes
from tests.helpers import cli, fill_areas, fill_department, fill_settings

PLAN = Path(__file__).parent / "plan" / "corpus" / "2024_huzhou_yaodian.txt"
RD = "全社会R&D经费支出"
GDP = "地区生产总值"
# 区县: (R&D 亿元, GDP 亿元) this year and the year before
COUNTIES = {
    "吴兴区": ((32.5, 980), (29.0, 930)),
    "南浔区": ((20.1, 600), (18.0, 570)),
    "德清县": ((24.8, 690), (22.5, 655)),
    "长兴县": ((30.2, 920), (27.6, 880)),
    "安吉县": ((18.6, 560), (16.8, 530)),
}
# 科室数据 rows init lists: 指标 → (本年数, 上年数)
FIGURES = {
    "3亿元以上新入库工业项目中高新产业占比": (92.3, 88.6),
    "高新产业增加值占规上工业比重": (67.2, 65.1),
    "高新产业投资占固定投资比重": (26.4, 24.2),
    "规上工业企业中有研发活动企业占比": (48.7, 46.5),
    "规上企业研发费用占营收比重": (2.91, 2.75),
    "新增高新技术企业": (326, 287),
    "新增国家科技型中小企业": (1862, 1780),
    "新型研发机构优化重组": (2, None),
    "新型研发机构整改退出": (3, None),
    "新增高能级新型研发机构": (4, 2),
    "科技创新强基项目投资额": (25.6, 21.3),
    "省级重点实验室": (2, 1),
    "省级工程技术研究中心": (12, 9),
}


def make_book(folder: Path, name: str = "湖州市2024年科技工作.xlsx") -> Path:
    folder = Path(folder)
    plan = folder / PLAN.name
    plan.write_bytes(PLAN.read_bytes())
    path = folder / name
    result = cli("init", "--year", 2024, "--plan", plan, path)
    assert result.exit_code == 0, result.output
    clear_review_notes(path)  # the office checks the flagged rows against the plan first
    wb = openpyxl.load_workbook(path)
    fill_settings(wb, 城市名称="湖州市", 单位名称="湖州市科学技术局", 成文日期="2024年12月20日")
    for sheet, year in (("县区数据", 0), ("县区上年数据", 1)):
        fill_areas(wb[sheet], [{"县区": county, RD: figures[year][0], GDP: figures[year][1]}
                               for county, figures in COUNTIES.items()])
    fill_department(wb, FIGURES)
    wb.save(path)
    return path
