"""The bundled sample workbook: it matches its script, the schema, and the story it must tell.

Counts are made here with plain Python over openpyxl rows, independent of kjreport's indicators,
so a wrong sample cannot hide behind a wrong indicator (or the other way round).
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kjreport.workbook import schema

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "samples" / "make_sample.py"
SAMPLE = ROOT / "samples" / "sample2011.xlsx"
PROVINCE_SCRIPT = ROOT / "benchmarks" / "make_province.py"
UNIT_OVERRIDES = {  # columns the sample writes in another unit than the schema's (万元 → 亿元)
    "县区数据": {"全社会R&D经费支出": "万元", "企业R&D经费支出": "万元"},
    "县区上年数据": {"全社会R&D经费支出": "万元", "企业R&D经费支出": "万元"},
    "项目台账": {"经费": "万元"},
    "企业台账": {"主营业务收入": "万元", "R&D经费支出": "万元"},
}
LEFT_OUT = {"数据年度"}  # optional columns the sample does not write (make_sample.LEFT_OUT)
SHEET_ORDER = [
    "说明",
    "设置",
    "工作意见",
    "目标任务",
    "县区数据",
    "县区上年数据",
    "科室数据",
    "工作进展",
    "项目台账",
    "企业台账",
    "平台台账",
    "增长核算",
    "下年工作打算",
    "收件人",
    "时间节点",
    "月度数据",
    "下步措施",
]


@pytest.fixture(scope="module")
def book():
    if not SAMPLE.exists():
        pytest.fail("samples/sample2011.xlsx is missing: run python samples/make_sample.py")
    return load_workbook(SAMPLE)


def records(book, sheet: str) -> list[dict]:
    """Return the data rows of ``sheet`` as dicts keyed by header."""
    rows = list(book[sheet].values)
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:] if any(v is not None for v in r)]


def types(row: dict) -> set[str]:
    return set(row["企业类型"].split("、"))


# --- the committed file is what the script writes ---------------------------------------------


def test_regenerated_sample_has_the_same_values(book, tmp_path):
    out = tmp_path / "again.xlsx"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(out)], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    again = load_workbook(out)
    assert again.sheetnames == book.sheetnames
    for name in book.sheetnames:
        assert list(again[name].values) == list(book[name].values), f"sheet {name} drifted"


# --- format ------------------------------------------------------------------------------------


def test_sheets_in_order(book):
    assert book.sheetnames == SHEET_ORDER


@pytest.mark.parametrize("spec", schema.DATA_SHEETS, ids=lambda s: s.name)
def test_headers_match_schema(book, spec):
    header = [c.value for c in book[spec.name][1]]
    units = UNIT_OVERRIDES.get(spec.name, {})
    columns = [c for c in spec.columns if c.required or c.name not in LEFT_OUT]
    expected = [f"{c.name}（{units[c.name]}）" if c.name in units else c.header for c in columns]
    if spec.name == schema.MONTHLY.name:  # then one column per month
        header, months = header[: len(expected)], header[len(expected) :]
        assert months == [f"{m}月" for m in range(1, 13)]
    assert header == expected
    for text, column in zip(header, columns, strict=True):
        assert schema.normalize_header(text)[0] == schema.canonical(column.name)


def test_settings_keys_and_values(book):
    rows = list(book["设置"].values)
    assert rows[0] == ("项目", "值")
    values = dict(rows[1:])
    assert list(values)[: len(schema.SETTING_KEYS)] == list(schema.SETTING_KEYS)
    assert values["城市名称"] == "鲁泽市" and values["单位名称"] == "鲁泽市科学技术局"
    assert values["年度"] == 2011 and values["资本产出弹性α"] + values["劳动产出弹性β"] == 1
    assert values["邮件服务器"] == "smtp.exmail.qq.com" and values["邮件端口"] == 465


def test_readme_says_the_data_are_fictional(book):
    text = "\n".join(str(r[0]) for r in book["说明"].values if r[0])
    assert "示例数据" in text and "虚构" in text
    for spec in schema.DATA_SHEETS:
        assert spec.name in text


def test_no_formulas_and_no_merged_cells(book):
    for ws in book.worksheets:
        assert not ws.merged_cells.ranges, ws.title
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate}"


def test_office_look(book):
    for name in SHEET_ORDER[1:]:
        ws = book[name]
        assert ws.freeze_panes == "A2", name
        assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("4F81BD"), name
    assert book["县区数据"]["B2"].number_format == "0.00"
    assert book["县区数据"]["G2"].number_format == "0"
    lists = {
        name: {str(dv.sqref)[0]: dv.formula1 for dv in book[name].data_validations.dataValidation}
        for name in ("项目台账", "平台台账", "科室数据", "目标任务")
    }
    assert "国家级" in lists["项目台账"]["F"] and "产学研合作" in lists["项目台账"]["E"]
    assert lists["项目台账"]["D"] == "'县区数据'!$A$2:$A$11"
    assert "院士工作站" in lists["平台台账"]["B"] and "不可比" in lists["科室数据"]["F"]
    assert lists["目标任务"]["D"] == '"≥,≤,≈,区间"'  # issue 9: ≈ (左右) and 区间 added


def test_the_reader_finds_no_problem(book):
    """kjreport's own sheet reader accepts every sheet and converts 万元 headers to 亿元."""
    from kjreport.workbook.tables import read_table
    from kjreport.workbook.xlsx import XlsxFile

    source = XlsxFile(SAMPLE)
    try:
        tables = {}
        for spec in schema.DATA_SHEETS:
            problems: list = []
            tables[spec.name] = read_table(
                SAMPLE.name, source.read_sheet(spec.name), spec, problems
            )
            assert problems == [], (spec.name, [str(p) for p in problems[:3]])
    finally:
        source.close()
    rd = sum(r.values["全社会R&D经费支出"] for r in tables["县区数据"].rows)
    assert rd == pytest.approx(9.4)


