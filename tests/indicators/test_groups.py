"""Ranking groups (排名分组): which units rank apart, decided from the types the workbook states."""

from __future__ import annotations

from kjreport.indicators.engine import _ranked
from kjreport.indicators.groups import group_order, rank_groups

CHANGCHUN = {"南关区": "区", "朝阳区": "区", "双阳区": "区", "榆树市": "县", "农安县": "县",
             "长春新区": "开发区", "经开区": "开发区", "净月区": "开发区", "汽开区": "开发区"}


def test_counties_and_zones_rank_apart():
    groups = rank_groups(list(CHANGCHUN), CHANGCHUN)
    assert groups["农安县"] == groups["双阳区"] == "县（市）区"
    assert groups["长春新区"] == groups["汽开区"] == "开发区"
    assert group_order(groups, CHANGCHUN) == [
        ("县（市）区", ["南关区", "朝阳区", "双阳区", "榆树市", "农安县"]),
        ("开发区", ["长春新区", "经开区", "净月区", "汽开区"]),
    ]


def test_one_list_when_the_workbook_says_nothing_or_no():
    names = list(CHANGCHUN)
    assert rank_groups(names, {}) == {}  # no 类型 column: name endings never split a list
    assert rank_groups(names, CHANGCHUN, {"排名分组": "不分组"}) == {}
    assert rank_groups(names, CHANGCHUN, {"排名分组": "按类型"})
    lone = dict(CHANGCHUN, 经开区="区", 净月区="区", 汽开区="区")  # one 开发区 beside the 县区
    assert rank_groups(names, lone) == {}


def test_counties_without_a_county_city_are_xianqu():
    """qa12b F22: 南昌's 9 县区 hold no 县级市 — "在9个县区中", never "县（市）区"; 长春's 榆树市 keeps it."""
    names = ["东湖区", "西湖区", "南昌县", "进贤县", "南昌高新区", "南昌经开区"]
    groups = rank_groups(names, {"南昌高新区": "开发区", "南昌经开区": "开发区"})
    assert groups["东湖区"] == groups["南昌县"] == "县区"
    with_city = rank_groups(names + ["榆树市"], {"南昌高新区": "开发区", "南昌经开区": "开发区"})
    assert with_city["东湖区"] == with_city["榆树市"] == "县（市）区"


def test_types_from_the_settings_option():
    names = ["清河区", "金堤县", "凤城县", "鲁泽高新区", "经济开发区"]
    groups = rank_groups(names, {}, {"县区类型": "鲁泽高新区：高新区；经济开发区：开发区"})
    assert groups["清河区"] == "县区" and groups["鲁泽高新区"]  # no 县级市: 县区 (qa12b F22) == groups["经济开发区"] == "开发区"


def test_ranks_restart_in_each_group_and_ties_stay_within_it():
    groups = {"甲区": "县（市）区", "乙县": "县（市）区", "丙县": "县（市）区", "A开发区": "开发区",
              "B开发区": "开发区"}
    rows = [("甲区", 5.0, None, None, None), ("乙县", 3.0, None, None, None), ("丙县", 3.0, None, None, None),
            ("A开发区", 50.0, None, None, None), ("B开发区", 80.0, None, None, None)]
    got = {c.county: (c.rank, c.group) for c in _ranked(rows, False, groups)}
    assert got == {"甲区": (1, "县（市）区"), "乙县": (2, "县（市）区"), "丙县": (2, "县（市）区"),
                   "A开发区": (2, "开发区"), "B开发区": (1, "开发区")}
    assert [c.rank for c in _ranked(rows, False)] == [3, 4, 4, 2, 1]  # one list as before
