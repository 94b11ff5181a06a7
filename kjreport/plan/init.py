"""``kjreport init``: create next year's workbook (工作簿) from last year's and the new plan.

Last year's 县区数据 become 县区上年数据, 科室数据 本年数 become 上年数, the ledgers and 增长核算
carry over (they are registers spanning years), 设置 and 收件人 are kept, and the departments'
sheets start empty. Every sheet gets drop-downs for its choice columns (县区, 科室, 项目类别 …),
number formats and input hints, so departments type valid data. The file is NEW: openpyxl is
fine here; an existing file is never overwritten.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kjreport.errors import KjreportError
from kjreport.plan.cover import PROMULGATION
from kjreport.plan.export import (
    add_shades,
    plan_rows,
    review_shades,
    save_new_workbook,
    target_header,
    target_rows,
)
from kjreport.plan.offices import county_header, offices_from_plan, own_offices, plan_offices
from kjreport.plan.parse import PlanImportResult
from kjreport.units.words import COUNTIES, TOWNS
from kjreport.workbook import schema, unitsheets
from kjreport.workbook.numbers import is_blank, parse_number, year_with_suffix
from kjreport.workbook.schema import (
    SETTING_KEYS,
    SETTINGS_SHEET,
    Column,
    SheetSpec,
    normalize_header,
)
from kjreport.workbook.source import SheetData

if TYPE_CHECKING:
    from kjreport.plan.checklist import PlanReview

LISTS_SHEET = "下拉选项"
INPUT_ROWS = 1000  # rows that get drop-downs and formats below the data
SETTING_DEFAULTS = {
    "报送月份": 12,
    "超额完成线": 100,
    "基本完成线": 90,
    "百分比目标基本完成差距": 1,
    "资本口径": "资本存量",
    "折旧率": 0.096,
}
YEARLY_SETTINGS = ("成文日期", "上年数按新口径调整的指标")  # not carried into the new year
PLAN_NAME = "工作意见名称"  # the imported plan's title, kept for the next year's init --from
PLAN_NAME_HINT = "导入的工作意见（方案）名称；下一年 init --from 据其中的期限（如 2023—2025）判断是否沿用"
CARRIED_SHEETS = ("项目台账", "企业台账", "平台台账", "收件人")


class InitError(KjreportError):
    """The new workbook cannot be created (file exists, wrong year, unreadable source)."""


@dataclass
class InitOutcome:
    """What ``create_workbook`` did, for the CLI to report."""

    path: Path
    sheets: list[str]
    counties: list[str] = field(default_factory=list)
    carried: dict[str, int] = field(default_factory=dict)  # sheet → rows carried over
    targets: int = 0
    project_years: tuple[int, int] | None = None  # first and last 年度 of the projects carried
    projects_dropped: int = 0  # older projects left out by ``project_years``
    plan_notes: list[str] = field(default_factory=list)  # what became of last year's plan
    plan_carried: bool = False  # last year's 工作意见 (a multi-year plan) was carried over
    unit_word: str = "县区"  # what the units are called: 县区, 乡镇, 市州 (a province), 县市 (a 州)
    unit_sheets: tuple[str, str] = unitsheets.UNIT_SHEETS  # 县区数据, 县区上年数据 as named (乡镇数据 …)


@dataclass
class _Sheet:
    spec: SheetSpec | None
    name: str
    rows: list[list[object]]  # header first


def create_workbook(
    out: Path,
    year: int,
    previous: Path | None = None,
    plan: PlanImportResult | None = None,
    project_years: int | None = None,
    keep_plan: bool = False,
    *,
    review: PlanReview | None = None,
) -> InitOutcome:
    """Create next year's workbook at ``out`` and return what it holds.

    The previous 项目台账 is carried over: last year's projects are the base of every
    ledger-counted indicator's 同比 (an empty ledger would read as 0 last year, i.e. false
    "零的突破"), and earlier years feed 历年 comparisons. ``project_years`` keeps only the
    projects of the last N years (1 = last year only), for ledgers that grow too long.

    Without a new ``plan``, last year's 「下年工作打算」 rows with 指标/目标值 become 目标任务, and
    last year's 工作意见/目标任务 are carried when their plan period covers ``year`` (or with
    ``keep_plan``); ``InitOutcome.plan_notes`` says what was done and why.

    Raises ``InitError`` when ``out`` exists, is not .xlsx, or ``previous`` is not last year's.
    """
    out = Path(out)
    if out.exists():
        raise InitError(f"{out} 已存在，为避免覆盖已有数据，请换一个文件名或先移走原文件。")
    if out.suffix.lower() != ".xlsx":
        raise InitError(f"新工作簿须以 .xlsx 结尾，{out.name} 不符合，请改用 .xlsx 文件名。")
    if not out.parent.exists():
        raise InitError(f"文件夹 {out.parent} 不存在，无法新建 {out.name}，请先建立该文件夹。")
    if not 2000 <= year <= 2100:
        raise InitError(f"年度 {year} 不是有效的4位年份，请填写如 2012。")

    # a plan read for this year (a multi-year plan's year inside its period) is this year's
    if plan is not None and plan.year is not None and year not in (plan.year, plan.target_year):
        raise InitError(
            f"工作意见 {plan.source.name} 是 {plan.year} 年的，而新工作簿是 {year} 年，请核对 --plan 和 --year。"
        )
    old = _Previous(previous, year) if previous else None
    counties = old.counties() if old else []
    carry = _carried_plan(old, plan, keep_plan) if old else _CarriedPlan()
    if plan is not None:
        from kjreport.plan.checklist import review_plan

        notes = (review or review_plan(plan)).flags if plan.targets else None
        targets = offices_from_plan(plan)
        if old is not None:  # the clerk's 责任科室 and cleared 核对提示 of last year hold again
            edits = _carry_edits(old, targets, notes)
            targets, notes = edits.targets, edits.flags
            carry.notes += edits.notes
        plan_sheet, target_sheet = plan_rows(plan.plan), target_rows(targets, notes)
    else:
        plan_sheet = carry.plan or [_header(schema.PLAN)]
        target_sheet = carry.targets or [target_header()]
        target_sheet += target_rows(carry.new_targets)[1:]
        targets = []
    organization = str((old.settings() if old else {}).get("单位名称") or "")
    county_bureau = without_counties(plan, organization, counties)
    # the unit sheets keep last year's names (乡镇数据 …); a new county bureau's plan that speaks of
    # its 乡镇/街镇 names them so, and heads their unit column with the same word
    word = old.sheet_word() if old else units_sheet_word(plan, organization, county_bureau) or COUNTIES
    unit_names = unitsheets.named_for(word)
    departments = (old.departments() if old else
                   department_rows(plan, counties=not county_bureau, targets=targets if plan else None,
                                   defaults=not (plan and own_offices(plan))))
    new_targets = [*carry.new_targets, *(targets if old and plan is not None else ())]
    if new_targets:
        # the ledgers carry over: only what no built-in computes needs a row for the offices
        # (and, in a bureau without 县区, what a built-in would sum over the county columns);
        # a 上报指标 of this year's plan gets its row too, named as the target (qa10b F10)
        from kjreport.plan.sources import builtin_source

        has_counties = bool(counties) and not county_bureau
        reported = [t for t in new_targets if not has_counties or builtin_source(t.indicator) is None]
        more = department_rows(None, counties=has_counties, targets=reported)
        departments += _missing_rows(departments, more)
    sheets = [
        _Sheet(None, SETTINGS_SHEET, _settings_rows(year, old, plan, bool(carry.plan))),
        _Sheet(schema.PLAN, schema.PLAN.name, plan_sheet),
        _Sheet(schema.TARGETS, schema.TARGETS.name, target_sheet),
        _Sheet(
            schema.COUNTY,
            unit_names[schema.COUNTY.name],
            old.county_current() if old else [county_header(plan)],
        ),
        _Sheet(
            schema.COUNTY_PREVIOUS,
            unit_names[schema.COUNTY_PREVIOUS.name],
            old.county_previous() if old else [county_header(plan)],
        ),
        _Sheet(
            schema.DEPARTMENT,
            schema.DEPARTMENT.name,
            departments,
        ),
        _Sheet(schema.PROGRESS, schema.PROGRESS.name, [_header(schema.PROGRESS)]),
    ]
    projects = old.projects(project_years) if old else ([_header(schema.PROJECTS)], None, 0)
    sheets.append(_Sheet(schema.PROJECTS, schema.PROJECTS.name, projects[0]))
    for spec in (schema.ENTERPRISES, schema.PLATFORMS):
        sheets.append(_Sheet(spec, spec.name, old.raw(spec) if old else [_header(spec)]))
    sheets.append(
        _Sheet(schema.GROWTH, schema.GROWTH.name, old.growth() if old else [_header(schema.GROWTH)])
    )
    sheets.append(_Sheet(schema.NEXT_YEAR, schema.NEXT_YEAR.name, [_header(schema.NEXT_YEAR)]))
    sheets.append(
        _Sheet(
            schema.RECIPIENTS,
            schema.RECIPIENTS.name,
            old.raw(schema.RECIPIENTS) if old else [_header(schema.RECIPIENTS)],
        )
    )

    sheets += _progress_sheets(target_sheet[1:])

    named = {s.spec.name if s.spec else s.name: s.rows for s in sheets}
    sources = old.sources(named[schema.COUNTY_PREVIOUS.name], named[schema.DEPARTMENT.name],
                          unit_names[schema.COUNTY_PREVIOUS.name]) if old else []
    header_word = old.header_word() if old else word
    for s in sheets:
        if s.spec in (schema.COUNTY, schema.COUNTY_PREVIOUS) and header_word != COUNTIES:
            s.rows = [[header_word if _is_unit_header(v) else v for v in s.rows[0]], *s.rows[1:]]
    _save(out, sheets, counties, sources, plan_offices(plan) if plan is not None else [], from_plan=plan is not None)
    carried = {
        s.name: len(s.rows) - 1
        for s in sheets
        if old and (s.spec.name if s.spec else s.name) in (*CARRIED_SHEETS, schema.COUNTY_PREVIOUS.name,
                                                           "科室数据", "增长核算")
    }
    return InitOutcome(
        out,
        [s.name for s in sheets],
        counties,
        carried,
        len(target_sheet) - 1,
        project_years=projects[1],
        projects_dropped=projects[2],
        plan_notes=[*carry.notes, *(old.notes if old else ()), *_unnamed_place_note(sheets[0].rows, plan),
                    *_previous_note(departments if plan is not None and not old else [])],
        plan_carried=bool(carry.plan),
        unit_word=old.unit_word(counties) if old else "县区",
        unit_sheets=(unit_names[schema.COUNTY.name], unit_names[schema.COUNTY_PREVIOUS.name]),
    )


def _unnamed_place_note(settings: list[list[object]], plan: PlanImportResult | None) -> list[str]:
    """Return the note that tells the clerk to fill 城市名称/单位名称 in 设置 when a plan was
    imported but neither its title ("市科学技术局2024年度工作计划") nor an issuing unit line
    named the place (and no previous workbook gave it); [] otherwise."""
    if plan is None:
        return []
    values = {row[0]: row[1] for row in settings[1:]}
    missing = [key for key in ("城市名称", "单位名称") if is_blank(values.get(key))]
    if not missing:
        city, organization = str(values["城市名称"]).strip(), str(values["单位名称"]).strip()
        if organization == bureau_name(city) and not _bureau_named(plan, city):
            # a plan the 人民政府 (or its 办公室) issued names an issuer, not the bureau (qa18 F1)
            said = f"工作意见由{plan.issuer}印发，没有写明科技部门的名称" if plan.issuer else "工作意见没有写明发文单位"
            return [f"提示：{said}，「设置」中的单位名称按惯例填为“{organization}”；"
                    "如不同（如“科技局”“科学技术委员会”），请在「设置」中改正，总结和通报的标题、落款都要用到。"]
        return []
    where = f"工作意见的标题「{plan.title}」" if plan.title else f"工作意见「{plan.source.name}」"
    if "城市名称" not in missing:  # the title names the place, not the bureau
        city = str(values["城市名称"]).strip()
        example = _named_organ(plan, city) or bureau_name(city)
        return [f"提示：「设置」中的单位名称未填写；请填上发文单位的全称（如“{example}”），总结和通报的标题、落款都要用到。"]
    level = _title_level(plan)
    place, bureau = _LEVEL_EXAMPLES.get(level, ("××市", "××市科学技术局"))
    which = {"省": "省", "自治区": "自治区", "州": "州、县", "县": "县", "区": "区"}.get(level, "市、县")
    return [
        f"提示：{where}没有写明是哪个{which}，「设置」中的{'、'.join(missing)}未填写；"
        f"请在「设置」中填上（如“{place}”“{bureau}”），总结和通报的标题、落款都要用到。"
    ]


_ORGAN = r"(?:科学技术委员会|科技委员会|科学技术局|科技局|科学技术厅|科技厅)"


def _bureau_named(plan: PlanImportResult, city: str) -> bool:
    """Return whether the plan's title, issuer line, file name or text names ``city``'s bureau."""
    if bureau_from_title(plan.title)[1] or bureau_from_title(plan.issuer)[1]:
        return True
    if plan.source and bureau_from_title(Path(plan.source).stem) == (city, bureau_name(city)):
        return True
    return bool(_named_organ(plan, city))


def _title_place_in_body(plan: PlanImportResult) -> str:
    """Return the place a title opens with when the plan's body names it too ("南宁市落实科技强桂
    行动实施方案" and "南宁市……结合我市实际"), else "" (qa13 F14)."""
    m = _TITLE_BUREAU.match(_LEADING_YEAR.sub("", plan.title or ""))
    if m is None or m.group("org") or _NOT_A_PLACE.search(m.group("city")) or len(m.group("city")) < 3:
        return ""
    city = m.group("city")
    body = "".join(n.title + n.text for n in plan.plan.walk())
    return city if city in body or f"我{city[-1]}" in body else ""


