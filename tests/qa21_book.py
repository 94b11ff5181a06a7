"""The 邯郸市 2018 workbook of the qa21 tester (a 河北 地级市 bureau over 18 县（市、区） and the 冀南新区、
邯郸经济技术开发区, that had never used kjreport): ``kjreport init`` on the office's copy of
tests/plan/corpus/2018_handan_news.txt (邯郸市2018年科技工作), filled as the office fills it, for tests
that run the CLI.

The plan is delivered as the office has it, text copied out of the PDF it was sent (``write_plan_pdf_text``):
the title on two lines, every line broken at the PDF's 28-character measure in the middle of sentences (a
run of half-width digits is not broken, as Word keeps it whole; full-width digits are; ，。、 hang at the
line's end), each paragraph's first line indented 「　　」, the page's number 「— 1 —」 / 「- 2 -」 on a line
of its own at the foot of each page, the running header 「邯郸市科学技术局」 at the top of each page after
the first, and the digits of every second number full-width, as the PDF gives them.

The office adds by hand the target its city is assessed on and the news report of the plan leaves out,
全社会R&D经费投入占GDP比重 ≥1.25% (``ADDED_TARGET``), and ranks its 20 units on it and on three targets'
columns in 县区数据 (``COLUMNS``); the 县区数据 sheet keeps the office's merged title row over its header.

``slips=True`` gives the workbook as first typed, with the slips offices make: 技术合同交易额 in 万元
(264200) in the 亿元 row, the added target typed as 0.0125 (a percent as a fraction), 「磁县」 typed as
「磁」 (its suffix missing), 涉县's R&D left blank, 武安市's R&D stored as text 「10.32」, 专利申请量's 上年数
pasted into 本年数 and a total row 「合计」 left at the foot of the county table. ``slips=False`` is the
workbook once the office has corrected what ``check`` named."""

from __future__ import annotations

import re
from pathlib import Path

from tests.helpers import (
    assign_offices,
    confirm_plan_rows,
    fill_areas,
    fill_department,
    init_from_plan,
)

PLAN = Path(__file__).parent / "plan" / "corpus" / "2018_handan_news.txt"
SAVED_AS = "邯郸市2018年科技工作要点.txt"
HEADER = "邯郸市科学技术局"
LINES_PER_PAGE = 22
MEASURE = 56  # half-width columns: 28 Chinese characters
NO_LINE_START = set("，。、；：？！”）,;:.)")  # a line never opens with these (they hang at the line's end)


def _full_width(digits: str) -> str:
    return "".join(chr(ord(d) + 0xFEE0) if d.isdigit() else d for d in digits)


def _tokens(paragraph: str) -> list[str]:
    """Split a paragraph into what a line break cannot split: a run of half-width digits, or one character."""
    return re.findall(r"[0-9.]+|.", paragraph)


def pdf_lines(text: str) -> list[str]:
    """Return ``text`` as the lines of its copy out of a PDF (see the module's docstring)."""
    numbers = iter(range(10**6))

    def digits(m: re.Match) -> str:
        return _full_width(m.group()) if next(numbers) % 2 else m.group()

    body: list[str] = []
    for n, paragraph in enumerate(p.strip() for p in text.splitlines() if p.strip()):
        paragraph = re.sub(r"\d+(?:\.\d+)?", digits, paragraph)
        line, width = ("　　", 4) if n else ("", 0)  # the title is not indented
        for token in _tokens(paragraph):
            w = sum(2 if ord(c) > 0xFF else 1 for c in token)
            if width + w > MEASURE and token not in NO_LINE_START:
                body.append(line)
                line, width = "", 0
            line, width = line + token, width + w
        body.append(line)
    pages = [body[i:i + LINES_PER_PAGE] for i in range(0, len(body), LINES_PER_PAGE)]
    out: list[str] = []
    for n, page in enumerate(pages, 1):
        if n > 1:
            out.append(HEADER)
        out.extend(page)
        out.append(f"— {n} —" if n % 2 else f"- {n} -")
    return out


def write_plan_pdf_text(path: Path) -> Path:
    """Write the 邯郸市 plan to ``path`` as the office's text copied out of its PDF."""
    path.write_text("\n".join(pdf_lines(PLAN.read_text(encoding="utf-8"))) + "\n", encoding="utf-8")
    return path


