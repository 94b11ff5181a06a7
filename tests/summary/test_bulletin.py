"""County bulletins (县区通报): one document per county, in parallel."""

from __future__ import annotations

import pytest

from kjreport.errors import KjreportError
from kjreport.summary import build_county_bulletin, write_county_bulletins
from tests.summary.docx_readback import body_text
from tests.summary.report_factory import COUNTIES, make_report


def test_batch_writes_one_file_per_county(tmp_path):
    paths = write_county_bulletins(make_report(), tmp_path / "out", jobs=2, progress=False)
    assert [p.name for p in paths] == [f"{c}2011年科技工作通报.docx" for c in COUNTIES]
    assert all(p.stat().st_size > 0 for p in paths)
    text = body_text(paths[2])
    assert "西山县" in text and "居全市末位" in text and "同比下降6.1%" in text
    assert "清河区" not in text


def test_bulletin_of_a_leading_county(tmp_path):
    doc = build_county_bulletin(make_report(), "高新区")
    text = body_text(doc.save(tmp_path / "g.docx"))
    assert "高新技术产业产值450亿元，同比增长18.4%，居全市第1位" in text
    assert "均未处于全市末位" in text


def test_unknown_county_is_a_chinese_error():
    with pytest.raises(KjreportError, match="没有「东山县」"):
        build_county_bulletin(make_report(), "东山县")
