"""QA round 5, the year-end summary (工作总结) through ``kjreport docx`` on copies of the sample:
a figure summed from the counties keeps its inputs' precision (F3)."""

from __future__ import annotations

import docx
from click.testing import CliRunner

from kjreport.cli import main
from tests.indicators.test_reported_workbook import county_column, edit, target
from tests.summary.docx_readback import body_text


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
