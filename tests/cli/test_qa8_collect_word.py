"""QA8 F21: collect labels a returned copy of a 街道 or 镇 with the word the documents use
(浦锦街道（街镇）, 军屯乡（乡镇）), not （县区）; a county stays （县区）."""

from kjreport.cli.plan import _county_word


def test_copies_of_townships_are_labelled_as_the_documents_call_them():
    assert _county_word(["浦锦街道", "七宝镇", "莘庄镇"]) == "街镇"
    assert _county_word(["军屯乡", "南站镇", "中都街道"]) == "乡镇"
    assert _county_word(["清河区", "西山县"]) == "县区"
    assert _county_word([]) == "县区"
