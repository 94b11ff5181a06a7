"""The 遂宁市 2021 workbook of the qa22 tester (a 四川 地级市 bureau over 船山区、安居区、射洪市、蓬溪县、
大英县 and the 遂宁高新区、遂宁经开区、河东新区, that had never used kjreport): ``kjreport init`` on the
office's Word copy of tests/plan/corpus/2021_suining_yaodian.txt (2021年全市科技创新工作要点), filled
as the office fills it, for tests that run the CLI.

The plan is delivered as the office has it, a .docx (``write_plan_docx``) whose targets sit in a Word
table: the 总体目标 paragraph keeps its words and leaves its figures to the 目标任务分解表 below it
(序号 | 类别 | 指标名称 | 目标值 | 单位 | 责任科室 | 备注), whose 序号 are Word's automatic numbering
(the numbers are not in the cells), whose 类别 cells are merged down over their rows, whose 责任科室 is
merged down where two rows share one, and whose 备注 says 以上、超过、力争. The 一、 and 1. of the text
are Word's automatic numbering too (a two-level list on plain paragraphs).

``slips=True`` gives the workbook as first typed, with this round's slips: 科技服务业营业收入's growth typed as
text 「21.6%」 into its 亿元 row, 入库备案国家科技型中小企业 typed full width 「４５２」, 技术合同交易登记额 in 万元 typed
「71,200」 (a thousands separator, as text) under a 单位 written 「万」, 河东新区's pasted R&D intensity showing
#DIV/0!, 蓬溪县's R&D of last year (0.86) in this year's sheet, 射洪市 listed twice (pasted again at the foot with
its first figures) and 「县区上年数据」 renamed 「县区上年数据 (2)」 by accident; and, of the earlier rounds' slips,
高新技术产业营业收入 in 万元 (6235000) in its 亿元 row. Both workbooks keep the office's inserted column
「R&D经费投入强度（%）」 in 县区数据 and 大英县's row hidden. ``slips=False`` is the workbook once the office has
corrected what ``check`` named."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import assign_offices, fill_areas, fill_department, init_from_plan

PLAN = Path(__file__).parent / "plan" / "corpus" / "2021_suining_yaodian.txt"
SAVED_AS = "遂宁市2021年全市科技创新工作要点.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# 总体目标 without its figures: they are in the table
GOALS = ("总体目标：创新布局更加优化，出台遂宁市“十四五”科技创新规划，成渝地区双城经济圈涪江流域科技创新走廊"
         "建设高位推进，国家高新区创建通过科技部现场调研，遂宁国家农业科技园建设提档升级；创新能力持续提升，"
         "创新主体不断壮大，创新人才加速集聚，创新动能显著增强。主要目标任务分解如下：")
CAPTION = "2021年全市科技创新主要目标任务分解表"
HEADER = ("序号", "类别", "指标名称", "目标值", "单位", "责任科室", "备注")
# 类别 (merged down over its rows), 指标名称, 目标值, 单位, 责任科室 (None: merged with the row above), 备注
TABLE = [
    ("创新能力", "市级产业关键共性技术攻关项目", "20", "项", "计划科", "以上"),
    ("创新能力", "转化重大科技成果", "20", "个", "成果科", "以上"),
    ("创新能力", "新增省级以上创新平台", "3", "家", "计划科", ""),
    ("创新主体", "新认定国家高新技术企业", "≥30", "家", "高新科", ""),
    ("创新主体", "入库备案国家科技型中小企业", "≥400", "家", None, ""),
    ("创新主体", "高新技术产业营业收入", "600", "亿元", "计划科", "力争"),
    ("创新人才", "“高校·企业创新人才团队”", "60", "支", "人才科", ""),
    ("创新动能", "全社会研发投入", ">10.5", "亿元", "计划科", "超过"),
    ("创新动能", "研发投入强度", "0.75", "%", None, ""),
    ("创新动能", "技术合同交易登记额", "≥6.5", "亿元", "成果科", ""),
    ("创新动能", "科技服务业营业收入增速", "20", "%", "高新科", "以上"),
]
REQUIREMENT_END = "以优异成绩迎接建党一百周年。"
PART = "抓好战略布局，打造创新高地"
ITEM = ("认真编制“十四五”科技创新规划。明确“十四五”科技创新目标、路径和重点举措，高质量编制成渝地区双城经济圈"
        "涪江流域科技创新走廊建设方案。")


def _numbering(doc, num_id: str, levels: list[tuple[str, str]]) -> str:
    """Add a list (its levels' number format and text) to the numbering part; return its numId."""
    from docx.oxml import parse_xml

    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels))
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{num_id}">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))
    return num_id


