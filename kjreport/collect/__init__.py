"""``collect``: merge the copies departments (科室) and counties (县区) filled in back into the
master workbook (汇总表) of the year.

- Each copy contributes only its own rows (see ``kjreport.collect.owners``): a county's copy its
  row in 县区数据 and 县区上年数据 and the ledger rows of its county; a department's copy its
  rows in 科室数据 and 工作进展 and its ledger rows (项目台账 by 责任科室; 企业台账 and 平台台账,
  which have no 责任科室 column, whole). Whose copy it is comes from its content, its file name,
  or ``owners`` (``--as 文件名=单位``). Changes to other units' rows are ignored and listed.
- Rows are matched by key (县区; 指标; 条目编号+科室; 年度+项目名称+承担单位; 企业名称; 平台名称).
  A row the master lacks is appended below its last data row; in a row it has, the copy's
  non-blank cells that differ are written. A blank cell never clears the master; no row is
  deleted. Numbers are compared and written in the units the headers state.
- A copy for another year (设置 年度), a copy without a year, a bad cell (the same messages as
  ``kjreport check``, naming file, sheet and cell), an empty required cell in a row a copy
  contributes, or a county the master does not list: nothing is merged (``CheckFailed``).
- A copy with a value in an optional column the master lacks (数据年度, 口径, 备注): the master
  gains the column rather than losing the value (``kjreport.collect.columns``); a blank 数据年度
  against the master's earlier year is a difference (本年度), not nothing typed.
- Two copies giving different values for a cell, or a copy changing a value the master holds:
  nothing is merged (``CollectError`` listing every conflict with its cells) unless ``prefer``
  decides (see ``kjreport.collect.merge``).
- All changes are written by ``set_cells_in_sheets``: one atomic replacement of the master,
  one backup; only the worksheets that change are rewritten, every other package part is copied
  byte for byte. The copies are only read.
"""

from __future__ import annotations

from pathlib import Path

from kjreport.checks.level import localized, reword
from kjreport.collect import columns
from kjreport.collect.merge import MASTER, NEWEST, plan_sheet
from kjreport.collect.model import (
    COUNTY,
    DEPARTMENT,
    CollectError,
    CollectPlan,
    CollectRefused,
    Conflict,
    CopySummary,
    Owner,
)
from kjreport.collect.owners import Units, describe, identify, owns, units_of
from kjreport.collect.read import (
    COUNTY_SHEETS,
    KEYS,
    Workbook,
    is_lock_file,
    lookalikes,
    percent_targets,
    read_workbook,
)
from kjreport.collect.rows import Change, changed_rows, index_rows
from kjreport.errors import CheckFailed, Problem, WorkbookError
from kjreport.workbook import unitsheets
from kjreport.workbook.numbers import is_blank
from kjreport.workbook.schema import canonical

PREFER_HINT = ("用 --prefer newest（取最近修改的文件）、--prefer master（保留汇总表原值）、"
               "--prefer 文件名（以该文件为准）指定取舍")

__all__ = ["COUNTY", "DEPARTMENT", "CollectError", "CollectPlan", "Conflict", "Owner", "collect"]


def collect(
    master: Path | str,
    files: list[Path | str],
    *,
    prefer: str | None = None,
    owners: dict[str, str] | None = None,
    dry_run: bool = False,
) -> CollectPlan:
    """Merge the copies ``files`` into ``master``; return the plan (written unless ``dry_run``).

    ``owners`` maps a copy's file name (or path) to its county or department. Raises
    ``CheckFailed`` for bad or wrong-year copies, ``CollectError`` for conflicts and bad options,
    ``WorkbookError`` for files that cannot be opened or a master that cannot be written."""
    from kjreport.workbook.writer import ensure_writable, writing

    master = Path(master)
    if dry_run:
        return _collect(master, files, prefer, owners, dry_run)
    ensure_writable(master)
    with writing(master):  # no second collect or fill on the master until this one is done
        return _collect(master, files, prefer, owners, dry_run)