# --- the plan, targets and notes ----------------------------------------------------------------


def test_plan_tree(book):
    plan = records(book, "工作意见")
    codes = [r["编号"] for r in plan]
    assert len(codes) == len(set(codes)) == 40
    assert codes[0] == "总" and plan[0]["层级"] == "总" and "800亿元" in plan[0]["正文"]
    by_code = {r["编号"]: r for r in plan}
    assert by_code["一"]["标号"] == "一、" and by_code["二.1"]["标号"] == "（一）"
    assert by_code["一.2"]["标号"] == "二是" and by_code["四.4.4"]["层级"] == "条"
    for code in codes[1:]:
        parent = code.rsplit(".", 1)[0]
        assert "." not in code or parent in by_code, code


def test_targets(book):
    targets = records(book, "目标任务")
    assert len(targets) == 34
    codes = {r["编号"] for r in records(book, "工作意见")}
    for t in targets:
        assert t["比较"] == "≥" and t["原文"]
        assert set(t["所属条目"].split("、")) <= codes, t["指标"]
    by_name = {t["指标"]: t for t in targets}
    assert by_name["高新技术产业产值"]["目标值"] == 800
    assert by_name["科技进步贡献率"]["单位"] == "%"


def test_progress_notes_leave_two_items_bare(book):
    notes = records(book, "工作进展")
    noted = {n["条目编号"] for n in notes}
    codes = {r["编号"] for r in records(book, "工作意见")}
    assert noted <= codes
    assert "一.3" not in noted and "四.4.4" not in noted
    assert {"一.1", "二.2.2", "四.2", "四.4.3"} <= noted
    assert (
        max(Counter(n["条目编号"] for n in notes).values()) >= 2
    )  # some items have two departments


# --- the numbers the summary must find -----------------------------------------------------------


def test_county_totals(book):
    now, before = records(book, "县区数据"), records(book, "县区上年数据")
    assert [r["县区"] for r in now] == [
        "清河区",
        "丰源区",
        "高新区",
        "金堤县",
        "凤城县",
        "柳桥县",
        "南湖县",
        "双河县",
        "临泽县",
        "西山县",
    ]

    def total(rows, column):
        return sum(r[column] for r in rows)

    assert total(now, "高新技术产业产值（亿元）") == pytest.approx(812.0)
    assert total(before, "高新技术产业产值（亿元）") == pytest.approx(706.0)
    share_now = (
        total(now, "高新技术产业产值（亿元）") / total(now, "规模以上工业总产值（亿元）") * 100
    )
    share_before = (
        total(before, "高新技术产业产值（亿元）")
        / total(before, "规模以上工业总产值（亿元）")
        * 100
    )
    assert round(share_now, 1) == 27.1 and round(share_before, 1) == 25.7
    assert total(now, "全社会R&D经费支出（万元）") == 94000
    assert total(before, "全社会R&D经费支出（万元）") == 79000
    assert total(now, "企业R&D经费支出（万元）") == 86000
    assert total(before, "企业R&D经费支出（万元）") == 72000
    rd_gdp = (
        total(now, "全社会R&D经费支出（万元）") / 1e4 / total(now, "地区生产总值（亿元）") * 100
    )
    assert round(rd_gdp, 2) == 0.76
    assert (total(now, "科技特派员（人）"), total(before, "科技特派员（人）")) == (1260, 1105)
    assert (total(now, "利益共同体（个）"), total(before, "利益共同体（个）")) == (578, 590)
    assert total(now, "培训农民（万人次）") == pytest.approx(32.6)
    assert total(before, "培训农民（万人次）") == pytest.approx(28.4)


