"""Issue 9, acceptance findings (QA as new bureaus): 延安2015 (a news-style plan, no ledgers,
only some county columns) and 常德2022 (a Word plan with two targets on one indicator, a rank,
a growth target, fractional figures). Through the real CLI, on workbooks made by ``init`` and
filled the way the QA's scripts (fixture generators here) filled them.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from kjreport.workbook.schema import COUNTY, normalize_header
from tests.conftest import clear_review_notes
from tests.helpers import cli, cli_ok, fill_settings

CORPUS = Path(__file__).parents[1] / "plan" / "corpus"
YANAN_PLAN = CORPUS / "2015_yanan_news.txt"



def text_of(path: Path) -> tuple[str, list[list[list[str]]]]:
    doc = Document(str(path))
    body = "\n".join(p.text for p in doc.paragraphs)
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]
    return body, tables


def _settings(wb, city: str, organization: str, date: str) -> None:
    fill_settings(wb, 城市名称=city, 单位名称=organization, 成文日期=date)


def _rows(ws, rows, first: int = 2) -> None:
    for i, row in enumerate(rows, first):
        for j, v in enumerate(row, 1):
            ws.cell(i, j).value = v


# --- 延安2015: the QA's fill_data.py without its slips (fix2.py's corrections applied) ---------

YANAN_COUNTIES = ["宝塔区", "安塞县", "延长县", "延川县", "子长县", "志丹县", "吴起县", "甘泉县", "富县",
                  "洛川县", "宜川县", "黄龙县", "黄陵县"]
YANAN_COUNTY = {  # column → (this year, last year); the Heze columns (产值, 特派员 …) stay blank
    "全社会R&D经费支出": ([0.42, 0.11, 0.08, 0.06, 0.09, 0.12, 0.13, 0.05, 0.04, 0.10, 0.03, 0.02, 0.11],
                    [0.36, 0.10, 0.07, 0.05, 0.08, 0.11, 0.12, 0.05, 0.04, 0.09, 0.03, 0.02, 0.10]),
    "地区生产总值": ([380, 150, 95, 70, 110, 160, 180, 55, 60, 95, 45, 20, 130],
               [365, 148, 97, 68, 108, 165, 185, 53, 58, 92, 44, 19, 126]),
    "申请专利": ([260, 60, 40, 30, 45, 55, 60, 25, 20, 50, 18, 10, 51],
             [230, 52, 35, 28, 40, 50, 55, 22, 18, 45, 15, 9, 45]),
}
YANAN_DEPARTMENT = [
    ("计划科", "科技研究与开发经费投入", "亿元", 1.56, 1.38),
    ("计划科", "中、省各类科技项目经费", "万元", 2350, 2080),
    ("成果科", "技术合同交易额", "万元", 7120, 6010),
    ("政策法规科", "申请专利", "件", 655, 602),
    ("政策法规科", "授权专利", "件", 228, 199),
    ("高新科", "新增市级工程技术研究中心", "家", 4, None),
    ("高新科", "新增重点实验室", "家", 2, None),
    ("合作科", "产业技术创新战略联盟", "家", 2, 0),
    ("高新科", "新认定高新技术企业", "家", 6, None),
    ("高新科", "认定市级民营科技企业", "家", 12, 9),
    ("成果科", "登记市级科技成果", "项", 64, 58),
    ("成果科", "省级成果", "项", 23, 21),
    ("成果科", "推荐省科学技术奖", "项", 20, 18),
    ("农村科", "市级农业科技专家大院", "个", 5, None),
    ("农村科", "现代农业科技创业示范基地", "个", 3, None),
]
YANAN_PROGRESS = [
    ("总", "高新科", "积极推进省级高新区建设，延安高新区申报工作顺利通过省级评审。"),
    ("总", "农村科", "扎实推进宝塔区省级农业科技园区建设，指导甘泉县完成省级农业科技园区申报。"),
]


def fill_yanan(path: Path, *, delete_unused: bool = False) -> None:
    """Type 延安's figures; the county columns no target uses stay blank (or are deleted)."""
    wb = openpyxl.load_workbook(path)
    _settings(wb, "延安市", "延安市科学技术局", "2015年12月28日")
    for sheet, which in (("县区数据", 0), ("县区上年数据", 1)):
        ws = wb[sheet]
        ws.cell(1, ws.max_column + 1, "申请专利（件）")
        if delete_unused:
            for name in ("培训农民", "利益共同体", "科技特派员", "企业R&D经费支出", "规模以上工业总产值",
                         "高新技术产业产值"):
                col = next((c.column for c in ws[1] if c.value and normalize_header(c.value)[0] == name), None)
                if col is not None:
                    ws.delete_cols(col)
        where = {normalize_header(c.value)[0]: c.column for c in ws[1] if c.value}
        for name in YANAN_COUNTY:  # init lists only the columns the plan's targets use (qa11 F1): add the rest
            if name not in where:
                where[name] = ws.max_column + 1
                ws.cell(1, where[name], COUNTY.column(name).header)
        for i, county in enumerate(YANAN_COUNTIES, 2):
            ws.cell(i, where["县区"], county)
            for name, values in YANAN_COUNTY.items():
                ws.cell(i, where[name], values[which][i - 2])
    wb["科室数据"].delete_rows(2, wb["科室数据"].max_row)  # the QA typed its own list of rows
    _rows(wb["科室数据"], YANAN_DEPARTMENT)
    _rows(wb["工作进展"], YANAN_PROGRESS)
    for row in wb["目标任务"].iter_rows(min_row=2):
        if row[0].value == "高新技术企业":
            row[7].value = "新增"  # 新认定高新技术企业5家 (fix2.py)
    wb.save(path)


