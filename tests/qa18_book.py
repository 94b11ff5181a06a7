"""The 宿迁市 2023 workbook of the qa18 tester (a 江苏 city bureau over 3 县, 2 区, 2 开发区 and 2 新区,
that had never used kjreport): ``kjreport init`` on tests/plan/corpus/2023_suqian_fangan.txt
(宿迁市国家创新型城市建设实施方案(2022-2023年), issued by the 市人民政府 with a 印发 notice, its targets
“到2023年……”), filled as the office fills it, for tests that run the CLI.

``slips=True`` gives the workbook as first typed, with the slips offices make: 科技公共财政支出占比 typed
as 0.0312 (a percent as a fraction), 国家科技型中小企业 stored as text 「2,168」, 泗洪县's R&D in 万元 in
an 亿元 column, 「宿豫」 without its 区 in 县区数据, 湖滨新区's GDP left blank, 宿城区's GDP stored as
text and 省级及以上企业研发机构's 上年数 pasted into 本年数. ``slips=False`` is the workbook once the
office has corrected what ``check`` named."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import assign_offices, fill_areas, fill_department, init_from_plan

PLAN = Path(__file__).parent / "plan" / "corpus" / "2023_suqian_fangan.txt"
OFFICES = {"科技公共财政支出占公共财政支出比重": "计划科", "省级及以上企业研发机构": "高新科",
           "拥有发明专利的企业": "成果科"}
DEPARTMENT = {  # 指标: (本年数, 上年数), as corrected
    "科技公共财政支出占公共财政支出比重": (3.12, 2.87), "国家科技型中小企业": (2168, 1835),
    "高新技术企业": (736, 628), "省级及以上企业研发机构": (284, 251), "拥有发明专利的企业": (962, 871),
}
SLIPPED_DEPARTMENT = {"科技公共财政支出占公共财政支出比重": (0.0312, 2.87), "国家科技型中小企业": ("2,168", 1835),
                      "省级及以上企业研发机构": (251, 251)}
UNITS = [  # 县区, 类型, (R&D亿, GDP亿) 本年, the same 上年
    ("沭阳县", "县", (25.1, 1296.3), (22.6, 1220.5)),
    ("泗阳县", "县", (13.8, 736.2), (12.4, 690.8)),
    ("泗洪县", "县", (12.6, 712.5), (11.5, 672.1)),
    ("宿城区", "区", (12.2, 598.4), (11.0, 566.3)),
    ("宿豫区", "区", (11.3, 542.7), (10.1, 511.9)),
    ("宿迁经济技术开发区", "开发区", (6.9, 228.6), (6.1, 212.4)),
    ("湖滨新区", "新区", (1.6, 112.8), (1.4, 106.2)),
    ("洋河新区", "新区", (2.3, 121.5), (2.0, 115.3)),
    ("苏州宿迁工业园区", "开发区", (3.4, 98.7), (3.0, 90.6)),
]
RECIPIENTS = [("王局长", "wangjz@sqkj.example.cn", "局领导", None),
              ("局办公室", "bgs@sqkj.example.cn", "办公室", "是"),
              ("沭阳县科技局", "sy@sqkj.example.cn", "沭阳县", None)]


def suqian_book(tmp_path: Path, *, slips: bool = False, name: str = "宿迁市2023年科技工作.xlsx") -> Path:
    """Return the 宿迁市 2023 workbook in ``tmp_path``, every target assigned to its 科室 and every
    县区 reported; with ``slips`` the office's first typing (see the module's docstring)."""
    book, wb = init_from_plan(tmp_path, PLAN, "宿迁市国家创新型城市建设实施方案.txt", 2023, name, 成文日期="2023年12月28日", 发文字号="宿科字")
    fill_department(wb, {**DEPARTMENT, **(SLIPPED_DEPARTMENT if slips else {})})
    assign_offices(wb, OFFICES, "高新科")
    current = []
    for unit, kind, now, _ in UNITS:
        r_d, gdp = now
        if slips and unit == "泗洪县":
            r_d = 126000  # 万元 in an 亿元 column
        if slips and unit == "湖滨新区":
            gdp = None
        if slips and unit == "宿城区":
            gdp = "598.4"  # a number stored as text
        shown = "宿豫" if slips and unit == "宿豫区" else unit
        current.append({"县区": shown, "全社会R&D经费支出": r_d, "地区生产总值": gdp, "类型": kind})
    fill_areas(wb["县区数据"], current)
    fill_areas(wb["县区上年数据"], [{"县区": unit, "全社会R&D经费支出": before[0], "地区生产总值": before[1],
                                 "类型": kind} for unit, kind, _, before in UNITS])
    wb["工作进展"].append(["二", "高新科", "深入实施创新型企业培育工程，全年新认定高新技术企业156家，总数达736家；"
                                     "国家科技型中小企业入库2168家。"])
    wb["下年工作打算"].append(["全力推进国家创新型城市建设，力争高新技术企业突破800家。", "高新技术企业", 800, "家"])
    for person in RECIPIENTS:
        wb["收件人"].append(list(person))
    wb.save(book)
    return book
