"""The 南宁市 2023 workbook of the qa19 tester (a 广西 city bureau over 7 区, 4 县, 1 县级市 and 3 开发区
whose figures are already inside their 区, that had never used kjreport): ``kjreport init`` on
tests/plan/corpus/2023_nanning_fangan.txt (南宁市落实科技强桂行动实施方案, copied from a PDF with spaces
inside words, its targets “到 2023 年……”), filled as the office fills it, for tests that run the CLI.

``slips=True`` gives the workbook as first typed, with the slips offices make: 有研发活动企业占比 typed
as 0.286 (a percent as a fraction), 宾阳县's R&D in 万元 in an 亿元 column, 「马山」 without its 县 in
县区数据, 隆安县's GDP left blank, 青秀区's GDP stored as text 「1,080.5」 and 南宁高新区's 工业总产值
上年数 pasted into 本年数. ``slips=False`` is the workbook once the office has corrected what ``check``
named."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import assign_offices, fill_areas, fill_department, init_from_plan

PLAN = Path(__file__).parent / "plan" / "corpus" / "2023_nanning_fangan.txt"
OFFICES = {"规模以上工业企业研发投入占主营业务收入比重": "计划科", "引育高层次科技人才和团队": "合作科",
           "技术合同成交额总额": "成果科", "转化重大科技成果": "成果科",
           "南宁高新区规模以上企业工业总产值": "高新科",
           "规模以上工业战略性新兴产业增加值占规模以上工业增加值比重": "计划科"}
DEPARTMENT = {  # 指标: (本年数, 上年数), as corrected
    "规模以上工业企业中有研发活动企业占比": (28.6, 26.4),
    "规模以上工业企业研发投入占主营业务收入比重": (0.86, 0.79),
    "高新技术企业": (1862, 1606),
    "引育高层次科技人才和团队": (112, 71),
    "技术合同成交额总额": (418.6, 262.4),
    "转化重大科技成果": (286, 195),
    "南宁高新区规模以上企业工业总产值": (668.4, 612.3),
    "规模以上工业企业新产品销售收入占规模以上工业企业营业收入比重": (16.2, 15.1),
    "规模以上工业战略性新兴产业增加值占规模以上工业增加值比重": (22.4, 19.8),
}
SLIPPED_DEPARTMENT = {"规模以上工业企业中有研发活动企业占比": (0.286, 26.4),
                      "南宁高新区规模以上企业工业总产值": (612.3, 612.3)}
UNITS = [  # 县区, 类型, (R&D亿, GDP亿) 本年, the same 上年
    ("兴宁区", "区", (2.9, 330.6), (2.6, 318.2)),
    ("青秀区", "区", (15.2, 1080.5), (13.9, 1036.8)),
    ("江南区", "区", (7.1, 520.3), (6.5, 498.7)),
    ("西乡塘区", "区", (12.8, 620.4), (11.6, 597.1)),
    ("良庆区", "区", (4.6, 420.8), (4.1, 398.5)),
    ("邕宁区", "区", (1.3, 180.2), (1.2, 172.6)),
    ("武鸣区", "区", (3.8, 420.1), (3.5, 405.3)),
    ("横州市", "县", (3.2, 520.7), (2.9, 502.4)),
    ("宾阳县", "县", (2.4, 400.3), (2.2, 386.9)),
    ("上林县", "县", (0.42, 110.6), (0.39, 106.2)),
    ("马山县", "县", (0.31, 100.4), (0.29, 97.1)),
    ("隆安县", "县", (0.58, 130.2), (0.52, 125.8)),
    ("南宁高新技术产业开发区", "开发区（不计入合计）", (8.6, 360.5), (7.8, 341.2)),
    ("南宁经济技术开发区", "开发区（不计入合计）", (4.1, 300.2), (3.7, 287.6)),
    ("广西－东盟经济技术开发区", "开发区（不计入合计）", (1.9, 220.4), (1.7, 210.9)),
]
RECIPIENTS = [("李局长", "lijz@nnkj.example.cn", "局领导", None),
              ("局办公室", "bgs@nnkj.example.cn", "办公室", "是"),
              ("宾阳县科技局", "by@nnkj.example.cn", "宾阳县", None)]


def nanning_book(tmp_path: Path, *, slips: bool = False, name: str = "南宁市2023年科技工作.xlsx") -> Path:
    """Return the 南宁市 2023 workbook in ``tmp_path``, every target assigned to its 科室 and every
    县区 reported; with ``slips`` the office's first typing (see the module's docstring)."""
    book, wb = init_from_plan(tmp_path, PLAN, "南宁市落实科技强桂行动实施方案.txt", 2023, name,
                              成文日期="2023年12月27日", 发文字号="南科字")
    fill_department(wb, {**DEPARTMENT, **(SLIPPED_DEPARTMENT if slips else {})})
    assign_offices(wb, OFFICES, "高新科")
    current = []
    for unit, kind, now, _ in UNITS:
        r_d, gdp = now
        if slips and unit == "宾阳县":
            r_d = 24000  # 万元 in an 亿元 column
        if slips and unit == "隆安县":
            gdp = None
        if slips and unit == "青秀区":
            gdp = "1,080.5"  # a number stored as text
        shown = "马山" if slips and unit == "马山县" else unit
        current.append({"县区": shown, "全社会R&D经费支出": r_d, "地区生产总值": gdp, "类型": kind})
    fill_areas(wb["县区数据"], current)
    fill_areas(wb["县区上年数据"], [{"县区": unit, "全社会R&D经费支出": before[0], "地区生产总值": before[1],
                                 "类型": kind} for unit, kind, _, before in UNITS])
    wb["工作进展"].append(["一", "高新科", "深入实施高新技术企业倍增计划，全年新认定高新技术企业412家，"
                                     "有效期内高新技术企业达1862家；南宁高新区规模以上企业工业总产值668.4亿元。"])
    wb["工作进展"].append(["一", "成果科", "技术合同登记额持续增长，2021年以来累计达418.6亿元，"
                                     "转化重大科技成果累计286项。"])
    wb["下年工作打算"].append(["深入实施科技强桂行动，力争全社会R&D经费投入强度达到1.5%。",
                          "全社会R&D经费投入占GDP比重", 1.5, "%"])
    for person in RECIPIENTS:
        wb["收件人"].append(list(person))
    wb.save(book)
    return book
