"""The plan reader's catalog and the indicator catalogue agree on every indicator both know: the
default 责任科室 and the unit (leftover7b #3: 工程技术研究中心 was 合作科 in one, 计划科 in the other).

The indicator catalogue (catalogue.csv) is the source of truth. 工程技术研究中心 is 合作科 there: the
plan both were built from (the sample bureau's 工作意见) lists it with 产业技术创新战略联盟 and 院士工作站
among the platforms enterprises build with 高校院所 (产学研合作), and the catalogue already gives 院士工作站
to 合作科; a bureau whose plan or 目标任务 names another 科室 keeps its own.
"""

from __future__ import annotations

import pytest

from kjreport.indicators.catalogue import default_department, load_catalogue
from kjreport.plan.catalog import CATALOG, CatalogEntry, entry
from kjreport.plan.catalog_agreement import disagreements


@pytest.mark.parametrize("plan_entry", CATALOG, ids=lambda e: e.name)
def test_every_entry_agrees_with_the_catalogue(plan_entry):
    assert [str(d) for d in disagreements((plan_entry,))] == []


def test_engineering_centres_have_one_department():
    for name in ("市级工程技术研究中心", "省级工程技术研究中心", "工程技术研究中心"):
        assert default_department(name) == "合作科"
    assert entry("市级工程技术研究中心").department == entry("省级工程技术研究中心").department == "合作科"
    assert load_catalogue().find("院士工作站").department == "合作科"


def test_a_disagreement_is_found_and_named():
    wrong = CatalogEntry("高新技术企业", "个", ("家",), "计划科", (r"高新技术企业",))
    found = [str(d) for d in disagreements((wrong,))]
    assert found == ["高新技术企业：责任科室 工作意见导入为「计划科」，指标库「高新技术企业」为「高新科」",
                     "高新技术企业：单位 工作意见导入为「个」，指标库「高新技术企业」为「家」"]
