"""qa14b F15: two 县区数据 columns of one indicator (a name and its synonym) are an error, never
one of them read and the other dropped without a word."""

from __future__ import annotations

from click.testing import CliRunner

from kjreport.cli import main
from kjreport.report import check_source
from tests.conftest import digest
from tests.indicators.test_reported_workbook import county_column, edit, target

TEN = 10


def _two_columns(sample_path, tmp_path, *more):
    return edit(sample_path, tmp_path / "two.xlsx",
                county_column("技术合同成交额（亿元）", [0.31] * TEN, [0.27] * TEN),
                county_column("技术合同交易额(亿元)", [0.52] * TEN, [0.40] * TEN), *more)


def _errors(path):
    return [p for p in check_source(path) if p.severity == "错误"]


def test_two_synonym_columns_with_a_target_are_an_error(sample_path, tmp_path):
    path = _two_columns(sample_path, tmp_path, target("技术合同成交额", 5, "亿元"))
    errors = _errors(path)
    assert len(errors) == 1, errors
    e = errors[0]
    assert e.sheet == "县区数据"
    assert "「技术合同成交额」列" in e.sentence and "「技术合同交易额」列" in e.sentence
    assert "K列，K2:K11" in e.sentence and "L列，L2:L11" in e.sentence
    assert "是同一指标「技术合同成交额」（同义词）" in e.sentence and "每个指标只能有一列" in e.sentence


def test_two_synonym_columns_without_a_target_are_an_error_too(sample_path, tmp_path):
    path = _two_columns(sample_path, tmp_path)
    assert len(_errors(path)) == 1


def test_fill_refuses_and_leaves_the_workbook(sample_path, tmp_path):
    path = _two_columns(sample_path, tmp_path, target("技术合同成交额", 5, "亿元"))
    before = digest(path)
    result = CliRunner().invoke(main, ["fill", str(path)])
    assert result.exit_code != 0 and "每个指标只能有一列" in result.output, result.output
    assert digest(path) == before


def test_one_column_per_indicator_is_no_error(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "one.xlsx",
                county_column("技术合同成交额（亿元）", [0.31] * TEN, [0.27] * TEN),
                county_column("技术交易额（亿元）", [0.2] * TEN, [0.1] * TEN),  # another indicator
                target("技术合同成交额", 5, "亿元"))
    assert _errors(path) == []