def _number(paragraph, num_id: str, level: int = 0) -> None:
    from docx.oxml import parse_xml

    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def write_plan_docx(path: Path, *, ordinals: str = "word") -> Path:
    """Write the 遂宁市 plan to ``path`` as the office's Word copy (see the module's docstring). The
    table's 序号 are Word's automatic numbering (``ordinals="word"``), or left blank (``"blank"``)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    lines = [line.strip() for line in PLAN.read_text(encoding="utf-8").splitlines() if line.strip()]
    doc = docx.Document()
    outline = _numbering(doc, "91", [("chineseCounting", "%1、"), ("decimal", "%2.")])
    ordinal = _numbering(doc, "92", [("decimal", "%1")])
    doc.add_paragraph(lines[0], style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    requirement = lines[1]
    assert requirement.endswith(REQUIREMENT_END)
    for text in (requirement, GOALS):
        doc.add_paragraph(text).paragraph_format.first_line_indent = Pt(32)
    doc.add_paragraph(CAPTION).alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = doc.add_table(rows=len(TABLE) + 1, cols=len(HEADER))
    table.style = "Table Grid"
    for c, title in enumerate(HEADER):
        table.cell(0, c).text = title
    for r, (_kind, name, value, unit, office, note) in enumerate(TABLE, 1):
        if ordinals == "word":
            _number(table.cell(r, 0).paragraphs[0], ordinal)  # 序号: Word's automatic numbering
        for c, text in ((2, name), (3, value), (4, unit), (6, note)):
            table.cell(r, c).text = text
        if office is not None:
            table.cell(r, 5).text = office
    for column, key in ((1, 0), (5, 4)):  # 类别 and 责任科室: merged down over equal rows
        r = 1
        while r <= len(TABLE):
            end = r
            if column == 1:
                while end < len(TABLE) and TABLE[end][0] == TABLE[r - 1][0]:
                    end += 1
            else:
                while end < len(TABLE) and TABLE[end][key] is None:
                    end += 1
            if end > r:
                table.cell(r, column).merge(table.cell(end, column))
            table.cell(r, column).text = TABLE[r - 1][key] if column == 1 else TABLE[r - 1][4]
            r = end + 1
    _number(doc.add_paragraph(PART), outline, 0)
    _number(doc.add_paragraph(ITEM), outline, 1)
    doc.add_paragraph("遂宁市科学技术局").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("2021年3月1日").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(str(path))
    return path


DEPARTMENT = {  # 指标: (本年数, 上年数), as corrected
    "市级产业关键共性技术攻关项目": (23, 18),
    "转化重大科技成果": (26, 21),
    "新增省级以上创新平台": (4, 3),
    "新增高新技术企业": (36, 28),
    "入库备案国家科技型中小企业": (452, 371),
    "高新技术产业营业收入": (623.5, 548.2),
    "高校·企业创新人才团队": (61, 52),
    "技术合同交易登记额": (7.12, 5.86),
    "科技服务业营业收入": (18.6, 15.3),
}
SLIPPED_DEPARTMENT = {
    "入库备案国家科技型中小企业": ("４５２", 371),  # digits typed full width
    "高新技术产业营业收入": (6235000, 548.2),  # 万元 in the 亿元 row (an earlier round's slip)
    "技术合同交易登记额": ("71,200", 58600),  # in 万元, a thousands separator typed as text; 单位 「万」
    "科技服务业营业收入": ("21.6%", 15.3),  # the growth typed as text into the 亿元 row
}
COLUMNS = ("全社会R&D经费支出", "地区生产总值")
UNITS = [  # 县区, 类型, (R&D, GDP) 本年, the same 上年
    ("船山区", "区", (2.05, 310.5), (1.82, 289.7)),
    ("安居区", "区", (0.86, 240.1), (0.77, 224.3)),
    ("射洪市", "市", (4.12, 455.3), (3.51, 420.1)),
    ("蓬溪县", "县", (0.95, 218.6), (0.86, 203.5)),
    ("大英县", "县", (1.38, 205.4), (1.19, 190.2)),
    ("遂宁高新区", "开发区", (0.92, 45.8), (0.81, 41.6)),
    ("遂宁经开区", "开发区", (0.74, 35.2), (0.63, 31.9)),
    ("河东新区", "新区", (0.06, 8.3), (0.05, 7.1)),
]
INSERTED = "R&D经费投入强度（%）"  # the column the office inserts between the two (values pasted)
HIDDEN = "大英县"  # its row hidden in 县区数据
PROGRESS = [
    ("总", "办公室", "出台《遂宁市“十四五”科技创新规划》，国家高新区创建通过科技部现场调研。"),
    ("一", "计划科", "实施市级产业关键共性技术攻关项目23项，新增省级以上创新平台4家。"),
    ("一.1", "计划科", "《遂宁市“十四五”科技创新规划》经市政府常务会审议通过并印发实施。"),
    ("总", "高新科", "新认定国家高新技术企业36家，入库备案国家科技型中小企业452家。"),
    ("总", "成果科", "转化重大科技成果26个，技术合同交易登记额7.12亿元。"),
]
RECIPIENTS = [("李局长", "lijz@snkj.example.cn", "局领导", None),
              ("局办公室", "bgs@snkj.example.cn", "办公室", "是"),
              ("射洪市科技局", "sh@snkj.example.cn", "射洪市", None)]


def _county_rows(slips: bool, before: bool) -> list[dict[str, object]]:
    rows = []
    for unit, kind, now, last in UNITS:
        figures = last if before else now
        row: dict[str, object] = {"县区": unit, "类型": kind, **dict(zip(COLUMNS, figures, strict=True))}
        if not before:
            row[INSERTED] = round(figures[0] / figures[1] * 100, 2)
            if slips and unit == "河东新区":
                row[INSERTED] = "#DIV/0!"  # the formula's error, pasted with the values
            if slips and unit == "蓬溪县":
                row["全社会R&D经费支出"] = last[0]  # last year's figure, from the wrong year's sheet
        rows.append(row)
    if slips and not before:  # 射洪市 listed twice: pasted again at the foot, as first reported
        rows.append({"县区": "射洪市", "类型": "市", "全社会R&D经费支出": 3.98, "地区生产总值": 451.7,
                     INSERTED: 0.88})
    return rows


def suining_book(tmp_path: Path, *, slips: bool = False, name: str = "遂宁市2021年科技工作.xlsx") -> Path:
    """Return the 遂宁市 2021 workbook in ``tmp_path``, made by ``kjreport init`` on the office's Word
    copy of the plan, its 核对提示 cleared, every target's 科室 as the table gives it and every
    county reported; 县区数据 with the office's inserted column and a hidden row. With ``slips`` the
    office's first typing (see the module's docstring)."""
    plan = write_plan_docx(tmp_path / "plan.docx")
    book, wb = init_from_plan(tmp_path, plan, SAVED_AS, 2021, name,
                              成文日期="2021年12月28日", 发文字号="遂科字")
    plan.unlink()
    targets = wb["目标任务"]
    header = [c.value for c in targets[1]]
    if "核对提示" in header:  # checked against the plan: both rows read right
        for r in range(2, targets.max_row + 1):
            targets.cell(r, header.index("核对提示") + 1).value = None
    fill_department(wb, {**DEPARTMENT, **(SLIPPED_DEPARTMENT if slips else {})})
    if slips:
        ks = wb["科室数据"]
        for row in ks.iter_rows(min_row=2):
            if row[1].value == "技术合同交易登记额":
                row[2].value = "万"  # 万元 written 万
    assign_offices(wb, {}, "计划科")
    fill_areas(wb["县区数据"], _county_rows(slips, False))
    fill_areas(wb["县区上年数据"], _county_rows(slips, True))
    ws = wb["县区数据"]
    # the inserted column sits between R&D and GDP, as the office inserted it (fill_areas put it last)
    titles = [c.value for c in ws[1]]
    at = titles.index(INSERTED) + 1
    values = [ws.cell(r, at).value for r in range(1, ws.max_row + 1)]
    ws.delete_cols(at)
    ws.insert_cols(3)
    for r, v in enumerate(values, 1):
        ws.cell(r, 3).value = v
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == HIDDEN:
            ws.row_dimensions[r].hidden = True
    for row in PROGRESS:
        wb["工作进展"].append(list(row))
    wb["下年工作打算"].append(["力争新认定国家高新技术企业40家以上。", "新增高新技术企业", 40, "家"])
    for person in RECIPIENTS:
        wb["收件人"].append(list(person))
    if slips:
        wb["县区上年数据"].title = "县区上年数据 (2)"  # renamed by accident (a copy, the original deleted)
    wb.save(book)
    return book
