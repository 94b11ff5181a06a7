"""A hand-built ``YearReport`` covering every status, a decline, a not-comparable growth rate,
a percentage target and per-county values — for building summaries without a workbook."""

from __future__ import annotations

import dataclasses
import datetime as dt

from kjreport.model import (
    CountyValue,
    IndicatorResult,
    NextYearItem,
    PlanNode,
    ProgressNote,
    Settings,
    Target,
    YearReport,
)

COUNTIES = ("清河区", "高新区", "西山县")


def node(code: str, level: str, label: str, title: str, *children: PlanNode) -> PlanNode:
    return PlanNode(code=code, level=level, label=label, title=title, children=list(children))


def plan_tree() -> PlanNode:
    return node(
        "总",
        "总",
        "",
        "主要任务目标",
        node(
            "一",
            "部分",
            "一、",
            "发挥高新技术带动作用，促进经济发展转方式调结构",
            node("一.1", "条", "一是", "加快骨干企业膨胀"),
            node("一.2", "条", "二是", "抓好高新技术重点项目"),
            node("一.4", "条", "四是", "加快建设“一区五园”"),
        ),
        node(
            "二",
            "部分",
            "二、",
            "突出两个重点，加快提升科研水平",
            node(
                "二.1",
                "节",
                "（一）",
                "深入开展技术创新提升工程",
                node("二.1.1", "条", "一是", "整合资源，突破重点"),
            ),
            node(
                "二.2",
                "节",
                "（二）",
                "深入推进产学研合作创新",
                node("二.2.2", "条", "二是", "着力引进使用高端人才"),
            ),
        ),
        node(
            "四",
            "部分",
            "四、",
            "强化四项措施，确保科技事业顺利发展",
            node("四.1", "节", "（一）", "大力培育创新型企业"),
            node(
                "四.3",
                "节",
                "（三）",
                "进一步加大科技投入",
                node("四.3.2", "条", "二是", "引导企业加大研发投入"),
            ),
        ),
    )


def target(name: str, value: float, unit: str, *items: str, dep: str = "高新科") -> Target:
    return Target(name, value, unit, plan_items=items, department=dep, cell="目标任务!B2")


def result(
    name: str, unit: str, value, *, items: tuple[str, ...], kind: str = "amount", **kw
) -> IndicatorResult:
    kw.setdefault("sources", ["县区数据!B2:B4"])
    kw.setdefault("formula", f"{name} = 各县区之和")
    return IndicatorResult(name=name, unit=unit, kind=kind, value=value, plan_items=items, **kw)


def county_values(values, previous) -> list[CountyValue]:
    ranked = sorted(values, key=lambda c: -values[c])
    out = []
    for county in COUNTIES:
        v, p = values[county], previous[county]
        out.append(CountyValue(county, v, p, yoy=(v - p) / p * 100, rank=ranked.index(county) + 1))
    return out


def ratio_counties(values, previous) -> list[CountyValue]:
    ranked = sorted(values, key=lambda c: -values[c])
    return [
        CountyValue(
            c, values[c], previous[c], change_pp=values[c] - previous[c], rank=ranked.index(c) + 1
        )
        for c in COUNTIES
    ]