OFFICES = {"科技小巨人企业": "高新科", "市级创新平台": "计划科", "新增市级创新平台": "计划科",
           "高新技术企业后备培育入库企业": "高新科", "企业研发机构登记备案数": "计划科",
           "国家级农业科技园区": "农村科", "省级农业科技园区": "农村科", "市级农业科技园区": "农村科",
           "全社会R&D经费投入占GDP比重": "计划科"}
DEPARTMENT = {  # 指标: (本年数, 上年数), as corrected
    "新增科技型中小企业": (1526, 1318),
    "科技型中小企业": (9184, 7658),
    "新增高新技术企业": (103, 76),
    "高新技术企业": (392, 289),
    "科技小巨人企业": (286, 231),
    "新增省级以上创新平台": (17, 14),
    "新增院士工作站": (2, 1),
    "新增市级创新平台": (12, 9),
    "专利申请量": (5126, 4415),
    "技术合同交易额": (26.42, 21.85),
    "高新技术企业后备培育入库企业": (296, 240),
    "企业研发机构登记备案数": (532, 451),
    "新增市级以上科技企业孵化器": (16, 12),
    "新增省级科技企业孵化器": (3, 2),
    "新增市级以上众创空间": (23, 22),
    "新增省级众创空间": (11, 8),
    "国家级农业科技园区": (1, 1),
    "省级农业科技园区": (14, 12),
    "市级农业科技园区": (21, 17),
}
SLIPPED_DEPARTMENT = {"技术合同交易额": (264200, 21.85),  # 万元 in the 亿元 row
                      "专利申请量": (4415, 4415)}  # last year's column pasted into this year's
# the target the office adds by hand (the city assesses it; the news report of the plan is cut short)
ADDED_TARGET = ["全社会R&D经费投入占GDP比重", 1.25, "%", "≥", "总", "计划科", None, "总量"]
COLUMNS = ("全社会R&D经费支出", "地区生产总值", "新增高新技术企业", "高新技术企业", "技术合同交易额")
TITLES = {"全社会R&D经费支出": "全社会R&D经费支出（亿元）", "地区生产总值": "地区生产总值（亿元）",
          "新增高新技术企业": "新增高新技术企业（家）", "高新技术企业": "高新技术企业（家）",
          "技术合同交易额": "技术合同交易额（亿元）"}
UNITS = [  # 县区, 类型, COLUMNS 本年, the same 上年
    ("邯山区", "区", (3.93, 275.3, 9, 34, 2.41), (3.58, 257.5, 9, 25, 1.86)),
    ("丛台区", "区", (5.31, 302.4, 8, 37, 3.12), (4.81, 286.5, 9, 29, 2.83)),
    ("复兴区", "区", (1.75, 156.7, 4, 15, 0.86), (1.55, 148.6, 4, 11, 0.69)),
    ("峰峰矿区", "区", (3.43, 190.9, 5, 17, 0.74), (3.15, 177.9, 3, 12, 0.67)),
    ("肥乡区", "区", (1.13, 94.6, 3, 8, 0.32), (0.98, 89.8, 2, 5, 0.29)),
    ("永年区", "区", (1.89, 267.6, 8, 31, 1.46), (1.81, 249.1, 8, 23, 1.21)),
    ("临漳县", "县", (1.41, 119.7, 3, 10, 0.28), (1.35, 113.4, 3, 7, 0.25)),
    ("成安县", "县", (1.53, 108.4, 4, 12, 0.35), (1.37, 100.9, 5, 8, 0.31)),
    ("大名县", "县", (2.41, 151.2, 3, 9, 0.21), (2.09, 143.2, 1, 6, 0.18)),
    ("涉县", "县", (2.89, 240.7, 6, 21, 0.96), (2.63, 227.2, 5, 15, 0.87)),
    ("磁县", "县", (2.43, 166.2, 5, 16, 0.62), (2.21, 153.9, 3, 11, 0.56)),
    ("邱县", "县", (0.75, 61.1, 2, 5, 0.11), (0.7, 57.3, 3, 3, 0.1)),
    ("鸡泽县", "县", (0.85, 83.6, 3, 8, 0.18), (0.79, 77.6, 2, 5, 0.16)),
    ("广平县", "县", (1.17, 68.8, 2, 6, 0.15), (1.07, 65.2, 2, 4, 0.12)),
    ("馆陶县", "县", (1.29, 76.8, 3, 7, 0.16), (1.18, 71.2, 3, 4, 0.12)),
    ("魏县", "县", (2.36, 142.4, 4, 11, 0.33), (2.17, 133.7, 4, 7, 0.26)),
    ("曲周县", "县", (1.26, 99.0, 3, 9, 0.24), (1.16, 93.1, 1, 6, 0.22)),
    ("武安市", "市", (10.32, 635.5, 14, 52, 3.86), (9.88, 594.1, 14, 38, 3.4)),
    ("冀南新区", "开发区", (0.59, 58.5, 4, 18, 1.26), (0.51, 54.3, 2, 14, 1.14)),
    ("邯郸经济技术开发区", "开发区", (1.9, 137.4, 10, 66, 8.8), (1.73, 127.5, 10, 56, 6.88)),
]
PROGRESS = [
    ("总", "办公室", "全年实施五大科技创新工程，国家级创新型城市建设通过科技部中期评估。"),
    ("一", "高新科", "开展“双创双服”和“扶工助企”活动，新增科技型中小企业1526家，总数达到9184家；"
                   "净增高新技术企业103家，总数达到392家。"),
    ("一", "计划科", "建立企业研发机构建设信息数据库，企业研发机构登记备案数达到532家。"),
    ("二", "高新科", "新增市级以上科技企业孵化器16家（其中省级3家）、市级以上众创空间23家（其中省级11家）。"),
    ("二", "农村科", "推进1家国家级、14家省级、21家市级农业科技园区建设。"),
]
RECIPIENTS = [("王局长", "wangjz@hdkj.example.cn", "局领导", None),
              ("局办公室", "bgs@hdkj.example.cn", "办公室", "是"),
              ("武安市科技局", "wa@hdkj.example.cn", "武安市", None)]


