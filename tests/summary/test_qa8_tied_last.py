"""QA8 F9: a last place shared by many units (7 镇 tied on 新增1家) singles none of them out in
存在的问题; a last place shared by two still names both."""

from __future__ import annotations

import openpyxl
import pytest

import kjreport.summary.facts as facts
from kjreport.report import load_report
from tests.conftest import SAMPLE


def _tied(tmp_path, rows):
    book = openpyxl.load_workbook(SAMPLE)
    for sheet in ("县区数据", "县区上年数据"):  # no decline: only the place is at stake
        ws = book[sheet]
        col = [c.value for c in ws[1]].index("利益共同体（个）") + 1
        for r in rows:
            ws.cell(r, col).value = 10  # below every other county's
    out = tmp_path / "tied.xlsx"
    book.save(out)
    return load_report(out)


def _last_on(report, name):
    return sorted(lag.county for lag in facts.collect_facts(report).lagging
                  if any(v.name == name for v, _ in lag.last))


@pytest.fixture(autouse=True)
def every_county(monkeypatch):
    monkeypatch.setattr(facts, "MAX_COUNTIES", 50)  # see every lagging unit, not the first three
    monkeypatch.setattr(facts, "MAX_PER_COUNTY", 50)  # …and every indicator it lags on


def test_a_many_way_tie_at_last_names_nobody(tmp_path):
    report = _tied(tmp_path, [2, 3, 4, 5])
    assert _last_on(report, "利益共同体") == []


def test_a_two_way_tie_at_last_names_both(tmp_path):
    report = _tied(tmp_path, [2, 3])
    names = [openpyxl.load_workbook(SAMPLE)["县区数据"].cell(r, 1).value for r in (2, 3)]
    assert _last_on(report, "利益共同体") == sorted(names)
