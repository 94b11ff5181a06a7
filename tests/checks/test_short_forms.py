"""QA round 6 (F13): a 开发区 written in full in one county sheet and short in the other
(长春经济技术开发区 / 经开区) is paired by its key syllables, one-to-one, and is an error:
the city's growth cannot be computed while the two names differ."""

from __future__ import annotations

from kjreport.checks.names import short_form_pairs
from kjreport.report import check_source, load_report
from tests.test_check import mutate

FULL = ["长春经济技术开发区", "长春汽车经济技术开发区", "净月高新技术产业开发区"]
SHORT = ["经开区", "汽开区", "净月区"]


def test_pairs_are_one_to_one_by_key_syllables():
    assert short_form_pairs(FULL, SHORT) == dict(zip(FULL, SHORT, strict=True))
    assert short_form_pairs(SHORT, [*reversed(FULL)]) == dict(zip(SHORT, FULL, strict=True))


def test_an_ambiguous_short_form_is_not_paired():
    assert short_form_pairs(["经开区"], FULL[:2]) == {}  # either 经济技术开发区 could be meant
    assert short_form_pairs(["南关区"], FULL) == {}  # shares no key syllable


def _rename(wb, current, previous):
    """Rows 3 and 4 of both county sheets become 开发区 written short this year, in full last year."""
    for sheet, names in (("县区数据", current), ("县区上年数据", previous)):
        ws = wb[sheet]
        for row, name in zip((3, 4), names, strict=True):
            ws.cell(row, 1, name)


def test_short_and_full_names_are_errors_naming_the_pairs(sample_path, tmp_path):
    path = mutate(sample_path, tmp_path / "s.xlsx",
                  lambda wb: _rename(wb, ["汽开区", "经开区"], ["鲁泽经济技术开发区", "鲁泽汽车经济技术开发区"]))
    problems = check_source(path)
    pairs = [p for p in problems if p.sheet == "县区数据" and "的简称" in p.found]
    assert {(p.cell, p.severity) for p in pairs} == {("A3", "错误"), ("A4", "错误")}
    a3 = next(p for p in pairs if p.cell == "A3")
    assert "「汽开区」" in a3.found and "「鲁泽汽车经济技术开发区」（A4）" in a3.found
    assert "改为「鲁泽汽车经济技术开发区」" in a3.expected and "同比增长" in a3.expected
    assert not [p for p in problems if "的上年数据" in p.found and "汽开区" in p.found]


def test_written_alike_the_sample_computes_as_before(sample_path, tmp_path):
    names = ["鲁泽经济技术开发区", "鲁泽汽车经济技术开发区"]
    path = mutate(sample_path, tmp_path / "f.xlsx", lambda wb: _rename(wb, names, names))
    assert not [p for p in check_source(path) if p.severity == "错误"]
    before = {r.name: r.value for r in load_report(sample_path).results}
    assert {r.name: r.value for r in load_report(path).results} == before
