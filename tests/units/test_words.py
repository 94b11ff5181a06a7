"""One table of words for the reporting units (kjreport.units.words), used by the renamed-sheet
error and by ``--by``.

Before the table, the two lists differed: a 县区数据 sheet renamed 县（市）区数据, 乡镇街道数据, 街道数据,
盟市数据 or 旗县市数据 was found only by likeness, and ``--by 镇街道`` / ``--by 县区市`` were refused although
the same words named a renamed sheet. Now both accept every word below, and only these.
"""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.cli.units_option import ByUnits
from kjreport.summary import units as summary_units
from kjreport.units.words import DOCUMENT_WORDS, UNIT_WORDS, is_unit_word
from kjreport.workbook import schema
from kjreport.workbook.renamed import renamed_sheet
from kjreport.workbook.schema import canonical

PINNED = ("县区", "乡镇", "街镇", "市州", "盟市", "县市", "旗县市",  # the documents' words
          "旗区", "旗县区", "旗市区", "旗县市区",  # a city's 旗 and 区 (qa16 F2)
          "区县", "县市区", "县（市）区", "县区市", "市县", "镇街", "镇街道", "乡镇街道", "街道")
NOT_UNITS = ("省份", "科室", "县", "镇", "地区", "单位", "")


def test_the_table_holds_exactly_the_pinned_words():
    assert set(UNIT_WORDS) == set(PINNED) and len(UNIT_WORDS) == len(PINNED)


def test_every_word_the_documents_use_is_in_the_table():
    words = {summary_units.COUNTIES, summary_units.TOWNS, summary_units.STREET_TOWNS, summary_units.CITIES,
             summary_units.LEAGUE_CITIES, summary_units.COUNTY_CITIES, summary_units.BANNER_COUNTY_CITIES,
             *summary_units.BANNER_WORDS}
    assert words == set(DOCUMENT_WORDS)


@pytest.mark.parametrize("word", PINNED)
def test_by_accepts_every_unit_word(word):
    assert ByUnits().convert(word, None, None) == "县区"
    assert ByUnits().convert(f" {word.replace('（', '(').replace('）', ')')} ", None, None) == "县区"


@pytest.mark.parametrize("word", NOT_UNITS)
def test_by_refuses_other_words(word):
    assert not is_unit_word(word)
    with pytest.raises(click.BadParameter):
        ByUnits().convert(word, None, None)


def _present(sample_names, sheet, renamed):
    names = [n for n in sample_names if n != sheet] + [renamed]
    known = {canonical(n) for n in (schema.SETTINGS_SHEET, *(s.name for s in schema.DATA_SHEETS))} \
        & {canonical(n) for n in names}
    return names, known


@pytest.fixture(scope="module")
def sample_names():
    import openpyxl

    from tests.conftest import SAMPLE

    return openpyxl.load_workbook(SAMPLE, read_only=True).sheetnames


@pytest.mark.parametrize("word", PINNED[1:])  # (县区: the sheet's own name)
@pytest.mark.parametrize("sheet", ["县区数据", "县区上年数据"])
def test_a_county_sheet_renamed_with_any_unit_word_is_found(sample_names, sheet, word):
    renamed = sheet.replace("县区", word)
    names, known = _present(sample_names, sheet, renamed)
    assert renamed_sheet(sheet, names, known) == renamed


@pytest.mark.parametrize("renamed", ["项目数据", "平台台账2", "工作进度"])
def test_an_unrelated_sheet_is_no_renamed_county_sheet(sample_names, renamed):
    names, known = _present(sample_names, "县区数据", renamed)
    assert renamed_sheet("县区数据", names, known) is None


def test_check_names_a_county_sheet_renamed_with_a_new_word(sample_path, tmp_path):
    from tests.checks.test_figures_fit import cli_check
    from tests.indicators.test_reported_workbook import edit

    def rename(wb):
        wb["县区数据"].title = "街道数据"
        wb["县区上年数据"].title = "县（市）区上年数据"
    result = cli_check(edit(sample_path, tmp_path / "f.xlsx", rename))
    assert "缺少工作表「县区数据」：工作簿中的「街道数据」是否就是它" in result.output
    assert "缺少工作表「县区上年数据」：工作簿中的「县（市）区上年数据」是否就是它" in result.output


def test_progress_by_a_word_once_refused_writes_the_unit_notices(sample_copy, tmp_path):
    out = tmp_path / "通报"
    result = CliRunner().invoke(main, ["progress", str(sample_copy), "--by", "镇街道", "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    assert len(list(out.glob("*.docx"))) == 10
