"""The 新乡市 2024 workbook of the qa17 tester (a 河南 city bureau over 4 区, 5 县, 3 县级市 and a
高新区, that had never used kjreport): ``kjreport init`` on tests/plan/corpus/2024_xinxiang_fangan.txt
(新乡市创新型城市建设三年行动工作方案, issued by the 市政府办公室 with a 印发 notice whose title runs over
two lines), filled as the office fills it, for tests that run the CLI.

``slips=True`` gives the workbook as first typed, with the slips offices make: 科技财政支出占比 typed
as 0.031 (a percent as a fraction), 在孵企业 stored as text 「1,086」, 原阳县's R&D in 万元 in an 亿元
column, 「获嘉」 without its 县 in 县区数据, 封丘县's GDP left blank and 延津县's row pasted from
县区上年数据. ``slips=False`` is the workbook once the office has corrected what ``check`` named."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import assign_offices, fill_areas, fill_department, init_from_plan

PLAN = Path(__file__).parent / "plan" / "corpus" / "2024_xinxiang_fangan.txt"
OFFICES = {"注册企业": "高新科", "省级以上各类孵化载体": "高新科", "在孵企业": "高新科",
           "省级以上创新平台": "计划科"}
DEPARTMENT = {  # 指标: (本年数, 上年数), as corrected
    "科技财政支出占公共财政支出比重": (3.24, 2.96), "新增注册企业": (13560, 12870),
    "省级以上各类孵化载体": (22, 19), "在孵企业": (1086, 978), "技术合同交易额": (86.4, 70.2),
    "省级以上创新平台": (412, 386), "每万人有效发明专利": (7.1, 6.3), "国家科技型中小企业": (1135, 1012),
    "高新技术企业": (826, 742),
}
SLIPPED_DEPARTMENT = {"科技财政支出占公共财政支出比重": (0.0324, 2.96), "在孵企业": ("1,086", 978)}
UNITS = [  # 县区, 类型, (R&D亿, GDP亿) 本年, the same 上年
    ("红旗区", "区", (12.6, 402.5), (11.4, 385.1)),
    ("卫滨区", "区", (3.1, 128.7), (2.8, 121.6)),
    ("凤泉区", "区", (2.4, 96.3), (2.1, 90.8)),
    ("牧野区", "区", (4.2, 168.9), (3.8, 160.2)),
    ("新乡县", "县", (8.9, 312.4), (8.1, 298.7)),
    ("获嘉县", "县", (5.6, 236.1), (5.0, 224.5)),
    ("原阳县", "县", (5.2, 221.8), (4.6, 210.3)),
    ("延津县", "县", (3.3, 189.6), (3.0, 180.4)),
    ("封丘县", "县", (2.2, 201.3), (2.0, 192.6)),
    ("卫辉市", "县级市", (4.8, 246.5), (4.3, 233.9)),
    ("辉县市", "县级市", (7.9, 402.8), (7.2, 385.0)),
    ("长垣市", "县级市", (13.5, 468.2), (12.1, 441.7)),
    ("新乡高新技术产业开发区", "高新区", (9.4, 198.6), (8.5, 183.2)),
]
RECIPIENTS = [("李局长", "lijz@xxkj.example.cn", "局领导", None),
              ("局办公室", "bgs@xxkj.example.cn", "办公室", "是"),
              ("长垣市科技局", "cy@xxkj.example.cn", "长垣市", None)]


def xinxiang_book(tmp_path: Path, *, slips: bool = False, name: str = "新乡市2024年科技工作.xlsx") -> Path:
    """Return the 新乡市 2024 workbook in ``tmp_path``, every target assigned to its 科室 and every
    县区 reported; with ``slips`` the office's first typing (see the module's docstring)."""
    book, wb = init_from_plan(tmp_path, PLAN, "新乡市创新型城市建设三年行动工作方案.txt", 2024, name, 成文日期="2024年12月27日", 发文字号="新科字")
    fill_department(wb, {**DEPARTMENT, **(SLIPPED_DEPARTMENT if slips else {})})
    assign_offices(wb, OFFICES, "高新科")
    current = []
    for unit, kind, now, before in UNITS:
        r_d, gdp = now
        if slips and unit == "原阳县":
            r_d = 52000  # 万元 in an 亿元 column
        if slips and unit == "封丘县":
            gdp = None
        if slips and unit == "延津县":
            r_d, gdp = before
        shown = "获嘉" if slips and unit == "获嘉县" else unit
        current.append({"县区": shown, "全社会R&D经费支出": r_d, "地区生产总值": gdp, "类型": kind})
    fill_areas(wb["县区数据"], current)
    fill_areas(wb["县区上年数据"], [{"县区": unit, "全社会R&D经费支出": before[0], "地区生产总值": before[1],
                                 "类型": kind} for unit, kind, _, before in UNITS])
    wb["工作进展"].append(["二", "高新科", "实施高新技术企业倍增计划，新认定高新技术企业168家，总数达826家。"])
    wb["下年工作打算"].append(["持续推进国家创新型城市建设，力争高新技术企业突破900家。", "高新技术企业", 900, "家"])
    for person in RECIPIENTS:
        wb["收件人"].append(list(person))
    wb.save(book)
    return book
