"""Parse a plan document (工作意见) into its tree (总/部分/节/条) and quantitative targets.

``parse_plan(lines)`` is pure: lines in, ``PlanImportResult`` out. Structure first (every line
is placed in a node, or reported), then targets (every quantity is mapped to a known indicator
through the catalog, or listed as unmapped — never guessed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kjreport.model import PlanNode, Target
from kjreport.plan import catalog
from kjreport.plan.reader import PlanLine
from kjreport.plan.text import cn_number, cn_value, normalize

CN = "[一二三四五六七八九十]{1,3}"
PART_RE = re.compile(rf"^(?P<n>{CN})[、．.](?P<rest>.*)$")
SECTION_RE = re.compile(rf"^（(?P<n>{CN})）(?P<rest>.*)$")
ITEM_STYLES = {
    "是": re.compile(rf"^(?P<n>{CN})是(?!否|指|说)[，、：]?(?P<rest>.*)$"),
    "1.": re.compile(r"^(?P<n>\d{1,2})[.．、](?!\d)(?P<rest>.*)$"),
    "（1）": re.compile(r"^（(?P<n>\d{1,2})）(?P<rest>.*)$"),
}
BULLET_RE = re.compile(r"^(?:——|—|－－|--|·|•|●|◆|■|\*)\s*")
JUNK_RES = (
    re.compile(
        r"^(?:时间|日期|发布时间|发布日期|更新时间|来源|信息来源|作者|导语|摘要|编辑|责任编辑"
        r"|浏览|浏览次数|点击|点击数|阅读|关键词|标签)[：]"
    ),
    re.compile(r"^[-–—·•\s]*(?:上一篇|下一篇|上一条|下一条|相关阅读|相关文章|推荐阅读)"),
    re.compile(
        r"^(?:返回顶部|打印本页|关闭窗口|【?打印】?|【?关闭】?|分享到|收藏|版权所有|Copyright|©)"
    ),
    re.compile(r"^【?字体[：]?\s*大\s*中\s*小】?$"),
)
DATE_LINE_RE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
SIGNATURE_RE = re.compile(r"^[^。，；：]{2,30}(?:局|委员会|办公室|人民政府|领导小组)$")
MARKER_RE = re.compile(r"主要(?:任务|工作|预期)?目标|总体目标|工作目标|目标任务")
TITLE_WORDS = re.compile(r"意见|要点|计划|安排|打算|思路")
YEAR_RE = re.compile(r"(20\d{2}|19\d{2})年")

UNITS = (
    "万人次",
    "人次",
    "亿元",
    "万元",
    "个百分点",
    "百分点",
    "万人",
    "万吨",
    "万亩",
    "%",
    "项",
    "家",
    "个",
    "人",
    "名",
    "位",
    "处",
    "件",
    "所",
    "座",
    "台",
    "套",
    "篇",
    "户",
    "吨",
    "元",
)
QUANTITY_RE = re.compile(
    r"(?<![\d.])(?P<value>\d+(?:\.\d+)?)(?P<unit>"
    + "|".join(UNITS)
    + r")(?P<qual>以上|以内|以下|左右)?"
)
CLAUSE_MARKS = "，；。：、！？"
SENTENCE_RE = re.compile(r"[^。；！？]*[。；！？]?")
INCREMENT_RE = re.compile(r"(?:新增|新建|新认定|新培育|新引进|新组建|新申报)[^，；]*$")
LESS_RE = re.compile(
    r"(?:控制在|不高于|不超过|不多于|压缩到|压减到|降至|降到|降低到|下降到)[^，；]*$"
)


@dataclass(frozen=True)
class LineNote:
    """A line that was set aside or could not be placed, with the reason (in Chinese)."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Unmapped:
    """A quantity in the plan that no known indicator matches: shown to the user, not guessed."""

    line: int
    item: str  # 编号 of the node it is in
    quantity: str  # as written, e.g. "20%"
    sentence: str
    reason: str = "没有对应的已知指标"


@dataclass
class PlanImportResult:
    """Everything ``plan import`` found in one plan document."""

    source: Path
    title: str
    year: int | None
    plan: PlanNode  # root 总 (主要任务目标), children = parts
    targets: list[Target]
    unmapped: list[Unmapped] = field(default_factory=list)
    unplaced: list[LineNote] = field(default_factory=list)  # structure it could not place
    ignored: list[LineNote] = field(default_factory=list)  # web-page junk, signature, date
    notes: list[str] = field(default_factory=list)  # conversions, conflicting restatements
    unit_word: str = "行"  # "行" for text files, "段" for .docx paragraphs

    def node(self, code: str) -> PlanNode | None:
        """Return the plan node with 编号 ``code``, or None."""
        return next((n for n in self.plan.walk() if n.code == code), None)


