"""The 仙居县 2025 plan and workbook of the qa24 tester (a 浙江 山区县 bureau, 仙居县科学技术局, over 3 街道,
7 镇 and 10 乡, that had never used kjreport).

The plan is the office's own Word file 《仙居县科学技术局2025年工作要点》, built with python-docx
(``write_plan_docx``): the title and the 文号 line, an opening paragraph, headings numbered by hand in their text
(一、 （一） 1.) and not by Word's numbering, the targets both in a paragraph of 一、主要目标 and in a Word table
序号 | 指标 | 单位 | 2025年目标 | 责任科室, and the 重点工作 paragraphs, some with figures of their own. The county
targets are those of tests/plan/corpus/2025_xianju_fangan.txt (《仙居县科技特派团实施方案》's 到2025年 figures:
R&D 占 GDP 2.6%, 高新技术产业投资增速 30%以上, 高新技术产业增加值 50亿元 and 67% of 规上工业), the yearly
ones (新增高企、科小, 技术合同, 特派员, 研发中心) are the office's share of the three-year 新增 60家、150家.
"""

from __future__ import annotations

from pathlib import Path

SAVED_AS = "仙居县科学技术局2025年工作要点.docx"
TITLE = "仙居县科学技术局2025年工作要点"
OPENING = ("2025年是“十四五”规划收官之年，也是我县深入实施创新强县战略、全面推进省高质量发展实施科技特派团"
           "试点县建设的关键之年。全县科技工作要围绕打造“智造仙居”总目标，以科技创新引领产业创新，"
           "为高水平建设共同富裕现代化新仙居提供有力科技支撑。")
TARGETS_PARAGRAPH = ("2025年全县科技工作主要目标：全社会R&D经费支出占GDP比重达到2.6%；高新技术产业投资增长30%以上；"
                     "高新技术产业增加值达到50亿元，占规上工业增加值比重达到67%；新增国家高新技术企业20家、"
                     "省科技型中小企业50家；技术合同成交额达到8亿元；新增省级科技特派员15人。")
# 序号, 指标, 单位, 2025年目标, 责任科室
TABLE = [
    ("1", "全社会R&D经费支出占GDP比重", "%", "2.6", "发展规划科"),
    ("2", "高新技术产业投资增速", "%", "30", "高新技术科"),
    ("3", "高新技术产业增加值", "亿元", "50", "高新技术科"),
    ("4", "高新技术产业增加值占规上工业增加值比重", "%", "67", "高新技术科"),
    ("5", "新增国家高新技术企业", "家", "20", "高新技术科"),
    ("6", "新增省科技型中小企业", "家", "50", "高新技术科"),
    ("7", "技术合同成交额", "亿元", "8", "成果转化科"),
    ("8", "新增省级科技特派员", "人", "15", "农村科技科"),
]
BODY = [
    ("h1", "一、主要目标"),
    ("p", TARGETS_PARAGRAPH),
    ("table", None),
    ("h1", "二、重点工作"),
    ("h2", "（一）实施研发投入提升行动"),
    ("p", "1.推动规上工业企业研发活动全覆盖。建立研发投入重点企业清单，按月调度企业研发费用归集，"
          "确保全社会R&D经费支出占GDP比重达到2.6%。"),
    ("p", "2.落实研发费用加计扣除、首台套奖励等政策，引导企业加大研发投入，全年兑现各类科技奖补资金3000万元。"),
    ("h2", "（二）强化科技企业梯队培育"),
    ("p", "1.实施高新技术企业“倍增”计划，全年新增国家高新技术企业20家以上、省科技型中小企业50家以上。"),
    ("p", "2.推进高新技术产业投资，聚焦医药健康、橱柜家居、工艺品等主导产业，全年高新技术产业投资增长30%以上，"
          "高新技术产业增加值达到50亿元。"),
    ("h2", "（三）推进创新平台建设"),
    ("p", "1.支持企业建设研发机构，新建省级企业研发中心5家、省级高新技术企业研究开发中心3家。"),
    ("p", "2.深化与浙江大学、台州学院等高校院所合作，推进仙居县医药健康产业创新服务综合体提质升级。"),
    ("h2", "（四）深化科技特派员制度"),
    ("p", "1.全面推进省高质量发展实施科技特派团试点，新增省级科技特派员15人，实现各乡镇（街道）科技特派员全覆盖。"),
    ("p", "2.围绕杨梅、仙居鸡、三黄鸡等特色产业，实施农业科技项目10项以上，推广新品种新技术30项。"),
    ("h2", "（五）促进科技成果转移转化"),
    ("p", "1.办好“浙江拍”科技成果竞价（拍卖）活动，全年技术合同成交额达到8亿元。"),
    ("h1", "三、保障措施"),
    ("p", "1.加强组织领导。各科室要对照目标任务分解表，细化工作举措，按季度报送工作进展。"),
    ("p", "2.强化督查考核。将科技创新指标纳入对各乡镇（街道）的年度综合考核，定期通报进展情况。"),
]


