"""County and department names as people type them: folded, and matched across sheets.

``清 河 区``, ``清河区`` (full width) and ``清河区 `` are one county. A name that matches nothing
is reported with its likely match (「清河」可能是「清河区」), so that a year-on-year figure never
turns 不可比 — or a ledger row never drops out of every county — without a word.
Pure: names in, names and ``Problem``s out.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from kjreport.errors import Problem
from kjreport.workbook import unitsheets

_SPACES = re.compile(r"[\s\u200b\u3000]+")
_SUFFIX = re.compile(r"(自治县|开发区|新区|区|县|市|旗)$")


def fold(name: object) -> str:
    """Return ``name`` with full-width forms folded and every space removed."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", str(name)))


_UNMATCHED = "中没有对应的县区"  # what every name problem below says
QUOTED = re.compile(r"「([^「」]+)」")


def counties_named(problems: Iterable[Problem], sheets: Iterable[str]) -> set[str]:
    """Return the names (folded) quoted by the name problems already given on ``sheets`` — the
    unmatched name and the one it should be: a county said once there needs no second message
    (such as "缺少…的上年数据") about the same slip."""
    sheets = set(sheets)
    out: set[str] = set()
    for p in problems:
        if p.sheet in sheets and _UNMATCHED in p.found:
            out.update(fold(n) for n in QUOTED.findall(p.found + p.expected))
    return out


def official(name: str) -> bool:
    """Return True when ``name`` ends as an administrative unit does (…区, …县, …市, …旗)."""
    return bool(_SUFFIX.search(name))


def _stem(name: str) -> str:
    return _SUFFIX.sub("", name) or name


_TOWNSHIP = re.compile(r"(街道办事处|街道|镇|乡|苏木)$")


def township_stem(name: str) -> str:
    """Return ``name`` without a township-level suffix (浦锦街道 → 浦锦, 军屯乡 → 军屯)."""
    return _TOWNSHIP.sub("", name) or name


def same_stem(a: str, b: str) -> bool:
    """Return True when two names differ only by their suffix (西山县 / 西山区)."""
    return _stem(a) == _stem(b)


def likely_match(name: str, known: Iterable[str]) -> str | None:
    """Return the known name ``name`` most probably means (清河 → 清河区; the short form
    东营开发区 → 东营经济技术开发区), or None."""
    known = list(known)
    stem = _stem(name)
    same_stem = [k for k in known if _stem(k) == stem]
    if len(same_stem) == 1:
        return same_stem[0]
    town = township_stem(name)
    same_town = [k for k in known if township_stem(k) == town] if town != name else []
    if len(same_town) == 1:
        return same_town[0]  # 浦锦镇 / 浦锦街道, 军屯镇 / 军屯乡: one township, suffix slipped
    short = [k for k in known if abbreviates(name, k)]
    if len(short) == 1:
        return short[0]
    import difflib  # only when a name is not found

    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return close[0] if close else None


def abbreviates(short: str, full: str) -> bool:
    """Return True when ``short`` is a short form of ``full``: the same administrative suffix,
    the same first character and every character of ``short`` in order in ``full``
    (东营开发区 / 东营经济技术开发区; not 东营区 / 东营港经济开发区, whose suffixes differ)."""
    suffix = _SUFFIX.search(short)
    if not suffix or len(short) >= len(full) or not full.endswith(suffix[0]) or short[0] != full[0]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def orphan_problem(file: str, sheet: str, cell: str, name: str, where: str, known: Iterable[str],
                   consequence: str, *, rows: int = 1, right: bool = False,
                   taken: Iterable[str] = (), severity: str = "提示") -> Problem:
    """Return the problem of a name in ``sheet`` that matches none of the ``known`` names
    (``right``: the evidence says ``name`` is the right spelling and ``where``'s the slip).
    ``taken``: names ``sheet`` already holds, never suggested (renaming 东营开发区 to 东营区 would
    make 东营区 appear twice). ``severity``: that of a name with no likely match."""
    taken = set(taken)
    match = likely_match(name, [k for k in known if k not in taken])
    more = f"（共 {rows} 行）" if rows > 1 else ""
    found = f"县区「{name}」{more}在「{where}」中没有对应的县区"
    if match and (right or official(name) and not official(match)):
        # the official name here, a shortened one there: the other sheet is what to correct
        return Problem(file, sheet, cell, found + f"，「{where}」中写作「{match}」",
                       f"请把「{where}」中的「{match}」改为「{name}」（各表名称须一致），否则{consequence}")
    if match:
        return Problem(file, sheet, cell, found + f"，可能是「{match}」",
                       f"请把「{name}」改为「{match}」（两表名称须一致），否则{consequence}")
    return Problem(file, sheet, cell, found, f"若是县区，请与「{where}」的名称保持一致；否则{consequence}",
                   severity)