@pytest.fixture(scope="module")
def yanan(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("yanan")
    path = folder / "延安2015.xlsx"
    cli_ok("init", "--year", 2015, "--plan", YANAN_PLAN, path)
    clear_review_notes(path)  # the office checks the flagged rows against the plan first
    fill_yanan(path)
    return path


@pytest.fixture(scope="module")
def yanan_results(yanan) -> dict[str, dict]:
    out = cli_ok("fill", "--json", yanan).output
    return {r["name"]: r for r in json.loads(out[out.index("["):])}


@pytest.fixture(scope="module")
def yanan_summary(yanan, yanan_results) -> tuple[str, list]:
    out = yanan.parent / "总结.docx"
    cli_ok("docx", yanan, "-o", out)
    return text_of(out)


def test_unused_county_columns_may_stay_blank(yanan):
    """Q1: the Heze columns (高新技术产业产值, 科技特派员 …) left blank: check passes."""
    result = cli_ok("check", yanan)
    assert "校验通过" in result.output, result.output
    assert "为空" not in result.output.replace("的责任科室为空", "")  # 目标任务's 科室 are another matter (qa18 L4)


def test_unused_county_columns_may_be_deleted(tmp_path):
    path = tmp_path / "删列.xlsx"
    cli_ok("init", "--year", 2015, "--plan", YANAN_PLAN, path)
    fill_yanan(path, delete_unused=True)
    result = cli_ok("check", path)
    assert "缺少列" not in result.output and "校验通过" in result.output, result.output


def test_blank_county_columns_do_not_become_zero(yanan_results, yanan_summary):
    assert "高新技术产业产值" not in yanan_results  # blank ≠ 0: nothing computed from nothing
    body, _ = yanan_summary
    assert "高新技术产业产值0" not in body and "培训农民" not in body


def test_a_used_county_column_stays_required(tmp_path):
    """A target on 全社会R&D经费投入 computes from the 县区数据 column: a blank cell is an error."""
    path = tmp_path / "空格.xlsx"
    cli_ok("init", "--year", 2015, "--plan", YANAN_PLAN, path)
    clear_review_notes(path)  # the office checks the flagged rows against the plan first
    fill_yanan(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["目标任务"]
    ws.append(["全社会R&D经费投入", 1.5, "亿元", "≥", "总"])
    where = {normalize_header(c.value)[0]: c.column for c in wb["县区数据"][1] if c.value}
    wb["县区数据"].cell(3, where["全社会R&D经费支出"]).value = None
    wb.save(path)
    result = cli("check", path)
    assert result.exit_code == 1
    letter = openpyxl.utils.get_column_letter(where["全社会R&D经费支出"])
    assert f"单元格 {letter}3：「安塞县」的「全社会R&D经费支出」为空" in result.output, result.output
    assert "科技特派员" not in result.output


def test_empty_ledger_uses_the_reported_figure_in_fill_and_docx(yanan_results, yanan_summary):
    """Q2: 高新技术企业 / 市级工程技术研究中心 with empty ledgers: the reported 新增 figure, the same
    figure in 指标结果, in the text and in 附件1."""
    assert yanan_results["高新技术企业"]["achieved"] == 6
    assert yanan_results["市级工程技术研究中心"]["achieved"] == 4
    body, tables = yanan_summary
    # a wide margin: said (qa12b F20); 6 of 5 gets no rate in the text (prose14), 附件1 keeps 120.0%
    assert "新增高新技术企业6家，超额完成年度目标" in body
    assert "新增市级工程技术研究中心4家" in body
    assert "企业台账」中没有本年数据" not in body
    rows = {r[1]: r for r in tables[0][1:]}
    assert rows["新增高新技术企业"][3:6] == ["5", "6", "120.0%"]  # QA5 F16: one decimal kept
    assert "【待补充】" not in "".join(rows["新增市级工程技术研究中心"])


def test_no_invented_year_end_total(yanan_summary):
    """Q5: a 新增 figure without a stock does not become a 年末总数."""
    body, _ = yanan_summary
    # met: its completion in 附件1 (qa12b F20); grouped with the item's other 新增 count (prose14)
    assert "新增市级工程技术研究中心4家、重点实验室2家，" in body
    assert "年末总数达到2家" not in body and "年末总数达到6家" not in body


def test_reported_figure_keeps_its_precision(yanan_summary):
    """Q7: 1.56亿元 is not written 1.6亿元, in the text and in 附件1 alike."""
    body, tables = yanan_summary
    assert "科技研究与开发经费投入1.56亿元" in body
    assert tables[0][1][4] == "1.56"


def test_total_progress_rows_appear_in_the_summary(yanan_summary):
    """Q3: 工作进展 rows numbered 总 are said in the general part."""
    body, _ = yanan_summary
    for _, _, note in YANAN_PROGRESS:
        assert note in body


def test_unknown_progress_number_is_named_and_kept(tmp_path):
    path = tmp_path / "错号.xlsx"
    cli_ok("init", "--year", 2015, "--plan", YANAN_PLAN, path)
    clear_review_notes(path)  # the office checks the flagged rows against the plan first
    fill_yanan(path)
    wb = openpyxl.load_workbook(path)
    wb["工作进展"].append(["九.9", "办公室", "全年开展科技活动周活动。"])
    wb.save(path)
    result = cli_ok("check", path)
    assert "条目编号「九.9」在「工作意见」中不存在" in result.output and "A4" in result.output
    cli_ok("docx", path, "-o", tmp_path / "s.docx")
    assert "全年开展科技活动周活动。" in text_of(tmp_path / "s.docx")[0]


def test_county_notice_says_nothing_false_about_empty_ledgers(yanan, yanan_summary):
    """Q10: no 本年度尚无… for a figure the city reported; no all-zero column in 附件2."""
    folder = yanan.parent / "通报"
    cli_ok("docx", yanan, "--by", "县区", "-o", folder)
    for path in folder.glob("*.docx"):
        body, _ = text_of(path)
        assert "尚无" not in body and "高新技术企业" not in body, path.name
    _, tables = yanan_summary
    header = tables[1][0]
    assert "申请专利（件）" in header
    for j in range(1, len(header), 2):
        assert any(row[j] not in ("0", "—") for row in tables[1][1:]), header[j]


# --- 常德2022: the QA's make_plan.py and fill_data.py + fix.py ------------------------------------

CHANGDE_PLAN = [
    ("title", "常德市科学技术局2022年科技工作要点"),
    ("p", "2022年是实施“十四五”规划的关键之年。全市科技工作的总体要求是：坚持创新驱动发展战略。"),
    ("h1", "一、主要目标"),
    ("p", "2022年，全市全社会研发经费投入总量达到75亿元，占GDP比重达到1.7%，争取达到1.8%；新增高新技术企业80家，"
          "总量突破550家；高新技术产业增加值达到630亿元，占地区GDP比重达到13%左右；技术合同成交额达到60亿元，"
          "增长20%；科技创新综合评价位次保持在全省前5位以内。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）强化企业创新主体地位"),
    ("p", "1.实施高新技术企业倍增行动。建立高新技术企业培育库，科技型中小企业入库数达到1200家。"),
    ("p", "2.引导企业加大研发投入。规模以上工业企业研发费用占营业收入比重比上年提高0.2个百分点。"),
    ("h2", "（二）建设高能级创新平台"),
    ("p", "3.新增创新平台80家，其中省级及以上平台30家。新建院士工作站2个。"),
    ("p", "4.推进常德高新区创建国家高新区，每万人口高价值发明专利拥有量达到3.5件。"),
    ("h2", "（三）优化科技创新生态"),
    ("p", "5.组织实施市级科技计划项目100—120项。财政科技支出增长10%以上。"),
    ("p", "6.深化科技特派员制度，选派科技特派员不少于300人。"),
    ("h1", "三、保障措施"),
    ("p", "加强组织领导，各科室、各区县（市）要细化分解目标任务，明确责任人和时间节点。"),
]
CHANGDE_COUNTIES = ["武陵区", "鼎城区", "安乡县", "汉寿县", "澧县", "临澧县", "桃源县", "石门县", "津市市",
                    "常德经开区", "常德高新区"]
CHANGDE_COUNTY = {
    "全社会R&D经费支出": ([14.2, 9.1, 4.3, 5.6, 7.8, 4.1, 6.9, 5.2, 5.5, 8.4, 9.6],
                    [12.6, 8.2, 3.9, 5.0, 7.0, 3.6, 6.1, 4.8, 5.0, 7.5, 8.3]),
    "地区生产总值": ([760, 560, 260, 330, 560, 240, 490, 420, 250, 330, 300],
               [720, 530, 245, 315, 530, 228, 465, 400, 238, 305, 270]),
    "科技特派员": ([40, 35, 28, 30, 32, 22, 36, 30, 20, 15, 18], [38, 33, 26, 28, 30, 20, 33, 28, 19, 14, 16]),
}
CHANGDE_DEPARTMENT = [
    ("高新科", "新增高新技术企业", "家", 86, None),
    ("高新科", "高新技术企业", "家", 562, 541),
    ("高新科", "高新技术产业增加值", "亿元", 641, 590),
    ("高新科", "高新技术产业增加值占地区GDP比重", "%", 13.2, 12.6),
    ("成果科", "技术合同成交额", "亿元", 61.2, 49.8),
    ("办公室", "科技创新综合评价位次", "位", 4, 6),
    ("高新科", "科技型中小企业入库数", "家", 1236, 980),
    ("计划科", "规模以上工业企业研发费用占营业收入比重", "%", 1.52, 1.38),
    ("合作科", "新增创新平台", "家", 83, None),
    ("合作科", "新增省级及以上平台", "家", 27, None),
    ("合作科", "新增院士工作站", "个", 2, None),
    ("政策法规科", "每万人口高价值发明专利拥有量", "件", 3.62, 2.9),
    ("计划科", "市级科技计划项目", "项", 112, 105),
    ("计划科", "财政科技支出", "亿元", 5.8, 5.1),
]


@pytest.fixture(scope="module")
def changde(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("changde")
    plan = folder / "常德市科学技术局2022年科技工作要点.docx"
    doc = Document()
    for kind, text in CHANGDE_PLAN:
        if kind == "p":
            doc.add_paragraph(text)
        else:
            doc.add_heading(text, {"title": 0, "h1": 1, "h2": 2}[kind])
    doc.save(str(plan))
    path = folder / "常德2022.xlsx"
    cli_ok("init", "--year", 2022, "--plan", plan, path)
    clear_review_notes(path)  # the office checks the flagged rows against the plan first
    wb = openpyxl.load_workbook(path)
    _settings(wb, "常德市", "常德市科学技术局", "2022年12月26日")
    for sheet, which in (("县区数据", 0), ("县区上年数据", 1)):
        ws = wb[sheet]
        where = {normalize_header(c.value)[0]: c.column for c in ws[1] if c.value}
        for i, county in enumerate(CHANGDE_COUNTIES, 2):
            ws.cell(i, where["县区"], county)
            for name, values in CHANGDE_COUNTY.items():
                ws.cell(i, where[name], values[which][i - 2])
    _rows(wb["科室数据"], CHANGDE_DEPARTMENT)
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def changde_summary(changde) -> tuple[str, list]:
    cli_ok("check", changde)
    out = changde.parent / "总结.docx"
    cli_ok("docx", changde, "-o", out)
    return text_of(out)


def test_two_targets_of_one_indicator_said_once(changde_summary):
    """Q6: 新增 + 总量 and 总量 + 增速 in one sentence each; no （增速） in names."""
    body, _ = changde_summary
    # prose10: "同比" only at a paragraph's first rate; prose14 leaves a later one to 附件1
    assert body.count("增长3.9%") <= 1
    # qa12b F20: both met by a small margin — one sentence, the figures once, the verdicts in 附件1
    assert "新增高新技术企业86家，年末总数达到562家" in body
    assert body.count("61.2亿元") == 1
    assert "增速高于年度目标2.9个百分点" not in body
    assert "（增速）" not in body


def test_attachment_rows_state_what_each_target_is_about(changde_summary):
    """Q6: 附件1 shows each row's own target and figure, in % for a growth target."""
    _, tables = changde_summary
    rows = {r[1]: r for r in tables[0][1:]}
    assert rows["新增高新技术企业"][2:5] == ["家", "80", "86"]
    assert rows["高新技术企业"][2:5] == ["家", "550", "562"]
    assert rows["技术合同成交额增速"][2:5] == ["%", "20", "22.9"]
    assert rows["财政科技支出增速"][2:6] == ["%", "10", "13.7", "+3.7"]


def test_rank_target_worded_by_place(changde_summary):
    """Q14: 居第4位，进入前5位目标实现; no 完成率 nor % change for a rank."""
    body, tables = changde_summary
    assert "科技创新综合评价居第4位，比上年前移2位，进入前5位目标实现" in body
    assert "控制在4位" not in body
    row = next(r for r in tables[0][1:] if r[1] == "科技创新综合评价位次")
    assert row[5:7] == ["—", "前移2位"]


def test_rounding_keeps_the_figures_meaning(changde_summary):
    """Q7: 3.62件 (not 4件) against a 3.5 target; 1.79% (not 1.8%) beside a 1.8% 争取值."""
    body, tables = changde_summary
    assert "每万人口高价值发明专利拥有量达到3.62件" in body and "达到4件" not in body
    assert "占GDP的比重1.79%" in body
    row = next(r for r in tables[0][1:] if r[1] == "每万人口高价值发明专利拥有量")
    assert row[3:5] == ["3.5", "3.62"]


def test_missed_growth_target_quotes_the_growth(tmp_path, changde):
    """Q18: 存在的问题 quotes a growth target's growth rate beside its gap in 个百分点."""
    path = tmp_path / "未完成.xlsx"
    path.write_bytes(changde.read_bytes())
    wb = openpyxl.load_workbook(path)
    for row in wb["科室数据"].iter_rows(min_row=2):
        if row[1].value == "财政科技支出":
            row[3].value = 5.2  # 增长2%，目标增长10%
    wb.save(path)
    cli_ok("docx", path, "-o", tmp_path / "s.docx")
    body, _ = text_of(tmp_path / "s.docx")
    problems = body[body.index("二、存在的问题"):]
    # prose15 (qa14b F5): the body says the growth against its target, 存在的问题 names it once more
    assert "财政科技支出5.2亿元，增长2.0%，低于10%的年度目标。" in body[: body.index("二、存在的问题")]
    # named beside the other target whose gap the text gave, in one clause (qa19 F3)
    assert "和财政科技支出增速均未达到年度目标" in problems and "2.0%" not in problems
    assert "财政科技支出5.2亿元，低于" not in problems


# --- Q23: init takes the bureau from the plan's title and lists the reported indicators ----------

def test_init_prefills_settings_and_department_rows(tmp_path):
    path = tmp_path / "新.xlsx"
    cli_ok("init", "--year", 2015, "--plan", YANAN_PLAN, path)
    wb = openpyxl.load_workbook(path)
    settings = {r[0]: r[1] for r in wb["设置"].iter_rows(min_row=2, values_only=True)}
    assert settings["城市名称"] == "延安市" and settings["单位名称"] == "延安市科技局"
    listed = {r[1]: r for r in wb["科室数据"].iter_rows(min_row=2, values_only=True)}
    assert listed["新增重点实验室"][2] == "家" and listed["技术合同交易额"][2] == "万元"
    assert listed["新增市级工程技术研究中心"][3] is None  # the office types only the figures
    # listed rows not yet reported are no error; typing the numbers alone makes check pass
    before = cli("check", path).output
    assert "「本年数」为空" not in before and "「科室」为空" not in before
    figures = {name: (cur, prev) for _, name, _, cur, prev in YANAN_DEPARTMENT}
    figures["新增市级工程技术研究中心"] = (4, None)
    ws = wb["科室数据"]
    for row in ws.iter_rows(min_row=2):
        if row[1].value in figures:
            row[3].value, row[4].value = figures[row[1].value]
    wb.save(path)
    result = cli_ok("check", path)
    assert "校验通过" in result.output, result.output
    out = cli_ok("fill", "--json", path).output
    results = {r["name"]: r for r in json.loads(out[out.index("["):])}
    assert results["市级工程技术研究中心"]["achieved"] == 4
