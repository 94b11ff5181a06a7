"""The generic path of reported indicators: county totals, means, weighted shares."""

from __future__ import annotations

import numpy as np
import pytest

from kjreport.indicators.catalogue import load_catalogue
from kjreport.indicators.fields import Field
from kjreport.indicators.reported import (
    county_mean,
    county_total,
    county_weighted,
    reported_figure,
    reported_spec,
)

NAN = np.nan


def test_aggregations():
    v = np.array([1.0, NAN, 3.0])
    assert county_total(v) == 4.0 and county_mean(v) == 2.0
    assert county_total(np.array([NAN, NAN])) is None
    # a share weighted by its base: (10%·100 + 20%·300) ÷ 400 = 17.5%
    assert county_weighted(np.array([10.0, 20.0, NAN]), np.array([100.0, 300.0, 50.0])) == pytest.approx(17.5)
    assert county_weighted(np.array([NAN]), np.array([1.0])) is None
    assert reported_figure(2.5) == 2.5


def test_department_row_spec():
    f = Field(12.0, 10.0, "科室数据!D7", "科室数据!E7", unit="亿元", department="成果科")
    spec, note = reported_spec("技术合同成交额", "科室.技术合同成交额", f, None, {})
    assert (spec.unit, spec.kind, spec.formula, note) == ("亿元", "amount", "科室数据：成果科报送", "")
    assert not spec.by_county


def test_county_ratio_is_weighted_by_the_catalogue_column():
    cat = load_catalogue()
    share = Field(np.array([50.0, 30.0]), None, "县区数据!J2:J3", unit="%")
    base = Field(np.array([100.0, 300.0]), None, "县区数据!K2:K3")
    fields = {"县区.有研发活动企业占比": share, "县区.规上工业企业数": base}
    entry = cat.find("有研发活动企业占比")
    spec, note = reported_spec("有研发活动企业占比", "县区.有研发活动企业占比", share, entry, fields)
    assert spec.kind == "ratio" and spec.by_county and note == ""
    assert spec.func(share.current, base.current) == pytest.approx(35.0)
    # without the weight column: simple mean, and a note says so
    spec, note = reported_spec("有研发活动企业占比", "县区.有研发活动企业占比", share, entry,
                               {"县区.有研发活动企业占比": share})
    assert spec.func(share.current) == 40.0 and "规上工业企业数" in note


def test_lower_is_better_from_the_catalogue():
    cat = load_catalogue()
    f = Field(3.0, 5.0, "科室数据!D9", unit="位")
    spec, _ = reported_spec("科技创新综合评价位次", "科室.科技创新综合评价位次", f,
                            cat.find("科技创新综合评价位次"), {})
    assert spec.higher_is_better is False
