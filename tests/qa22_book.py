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

``slips=True`` gives the workbook as first typed, with the slips offices make (this round's): a percent
typed as text 「12.5%」 in a column of 亿元, digits typed full width 「１２３」, a thousands separator typed
as text 「1,234」, a cell showing #DIV/0! from a formula, a hidden row, an extra column inserted in
县区数据, a county listed twice, last year's figure in this year's row, a unit 「万」 for 万元, and (one of
the earlier rounds' to see it with them) 万元 in an 亿元 row. ``slips=False`` is the workbook once the
office has corrected what ``check`` named."""

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
    for r, (kind, name, value, unit, office, note) in enumerate(TABLE, 1):
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