def better_spelling(a: str, b: str, city: str = "",
                    sources: dict[str, Iterable[str]] | None = None) -> tuple[str, str] | None:
    """Return which of two spellings of one county (「晋按区」/「晋安区」) the evidence says is
    right, with the evidence in words, or None when nothing tells them apart.

    Evidence, strongest first: the official list of ``city``'s counties (民政部); then how many
    of the other sheets that name counties (``sources``: sheet → names, e.g. 收件人 and the
    ledgers) use each spelling.
    """
    from kjreport.checks.gazetteer import official_county

    on_list = (official_county(a, city), official_county(b, city))
    if on_list[0] != on_list[1]:
        return (a if on_list[0] else b), "与全国县区名录一致"
    sheets = {k: set(v) for k, v in (sources or {}).items()}
    uses = ([k for k, v in sheets.items() if a in v], [k for k, v in sheets.items() if b in v])
    if len(uses[0]) != len(uses[1]):
        i = 0 if len(uses[0]) > len(uses[1]) else 1
        return (a, b)[i], "与" + "".join(f"「{k}」" for k in uses[i]) + "中的写法一致"
    return None


def city_prefix(a: str, b: str, city: str) -> str:
    """Return the city's name (宿迁市, or 宿迁) when one of two names is the other with it in front
    (「宿迁市湖滨新区」/「湖滨新区」, as the statistics bureau's and the office's tables write it), else ""."""
    if not city:
        return ""
    short, long = sorted((a, b), key=len)
    stem = city[:-1] if city.endswith(("市", "州", "盟")) and len(city) > 2 else city
    return next((p for p in dict.fromkeys((city, stem)) if long == p + short), "")


def prefixed_problem(file: str, sheet: str, cell: str | None, name: str, other: str, where: str,
                     where_cell: str | None, prefix: str, consequence: str) -> Problem:
    """Return the error of a county name in this year's ``sheet`` written in ``where`` with the
    city's name ``prefix`` in front or without it: neither is a slip, the two sheets differ (qa18 F6)."""
    at = f"「{where}」{where_cell}" if where_cell else f"「{where}」"
    short, long = sorted((name, other), key=len)
    more = "只多了" if len(other) > len(name) else "只少了"
    return Problem(file, sheet, cell,
                   f"县区「{name}」在「{where}」中没有对应的县区：{at} 写作「{other}」，{more}市名「{prefix}」",
                   f"请统一两表的写法（都写「{short}」或都写「{long}」），否则{consequence}")


def misspelt_problem(file: str, sheet: str, cell: str | None, name: str, right: str, where: str,
                     where_cell: str | None, consequence: str, why: str = "") -> Problem:
    """Return the error of a county name in this year's ``sheet`` that is a misspelling of the
    name ``right`` in ``where`` (last year's sheet). ``why``: the evidence that backs ``right``
    (the county list, other sheets); without it this year's sheet, the one typed anew, is only
    the more likely culprit and the message says how to fix it the other way round."""
    at = f"「{where}」{where_cell}" if where_cell else f"「{where}」"
    found = f"县区「{name}」在「{where}」中没有对应的县区，可能是「{right}」的笔误（{at} 写作「{right}」"
    found += f"，{why}）" if why else "）"
    expected = f"请把「{name}」改为「{right}」（各表名称须一致）"
    if not why:
        expected += f"；若「{name}」才是正确名称（如县区已更名），请改正{at}"
    return Problem(file, sheet, cell, found, f"{expected}，否则{consequence}")


