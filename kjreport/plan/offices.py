"""A new workbook's offices (科室) and county columns taken from the plan, not from the 2011 seed.

A plan often says who answers for an item: "……全省工程技术研究中心10家。（责任单位：合作处、
办公室，各区县科技局）". Those are the bureau's own offices (处 in a 地级市 of Zhejiang, 科 in
the seed's Shandong city): the item's targets get the first office named, and where the plan
names its offices its own way the catalogue's seed names (高新科) give way to them (高新处) or to
nothing, so the clerk does not find 高新科 and 高新处 side by side.

The 县区数据 sheet of a workbook made from a plan holds the columns its targets are computed
from (全社会R&D经费支出 and 地区生产总值 for an R&D intensity target), not every seed column
(利益共同体, 培训农民): a county is asked only for what the plan assesses.
"""

from __future__ import annotations

import dataclasses
import re

from kjreport.model import Target
from kjreport.plan.parse import PlanImportResult
from kjreport.workbook import schema

_DUTY = re.compile(r"[（(]\s*(?:责任单位|责任处室|责任科室|牵头单位|牵头处室)\s*[:：]\s*([^）)]{1,80})[）)]")
_OFFICE = re.compile(r"[\u4e00-\u9fff]{1,10}(?:处|科|室)")


def duty_offices(text: str) -> list[tuple[int, list[str]]]:
    """Return (position, offices) of each "（责任单位：合作处、办公室，各区县科技局）" in ``text``:
    the bureau's own offices named there, in order (not 各区县科技局 nor another bureau)."""
    out = []
    for m in _DUTY.finditer(text or ""):
        names = [n.strip() for n in re.split(r"[、，,；;\s]+", m.group(1))]
        own = [n for n in names if _OFFICE.fullmatch(n) and not n.startswith(("各", "市", "县", "区"))]
        if own:
            out.append((m.start(), own))
    return out


def plan_offices(plan: PlanImportResult) -> list[str]:
    """Return every office the plan's 责任单位 notes name, in order of first mention."""
    names: list[str] = []
    for node in plan.plan.walk():
        for _, own in duty_offices(node.text):
            names += own
    return list(dict.fromkeys(names))


def own_offices(plan: PlanImportResult) -> bool:
    """Return whether the plan names its offices its own way (an office not in the seed's list)."""
    return any(o not in schema.DEPARTMENTS for o in plan_offices(plan))


def offices_from_plan(plan: PlanImportResult) -> list[Target]:
    """Return the plan's targets with the 责任科室 the plan itself gives them: the first office of
    the 责任单位 note after the target's sentence in its item; where the plan names offices not in
    the seed's list, a catalogue default becomes the plan's office of the same stem (高新科 → 高新处)
    or is left empty for the clerk."""
    from kjreport.indicators.catalogue import default_department

    offices = plan_offices(plan)
    if not offices:
        return plan.targets
    own_names = any(o not in schema.DEPARTMENTS for o in offices)
    nodes = {n.code: n for n in plan.plan.walk()}
    out = []
    for t in plan.targets:
        stated = _stated(t, [nodes[c] for c in t.plan_items if c in nodes])
        department = t.department
        if stated:
            department = stated
        elif own_names and department and department == default_department(t.indicator) and department not in offices:
            stem = re.sub(r"(?:科|处|室)$", "", department)
            department = next((o for o in offices if stem and o.startswith(stem)), "")
        out.append(dataclasses.replace(t, department=department) if department != t.department else t)
    return out


def _stated(t: Target, nodes: list) -> str:
    """Return the first office of the 责任单位 note that follows ``t``'s sentence in its items."""
    probe = re.sub(r"\s", "", t.sentence)[:12]
    for node in nodes:
        text = re.sub(r"\s", "", node.text or "")
        at = text.find(probe) if probe else -1
        if at < 0:
            continue
        after = [own for pos, own in duty_offices(text) if pos >= at]
        if after:
            return after[0][0]
    return ""


def county_header(plan: PlanImportResult | None) -> list[object]:
    """Return the 县区数据 header of a new workbook: 县区, the columns the ``plan``'s targets are
    computed from, 类型. Without a plan, or a plan with no targets (the clerk types them), every
    seed column, as before."""
    every = [c.header for c in schema.COUNTY.columns]
    if plan is None or not plan.targets:
        return every
    from kjreport.indicators.reported import COUNTY_PREFIX
    from kjreport.indicators.resolve import builtin_for
    from kjreport.plan.sources import _lookups

    registry, catalogue = _lookups()
    used: set[str] = set()
    for t in plan.targets:
        spec = builtin_for(t.indicator, registry, catalogue)
        if spec is not None:
            used |= {k[len(COUNTY_PREFIX):] for k in spec.inputs.values() if k.startswith(COUNTY_PREFIX)}
    keep = {"县区", "类型", *used}
    return [c.header for c in schema.COUNTY.columns if c.name in keep]
