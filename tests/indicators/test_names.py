"""Tolerant indicator names: the folds people's typing needs, and nothing more."""

from __future__ import annotations

import pytest

from kjreport.indicators.names import closest, name_key


@pytest.mark.parametrize(("a", "b"), [
    ("全市 高新技术企业数（家）", "高新技术企业"),
    ("R＆D经费投入强度", "r&d经费投入强度"),
    ("全社会研发经费投入占GDP比重", "全社会R&D经费投入占地区生产总值的比重"),
    ("技术合同成交额(亿元)", "技术合同成交额"),
    ("规模以上工业企业研发费用", "规上工业企业R&D费用"),
    ("高新技术企业数量", "高新技术企业总数"),
])
def test_same_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("区域科技创新指数", "区域科技创新"),  # 指数 is part of the name, not a count suffix
    ("全社会R&D经费投入", "R&D经费投入"),  # 全社会 is not a place prefix
    ("省级工程技术研究中心", "市级工程技术研究中心"),
])
def test_different_key(a, b):
    assert name_key(a) != name_key(b)


def test_closest_names_candidates():
    names = ["高新技术产业产值", "高新技术企业", "技术合同成交额"]
    assert closest("高新技术产业产出", names)[0] == "高新技术产业产值"
    assert closest("完全无关的名字", names) == []