def stray_rows(file: str, current, names: list[str], last_year: list[str],
               indicators: Iterable[str], previous_sheet: str = "") -> tuple[list[Problem], set[int]]:
    """Return an error for each 县区数据 row in ``names`` that is not a county, and the numbers
    of those rows: it matches no county of 县区上年数据 and either is named as an indicator of
    目标任务/科室数据 (「市级以上众创空间、孵化器｜206」, whatever column its figure went in) or has
    figures only in columns no real county fills (「市级农业科技园区｜21」), or none at all."""
    from kjreport.indicators.names import name_key

    previous_sheet = previous_sheet or unitsheets.pair(current.sheet)[1]

    rows = [r for r in current.rows if r.values.get("县区")]
    columns = [c for c in (*current.columns, *current.extra) if c not in ("县区", "类型")]
    real = [r for r in rows if r.values.get("县区") in last_year]
    if len(real) < len(rows) / 2:
        return [], set()  # the two sheets hardly share a name: the pairs above say what to fix
    filled = {c for c in columns for r in real if isinstance(r.values.get(c), (int, float))}
    keys = {name_key(n) for n in indicators}
    out, numbers = [], set()
    for r in rows:
        name = r.values.get("县区")
        if name not in names:
            continue
        indicator = name_key(name) in keys and not official(name)
        own = [c for c in columns if r.values.get(c) is not None]
        if not indicator and any(c in filled for c in own):
            continue  # figures where the counties have theirs: a new county (hinted elsewhere)
        what = "是一个指标名称（目标任务或科室数据中有同名指标）" if name_key(name) in keys else (
            "在各县区都填写的列中没有数据")
        numbers.add(r.number)
        typed = "、".join(f"「{c}」列 {r.values[c]:g}" if isinstance(r.values[c], (int, float)) else f"「{c}」列"
                         for c in own[:3])
        typed = f"，本行填了{typed}，未计入任何县区" if typed else ""
        out.append(Problem(
            file, current.sheet, r.cells.get("县区"),
            f"「{name}」不像是县区：「{previous_sheet}」中没有这个县区，且它{what}{typed}",
            "若是科室报送的指标，请把它填入「科室数据」（科室、指标、单位、本年数、上年数）并删除这一行；"
            f"若确是新设县区，请在「{previous_sheet}」中也添加该县区，并填写它的各项数据"))
    return out, numbers


def short_form_pairs(left: Iterable[str], right: Iterable[str]) -> dict[str, str]:
    """Return the names of ``left`` paired one-to-one with the names of ``right`` they are a
    short form or the full form of, when the pairing is certain (each name left with exactly
    one partner once the certain pairs are taken out).

    A short form keeps the full name's key syllables in order and its last character
    (经开区 / 长春经济技术开发区, 汽开区 / 长春汽车经济技术开发区, 净月区 / 净月高新技术产业开发区);
    经开区 could be either 经济技术开发区 above, but 汽开区 can only be the second, so 经开区 is
    the first.
    """
    left, right = list(dict.fromkeys(left)), list(dict.fromkeys(right))
    options = {a: {b for b in right if _short_form(a, b) or _short_form(b, a)} for a in left}
    pairs: dict[str, str] = {}
    while True:
        single = {a: next(iter(bs)) for a, bs in options.items() if len(bs) == 1}
        claimed = Counter(single.values())
        certain = {a: b for a, b in single.items() if claimed[b] == 1}
        if not certain:
            return pairs
        pairs.update(certain)
        taken = set(certain.values())
        options = {a: bs - taken for a, bs in options.items() if a not in certain}