def _place_with_level(city: str, plan: PlanImportResult) -> str:
    """Return ``city`` with the level the plan's text writes it with ("泸州" in a file's name, "泸州市"
    in the text), or as the official list has it; ``city`` itself when it has its level already or
    neither says one."""
    from kjreport.checks.gazetteer import official_place

    if re.search(r"[省市县区盟旗]$", city) or (city.endswith("州") and (len(city) > 2 or official_place(city))):
        return city  # (泸州, 株洲 and 郑州 are no 州 of their own: 甘南藏族自治州 and 临夏州 are)
    body = "".join(n.title + n.text for n in plan.plan.walk()) + "".join(t.sentence for t in plan.targets)
    if m := re.search(rf"{re.escape(city)}([市县区州盟旗])", body):
        return city + m.group(1)
    return city + "市" if official_place(city + "市") else city


# a local paper's dateline: "株洲日报讯", "常州晚报讯", "滨海新闻网讯" (the paper named by its city)
_DATELINE = re.compile(r"^\s*(?P<place>[\u4e00-\u9fff]{2,4}?)(?:日报|晚报|新闻网|广播电视台|融媒体中心|融媒)讯")


def _dateline_place(first_line: str) -> str:
    """Return the city a local paper's dateline names when it is on the official list ("株洲日报讯"
    → 株洲市), else ""."""
    from kjreport.checks.gazetteer import official_place

    m = _DATELINE.match(first_line or "")
    if m is None:
        return ""
    place = m["place"] if m["place"].endswith(("市", "县", "区")) else m["place"] + "市"
    return place if official_place(place) else ""


def _named_organ(plan: PlanImportResult, city: str) -> str:
    """Return the issuing organ the plan's own text names for ``city`` ("闵行区科学技术委员会" in
    its title, issuer line or body), the most often named when several are; "" when it names none."""
    text = "\n".join([plan.title, plan.issuer])
    text += "".join(n.title + n.text for n in plan.plan.walk())
    text += "\n".join(["", *(n.text for n in plan.ignored)])  # the 落款 after the body (qa13 F26)
    found = re.findall(re.escape(city) + r"\s*" + _ORGAN, text)
    if not found:
        return ""
    best = max(set(found), key=found.count)
    return city + re.sub(r"^" + re.escape(city) + r"\s*", "", best)


def _title_level(plan: PlanImportResult) -> str:
    """Return the level a plan speaks for (省, 自治区, 州, 县) from its text, "" when unclear or 市."""
    from kjreport.plan.wording import own_level

    head = plan.title + plan.issuer
    for line in (plan.title, plan.issuer):
        if m := _BARE_LEVEL_TITLE.match(line or ""):
            return {"市": "", "旗": "县"}.get(m.group(1), m.group(1))
    for level, words in (("自治区", ("自治区",)), ("州", ("自治州",))):
        if any(w in head for w in words):
            return level
    text = head + "".join(n.title + n.text for n in plan.plan.walk())
    return {"省": "省", "县": "县"}.get(own_level(text), "")


@dataclass
class _CarriedPlan:
    plan: list[list[object]] = field(default_factory=list)  # 工作意见 rows, header first
    targets: list[list[object]] = field(default_factory=list)  # 目标任务 in target_header()
    new_targets: list = field(default_factory=list)  # Target from 下年工作打算
    notes: list[str] = field(default_factory=list)


def _carried_plan(old: _Previous, plan: PlanImportResult | None, keep: bool) -> _CarriedPlan:
    """Return what of last year's plan the new workbook starts with (nothing with a new plan)."""
    from kjreport.plan.rollover import (
        merge_next_year,
        next_year_targets,
        plan_period,
        unread_next_year,
    )

    out = _CarriedPlan()
    if plan is not None:
        return out
    last = old.year - 1
    plan_sheet = old.raw(schema.PLAN)
    target_sheet = old.targets()
    if len(plan_sheet) > 1 or len(target_sheet) > 1:
        name = old.settings().get(PLAN_NAME)
        texts = [str(name)] if isinstance(name, str) else []
        texts += [str(v) for r in plan_sheet[1:] for v in r if isinstance(v, str)]
        texts += [str(v) for r in target_sheet[1:] for v in r if isinstance(v, str)]
        period = plan_period(texts, last)
        if keep or (period is not None and period.covers(old.year)):
            out.plan, out.targets = plan_sheet, target_sheet
            why = (
                f"上年工作意见是{period.shown}的方案（原文「{period.quote}」），仍覆盖 {old.year} 年"
                if period is not None and period.covers(old.year)
                else "按 --keep-plan"
            )
            stated = _years_stated(old, plan_sheet, target_sheet) if not keep else None
            if stated is not None and stated.passed:
                out.targets = [target_sheet[0]] + stated.kept
                out.notes.append(_passed_years_note(why, old.year, len(plan_sheet) - 1, stated))
            else:
                out.notes.append(
                    f"{why}：已沿用「工作意见」{len(plan_sheet) - 1} 行、「目标任务」{len(target_sheet) - 1} 行；"
                    f"请核对目标值是否为 {old.year} 年的目标。"
                )
        elif period is not None:
            out.notes.append(
                f"上年工作意见是{period.shown}的方案（原文「{period.quote}」），{old.year} 年已不在其中，"
                "「工作意见」「目标任务」未沿用；请用 kjreport plan import 导入新的工作意见，或手工填写。"
            )
        else:
            out.notes.append(
                f"上年「工作意见」「目标任务」未沿用：其中没有写明跨年的期限（如「2023—2025年」「到{old.year + 1}年」），"
                f"按一年一定的工作要点处理。若它是仍适用于 {old.year} 年的多年方案，"
                "请删除新工作簿后加 --keep-plan 重新运行 init。"
            )
    rows = old.next_year_rows()
    merged = merge_next_year(out.targets, next_year_targets(rows))
    out.targets, fresh = merged.rows, merged.fresh
    fresh, carried = _next_year_departments(old, fresh)
    if fresh:
        listed = "、".join(f"{t.indicator} {_target_words(t)}" for t in fresh)
        out.notes.append(
            f"上年「下年工作打算」中 {len(fresh)} 条带指标和目标值的打算已作为 {old.year} 年目标任务"
            f"写入「目标任务」：{listed}；请核对比较和目标类型。"
        )
    if carried:
        out.notes.append(
            f"其中 {len(carried)} 项目标的责任科室按上年「目标任务」「科室数据」沿用（{'、'.join(carried)}）；"
            "如科室分工有变化，请直接修改。"
        )
    if merged.replaced:
        listed = "、".join(f"{t.indicator} {_target_words(t)}（原为 {_number_text(was)}）" for t, was in merged.replaced)
        out.notes.append(
            f"沿用的「目标任务」中 {len(merged.replaced)} 行已按上年「下年工作打算」改为 {old.year} 年的目标：{listed}。"
        )
    if unread := unread_next_year(rows):
        out.notes.append(
            f"上年「下年工作打算」中 {len(unread)} 行未写入「目标任务」：{'、'.join(unread)}；"
            "如是目标，请在「目标任务」中补填。"
        )
    out.new_targets = fresh
    return out


