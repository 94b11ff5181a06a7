"""QA round 3 (邯郸2018), the indicator side of 新增 targets, through the real entry points.

S1: a 县区数据 column of totals belongs to the 总量 target only; a 新增 column (新增众创空间（家）)
gives the 新增 target its county breakdown. S4: a 新增 row's 同比 is the growth of the 新增
figure (1526 vs 1310), and fewer new ones read as 新增…比上年减少, never as a shrinking stock.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from docx import Document

from kjreport.cli import main
from kjreport.report import check_source, load_report
from kjreport.summary import build_summary
from tests.indicators.test_reported_workbook import county_column, department_row, edit, target

TOTALS = [1173, 754, 1256, 670, 419, 168, 251, 335, 586, 837]
TOTALS_LAST = [841, 601, 1021, 480, 360, 240, 180, 240, 420, 724]
NEW_SPACES = [3, 1, 4, 0, 1, 2, 0, 1, 2, 3]
NEW_SPACES_LAST = [2, 1, 3, 1, 1, 1, 1, 1, 2, 2]


@pytest.fixture
def handan_like(sample_path, tmp_path):
    return edit(
        sample_path, tmp_path / "邯郸式2011.xlsx",
        department_row("高新科", "新增科技型中小企业", "家", 1526, 1310),
        department_row("高新科", "科技型中小企业", "家", 9214, 7688),
        department_row("高新科", "新增众创空间", "家", 17, 15),
        department_row("合作科", "新增市级创新平台", "家", 10, 12),
        county_column("科技型中小企业（家）", TOTALS, TOTALS_LAST),
        county_column("新增众创空间（家）", NEW_SPACES, NEW_SPACES_LAST),
        target("科技型中小企业", 1400, "家", 类型="新增"),
        target("科技型中小企业", 9000, "家", 类型="总量"),
        target("众创空间", 15, "家", 类型="新增"),
        target("市级创新平台", 10, "家", 类型="新增"),
    )


def test_county_totals_go_to_the_total_target_only(handan_like):
    report = load_report(handan_like)
    new = report.result("新增科技型中小企业")
    total = report.result("科技型中小企业")
    assert new.achieved == 1526 and new.counties == []  # a county's total is not its new firms
    assert not any(s.startswith("县区数据!") for s in new.sources)
    assert {c.county: c.value for c in total.counties}["清河区"] == 1173


def test_a_county_increment_column_is_the_increment_target_s_breakdown(handan_like):
    report = load_report(handan_like)
    spaces = report.result("众创空间")
    assert spaces.achieved == 17 and spaces.target.kind == "新增"
    by_county = {c.county: c for c in spaces.counties}
    assert by_county["高新区"].value == 4 and by_county["高新区"].rank == 1
    # the column is used by the target: not listed again as an untargeted indicator
    assert [r.name for r in report.results].count("新增众创空间") == 0


def test_increment_growth_is_against_last_year_s_increment(handan_like):
    report = load_report(handan_like)
    new = report.result("新增科技型中小企业")
    assert new.achieved_previous == 1310
    assert new.achieved_yoy == pytest.approx((1526 - 1310) / 1310 * 100)
    assert report.result("科技型中小企业").yoy == pytest.approx((9214 - 7688) / 7688 * 100)


def test_summary_states_increments_as_increments(handan_like, tmp_path):
    result = CliRunner().invoke(main, ["docx", str(handan_like), "--output", str(tmp_path / "s.docx"),
                                       "--no-charts"])
    assert result.exit_code == 0, result.output
    doc = Document(str(tmp_path / "s.docx"))
    body = "\n".join(p.text for p in doc.paragraphs)
    rows = {r.cells[1].text: [c.text for c in r.cells] for t in doc.tables for r in t.rows}
    assert rows["新增科技型中小企业"][6] == "16.5%"  # 1526 vs 1310, not the total's 19.8%
    assert rows["科技型中小企业"][6] == "19.8%"
    assert rows["新增市级创新平台"][6] == "-16.7%"
    assert rows["新增众创空间"][6] == "13.3%"
    assert "新增科技型中小企业1526家" in body


def test_fewer_new_ones_are_not_a_shrinking_stock(handan_like):
    report = load_report(handan_like)
    names = {"新增科技型中小企业", "科技型中小企业", "众创空间", "市级创新平台"}
    report.results = [r for r in report.results if r.name in names]
    text = "\n".join(p.text for p in build_summary(report, charts=False).docx.paragraphs)
    problems = text.split("存在的问题")[1].split("工作打算")[0]
    assert "有所下降。新增市级创新平台下降16.7%" in problems  # prose10: the lead names last year
    assert "市级创新平台下降" not in problems.replace("新增市级创新平台下降", "")


def test_check_points_at_the_blank_row_init_made(sample_path, tmp_path):
    # S10: the 科室数据 row exists (init lists the plan's indicators) and only 本年数 is blank
    path = edit(sample_path, tmp_path / "blank.xlsx",
                department_row("高新科", "新增科技型中小企业", "家", None, None, None),
                department_row("高新科", "科技型中小企业", "家", None, None, None),
                target("科技型中小企业", 1400, "家", 类型="新增"),
                target("科技型中小企业", 9000, "家", 类型="总量"),
                target("科技小巨人企业", 20, "家", 类型="新增"))
    hints = {p.found.split("」")[0].split("「")[-1]: p.expected for p in check_source(path)
             if p.sheet == "目标任务" and "没有" in p.found}
    first = hints["新增科技型中小企业"]
    assert first.startswith("请在「科室数据」D") and "填写「新增科技型中小企业」的本年数" in first
    assert "填写「科技型中小企业」的本年数" in hints["科技型中小企业"]
    assert "添加名为" not in first and "添加名为" not in hints["科技型中小企业"]
    # no row at all for a 新增 target: the row to add is the 新增 one
    assert "「新增科技小巨人企业」的一行" in hints["科技小巨人企业"]


def test_a_monthly_row_left_behind_by_a_rename_is_pointed_out(sample_path, tmp_path):
    # S11: 目标任务 renamed (科技示范基地 → 科技示范园); init's 月度数据 row keeps the old name
    def monthly(wb):
        ws = wb["月度数据"] if "月度数据" in wb.sheetnames else wb.create_sheet("月度数据")
        if ws.max_row == 1 and ws["A1"].value is None:
            ws.append(["指标", "单位", *[f"{m}月" for m in range(1, 13)]])
        ws.append(["科技示范基地", "个", None, None, None, None, None, 48])
    path = edit(sample_path, tmp_path / "renamed.xlsx",
                department_row("农村科", "科技示范园", "个", 105, 92),
                target("科技示范园", 100, "个"), monthly)
    problems = check_source(path)
    hints = [p for p in problems if p.sheet == "月度数据" and "科技示范基地" in p.found]
    assert len(hints) == 1 and hints[0].severity == "提示" and hints[0].cell.startswith("A")
    assert "不会用于进度通报" in hints[0].found and "「科技示范园」" in hints[0].expected
    assert not [p for p in problems if p.sheet == "月度数据" and p is not hints[0]]  # the sample's rows match


def test_fill_states_the_increment_row_as_increments(handan_like):
    import openpyxl

    result = CliRunner().invoke(main, ["fill", str(handan_like)])
    assert result.exit_code == 0, result.output
    printed = next(line for line in result.output.splitlines() if "新增科技型中小企业" in line)
    assert "+16.5%" in printed and "19.8%" not in printed
    ws = openpyxl.load_workbook(handan_like)["指标结果"]
    rows = {r[0]: r for r in ws.iter_rows(values_only=True) if r and r[0]}
    new, total = rows["新增科技型中小企业"], rows["科技型中小企业"]
    assert new[2:4] == (1526, 1310) and new[8] == pytest.approx(16.49, abs=0.01)
    assert "年末总数9214家" in new[13]
    assert total[2:4] == (9214, 7688) and total[8] == pytest.approx(19.85, abs=0.01)


def test_a_ledger_gives_each_county_its_new_ones(sample_path, tmp_path):
    # S1 for a bureau with a 企业台账: a county's 新增 is this year's count − last year's, never
    # its total; the counties add up to the city's 新增
    path = edit(sample_path, tmp_path / "ledger.xlsx", target("高新技术企业", 20, "家", 类型="新增"))
    report = load_report(path)
    new = report.result("新增高新技术企业")
    stock = report.result("高新技术企业")
    assert sum(c.value for c in new.counties) == new.achieved == stock.value - stock.previous
    by_county = {c.county: c for c in stock.counties}
    for c in new.counties:
        assert c.value == by_county[c.county].value - by_county[c.county].previous
        assert c.yoy is None  # last year's 新增 of a county is not known
    assert min(c.rank for c in new.counties if c.value) == 1


def test_a_builtin_with_an_empty_ledger_asks_for_the_department_row(sample_path, tmp_path):
    # S10: a new bureau keeps no 企业台账; the 380-家 total comes from a 科室数据 row
    def no_ledger(wb):
        ws = wb["企业台账"]
        ws.delete_rows(2, ws.max_row)
    path = edit(sample_path, tmp_path / "noledger.xlsx", no_ledger)
    hints = [p for p in check_source(path) if p.sheet == "目标任务" and "「高新技术企业」没有" in p.found]
    assert hints and hints[0].expected.startswith("请在「科室数据」中添加名为「高新技术企业」的一行")
    assert "「企业台账」中登记" in hints[0].expected


def test_county_notices_name_new_ones_as_new(handan_like):
    # S1: a county's 新增 figure is said as 新增众创空间4家 (never 众创空间4家, which reads as its total)
    from kjreport.summary import build_county_bulletin
    from kjreport.summary.tables import county_table

    report = load_report(handan_like)
    doc = build_county_bulletin(report, "高新区")
    text = "\n".join(p.text for p in doc.docx.paragraphs)
    table = [[c.text for c in row.cells] for t in doc.docx.tables for row in t.rows]
    assert "新增众创空间4家" in text
    assert "众创空间4家" not in text.replace("新增众创空间4家", "")
    assert ["新增众创空间", "家", "4"] == next(r[:3] for r in table if "众创空间" in r[0])
    assert "新增科技型中小企业" not in text  # the county's total is no 新增 figure
    headers, _ = county_table(report)
    assert "新增众创空间（家）" in headers or "众创空间（家）" not in headers