def _collect(master, files, prefer, owners, dry_run) -> CollectPlan:
    from kjreport.workbook.guard import Fingerprint

    paths, locks = _without_lock_files([Path(f) for f in files])
    paths = _distinct(master, paths)
    labels = _labels(paths)
    prefer = _check_prefer(prefer, paths, labels)
    read_as = Fingerprint.of(master)  # the master as read: never replaced if it changes meanwhile
    problems: list[Problem] = []
    base = read_workbook(master, problems)
    if base.year is None:
        found = f"（找到「{base.year_text}」）" if base.year_text else ""
        raise CollectError(
            f"汇总表 {master.name} 工作表「设置」中没有有效的年度{found}，请先填写4位年度再合并。"
        )
    _raise_errors(problems)
    base.targets = percent_targets(master)
    units = units_of(base.tables)
    whole, word = _level_words(base, units)
    try:
        plan = _merge(master, paths, labels, prefer, read_as, base, units, owners, dry_run, problems)
    except CollectRefused as exc:
        exc.plan.unit_word = word
        exc.plan.hints = localized(exc.plan.hints, whole, word)
        raise CollectRefused(localized([*exc.problems, *locks], whole, word), exc.plan, PREFER_HINT) from None
    except CollectError as exc:  # said at the bureau's level: 市州 for a province (leftover8b)
        if exc.plan is not None:
            exc.plan.unit_word = word
        raise CollectError(reword(str(exc), whole, word), exc.plan) from None
    except CheckFailed as exc:
        raise CheckFailed(localized([*exc.problems, *locks], whole, word)) from None
    plan.hints = localized([*locks, *plan.hints], whole, word)
    plan.unit_word = word
    return plan


