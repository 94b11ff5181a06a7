"""Turning the copies' own changes into master cells: offers per cell, conflicts, ``--prefer``.

A cell is written when the copies offering a value for it agree and the master's cell is empty.
It is a conflict when the copies disagree or the master already holds another value, unless
``prefer`` decides: "newest" (the most recently modified copy wins, copies over the master),
"master" (the master keeps what it has) or a copy's file name (that copy wins where it has a
value). New rows go below the master's last data row, in the order the copies bring them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kjreport.collect.model import CellChange, CollectPlan, Conflict, Contribution, Offer
from kjreport.collect.rows import Change, columns_of, same
from kjreport.workbook.numbers import is_blank
from kjreport.workbook.tables import ColumnAt, Row, Table

NEWEST, MASTER = "newest", "master"


@dataclass
class _Proposal:
    """Everything the copies offer for one master row."""

    target: Row | None
    offers: dict[str, list[Offer]] = field(default_factory=dict)  # column → offers


def plan_sheet(
    plan: CollectPlan,
    sheet: str,
    master: Table,
    per_copy: list[tuple[str, list[Change]]],
    prefer: str | None,
) -> None:
    """Add the cells ``per_copy`` (copy name, its own changes; newest last for "newest")
    bring to ``master`` to ``plan``: changes, contributions, conflicts."""
    proposals: dict[tuple, _Proposal] = {}
    for name, changes in per_copy:
        for ch in changes:
            proposal = proposals.setdefault(ch.key, _Proposal(ch.target))
            for column, value in ch.diff.items():
                shown = ch.shown[column] if column in ch.shown else stored(value, ch.columns[column])
                offer = Offer(name, ch.row.cells[column], value, shown)
                proposal.offers.setdefault(column, []).append(offer)

    columns = columns_of(master)
    credit: dict[str, Contribution] = {}
    next_row = master.last_row + 1
    for key, proposal in proposals.items():
        row = proposal.target
        chosen: dict[str, tuple[object, tuple[str, ...]]] = {}
        for column, offers in proposal.offers.items():
            held = row.values.get(column) if row is not None else None
            at = columns[column]
            master_cell = f"{at.letter}{row.number}" if row is not None else None
            value = _resolve(held, offers, prefer)
            if value is _CONFLICT:
                held_shown = None if is_blank(held) else stored(held, at)
                plan.conflicts.append(
                    Conflict(sheet, _label(key), column, master_cell, held_shown, offers)
                )
            elif value is not _KEEP:
                chosen[column] = (value, tuple(o.file for o in offers if same(o.value, value)))
        if not chosen:
            continue
        number = row.number if row is not None else next_row
        if row is None:
            next_row += 1
        files = set()
        for column, (value, givers) in chosen.items():
            at = columns[column]
            old = row.values.get(column) if row is not None else None
            plan.changes.append(
                CellChange(
                    sheet,
                    f"{at.letter}{number}",
                    None if is_blank(old) else stored(old, at),
                    stored(value, at),
                    givers,
                )
            )
            files.update(givers)
            for giver in givers:
                c = credit.setdefault(giver, Contribution(giver, sheet))
                c.cells += 1
        for giver in files:
            credit[giver].rows += 1
            credit[giver].added += row is None
    order = [name for name, _ in per_copy]
    plan.contributions += sorted(credit.values(), key=lambda c: order.index(c.file))


_CONFLICT = object()
_KEEP = object()


def _resolve(held: object, offers: list[Offer], prefer: str | None) -> object:
    """Return the value to write, ``_KEEP`` to leave the master's, or ``_CONFLICT``."""
    distinct: list[object] = []
    for offer in offers:
        if not any(same(offer.value, v) for v in distinct):
            distinct.append(offer.value)
    master_has = not is_blank(held)
    if len(distinct) == 1 and not master_has:
        return distinct[0]
    if prefer == MASTER:
        return _KEEP if master_has else _CONFLICT
    if prefer == NEWEST:
        return offers[-1].value  # the copies come oldest first
    preferred = [o.value for o in offers if o.file == prefer]
    return preferred[-1] if preferred else _CONFLICT


def stored(value: object, at: ColumnAt) -> object:
    """Return ``value`` (read in the schema's unit) as the master's column stores it: in the
    unit its header states, whole numbers as int, 是/否 for yes/no."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float)):
        number = float(value) / at.factor if at.factor != 1.0 else float(value)
        number = float(f"{number:.15g}")  # drop the noise of the unit conversion
        if at.column.kind in ("int", "year") or number.is_integer():
            return int(number) if number.is_integer() else number
        return number
    return value


def _label(key: tuple) -> str:
    """Return a row's key for messages: "西山县", "2012/项目/单位", "一.1/高新科（第2条）"."""
    *values, n = key
    text = "/".join(str(v) for v in values)
    return f"{text}（第{n + 1}条）" if n else text