def _county_rows(slips: bool, before: bool) -> list[dict[str, object]]:
    rows = []
    for unit, kind, now, last in UNITS:
        row: dict[str, object] = {"县区": unit, "类型": kind, **dict(zip(COLUMNS, last if before else now, strict=True))}
        if slips and not before:
            if unit == "磁县":
                row["县区"] = "磁"  # its suffix missing
            if unit == "涉县":
                row["全社会R&D经费支出"] = None  # a blank cell
            if unit == "武安市":
                row["全社会R&D经费支出"] = "10.32"  # a number stored as text
        rows.append(row)
    if slips and not before:  # the total row the office's table had, left in
        rows.append({"县区": "合计", **{c: round(sum(u[2][i] for u in UNITS), 2)
                                       for i, c in enumerate(COLUMNS)}})
    return rows


def handan_book(tmp_path: Path, *, slips: bool = False, name: str = "邯郸市2018年科技工作.xlsx") -> Path:
    """Return the 邯郸市 2018 workbook in ``tmp_path``, made by ``kjreport init`` on the office's text
    copied out of the plan's PDF, any 核对提示 cleared, every target assigned to its 科室 and every
    县（市、区） reported; the 县区数据 sheet under a merged title row, as the office keeps it. With
    ``slips`` the office's first typing (see the module's docstring)."""
    plan = write_plan_pdf_text(tmp_path / "plan.txt")
    book, wb = init_from_plan(tmp_path, plan, SAVED_AS, 2018, name,
                              成文日期="2018年12月28日", 发文字号="邯科字")
    plan.unlink()
    if "核对提示" in [c.value for c in wb["目标任务"][1]]:
        confirm_plan_rows(wb)
    wb["目标任务"].append([*ADDED_TARGET[:1], 0.0125 if slips else ADDED_TARGET[1], *ADDED_TARGET[2:]])
    fill_department(wb, {**DEPARTMENT, **(SLIPPED_DEPARTMENT if slips else {})})
    assign_offices(wb, OFFICES, "高新科")
    fill_areas(wb["县区数据"], _county_rows(slips, False), TITLES)
    fill_areas(wb["县区上年数据"], _county_rows(slips, True), TITLES)
    ws = wb["县区数据"]
    ws.insert_rows(1)
    ws["A1"] = "2018年各县（市、区）科技创新主要指标"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ws.max_column)
    for row in PROGRESS:
        wb["工作进展"].append(list(row))
    wb["下年工作打算"].append(["力争新增高新技术企业120家，总数突破500家。", "高新技术企业", 500, "家"])
    for person in RECIPIENTS:
        wb["收件人"].append(list(person))
    wb.save(book)
    return book
