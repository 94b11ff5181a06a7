"""Chinese phrases of a bureau's summary (公文用语): growth, 个百分点, completion, status, rank.

Every function returns a complete phrase without final punctuation, and never "None"/"nan":
missing figures become the staff marker ``MISSING``.
"""

from __future__ import annotations

import datetime as dt
import re

from kjreport.text.numbers import (
    COUNT_UNITS,
    DEFAULT_STYLE,
    MISSING,
    NumberStyle,
    amount,
    is_number,
    is_zero,
    kept_decimals,
    pct,
    pp,
    times,
)

STATUSES = ("超额完成", "完成", "基本完成", "未完成", "不可比", "无目标", "无数据")
_CN_DIGITS = "零一二三四五六七八九"
_INNER = re.compile(r"[（(]([^（）()]*)[）)]")
_PUNCT = "，、；：。,;:"


def aside(note: str) -> str:
    """Return ``note`` as a parenthetical remark: （口径调整）. Parentheses inside the note become
    commas, so the text never nests them: （2011年起按新口径统计，含柔性引进专家，与目标不一致）."""
    note = str(note or "").strip()
    if not note:
        return ""

    def flat(m: re.Match[str]) -> str:
        before = m.string[: m.start()]
        after = m.string[m.end():]
        lead = "" if not before or before[-1] in _PUNCT else "，"
        tail = "" if not after or after[0] in _PUNCT else "，"
        return f"{lead}{m.group(1).strip()}{tail}"

    while _INNER.search(note):
        note = _INNER.sub(flat, note, count=1)
    return f"（{note}）"


def yoy(value: float | None, note: str = "") -> str:
    """Return 同比增长15.0% / 同比下降3.2% / 与上年持平 / 与上年不可比（note）."""
    if not is_number(value):
        if "不可比" in note or "零的突破" in note or note == "上年和本年均为零":
            return note
        return f"与上年不可比{aside(note)}"
    v = float(value)  # type: ignore[arg-type]
    if is_zero(v):
        return "与上年持平"
    if v >= 100:  # 250% growth reads better as a multiple of last year
        phrase = f"是上年的{times(1 + v / 100)}"
    else:
        phrase = f"同比增长{pct(v)}" if v > 0 else f"同比下降{pct(-v)}"
    return f"{phrase}{aside(note)}"


# the words naming last year as the base of a change: 同比增长/下降, 比上年提高/降低N个百分点
_YOY_WORD = re.compile(r"同比(分别)?(?=增长|下降)|比上年(?=(?:提高|降低)\d+(?:\.\d+)?个百分点)")


def yoy_once(text: str, said: bool = False) -> tuple[str, bool]:
    """Return ``text`` with last year named as the base only at the first change stated, and
    whether one has been stated by its end. A bureau writes "同比增长15.0%" or "比上年提高1.3个
    百分点" once in a paragraph, then "增长19.0%", "下降2.0%", "提高0.6个百分点" (the base is
    understood). ``said``: a change was stated before ``text``. "同比分别增长" keeps its "同比"
    (a bare "分别增长" after "分别为" reads twice); a count's "比上年增加3家" keeps its base."""

    def keep_first(m: re.Match[str]) -> str:
        nonlocal said
        if said and not m.group(1):
            return ""
        said = True
        return m.group(0)

    return _YOY_WORD.sub(keep_first, text), said


_REACH = re.compile(r"达到(?=\d|$)")  # at the end: a draft marks the number apart


def reach_once(text: str, said: bool = False) -> tuple[str, bool]:
    """Return ``text`` with "达到N" said once and then "达N", and whether one has been said by its
    end: real summaries use "达" as often as "达到" ("全市高新技术企业数达268家", 蚌埠 2018) and
    kjreport's every indicator sentence "……达到N" made it the commonest verb of the summary
    (7 per 1000 characters, real 1.1). ``said``: one was said before ``text``."""

    def keep_first(m: re.Match[str]) -> str:
        nonlocal said
        if said:
            return "达"
        said = True
        return m.group(0)

    return _REACH.sub(keep_first, text), said


# a figure with its unit's first character: 36家, 7.12亿(元), 21.6% — never a digit inside a longer number
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:%|[\u4e00-\u9fff])")


def unsaid(text: str, said: str) -> str:
    """Return ``text`` (a department's progress note) without its sentences whose every figure
    ``said`` (the text before it) states already: 「新认定国家高新技术企业36家，入库备案国家科技型中小企业
    452家。」 after the overview's 新增高新技术企业36家 … 452家 (qa22 F6: the same four figures in two
    consecutive paragraphs). A sentence without figures, or with one not said, is kept whole."""
    stated = set(_FIGURE.findall(said))
    kept = []
    for sentence in re.findall(r"[^。；！？]+[。；！？]?", str(text)):
        figures = _FIGURE.findall(sentence)
        if figures and all(f in stated for f in figures):
            continue
        kept.append(sentence)
    return "".join(kept)