def test_one_county_declines_and_lags(book):
    now = {r["县区"]: r for r in records(book, "县区数据")}
    before = {r["县区"]: r for r in records(book, "县区上年数据")}
    declined = [
        c for c in now if now[c]["高新技术产业产值（亿元）"] < before[c]["高新技术产业产值（亿元）"]
    ]
    assert declined == ["西山县"]
    intensity = {
        c: r["全社会R&D经费支出（万元）"] / r["地区生产总值（亿元）"] for c, r in now.items()
    }
    assert min(intensity, key=intensity.get) == "西山县"
    biggest = sorted(now, key=lambda c: now[c]["高新技术产业产值（亿元）"], reverse=True)[:2]
    assert set(biggest) == {"高新区", "清河区"}


def project_count(rows, year, category, levels=None):
    return sum(
        1
        for r in rows
        if r["年度"] == year
        and r["项目类别"] == category
        and (levels is None or r["级别"] in levels)
    )


@pytest.mark.parametrize(
    ("category", "levels", "count_2011", "count_2010"),
    [
        ("科技计划项目", ("国家级", "省级"), 38, 33),
        ("技术创新提升工程重大专项", ("市级",), 10, 8),
        ("技术创新提升工程重大专项", ("国家级", "省级"), 4, 3),
        ("科技成果", None, 112, 96),
        ("成果推广计划", ("省级",), 20, 23),
        ("节能减排项目", None, 6, 4),
        ("节能新技术推广", None, 11, 9),
        ("民生科技项目", None, 5, 5),
    ],
)
def test_project_counts(book, category, levels, count_2011, count_2010):
    rows = records(book, "项目台账")
    assert project_count(rows, 2011, category, levels) == count_2011
    assert project_count(rows, 2010, category, levels) == count_2010


def test_project_ledger_shape(book):
    rows = records(book, "项目台账")
    assert 500 <= len(rows) <= 1200 and {r["年度"] for r in rows} == {2010, 2011}
    assert 100 <= project_count(rows, 2011, "科技计划项目", ("市级",)) <= 140
    counties = {r["县区"] for r in records(book, "县区数据")}
    assert {r["县区"] for r in rows} <= counties
    coop = [r for r in rows if r["年度"] == 2011 and r["项目类别"] == "产学研合作"]
    assert 60 <= len(coop) <= 80 and len({r["承担单位"] for r in coop}) == 53
    coop_2010 = {r["承担单位"] for r in rows if r["年度"] == 2010 and r["项目类别"] == "产学研合作"}
    assert len(coop_2010) == 41


@pytest.mark.parametrize(
    ("kind", "count_2011", "count_2010"),
    [
        ("高新技术企业", 158, 136),
        ("市级创新型试点企业", 103, 88),
        ("创新型企业", 30, 24),
        ("省级创新型试点企业", 16, 12),
    ],
)
def test_enterprise_counts(book, kind, count_2011, count_2010):
    rows = records(book, "企业台账")
    assert sum(1 for r in rows if kind in types(r) and r["认定年份"] <= 2011) == count_2011
    assert sum(1 for r in rows if kind in types(r) and r["认定年份"] <= 2010) == count_2010


def test_key_enterprises_and_rd_intensity(book):
    rows = records(book, "企业台账")
    keys = [r for r in rows if r["重点企业"] == "是"]
    assert len(keys) == 30 and sum(r["工业总产值（亿元）"] for r in keys) == pytest.approx(418.0)

    def ratio(group):
        return (
            sum(r["R&D经费支出（万元）"] for r in group)
            / sum(r["主营业务收入（万元）"] for r in group)
            * 100
        )

    innovative = [r for r in rows if "创新型企业" in types(r)]
    others = [
        r
        for r in rows
        if "创新型企业" not in types(r) and types(r) & {"高新技术企业", "市级创新型试点企业"}
    ]
    assert ratio(innovative) == pytest.approx(5.3, abs=0.05)
    assert sum(1 for r in innovative if ratio([r]) < 5) == 3
    assert ratio(others) == pytest.approx(3.4, abs=0.05)
    assert sum(1 for r in others if ratio([r]) < 3) == 9


