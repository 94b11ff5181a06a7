"""What a county notice lists under 需要加快推进的工作: the indicators where the county fell
against last year, ranks last among the counties (末位), or grows slower than the city's growth
target (增速目标). One list for the in-year and the year-end notice, so both tell the same facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kjreport.indicators.assess import band, shown
from kjreport.model import Settings
from kjreport.summary.views import SMALL_BASE, CountyView, ResultView


@dataclass
class Shortfall:
    """One indicator a county is behind on: ``r`` the indicator, ``c`` the county's figure."""

    r: ResultView
    c: CountyView
    declined: bool  # fell against last year (a small count's change is not a decline here)
    last: bool  # ranks last (居末位, 并列末位)
    below_target: bool  # its growth is below the city's 增速 target (outside a 左右 band)

    @property
    def target(self) -> Any:
        """Return the city's growth target (the indicator's ``Target``)."""
        return self.r.result.target


def below_growth_target(r: ResultView, c: CountyView, settings: Settings) -> bool:
    """Return True when county ``c`` grows slower than the city's 增速 target of ``r`` (or a
    share rises less than its 提高 target): below a ≥ target as printed, below a 左右 target by
    more than its band."""
    t = r.result.target
    if t is None:
        return False
    if t.kind == "提高" and r.is_ratio and not r.is_rank and c.change_pp is not None:
        growth = shown(float(c.change_pp), 2)  # a share's rise against the city's 提高N个百分点
    elif t.kind == "增速" and c.yoy is not None:
        growth = shown(float(c.yoy), 1)
    else:
        return False
    if t.comparison == "≤":
        return False  # a ceiling on growth is not a pace to keep up with
    if t.comparison == "≈":
        return growth < t.value - band(t, r.result.kind, settings)
    return growth < t.value


def county_shortfalls(views: list[Any], county: str, settings: Settings) -> list[Shortfall]:
    """Return, in ``views`` order, the indicators ``county`` is behind on (see ``Shortfall``).
    ``views``: ``ResultView`` items (or (view, county view) pairs) of the notice."""
    found = []
    for item in views:
        r = item[0] if isinstance(item, tuple) else item
        c = r.county(county)
        if c is None or c.value is None or c.zero:
            continue
        small = r.is_count and c.previous is not None and float(c.previous) < SMALL_BASE
        declined = c.declined and not small
        below = below_growth_target(r, c, settings)
        if declined or c.last or below:
            found.append(Shortfall(r, c, declined, c.last, below))
    return found