def _without_lock_files(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """Return the paths without Excel/WPS/LibreOffice lock files, and one 提示 for those left out
    (qa11 F8: ``~$南太湖新区.xlsx`` picked up by ``报送/*.xlsx`` must not stop the merge)."""
    locks = [p for p in paths if is_lock_file(p)]
    if not locks:
        return paths, []
    names = "、".join(p.name for p in locks)
    hint = Problem(str(locks[0].parent / names), None, None,
                   "是 Excel、WPS 或 LibreOffice 打开工作簿时生成的锁文件，不是报送文件",
                   "已跳过，不影响合并", "提示")
    return [p for p in paths if not is_lock_file(p)], [hint]


def _level_words(base, units) -> tuple[str, str]:
    """Return (the whole, its units) as the master's documents say them: (全市, 县区), (全省, 市州) …"""
    from types import SimpleNamespace

    from kjreport.summary.facts import COUNTY_TYPES
    from kjreport.summary.units import book_word, units_word
    from kjreport.text.phrases import scope

    kinds: dict[str, str] = {}
    table = base.tables.get(unitsheets.COUNTY)
    for row in table.rows if table is not None else []:
        name, kind = row.values.get("县区"), row.values.get("类型")
        if name and kind:
            kinds[str(name).strip()] = str(kind).strip()
    level = SimpleNamespace(city=base.city, organization=base.organization)
    word = units_word(level, units.counties, lambda n: kinds.get(n)
                      or next((t for t in COUNTY_TYPES if n.endswith(t)), ""))
    return scope(base.city), book_word(word, unitsheets.called(base.tables, unitsheets.COUNTY))


def _merge(master, paths, labels, prefer, read_as, base, units, owners, dry_run, problems) -> CollectPlan:
    from kjreport.workbook.writer import set_cells_in_sheets

    explicit = _explicit_owners(owners or {}, paths, units)

    copies = []
    for path in paths:  # every copy is read before anything is said: all problems at once (qa11 F6)
        try:
            copy = read_workbook(path, problems)
        except WorkbookError as exc:
            problems.append(exc.problem)
            continue
        copy.label = labels[copy.path]
        if copy.year != base.year:
            problems.append(_wrong_year(copy, base))
            continue  # its rows are another year's: not compared with this year's
        problems += _renamed_sheets(copy, base)
        copies.append(copy)

    if prefer == NEWEST:
        copies.sort(key=lambda c: c.path.stat().st_mtime)
    plan = CollectPlan(master)
    columns.aliases(base.tables, copies, problems)  # a county's own name for a master column (qa14b F1)
    added = columns.widen(master, base.tables, copies)  # 数据年度, a column the master lacks: never dropped
    indexes = {s: index_rows(t, KEYS[s]) for s, t in base.tables.items()}
    own: dict[str, list[tuple[str, list[Change]]]] = {s: [] for s in base.tables}
    for copy in copies:
        summary, changes = _own_changes(copy, base, indexes, units, explicit, problems)
        plan.copies.append(summary)
        for sheet, rows in changes.items():
            own[sheet].append((copy.name, rows))
    plan.hints = [p for p in problems if p.severity != "错误"]
    plan.errors = [p for p in problems if p.severity == "错误"]

    # compared even when a file has errors: every problem and every conflict in one run (qa12 F18);
    # a wrong cell is still an offer, so two files of one county that disagree are said to
    for sheet, per_copy in own.items():
        plan_sheet(plan, base.tables[sheet].sheet, base.tables[sheet], per_copy, prefer)  # the master's name
    columns.headers(plan, master, base.tables, added)
    if plan.errors:
        raise CollectRefused(plan.errors, plan, PREFER_HINT)
    if plan.conflicts:
        lines = "\n".join(f"{i}. {c}" for i, c in enumerate(plan.conflicts, 1))
        raise CollectError(
            f"有 {len(plan.conflicts)} 处数值不一致，汇总表 {master.name} 未合并任何数据；"
            f"请核实后改正报送文件，或{PREFER_HINT}：\n" + lines,
            plan,
        )
    if not dry_run and plan.changes:
        plan.backup = set_cells_in_sheets(
            master, plan.by_sheet(), expect=read_as, recalc=plan.recalc
        )
        plan.written = True
    return plan


def _distinct(master: Path, paths: list[Path]) -> list[Path]:
    """Return ``paths`` without repeats; refuse the master itself among them."""
    out: list[Path] = []
    seen: set[Path] = set()
    for p in paths:
        resolved = p.resolve()
        if resolved == master.resolve():
            raise CollectError(
                f"报送文件中包含汇总表 {master.name} 本身，请只列出各单位报送的文件。"
            )
        if resolved not in seen:
            seen.add(resolved)
            out.append(p)
    return out


def _labels(paths: list[Path]) -> dict[Path, str]:
    """Return path → how messages name it: the file name, or the path as given when several
    copies share a name (西山县/报送表.xlsx, 柳桥县/报送表.xlsx)."""
    names = [p.name for p in paths]
    return {p: p.name if names.count(p.name) == 1 else str(p) for p in paths}


def _check_prefer(prefer: str | None, paths: list[Path], labels: dict[Path, str]) -> str | None:
    """Return ``prefer`` as newest, master or a copy's label; refuse anything else."""
    if prefer in (None, NEWEST, MASTER):
        return prefer
    for p in paths:
        if prefer == labels[p] or prefer == str(p) or Path(prefer).resolve() == p.resolve():
            return labels[p]
    unique = [p for p in paths if p.name == prefer]
    if len(unique) == 1:
        return labels[unique[0]]
    names = "、".join(labels.values())
    raise CollectError(
        f"--prefer 的取值「{prefer}」无效，应为 newest、master 或参与合并的文件之一（{names}）。"
    )


def _explicit_owners(owners: dict[str, str], paths: list[Path], units: Units) -> dict[Path, Owner]:
    """Return copy path → owner from ``--as``; refuse unknown files and units."""
    out: dict[Path, Owner] = {}
    for file, unit in owners.items():
        match = [
            p for p in paths if p.name == Path(file).name or p.resolve() == Path(file).resolve()
        ]
        if not match:
            raise CollectError(f"--as 指定的文件「{file}」不在报送文件之中，请检查文件名。")
        owner = units.lookup(unit, "--as")
        if owner is None:
            counties = "、".join(units.counties) or "（汇总表中尚无县区）"
            raise CollectError(
                f"--as 指定的单位「{unit}」既不是汇总表中的县区，也不是科室；"
                f"县区应为 {counties}，科室应为 {'、'.join(units.departments)}。"
            )
        out[match[0]] = owner
    return out


def _wrong_year(copy: Workbook, base: Workbook) -> Problem:
    if not copy.has_settings:
        found = "没有「设置」工作表，无法确认年度"
    elif copy.year is None:
        found = f"没有有效的年度（找到「{copy.year_text}」）" if copy.year_text else "没有填写年度"
    else:
        found = f"年度是 {copy.year}"
    expected = f"汇总表 {base.name} 是 {base.year} 年度，该文件不能合并，请确认是否发错了文件"
    sheet = "设置" if copy.has_settings else None
    return Problem(str(copy.path), sheet, copy.year_cell, found, expected)


def _renamed_sheets(copy: Workbook, base: Workbook) -> list[Problem]:
    """Return an error for each sheet of the master the copy lacks while a sheet of another
    name in it reads as that sheet: 「德清县数据」 for 县区数据 (qa11 F4). Not read in its
    stead: 县区数据 and 县区上年数据 have the same columns, so content cannot tell which it is,
    and a copy whose sheet is silently skipped looks to the office like an empty return."""
    missing = [s for s in base.tables if s not in copy.tables]
    others = [n for n in copy.unknown if canonical(n) not in base.names]  # not a sheet of the master
    if not missing or not others:
        return []
    found = lookalikes(copy.path, others)
    out = []
    for sheet in missing:
        like = [name for name, sheets in found.items() if sheet in sheets]
        if not like:
            continue
        named = "、".join(f"「{n}」" for n in like)
        sheet = unitsheets.called(base.tables, sheet)  # 乡镇数据 in a county bureau's master
        out.append(Problem(
            str(copy.path), None, None,
            f"没有「{sheet}」工作表；{named}是否就是它（表头与「{sheet}」相同）",
            f"请把{named}改回原名「{sheet}」后重新报送（程序按表名读取数据）；汇总表未合并任何数据"))
    return out


def _own_changes(
    copy: Workbook,
    base: Workbook,
    indexes: dict,
    units: Units,
    explicit: dict[Path, Owner],
    problems: list[Problem],
) -> tuple[CopySummary, dict[str, list[Change]]]:
    """Return the copy's summary and, per sheet, the changes that are its own; add the
    problems of the rows it contributes to ``problems``."""
    changes: dict[str, list[Change]] = {}
    for sheet, table in copy.tables.items():
        if sheet not in base.tables or not table.columns:
            continue
        # a change names the copy's own sheet (乡镇数据 in a copy of a 县区数据 master)
        rows, keyless = changed_rows(table.sheet, table, base.tables[sheet], KEYS[sheet], indexes[sheet])
        rows = columns.cleared_data_years(table.sheet, table, base.tables[sheet], indexes[sheet], rows,
                                          KEYS[sheet], base.year)
        changes[sheet] = rows
        for row in keyless:  # a row with data but no key: its empty key cell is the problem
            problems += copy.blanks.get((table.sheet, row.number), [])
    everything = [c for rows in changes.values() for c in rows]
    owner = explicit.get(copy.path)
    if owner is None:
        owner, why = identify(copy.path, everything, units)
        if why:
            problems.append(
                Problem(
                    str(copy.path),
                    None,
                    None,
                    why,
                    f"请用 --as {copy.name}=县区或科室名称 指定（可多次使用）",
                )
            )
        elif owner is not None:
            wrong = _wrong_row(copy, owner, everything, units)
            if wrong is not None:
                problems.append(wrong)
    summary = CopySummary(copy.path, owner, label=copy.name)
    mine: dict[str, list[Change]] = {}
    for sheet, rows in changes.items():
        for ch in rows:
            if owner is None or not owns(owner, ch):
                summary.ignored.append(describe(ch))
                continue
            mine.setdefault(sheet, []).append(ch)
            problems += _row_problems(copy, ch, units, base)
            problems += _slips_against_last_year(copy, base, ch)
            problems += _percent_fractions(copy, base, ch)
    return summary, mine


def _wrong_row(copy: Workbook, owner: Owner, changes: list[Change], units: Units) -> Problem | None:
    """Return an error when the file's name names one county and the copy filled only another
    county's rows while the named county's own row is untouched: 德清县's file with figures in
    安吉县's row is almost surely the wrong row, not 安吉县's return (qa11 F5). ``--as`` decides."""
    named = units.named_in(copy.path)
    if (owner.kind != COUNTY or owner.name not in units.counties or len(named) != 1
            or named[0].kind != COUNTY or named[0].name == owner.name):
        return None  # a row the master lacks (「官桥」) is told as such, not as a wrong row
    name = named[0].name
    cells = [ch.row.cells[c] for ch in changes if ch.sheet in COUNTY_SHEETS and ch.get("县区") == owner.name
             for c in ch.diff if c in ch.row.cells]
    if not cells:
        return None
    sheet = next(ch.sheet for ch in changes if ch.sheet in COUNTY_SHEETS)
    table = copy.tables.get(sheet)
    own = next((r for r in (table.rows if table is not None else ()) if r.values.get("县区") == name), None)
    state = "空" if own is None or all(
        is_blank(v) for k, v in own.values.items() if k not in ("县区", "类型")) else "没有改动"
    return Problem(
        str(copy.path), sheet, None,
        f"文件名为{name}，但填写的是{owner.name}的行（{'、'.join(cells)}），{name}的行为{state}",
        f"是否填错了行？请把数字填到{name}的行后重新报送；若确是{owner.name}的数据，"
        f"请用 --as {copy.name}={owner.name} 指定")


def _percent_fractions(copy: Workbook, base: Workbook, ch: Change) -> list[Problem]:
    """Return an error for a % figure of 科室数据 typed as a fraction (0.912 beside 上年 89.5 and
    目标 90): the rule of ``kjreport check`` (``checks.percent``), applied before merging (qa11 F7)."""
    from kjreport.checks.percent import _fits, _fix, _g, one_hundredth

    if ch.sheet != "科室数据":
        return []
    unit = ch.get("单位") or (ch.target.values.get("单位") if ch.target is not None else None)
    if str(unit or "").strip() not in ("%", "％"):
        return []
    name = str(ch.get("指标") or "").strip()
    figures = {c: ch.get(c) if not is_blank(ch.get(c)) else
               (ch.target.values.get(c) if ch.target is not None else None) for c in ("本年数", "上年数")}
    out = []
    for column, x in figures.items():
        if column not in ch.diff or column not in ch.row.cells:
            continue
        refs = [(c, v) for c, v in figures.items() if c != column and isinstance(v, (int, float))]
        if name in base.targets:
            refs.append(("年度目标", base.targets[name]))
        if one_hundredth(x, [v for _, v in refs]):
            near = " 和".join(f"{c} {_g(v)}" for c, v in refs if _fits(x * 100, v, 0.5, 2.0))
            out.append(Problem(str(copy.path), ch.sheet, ch.row.cells[column],
                               f"「{name}」{column}为 {_g(x)}（单位 %），约为{near} 的百分之一", _fix(x)))
    return out


def _slips_against_last_year(copy: Workbook, base: Workbook, ch: Change) -> list[Problem]:
    """Return an error for each figure a county's copy brings to 县区数据 that is about 10⁴ times
    (or 1/10⁴ of) the county's last-year figure of the column — 万元 typed under a header in
    亿元 (qa10 F17): the same slip ``kjreport check`` reports, so nothing is merged."""
    from kjreport.checks.plausibility import _correction, _g, _slip_ratio

    if unitsheets.key_of(ch.sheet) != unitsheets.COUNTY:
        return []
    county = ch.get("县区")
    last = None
    for book in (copy, base):  # the copy's own 县区上年数据 row first, else the master's
        table = book.tables.get(unitsheets.COUNTY_PREVIOUS)
        last = next((r for r in (table.rows if table is not None else ()) if r.values.get("县区") == county), None)
        if last is not None:
            break
    if last is None:
        return []
    out = []
    for column, value in ch.diff.items():
        at = ch.columns.get(column)
        if at is None or at.column.kind not in ("number", "int"):
            continue
        before = last.values.get(column)
        numbers = all(isinstance(v, (int, float)) for v in (value, before))
        ratio = _slip_ratio(value, before) if numbers else None
        if ratio is None:
            continue
        # said in the unit of the copy's header, the number the clerk typed (qa11 F23)
        unit = at.header_unit or at.column.unit or ""
        factor = at.factor if at.header_unit else 1.0
        typed, was = float(f"{value / factor:.12g}"), float(f"{before / factor:.12g}")
        out.append(Problem(
            str(copy.path), ch.sheet, ch.row.cells.get(column),
            f"「{county}」的「{column}」为 {_g(typed)}{unit}，约为上年（{_g(was)}{unit}）的"
            f"{f' {ratio:.0f} 倍' if ratio > 1 else f' 1/{1 / ratio:.0f}'}",
            _correction(typed, ratio, unit)))
    return out


def _row_problems(copy: Workbook, ch: Change, units: Units, base: Workbook) -> list[Problem]:
    """Return the problems of a row the copy contributes: empty required cells (a county may
    leave numbers it does not have yet), a county the master does not list."""
    found = copy.blanks.get((ch.sheet, ch.row.number), [])
    if unitsheets.is_unit_sheet(ch.sheet):
        numbers = {ch.row.cells[c] for c, at in ch.columns.items() if at.column.kind != "text"}
        found = [p for p in found if p.cell not in numbers]
        county = ch.get("县区")
        if ch.target is None and units.counties and county not in units.counties:
            found = [
                *found,
                Problem(
                    str(copy.path),
                    ch.sheet,
                    ch.row.cells["县区"],
                    f"「{county}」不是汇总表中的县区",
                    _which_county(str(county), ch.sheet, units, base),
                ),
            ]
    return found


def _which_county(name: str, sheet: str, units: Units, base: Workbook) -> str:
    """Return what a new row's county should be: the one it obviously means (「官桥」 → 「官桥镇」,
    with its row in the master, qa11 F22), else the list of the master's counties."""
    from kjreport.checks.names import likely_match

    match = likely_match(name.strip(), units.counties)
    if match is None:
        return "应为：" + "、".join(units.counties)
    table = base.tables.get(sheet)
    row = next((r for r in (table.rows if table is not None else ()) if r.values.get("县区") == match), None)
    at = f"（第{row.number}行）" if row is not None else ""
    return f"是否为「{match}」{at}？请把数字填在「{match}」这一行，不要另加新行"


def _raise_errors(problems: list[Problem]) -> None:
    errors = [p for p in problems if p.severity == "错误"]
    if errors:
        raise CheckFailed(errors)
