"""Units marked not applicable (「/」「—」) through the real CLI on copies of the sample: a county
notice whose every figure is marked has no empty "主要指标情况" and its sections stay numbered
in order; 附件2's 全市 row shows the total of the units that apply, not "—"."""

from __future__ import annotations

import docx
from click.testing import CliRunner

from kjreport.cli import main
from tests.checks.test_qa6_rows import _towns_without_targets
from tests.indicators.test_reported_workbook import edit
from tests.summary.docx_readback import body_text

COLUMNS = "BCDEFGHI"


def _all_marked(row):
    """丰源区 (row ``row``) marks every figure of both county sheets 「/」, and the ledgers are empty
    (a 县级市 bureau keeping no 台账): no figure of the county is left."""
    def change(wb):
        _towns_without_targets(wb)
        for sheet in ("县区数据", "县区上年数据"):
            for c in COLUMNS:
                wb[sheet][f"{c}{row}"] = "/"
        for sheet in ("项目台账", "企业台账", "平台台账"):
            wb[sheet].delete_rows(2, wb[sheet].max_row)
    return change


def test_a_notice_of_a_county_marked_throughout_has_no_empty_section(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", _all_marked(3))
    folder = tmp_path / "通报"
    made = CliRunner().invoke(main, ["docx", str(path), "--by", "县区", "-o", str(folder), "--no-charts"])
    assert made.exit_code == 0, made.output
    [notice] = folder.glob("丰源区*.docx")
    headings = [p.text for p in docx.Document(notice).paragraphs if p.text[:2] in ("一、", "二、", "三、", "四、")]
    assert headings == ["一、总体情况", "二、工作要求"], headings
    text = body_text(notice).replace("\n", "")
    assert "丰源区纳入通报的8项指标均填报为不适用（附件中以“—”表示），本次不作评价。二、工作要求" in text, text
    assert "主要指标情况" not in text and "需要关注的问题" not in text
    # a county with figures keeps all four parts
    [other] = folder.glob("临泽县*.docx")
    headings = [p.text for p in docx.Document(other).paragraphs if p.text[:2] in ("一、", "二、", "三、", "四、")]
    assert headings == ["一、总体情况", "二、主要指标情况", "三、需要关注的问题", "四、工作要求"]


def _rows(out):
    annex = docx.Document(str(out)).tables[-1]
    head = [c.text for c in annex.rows[0].cells]
    return head, {r.cells[0].text: [c.text for c in r.cells] for r in annex.rows[1:]}


def test_the_city_row_totals_the_units_that_apply(sample_path, tmp_path):
    # 金堤县's R&D (D5) and 丰源区's 地区生产总值 (F3) marked: the 全市 R&D is the other nine's sum,
    # the R&D share Σ R&D ÷ Σ GDP over the units that have both
    def change(wb):
        _towns_without_targets(wb)
        wb["县区数据"]["D5"], wb["县区数据"]["F3"] = "/", "—"
    path = edit(sample_path, tmp_path / "f.xlsx", change)
    out = tmp_path / "总结.docx"
    made = CliRunner().invoke(main, ["docx", str(path), "-o", str(out), "--no-charts", "--force"])
    assert made.exit_code == 0, made.output
    head, rows = _rows(out)
    rd, share = head.index("全社会R&D经费投入（亿元）"), head.index("全社会R&D经费投入占GDP比重（%）")
    import openpyxl

    ws = openpyxl.load_workbook(path)["县区数据"]
    rd_wan = {ws[f"A{r}"].value: ws[f"D{r}"].value for r in range(2, 12)}
    gdp = {ws[f"A{r}"].value: ws[f"F{r}"].value for r in range(2, 12)}
    applicable = {k: v for k, v in rd_wan.items() if isinstance(v, (int, float))}
    assert rows["全市"][rd] == f"{sum(applicable.values()) / 10000:.2f}"
    both = [k for k in applicable if isinstance(gdp[k], (int, float))]
    share_figure = sum(rd_wan[k] for k in both) / 10000 / sum(gdp[k] for k in both) * 100
    assert rows["全市"][share] == f"{share_figure:.2f}", rows["全市"]
    assert rows["金堤县"][rd] == "—" and rows["丰源区"][share] == "—"
    assert "“—”表示不适用或无此项" in body_text(out)


def test_units_marked_throughout_have_no_total(sample_path, tmp_path):
    from kjreport.report import load_report
    from kjreport.summary.tables import applicable_total

    def change(wb):
        _towns_without_targets(wb)
        wb["县区数据"]["D5"] = "/"  # 金堤县's R&D
    report = load_report(edit(sample_path, tmp_path / "f.xlsx", change))
    rd = report.result("全社会R&D经费投入")
    qinghe = next(c.value for c in rd.counties if c.county == "清河区")
    assert applicable_total(report, rd, ["金堤县"]) is None  # every unit of the group marked
    assert applicable_total(report, rd, ["金堤县", "清河区"]) == qinghe
    assert applicable_total(report, report.result("利益共同体")) is None  # nothing marked: no other total


def test_a_progress_notice_of_a_county_marked_throughout_has_no_empty_section(sample_path, tmp_path):
    from tests.progress.test_qa4_progress import set_setting

    path = edit(sample_path, tmp_path / "f.xlsx", _all_marked(3), set_setting("报送月份", 6))
    folder = tmp_path / "进度"
    made = CliRunner().invoke(main, ["progress", str(path), "--by", "县区", "-o", str(folder), "--no-charts"])
    assert made.exit_code == 0, made.output
    [notice] = folder.glob("丰源区*.docx")
    headings = [p.text for p in docx.Document(notice).paragraphs if p.text[:2] in ("一、", "二、", "三、")]
    assert headings == ["一、主要指标进展", "二、工作要求"], headings
    text = body_text(notice).replace("\n", "")
    assert "均不低于上年同期" not in text and "继续保持良好势头" not in text, text
    [other] = folder.glob("临泽县*.docx")
    headings = [p.text for p in docx.Document(other).paragraphs if p.text[:2] in ("一、", "二、", "三、")]
    assert headings == ["一、主要指标进展", "二、需要加快推进的工作", "三、工作要求"]