def results() -> list[IndicatorResult]:
    return [
        result(
            "高新技术产业产值",
            "亿元",
            812.0,
            items=("总", "一.4"),
            previous=706.0,
            target=target("高新技术产业产值", 800, "亿元", "总", "一.4"),
            completion=101.5,
            gap=12.0,
            yoy=15.014,
            status="超额完成",
            counties=county_values(
                {"清河区": 300.0, "高新区": 450.0, "西山县": 62.0},
                {"清河区": 260.0, "高新区": 380.0, "西山县": 66.0},
            ),
        ),
        result(
            "高新技术产业产值占规模以上工业总产值比重",
            "%",
            27.1,
            kind="ratio",
            items=("总", "一.4"),
            previous=25.7,
            target=target("高新技术产业产值占规模以上工业总产值比重", 26.5, "%", "总", "一.4"),
            gap=0.6,
            change_pp=1.4,
            status="超额完成",
            yoy_note="上年数按新口径调整",
        ),
        result(
            "全社会R&D经费投入占GDP比重",
            "%",
            0.764,
            kind="ratio",
            items=("总", "四.3.2"),
            previous=0.718,
            target=target("全社会R&D经费投入占GDP比重", 0.8, "%", "总", dep="计划科"),
            gap=-0.036,
            change_pp=0.046,
            status="基本完成",
            counties=ratio_counties(
                {"清河区": 0.9, "高新区": 1.2, "西山县": 0.31},
                {"清河区": 0.8, "高新区": 1.1, "西山县": 0.35},
            ),
        ),
        result(
            "利益共同体",
            "个",
            578,
            items=("总", "四.1"),
            previous=590,
            target=target("利益共同体", 550, "个", "总", "四.1", dep="农村科"),
            completion=105.09,
            gap=28,
            yoy=-2.034,
            status="超额完成",
        ),
        result(
            "省科技成果重点推广计划项目",
            "项",
            20,
            items=("二.1.1",),
            previous=23,
            target=target("省科技成果重点推广计划项目", 25, "项", "二.1.1", dep="成果科"),
            completion=80.0,
            gap=-5,
            yoy=-13.04,
            status="未完成",
        ),
        result(
            "来市指导专家",
            "名",
            112,
            items=("二.2.2",),
            previous=95,
            target=target("来市指导专家", 100, "名", "二.2.2", dep="合作科"),
            yoy=None,
            yoy_note="口径调整，与上年不可比",
            status="不可比",
            status_note="2011年起按省人才办新口径统计，与年初目标口径不一致",
        ),
        result(
            "院士工作站",
            "个",
            2,
            items=("二.2.2",),
            previous=1,
            target=target("院士工作站", 2, "个", "二.2.2", dep="合作科"),
            completion=100.0,
            gap=0,
            yoy=100.0,
            status="完成",
        ),
        result(
            "培训农民",
            "万人次",
            32.6,
            items=("总",),
            previous=28.4,
            target=target("培训农民", 30, "万人次", "总", dep="农村科"),
            completion=108.67,
            gap=2.6,
            yoy=14.79,
            status="超额完成",
        ),
        result(
            "高新技术企业",
            "家",
            158,
            items=("总",),
            previous=0,
            target=target("高新技术企业", 150, "家", "总"),
            completion=105.33,
            gap=8,
            yoy=None,
            yoy_note="上年基数为零，不可比",
            status="超额完成",
        ),
        result(
            "重要科技成果",
            "项",
            None,
            items=("总",),
            target=target("重要科技成果", 100, "项", "总", dep="成果科"),
            status="无数据",
            status_note="项目台账中没有2011年的科技成果",
        ),
        result(
            "创新型企业R&D经费占销售收入比重",
            "%",
            5.3,
            kind="ratio",
            items=("四.3.2",),
            previous=5.1,
            target=target("创新型企业R&D经费占销售收入比重", 5, "%", "四.3.2"),
            gap=0.3,
            change_pp=0.2,
            status="超额完成",
            details={
                "标准": 5.0,
                "企业数": 30,
                "低于标准的企业": [
                    "鲁泽华信药业有限公司",
                    "鲁泽金源化工有限公司",
                    "鲁泽宏达机械有限公司",
                    "鲁泽新材料科技有限公司",
                ],
            },
        ),
        result("财政科技拨款", "亿元", 2.35, items=(), previous=1.98, yoy=18.69, status="无目标"),
    ]


def make_report(**settings_overrides) -> YearReport:
    settings = Settings(
        city="鲁泽市", organization="鲁泽市科学技术局", year=2011, report_date=dt.date(2011, 12, 20)
    )
    settings = dataclasses.replace(settings, **settings_overrides)
    rs = results()
    if settings.month < 12:
        for r in rs:
            if r.completion is not None:
                r.time_progress = settings.month / 12 * 100
                r.ahead_pp = r.completion - r.time_progress
    return YearReport(
        source="/tmp/鲁泽市2011.xlsx",
        settings=settings,
        plan=plan_tree(),
        results=rs,
        notes=[
            ProgressNote(
                "一.1",
                "高新科",
                "全年为30家重点企业协调解决实际问题46个，鲁泽华信药业有限公司年产值首次突破30亿元",
            ),
            ProgressNote("二.1.1", "计划科", "组织实施技术创新提升工程重大专项10项。"),
            ProgressNote(
                "四.3.2", "政策法规科", "落实企业研发费用加计扣除政策，为企业减免税收1.2亿元。"
            ),
        ],
        counties=list(COUNTIES),
        next_year=[
            NextYearItem("加快高新技术产业发展", "高新技术产业产值", 950, "亿元"),
            NextYearItem(
                "加大全社会科技投入，力争全社会R&D经费投入达到12亿元",
                "全社会R&D经费投入",
                12,
                "亿元",
            ),
            NextYearItem("深入开展科技特派员农村科技创业行动。"),
        ],
    )