@dataclass
class _Segment:
    """A piece of text belonging to one node, for target extraction."""

    code: str
    line: int
    text: str


@dataclass
class _Builder:
    """Mutable state while walking the lines."""

    root: PlanNode
    unit_word: str
    title: str = ""
    current: PlanNode | None = None
    part: PlanNode | None = None
    section: PlanNode | None = None
    item_style: str | None = None
    marker_seen: bool = False
    preamble: list[str] = field(default_factory=list)
    segments: list[_Segment] = field(default_factory=list)
    unplaced: list[LineNote] = field(default_factory=list)
    ignored: list[LineNote] = field(default_factory=list)
    texts: dict[str, list[str]] = field(default_factory=dict)

    def add_text(self, node: PlanNode, line: int, text: str) -> None:
        if text:
            self.texts.setdefault(node.code, []).append(text)
            self.segments.append(_Segment(node.code, line, text))


def parse_plan(
    lines: list[PlanLine], source: Path | str = "", unit_word: str = "行"
) -> PlanImportResult:
    """Return the plan tree and targets found in ``lines`` (see ``PlanImportResult``)."""
    root = PlanNode("总", "总", "", "主要任务目标")
    b = _Builder(root=root, unit_word=unit_word)
    for raw in lines:
        text = normalize(raw.text)
        if not text:
            continue
        _place_line(b, raw.number, text, raw.heading)
    for node in root.walk():
        node.text = "\n".join(b.texts.get(node.code, []))
    targets, unmapped, notes = _extract_targets(b.segments, root)
    year = _find_year(b.title, [s.text for s in b.segments])
    return PlanImportResult(
        source=Path(source),
        title=b.title,
        year=year,
        plan=root,
        targets=targets,
        unmapped=unmapped,
        unplaced=b.unplaced,
        ignored=b.ignored,
        notes=notes,
        unit_word=unit_word,
    )


# ---------------------------------------------------------------------------------------------
# structure


def _place_line(b: _Builder, number: int, text: str, heading: int | None) -> None:
    """Put one normalised line into the tree (or into the ignored / unplaced lists)."""
    if any(r.search(text) for r in JUNK_RES):
        b.ignored.append(LineNote(number, text, "网页页眉页脚，已忽略"))
        return
    if b.part is not None and (DATE_LINE_RE.match(text) or SIGNATURE_RE.match(text)):
        b.ignored.append(LineNote(number, text, "署名或日期，已忽略"))
        return
    kind, n, label, rest = _classify(b, text, heading)
    if kind == "part":
        _open_part(b, number, n, label, rest)
    elif kind == "section":
        _open_section(b, number, n, label, rest)
    elif kind == "item":
        _open_item(b, number, n, label, rest)
    else:
        _add_body(b, number, text)


def _classify(b: _Builder, text: str, heading: int | None) -> tuple[str, int, str, str]:
    """Return (kind, number, label, rest) for a line: part / section / item / text."""
    if m := PART_RE.match(text):
        n = cn_value(m["n"])
        if n is not None and not text.startswith(m["n"] + "是"):
            return "part", n, m["n"] + "、", m["rest"]
    if m := SECTION_RE.match(text):
        n = cn_value(m["n"])
        if n is not None:
            return "section", n, f"（{m['n']}）", m["rest"]
    for style, regex in ITEM_STYLES.items():
        m = regex.match(text)
        if not m:
            continue
        n = cn_value(m["n"]) if style == "是" else int(m["n"])
        if n is None or n == 0:
            continue
        if b.item_style in (None, style) and b.part is not None:
            label = {"是": f"{m['n']}是", "1.": f"{n}.", "（1）": f"（{n}）"}[style]
            return "item", n, label, m["rest"]
    if heading == 1 or (heading and b.part is not None):
        # A Word heading without its number in the text (automatic numbering).
        if heading == 1:
            n = len(b.root.children) + 1
            return "part", n, cn_number(n) + "、", text
        if heading == 2:
            n = len(b.part.children) + 1
            return "section", n, f"（{cn_number(n)}）", text
        container = b.section or b.part
        n = len(container.children) + 1
        return "item", n, f"{cn_number(n)}是", text
    return "text", 0, "", text


def _split_title(rest: str) -> tuple[str, str]:
    """Return (title, body): the title runs to the first 。 (or the whole line)."""
    head, sep, body = rest.partition("。")
    title = head.strip().rstrip("：；，")
    return title, body.strip()