def count_change(value: float | None, previous: float | None, unit: str) -> str:
    """Return a small count's change as a difference: 比上年增加3家 / 减少1项 / 与上年持平."""
    if not (is_number(value) and is_number(previous)):
        return ""
    diff = float(value) - float(previous)  # type: ignore[arg-type]
    # a count per head has decimals (0.86件 per 10,000 people): 0.86 against 0.72 is 0.14 more, not
    # 持平 — the change is judged at the decimals the two figures themselves show (qa13 F1)
    shown = max(kept_decimals(float(value)), kept_decimals(float(previous)))  # type: ignore[arg-type]
    if is_zero(diff, shown):
        return "与上年持平"
    return f"比上年{'增加' if diff > 0 else '减少'}{amount(abs(diff), unit)}"


def is_count(unit: str) -> bool:
    """Return True for a unit of counted things (项, 家, 个 …), written as integers."""
    return unit in COUNT_UNITS


def change_pp(value: float | None, base: str = "比上年", near: tuple[float, ...] = (), at_least: int = 0) -> str:
    """Return 比上年提高1.4个百分点 / 比上年降低0.3个百分点 / 与上年持平 (``near``: see ``pp``)."""
    if not is_number(value):
        return f"{base}变化{MISSING}"
    v = float(value)  # type: ignore[arg-type]
    if is_zero(v, 2):
        return "与上年持平"
    return f"{base}{'提高' if v > 0 else '降低'}{pp(v, near=near, at_least=at_least)}"


def completion(value: float | None) -> str:
    """Return 完成年度目标的101.5%."""
    return f"完成年度目标的{pct(value)}"


def gap_phrase(gap: float | None, unit: str, style: NumberStyle = DEFAULT_STYLE) -> str:
    """Return how far a result is from its target: 尚差5项 / 尚差0.04个百分点."""
    if not is_number(gap):
        return f"尚差{MISSING}"
    short = abs(float(gap))  # type: ignore[arg-type]
    return f"尚差{pp(short) if unit == '%' else amount(short, unit, style)}"


def status(
    status_word: str,
    gap: float | None = None,
    unit: str = "",
    note: str = "",
    style: NumberStyle = DEFAULT_STYLE,
) -> str:
    """Return the status phrase: 超额完成 / 完成 / 基本完成 / 未完成（尚差5项） / 不可比（reason）."""
    if status_word in ("超额完成", "完成"):
        return status_word
    if status_word == "基本完成":
        if is_number(gap) and float(gap) < 0:  # type: ignore[arg-type]
            return f"基本完成（{gap_phrase(gap, unit, style)}）"
        return "基本完成"
    if status_word == "未完成":
        return f"未完成（{gap_phrase(gap, unit, style)}）"
    if status_word == "不可比":
        return f"不可比{aside(note)}"
    if status_word == "无数据":
        return f"无数据{aside(note)}" if note else f"无数据{MISSING}"
    if status_word == "无目标":
        return "无年度目标"
    return MISSING


def target_phrase(
    status_word: str,
    gap: float | None = None,
    unit: str = "",
    note: str = "",
    style: NumberStyle = DEFAULT_STYLE,
) -> str:
    """Return the status as the end of a summary sentence: 超额完成年度目标 / 未完成年度目标，尚差5项."""
    if status_word == "超额完成":
        return "超额完成年度目标任务"
    if status_word == "完成":
        return "完成年度目标任务"
    if status_word == "基本完成":
        return "基本完成年度目标任务"
    if status_word == "未完成":
        if gap is None:
            return "未完成年度目标任务"
        return f"未完成年度目标任务，{gap_phrase(gap, unit, style)}"
    if status_word == "不可比":
        return f"因统计口径不一致，与年度目标不可比{aside(note)}"
    if status_word == "无数据":
        return f"完成情况{MISSING}"
    return ""


def percent_target(gap: float | None) -> str:
    """Return a percentage target's comparison: 超过年度目标0.6个百分点 / 低于年度目标0.04个百分点."""
    if not is_number(gap):
        return f"与年度目标相比{MISSING}"
    g = float(gap)  # type: ignore[arg-type]
    if is_zero(g, 2):
        return "与年度目标持平"
    return f"{'超过' if g > 0 else '低于'}年度目标{pp(g)}"


FEW_UNITS = 2  # in a group of two (2个开发区) the second is 第2位, never 末位 (QA9 F7)