def _next_year_departments(old: _Previous, targets: list) -> tuple[list, list[str]]:
    """Return the targets made from last year's 「下年工作打算」 with the 责任科室 the bureau gave the
    same indicator last year (its 目标任务, else its 科室数据 row), and the carried ones; a catalogue
    default the bureau's own offices do not include is left blank (qa16 F11: 计划科, 高新科 printed
    in the notices of a bureau of 重大专项科 and 人才科)."""
    from kjreport.plan.carry import LastYearTarget, carry_departments, last_year_targets

    if not targets:
        return targets, []
    last = last_year_targets(old.raw(schema.TARGETS))
    rows = old.raw(schema.DEPARTMENT)
    name, office, unit = (_column_index(rows[0], c) for c in ("指标", "科室", "单位"))
    offices: list[str] = [r.department for r in last if r.department]
    for k, row in enumerate(rows[1:], start=2):
        cells = [row[c] if c is not None and c < len(row) else None for c in (name, office, unit)]
        if all(isinstance(v, str) and v.strip() for v in cells[:2]):
            indicator, department = cells[0].strip(), cells[1].strip()
            kind = "新增" if indicator.startswith("新增") else "净增" if indicator.startswith("净增") else "总量"
            last.append(LastYearTarget(indicator, None, str(cells[2] or ""), "≥", kind, department, "", None, k))
            offices.append(department)
    progress = old.raw(schema.PROGRESS)
    col = _column_index(progress[0], "科室")
    offices += [str(r[col]).strip() for r in progress[1:] if col is not None and col < len(r)
                and isinstance(r[col], str) and r[col].strip()]
    own = list(dict.fromkeys(offices))
    return carry_departments(targets, last, own if any(o not in schema.DEPARTMENTS for o in own) else None)


def _carry_edits(old: _Previous, targets: list, flags: list[str] | None):
    """Return ``carry.carry_edits`` of the new plan's ``targets`` against last year's 目标任务."""
    from kjreport.checks import confirm
    from kjreport.plan.carry import carry_edits, last_year_targets

    marks = confirm.marks(old.sheet(confirm.SHEET))
    done = {said for (sheet, _, said), mark in marks.items() if sheet == schema.TARGETS.name and confirm.confirmed(mark)}
    last = last_year_targets(old.raw(schema.TARGETS), confirmed=done)
    plan_text = "\n".join(str(v) for r in old.raw(schema.PLAN)[1:] for v in r if isinstance(v, str))
    return carry_edits(targets, flags, last, plan_text, old.year)


def _number_text(value: object) -> str:
    return f"{value:g}" if isinstance(value, (int, float)) else str(value or "空")


@dataclass
class _StatedYears:
    """Which years a carried multi-year plan states targets for, read again from its text."""

    kept: list[list[object]]  # 目标任务 rows not tied to a year already past
    passed: dict[int, list[str]]  # a past year the plan set targets for → 指标 of its rows not carried
    years: list[int]  # every year the plan's text sets targets for
    later: dict[int, list[str]]  # a later year → its sentences (for reference)
    this_year: int  # how many targets the text sets for the new year itself


_YEAR_OF = re.compile(r"^((?:19|20)\d\d)年的(?:目标|情况)")


def _sentence_key(text: object) -> str:
    return re.sub(r"[\s，,。；;：:、（）()“”\"]", "", str(text or ""))


def _years_stated(old: _Previous, plan_sheet: list[list[object]], target_sheet: list[list[object]]) -> _StatedYears:
    """Return the years last year's multi-year plan (its 「工作意见」 text, read again for the new
    year) states targets for, and the carried 目标任务 rows whose 原文 sets a year already past
    ("主要目标是：2025年，……" carried into 2026): a year's own target is never carried into
    another year; "到2030年" targets stay listed for reference."""
    from kjreport.plan.parse import parse_plan
    from kjreport.plan.reader import PlanLine

    name = old.settings().get(PLAN_NAME)
    lines = [str(name)] if isinstance(name, str) and name.strip() else []
    header = _names(plan_sheet[0])
    at = {k: header.index(k) for k in ("层级", "标号", "标题", "正文") if k in header}
    for row in plan_sheet[1:]:
        cell = {k: row[i] if i < len(row) else None for k, i in at.items()}
        if cell.get("层级") != "总" and not is_blank(cell.get("标题")):
            lines.append(f"{cell.get('标号') or ''}{cell['标题']}")
        if not is_blank(cell.get("正文")):
            lines += str(cell["正文"]).splitlines()
    read = parse_plan([PlanLine(i, line) for i, line in enumerate(lines, 1)], "上年工作意见", year=old.year)
    year_of: dict[str, int] = {}
    later: dict[int, list[str]] = {}
    for u in [*read.other_years, *read.past]:
        if (m := _YEAR_OF.match(u.reason)) is None:
            continue
        when = int(m.group(1))
        year_of.setdefault(_sentence_key(u.sentence), when)
        if when > old.year and u.sentence not in later.setdefault(when, []):
            later[when].append(u.sentence)
    source = target_header().index("原文")
    kept, passed = [], {}
    for row in target_sheet[1:]:
        when = year_of.get(_sentence_key(row[source] if source < len(row) else ""))
        if when is not None and when < old.year:
            passed.setdefault(when, []).append(str(row[0] or "").strip() or "（无指标名）")
        else:
            kept.append(row)
    years = sorted({*year_of.values(), *([old.year] if read.targets else [])})
    return _StatedYears(kept, passed, years, later, len(read.targets))


def _passed_years_note(why: str, year: int, plan_rows_count: int, stated: _StatedYears) -> str:
    """Return the note of a multi-year plan whose targets were set for years other than ``year``."""
    years = "、".join(f"{y}年" for y in stated.years)
    dropped = "、".join(f"{y}年的目标 {len(n)} 行" for y, n in sorted(stated.passed.items()))
    names = "、".join(dict.fromkeys(n for rows in stated.passed.values() for n in rows))
    head = f"{why}：已沿用「工作意见」{plan_rows_count} 行；"
    if stated.this_year:
        head += f"原文写了 {years} 的目标；"
    else:
        head += f"但原文只写了 {years} 的目标，没有 {year} 年的目标；"
    text = head + f"上年「目标任务」中{dropped}未沿用（那一年已过，不是 {year} 年的目标：{names}）"
    if stated.kept:
        text += f"，其余 {len(stated.kept)} 行已沿用，请核对目标值是否为 {year} 年的目标"
    text += f"。请在「目标任务」中填写 {year} 年的目标"
    if stated.later:
        refs = "；".join(
            f"{y}年：" + "；".join(s if len(s) <= 200 else s[:200] + "…" for s in sentences)
            for y, sentences in sorted(stated.later.items())
        )
        text += f"（原文{'、'.join(f'{y}年' for y in sorted(stated.later))}的目标供参考——{refs}）"
    return text + "。"


def _target_words(t) -> str:
    value = f"{t.value:g}"
    if t.kind == "增速":
        return f"增长{t.comparison}{value}%"
    if t.kind == "提高":
        return f"提高{t.comparison}{value}个百分点"
    prefix = "新增" if t.kind in ("新增", "净增") and not t.indicator.startswith(t.kind) else ""
    return f"{prefix}{t.comparison}{value}{t.unit}"


def _missing_rows(rows: list[list[object]], more: list[list[object]]) -> list[list[object]]:
    """Return the rows of ``more`` (header first, 科室数据 layout) whose 指标 ``rows`` lack, under
    its name or a catalogue synonym (a carried 财政科技拨款 row is the 财政科技支出 target's)."""
    from kjreport.indicators.catalogue import load_catalogue

    catalogue = load_catalogue()

    def keys(name: str) -> set[str]:
        entry = catalogue.find(name)
        return {normalize_header(n)[0] for n in (name, *(entry.names if entry else ()))}

    header = [c.name for c in schema.DEPARTMENT.columns]
    have = _column_index(rows[0], "指标")
    named = {
        k
        for r in rows[1:]
        if have is not None and have < len(r) and isinstance(r[have], str)
        for k in keys(r[have])
    }
    out = []
    for r in more[1:]:
        name = r[header.index("指标")]
        if name and not keys(name) & named:
            out.append([r[header.index(n)] if n in header else None for n in _names(rows[0])])
    return out


