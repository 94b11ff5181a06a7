"""The indicator catalogue (指标库) is data: complete, sourced, consistent with the built-ins."""

from __future__ import annotations

import pytest

from kjreport.errors import RegistryError
from kjreport.indicators.catalogue import KINDS, load_catalogue, parse_catalogue
from kjreport.indicators.registry import build_registry

# the list of issue 9 §2, as a plan may word them
ISSUE_LIST = [
    "全社会R&D经费投入强度", "规上工业企业研发费用", "规上工业企业研发费用占营业收入比重",
    "有研发活动企业占比", "高新技术企业数", "有效高新技术企业", "新增高新技术企业", "净增高新技术企业",
    "科技型中小企业入库数", "技术合同成交额", "技术交易额", "高新技术产业产值", "高新技术产业增加值",
    "高新技术产业增加值占规上工业增加值比重", "高新技术产业产值占规上工业比重", "高新技术产业投资",
    "每万人口高价值发明专利拥有量", "研发人员", "每万名就业人员中研发人员", "新型研发机构", "重点实验室",
    "工程技术研究中心", "科技企业孵化器", "众创空间", "院士工作站", "科技进步奖", "财政科技支出",
    "财政科技支出占一般公共预算支出比重", "区域科技创新指数", "科技创新综合评价位次",
]


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def test_covers_the_issue_list(catalogue):
    assert len(catalogue) >= 25
    missing = [n for n in ISSUE_LIST if catalogue.find(n) is None]
    assert missing == []


def test_every_entry_has_a_definition_and_a_checked_source(catalogue):
    for e in catalogue:
        assert e.definition and e.source, e.name
        assert e.kind in KINDS and e.department
        assert e.check is not None, f"{e.name}: no row in catalogue_sources.csv"
        if e.check.status == "未核实":
            assert e.source.startswith("来源未核实："), e.name  # said plainly, not dressed as a citation
            assert not e.check.addresses
        else:
            assert not e.source.startswith("来源未核实"), e.name
            assert e.check.document and e.check.issuer, e.name
            assert all(a.startswith(("http://", "https://")) for a in e.check.addresses), e.name
            assert e.check.addresses


def test_every_source_row_names_a_catalogue_entry(catalogue):
    import csv

    from kjreport.indicators.catalogue import SOURCES_FILE

    with SOURCES_FILE.open(encoding="utf-8-sig", newline="") as f:
        names = [r["名称"] for r in csv.DictReader(f)]
    assert len(names) == len(set(names))
    assert sorted(names) == sorted(e.name for e in catalogue)


def test_bad_source_row_names_its_line():
    from kjreport.indicators.catalogue import parse_sources

    with pytest.raises(RegistryError, match="第3行「坏」"):
        parse_sources([{"名称": "好", "核实": "未核实"}, {"名称": "坏", "核实": "已核实", "地址": ""}])


def test_synonyms_meet(catalogue):
    assert catalogue.same("R&D经费投入强度", "全社会R&D经费支出占GDP比重")
    assert catalogue.same("财政科技拨款", "一般公共预算科学技术支出")
    assert not catalogue.same("技术合同成交额", "技术交易额")  # different 口径


def test_builtin_links_name_real_builtins(catalogue):
    names = set(build_registry().names)
    linked = [e.builtin for e in catalogue if e.builtin]
    assert linked and all(b in names for b in linked)


def test_no_name_belongs_to_two_entries(catalogue):
    from kjreport.indicators.names import name_key

    owner = {}
    for e in catalogue:
        for n in e.names:
            assert owner.setdefault(name_key(n), e.name) == e.name, n


def test_ratio_entries_say_how_counties_add_up(catalogue):
    for e in catalogue:
        if e.kind in ("比重", "强度") and e.aggregation != "不汇总":
            assert e.aggregation == "加权" and e.weight, e.name


def test_bad_row_names_its_line():
    with pytest.raises(RegistryError, match="第3行「坏」"):
        parse_catalogue([{"名称": "好"}, {"名称": "坏", "类型": "什么"}])
    with pytest.raises(RegistryError, match="加权"):
        parse_catalogue([{"名称": "占比", "县区汇总": "加权"}])


def test_a_short_name_longer_than_the_name_names_its_line():
    from kjreport.indicators.catalogue import parse_catalogue

    with pytest.raises(RegistryError, match="第3行「坏名」：简称应比名称短"):
        parse_catalogue([{"名称": "好名称", "简称": "好"}, {"名称": "坏名", "简称": "坏名称"}])


@pytest.mark.parametrize("name, entry", [
    # spellings of real plans (round 18's QA: 商丘 2025, 福州 2025, 新乡 2024)
    ("技术合同成交金额", "技术合同成交额"), ("技术市场交易额", "技术合同成交额"),
    ("国家科技型中小企业入库", "科技型中小企业"), ("每万人有效发明专利", "每万人口发明专利拥有量"),
    ("每万人就业人员中研发人员数", "每万名就业人员中研发人员"),
    ("科技财政支出占公共财政支出比重", "财政科技支出占一般公共预算支出比重"),
])
def test_plans_spellings_find_their_entry(catalogue, name, entry):
    assert catalogue.find(name).name == entry