def rank(position: int | None, scope: str = "全市", total: int | None = None, tied: int = 1,
         group: str = "", judged: bool = True) -> str:
    """Return 居全市第1位, 居全市末位 (last), 并列全市第3位 / 并列全市末位 when ``tied`` > 1; with
    the ranking ``group`` (排名分组) of ``total`` units: 在11个县（市）区中居第3位, 在4个开发区中居末位.
    ``judged`` False (an indicator without a target): the place only, never 末位 (a judgement)."""
    if not judged:
        last_place = None
        if is_number(position) and total is not None and int(position) + max(tied, 1) - 1 >= total:
            last_place = int(position)  # 居全市第10位, not 居全市末位
        if last_place is not None:
            where = f"在{total}个{group}中" if group else ""
            return f"{where}{'并列' if tied > 1 else '居'}{'' if group else scope}第{last_place}位"
    if group:
        where = f"在{total}个{group}中" if total else f"在{group}中"
        if not is_number(position):
            return f"{where}居第{MISSING}位"
        n = int(position)  # type: ignore[arg-type]
        lead = "并列" if tied > 1 else "居"
        last = total is not None and total > FEW_UNITS and n + max(tied, 1) - 1 >= total
        return f"{where}{lead}{'末位' if last else f'第{n}位'}"
    if not is_number(position):
        return f"居{scope}第{MISSING}位"
    n = int(position)  # type: ignore[arg-type]
    lead = "并列" if tied > 1 else "居"
    if total is not None and total > FEW_UNITS and n + max(tied, 1) - 1 >= total:
        return f"{lead}{scope}末位"
    return f"{lead}{scope}第{n}位"


def time_progress(ahead: float | None) -> str:
    """Return 超序时进度3.2个百分点 / 慢于序时进度5.0个百分点 / 与序时进度持平."""
    if not is_number(ahead):
        return f"序时进度{MISSING}"
    a = float(ahead)  # type: ignore[arg-type]
    if is_zero(a):
        return "与序时进度持平"
    # a computed percentage: one decimal always (55.0, never 55 beside 55.6 — qa12b F18)
    return f"超序时进度{pp(a, at_least=1)}" if a > 0 else f"慢于序时进度{pp(a, at_least=1)}"


def scope(city: str, organization: str = "") -> str:
    """Return the whole the counties belong to: 鲁泽市 → 全市, 东岳省 → 全省, 清河区 → 全区,
    宁东能源化工基地 → 全基地; a development zone's unit (株洲经济技术开发区科技创新局, 设置's 城市名称
    株洲市) speaks of its zone: 全区."""
    zone = _ZONE.search(re.sub(r"\s+", "", organization or ""))
    if zone and not _ZONE.search(city or "") and zone.group() not in ("管委会", "管理委员会"):
        return "全基地" if zone.group() == "基地" else "全区"
    for end in ("省", "自治区", "市", "州", "盟", "区", "县", "旗", "基地", "镇", "乡", "街道"):
        if city.endswith(end):
            return "全" + ("区" if end == "自治区" else end)
    return "全市"


# the Party committee and government a bureau works under, by the level of its place
_LEADERSHIP = {
    "省": "省委、省政府", "自治区": "自治区党委、政府", "市": "市委、市政府", "州": "州委、州政府",
    "盟": "盟委、行署", "县": "县委、县政府", "区": "区委、区政府", "旗": "旗委、旗政府",
    "镇": "镇党委、镇政府", "乡": "乡党委、乡政府", "街道": "街道党工委、办事处",
}
_LEVEL_END = re.compile(r"(自治区|自治州|自治县|省|市|州|盟|县|区|旗|镇|乡|街道)$")


def place_level(organization: str, city: str = "") -> str:
    """Return the level of the place a unit belongs to: 省 自治区 市 州 盟 县 区 旗 镇 乡 街道 ("" unknown).

    The place is the unit's name before its organ (汉寿县科技和工业信息化局 → 汉寿县 → 县;
    常德市武陵区科学技术局 → 常德市武陵区 → 区; 山东省科学技术厅 → 省), else 城市名称.
    """
    for name in (organization, city):
        name = re.sub(r"\s+", "", name or "")
        place = re.split(r"科学技术|科技|工业和信息化|工业信息化|经济|人民政府", name, maxsplit=1)[0]
        if (m := _LEVEL_END.search(place)) is not None:
            return {"自治州": "州", "自治县": "县"}.get(m.group(1), m.group(1))
    return ""


_ORGAN_END = re.compile(r"(厅|委员会|委|局)$")


def own_unit(organization: str) -> str:
    """Return how the unit names itself in its own documents, from 单位名称: 我局 (…科学技术局),
    我厅 (…科学技术厅), 我委 (…科学技术委员会); 我局 when the name says nothing."""
    m = _ORGAN_END.search(re.sub(r"\s+", "", organization or ""))
    word = {"委员会": "委"}.get(m.group(1), m.group(1)) if m else "局"
    return "我" + word


