"""QA round 5, the year-end summary (工作总结) through ``kjreport docx`` on copies of the sample:
a figure summed from the counties keeps its inputs' precision (F3)."""

from __future__ import annotations

import docx
from click.testing import CliRunner

from kjreport.cli import main
from tests.indicators.test_reported_workbook import county_column, edit, target
from tests.summary.docx_readback import body_text
from tests.summary.renamed_units import set_kinds


def _summary(path, tmp_path, *args):
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(path), "-o", str(out), "--no-charts", "--force", *args])
    assert result.exit_code == 0, result.output
    return out


def test_a_county_sum_keeps_its_inputs_decimals(sample_path, tmp_path):
    """F3: Σ of 0.16, 0.21, … (two decimals) = 1.4500000000000002 is written 1.45万人次 in the
    text and in 附件1, as 「指标结果」 shows it, never 1.5."""
    trained = [0.16, 0.21, 0.19, 0.1, 0.18, 0.07, 0.17, 0.06, 0.09, 0.22]
    path = edit(sample_path, tmp_path / "培训2011.xlsx",
                county_column("技术培训（万人次）", trained, [round(x * 0.9, 3) for x in trained]),
                target("技术培训", 1.2, "万人次", 科室="农村科"))
    out = _summary(path, tmp_path)
    text = body_text(out)
    assert "技术培训达到1.45万人次" in text.replace("\n", "")
    rows = [[c.text for c in r.cells] for r in docx.Document(str(out)).tables[0].rows]
    row = next(r for r in rows if r[1] == "技术培训")
    assert row[4] == "1.45", row


def _relabel(labels):
    def change(wb):
        for row in wb["工作意见"].iter_rows(min_row=2):
            if row[0].value in labels:
                row[2].value = labels[row[0].value]
    return change


def test_items_labelled_like_sections_are_renumbered_one_level_down(sample_path, tmp_path):
    """F7: a 县's plan numbers the 条 under its 一、 parts （一）（二）; under the summary's own 一、
    the part is （一）, so its items are 1. 2. — never （一） directly under （一）."""
    path = edit(sample_path, tmp_path / "县2011.xlsx",
                _relabel({"一.1": "（一）", "一.2": "（二）", "一.3": "（三）", "一.4": "（四）"}))
    lines = body_text(_summary(path, tmp_path)).split("\n")
    part = lines.index("（一）发挥高新技术带动作用，促进经济发展转方式调结构")
    items = [x for x in lines[part + 1:] if x.startswith(("1.", "2.", "3.", "4.", "（"))][:4]
    assert items[0].startswith("1.加快骨干企业膨胀"), items
    assert items[1].startswith("2.抓好高新技术重点项目"), items
    assert not any(x.startswith("（一）加快骨干企业膨胀") for x in lines)


def _townships(wb):
    """Every reporting unit a 乡镇 (类型), and no target among the plan's 主要任务目标 (a county
    bureau's 方案 states its township figures under a part)."""
    set_kinds(wb, lambda name, _: "乡镇")
    for row in wb["目标任务"].iter_rows(min_row=2):
        if isinstance(row[4].value, str) and row[4].value.startswith("总、"):
            row[4].value = row[4].value[2:]


def test_townships_are_called_townships(sample_path, tmp_path):
    """F8: 类型 乡镇 is accepted; the summary's 附件2, its chart and 存在的问题 speak of 乡镇, and
    the unit last on the compared targets is named even though none is a headline target."""
    path = edit(sample_path, tmp_path / "乡镇2011.xlsx", _townships)
    check = CliRunner().invoke(main, ["check", str(path)])
    assert "不在可选范围内" not in check.output and check.exit_code == 0, check.output
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(path), "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    text = body_text(out)
    assert "乡镇主要指标对比表" in text and "县区主要指标对比表" not in text
    assert "图2  各乡镇" in text
    problems = text.split("存在的问题")[1].split("工作打算")[0]
    assert "乡镇之间发展不平衡" in problems and "末位" in problems, problems
    assert docx.Document(str(out)).tables[1].rows[0].cells[0].text == "乡镇"


def test_township_notices_say_township(sample_path, tmp_path):
    """F8: the notices' folder and text say 乡镇 (根据各乡镇报送的统计数据)."""
    path = edit(sample_path, tmp_path / "乡镇2011.xlsx", _townships)
    result = CliRunner().invoke(main, ["docx", str(path), "--by", "县区", "-j", "1", "--force"])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "鲁泽市2011年乡镇科技工作通报"
    assert "份乡镇通报" in result.output and folder.is_dir(), result.output
    text = body_text(next(folder.glob("西山县*.docx")))
    assert "根据各乡镇报送的统计数据" in text and "各县区" not in text


def test_a_single_problem_is_not_numbered():
    """F16: 存在的问题 with one kind of problem is written without a lone 一是."""
    from types import SimpleNamespace as NS

    from kjreport.templating import TemplateSet

    c = NS(rank=20, total=20, tied=1, rank_note="")
    lag = NS(county="四合原旅游开发办公室", declined=[],
             last=[(NS(trend_name="科技特派员"), c), (NS(trend_name="培训农民"), c)])
    facts = NS(missed=[], basic=[], declined=[], lagging=[lag], below_rule=[], not_comparable=[])
    text = TemplateSet().render("problems.j2", facts=facts, scope="全县", county_word="乡镇", year=2025)
    assert "乡镇之间发展不平衡。" in text and "一是" not in text
    assert "四合原旅游开发办公室科技特派员和培训农民均居全县末位" in text.replace("\n", "")
