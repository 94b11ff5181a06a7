"""Where a target should stand at a given month: 序时进度 or the item's own 时间节点.

Pure: plain numbers in, a percentage out. A schedule is a list of milestones (month → expected
share of the annual target, and/or a text such as "4月签订合同"). Without milestones the
expectation is linear: month ÷ 12 (序时进度). A 均衡 schedule interpolates linearly between its
milestones; a 集中 (seasonal) one — projects approved in batches — stays at the last milestone
reached until the next one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

EVEN = "均衡"
SEASONAL = "集中"
MODES = (EVEN, SEASONAL)


@dataclass(frozen=True)
class Milestone:
    """One 时间节点: by the end of ``month``, ``share`` % of the annual target, and/or ``text``."""

    month: int
    share: float | None = None
    text: str = ""
    cell: str = ""


@dataclass(frozen=True)
class Schedule:
    """The milestones of one indicator (时间节点), in month order."""

    indicator: str
    milestones: tuple[Milestone, ...] = ()
    mode: str = EVEN

    @property
    def has_shares(self) -> bool:
        """Return True when some milestone gives an expected share."""
        return any(m.share is not None for m in self.milestones)

    def expected(self, month: int) -> float:
        """Return the share (%) of the annual target expected by the end of ``month``."""
        return expected_share(month, self)

    def due(self, month: int) -> Milestone | None:
        """Return the latest text milestone due by the end of ``month``, if any."""
        done = [m for m in self.milestones if m.text and m.month <= month]
        return done[-1] if done else None

    def next_after(self, month: int) -> Milestone | None:
        """Return the first milestone after ``month``, if any."""
        return next((m for m in self.milestones if m.month > month), None)


@dataclass
class ScheduleBook:
    """Every indicator's schedule, looked up by indicator name."""

    schedules: dict[str, Schedule] = field(default_factory=dict)

    def get(self, indicator: str) -> Schedule | None:
        """Return the schedule of ``indicator``, or None (linear 序时进度)."""
        return self.schedules.get(indicator)


def linear_share(month: int) -> float:
    """Return 序时进度: month ÷ 12 × 100."""
    return month / 12 * 100


def expected_share(month: int, schedule: Schedule | None) -> float:
    """Return the expected share (%) at the end of ``month`` under ``schedule`` (None: linear)."""
    if schedule is None or not schedule.has_shares:
        return linear_share(month)
    points = sorted((m.month, m.share) for m in schedule.milestones if m.share is not None)
    if schedule.mode == SEASONAL:
        reached = [share for m, share in points if m <= month]
        return reached[-1] if reached else 0.0
    if points[-1][0] < 12:
        points.append((12, max(100.0, points[-1][1])))
    before = (0, 0.0)
    for m, share in points:
        if month == m:
            return share
        if month < m:
            m0, s0 = before
            return s0 + (share - s0) * (month - m0) / (m - m0)
        before = (m, share)
    return points[-1][1]