def _short_form(short: str, full: str) -> bool:
    """Return True when ``short`` (3–5 characters) keeps ``full``'s last character and at least
    two more of its characters, in order (经开区 in 长春经济技术开发区)."""
    if not 3 <= len(short) <= 5 or len(full) < len(short) + 2 or short[-1] != full[-1]:
        return False
    rest = iter(full[:-1])
    return all(ch in rest for ch in short[:-1])


def short_form_problem(file: str, sheet: str, cell: str | None, short: str, full: str, where: str,
                       where_cell: str | None, consequence: str) -> Problem:
    """Return the error of a unit written short in ``sheet`` (经开区) and in full in ``where``
    (长春经济技术开发区): the short form's cell, the full name to write there."""
    at = f"（{where_cell}）" if where_cell else ""
    return Problem(file, sheet, cell,
                   f"县区「{short}」在「{where}」中没有对应的县区，可能是其中「{full}」{at}的简称",
                   f"请把「{short}」改为「{full}」（两表名称须一致，也可两表都写简称），否则{consequence}")


# a unit written with its organ: 兰州市科技局, 甘南州科学技术局, 兰州新区科技和工信局, 城关镇人民政府
_WITH_ORGAN = re.compile(r"^(.+?(?:自治州|自治县|自治旗|地区|新区|开发区|高新区|街道|州|市|县|区|盟|旗|镇|乡))"
                         r"[^州市县区盟旗镇乡]*(?:局|委|委员会|办|办公室|政府|公署|部门|中心|所|站)$")
_PLACE_END = ("州", "市", "县", "区", "盟", "旗", "镇", "乡", "街道", "地区")


def unit_named(name: object, units: Iterable[str]) -> str | None:
    """Return the unit of ``units`` that ``name`` surely means, or None: the same name; the name
    with its organ (兰州市科技局 → 兰州市); the name without its suffix (兰州 → 兰州市, when no 兰州新区 competes; not 西山区 → 西山县);
    a short form (甘南州 → 甘南藏族自治州, 临夏州 → 临夏回族自治州) with one candidate only.
    Stricter than ``likely_match`` (no fuzzy match): used to route mail, where a guess misdirects."""
    if type(name) is not str or not fold(name):
        return None
    folded = {fold(u): u for u in units if u}
    text = fold(name)
    if text in folded:
        return folded[text]
    m = _WITH_ORGAN.match(text)
    for candidate in dict.fromkeys((text, m[1] if m else text)):
        if candidate in folded:
            return folded[candidate]
        stem = [u for f, u in folded.items() if _stem(f) == candidate]  # 兰州 → 兰州市, not 西山区 → 西山县
        if len(stem) == 1:
            return stem[0]
        short = [u for f, u in folded.items() if _short_form(candidate, f)]
        if len(short) == 1:
            return short[0]
    return None


def looks_like_unit(name: object) -> bool:
    """Return True when ``name`` names a place (or a place's organ) rather than a 科室: ends with
    州、市、县、区、盟、旗、镇、乡、街道, or is a place followed by its organ (兰州市科技局)."""
    if type(name) is not str:
        return False
    text = fold(name)
    if text.startswith(("各", "全")):
        return False  # 各县区, 全市: a group, not one unit
    return text.endswith(_PLACE_END) or bool(_WITH_ORGAN.match(text))


_ANY_SUFFIX = re.compile(r"(自治州|自治县|自治旗|开发区|新区|地区|州|盟|区|县|市|旗)$")


def same_place(name: str, units: Iterable[str]) -> str | None:
    """Return the one unit of ``units`` with ``name``'s place name under another suffix (西山区 →
    西山县, 南湖州 → 南湖县), or None: a suggestion only, never used to route anything."""
    stem = _ANY_SUFFIX.sub("", fold(name))
    found = [u for u in units if u and _ANY_SUFFIX.sub("", fold(u)) == stem]
    return found[0] if len(found) == 1 and stem else None