def _names(header: list[object]) -> list[str]:
    return [normalize_header(h)[0] if h is not None else "" for h in header]


def _progress_sheets(targets: list[list[object]]) -> list[_Sheet]:
    """Return the empty progress sheets; 月度数据 lists the plan's indicators, one row each."""
    months = [f"{m}月" for m in range(1, 13)]
    monthly = [[*_header(schema.MONTHLY), *months]]
    kind = target_header().index("目标类型")
    named: dict[str, str] = {}  # one row an indicator: its 总量 and 新增 targets share the figures
    growth: set[str] = set()  # 增速 targets: the progress compares with last year's same period
    kinds: dict[str, set] = {}
    for row in targets:
        if row and row[0]:
            kinds.setdefault(row[0], set()).add(row[kind] or "总量")
    for row in targets:
        if row and row[0]:
            if kinds[row[0]] <= {"新增", "净增"} and not str(row[0]).startswith(row[kind]):
                # only the increment is judged: the row holds it and is named so, as in 科室数据
                row = [f"{row[kind]}{row[0]}", *row[1:]]
            # the figures are the indicator's own: a 增速 (%) or 提高 (个百分点) target's unit is not
            # theirs, so it is left for the office to fill
            unit = row[2] if row[kind] in (None, "", "总量", "新增", "净增", "累计") or row[2] == "位" else ""
            if not named.get(row[0]):
                named[row[0]] = unit
            if row[kind] in ("增速", "年均增速"):
                growth.add(row[0])
    for name, unit in named.items():
        monthly.append([name, unit, *([None] * 12)])
        if name in growth:  # 累计增速 = this year's figure against this row (see progress/inputs)
            monthly.append([f"{name}（上年同期）", unit, *([None] * 12)])
    return [
        _Sheet(schema.SCHEDULES, schema.SCHEDULES.name, [_header(schema.SCHEDULES)]),
        _Sheet(schema.MONTHLY, schema.MONTHLY.name, monthly),
        _Sheet(schema.MEASURES, schema.MEASURES.name, [_header(schema.MEASURES)]),
    ]


def _header(spec: SheetSpec) -> list[object]:
    return [c.header for c in spec.columns]


def _is_unit_header(value: object) -> bool:
    """Return True for a unit column's header that is the units' word (县区, 乡镇, 街镇, 镇街 …)."""
    from kjreport.units.words import is_unit_word

    return isinstance(value, str) and is_unit_word(value)


def units_sheet_word(plan: PlanImportResult | None, organization: str = "", county_bureau: bool = True) -> str:
    """Return the word a new workbook names its unit sheets with: a county bureau's plan's own
    word for its units (``town_word``); else 乡镇 for a 县 or 县级市 (a 县 has no 县区 under it, even
    when the only 各乡镇 was the 主送 line dropped as a page header: qa11b F12); else "" (县区)."""
    if not county_bureau:
        return ""
    word = town_word(plan)
    if word:
        return word
    return "" if bureau_place(plan, organization).endswith("区") else TOWNS


def town_word(plan: PlanImportResult | None) -> str:
    """Return the word a county bureau's plan uses for its units when it speaks of 乡镇/街镇 (镇街
    for 各镇街, 街镇 for 街镇 or 街道 without 乡镇, else 乡镇), "" when it speaks of neither."""
    if plan is None:
        return ""
    text = plan.title + "".join(n.title + n.text for n in plan.plan.walk())
    text += "".join(t.sentence for t in plan.targets)
    if not (_TOWN_UNITS.search(text) or "乡镇" in text) or _COUNTY_UNITS.search(text):
        return ""
    for word in ("镇街", "街镇"):
        if word in text:
            return word
    return "乡镇" if "乡镇" in text or "各乡" in text else "街镇"


_TITLE_BUREAU = re.compile(
    r"^\s*(?P<city>[\u4e00-\u9fff]{1,10}?(?:自治区|自治州|州市|市|县|区|州|盟|旗|省))"  # 福州市, not 福州
    r"(?P<org>(?:科学技术|科技)(?:委员会|[\u4e00-\u9fff]{0,10}?(?:局|厅)))?"  # 区科学技术委员会
)
# a place whose level word cannot be a headline's: 甘肃省, 广西壮族自治区, 甘南藏族自治州 (a title may
# go on with any verb: 甘肃省打造全国区域性科技创新及转化基地行动方案)
_PROPER_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,9}(?:省|自治区|自治州)$")


# words of a headline, never of a place's name
_NOT_A_PLACE = re.compile(
    r"^全|^本|^地区$|科技|科学|部门|推进|加速|加快|创新|建设|工作|发展|全面|深入|召开|举行|会议|我|同志|在"
)
# what follows a place named without its bureau: a year, 科技…, 人民政府, 关于, a quote
_AFTER_PLACE = re.compile(
    r"\s*(?:\d{4}|[二〇一两三四五六七八九零]{4}|科|人民政府|关于|召开|举行|出台|印发|发布|部署|《|“|\"|：|:|\s*$)"
)


_LEADING_YEAR = re.compile(r"^\s*(?:\d{4}|[二〇一两三四五六七八九零]{4})年度?")
# the province a repost puts before the place: "（辽宁省）大连市人民政府工作报告"
_LEADING_PROVINCE = re.compile(r"^\s*[（(【\[][\u4e00-\u9fff]{2,9}(?:省|自治区)[）)】\]]\s*")


def bureau_from_title(title: str) -> tuple[str, str]:
    """Return (城市名称, 单位名称) named at the start of a plan's title, "" where it names none:
    延安市科技局抓早动快安排部署… → (延安市, 延安市科技局); 常德市科学技术局2022年… → (常德市,
    常德市科学技术局); 汉寿县2018年工作部署 → (汉寿县, "")."""
    title = _LEADING_YEAR.sub("", _LEADING_PROVINCE.sub("", title or ""))  # 2025年鹰潭市科技工作意见
    promulgated = PROMULGATION.match(title)  # 关于印发新乡市创新型城市建设三年行动工作方案的通知
    if promulgated:
        title = _LEADING_YEAR.sub("", title[promulgated.end():])
    else:  # "关于武昌区2018年上半年……计划执行情况的报告": what the report is about opens with its place
        title = re.sub(r"^\s*关于(?=[\u4e00-\u9fff]{2})", "", title)
    from kjreport.checks.gazetteer import official_county, official_place

    m = _TITLE_BUREAU.match(title)
    if m is None:
        return "", ""
    inner = _TITLE_BUREAU.match(title[m.end():]) if m.group("city").endswith("市") and not m.group("org") else None
    if inner is not None and official_county(inner.group("city"), m.group("city")):
        # "常州市武进区科学技术局文件", "包头市昆都仑区“十三五”…规划": the district is the bureau's place
        title, m = title[m.end():], inner
    city = m.group("city")
    if _NOT_A_PLACE.search(city) or (
        not m.group("org") and not _AFTER_PLACE.match(title, m.end()) and not _PROPER_PLACE.match(city)
        and not (promulgated and len(city) >= 3)  # the plan a notice issues opens with its place (qa17 F2)
        and not official_place(city)  # "承德市强化主导产业科技支撑…": a headline about a city on the list
    ):
        return "", ""  # 科技部门加速推进区域创新高地建设: a headline, not a place
    return city, city + m.group("org") if m.group("org") else ""


def bureau_name(place: str) -> str:
    """Return the usual name of ``place``'s science and technology office: a province's or an
    autonomous region's is a 厅 (甘肃省科学技术厅), every other level's a 局 (甘南藏族自治州科学技术局)."""
    return place + ("科学技术厅" if place.endswith(("省", "自治区")) else "科学技术局")


# the level a title speaks for when it names no place the reader can take: 省/自治区 → 厅
_LEVEL_EXAMPLES = {
    "省": ("××省", "××省科学技术厅"),
    "自治区": ("××自治区", "××自治区科学技术厅"),
    "州": ("××州", "××州科学技术局"),
    "县": ("××县", "××县科学技术局"),
    "区": ("××区", "××区科学技术局"),
}
# a title that names its level without the place: "县科学技术局落实2025年…", "区科委2025年工作要点"
_BARE_LEVEL_TITLE = re.compile(r"^\s*(省|自治区|州|市|县|区|旗)(?:科学技术|科技|科委)")


# a bureau with no 县区 under it: 磐安县, 闵行区, 莫力达瓦旗 (not 自治区, 地区, 新区 or 高新区)
_COUNTY_LEVEL_PLACE = re.compile(r"(?:县|旗|(?<![自地新技发])区)$")


# a plan that speaks of 乡镇/街道 as the units it directs (各镇街, 各乡镇（街道）) and never of 县区
_TOWN_UNITS = re.compile(r"镇街|街镇|各乡镇|各镇[（(]街道?[）)]|乡镇[（(]街道?[）)]|各街道")
_COUNTY_UNITS = re.compile(r"县区|区县|县市区|县[（(]市、?区[）)]|各县")
_TOWN_ENDINGS = ("镇", "乡", "街道", "街道办事处")


def county_level_place(place: str) -> bool:
    """Return True when ``place`` is a county-level place: ××县/旗/区, or a 县级市 on the official
    list (临清市, 榆树市); a prefecture-level 市 and an unknown 市 are cities."""
    from kjreport.checks.gazetteer import county_level_city

    return bool(_COUNTY_LEVEL_PLACE.search(place)) or county_level_city(place)


# a plan issued by the place's Party committee or government: 中共环县委, 环县人民政府
_ISSUING_PLACE = re.compile(r"^(?:中共)?(?P<place>[\u4e00-\u9fff]{1,10}?(?:县|市|区|旗))(?:委|人民政府|政府)")


