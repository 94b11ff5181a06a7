"""研发投入 in a plan or a 科室数据 row is 全社会R&D经费投入 (leftover7b #2).

The 全国科技经费投入统计公报 calls the whole society's R&D expenditure "R&D经费投入" and names the
subject of every part (各类企业…, 高等学校…): a bare 研发投入 / R&D投入 / 研发经费投入 is the
whole society's; 企业研发投入 and 规上工业企业研发投入 stay the enterprises' (规上工业企业研发费用).
The 科室's reported row gives the city figure; the 县区数据 column gives each county's figure and rank.
"""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.indicators.catalogue import load_catalogue
from kjreport.report import check_source, load_report
from tests.indicators.test_reported_workbook import department_row, edit, target


@pytest.mark.parametrize("name, entry", [
    ("研发投入", "全社会R&D经费支出"), ("R&D投入", "全社会R&D经费支出"), ("研发经费投入", "全社会R&D经费支出"),
    ("全社会研发经费投入", "全社会R&D经费支出"), ("全市研发投入", "全社会R&D经费支出"),
    ("研发投入强度", "全社会R&D经费投入强度"),
    # the intensity as plans spell it (三明 2023: "R&D/GDP比重" copied without its slash)
    ("R&D占GDP比重", "全社会R&D经费投入强度"), ("R&D/GDP比重", "全社会R&D经费投入强度"),
    ("R&DGDP比重", "全社会R&D经费投入强度"), ("研发投入占GDP比重", "全社会R&D经费投入强度"),
    ("全社会R&D投入占GDP的比重", "全社会R&D经费投入强度"),
    ("研发经费", "全社会R&D经费支出"),  # like 研发投入: the whole society's, the plans' own spelling
    ("规上工业企业研发费用支出", "规上工业企业研发费用"),  # 商丘 2025: "规上工业企业研发费用支出增速18%"
    ("全县研发经费投入强度", "全社会R&D经费投入强度"),
    ("企业研发投入", "规上工业企业研发费用"), ("规上工业企业研发投入", "规上工业企业研发费用"),
    ("企业R&D经费投入", "规上工业企业研发费用"),
    ("规上工业企业研发投入强度", "规上工业企业研发费用占营业收入比重"),
])
def test_rd_names_belong_to_their_entry(name, entry):
    assert load_catalogue().find(name).name == entry


def test_enterprise_rd_never_collapses_into_the_whole_society():
    catalogue = load_catalogue()
    assert not catalogue.same("企业研发投入", "研发投入")
    assert not catalogue.same("规上工业企业研发投入", "全社会R&D经费投入")
    assert catalogue.find("企业研发投入强度") is None  # not the whole society's intensity either
    assert catalogue.find("企业R&D经费占GDP比重") is None


def test_plan_spelling_of_the_intensity_is_the_builtin(tmp_path):
    plan = tmp_path / "工作要点.txt"
    plan.write_text("2024年全市科技工作要点\n一、主要目标\n力争R&D占GDP比重达到2.1%；培育高新技术企业120家。\n",
                    encoding="utf-8")
    out = CliRunner().invoke(main, ["plan", "show", str(plan)]).output
    assert "全社会R&D经费投入占GDP比重" in out and "上报指标" not in out  # the built-in, computed


def _only_rd_target(wb):
    ws = wb["目标任务"]
    ws.delete_rows(2, ws.max_row)


def test_reported_rd_row_is_the_city_figure_and_counties_are_ranked(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "县级市.xlsx", _only_rd_target,
                department_row("计划科", "研发投入", "亿元", 12.6, 10.8),
                department_row("计划科", "企业研发投入", "亿元", 9.9, 8.8),
                target("研发投入", 15, "%", 条目="一", 类型="增速"),
                target("企业研发投入", 9, "亿元", 条目="一"))
    report = load_report(path)
    rd = report.result("研发投入")
    assert (rd.value, rd.previous, rd.origin) == (12.6, 10.8, "科室报送")
    assert rd.yoy == pytest.approx(16.67, abs=0.01) and rd.status == "超额完成"
    assert len(rd.counties) == 10 and sorted(c.rank for c in rd.counties) == list(range(1, 11))
    assert rd.department == "计划科"
    assert "全社会R&D经费投入" not in [r.name for r in report.results]  # one indicator, not two
    firms = report.result("企业研发投入")
    assert firms.value == 9.9 and firms is not rd  # the enterprises' own figure
    problems = check_source(path)
    hints = {p.found.split("」")[0]: p for p in problems if "」的全市数取科室报送数" in p.found}
    # 企业研发投入 9.9 unlike its column's 8.6: the 提示 giving both figures is its one message
    # (qa13 F31); 研发投入's figures are in the 提示 on the share computed from its column
    assert sorted(hints) == ["「研发投入"]
    assert "「企业研发投入」科室报送的全市数 9.9亿元 与「县区数据」各县区之和 8.6亿元 不同" in [p.found for p in problems]
    hint = hints["「研发投入"]
    assert hint.severity == "提示" and hint.cell.startswith("A")
    assert "科室数据!D6" in hint.found and "内置指标「全社会R&D经费投入」" in hint.found
    out = tmp_path / "总结.docx"
    made = CliRunner().invoke(main, ["docx", str(path), "-o", str(out), "--no-charts", "--force"])
    assert made.exit_code == 0, made.output
    annex = [[c.text for c in row.cells] for row in docx.Document(str(out)).tables[1].rows]
    assert annex[0][1] == "研发投入（亿元）" and annex[1][:2] == ["全市", "12.60"], annex[:2]


def test_a_blank_reported_row_leaves_the_counties_sum(sample_path, tmp_path):
    """A 研发投入 row listed by init and never filled does not hide the 县区数据 sum."""
    path = edit(sample_path, tmp_path / "空行.xlsx", _only_rd_target,
                department_row("计划科", "研发投入", "亿元", None, None),
                target("研发投入", 15, "%", 条目="一", 类型="增速"))
    rd = load_report(path).result("全社会R&D经费投入")
    assert rd.origin == "内置" and rd.value == load_report(sample_path).result("全社会R&D经费投入").value
    assert rd.target is not None and rd.target.kind == "增速"
