"""Counties of 县区数据 and 县区上年数据 left without a partner, when that breaks a target.

A county named in one sheet only is a 提示 as long as nothing needs both years (its own growth
is 不可比). When the city's last-year total of a column feeds a target measured against last
year (增速, 提高, 新增 …), such a county leaves that total incomplete and the target
uncomputable — the summary would say 【待补充】. That is an error naming the unmatched names on
both sides (with the closest partner when there is one) and the targets it breaks; the per-name
提示 it replaces are dropped.

A county that reported last year and has no row at all this year (no name in 县区数据 comes
close) leaves this year's city total of every target summed over 县区数据 short by its share: an
error naming the county, its last-year figure and share (qa10 F9: a 开发区 row lost in pasting took
23 % off the 高新技术产业产值 total and turned a met target into 未完成).

Pure: tables and results in, ``Problem``s out.
"""

from __future__ import annotations

from kjreport.checks import names
from kjreport.errors import Problem
from kjreport.workbook import unitsheets

CURRENT, PREVIOUS = unitsheets.UNIT_SHEETS  # table keys; messages name the sheets as the book does
AGAINST_LAST_YEAR = ("增速", "提高", "年均增速", "新增", "净增")
SHOWN = 5
_HINTS = ("中没有对应的县区", "的上年数据")  # the per-name 提示 this error says again


def broken_targets(file: str, tables: dict, results, known: list[Problem] = ()) -> list[Problem]:
    """Return one error when unmatched county names leave a target against last year without
    the city's last-year total (none when an error already names those counties)."""
    current, previous = tables.get(CURRENT), tables.get(PREVIOUS)
    if current is None or previous is None or "县区" not in current.columns or "县区" not in previous.columns:
        return []
    now = [v for v in current.column("县区") or () if v]
    before = [v for v in previous.column("县区") or () if v]
    if not now or not before:
        return []
    said = names.counties_named([p for p in known if p.severity == "错误"], (current.sheet, previous.sheet))
    only_now = [v for v in dict.fromkeys(now) if v not in set(before) and names.fold(v) not in said]
    only_before = [v for v in dict.fromkeys(before) if v not in set(now) and names.fold(v) not in said]
    if not only_now and not only_before:
        return []
    twice = short_duplicates(file, current, only_now, [v for v in now if v in set(before)])
    if twice:  # 「晋江」 pasted below 「晋江市」: one county counted twice, not a new one
        only_now = [v for v in only_now if not any(f"「{v}」" in p.found for p in twice)]
    missing = missing_rows(file, current, previous, only_now, only_before, results)
    missing = twice + missing
    if missing:  # a lost or doubled row says it all; its name is no longer 'unmatched' below
        only_before = [v for v in only_before if not any(f"「{v}」" in p.found for p in missing)]
        if not only_now and not only_before:
            return missing
    broken = [r for r in results if r.target is not None and r.target.kind in AGAINST_LAST_YEAR
              and r.value is not None and r.previous is None
              and any(unitsheets.on_sheet(s, PREVIOUS) for s in r.sources)
              # a 新增 target judged by the 新增 figure 科室数据 reports needs no last-year total (qa24 F10)
              and not (r.increment_source and r.achieved is not None)]
    if not broken:
        return missing
    cell = _cell(current, only_now[0]) if only_now else _cell(previous, only_before[0])
    sheet = current.sheet if only_now else previous.sheet
    sides = []
    if only_now:
        sides.append(f"「{current.sheet}」中的{_listed(only_now, only_before)}在「{previous.sheet}」中没有对应")
    if only_before:
        sides.append(f"「{previous.sheet}」中的{_listed(only_before, only_now)}在「{current.sheet}」中没有对应")
    targets = "".join(f"「{_target_text(r.target)}」" for r in broken)
    example = _example(only_now, only_before, previous.sheet)
    return missing + [Problem(
        file, sheet, cell,
        f"年度目标{targets}无法计算：{'；'.join(sides)}，全市上年合计因此不完整",
        "请把两表中同一县区的名称改为一致" + (f"（如{example}）" if example else "")
        + "；确为新设或撤并的县区，请在另一表中补上该县区的一行及其数据")]


def short_duplicates(file: str, current, only_now: list[str], matched: list[str]) -> list[Problem]:
    """Return an error for each name only this year that is the short form of a county this
    sheet already holds under its full name (「晋江」 below 「晋江市」, qa10 F39): the county is
    counted twice, and adding it to last year's sheet, as the unmatched-name error would ask,
    doubles it there too."""
    out = []
    for name in only_now:
        partner = names.likely_match(name, matched)
        if partner is None or partner == name or not (names.abbreviates(name, partner) or names.same_stem(name, partner)):
            continue
        out.append(Problem(
            file, current.sheet, _cell(current, name),
            f"县区「{name}」可能与 {_cell(current, partner)}「{partner}」是同一县区，重复填写了一行",
            f"请删去重复的一行（各表都用全称「{partner}」）；若确为另一单位，请在「{unitsheets.pair(current.sheet)[1]}」中补上它的一行及其数据"))
    return out