def _issuing_place(issuer: str) -> str:
    """Return the place of a plan issued by its 县委/县政府 (中共环县委 → 环县, qa11b F12), else ""."""
    m = _ISSUING_PLACE.match(issuer or "")
    # "温州市洞头区人民政府": the district is the place, not the city it lies in
    return re.sub(r"^[\u4e00-\u9fff]{2,4}市(?=[\u4e00-\u9fff]{2,6}(?:区|县)$)", "", m["place"]) if m else ""


def bureau_place(plan: PlanImportResult | None, organization: str = "") -> str:
    """Return the bureau's place: in the plan's title, its issuing unit, its file's name, else in
    设置 单位名称 (``organization``); "" when none names one."""
    places = [bureau_from_title(plan.title)[0], bureau_from_title(plan.issuer)[0], _issuing_place(plan.issuer)] \
        if plan else []
    if plan is not None and plan.source:
        places.append(bureau_from_title(Path(plan.source).stem)[0])  # the file's own name
    return next((p for p in [*places, bureau_from_title(organization)[0]] if p), "")


def without_counties(
    plan: PlanImportResult | None, organization: str = "", units: Sequence[str] = ()
) -> bool:
    """Return True when the workbook is a county-level bureau's (磐安县…, 临清市…, “我县”): it has
    no 县区 to fill 县区数据 from, so the figures a built-in sums over counties are typed instead.

    Evidence, first that speaks: last year's reporting ``units`` (half or more 乡镇/街道); the
    place in the plan's title or issuing unit, else in 设置 单位名称 (``organization``); the plan
    speaking as a county (“我县”), or of 镇街/乡镇 as its units and never of 县区."""
    if units:
        towns = sum(str(u).endswith(_TOWN_ENDINGS) for u in units)
        if towns * 2 >= len(units):
            return True
    place = bureau_place(plan, organization)
    if place:
        return county_level_place(place)
    if plan is None:
        return False
    from kjreport.plan.wording import own_level

    text = plan.title + "".join(n.title + n.text for n in plan.plan.walk())
    text += "".join(t.sentence for t in plan.targets)
    level = own_level(text)
    if level:
        return level == "县"
    return bool(_TOWN_UNITS.search(text)) and not _COUNTY_UNITS.search(text)


def department_rows(
    plan: PlanImportResult | None, counties: bool = True, targets: list | None = None, defaults: bool = True
) -> list[list[object]]:
    """Return 科室数据 with a row (科室, 指标, 单位) for each target no built-in computes from the
    county columns, so the office only types the figures. A 新增 target's row is the 新增 figure
    (新增重点实验室); a 增速/提高 target's row is the indicator's own figure.

    A built-in counted from a ledger (高新技术企业 from 企业台账) gets a row too: a workbook made
    from a plan has empty ledgers, and a typed figure is used while they stay empty (once the
    ledger holds data, 设置「指标来源优先」 decides and check says so). Without ``counties`` (a
    county bureau's workbook, whose 县区数据 stays empty) every built-in that sums the county
    columns (全社会R&D经费投入占GDP比重) gets one as well: the typed figure is the one assessed.
    Without ``defaults`` (a plan naming its own offices) a target without 责任科室 leaves 科室 empty
    instead of taking the catalogue's."""
    rows: list[list[object]] = [_header(schema.DEPARTMENT)]
    if targets is None:
        targets = plan.targets if plan is not None else []
    if not targets:
        return rows
    from kjreport.indicators.catalogue import default_department, load_catalogue
    from kjreport.indicators.names import name_key
    from kjreport.indicators.registry import build_registry
    from kjreport.indicators.reported import COUNTY_PREFIX

    catalogue = load_catalogue()
    builtins = {  # built-ins read only from 县区数据 columns, which the office fills anyway
        name_key(s.name) for s in build_registry([])
        if s.inputs and all(f.startswith(COUNTY_PREFIX) for f in s.inputs.values())
    }

    def computed(name: str) -> bool:
        entry = catalogue.find(name)
        names = [name, *(entry.names if entry else ())]
        return any(name_key(n) in builtins for n in names)

    seen: dict[str, list[object]] = {}
    header = [c.name for c in schema.DEPARTMENT.columns]
    for t in targets:
        stock = re.sub(r"^(新增|净增)", "", t.indicator) or t.indicator
        if counties and computed(stock) and t.kind not in ("新增", "净增"):
            continue  # the county columns give it; a 新增 figure may be typed
        name, unit = t.indicator, t.unit
        if t.kind in ("新增", "净增") and not name.startswith(t.kind):
            name = t.kind + name
        elif t.is_rank_rise:
            unit = t.unit  # 排名提升1位: the figure is the place itself, in 位
        elif t.kind in ("增速", "提高"):
            unit = _figure_unit(stock)  # the figure's own unit (亿元 …), not the target's %
            if not unit and t.kind == "提高" and t.unit == "个百分点":
                unit = "%"  # a share rising by points is itself a percentage (qa12b F35)
        last = None
        if plan is not None and t.kind in ("总量", "累计", "新增", "净增"):
            # the 上年完成 the plan's table gives beside the target (qa23 F5)
            last = _previous_figure(plan.previous.get(t.sentence, ""), unit)
        if name_key(name) in seen:
            if last is not None and (had := seen[name_key(name)])[header.index("上年数")] is None:
                had[header.index("上年数")] = last  # the row a 增速 target made first
            continue
        row: list[object] = [None] * len(header)
        seen[name_key(name)] = row
        row[header.index("科室")] = t.department or (default_department(stock) if defaults else "") or None
        row[header.index("指标")] = name
        row[header.index("单位")] = unit or None
        row[header.index("上年数")] = last
        rows.append(row)
    return rows


def _previous_note(departments: list[list[object]]) -> list[str]:
    """Return the note saying how many 科室数据 上年数 were filled from the plan's table (its 上年完成
    column), or none."""
    if not departments:
        return []
    at = departments[0].index("上年数")
    filled = [row[1] for row in departments[1:] if row[at] is not None]
    if not filled:
        return []
    return [f"工作意见表格中的上年完成数已填入「科室数据」的上年数（{len(filled)} 项：{'、'.join(map(str, filled[:3]))}"
            f"{'等' if len(filled) > 3 else ''}），请核对。"]


def _previous_figure(text: str, unit: str) -> float | int | None:
    """Return the figure of a plan table's 上年 cell ("72亿元", "6家", "18") stated in ``unit`` (the
    科室数据 row's), or None when there is none or its unit is another quantity's (18.3% beside 亿元)."""
    from kjreport.workbook.schema import UNIT_CONVERSIONS, same_count

    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*(\S*)", text.strip())
    if m is None:
        return None
    figure, said = float(m.group(1)), m.group(2)
    if said and said != unit and not same_count(said, unit):
        f_from, f_to = UNIT_CONVERSIONS.get(said), UNIT_CONVERSIONS.get(unit)
        if f_from is None or f_to is None or f_from[0] != f_to[0]:
            return None
        figure = round(figure * f_from[1] / f_to[1], 10)
    return int(figure) if figure.is_integer() else figure


# what the figure of a growth target on a count is reported in: 专利申请量 → 件, 科技型企业 → 家
COUNT_UNITS = (
    (r"专利[^，；。]{0,6}(?:量|数)|(?:申请|授权|拥有)(?:量|数)", "件"),
    (r"企业(?:数|数量)?|机构(?:数|数量)?", "家"),
    (r"项目(?:数|数量)?", "项"),
    (r"人次", "人次"),
)
COUNTED_TAIL = re.compile("(?:" + "|".join(t for t, _ in COUNT_UNITS) + ")$")


def _figure_unit(name: str) -> str:
    """Return the unit the figure behind a 增速/提高 target is reported in (研发投入 ≥15% needs
    the 研发投入 itself, in 亿元): the catalogue's, or "" when it does not know the indicator."""
    from kjreport.indicators.catalogue import default_unit
    from kjreport.indicators.names import PER_HEAD_MONEY
    from kjreport.plan.review import MONEY_NAME

    if PER_HEAD_MONEY.search(name):
        return "元"  # 城镇居民人均可支配收入增长8.5%: 38520元, never 亿元 (qa13 F6)
    if unit := default_unit(name):
        return unit
    if counted := COUNTED_TAIL.search(name):
        # "发明专利申请量增长5%" (no entry): a count is reported as the number of its things
        return next(u for tail, u in COUNT_UNITS if re.fullmatch(tail, counted.group()))
    if not MONEY_NAME.search(name):
        return ""
    # "高校院所研发投入" (no entry): the unit of the longest known tail (研发投入 → 亿元); an
    # amount of money nobody catalogues is reported in 亿元, as a summary states it
    tails = (default_unit(name[k:]) for k in range(1, len(name) - 3))
    return next((u for u in tails if u), "亿元")


