"""Per-county forms (``per_county``): every county's value in one call equals the indicator
called on that county's slices — on the sample, on a small province workbook and on edge cases."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import numpy as np
import pytest

from kjreport.dataset import read_dataset
from kjreport.errors import RegistryError
from kjreport.indicators import engine
from kjreport.indicators.counties import UNSPLIT, CountyLedger, CountySlicer
from kjreport.indicators.fields import Field
from kjreport.indicators.frame import Frame
from kjreport.indicators.registry import Registry, build_registry, indicator
from kjreport.indicators.reported import reported_spec
from kjreport.model import Settings
from kjreport.workbook.open import open_source


def _one_by_one(spec, ds, slicer: CountySlicer, previous: bool) -> list[float | None]:
    year = ds.settings.year - 1 if previous else ds.settings.year
    fields = {p: ds.fields[f] for p, f in spec.inputs.items()}
    return [engine._call(spec, {p: slicer.slice(f, c, previous=previous) for p, f in fields.items()},
                         year, ds.settings, quiet=True)[0] for c in ds.counties]


def _at_once(spec, ds, slicer: CountySlicer, previous: bool) -> list[float | None] | None:
    year = ds.settings.year - 1 if previous else ds.settings.year
    fields = {p: ds.fields[f] for p, f in spec.inputs.items()}
    return engine._every_county(spec, fields, slicer, year, ds.settings, previous=previous)


def _specs(ds) -> list:
    """Return the built-in county indicators the dataset has inputs for, and a reported spec
    of each rule (求和, 平均, 加权) for every county column."""
    specs = [s for s in build_registry() if s.by_county and all(f in ds.fields for f in s.inputs.values())]
    columns = [k for k in ds.fields if k.startswith("县区.")]
    weight = SimpleNamespace(aggregation="加权", weight=columns[0].partition(".")[2], unit="%",
                             is_ratio=True, lower_is_better=False)
    for key in columns:
        specs.append(reported_spec(key, key, ds.fields[key], None, ds.fields)[0])
        specs.append(reported_spec(key, key, ds.fields[key], None, ds.fields, unit="%")[0])
        specs.append(reported_spec(key, key, ds.fields[key], weight, ds.fields)[0])
    return specs


def _same(a: list, b: list) -> bool:
    return [repr(x) for x in a] == [repr(x) for x in b]  # exact: 0.1 + 0.2 is not 0.3 here


@pytest.mark.parametrize("which", ["sample", "province"])
def test_every_county_at_once_equals_each_county_alone(which, sample_path, request):
    path = sample_path if which == "sample" else request.getfixturevalue("province")
    ds = read_dataset(open_source(path))
    specs = _specs(ds)
    assert sum(s.per_county is not None for s in specs) >= 30
    for spec in specs:
        if spec.per_county is None:
            continue
        seen = []
        for previous in (False, True):
            alone = _one_by_one(spec, ds, CountySlicer(ds.counties), previous)
            together = _at_once(spec, ds, CountySlicer(ds.counties), previous)
            assert together is not None, spec.name
            assert _same(together, alone), (spec.name, previous)
            seen += alone
        assert any(v is not None for v in seen), spec.name  # the comparison saw real figures


def test_reports_are_the_same_with_and_without_the_per_county_forms(sample_path, province):
    for path in (sample_path, province):
        ds = read_dataset(open_source(path))
        plain = Registry()
        for spec in build_registry():
            plain.add(replace(spec, per_county=None))
        fast, _ = engine.evaluate(build_registry(), ds)
        slow, _ = engine.evaluate(plain, ds)
        assert [(r.name, repr(r.counties)) for r in fast] == [(r.name, repr(r.counties)) for r in slow]
        assert sum(len(r.counties) for r in fast) > 10 * len(ds.counties)


def _edge_dataset() -> SimpleNamespace:
    """Counties without ledger rows, rows of unlisted or blank counties, blank county cells."""
    counties = ["甲县", "乙县", "丙县", "丁县"]
    ledger = Frame.from_columns({
        "县区": ["乙县", "甲县", "戊县", None, "乙县", "甲县", "乙县"],
        "年度": [2011, 2011, 2011, 2011, 2010, 2011, 2011],
        "项目类别": ["科技计划项目"] * 7,
        "级别": ["省级", "国家级", "省级", "省级", "省级", "市级", "省级"],
        "承担单位": ["A", "B", "C", "D", "A", "B", "A"],
    }, numeric=["年度"])
    enterprises = Frame.from_columns({
        "企业名称": ["E1", "E2", "E3", "E4"],
        "县区": ["丙县", "甲县", "丙县", "丙县"],
        "企业类型": ["创新型企业", "高新技术企业、创新型企业", "创新型企业", "高新技术企业"],
        "认定年份": [2009, 2011, 2010, 2012],
        "重点企业": ["是", None, "是", "是"],
        "工业总产值": [1.1, 2.2, np.nan, 0.7],
        "主营业务收入": [10.0, 0.0, 3.3, 1.0],
        "R&D经费支出": [0.7, 0.1, 0.2, np.nan],
    }, numeric=["认定年份", "工业总产值", "主营业务收入", "R&D经费支出"])
    column = np.array([1.5, np.nan, 0.0, 2.25])
    fields = {
        "项目台账": Field(ledger, ledger, "项目台账!A1"),
        "企业台账": Field(enterprises, enterprises, "企业台账!A1"),
        "县区.高新技术产业产值": Field(column, np.array([1.0, 2.0, np.nan, 0.0]), "县区数据!B1"),
        "县区.规模以上工业总产值": Field(np.array([3.0, 4.0, 5.0, 0.0]), None, "县区数据!C1"),
    }
    return SimpleNamespace(location="x.xlsx", settings=Settings(city="", organization="", year=2011),
                           targets=[], fields=fields, counties=counties)


def test_edge_cases_match_each_county_alone():
    ds = _edge_dataset()
    specs = [s for s in build_registry() if s.per_county is not None
             and all(f in ds.fields for f in s.inputs.values())]
    assert len(specs) >= 12
    for spec in specs:
        for previous in (False, True):
            alone = _one_by_one(spec, ds, CountySlicer(ds.counties), previous)
            together = _at_once(spec, ds, CountySlicer(ds.counties), previous)
            assert _same(together, alone), (spec.name, previous, together, alone)


def test_county_ledger_counts_distinct_values_and_sums():
    frame = Frame.from_columns({"县区": ["乙", "甲", "外", "乙", "乙", "乙"], "v": [1.0, 2.0, 3.0, 4.0, None, 9.0],
                                "单位": ["A公司", "A公司", "B公司", "B公司", "A公司", "B公司"]},
                               numeric=["v"])
    slicer = CountySlicer(["甲", "乙", "丙"])
    ledger = slicer.every(Field(frame, frame, "台账!A1"), previous=False)
    assert isinstance(ledger, CountyLedger)
    assert ledger.counts(np.array([True, True, True, False, True, True])) == [1, 3, 0]
    # distinct 单位 per county among the selected rows; a row of no listed county counts nowhere
    units = frame.plain("单位")
    assert ledger.distinct(units, np.array([True, True, True, True, True, True])) == [1, 2, 0]
    assert ledger.distinct(units, np.array([True, True, True, True, False, True])) == [1, 2, 0]
    assert ledger.distinct(units, np.array([False, True, True, False, False, True])) == [1, 1, 0]
    assert ledger.distinct(units, np.zeros(6, dtype=bool)) == [0, 0, 0]
    frame = Frame.from_columns({"县区": ["乙", "甲", "外", "乙", "乙"], "v": [1.0, 2.0, 3.0, 4.0, None]},
                               numeric=["v"])
    ledger = slicer.every(Field(frame, frame, "台账!A2"), previous=False)
    sums = ledger.sums(frame["v"], np.array([True, True, True, True, True]))
    assert [float(x) for x in sums] == [2.0, 5.0, 0.0]  # a blank adds nothing, as np.nansum


def test_inputs_that_cannot_be_split_fall_back_to_each_county():
    spec = build_registry().get("高新技术产业产值")
    short = Field(np.array([1.0, 2.0]), None, "县区数据!B1")  # not one figure per county
    slicer = CountySlicer(["甲", "乙", "丙"])
    assert slicer.every(short, previous=False) is UNSPLIT
    settings = Settings(city="", organization="", year=2011)
    assert engine._every_county(spec, {"v": short}, slicer, 2011, settings, previous=False) is None
    assert engine._every_county(spec, {"v": short}, slicer, 2010, settings, previous=True) == [None] * 3


def test_a_per_county_form_must_take_the_same_parameters():
    @indicator("测试指标", unit="项", inputs={"v": "县区.高新技术产业产值"}, per_county=lambda x: x)
    def tested(v):
        return v.sum()

    with pytest.raises(RegistryError, match="per_county"):
        Registry().add(tested.__kjreport_indicator__)
