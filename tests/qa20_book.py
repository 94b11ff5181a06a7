"""The 大冶市 2024 workbook of the qa20 tester (a 湖北 县级市 bureau over 4 街道, 10 镇, 1 乡 and the
大冶湖高新区, that had never used kjreport): ``kjreport init`` on the office's Word copy of
tests/plan/corpus/2024_daye_fangan.txt (大冶市2024年科技创新赋能行动方案), filled as the office fills it,
for tests that run the CLI.

The plan is delivered as the office has it, a .docx written the way WPS writes one: the title in 标题,
一、二、三、 as Word's automatic numbering on 标题 1 (the numbers are not in the text) and （一）（二） on
标题 2, the body in 正文 with a first-line indent (``write_plan_docx``).

``slips=True`` gives the workbook as first typed, with the slips offices make: 本级财政科技支出占比 typed
as 0.0352 (a percent as a fraction), 保安镇's 企业R&D in 万元 in an 亿元 column, 「茗山」 without its 乡,
陈贵镇's 企业R&D left blank, 还地桥镇's 企业R&D stored as text 「2.41」 and 技术合同成交额's 上年数 pasted
into 本年数. ``slips=False`` is the workbook once the office has corrected what ``check`` named."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import assign_offices, fill_areas, fill_department, init_from_plan

PLAN = Path(__file__).parent / "plan" / "corpus" / "2024_daye_fangan.txt"
SAVED_AS = "大冶市2024年科技创新赋能行动方案.docx"


def write_plan_docx(path: Path) -> Path:
    """Write the corpus text of the 大冶市 plan to ``path`` as WPS writes it: the first line in the
    标题 style, 一、 headings as automatic numbering (chineseCounting, "%1、") attached to 标题 1, （一）
    headings as level 2 of the same list ("（%2）") attached to 标题 2, the rest in 正文; the written
    "一、" and "(一)" are taken off the text, as Word shows them from the numbering."""
    import re

    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt

    lines = [line.strip() for line in PLAN.read_text(encoding="utf-8").splitlines() if line.strip()]
    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:pStyle w:val="Heading1"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:pStyle w:val="Heading2"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, style_name in ((0, "Heading 1"), (1, "Heading 2")):
        style = doc.styles[style_name]
        ppr = style.element.get_or_add_pPr()
        ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                                '<w:numId w:val="90"/></w:numPr>'))
    for i, line in enumerate(lines):
        first = re.match(r"[一二三四五六七八九十]+、", line)
        second = re.match(r"[(（][一二三四五六七八九十]+[)）]", line)
        if i == 0:
            doc.add_paragraph(line, style="Title")
        elif first and len(line) < 30:
            doc.add_paragraph(line[first.end():], style="Heading 1")
        elif second and len(line) < 40 and "。" not in line:
            doc.add_paragraph(line[second.end():], style="Heading 2")
        elif second:  # "(一)创新保障进一步巩固。2024年，……" : a run-in heading inside a body paragraph
            paragraph = doc.add_paragraph(line)
            paragraph.paragraph_format.first_line_indent = Pt(32)
        else:
            paragraph = doc.add_paragraph(line)
            paragraph.paragraph_format.first_line_indent = Pt(32)
    del qn
    doc.save(path)
    return path


OFFICES = {"规模以上制造业企业研发机构覆盖率": "计划科", "国家级创新创业平台": "计划科",
           "省级以上创新创业平台": "计划科", "新增省级以上创新创业平台": "计划科",
           "省级以上创新创业平台总数": "计划科", "黄石市创新创业平台": "计划科",
           "新增黄石市创新创业平台": "计划科", "黄石市创新创业平台总数": "计划科",
           "省级及以上创业孵化平台": "高新科", "新增省级及以上创业孵化平台": "高新科"}
DEPARTMENT = {  # 指标: (本年数, 上年数), as corrected
    "本级财政科技支出占公共财政支出的比重": (3.52, 3.31),
    "规上企业研发经费投入": (26.8, 24.5),
    "规模以上制造业企业研发机构覆盖率": (98.6, 92.4),
    "国家级创新创业平台": (1, None),
    "新增省级以上创新创业平台": (7, 5),
    "省级以上创新创业平台总数": (79, 72),
    "新增黄石市创新创业平台": (13, 11),
    "黄石市创新创业平台总数": (134, 121),
    "净增高新技术企业": (71, 58),
    "科技型中小企业入库": (836, 742),
    "高新技术产业增加值": (142.6, 131.8),
    "技术合同成交额": (38.65, 33.9),
    "科技特派员": (62, 55),
    "新增省级及以上创业孵化平台": (2, 1),
    "省级及以上创业孵化平台": (11, 9),
}
SLIPPED_DEPARTMENT = {"本级财政科技支出占公共财政支出的比重": (0.0352, 3.31),
                      "技术合同成交额": (33.9, 33.9)}
UNITS = [  # 乡镇, 类型, (企业R&D亿, 科技特派员) 本年, the same 上年
    ("东岳路街道", "街道", (1.32, 3), (1.21, 3)),
    ("东风路街道", "街道", (0.86, 2), (0.80, 2)),
    ("金湖街道", "街道", (2.45, 4), (2.21, 4)),
    ("罗家桥街道", "街道", (3.12, 4), (2.86, 3)),
    ("金山店镇", "镇", (2.08, 5), (1.95, 4)),
    ("还地桥镇", "镇", (2.41, 5), (2.18, 5)),
    ("保安镇", "镇", (1.86, 5), (1.70, 4)),
    ("灵乡镇", "镇", (2.63, 5), (2.44, 5)),
    ("金牛镇", "镇", (1.12, 5), (1.03, 4)),
    ("大箕铺镇", "镇", (1.74, 4), (1.58, 4)),
    ("刘仁八镇", "镇", (0.38, 4), (0.35, 3)),
    ("陈贵镇", "镇", (1.56, 4), (1.44, 4)),
    ("殷祖镇", "镇", (0.42, 4), (0.40, 4)),
    ("茗山乡", "乡", (0.21, 3), (0.19, 3)),
    ("大冶湖高新技术产业园区", "高新区", (4.64, 2), (4.15, 2)),
]
PROGRESS = [
    ("二.1", "计划科", "本级财政科技支出3.52亿元，占公共财政支出的3.52%；规上企业研发经费投入26.8亿元，增长9.4%。"),
    ("二.2", "计划科", "新认定省级以上创新创业平台7个，总数达79个；新认定黄石市创新创业平台13个，总数达134个。"),
    ("二.3", "高新科", "净增高新技术企业71家，科技型中小企业入库836家；高新技术产业增加值142.6亿元，增长8.2%。"),
    ("二.3", "成果科", "技术合同成交额38.65亿元，完成年度目标的109.4%。"),
    ("二.4", "农村科", "选派市级以上科技特派员62人，覆盖全市14个乡镇（街道）和大冶湖高新区。"),
    ("三.1", "计划科", "主动融入武汉都市圈和光谷科创大走廊，与华中科技大学等6所高校签订产学研合作协议12项。"),
]
RECIPIENTS = [("刘局长", "liujz@dykj.example.cn", "局领导", None),
              ("局办公室", "bgs@dykj.example.cn", "办公室", "是"),
              ("保安镇科技办", "ba@dykj.example.cn", "保安镇", None)]


def daye_book(tmp_path: Path, *, slips: bool = False, name: str = "大冶市2024年科技工作.xlsx") -> Path:
    """Return the 大冶市 2024 workbook in ``tmp_path``, made by ``kjreport init`` on the office's .docx
    plan, every target assigned to its 科室, the two 核对提示 cleared and every 乡镇 reported; with
    ``slips`` the office's first typing (see the module's docstring)."""
    from tests.helpers import confirm_plan_rows

    docx_plan = write_plan_docx(tmp_path / "plan.docx")
    book, wb = init_from_plan(tmp_path, docx_plan, SAVED_AS, 2024, name,
                              成文日期="2024年12月26日", 发文字号="冶科字")
    docx_plan.unlink()
    confirm_plan_rows(wb)
    fill_department(wb, {**DEPARTMENT, **(SLIPPED_DEPARTMENT if slips else {})})
    assign_offices(wb, OFFICES, "高新科")
    current = []
    for unit, kind, now, _ in UNITS:
        r_d, agents = now
        if slips and unit == "保安镇":
            r_d = 18600  # 万元 in an 亿元 column
        if slips and unit == "陈贵镇":
            r_d = None
        if slips and unit == "还地桥镇":
            r_d = "2.41"  # a number stored as text
        shown = "茗山" if slips and unit == "茗山乡" else unit
        current.append({"乡镇": shown, "企业R&D经费支出": r_d, "科技特派员": agents, "类型": kind})
    fill_areas(wb["乡镇数据"], current)
    fill_areas(wb["乡镇上年数据"], [{"乡镇": unit, "企业R&D经费支出": before[0], "科技特派员": before[1],
                                 "类型": kind} for unit, kind, _, before in UNITS])
    for row in PROGRESS:
        wb["工作进展"].append(list(row))
    wb["下年工作打算"].append(["深入推进国家创新型县（市）建设，力争高新技术企业突破400家。",
                          "高新技术企业", 400, "家"])
    for person in RECIPIENTS:
        wb["收件人"].append(list(person))
    wb.save(book)
    return book