def _settings_rows(
    year: int, old: _Previous | None, plan: PlanImportResult | None = None, carried: bool = False
) -> list[list[object]]:
    """Return the 设置 sheet: 项目 | 值 | 说明, last year's values carried where they still hold;
    a new workbook takes 城市名称 and 单位名称 from the plan's title when it names them, and
    records the plan's name (工作意见名称: "…实施方案（2023—2025）" says its period for the next
    ``init --from``)."""
    previous = old.settings() if old else {}
    if not carried:
        previous.pop(PLAN_NAME, None)  # last year's plan is not this year's
    if plan is not None and plan.title:
        previous[PLAN_NAME] = plan.title
    if plan is not None:
        city, organization = bureau_from_title(plan.title)
        if not city and plan.issuer:  # a plan opening with its 印发通知: the unit line under it
            city, organization = bureau_from_title(plan.issuer)
        if not city and plan.source:  # "湖州市科学技术局2024年工作要点.txt": the file's own name
            city, organization = bureau_from_title(Path(plan.source).stem)
        if not city:  # "南宁市落实科技强桂行动实施方案" with "南宁市……结合我市实际" in the body
            city = _title_place_in_body(plan)
        if not city:  # a news report pasted from its dateline: "株洲日报讯(全媒体记者/…) …"
            opening = next((n.text for n in plan.plan.walk() if n.text.strip()), "")
            first = plan.targets[0].sentence if plan.targets else ""  # (a news story's first sentence)
            city = next((p for p in map(_dateline_place, (plan.title, opening.strip(), first)) if p), "")
        if city and not organization:
            city = _place_with_level(city, plan)  # "泸州2010小春.txt" for a text about 泸州市
        if city and not organization:  # 汉寿县2018年工作部署 signed 汉寿县科学技术局
            organization = _named_organ(plan, city)
        if city and not organization and plan.source:
            # "洛阳市2008年科技工作要点" saved as "洛阳市科学技术局2008年科技工作要点.txt": the
            # file's own name gives the unit the text leaves out (README §新单位 step 2)
            named_city, named_organ = bureau_from_title(Path(plan.source).stem)
            if named_city == city:
                organization = named_organ
        if city and not organization and is_blank(previous.get("单位名称")):
            # nothing names the bureau: the usual name, which the note asks to check (qa13 F32)
            organization = bureau_name(city)
        for key, value in (("城市名称", city), ("单位名称", organization)):
            if value and is_blank(previous.get(key)):
                previous[key] = value
    rows: list[list[object]] = [["项目", "值", "说明"]]
    for key, hint in SETTING_KEYS.items():
        value = previous.get(key, SETTING_DEFAULTS.get(key))
        if key == "年度":
            value = year
        elif key in YEARLY_SETTINGS:
            value = None
        elif (
            key == "测算起始年份"
            and isinstance(value, (int, float))
            and not isinstance(value, bool)
        ):
            value = int(value) + 1
        rows.append([key, value, hint])
    for key, hint in schema.OPTIONAL_SETTINGS.items():
        rows.append([key, previous.get(key), hint])
    for key, value in previous.items():
        if key not in SETTING_KEYS and key not in schema.OPTIONAL_SETTINGS:
            rows.append([key, value, PLAN_NAME_HINT if key == PLAN_NAME else ""])
    return rows


class _Previous:
    """Last year's workbook, read through the project's own reader."""

    def __init__(self, path: Path, year: int):
        from kjreport.workbook.xlsx import XlsxFile

        self.path = Path(path)
        self.year = year
        if not self.path.exists():
            raise InitError(f"找不到上年工作簿 {self.path}，请检查 --from 指定的路径。")
        self.book = XlsxFile(self.path)
        self.notes: list[str] = []  # what was not carried over, and why
        self.names = {normalize_header(n)[0]: n for n in self.book.sheet_names()}
        units, _ = unitsheets.resolve(self.book.sheet_names())  # 乡镇数据 is last year's 县区数据
        self.names.update({normalize_header(key)[0]: n for key, n in units.items()})
        found = self.settings().get("年度")
        found = year_with_suffix(found) or found  # 「2023年」 typed as text
        if (
            isinstance(found, (int, float))
            and not isinstance(found, bool)
            and int(found) != year - 1
        ):
            raise InitError(
                f"上年工作簿 {self.path.name} 工作表「设置」中的年度是 {int(found)}，"
                f"而新工作簿是 {year} 年，应从 {year - 1} 年的工作簿生成。"
            )

    def sheet(self, name: str) -> SheetData | None:
        actual = self.names.get(normalize_header(name)[0])
        return self.book.read_sheet(actual) if actual else None

    def settings(self) -> dict[str, object]:
        data = self.sheet(SETTINGS_SHEET)
        values: dict[str, object] = {}
        for row in data.rows if data else []:
            key = row[0] if row else None
            if is_blank(key) or str(key).strip() in ("项目", "设置项"):
                continue
            value = row[1] if len(row) > 1 else None
            if isinstance(value, float) and value.is_integer():
                value = int(value)  # calamine reads every number as float: keep 465, not 465.0
            values[normalize_header(key)[0]] = value
        return values

    def raw(self, spec: SheetSpec) -> list[list[object]]:
        """Return the sheet's rows from its header on, exactly as typed (units in headers kept)."""
        data = self.sheet(spec.name)
        if data is None:
            return [_header(spec)]
        start = _header_index(data, spec)
        rows = [list(r) for r in data.rows[start:] if not all(is_blank(v) for v in r)]
        if rows:
            _standard_headers(rows, spec, self.year - 1)
            _numbers_as_numbers(rows, spec)
        return rows or [_header(spec)]

    def targets(self) -> list[list[object]]:
        """Return 目标任务 in ``target_header()`` order (columns matched by name)."""
        rows = self.raw(schema.TARGETS)
        names = _names(rows[0])
        header = target_header()
        if len(rows) == 1:
            return [header]
        at = [names.index(normalize_header(h)[0]) if normalize_header(h)[0] in names else None
              for h in header]
        return [header] + [
            [r[j] if j is not None and j < len(r) else None for j in at] for r in rows[1:]
        ]

    def next_year_rows(self) -> list[dict[str, object]]:
        """Return 「下年工作打算」 rows as {工作打算, 指标, 目标值, 单位}."""
        rows = self.raw(schema.NEXT_YEAR)
        names = _names(rows[0])
        return [
            {n: (r[j] if j < len(r) else None) for j, n in enumerate(names) if n}
            for r in rows[1:]
        ]

    def projects(
        self, keep_years: int | None
    ) -> tuple[list[list[object]], tuple[int, int] | None, int]:
        """Return (项目台账 rows to carry, first and last 年度 among them, rows left out): all
        rows, or with ``keep_years`` those of the last N years (rows without a 年度 are kept)."""
        rows = self.raw(schema.PROJECTS)
        col = _column_index(rows[0], "年度")

        def year_of(row: list[object]) -> int | None:
            value = row[col] if col is not None and col < len(row) else None
            return (
                int(value)
                if isinstance(value, (int, float)) and not isinstance(value, bool)
                else None
            )

        kept = [rows[0]]
        dropped = 0
        for row in rows[1:]:
            y = year_of(row)
            if keep_years is not None and y is not None and y < self.year - keep_years:
                dropped += 1
            else:
                kept.append(row)
        years = [y for y in map(year_of, kept[1:]) if y is not None]
        return kept, ((min(years), max(years)) if years else None), dropped

    def county_rows(self) -> list[list[object]]:
        """Return last year's 县区数据 rows that are units: not a total (合计、全市) nor a
        footnote (注：…, 填报人：…, 说明：…)."""
        from kjreport.checks.footnotes import is_footnote

        rows = self.raw(schema.COUNTY)
        col = _column_index(rows[0], "县区")
        if col is None:
            return []
        return [
            r for r in rows[1:]
            if col < len(r) and not is_blank(r[col]) and not is_footnote(str(r[col]).strip())
            and str(r[col]).strip() not in ("合计", "总计", "全市", "全市合计", "小计")
        ]

    def county_previous(self) -> list[list[object]]:
        """Return the new 县区上年数据: last year's 县区数据 as typed, without its footnote rows
        (注：…, 填报人：…): they are no unit, and this year's sheet has its own."""
        from kjreport.checks.footnotes import is_footnote

        rows = self.raw(schema.COUNTY)
        col = _column_index(rows[0], "县区")
        return [rows[0]] + [r for r in rows[1:] if col is None or col >= len(r)
                            or not is_footnote(str(r[col]).strip() if r[col] is not None else None)]

    def sources(self, county_previous: list[list[object]], departments: list[list[object]],
                previous_name: str = schema.COUNTY_PREVIOUS.name) -> list[list[object]]:
        """Return the 「上年数来源」 rows (``checks.rolled``): each figure carried into the new
        县区上年数据 (``previous_name``: as the new workbook calls it) and 科室数据 上年数, with the
        file and cell of last year's workbook it came from."""
        out: list[list[object]] = []
        for spec, rows, key, value_col in ((schema.COUNTY, county_previous, "县区", None),
                                           (schema.DEPARTMENT, departments, "指标", "上年数")):
            data = self.sheet(spec.name)
            if data is None or len(rows) < 2:
                continue
            start = _header_index(data, spec)
            header, col = rows[0], _column_index(rows[0], key)
            if col is None:
                continue
            at = {}  # the row name → its row number in last year's sheet (the first one)
            for i, r in enumerate(data.rows[start + 1:], start=start + 1):
                if col < len(r) and isinstance(r[col], str):
                    at.setdefault(r[col].strip(), data.first_row + i)
            source_col = _column_index(header, "本年数") if value_col else None
            taken = [_column_index(header, value_col)] if value_col else [
                j for j in range(len(header)) if j != col and header[j] is not None]
            sheet = self.names.get(normalize_header(spec.name)[0], spec.name)
            for r in rows[1:]:
                name = r[col] if col < len(r) else None
                if not isinstance(name, str) or not name.strip():
                    continue
                for j in taken:
                    v = r[j] if j is not None and j < len(r) else None
                    if not isinstance(v, (int, float)) or isinstance(v, bool):
                        continue
                    where = source_col if value_col else j
                    cell = (f"{_letter(data.first_col + where)}{at[name.strip()]}"
                            if name.strip() in at and where is not None else "")
                    out.append([spec.name if not value_col else schema.DEPARTMENT.name, name.strip(),
                                header[j] if not value_col else value_col, v,
                                f"{self.path.name}「{sheet}」{cell}".rstrip()])
        for row in out:
            if row[0] == schema.COUNTY.name:
                row[0] = previous_name  # carried into 县区上年数据 (乡镇上年数据 …)
        return out

    def sheet_word(self) -> str:
        """Return the units' word of last year's unit sheet (乡镇 for 乡镇数据), kept in the new one."""
        return unitsheets.word_of(self.names.get(normalize_header(schema.COUNTY.name)[0], schema.COUNTY.name))

    def header_word(self) -> str:
        """Return the header of last year's unit column when it is the units' word (乡镇, 街镇 …),
        else 县区: the new workbook heads its unit sheets the same way."""
        data = self.sheet(schema.COUNTY.name)
        if data is None or not data.rows:
            return COUNTIES
        row = data.rows[_header_index(data, schema.COUNTY)]
        return next((str(v).strip() for v in row if _is_unit_header(v)), COUNTIES)

    def counties(self) -> list[str]:
        col = _column_index(self.raw(schema.COUNTY)[0], "县区")
        return [str(r[col]).strip() for r in self.county_rows()]

    def unit_word(self, counties: list[str]) -> str:
        """Return what last year's units are called (``summary.units.units_word``): by 设置's
        城市名称/单位名称 and each unit's 类型 (else its name's ending)."""
        from types import SimpleNamespace

        from kjreport.summary.facts import COUNTY_TYPES
        from kjreport.summary.units import units_word

        settings = self.settings()
        level = SimpleNamespace(city=str(settings.get("城市名称") or ""),
                                organization=str(settings.get("单位名称") or ""))
        rows = self.county_current()
        name_col, col = _column_index(rows[0], "县区"), _column_index(rows[0], "类型")
        typed = {str(r[name_col]).strip(): str(r[col]).strip() for r in rows[1:]
                 if name_col is not None and col is not None and max(col, name_col) < len(r)
                 and r[col] and r[name_col]}
        return units_word(level, counties, lambda name: typed.get(name)
                          or next((t for t in COUNTY_TYPES if name.endswith(t)), ""))

    def county_current(self) -> list[list[object]]:
        """Return the new 县区数据: last year's units with their 类型 (区、县、开发区…), figures empty."""
        header = self.raw(schema.COUNTY)[0]
        keep = {_column_index(header, "县区"), _column_index(header, "类型")} - {None}
        return [header] + [
            [(str(r[j]).strip() if isinstance(r[j], str) else r[j]) if j in keep and j < len(r) else None
             for j in range(len(header))]
            for r in self.county_rows()
        ]

    def departments(self) -> list[list[object]]:
        """Return the new 科室数据: last year's rows, 本年数 moved to 上年数, with a 数据年度 column
        (added when last year's sheet had none). A row whose figures lagged last year (数据年度 =
        last year − 1) lags again: its 上年数 is then that earlier year's, so 数据年度 says this
        year − 1 (the office types last year's figure as 本年数)."""
        rows = self.raw(schema.DEPARTMENT)
        header = list(rows[0])
        if _column_index(header, DATA_YEAR) is None:
            header.append(DATA_YEAR)
        cur, prev = _column_index(header, "本年数"), _column_index(header, "上年数")
        data_year = _column_index(header, DATA_YEAR)
        indicator = _column_index(header, "指标")
        from kjreport.checks.datayear import lags
        from kjreport.indicators.catalogue import load_catalogue

        catalogue = load_catalogue()
        blank = [_column_index(header, n) for n in ("本年数", "口径", "备注")]
        out = [header]
        for r in rows[1:]:
            r = r + [None] * (len(header) - len(r))
            new = list(r)
            if prev is not None and cur is not None:
                new[prev] = _as_number(r[cur], _row_unit(header, r))
            for j in blank:
                if j is not None:
                    new[j] = None
            new[data_year] = _rolled_data_year(r[data_year], self.year)
            name = str(r[indicator] or "").strip() if indicator is not None else ""
            if new[data_year] is not None and name and not lags(name, catalogue):
                # a 数据年度 on an indicator that does not lag is most likely last year's slip:
                # not carried into the new year, and said so (qa11b F14)
                self.notes.append(f"上年「科室数据」中「{name}」的「{DATA_YEAR}」为 {new[data_year] - 1}，但该指标的统计数据"
                                  f"一般不滞后；新工作簿中此格留空（即 {self.year} 年的数），如确需填写请核对后补上。")
                new[data_year] = None
            out.append(new)
        return out

    def growth(self) -> list[list[object]]:
        rows = self.raw(schema.GROWTH)
        col = _column_index(rows[0], "年份")
        years = [r[col] for r in rows[1:] if col is not None and col < len(r)]
        last = max((int(y) for y in years if isinstance(y, (int, float))), default=None)
        if col is not None and last is not None:
            for y in range(last + 1, self.year + 1):  # empty rows up to the new year, to fill in
                rows.append([y if j == col else None for j in range(len(rows[0]))])
        return rows


