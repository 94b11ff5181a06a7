"""Issue 9 §4 on real plans: a corpus plan of another place and year, from the text to the summary.

Each case takes a plan of ``tests/plan/corpus`` (published text, with its hand-checked targets in
the JSON beside it), runs ``kjreport init --year Y --plan PLAN`` through the real CLI, and types
the office's figures into the cells init made (openpyxl, as Excel would): 设置, rows of 科室数据
(the rows init lists for the reported targets get their numbers; rows it does not list are added,
named as the office names them), and the counties of 县区数据 / 县区上年数据 — only the columns
this bureau collects; the 2011 seed's 科技特派员 and the like stay empty. Then ``check``, ``fill``
and ``docx`` run through the CLI. Every target must come back in 指标结果 with the right number
and status (computed here by hand from the typed figures), and in the summary with wording that
fits its kind: 新增…家, 达到…%, 控制在…以内, 比上年提高…个百分点, …左右的要求.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from kjreport.indicators.catalogue import short_names
from kjreport.workbook import unitsheets
from kjreport.workbook.schema import normalize_header
from tests.conftest import clear_review_notes
from tests.helpers import cli, fill_areas, fill_settings

CORPUS = Path(__file__).resolve().parents[1] / "plan" / "corpus"


@dataclass
class Office:
    """A bureau and what it types in after ``init``."""

    plan: str  # corpus id
    year: int
    city: str
    unit: str
    rows: list[tuple]  # 科室数据: 科室, 指标 (the office's own name), 单位, 本年数, 上年数
    counties: dict[str, tuple[float, float]]  # 县区数据: 全社会R&D经费支出, 地区生产总值
    previous: dict[str, tuple[float, float]]  # 县区上年数据: the same
    # result name → (目标类型, 按目标口径实际值, 状态), worked out by hand from the figures above
    expected: dict[str, tuple[str, float, str]] = field(default_factory=dict)
    wording: list[str] = field(default_factory=list)  # phrases the summary must contain
    not_said: list[str] = field(default_factory=list)  # phrases it must not contain
    departments: dict[str, str] = field(default_factory=dict)  # 目标任务 指标 → 责任科室 (catalogue)
    # 附件1 rows of rank targets (单位 位): 指标 → [目标, 本年, 同比, 比上年]; {} when the plan has none
    ranks: dict[str, list[str]] = field(default_factory=dict)
    # 附件1 目标 cells worth checking: 指标 (row label) → 目标 as shown ("年均18" for a plan period)
    target_cells: dict[str, str] = field(default_factory=dict)

    def rd_share(self, data: dict[str, tuple[float, float]]) -> float:
        return sum(v[0] for v in data.values()) / sum(v[1] for v in data.values()) * 100


CHANGDE = Office(  # 湖南省常德市 2022: 新增 and 总量 of one stock, %, 左右, targets read from the text
    "2022_changde_news", 2022, "常德市", "常德市科学技术局",
    rows=[
        ("高新科", "新增高新技术企业", "家", 86, None),  # listed by init: the 新增 figure
        ("高新科", "高新技术企业数", "家", 562, 476),  # added: the stock, under a synonym
        ("高新科", "高新技术产业增加值", "亿元", 612, 571),
        ("高新科", "高新技术产业增加值占地区GDP比重", "%", 13.2, 12.6),
        ("计划科", "新增创新平台", "家", 83, None),
        ("计划科", "创新平台", "家", 405, 322),  # added: the stock
        ("计划科", "新增省级及以上平台", "家", 27, None),  # only the 新增 figure is known
    ],
    counties={"武陵区": (22.6, 1080), "鼎城区": (11.9, 640), "澧县": (10.4, 580), "桃源县": (9.8, 560),
              "石门县": (8.3, 470), "汉寿县": (6.4, 380), "津市市": (5.2, 260)},
    previous={"武陵区": (19.8, 1010), "鼎城区": (10.2, 600), "澧县": (9.1, 545), "桃源县": (8.6, 525),
              "石门县": (7.2, 440), "汉寿县": (5.5, 355), "津市市": (4.6, 245)},
    expected={
        "全社会R&D经费投入": ("总量", 74.6, "基本完成"),  # 74.6 / 75 = 99.5 %
        "新增高新技术企业": ("新增", 86, "超额完成"),  # 562 − 476 = 86 ≥ 80
        "高新技术企业": ("总量", 562, "超额完成"),  # ≥ 550
        "高新技术产业增加值": ("总量", 612, "基本完成"),  # 97.1 %
        "高新技术产业增加值占地区GDP比重": ("总量", 13.2, "完成"),  # 13 % 左右 (±0.5)
        "创新平台": ("新增", 83, "超额完成"),  # 405 − 322
        "省级及以上平台": ("新增", 27, "基本完成"),  # 27 / 30 = 90 %
    },
    wording=[
        "在市委、市政府的正确领导下",
        # qa12b F20: completion once in the overview (基本完成 named), the body narrates, the gaps in 存在的问题
        "全年8项目标任务中，超额完成4项，完成1项，基本完成3项。基本完成的是全社会R&D经费投入、高新技术产业增加值和新增省级及以上平台。",
        "全年实现研发投入74.6亿元，同比增长14.8%，占GDP的比重1.88%，提高0.13个百分点。",  # QA6 F9; said in full just before
        "研发投入距年度目标尚差0.4亿元",  # prose14: the gap, not the figure again; its 简称 (qa19 F4)
        "新增高新技术企业86家，年末总数达到562家，增长18.1%",
        "占地区GDP的比重13.2%，提高0.6个百分点",
        "新增创新平台83家，年末总数达405家",
        "新增省级及以上平台27家。",
        "新增省级及以上平台距年度目标尚差3家",  # 问题: the 新增 figure, not the stock
    ],
    not_said=["年末总数达到27家", "高新技术企业达到562家"],  # no invented total, no repeated stock
    departments={"高新技术产业增加值": "高新科", "高新技术企业": "高新科", "全社会R&D经费投入": "计划科"},
)

DONGTOU = Office(  # 浙江省温州市洞头区 2027: ≤ a rank, an index without a unit, 人年, 项
    "2027_dongtou_plan", 2027, "洞头区", "温州市洞头区科学技术局",
    rows=[
        ("办公室", "区域科技创新指数", None, 163.5, 151.2),
        ("办公室", "科技进步综合评价位次", "位", 36, 45),
        ("计划科", "省级重点企业研究院", "家", 1, 0),
        ("计划科", "市级重点实验室", "家", 2, 1),
        ("计划科", "新型研发机构", "家", 1, 0),
        ("计划科", "每万名就业人员中研发人员", "人年", 212, 196),
        ("计划科", "省“尖兵”“领雁”立项", "项", 8, 6),
        ("计划科", "市“揭榜挂帅”立项", "项", 9, 7),
        ("成果科", "省科技进步奖", "项", 2, 1),
    ],
    counties={"北岙街道": (4.1, 98), "东屏街道": (2.3, 61), "元觉街道": (1.2, 37), "霓屿街道": (0.9, 30),
              "大门镇": (1.5, 44), "鹿西乡": (0.3, 12)},
    previous={"北岙街道": (3.6, 92), "东屏街道": (2.0, 57), "元觉街道": (1.0, 35), "霓屿街道": (0.8, 28),
              "大门镇": (1.3, 41), "鹿西乡": (0.25, 11)},
    expected={
        "区域科技创新指数": ("总量", 163.5, "超额完成"),
        "科技进步综合评价位次": ("总量", 36, "完成"),  # ≤ 40
        "省级重点企业研究院": ("总量", 1, "完成"),
        "市级重点实验室": ("总量", 2, "超额完成"),
        "每万名就业人员中研发人员": ("总量", 212, "超额完成"),
        "市“揭榜挂帅”立项": ("总量", 9, "基本完成"),
        "省科技进步奖": ("总量", 2, "完成"),
    },
    wording=[
        "全社会R&D经费投入占GDP比重达到3.65%，比上年提高0.26个百分点。",  # QA6 F9; met: 附件1 (qa12b F20)
        "在区委、区政府的正确领导下",  # a district's bureau, not 市委、市政府
        "科技进步综合评价居第36位，比上年前移9位，进入前40位目标实现",  # a ≤ rank target, met (a place: said)
        "区域科技创新指数达163.5。",  # prose14: after the section's first result, no change on last year
        "每万名就业人员中研发人员达212人年",
        "省级重点企业研究院、新型研发机构实现零的突破",
        "市“揭榜挂帅”立项距年度目标尚差1项",
    ],
    not_said=["163.50", "212.00", "控制在36位", "完成率90%"],
    departments={"区域科技创新指数": "办公室", "科技进步综合评价位次": "办公室", "省科技进步奖": "成果科",
                 "每万名就业人员中研发人员": "计划科"},
    ranks={"科技进步综合评价位次": ["≤40", "36", "—", "前移9位"]},  # not 90% and −20%
)

QINGYANG = Office(  # 甘肃省庆阳市 (≈2019): 提高N个百分点 beside 达到N%, 新增, a per-head count
    "2019_qingyang_news", 2019, "庆阳市", "庆阳市科学技术局",
    rows=[
        ("计划科", "科技进步贡献率", "%", 57.0, 54.8),
        ("计划科", "财政科技投入占本级财政支出的比重", "%", 1.52, 1.41),
        ("成果科", "技术市场成交合同金额", "亿元", 41.3, 36.2),  # init names it without a stray 年
        ("成果科", "专利申请量", "件", 8420, 7960),
        ("成果科", "每万人口发明专利拥有量", "件", 11.2, 9.6),
        ("高新科", "新增高新技术企业", "家", 93, None),
        ("高新科", "高新技术企业数", "家", 312, 219),
    ],
    counties={"西峰区": (6.9, 260), "庆城县": (2.6, 115), "环县": (1.9, 98), "华池县": (1.6, 85),
              "合水县": (1.1, 60), "正宁县": (0.8, 45), "宁县": (1.4, 70), "镇原县": (1.3, 72)},
    previous={"西峰区": (6.1, 245), "庆城县": (2.3, 108), "环县": (1.7, 92), "华池县": (1.5, 80),
              "合水县": (1.0, 57), "正宁县": (0.7, 43), "宁县": (1.2, 66), "镇原县": (1.1, 68)},
    expected={
        "科技进步贡献率（提高）": ("提高", 2.2, "超额完成"),  # 附件1 calls it 科技进步贡献率提高幅度  # 57.0 − 54.8 ≥ 2
        "科技进步贡献率": ("总量", 57.0, "超额完成"),  # ≥ 56.51
        "财政科技投入占本级财政支出的比重": ("总量", 1.52, "基本完成"),  # 0.08 pp short
        "技术市场成交合同金额": ("总量", 41.3, "超额完成"),
        "专利申请量": ("总量", 8420, "基本完成"),  # 96.8 %
        "每万人口发明专利拥有量": ("总量", 11.2, "超额完成"),
        "高新技术企业": ("新增", 93, "超额完成"),  # 312 − 219 ≥ 85
    },
    wording=[
        # QA6 F9: the 总量 target is typed 56.51 (two decimals): the whole sentence shows two
        "科技进步贡献率达到57.00%，比上年提高2.20个百分点。",  # both met by a small margin: 附件1 (qa12b F20)
        "研发投入强度达2.19%",  # QA6 F9: two decimals; said in full just before
        "每万人口发明专利拥有量达11.2件",
        "新增高新技术企业93家，年末总数达312家",
        "专利申请量达8420件，增长5.8%。",
        "专利申请量距年度目标尚差280件",  # 存在的问题 (qa12b F20)
    ],
    not_said=["科技进步贡献率（提高）", "科技进步贡献率提高幅度达到"],
    departments={"科技进步贡献率": "计划科", "每万人口发明专利拥有量": "成果科", "高新技术企业": "高新科"},
)

FUZHOU = Office(  # 福建省福州市 2025 (“十四五”目标): 年均增长 of a plan period, 累计, 左右, counties
    "2025_fuzhou_news", 2025, "福州市", "福州市科学技术局",
    rows=[
        ("计划科", "基础研究经费支出占社会R&D投入强度", "%", 6.2, 5.8),
        ("计划科", "数字经济规模占GDP比重", "%", 51, 48),
        ("计划科", "每万人就业人员中研发人员数", "人", 85, 80),
        ("高新科", "高新技术企业", "家", 4100, 3900),
        ("高新科", "规上工业战略性新兴产业增加值占规上工业增加值比重", "%", 35.4, 33.1),
        ("成果科", "每万人发明专利拥有量", "件", 33, 30),
        ("成果科", "技术市场交易额", "亿元", 310, 250),  # init names it so, not 技术市场交易
        ("高新科", "市级以上众创空间、孵化器", "家", 205, 190),
    ],
    counties={"鼓楼区": (120.0, 3900), "仓山区": (95.4, 3100), "闽侯县": (180.0, 6000)},
    previous={"鼓楼区": (100.0, 3700), "仓山区": (82.0, 2950), "闽侯县": (151.4, 5650)},
    expected={
        "全社会R&D经费投入": ("年均增速", 18.5963, "超额完成"),  # 395.4 / 333.4 − 1 against 年均18%
        "全社会R&D经费投入占GDP比重": ("总量", 3.0415, "完成"),  # 3% 左右 (±5 %)
        "技术市场交易额": ("累计", 310, "超额完成"),
    },
    wording=[
        "全年实现全社会R&D经费投入395.4亿元，同比增长18.6%，",  # above the plan's 年均18%: 附件1 (qa12b F20)
        "全年10项目标任务全部完成，其中9项超额完成。",
        "技术市场交易额累计达310亿元",
        # every target sits in a headed part (no 主要任务目标 paragraph): counties lag on all of them
        "县区之间发展不平衡",
    ],
    not_said=["增速高于年度目标", "技术市场交易累计"],  # a plan period's average is no 年度目标
    target_cells={"全社会R&D经费投入增速": "年均18", "技术市场交易额": "300"},
)

PANAN = Office(  # 浙江省金华市磐安县 2025: a county bureau with no 县区, the R&D share typed in 科室数据
    "2025_panan_guihua", 2025, "磐安县", "磐安县科学技术局",
    rows=[
        ("计划科", "全社会R&D经费投入占GDP比重", "%", 2.86, 2.62),  # listed by init: no counties to sum
        ("高新科", "高新技术产业增加值占规上工业增加值比重", "%", 61.2, 58.4),
        ("高新科", "高新技术企业", "家", 83, 76),
        ("高新科", "省科技型中小企业", "家", 251, 238),
        ("计划科", "省级以上研发机构", "家", 41, 37),
        ("计划科", "数字经济核心产业增加值占GDP比重", "%", 5.3, 4.9),
        ("成果科", "每万人高价值发明专利拥有量", "件", 5.6, 4.8),
    ],
    counties={},
    previous={},
    expected={
        "全社会R&D经费投入占GDP比重": ("总量", 2.86, "超额完成"),  # the typed figure, 科室报送
        "省科技型中小企业": ("总量", 251, "基本完成"),  # 96.5 %
    },
    wording=[
        "在县委、县政府的正确领导下",
        "全社会R&D经费投入占GDP比重达到2.86%，比上年提高0.24个百分点。",  # met: 附件1 (qa12b F20)
        "基本完成的是省科技型中小企业。",
        "省科技型中小企业距年度目标尚差9家",
    ],
    not_said=["【待补充：全社会R&D"],
)

OFFICES = [CHANGDE, DONGTOU, QINGYANG, FUZHOU, PANAN]


def type_figures(path: Path, office: Office) -> None:
    """Fill the new workbook as the office does in Excel: settings, its rows, its counties."""
    wb = openpyxl.load_workbook(path)
    fill_settings(wb, 城市名称=office.city, 单位名称=office.unit, 成文日期=f"{office.year}年12月20日")
    ws = wb["科室数据"]
    listed = {ws.cell(r, 2).value: r for r in range(2, ws.max_row + 1) if ws.cell(r, 2).value}
    added = ws.max_row + 1
    for department, name, unit, current, previous in office.rows:
        row = listed.get(name)
        if row is None:
            row, added = added, added + 1
        for j, v in enumerate((department, name, unit, current, previous), 1):
            ws.cell(row, j, v)
    named, _ = unitsheets.resolve(wb.sheetnames)  # a 县's plan gets 乡镇数据 / 乡镇上年数据 (qa11b F12)
    for key, data in ((unitsheets.COUNTY, office.counties), (unitsheets.COUNTY_PREVIOUS, office.previous)):
        ws = wb[named[key]]
        unit = normalize_header(ws.cell(1, 1).value)[0]  # the unit-name column: 县区, or 乡镇 in a county's book
        # init gives only the columns the plan's targets use: fill_areas adds them as an office would
        fill_areas(ws, [{unit: county, "全社会R&D经费支出": rd, "地区生产总值": gdp} for county, (rd, gdp) in data.items()],
                   {column: f"{column}（亿元）" for column in ("全社会R&D经费支出", "地区生产总值")})
    wb.save(path)


def _rows(path: Path, sheet: str) -> list[dict]:
    rows = list(openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True))
    out = []
    for r in rows[1:]:
        if not r or r[0] is None:
            break  # 指标结果: the county block follows after an empty row
        out.append(dict(zip(rows[0], r, strict=False)))
    return out


@dataclass
class Run:
    office: Office
    plan: dict  # the corpus JSON: hand-checked targets
    targets: list[dict]  # 目标任务 as init wrote it
    check: str
    results: dict[str, dict]  # 指标结果 by name
    summary: str
    table: dict[str, list[str]]  # 附件1 主要指标完成情况表: 指标 → row


@pytest.fixture(scope="module", params=OFFICES, ids=[o.plan for o in OFFICES])
def done(request, tmp_path_factory) -> Run:
    office: Office = request.param
    folder = tmp_path_factory.mktemp(office.plan)
    plan = folder / f"{office.plan}.txt"
    plan.write_bytes((CORPUS / f"{office.plan}.txt").read_bytes())
    book = folder / f"{office.city}{office.year}年科技工作.xlsx"
    made = cli("init", "--year", office.year, "--plan", plan, book)
    assert made.exit_code == 0, made.output
    targets = _rows(book, "目标任务")
    clear_review_notes(book)  # the office checks the flagged rows against the plan first
    type_figures(book, office)
    check = cli("check", book)
    assert check.exit_code == 0, check.output
    fill = cli("fill", book)
    assert fill.exit_code == 0, fill.output
    out = folder / "总结.docx"
    docx = cli("docx", book, "-o", out, "--no-charts")
    assert docx.exit_code == 0, docx.output
    document = Document(out)
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n" + "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    table = {row.cells[1].text: [c.text for c in row.cells] for row in document.tables[0].rows[1:]}
    return Run(office, json.loads((CORPUS / f"{office.plan}.json").read_text(encoding="utf-8")), targets,
               check.output, {r["指标"]: r for r in _rows(book, "指标结果")}, text, table)


def test_init_imports_every_hand_checked_target(done):
    want = sorted((t["value"], t["kind"], t["comparator"]) for t in done.plan["targets"])
    # the corpus labels a plan period's 年均增长 as 增速 (the growth is this year's, as for 增速)
    got = sorted((float(t["目标值"]), t["目标类型"].replace("年均增速", "增速"), t["比较"]) for t in done.targets)
    assert got == want


def test_catalogue_indicators_get_their_department(done):
    by_name = {t["指标"]: t["责任科室"] for t in done.targets}
    for name, department in done.office.departments.items():
        assert by_name[name] == department, name
        result = next(r for r in done.results.values() if name in r["指标"])
        assert result["责任科室"] == department, name


def test_check_reports_no_errors(done):
    # the seed's county columns this bureau does not collect (科技特派员 …) are left empty: no error
    assert "没有错误" in done.check and "[错误]" not in done.check


def test_every_target_has_a_result(done):
    with_target = [r for r in done.results.values() if r["目标"] is not None]
    assert len(with_target) == len(done.targets)
    assert all(r["状态"] in ("超额完成", "完成", "基本完成", "未完成") for r in with_target), with_target


def test_numbers_are_right(done):
    office = done.office
    for name, (kind, achieved, status) in office.expected.items():
        r = done.results[name]
        assert (r["目标类型"], r["状态"]) == (kind, status), name
        assert r["按目标口径实际值"] == pytest.approx(achieved), name
    rd = done.results["全社会R&D经费投入占GDP比重"]  # built-in, from the counties the office typed
    if office.counties:
        assert rd["本年"] == pytest.approx(office.rd_share(office.counties), abs=1e-3)
        assert rd["上年"] == pytest.approx(office.rd_share(office.previous), abs=1e-3)
        assert rd["指标来源"] == "内置"
    else:  # a county without 县区: the figure typed in 科室数据
        typed = next(r for r in office.rows if r[1] == "全社会R&D经费投入占GDP比重")
        assert (rd["本年"], rd["上年"], rd["指标来源"]) == (typed[3], typed[4], "科室报送")


def test_summary_says_every_target_in_words_that_fit_its_kind(done):
    for r in done.results.values():
        if r["目标"] is not None:
            assert r["指标"].removesuffix("（提高）") in done.summary, r["指标"]
    for phrase in done.office.wording:
        assert phrase in done.summary, phrase
    for phrase in done.office.not_said:
        assert phrase not in done.summary, phrase
    assert "【待补充" not in done.summary.split("三、")[0]  # the figures part is complete


def test_a_long_name_is_said_in_full_once_a_part_then_by_its_short_name(done):
    # 全社会R&D经费投入 five times in 500 characters read machine-made (常德 2022)
    shorts = short_names()
    body = done.summary.split("\n附件：")[0]
    names = re.compile("|".join(re.escape(n) for n in sorted(shorts, key=len, reverse=True)))
    for part in re.split(r"\n[一二三四五六七八九十]、", body):
        said = [shorts[m.group()] for m in names.finditer(part)]
        assert len(said) == len(set(said)), (said, part)
    if done.office is CHANGDE:
        assert "研发投入" in body.replace("全社会R&D经费投入", "")


def test_completion_table_shows_what_each_target_counts(done):
    assert len(done.table) == len(done.targets)
    for name, (kind, achieved, _) in done.office.expected.items():
        if kind in ("新增", "提高"):
            label = name.replace("（提高）", "提高幅度") if kind == "提高" else (
                name if name.startswith(kind) else kind + name)
            row = done.table[label]
            assert float(row[4].replace(",", "")) == pytest.approx(achieved), row  # 完成 = 86, not 562
            assert row[2] == ("个百分点" if kind == "提高" else done.results[name]["单位"]), row


def test_a_rank_reads_as_a_rank_in_the_table(done):
    # every plan: the rank targets it has (none for 常德 and 庆阳) and no other row shown as a rank
    ranks = {name: row for name, row in done.table.items() if row[2] == "位"}
    assert set(ranks) == set(done.office.ranks), ranks
    for name, want in done.office.ranks.items():
        assert ranks[name][3:7] == want, ranks[name]
    moved = [row for row in done.table.values() if "前移" in row[6] or "后移" in row[6]]
    assert len(moved) == len(done.office.ranks), moved


def test_the_table_shows_what_kind_of_target_each_is(done):
    for label, shown in done.office.target_cells.items():
        assert done.table[label][3] == shown, done.table[label]