def _open_part(b: _Builder, number: int, n: int, label: str, rest: str) -> None:
    expected = len(b.root.children) + 1
    if n < expected:
        b.unplaced.append(
            LineNote(
                number,
                label + rest,
                f"编号「{label}」在「{cn_number(expected - 1)}、」之后重复出现，"
                "无法作为新的部分，已并入上一条正文",
            )
        )
        _add_body(b, number, label + rest)
        return
    if n > expected:
        b.unplaced.append(
            LineNote(
                number,
                label + rest,
                f"部分编号不连续：应为「{cn_number(expected)}、」，实际为「{label}」，"
                f"已按顺序编为第{expected}部分",
            )
        )
    title, body = _split_title(rest)
    node = PlanNode(cn_number(expected), "部分", label, title)
    b.root.children.append(node)
    b.part, b.section, b.current = node, None, node
    b.segments.append(_Segment(node.code, number, rest))
    if body:
        b.texts.setdefault(node.code, []).append(body)


def _open_section(b: _Builder, number: int, n: int, label: str, rest: str) -> None:
    if b.part is None:
        b.unplaced.append(
            LineNote(
                number,
                label + rest,
                f"「{label}」出现在第一部分「一、」之前，无法归入某一部分，已并入主要任务目标",
            )
        )
        _add_body(b, number, label + rest)
        return
    expected = len(b.part.children) + 1
    if n != expected:
        b.unplaced.append(
            LineNote(
                number,
                label + rest,
                f"节编号不连续：在「{b.part.label}」下应为「（{cn_number(expected)}）」，"
                f"实际为「{label}」，已按顺序编号",
            )
        )
    title, body = _split_title(rest)
    node = PlanNode(f"{b.part.code}.{expected}", "节", label, title)
    b.part.children.append(node)
    b.section, b.current = node, node
    b.segments.append(_Segment(node.code, number, rest))
    if body:
        b.texts.setdefault(node.code, []).append(body)


def _open_item(b: _Builder, number: int, n: int, label: str, rest: str) -> None:
    container = b.section or b.part
    style = "是" if label.endswith("是") else ("1." if label.endswith(".") else "（1）")
    b.item_style = b.item_style or style
    expected = len(container.children) + 1
    if n != expected:
        b.unplaced.append(
            LineNote(
                number,
                label + rest,
                f"条目编号不连续：在「{container.label}{container.title}」下应为第{expected}条，"
                f"实际为「{label}」，已按顺序编号",
            )
        )
    # "…100项以上。四是加强科技成果推广。…": a following item inside the same line.
    pieces = _split_inline_items(rest, expected, style)
    for offset, (piece_label, piece) in enumerate(pieces):
        idx = expected + offset
        title, body = _split_title(piece)
        node = PlanNode(f"{container.code}.{idx}", "条", piece_label or label, title)
        container.children.append(node)
        b.current = node
        b.segments.append(_Segment(node.code, number, piece))
        if body:
            b.texts.setdefault(node.code, []).append(body)


def _split_inline_items(rest: str, first: int, style: str) -> list[tuple[str, str]]:
    """Return [(label, text)] for an item line that holds the next items after a 。."""
    pieces: list[tuple[str, str]] = [("", rest)]
    if style != "是":
        return pieces
    n = first + 1
    while True:
        label = f"{cn_number(n)}是"
        label_text = pieces[-1][1]
        m = re.search(rf"(?<=[。；]){label}(?!否|指|说)", label_text)
        if not m:
            return pieces
        pieces[-1] = (pieces[-1][0], label_text[: m.start()])
        pieces.append((label, label_text[m.end() :].lstrip("，、：")))
        n += 1


def _add_body(b: _Builder, number: int, text: str) -> None:
    """Add a line without a structural label to the current node (or to the preamble)."""
    text = BULLET_RE.sub("", text) if BULLET_RE.match(text) else text
    if b.part is None:
        _add_preamble(b, number, text)
        return
    b.add_text(b.current, number, text)


def _add_preamble(b: _Builder, number: int, text: str) -> None:
    """Lines before part 一: the document title, the general requirements, 主要任务目标."""
    if not b.title and not b.preamble and "。" not in text and len(text) <= 50:
        b.title = text
        return
    b.preamble.append(text)
    if b.marker_seen:
        b.add_text(b.root, number, text)
        return
    m = MARKER_RE.search(text)
    if m:
        b.marker_seen = True
        start = text.rfind("。", 0, m.start()) + 1
        b.texts.setdefault("总", []).append(text[start:])
        b.segments.append(_Segment("总", number, text))
    else:
        # general requirements: not 正文 of 总, but a target stated here is still a headline one
        b.segments.append(_Segment("总", number, text))


def _find_year(title: str, texts: list[str]) -> int | None:
    """Return the plan year named in the title or first paragraphs (None when dropped)."""
    for text in [title, *texts[:3]]:
        if m := YEAR_RE.search(text or ""):
            return int(m.group(1))
    return None


# ---------------------------------------------------------------------------------------------
# targets


@dataclass
class _Found:
    entry: catalog.CatalogEntry
    value: float
    comparison: str
    code: str
    line: int
    sentence: str
    written: str