def _rolled_data_year(value: object, year: int) -> int | None:
    """Return the new year's 数据年度 of a row whose last year's 数据年度 was ``value``: the same
    lag (1 or 2 years) behind ``year``, or None (this year's figures, or nothing readable)."""
    from kjreport.checks.datayear import MAX_LAG
    from kjreport.workbook.numbers import year_with_suffix

    if isinstance(value, str):
        value = year_with_suffix(value) or (int(value) if value.strip().isdigit() else None)
    if not isinstance(value, (int, float)) or isinstance(value, bool) or value != int(value):
        return None
    lag = year - 1 - int(value)
    return year - lag if 1 <= lag <= MAX_LAG else None


def _as_number(value: object, unit: str) -> object:
    """Return a text figure check reads with a 提示 ("1,300", "14.5亿元", "４５０") as the number
    it reads, in ``unit``; anything else unchanged, so the hint does not come back every year."""
    if not isinstance(value, str):
        return value
    parsed = parse_number(value, unit)
    if parsed.error or parsed.value is None:
        return value  # not a figure: check names it in the new workbook as before
    return int(parsed.value) if parsed.value.is_integer() else parsed.value


def _numbers_as_numbers(rows: list[list[object]], spec: SheetSpec) -> None:
    """Turn the text figures of ``rows`` (header first) into numbers, column by column."""
    for j, raw in enumerate(rows[0]):
        if raw is None:
            continue
        name, unit = normalize_header(raw)
        column = _spec_column(spec, name)
        if column is None and spec.extra_numbers:  # a column the office added (县区数据's 「…（万元）」: qa16 F10)
            unit = unit or ""
        elif column is None or column.kind not in ("number", "int"):
            continue
        else:
            unit = unit or column.unit
        for row in rows[1:]:
            if j < len(row) and isinstance(row[j], str):
                row[j] = _as_number(row[j], unit)


def _row_unit(header: list[object], row: list[object]) -> str:
    col = _column_index(header, "单位")
    value = row[col] if col is not None and col < len(row) else None
    return str(value).strip() if isinstance(value, str) else ""


def _standard_headers(rows: list[list[object]], spec: SheetSpec, year: int) -> None:
    """Write the format's own header over a header typed another way (「县（市）区」 → 县区,
    「2023年」 → 本年数 in last year's workbook), as ``check`` reads them; the unit is kept."""
    from kjreport.workbook import headers

    header = rows[0]
    matched = {c.name for c in spec.columns if _column_index(header, c.name) is not None}
    for found in headers.readings(spec, header, rows[1:], year, matched):
        unit = normalize_header(found.raw)[1]
        header[found.index] = f"{found.column.name}（{unit}）" if unit else found.column.name


def _header_index(data: SheetData, spec: SheetSpec) -> int:
    from kjreport.workbook import headers

    wanted = {normalize_header(c.name)[0] for c in spec.columns}
    spelled = headers.spelled_like(spec)
    best, hits = 0, 0
    for i, row in enumerate(data.rows[:10]):
        n = sum(1 for v in row if v is not None and (normalize_header(v)[0] in wanted or spelled(v)))
        if n > hits:
            best, hits = i, n
    return best


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


def _column_index(header: list[object], name: str) -> int | None:
    for j, v in enumerate(header):
        if v is not None and normalize_header(v)[0] == normalize_header(name)[0]:
            return j
    return None


# ---------------------------------------------------------------------------------------------
# writing


def _save(out: Path, sheets: list[_Sheet], counties: list[str], sources: list[list[object]] = (),
          offices: list[str] = (), from_plan: bool = False) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    categories = own_categories(sheets)
    lists = _lists_sheet(book, counties, own_departments(sheets, offices), categories)
    # a book of another plan (or whose ledger has its own categories) types its own 项目类别:
    # the seed's are suggestions there; a book from the seed keeps the closed list
    open_lists = {"项目类别"} if from_plan or categories != list(schema.PROJECT_CATEGORIES) else set()
    for s in sheets:
        ws = book.create_sheet(s.name, index=len(book.sheetnames) - 1)
        for row in s.rows:
            ws.append(row)
        _style(ws, s, lists, open_lists)
    if sources:
        from kjreport.checks import rolled

        ws = book.create_sheet(rolled.SHEET)  # hidden, after 下拉选项: check reads it (F16)
        ws.append(rolled.HEADER)
        for row in sources:
            ws.append(row)
        ws.sheet_state = "hidden"
    save_new_workbook(book, out, InitError)


def own_departments(sheets: list[_Sheet], offices: Sequence[str] = ()) -> list[str]:
    """Return the 科室 drop-down: the offices the workbook itself names (目标任务 责任科室, 科室数据
    and 工作进展 科室, then the plan's 责任单位 ``offices``) when one of them is not a seed name
    (高新处, 合作处: the bureau names its offices its own way); else the seed's list."""
    found: list[str] = []
    for s in sheets:
        if s.spec not in (schema.TARGETS, schema.DEPARTMENT, schema.PROGRESS) or not s.rows:
            continue
        col = _column_index(s.rows[0], "责任科室" if s.spec is schema.TARGETS else "科室")
        for r in s.rows[1:]:
            value = r[col] if col is not None and col < len(r) else None
            if isinstance(value, str) and value.strip():
                found += [v for v in re.split(r"[、，,]", value.strip()) if v]
    found = list(dict.fromkeys([*found, *offices]))
    if any(name not in schema.DEPARTMENTS for name in found):
        return found
    return list(schema.DEPARTMENTS)


