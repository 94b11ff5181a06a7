"""The 锦州市 2019 plan of the qa23 tester (a 辽宁 地级市 bureau over 古塔区、凌河区、太和区、凌海市、北镇市、
黑山县、义县 and the 松山新区、锦州经济技术开发区, that had never used kjreport), kept as the office keeps it: an
Excel workbook, the bureau's 年度目标任务分解表, built with openpyxl from the targets of
tests/plan/corpus/2019_jinzhou_news.txt (the 全市科技工作会议's figures of that year).

Sheet 「目标任务分解表」: a title merged across the columns, a header row 序号 | 类别 | 指标名称 | 单位 | 年度目标 |
上年完成 | 责任科室 | 备注, the 类别 cells merged down over their rows (高新技术产业, 企业培育, 科技攻关, …), targets
typed as the office types them — a number, a number in a percent format (0.25 shown 25%), text in one cell
(「≥25%」, 「新增10家」, 「累计达到27家」), a number with its unit in the format (``0"个"``) — a 上年完成 column of the
year before's results, an empty row between the groups and a note under the table. Sheet 「县区分解」: the
breakdown by 县区 (高企新增 and 技术合同 by county) with its 合计 row.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

PLAN = Path(__file__).parent / "plan" / "corpus" / "2019_jinzhou_news.txt"
YEAR = 2019
SAVED_AS = "锦州市科技局2019年度目标任务分解表.xlsx"
TITLE = "锦州市科技局2019年度目标任务分解表"
HEADER = ("序号", "类别", "指标名称", "单位", "年度目标", "上年完成", "责任科室", "备注")
# 类别, 指标名称, 单位, 年度目标 (value, number format), 上年完成, 责任科室, 备注
TABLE = [
    ("高新技术产业", "规模以上工业企业高新技术产品增加值", "亿元", (90, "General"), 72, "高新科", "要达到"),
    ("高新技术产业", "规模以上工业企业高新技术产品增加值增速", "%", ("≥25%", "@"), 0.183, "高新科", "同比"),
    ("企业培育", "新认定国家级高新技术企业", "家", ("新增10家", "@"), 6, "高新科", "力争"),
    ("企业培育", "国家级高新技术企业总数", "家", ("累计达到27家", "@"), 17, "高新科", ""),
    ("科技攻关", "完成重大关键技术攻关课题", "项", (30, "0"), 26, "计划科", "以上"),
    ("科技攻关", "取得技术成果", "项", (60, "General"), 55, "计划科", "以上"),
    ("成果转化", "推动重大科技成果转化项目", "个", (20, '0"个"'), 18, "成果科", "以上"),
    ("平台建设", "新增省市级企业工程技术研究中心", "家", ("新增6家", "@"), 5, "成果科", "以上"),
    ("农业科技", "引进、开发、推广农业新品种新技术", "项", (100, "0"), 96, "农村科", "以上"),
]
NOTE = "注：年度目标为全市科技工作会议确定的目标，上年完成为2018年统计快报数。"
COUNTIES = ["古塔区", "凌河区", "太和区", "凌海市", "北镇市", "黑山县", "义县", "松山新区", "锦州经济技术开发区"]


def write_plan_xlsx(path: Path) -> Path:
    """Write the 锦州市 目标任务分解表 to ``path`` (see the module's docstring)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "目标任务分解表"
    sheet.append([TITLE])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet["A1"].font = Font(bold=True, size=16)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(list(HEADER))
    row = 3
    groups: dict[str, list[int]] = {}
    for number, (kind, name, unit, (target, fmt), last, office, note) in enumerate(TABLE, 1):
        if groups and kind not in groups:
            row += 1  # an empty row between the groups
        groups.setdefault(kind, []).append(row)
        values = [number, kind, name, unit, target, last, office, note or None]
        for column, value in enumerate(values, 1):
            sheet.cell(row, column, value)
        sheet.cell(row, 5).number_format = fmt
        if unit == "%":
            sheet.cell(row, 6).number_format = "0.0%"
        row += 1
    for rows in groups.values():
        if len(rows) > 1 and rows[-1] - rows[0] == len(rows) - 1:
            sheet.merge_cells(start_row=rows[0], start_column=2, end_row=rows[-1], end_column=2)
            sheet.cell(rows[0], 2).alignment = Alignment(vertical="center")
    sheet.cell(row + 1, 1, NOTE)
    sheet.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=len(HEADER))
    counties = book.create_sheet("县区分解")
    counties.append(["2019年各县（市）区科技工作主要指标分解"])
    counties.merge_cells("A1:D1")
    counties.append(["县区", "新认定国家级高新技术企业（家）", "技术合同成交额（亿元）", "备注"])
    shares = [1, 1, 1, 2, 1, 1, 1, 1, 1]
    for county, share in zip(COUNTIES, shares, strict=True):
        counties.append([county, share, round(0.8 * share + 0.3, 1), None])
    counties.append(["合计", "=SUM(B3:B11)", "=SUM(C3:C11)", None])
    book.save(path)
    return path