def write_plan_docx(path: Path) -> Path:
    """Write the 仙居县 工作要点 to ``path`` as the office typed it in Word (see the module's docstring)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = docx.Document()
    title = doc.add_paragraph(TITLE)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.runs[0].font.size = Pt(22)
    title.runs[0].bold = True
    number = doc.add_paragraph("仙科〔2025〕3号")
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    opening = doc.add_paragraph(OPENING)
    opening.paragraph_format.first_line_indent = Pt(32)
    for kind, text in BODY:
        if kind == "table":
            table = doc.add_table(rows=1, cols=5)
            table.style = "Table Grid"
            for cell, head in zip(table.rows[0].cells, ("序号", "指标", "单位", "2025年目标", "责任科室"), strict=True):
                cell.text = head
            for row in TABLE:
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.text = value
            continue
        paragraph = doc.add_paragraph(text)
        if kind == "h1":
            paragraph.runs[0].bold = True
        elif kind == "h2":
            paragraph.runs[0].bold = True
            paragraph.paragraph_format.first_line_indent = Pt(32)
        else:
            paragraph.paragraph_format.first_line_indent = Pt(32)
    ending = doc.add_paragraph("仙居县科学技术局")
    ending.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    date = doc.add_paragraph("2025年2月18日")
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)
    return path


# 科室数据 as the office reports at the year end: 指标 → (本年数, 上年数)
DEPARTMENT = {
    "全社会R&D经费投入占GDP比重": (2.63, 2.48),
    "高新技术产业投资": (38.6, 29.1),
    "高新技术产业增加值": (52.3, 47.8),
    "高新技术产业增加值占规上工业增加值比重": (67.8, 66.2),
    "新增高新技术企业": (23, 18),
    "新增省科技型中小企业": (56, 61),
    "技术合同成交额": (8.65, 7.12),
    "新增科技特派员": (16, 12),
    "兑现各类科技奖补资金": (3120, 2860),
    "新增省级企业研发中心": (6, 4),
    "农业科技项目": (11, 9),
    "推广新品种新技术": (32, 28),
}
# the office's first typing: R&D 占比 as a fraction in a % row, 「23家」 with its unit, 「3,120」 with a thousands
# comma, 技术合同成交额's 上年数 left in 本年数 (last year's sheet copied and not all updated)
SLIPPED_DEPARTMENT = {
    "全社会R&D经费投入占GDP比重": (0.0263, 2.48),
    "新增高新技术企业": ("23家", 18),
    "兑现各类科技奖补资金": ("3,120", 2860),
    "技术合同成交额": (7.12, 7.12),
}
OFFICES = {"全社会R&D经费投入占GDP比重": "发展规划科", "高新技术产业投资": "高新技术科",
           "高新技术产业增加值": "高新技术科", "高新技术产业增加值占规上工业增加值比重": "高新技术科",
           "高新技术企业": "高新技术科", "省科技型中小企业": "高新技术科", "技术合同成交额": "成果转化科",
           "科技特派员": "农村科技科", "兑现各类科技奖补资金": "发展规划科", "省级企业研发中心": "高新技术科",
           "农业科技项目": "农村科技科", "推广新品种新技术": "农村科技科"}
# 乡镇, 类型, (全社会R&D 亿元, 地区生产总值 亿元, 科技特派员 人) 本年, the same 上年
UNITS = [
    ("福应街道", "街道", (2.18, 63.5, 3), (1.96, 60.2, 3)),
    ("安洲街道", "街道", (2.05, 58.9, 3), (1.88, 55.7, 2)),
    ("南峰街道", "街道", (0.96, 35.4, 2), (0.87, 33.6, 2)),
    ("白塔镇", "镇", (1.12, 38.7, 3), (1.01, 36.5, 2)),
    ("田市镇", "镇", (0.74, 30.2, 2), (0.69, 28.9, 2)),
    ("官路镇", "镇", (0.58, 22.6, 2), (0.52, 21.4, 2)),
    ("下各镇", "镇", (0.86, 34.1, 2), (0.79, 32.3, 2)),
    ("朱溪镇", "镇", (0.18, 12.3, 2), (0.16, 11.8, 1)),
    ("埠头镇", "镇", (0.41, 20.4, 2), (0.37, 19.5, 2)),
    ("横溪镇", "镇", (0.33, 18.2, 2), (0.30, 17.4, 2)),
    ("皤滩乡", "乡", (0.09, 8.1, 1), (0.08, 7.7, 1)),
    ("淡竹乡", "乡", (0.02, 4.6, 1), (0.02, 4.4, 1)),
    ("溪港乡", "乡", (0.03, 5.1, 1), (0.03, 4.9, 1)),
    ("湫山乡", "乡", (0.02, 4.0, 1), (0.02, 3.8, 1)),
    ("大战乡", "乡", (0.04, 5.6, 1), (0.03, 5.3, 1)),
    ("广度乡", "乡", (0.01, 3.2, 1), (0.01, 3.1, 1)),
    ("步路乡", "乡", (0.12, 9.1, 1), (0.11, 8.7, 1)),
    ("上张乡", "乡", (0.02, 3.5, 1), (0.02, 3.4, 1)),
    ("双庙乡", "乡", (0.07, 6.0, 1), (0.06, 5.8, 1)),
    ("安岭乡", "乡", (0.01, 3.0, 1), (0.01, 2.9, 1)),
]
COLUMNS = ("全社会R&D经费支出", "地区生产总值", "科技特派员")
# 科室数据 of the half-year report (报送月份 6): 1—6月 and 上年同期; R&D 占比 is 2024's (数据年度 in the book)
HALF_YEAR = {
    "全社会R&D经费投入占GDP比重": (2.48, 2.31), "高新技术产业投资": (18.8, 14.3), "高新技术产业增加值": (24.9, 22.6),
    "高新技术产业增加值占规上工业增加值比重": (67.1, 66.0), "新增高新技术企业": (0, 0), "新增省科技型中小企业": (33, 35),
    "技术合同成交额": (3.62, 3.05), "新增科技特派员": (8, 5), "兑现各类科技奖补资金": (1250, 1100),
    "新增省级企业研发中心": (2, 1), "农业科技项目": (6, 5), "推广新品种新技术": (14, 12),
}
MONTHLY = {  # 月度数据: 指标 → cumulative figures of 1…12月
    "高新技术产业投资": [2.1, 4.6, 8.2, 11.5, 14.9, 18.8, 22.0, 25.3, 28.9, 32.1, 35.2, 38.6],
    "高新技术产业投资（上年同期）": [1.8, 3.7, 6.5, 8.9, 11.6, 14.3, 16.8, 19.2, 21.9, 24.3, 26.7, 29.1],
    "技术合同成交额": [0.32, 0.71, 1.45, 2.02, 2.68, 3.62, 4.30, 5.02, 5.88, 6.71, 7.63, 8.65],
    "新增高新技术企业": [0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 11, 23],
    "新增省科技型中小企业": [3, 8, 15, 21, 26, 33, 38, 42, 47, 50, 53, 56],
}
PROGRESS = [
    ("二.1.1", "发展规划科", "建立研发投入重点企业清单126家，按月调度研发费用归集，规上工业企业研发活动覆盖率达92%。"),
    ("二.2.1", "高新技术科", "新认定国家高新技术企业23家，新增省科技型中小企业56家。"),
    ("二.4.1", "农村科技科", "新增省级科技特派员16人，20个乡镇（街道）实现科技特派员全覆盖。"),
    ("二.5.1", "成果转化科", "举办“浙江拍”仙居专场2场，技术合同成交额8.65亿元。"),
]


def _town_rows(before: bool) -> list[dict[str, object]]:
    rows = []
    for unit, kind, now, last in UNITS:
        rows.append({"乡镇": unit, **dict(zip(COLUMNS, last if before else now, strict=True)), "类型": kind})
    return rows


def xianju_book(tmp_path: Path, *, slips: bool = False, month: int = 12,
                name: str = "仙居县2025年科技工作.xlsx") -> Path:
    """Return the 仙居县 2025 workbook in ``tmp_path``: ``kjreport init`` on the office's .docx, the plan's
    review note checked, 责任科室 as the plan's table names them, 科室数据 of the year end (``month`` 12) or of
    1—6月 (``month`` 6, ``HALF_YEAR``), 乡镇数据 and 乡镇上年数据, and 月度数据 up to ``month`` (报送月份).
    With ``slips`` the workbook as the office first typed it: the 科室数据 slips of ``SLIPPED_DEPARTMENT``
    and, in 乡镇数据, 白塔镇's row pasted one column to the right, 田市镇's 地区生产总值 stored as text, the
    three 街道's 类型 merged into one cell and 朱溪镇's row hidden."""
    from tests.helpers import (
        assign_offices,
        confirm_plan_rows,
        fill_areas,
        fill_department,
        init_from_plan,
    )

    plan = write_plan_docx(tmp_path / "plan.docx")
    book, wb = init_from_plan(tmp_path, plan, SAVED_AS, 2025, name, 成文日期="2025年12月29日" if month == 12
                              else f"2025年{month + 1}月8日", 报送月份=month, 发文字号="仙科")
    plan.unlink()
    confirm_plan_rows(wb)
    assert month in (6, 12), "the book has the figures of the half-year and of the year end"
    fill_department(wb, {**(DEPARTMENT if month == 12 else HALF_YEAR), **(SLIPPED_DEPARTMENT if slips else {})})
    assign_offices(wb, OFFICES, "办公室")
    ks = wb["科室数据"]
    for r in range(2, ks.max_row + 1):  # 科室数据's 科室 as the plan's table names them
        if month < 12 and ks.cell(r, 2).value == "全社会R&D经费投入占GDP比重":
            ks.cell(r, 8).value = 2024  # 数据年度: the statistics lag a year
        name_ = ks.cell(r, 2).value
        for target, office in OFFICES.items():
            if target in name_:
                ks.cell(r, 1).value = office
    if slips:  # the owner of 农业科技项目 left blank
        for r in range(2, ks.max_row + 1):
            if ks.cell(r, 2).value == "农业科技项目":
                ks.cell(r, 1).value = None
    towns = wb["乡镇数据"]
    fill_areas(towns, _town_rows(False))
    fill_areas(wb["乡镇上年数据"], _town_rows(True))
    if slips:
        header = [c.value for c in towns[1]]
        first = header.index(next(h for h in header if h.startswith("全社会R&D"))) + 1
        for r in range(2, towns.max_row + 1):
            unit = towns.cell(r, 1).value
            if unit == "白塔镇":  # pasted one column to the right: R&D in the GDP column, …
                values = [towns.cell(r, c).value for c in range(first, first + 3)]
                towns.cell(r, first).value = None
                for offset, value in enumerate(values, 1):
                    towns.cell(r, first + offset).value = value
            if unit == "田市镇":
                towns.cell(r, first + 1).value = "30.2"
            if unit == "朱溪镇":
                towns.row_dimensions[r].hidden = True
        kind = header.index("类型") + 1
        towns.merge_cells(start_row=2, start_column=kind, end_row=4, end_column=kind)
    monthly = wb["月度数据"]
    for r in range(2, monthly.max_row + 1):
        figures = MONTHLY.get(monthly.cell(r, 1).value)
        if figures:
            if monthly.cell(r, 2).value is None:
                monthly.cell(r, 2).value = "亿元"
            for m, value in enumerate(figures[:month], 1):
                monthly.cell(r, 2 + m).value = value
    for row in PROGRESS:
        wb["工作进展"].append(list(row))
    wb["收件人"].append(["王局长", "wangjz@xjkj.example.cn", "局领导", None])
    wb["收件人"].append(["白塔镇科技办", "bt@xjkj.example.cn", "白塔镇", None])
    wb.save(book)
    return book