def own_categories(sheets: list[_Sheet]) -> list[str]:
    """Return the 项目类别 drop-down: the categories the carried 项目台账 uses that the seed does
    not know (a bureau's own: 重点研发计划), then the seed's."""
    found: list[str] = []
    for s in sheets:
        if s.spec is not schema.PROJECTS or not s.rows:
            continue
        col = _column_index(s.rows[0], "项目类别")
        for r in s.rows[1:]:
            value = r[col] if col is not None and col < len(r) else None
            if isinstance(value, str) and value.strip() and value.strip() not in schema.PROJECT_CATEGORIES:
                found.append(value.strip())
    return list(dict.fromkeys([*found, *schema.PROJECT_CATEGORIES]))


def _lists_sheet(book, counties: list[str], departments: list[str],
                 categories: Sequence[str] = schema.PROJECT_CATEGORIES) -> dict[str, str]:
    """Write the hidden sheet of drop-down lists and return list name → range formula."""
    ws = book.create_sheet(LISTS_SHEET)
    columns = {
        "县区": counties,
        "科室": departments,
        "项目类别": list(categories),
        "级别": list(schema.PROJECT_LEVELS),
        "平台类型": list(schema.PLATFORM_TYPES),
        "口径": list(schema.COMPARABILITY),
        "层级": list(schema.LEVELS),
        "比较": list(schema.COMPARISONS),
        "目标类型": list(schema.TARGET_KINDS),
        "是否": ["是", "否"],
    }
    ranges: dict[str, str] = {}
    from openpyxl.utils import get_column_letter

    for j, (name, values) in enumerate(columns.items(), start=1):
        ws.cell(1, j, name)
        for i, v in enumerate(values, start=2):
            ws.cell(i, j, v)
        if values:
            letter = get_column_letter(j)
            ranges[name] = f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(values) + 1}"
    ws.sheet_state = "hidden"
    return ranges


def _style(ws, sheet: _Sheet, lists: dict[str, str], open_lists: Collection[str] = ()) -> None:
    """Bold frozen header, widths, number formats, drop-downs and input hints (``open_lists``:
    drop-downs whose entries are suggestions only)."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    header = sheet.rows[0]
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    ws.freeze_panes = "A2"
    if sheet.spec is schema.TARGETS:  # rows still to review are shaded until 核对提示 is cleared
        add_shades(ws, review_shades(list(header), len(sheet.rows)))
    last = max(len(sheet.rows), 1) + INPUT_ROWS
    for j, raw in enumerate(header, start=1):
        letter = get_column_letter(j)
        name, unit = normalize_header(raw)
        if sheet.spec in (schema.COUNTY, schema.COUNTY_PREVIOUS) and _is_unit_header(raw):
            name = "县区"  # headed 乡镇 (a county bureau's units): the same drop-down and hint
        width = max(8, min(50, 2 * len(str(raw or "")) + 2))
        if name in ("标题", "正文", "原文", "进展情况", "工作打算", "项目名称", "说明", "核对提示"):
            width = 50
        elif name == "指标" and sheet.spec in (schema.TARGETS, schema.DEPARTMENT):
            # the plan's own names (有研发活动的规上企业占比) are read whole (qa13 F34)
            width = max(width, min(40, max((_shown_width(r[j - 1]) for r in sheet.rows[1:] if len(r) >= j), default=0) + 2))
        ws.column_dimensions[letter].width = width
        column = _spec_column(sheet.spec, name)
        if sheet.spec is schema.DEPARTMENT and name == DATA_YEAR:
            from openpyxl.comments import Comment

            ws.cell(1, j).comment = Comment(DATA_YEAR_COMMENT, "kjreport", width=320, height=150)
        fmt = _number_format(column, unit)
        if fmt:
            # the column style covers rows typed later; the rows already there get it per cell
            ws.column_dimensions[letter].number_format = fmt
            units = _row_units(sheet) if fmt == "0.00" else {}
            for row in ws.iter_rows(min_row=2, max_row=len(sheet.rows), min_col=j, max_col=j):
                # a count (9家) shows as 9, an amount as typed (0.105亿元), a density (0.86件 per
                # 10,000 people) too: not 9.00, 0.11 (qa13 F34)
                row[0].number_format = fmt if row[0].row not in units else "General"
        dv = _validation(sheet.spec, column, name, lists, f"{letter}2", open_lists)
        if dv is not None:
            if column is not None and column.hint:
                dv.promptTitle, dv.prompt, dv.showInputMessage = name[:32], column.hint[:255], True
            ws.add_data_validation(dv)
            dv.add(f"{letter}2:{letter}{last}")
        elif column is not None and column.hint:
            hint = DataValidation(type=None, allow_blank=True)
            hint.promptTitle, hint.prompt, hint.showInputMessage = (
                name[:32],
                column.hint[:255],
                True,
            )
            ws.add_data_validation(hint)
            hint.add(f"{letter}2:{letter}{last}")


DATA_YEAR = "数据年度"
DATA_YEAR_COMMENT = (
    "数据年度：本年数是哪一年的数。一般空着，即本工作簿的年度。\n"
    "统计数据滞后一年的指标（如全社会R&D经费支出、R&D经费投入强度，统计公报次年才发布），"
    "年末只有上一年的数时，本年数、上年数填上一年和前一年的数，并在此填上一年的年份（如年度为 2025 时填 2024）；"
    "总结中写作“2024年数据，统计数据滞后一年”，不当作本年的数。"
)


def _shown_width(value: object) -> int:
    """Return the width a cell's text takes in Excel's units (a Chinese character is two)."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in str(value or ""))


def _row_units(sheet: _Sheet) -> dict[int, str]:
    """Return each row's 单位 (by worksheet row) on the 目标任务 and 科室数据 sheets, {} elsewhere:
    their rows mix counts, amounts and rates, so each shows its figure as typed."""
    if sheet.spec not in (schema.TARGETS, schema.DEPARTMENT) or "单位" not in sheet.rows[0]:
        return {}
    k = list(sheet.rows[0]).index("单位")
    return {i: str(r[k] or "").strip() for i, r in enumerate(sheet.rows[1:], start=2) if len(r) > k}


def _spec_column(spec: SheetSpec | None, name: str) -> Column | None:
    if spec is None:
        return None
    return next((c for c in spec.columns if normalize_header(c.name)[0] == name), None)


def _number_format(column: Column | None, unit: str) -> str | None:
    if column is None:
        return None
    if column.kind in ("int", "year"):
        return "0"
    if column.kind != "number":
        return None
    unit = unit or column.unit
    if unit in ("万元", "元"):
        return "0"
    if unit in ("万人次", "万人"):
        return "0.0"
    return "0.00"


# what a number cell may hold besides a number: the README's 不适用 marks (workbook.numbers reads them
# as blank); Excel and WPS both evaluate a custom rule's formula relative to the range's first cell
NOT_APPLICABLE_MARKS = ("/", "—", "——", "－", "-", "无", "不适用")


def _number_rule(first: str, whole: bool) -> str:
    """Return the custom validation formula of a number column starting at cell ``first``: a
    number ≥ 0 (whole for an int column) or one of the 不适用 marks (qa11 F20: a "decimal ≥ 0"
    rule of stop style made Excel refuse the "—" the README tells the clerk to type)."""
    number = f"AND(ISNUMBER({first}),{first}>=0" + (f",{first}=INT({first}))" if whole else ")")
    marks = ",".join(f'{first}="{m}"' for m in NOT_APPLICABLE_MARKS)
    return f"OR({number},{marks})"


def _validation(spec: SheetSpec | None, column: Column | None, name: str, lists: dict[str, str],
                first: str = "A2", open_lists: Collection[str] = ()):
    from openpyxl.worksheet.datavalidation import DataValidation

    def listed(key: str, title: str):
        if key not in lists:
            return None
        dv = DataValidation(type="list", formula1=lists[key], allow_blank=True)
        dv.error, dv.errorTitle, dv.showErrorMessage = (
            f"请从下拉列表中选择{title}",
            "输入无效",
            True,
        )
        return dv

    if name == "县区" and spec is not None and spec.name != "收件人":
        return listed("县区", "县区")
    if column is None:
        return None
    if column.kind == "choice":
        key = {
            "科室": "科室",
            "项目类别": "项目类别",
            "级别": "级别",
            "平台类型": "平台类型",
            "口径": "口径",
            "层级": "层级",
            "比较": "比较",
            "目标类型": "目标类型",
        }.get(name)
        dv = listed(key, name) if key else None
        # a bureau may type its own 科室 names; its own 项目类别 only in a book of its own plan (open_lists)
        if dv is not None and ((column.open_choices and name != "项目类别") or key in open_lists):
            dv.showErrorMessage = False
        if dv is not None and key in open_lists:
            dv.promptTitle, dv.showInputMessage = name, True
            dv.prompt = f"可从下拉列表选择，也可填写本单位的{name}（内置指标只统计列表中的类别，如「科技计划项目」「产学研合作」）"
        return dv
    if column.kind == "yesno":
        return listed("是否", "是或否")
    if column.kind in ("number", "int"):
        dv = DataValidation(type="custom", formula1=_number_rule(first, column.kind == "int"), allow_blank=True)
        dv.error, dv.errorTitle, dv.showErrorMessage = (
            "请填写不小于0的" + ("整数" if column.kind == "int" else "数字") + "（不要带单位）；不适用的填 / 或 —",
            "输入无效",
            True,
        )
        return dv
    if column.kind == "year":
        dv = DataValidation(
            type="whole", operator="between", formula1="1990", formula2="2100", allow_blank=True
        )
        dv.error, dv.errorTitle, dv.showErrorMessage = "请填写4位年份，如 2012", "输入无效", True
        return dv
    return None