def leadership(organization: str, city: str = "", override: str = "") -> str:
    """Return who leads the unit, for "在××的正确领导下": 设置's 领导机关 when given, else by the
    level of its place: 市委、市政府 (市), 县委、县政府 (县), 区委、区政府 (区), 省委、省政府 (省),
    镇党委、镇政府 (镇); a people's government itself works under its Party committee alone (县委, 镇党委);
    a development zone's unit (高新区、开发区、基地、园区、示范区, or a 管委会) works under its
    党工委、管委会, not a 区委、区政府."""
    if override and override.strip():
        return override.strip()
    if any(_ZONE.search(re.sub(r"\s+", "", name or "")) for name in (organization, city)):
        return "党工委、管委会"
    led = _LEADERSHIP.get(place_level(organization, city), _LEADERSHIP["市"])
    # a people's government itself (常平镇人民政府, 汉寿县人民政府) works under its Party committee
    return led.split("、")[0] if re.sub(r"\s+", "", organization or "").endswith("人民政府") else led


# a development zone run by a 管委会 ("宁东能源化工基地管委会", "西安高新区", "杨凌示范区", "苏州工业园区";
# not 浦东新区 or 滨海新区, districts with a 区委、区政府)
_ZONE = re.compile(r"开发区|高新区|经开区|园区|基地|示范区|试验区|实验区|合作区|管委会|管理委员会")


def cn_date(day: dt.date | None) -> str:
    """Return 2011年12月20日 (Arabic numerals, no padding zeros)."""
    if not isinstance(day, dt.date):
        return f"{MISSING}年{MISSING}月{MISSING}日"
    return f"{day.year}年{day.month}月{day.day}日"


def cn_numeral(n: int) -> str:
    """Return a small number in Chinese numerals: 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三."""
    if n < 0 or n > 99:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return f"{head}十{_CN_DIGITS[ones] if ones else ''}"


def ordinal(n: int) -> str:
    """Return the enumeration word of a summary: 1 → 一是, 2 → 二是."""
    return f"{cn_numeral(n)}是"


SHARED_HEAD = 4  # characters two names must share before a sentence says the subject once
_BOUND_TAIL = "型类级性化式"  # 科技型…: a word the shared head would cut in two


def shared_head(names: list[str]) -> str:
    """Return the subject several names share, said once ("新型研发机构优化重组2家、整改退出3家",
    not "新型研发机构优化重组和新型研发机构整改退出分别达到2家和3家" — qa11 F12), or "": at least
    ``SHARED_HEAD`` characters, every name going on with two or more of its own, and not a word
    cut in two (科技型中小企业 and 科技企业孵化器 share no subject)."""
    if len(names) < 2:
        return ""
    head = names[0]
    for n in names[1:]:
        while not n.startswith(head):
            head = head[:-1]
    if len(head) < SHARED_HEAD or any(len(n) - len(head) < 2 or n[len(head)] in _BOUND_TAIL for n in names):
        return ""
    return head


def states(text: str, figure: str) -> bool:
    """Return True when ``text`` (a department's progress note) already states ``figure`` (a
    number with its unit as the summary writes it, "38项", "32.6万人次") as a whole number: not
    inside a longer one ("138项", "2.38项"). The indicator sentence beside such a note would say
    the same figure twice in a row ("……达到38项。……列入省级以上计划38项", prose14)."""
    figure = figure.strip()
    if not figure or not figure[0].isdigit() or not text:
        return False
    return re.search(rf"(?<![\d.]){re.escape(figure)}", text) is not None


def join_list(items: list[str], last: str = "和") -> str:
    """Return items joined with 、 and the last with ``last``: 甲、乙和丙."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    if any(last in i for i in items):  # "A和B和C" would blur the items: 甲和乙、丙
        last = "、"
    return "、".join(items[:-1]) + last + items[-1]


def data_year(year_of_data: int | None, year: int) -> str:
    """Return what a figure of an earlier year (数据年度) is, for a bracket after it:
    2024年数据，统计数据滞后一年 — or "" for this year's figure."""
    if not year_of_data or year_of_data >= year:
        return ""
    lag = year - year_of_data
    return f"{year_of_data}年数据，统计数据滞后{'两' if lag == 2 else cn_numeral(lag)}年"


def data_year_note(year_of_data: int | None, year: int) -> str:
    """Return the 说明 of a lagged figure (指标结果, 附件): which years its 本年数 and 上年数 are,
    and that the target compared with is this year's: "" for this year's figure."""
    said = data_year(year_of_data, year)
    if not said:
        return ""
    return (f"本年数、上年数为{year_of_data}年、{year_of_data - 1}年数据（{said.partition('，')[2]}）；"
            f"完成情况暂按{year_of_data}年数据对照{year}年目标")