@pytest.mark.parametrize(
    ("kind", "levels", "count_2011", "count_2010"),
    [
        ("工程技术研究中心", ("市级",), 32, 27),
        ("工程技术研究中心", ("国家级", "省级"), 6, 5),
        ("产业技术创新战略联盟", None, 3, 0),
        ("院士工作站", None, 2, 1),
        ("农业科技示范园区", None, 10, 8),
    ],
)
def test_platform_counts(book, kind, levels, count_2011, count_2010):
    rows = records(book, "平台台账")
    for year, count in ((2011, count_2011), (2010, count_2010)):
        assert (
            sum(
                1
                for r in rows
                if r["平台类型"] == kind
                and r["认定年份"] <= year
                and (levels is None or r["级别"] in levels)
            )
            == count
        )


def test_department_figures(book):
    rows = {r["指标"]: r for r in records(book, "科室数据")}
    assert (
        rows["一区五园高新技术产业产值"]["本年数"],
        rows["一区五园高新技术产业产值"]["上年数"],
    ) == (430, 380)
    assert rows["来市指导院士"]["本年数"] == 7
    assert rows["来市指导专家"]["口径"] == "不可比" and "新口径" in rows["来市指导专家"]["备注"]
    assert rows["财政科技拨款"]["本年数"] == 2.35


def contribution(series: dict, start: int, end: int) -> float:
    """Return E_A (%) by the level method with α = 0.35, β = 0.65."""
    n = end - start

    def growth(column):
        return (series[end][column] / series[start][column]) ** (1 / n) - 1

    y = growth("地区生产总值（可比价）（亿元）")
    k, labour = growth("资本存量（亿元）"), growth("从业人员（万人）")
    return (y - 0.35 * k - 0.65 * labour) / y * 100


def test_growth_accounting(book):
    series = {r["年份"]: r for r in records(book, "增长核算")}
    assert sorted(series) == list(range(2005, 2012))
    current = contribution(series, 2006, 2011)
    assert current == pytest.approx(50.8, abs=0.1)
    assert 1.0 <= current - contribution(series, 2005, 2010) <= 2.0
    nominal_gdp = sum(r["地区生产总值（亿元）"] for r in records(book, "县区数据"))
    assert series[2011]["地区生产总值（可比价）（亿元）"] < nominal_gdp


def test_next_year_and_recipients(book):
    plans = records(book, "下年工作打算")
    assert 6 <= len(plans) <= 10
    assert any(p["指标"] == "高新技术产业产值" and p["目标值"] == 950 for p in plans)
    assert any(p["指标"] is None for p in plans)
    people = records(book, "收件人")
    assert len(people) == 8 and all(p["邮箱"].endswith("@example.com") for p in people)
    counties = {r["县区"] for r in records(book, "县区数据")}
    assert any(p["科室"] in counties for p in people) and {p["抄送"] for p in people} == {
        "是",
        "否",
    }


# --- the province benchmark generator --------------------------------------------------------------


def test_province_generator_small(tmp_path):
    out = tmp_path / "province.xlsx"
    done = subprocess.run(
        [
            sys.executable,
            str(PROVINCE_SCRIPT),
            str(out),
            "--counties",
            "12",
            "--years",
            "3",
            "--ledger-rows",
            "900",
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == SHEET_ORDER
    for spec in schema.DATA_SHEETS:
        header = next(wb[spec.name].values)
        if spec.name == schema.MONTHLY.name:
            header = header[: len(spec.columns)]
        assert [schema.normalize_header(h)[0] for h in header] == [
            schema.canonical(c.name) for c in spec.columns if c.required or c.name not in LEFT_OUT
        ]
    projects = list(wb["项目台账"].values)[1:]
    assert len(projects) == 900 and Counter(r[0] for r in projects) == {
        2009: 300,
        2010: 300,
        2011: 300,
    }
    counties = [r[0] for r in list(wb["县区数据"].values)[1:]]
    assert len(counties) == len(set(counties)) == 12
    notes = {r[0] for r in list(wb["工作进展"].values)[1:]}
    items = {r[0] for r in list(wb["工作意见"].values)[1:] if r[1] in ("节", "条")}
    assert items <= notes
    from kjreport.report import check_source

    # plausible data: no county's key enterprises make more than its 高新技术产业产值 (no share > 100 %)
    assert not [p for p in check_source(out) if p.severity == "错误"]