def _extract_targets(
    segments: list[_Segment], root: PlanNode
) -> tuple[list[Target], list[Unmapped], list[str]]:
    """Return (targets, unmapped quantities, notes) for all text segments in plan order."""
    found: list[_Found] = []
    unmapped: list[Unmapped] = []
    for seg in segments:
        for sentence in SENTENCE_RE.findall(seg.text):
            if sentence.strip():
                _scan_sentence(seg, sentence, found, unmapped)
    targets, notes = _merge(found)
    targets = _attach_topics(targets, root)
    return targets, unmapped, notes


def _scan_sentence(
    seg: _Segment, sentence: str, found: list[_Found], unmapped: list[Unmapped]
) -> None:
    quantities = list(QUANTITY_RE.finditer(sentence))
    shown = sentence.strip().rstrip("；，")
    for i, q in enumerate(quantities):
        clause_start = max(sentence.rfind(ch, 0, q.start()) for ch in CLAUSE_MARKS) + 1
        ends = [sentence.find(ch, q.end()) for ch in CLAUSE_MARKS]
        clause_end = min([e for e in ends if e >= 0], default=len(sentence))
        prev_end = quantities[i - 1].end() if i else 0
        next_start = quantities[i + 1].start() if i + 1 < len(quantities) else len(sentence)
        before = sentence[max(clause_start, prev_end) : q.start()]
        after = sentence[q.end() : min(clause_end, next_start)]
        prev_clause_start = (
            max(sentence.rfind(ch, 0, max(clause_start - 1, 0)) for ch in CLAUSE_MARKS) + 1
        )
        prev_clause = sentence[prev_clause_start : max(clause_start - 1, prev_clause_start)]
        local = f"{before}{catalog.Q}{after}"
        wide = f"{prev_clause}，{local}"
        if catalog.is_not_target(local):
            continue
        unit = q["unit"]
        if INCREMENT_RE.search(before):
            unmapped.append(
                Unmapped(seg.line, seg.code, q.group(), shown, "是新增数，不是年末总量目标")
            )
            continue
        entry = catalog.find_entry(local, wide, unit)
        if entry is None:
            unmapped.append(Unmapped(seg.line, seg.code, q.group(), shown))
            continue
        value = catalog.convert(float(q["value"]), unit, entry.unit)
        less = q["qual"] in ("以内", "以下") or bool(LESS_RE.search(before))
        found.append(
            _Found(entry, value, "≤" if less else "≥", seg.code, seg.line, shown, q.group())
        )


def _merge(found: list[_Found]) -> tuple[list[Target], list[str]]:
    """Return one target per indicator (plan items merged) and notes on conflicting values."""
    merged: dict[str, tuple[_Found, list[str]]] = {}
    notes: list[str] = []
    for f in found:
        if _unit_of(f.written) in catalog.UNIT_FACTORS and f.entry.unit != _unit_of(f.written):
            notes.append(
                f"第{f.line}行「{f.written}」已换算为 {_fmt(f.value)}{f.entry.unit}（{f.entry.name}）。"
            )
        if f.entry.name not in merged:
            merged[f.entry.name] = (f, [f.code])
            continue
        first, codes = merged[f.entry.name]
        if abs(first.value - f.value) > 1e-9 or first.comparison != f.comparison:
            notes.append(
                f"「{f.entry.name}」在第{first.line}行为 {first.comparison}{_fmt(first.value)}{first.entry.unit}，"
                f"第{f.line}行又写作 {f.comparison}{_fmt(f.value)}{f.entry.unit}，已保留第一次出现的目标值，请核对。"
            )
            continue
        if f.code not in codes:
            codes.append(f.code)
    targets = [
        Target(
            indicator=f.entry.name,
            value=f.value,
            unit=f.entry.unit,
            comparison=f.comparison,
            plan_items=tuple(codes),
            department=f.entry.department,
            sentence=f.sentence,
        )
        for f, codes in merged.values()
    ]
    return targets, notes


def _attach_topics(targets: list[Target], root: PlanNode) -> list[Target]:
    """Return targets where a headline-only target also names the item whose title is its topic."""
    nodes = [n for n in root.walk() if n.level in ("节", "条")]
    out: list[Target] = []
    for t in targets:
        entry = catalog.entry(t.indicator)
        if t.plan_items == ("总",) and entry.topic:
            rx = re.compile(entry.topic)
            match = next(
                (n for n in nodes if n.level == "条" and rx.search(n.title)), None
            ) or next((n for n in nodes if rx.search(n.title)), None)
            if match is not None:
                t = Target(
                    t.indicator,
                    t.value,
                    t.unit,
                    t.comparison,
                    ("总", match.code),
                    t.department,
                    t.sentence,
                    t.cell,
                )
        out.append(t)
    return out


def _unit_of(written: str) -> str:
    m = QUANTITY_RE.match(written)
    return m["unit"] if m else ""


def _fmt(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))
