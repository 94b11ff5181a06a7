"""``check``'s county shares (``checks.shares.PlainSlicer``) come from the built-ins' per-county
forms in one call — county columns as lists, a ledger as a ``PlainCountyLedger`` — and equal,
bit for bit, the indicator called on each county's rows; numpy is never imported for them."""

from __future__ import annotations

import math

import pytest

from kjreport.checks.shares import PlainSlicer
from kjreport.dataset import read_dataset
from kjreport.indicators.engine import call_plain
from kjreport.indicators.frame import Frame
from kjreport.indicators.plaincounties import PlainCountyLedger
from kjreport.indicators.registry import build_registry
from kjreport.workbook.open import open_source


def _one_by_one(slicer: PlainSlicer, spec, ds) -> list:
    n = len(ds.counties)
    parts = {p: slicer._slices(ds.fields[f].current, n) for p, f in spec.inputs.items()}
    return [call_plain(spec, {p: s[i] for p, s in parts.items()}, ds.settings) for i in range(n)]


@pytest.mark.parametrize("which", ["sample", "province"])
def test_county_figures_at_once_equal_each_county_alone(which, sample_path, request):
    path = sample_path if which == "sample" else request.getfixturevalue("province")
    ds = read_dataset(open_source(path))
    specs = [s for s in build_registry() if s.by_county and all(f in ds.fields for f in s.inputs.values())]
    slicer = PlainSlicer(ds)
    at_once = []
    for spec in specs:
        fast = slicer.figures(spec)
        assert [repr(x) for x in fast] == [repr(x) for x in _one_by_one(slicer, spec, ds)], spec.name
        if slicer._at_once(spec, len(ds.counties)) is not None:
            at_once.append(spec.name)
    # every share the check judges by county is computed in one call, the ledger ones included
    assert {"高新技术产业产值占规模以上工业总产值比重", "全社会R&D经费投入占GDP比重", "重点企业产值占高新技术产业产值比重",
            "创新型企业R&D经费占销售收入比重", "高新技术企业和试点企业R&D经费占销售收入比重", "重点企业产值"} <= set(at_once)


def test_plain_county_ledger_sums_as_numpy_adds():
    import numpy as np

    from kjreport.indicators.counties import CountySlicer
    from kjreport.indicators.fields import Field

    rng = np.random.default_rng(7)
    n = 700
    counties = ["甲县", "乙县", "丙区"]
    values = rng.random(n) * 10.0 ** rng.integers(-3, 6, n)
    values[rng.random(n) < 0.1] = math.nan
    places = [*counties, "别处"]  # a row of no listed county counts for none
    frame = Frame.from_columns({"县区": [places[i] for i in rng.integers(0, 4, n)], "产值": values.tolist()},
                               numeric=["产值"])
    mask = rng.random(n) < 0.7
    plain = PlainCountyLedger(frame, counties).sums(frame.plain("产值"), mask.tolist())
    ledger = CountySlicer(counties).every(Field(frame, None, "企业台账!A1:B9"), previous=False)
    assert [repr(x) for x in plain] == [repr(float(x)) for x in ledger.sums(frame["产值"], mask)]


def test_a_form_needing_more_than_a_plain_ledger_falls_back(sample_path):
    ds = read_dataset(open_source(sample_path))
    slicer = PlainSlicer(ds)
    spec = build_registry().get("高新技术企业")  # a count: ``counts`` is not on a plain ledger
    assert slicer._at_once(spec, len(ds.counties)) is None
    assert slicer.figures(spec) == _one_by_one(slicer, spec, ds)