def missing_rows(file: str, current, previous, only_now: list[str], only_before: list[str],
                 results) -> list[Problem]:
    """Return one error per county which reported a figure last year in a column that a target
    sums over 县区数据 and has no row this year (while every name of 县区数据 has a partner)."""
    if only_now:  # a name only this year may be the same county renamed: that is told below
        return []
    gone = only_before
    if not gone:
        return []
    names_before = previous.column("县区") or []
    lost: dict[str, list[tuple[str, str]]] = {}  # county → (column with figure and share, target)
    seen_columns: set[str] = set()
    for r in results:
        if r.target is None or r.value is None or r.target.unit == "%":
            continue  # a ratio of two sums is not short by the county's share
        column = _summed_column(r.sources, current)
        if column is None or column not in previous.columns:
            continue
        last = previous.column(column) or []
        total = sum(v for v in last if isinstance(v, (int, float)))
        for n, v in zip(names_before, last, strict=False):
            if n in gone and isinstance(v, (int, float)) and v and total:
                figure = "" if column in seen_columns else f"{column}{_number(v)}{r.target.unit}，占全市{v / total:.1%}"
                lost.setdefault(n, []).append((figure, _target_text(r.target)))
        seen_columns.add(column)
    out = []
    for name, items in lost.items():
        shown = [f for f, _ in items if f]
        figures = "；".join(shown[:3]) + ("等" if len(shown) > 3 else "")
        targets = "".join(f"「{t}」" for _, t in items[:3]) + (f"等 {len(items)} 项" if len(items) > 3 else "")
        out.append(Problem(
            file, previous.sheet, _cell(previous, name),
            f"「{previous.sheet}」中的「{name}」在「{current.sheet}」中没有对应的一行（上年{figures}），"
            f"年度目标{targets}的全市合计将少算该县区",
            f"请在「{current.sheet}」中补上「{name}」的一行及其数据；确已撤并的，请在「{previous.sheet}」中把它的数并入接收的县区，"
            "使两年口径一致"))
    return out


def _number(v: float) -> str:
    return f"{round(v, 2):g}" if abs(v) >= 1 else f"{v:.3g}"


def _summed_column(sources, table) -> str | None:
    """Return the header of ``table``'s column a result sums (its source 「县区数据!B2:B16」), or None."""
    for s in sources:
        if not unitsheets.on_sheet(s, CURRENT):
            continue
        letters = s.split("!", 1)[1].split(":", 1)[0].rstrip("0123456789")
        row = table.rows[0] if table.rows else None
        if row is None:
            return None
        for header, cell in row.cells.items():
            if cell and cell.rstrip("0123456789") == letters and header != "县区":
                return header
    return None


def without_replaced_hints(problems: list[Problem], errors: list[Problem]) -> list[Problem]:
    """Return ``problems`` without the per-name 提示 about county names that ``errors`` (from
    ``broken_targets``) already name."""
    if not errors:
        return problems
    quoted = {names.fold(n) for e in errors for n in names.QUOTED.findall(e.found)}
    return [p for p in problems
            if not (p.severity != "错误" and unitsheets.is_unit_sheet(p.sheet) and any(h in p.found for h in _HINTS)
                    and _names_in(p) & quoted)]


def _names_in(p: Problem) -> set[str]:
    if p.found.startswith("缺少") and p.found.endswith("的上年数据"):
        return {names.fold(n) for n in p.found.removeprefix("缺少").removesuffix("的上年数据").split("、")}
    return {names.fold(n) for n in names.QUOTED.findall(p.found)}


def _listed(mine: list[str], theirs: list[str]) -> str:
    out = []
    for name in mine[:SHOWN]:
        partner = _closest(name, theirs)
        out.append(f"「{name}」" + (f"（最接近的是「{partner}」）" if partner else ""))
    more = f"等 {len(mine)} 个县区" if len(mine) > SHOWN else ""
    return "、".join(out) + more


def _closest(name: str, others: list[str]) -> str | None:
    if not others:
        return None
    match = names.likely_match(name, others)
    if match is not None:
        return match
    import difflib

    close = difflib.get_close_matches(name, others, n=1, cutoff=0.5)
    return close[0] if close else None


def _example(only_now: list[str], only_before: list[str], previous_sheet: str = PREVIOUS) -> str:
    for name in only_before:
        partner = _closest(name, only_now)
        if partner:
            return f"把「{previous_sheet}」中的「{name}」改为「{partner}」"
    return ""


def _target_text(t) -> str:
    value = f"{t.value:g}"
    phrase = {"增速": f"增长{value}%", "年均增速": f"年均增长{value}%", "提高": f"提高{value}个百分点",
              "新增": f"新增{value}{t.unit}", "净增": f"净增{value}{t.unit}"}.get(t.kind, f"{value}{t.unit}")
    return f"{t.indicator}{phrase}"


def _cell(table, name: str) -> str | None:
    return next((r.cells.get("县区") for r in table.rows if r.values.get("县区") == name), None)
