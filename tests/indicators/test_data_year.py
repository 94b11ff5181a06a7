"""数据年度 (qa10 F24): a 科室数据 row of an earlier year is computed as usual and says so.

Pure: a handful of ``Field``s and a target in, results out — no workbook.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from kjreport import text as tx
from kjreport.errors import RegistryError
from kjreport.indicators.catalogue import load_catalogue, parse_catalogue
from kjreport.indicators.engine import data_year, evaluate
from kjreport.indicators.fields import Field
from kjreport.indicators.registry import build_registry
from kjreport.model import Settings, Target

YEAR = 2025


@dataclass
class Inputs:
    """The engine's inputs (``fields.IndicatorInputs``) without a workbook."""

    fields: dict[str, Field]
    targets: list[Target] = field(default_factory=list)
    location: str = "测试.xlsx"
    settings: Settings = field(default_factory=lambda: Settings("鲁泽市", "鲁泽市科学技术局", YEAR))
    counties: list[str] = field(default_factory=list)


def _row(current, previous, unit, data_year=None, row=5) -> Field:
    return Field(current, previous, f"科室数据!D{row}", f"科室数据!E{row}", unit=unit, department="计划科",
                 data_year=data_year)


def _result(inputs: Inputs, name: str):
    results, problems = evaluate(build_registry(), inputs)
    assert not [p for p in problems if p.severity == "错误"], problems
    return next(r for r in results if r.name == name)


def test_a_lagged_share_compares_its_own_two_years_against_this_years_target():
    target = Target("全社会R&D经费投入强度", 2.7, "%", cell="目标任务!B3")
    inputs = Inputs({"科室.全社会R&D经费投入强度": _row(2.61, 2.49, "%", 2024)}, [target])
    r = _result(inputs, "全社会R&D经费投入强度")
    assert (r.data_year, r.data_lag) == (2024, 1)
    assert r.value == 2.61 and r.change_pp == pytest.approx(0.12)  # 2024 against 2023, as reported
    assert r.target.value == 2.7 and r.gap == pytest.approx(-0.09)  # this year's target: no other is known
    assert r.status == "基本完成"


def test_a_lagged_amount_grows_between_its_two_years():
    target = Target("全社会R&D经费支出", 12.0, "亿元", cell="目标任务!B4")
    inputs = Inputs({"科室.全社会R&D经费支出": _row(12.6, 11.5, "亿元", 2024)}, [target])
    r = _result(inputs, "全社会R&D经费支出")
    assert r.data_year == 2024
    assert r.yoy == pytest.approx((12.6 / 11.5 - 1) * 100)
    assert r.completion == pytest.approx(105.0) and r.status == "超额完成"


def test_this_years_figures_have_no_data_year():
    target = Target("全社会R&D经费投入强度", 2.7, "%", cell="目标任务!B3")
    r = _result(Inputs({"科室.全社会R&D经费投入强度": _row(2.8, 2.6, "%")}, [target]), "全社会R&D经费投入强度")
    assert (r.data_year, r.data_lag) == (None, 0)


def test_a_builtin_computed_from_a_lagged_row_carries_its_year():
    # 一区五园高新技术产业产值 is a built-in reading the 科室数据 row of that name
    target = Target("一区五园高新技术产业产值", 500, "亿元", cell="目标任务!B20")
    inputs = Inputs({"科室.一区五园高新技术产业产值": _row(430, 380, "亿元", 2023)}, [target])
    r = _result(inputs, "一区五园高新技术产业产值")
    assert r.origin == "内置" and (r.data_year, r.data_lag) == (2023, 2)


def test_the_earliest_year_of_the_inputs_is_the_results():
    a, b, c = _row(1, 1, "", 2024), _row(1, 1, "", 2023), _row(1, 1, "")
    assert data_year([a, b, c]) == 2023
    assert data_year([c]) is None
    assert data_year([c], increment=a) == 2024  # a 新增 row reported a year late


def test_wording_of_the_data_year():
    assert tx.data_year(2024, 2025) == "2024年数据，统计数据滞后一年"
    assert tx.data_year(2023, 2025) == "2023年数据，统计数据滞后两年"
    assert tx.data_year(2025, 2025) == tx.data_year(None, 2025) == ""
    assert tx.data_year_note(2024, 2025) == (
        "本年数、上年数为2024年、2023年数据（统计数据滞后一年）；完成情况暂按2024年数据对照2025年目标")
    assert tx.data_year_note(None, 2025) == ""


def test_catalogue_says_which_indicators_usually_lag():
    catalogue = load_catalogue()
    assert catalogue.find("全社会R&D经费投入强度").lag_years == 1
    assert catalogue.find("R&D经费投入强度").lag_years == 1  # by a synonym
    assert catalogue.find("全社会R&D经费支出").lag_years == 1
    assert catalogue.find("高新技术企业").lag_years == 0
    lagging = [e for e in catalogue if e.lag_years]
    assert all(e.check is not None and "滞后年数" in e.check.note for e in lagging)  # each says where from


def test_catalogue_refuses_a_lag_that_is_no_number_of_years():
    row = {"名称": "某指标", "单位": "%", "类型": "比重", "县区汇总": "平均", "滞后年数": "一年"}
    with pytest.raises(RegistryError, match="滞后年数"):
        parse_catalogue([row])
