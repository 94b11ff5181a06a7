"""The review of one imported plan: which targets to check first and which lines may hold a
missed target (``review.py`` decides; this module gathers its inputs from the plan file and the
indicator catalogue)."""

from __future__ import annotations

from dataclasses import dataclass, field

from kjreport.model import Target
from kjreport.plan.parse import PlanImportResult
from kjreport.plan.review import (
    Miss,
    noted_lines,
    plain_lines,
    plan_headings,
    possible_misses,
    review_flags,
    target_lines,
)


@dataclass
class PlanReview:
    """Per target a reason to check it ("" when none) and its line; lines that may hold a miss."""

    targets: list[Target]
    flags: list[str]
    lines: list[int | None]
    misses: list[Miss] = field(default_factory=list)

    def flagged(self) -> list[tuple[int, Target, int | None, str]]:
        """Return (row in 目标任务 from 1, target, line, reason) of every flagged target."""
        return [
            (i + 1, t, line, flag)
            for i, (t, line, flag) in enumerate(zip(self.targets, self.lines, self.flags, strict=True))
            if flag
        ]


def review_plan(result: PlanImportResult) -> PlanReview:
    """Return the review of ``result``, reading its plan file's lines again (a few ms)."""
    from kjreport.plan.reader import read_plan
    from kjreport.plan.sources import catalogue_names

    try:
        lines = plain_lines((ln.number, ln.text) for ln in read_plan(result.source)[0])
    except Exception:  # noqa: BLE001 — it was read a moment ago; without lines flags still work
        lines = []
    year = result.target_year or result.year
    flags = review_flags(
        result.targets, year=year, names=catalogue_names(), headings=plan_headings(result.plan)
    )
    listed = {
        u.line for items in (result.unmapped, result.other_years, result.past, result.not_targets) for u in items
    }
    # the notes name lines too ("「高新技术企业」在第3行为 ≥260家，第8行又写作 ≥2212家"): not repeated
    listed |= noted_lines(result.notes, result.unit_word)
    return PlanReview(
        list(result.targets),
        flags,
        target_lines(lines, result.targets),
        possible_misses(lines, result.targets, listed, year=year),
    )
