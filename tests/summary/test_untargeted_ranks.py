"""QA6 F3 residual: an indicator without a target is compared by place only. When no target is
counted by county (a 县级市's targets are all 科室数据 rows), 附件2 and the county notices compare
the reported columns (never a denominator such as 地区生产总值), but the last county on such a
column is "居全市第10位", not "居全市末位", and it is not listed under 需要关注 as 末位: a place
on an untracked column is no judgement."""

from __future__ import annotations

import docx

from tests.helpers import cli_ok
from tests.summary.docx_readback import body_text
from tests.summary.test_qa6_documents import _county_level_city


def test_last_place_on_an_untargeted_column_is_no_judgement(sample_path, tmp_path):
    path = _county_level_city(sample_path, tmp_path)
    cli_ok("docx", path, "--by", "县区", "-o", tmp_path / "通报")
    text = body_text(next((tmp_path / "通报").glob("西山县*.docx"))).replace("\n", "")
    assert "全社会R&D经费投入0.15亿元，同比增长11.5%，居全市第10位" in text, text
    assert "末位" not in text, text
    assert "地区生产总值" not in text.split("附件：")[0].replace("占GDP", "")
    out = tmp_path / "总结.docx"
    cli_ok("docx", path, "-o", out, "--no-charts", "--force")
    summary = body_text(out).replace("\n", "")
    assert "末位" not in summary[summary.index("二、存在的问题"):summary.index("三、")]
    annex = [[c.text for c in row.cells] for row in docx.Document(str(out)).tables[1].rows]
    assert not any(h.startswith("地区生产总值") for h in annex[0])
    west = next(r for r in annex if r[0] == "西山县")
    assert west[annex[0].index("全社会R&D经费投入（亿元）") + 1] == "10"  # the table still states the place


def test_last_place_on_a_target_is_still_a_shortfall(sample_path, tmp_path):
    cli_ok("docx", sample_path, "--by", "县区", "-o", tmp_path / "通报")
    text = body_text(next((tmp_path / "通报").glob("西山县*.docx"))).replace("\n", "")
    assert "居全市末位" in text and "项指标居全市末位" in text