DEPARTMENT = {  # 指标: (本年数, 上年数), as corrected (上年数 = the table's 上年完成)
    "规模以上工业企业高新技术产品增加值": (93.6, 72),
    "新增高新技术企业": (11, 6),
    "高新技术企业": (28, 17),
    "重大关键技术攻关课题": (31, 26),
    "技术成果": (58, 55),
    "重大科技成果转化项目": (21, 18),
    "新增市级工程技术研究中心": (6, 5),
    "推广农业新品种新技术": (104, 96),
}
SLIPPED_DEPARTMENT = {
    "新增高新技术企业": ("11 ", 6),  # a trailing space typed after the figure
    "高新技术企业": ("'28", 17),  # a leading apostrophe kept by a paste from the 高企 system
    "重大关键技术攻关课题": (31, 31),  # 上年数 filled with this year's figure, copied by mistake
    "技术成果": (58, 58),
    "新增市级工程技术研究中心": (datetime(2019, 6, 1), 5),  # 6-1 typed: Excel made it a date
    "推广农业新品种新技术": (104, "—"),  # "—" for 不适用 (no figure kept last year)
}
COLUMNS = ("新增高新技术企业", "技术合同成交额")
UNITS = [  # 县区, 类型, (新增高企, 技术合同 亿元) 本年, the same 上年
    ("古塔区", "区", (1, 1.2), (1, 0.9)),
    ("凌河区", "区", (2, 1.4), (1, 1.1)),
    ("太和区", "区", (1, 0.8), (0, 0.7)),
    ("凌海市", "市", (2, 2.3), (1, 1.8)),
    ("北镇市", "市", (1, 0.9), (1, 0.6)),
    ("黑山县", "县", (1, 0.7), (0, 0.5)),
    ("义县", "县", (0, 0.4), (0, 0.3)),
    ("松山新区", "新区", (1, 1.1), (1, 0.8)),
    ("锦州经济技术开发区", "开发区", (2, 1.6), (1, 1.3)),
]


def _county_rows(slips: bool, before: bool) -> list[dict[str, object]]:
    rows = []
    for unit, kind, now, last in UNITS:
        figures = last if before else now
        rows.append({"县区": unit, "类型": kind, **dict(zip(COLUMNS, figures, strict=True))})
    if slips and not before:
        rows[3]["县区"] = "凌海市\u3000"  # a full-width space typed after the name
        rows[6]["技术合同成交额"] = "/"  # "/" for 不适用
        total = {"县区": "合计", "类型": None, **{c: None for c in COLUMNS}}
        moved = rows.pop(1)  # 凌河区 cut and pasted below the 合计 row
        rows += [total, moved]
    return rows


def jinzhou_book(tmp_path: Path, *, slips: bool = False, name: str = "锦州市2019年科技工作.xlsx") -> Path:
    """Return the 锦州市 2019 workbook in ``tmp_path``: ``kjreport init`` on the office's Excel
    分解表, 科室数据 and the 县区 sheets filled (with ``slips``, as first typed: see ``SLIPPED_DEPARTMENT``
    and ``_county_rows``)."""
    from tests.helpers import (
        assign_offices,
        confirm_plan_rows,
        fill_areas,
        fill_department,
        init_from_plan,
    )

    plan = write_plan_xlsx(tmp_path / "plan.xlsx")
    book, wb = init_from_plan(tmp_path, plan, SAVED_AS, YEAR, name, 成文日期="2019年12月26日")
    plan.unlink()
    if "核对提示" in [c.value for c in wb["目标任务"][1]]:
        confirm_plan_rows(wb)
    fill_department(wb, {**DEPARTMENT, **(SLIPPED_DEPARTMENT if slips else {})})
    assign_offices(wb, {}, "办公室")
    fill_areas(wb["县区数据"], _county_rows(slips, False))
    fill_areas(wb["县区上年数据"], _county_rows(slips, True))
    wb["工作进展"].append(["总", "高新科", "新认定国家级高新技术企业11家，累计达到28家。"])
    wb.save(book)
    return book
