"""Recall and precision of plan import over the corpus of real plans (tests/plan/corpus).

Each plan is a UTF-8 text (``<id>.txt``) with a hand-checked sidecar (``<id>.json``): its source
and the targets a reader finds in it for the plan's year. A parsed target counts as found when
its name matches loosely (after dropping scope words such as 全市/全县, or by an alias, or by
containment/similarity) and value, unit (万元 = 亿元 × 10⁻⁴ …), comparator, kind, stretch value
and upper bound all agree. Each plan's ``split`` says how it was used: ``seen`` plans were looked
at while writing the rules; ``unseen`` ones were written and checked before the parser ran on
them, measured once, and looked at afterwards; ``fresh`` and ``final`` ones were added later in
the same way. Each split is reported apart; tests/plan/corpus/README.md keeps the first
measurement of each held-out split.

    python benchmarks/plan_recall.py            # table per plan, totals for seen / unseen / all
    python benchmarks/plan_recall.py -v         # also every miss and every extra target
    python benchmarks/plan_recall.py --json     # machine-readable (used by tests/plan/test_corpus.py)
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "plan" / "corpus"
sys.path.insert(0, str(ROOT))

# seen: looked at while writing the rules; unseen / fresh / final: written and checked before the
# parser first ran on them, measured once, then looked at (tests/plan/corpus/README.md has the
# first measurements)
SPLITS = ("seen", "unseen", "fresh", "final", "final2", "final3", "seen2", "seen3", "seen4", "seen5", "seen6", "seen7", "final4", "final5", "final6", "final7", "final8", "final9", "final10", "final11", "final12", "final13", "final14", "final15", "final16", "final17", "final18", "final19", "final20", "final21", "final22", "final23", "final24", "final25", "final26", "final27", "final28", "final29", "final30", "final31", "final32", "final33", "final34", "final35", "final36", "final37", "final38", "final39", "final40", "final41", "final42", "final43", "final44", "final45", "final46", "final47", "final48", "final49", "final50", "final51", "final52", "final53", "final54", "final55", "final56", "final57", "final58", "final59", "final60", "final61", "final62", "final64", "final67", "final68", "final71", "final72", "final73", "final74", "final75", "final76", "final77", "final78", "final79", "final80", "final81", "final82", "final83", "final84", "final85", "final86", "final87", "final88", "final89", "final90", "final91", "final92", "final93", "final94", "final96", "final97", "final98", "final99", "final100", "final101", "final102", "final103", "final104", "final105", "final106", "final107", "final108", "final109", "final110", "final111", "final112", "final113", "final114", "final115", "final116", "final117", "final118", "final119", "final120", "final121", "final122", "final123", "final124", "final125", "final126", "final127", "final128", "final129", "final130", "final131", "final132", "final133", "final134", "final135", "final136", "final137", "final138", "final139", "final140", "final141", "final142", "final143", "final144", "final145", "final146", "final147", "final148", "final149", "final150", "final151", "final152", "final153", "final154", "final155", "final156", "final157", "final158", "final159", "final160", "final161", "final162", "final163", "final164", "final165", "final166", "final167", "final168", "final169", "final170", "final171", "final172", "final173", "final174", "final175", "final176", "final177", "final178", "final179", "final180", "final181", "final182", "final183", "final184", "final185", "final186", "final187", "final188", "final189", "final190", "final191", "final192", "final193", "final194", "final195", "final196", "final197", "final198", "final199", "final200", "final201", "final202", "final203", "final204", "final205", "final206", "final207", "final208", "final209", "final210", "final211", "final212", "final213", "final214", "final215", "final216", "final217", "final218", "final219", "final220", "final221", "final222", "final223", "final224", "final225", "final226", "final227", "final228", "final229", "final230", "final231", "final232", "final233", "final234", "final235", "final236", "final237", "final238", "final239", "final240", "final241", "final242", "final243", "final244", "final245", "final246", "final247", "final248", "final249", "final250", "final251", "final252", "final253", "final254", "final255", "final256", "final257", "final258", "final259", "final260", "final261", "final262", "final263", "final264", "final265", "final266", "final267", "final268", "final269", "final270", "final271", "final272", "final273", "final274", "final275", "final276", "final277", "final278", "final279", "final280", "final281", "final282", "final283", "final284", "final285", "final286", "final287", "final288", "final289", "final290", "final291", "final292", "final293", "final294", "final295", "final296", "final297", "final298", "final299", "final300", "final301", "final302", "final303", "final304", "final305", "final306", "final307", "final308", "final309", "final310", "final311", "final312", "final313")

# unit → (family, factor to the family's base)
UNIT_BASE = {
    "元": ("元", 1.0),
    "万元": ("元", 1e4),
    "亿元": ("元", 1e8),
    "万亿元": ("元", 1e12),
    "亿": ("元", 1e8),  # "招商引资完成100億以上": the labels copy the unit as written, 元 left out
    "人次": ("人次", 1.0),
    "万人次": ("人次", 1e4),
    "亿人次": ("人次", 1e8),
    ":1": ("", 1.0),  # "农产品加工产值与农业总产值比达2.3:1": a ratio to one, with or without its ":1"
    "亩": ("亩", 1.0),
    "万亩": ("亩", 1e4),
    "人": ("人", 1.0),
    "名": ("人", 1.0),
    "万人": ("人", 1e4),
    # "常住人口达到100万", "农村贫困人口减少130万": the labels copy a bare 万 as written, and every
    # such label counts people (the parser writes 万人)
    "万": ("人", 1e4),
    "家": ("家", 1.0),
    "万家": ("家", 1e4),
    "万户": ("家", 1e4),
    "万个": ("家", 1e4),
    "个": ("家", 1.0),
    "户": ("家", 1.0),
    "所": ("家", 1.0),
    "处": ("家", 1.0),
    "百分点": ("个百分点", 1.0),
    "场": ("场次", 1.0),  # "近3000场……科普活动" and "科普活动近3000场次" (北京 2025): sessions either way
    "场次": ("场次", 1.0),
}
SCOPE = re.compile(r"^(?:全市|全县|全区|全省|全州|全盟|全旗|我市|我县|我区|我省|今年|年内|全年)")
PUNCT = re.compile(r"[\s“”\"'‘’《》（）()【】、，,·：:]")
SUFFIX = re.compile(r"(?:数量|总数|总量|数)$")


@dataclass
class Item:
    name: str
    value: float
    unit: str
    comparator: str
    kind: str
    stretch: float | None = None
    upper: float | None = None
    aliases: tuple[str, ...] = ()

    def show(self) -> str:
        extra = ""
        if self.stretch is not None:
            extra += f" 争取{_fmt(self.stretch)}"
        if self.upper is not None:
            extra += f" 上限{_fmt(self.upper)}"
        return f"{self.name} {self.comparator}{_fmt(self.value)}{self.unit}（{self.kind}{extra}）"


@dataclass
class PlanScore:
    plan: str
    split: str
    expected: int
    parsed: int
    matched: int
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    error: str = ""


def _fmt(v: float) -> str:
    return f"{v:g}"


def _simplified(text: str) -> str:
    """Traditional script compared as simplified: 師資團培訓 is 师资团培训 (the labels keep the page's
    script, plan import shows simplified names)."""
    from kjreport.plan.text import to_simplified

    return (to_simplified([text]) or [text])[0]


def _digits(text: str) -> str:
    """Chinese numerals before a money or count unit written in digits (投资超五千万元项目 = 投资超
    5000万元项目: the labels keep the page's numerals, plan import reads them as digits)."""
    from kjreport.numerals import cn_int

    def number(m: re.Match) -> str:
        value = cn_int(m.group(1))
        return str(value) if value is not None else m.group(1)

    return re.sub(r"([一二三四五六七八九十两百千]+)(?=[万亿]元|元)", number, text)


def norm_name(name: str) -> str:
    s = PUNCT.sub("", _digits(_simplified(name)))
    s = re.sub(r"(?i)r&d|研究与试验发展", "R&D", s).replace("研发", "R&D")
    s = SCOPE.sub("", s)
    return SUFFIX.sub("", s)


_CATALOGUE = None
STRICT_NAMES = False  # --strict-names: no catalogue synonyms
NO_YEAR = False  # --no-year: import as `plan show` with no --year (the year read from the text)


def same_by_catalogue(a: str, b: str) -> bool:
    """Return True when the indicator catalogue (kjreport/indicators/catalogue.csv, issue 9 §1–2)
    says names ``a`` and ``b`` are one indicator (R&D经费投入强度 = 全社会R&D经费投入占GDP比重),
    the same tolerant matching a workbook's names get."""
    global _CATALOGUE
    if STRICT_NAMES:
        return False
    if _CATALOGUE is None:
        try:
            from kjreport.indicators.catalogue import load_catalogue

            _CATALOGUE = load_catalogue()
        except Exception:  # noqa: BLE001 — a checkout without the catalogue: no synonyms
            _CATALOGUE = False
    if not _CATALOGUE:
        return False
    # a region's plan means the whole region: 全市研发投入 / 研发投入强度 are 全社会's
    regional = "全社会" + re.sub(r"^(?:全市|全县|全区|全省|全州|本市|我市|我县|我区|我省)", "", a)
    return _CATALOGUE.same(a, b) or (not a.startswith("全社会") and _CATALOGUE.same(regional, b))


def names_match(expected: Item, parsed: str) -> bool:
    p = norm_name(parsed)
    if not p:
        return False
    if any(same_by_catalogue(cand, parsed) for cand in (expected.name, *expected.aliases)):
        return True
    for cand in (expected.name, *expected.aliases):
        e = norm_name(cand)
        if not e:
            continue
        if e == p or (len(p) >= 2 and (e in p or p in e)):
            return True
        if difflib.SequenceMatcher(None, e, p).ratio() >= 0.75:
            return True
    return False


def base(value: float | None, unit: str) -> tuple[str, float | None]:
    unit = _simplified(unit)  # 萬名 = 万名, 個 = 个: the labels keep the page's script
    unit = re.sub(r"[(（][^()（）]*[)）]$", "", unit)  # "万头(只、口)": the page's alternatives, one family
    unit = re.sub(r"^个[村镇乡户]$", "个", unit)  # "29个村": the counted noun written into the unit
    if unit not in UNIT_BASE and len(unit) > 1 and unit[0] in "万亿":  # 1萬名 = 10000名
        fam, factor = UNIT_BASE.get(unit[1:], (unit[1:], 1.0))
        factor *= 1e4 if unit[0] == "万" else 1e8
    else:
        fam, factor = UNIT_BASE.get(unit, (unit, 1.0))
    return fam, None if value is None else value * factor


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def fields_match(e: Item, p: Item) -> bool:
    fe, ve = base(e.value, e.unit)
    fp, vp = base(p.value, p.unit)
    if fe != fp or not close(ve, vp):
        return False
    if e.comparator != p.comparator or e.kind != p.kind:
        return False
    return close(base(e.stretch, e.unit)[1], base(p.stretch, p.unit)[1]) and close(
        base(e.upper, e.unit)[1], base(p.upper, p.unit)[1]
    )


def load_expected(meta: dict) -> list[Item]:
    return [
        Item(
            t["name"],
            float(t["value"]),
            t["unit"],
            t["comparator"],
            t["kind"],
            t.get("stretch"),
            t.get("upper"),
            tuple(t.get("aliases", ())),
        )
        for t in meta["targets"]
    ]


def parse_targets(path: Path, year: int | None) -> list[Item]:
    """Run plan import as the CLI does (``import_plan``) and return its targets for ``year``."""
    from kjreport.plan import NotAPlanError, import_plan

    try:
        try:
            result = import_plan(path, require_targets=False, year=year)
        except TypeError:  # an import_plan without the year parameter (the baseline)
            result = import_plan(path, require_targets=False)
    except NotAPlanError:
        return []
    return [
        Item(
            t.indicator,
            float(t.value),
            t.unit,
            t.comparison,
            getattr(t, "kind", "总量") or "总量",
            getattr(t, "stretch", None),
            getattr(t, "upper", None),
        )
        for t in result.targets
    ]


def score_plan(txt: Path) -> PlanScore:
    meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    src = meta["source"]
    expected = load_expected(meta)
    score = PlanScore(txt.stem, src.get("split", "seen"), len(expected), 0, 0)
    try:
        parsed = parse_targets(txt, None if NO_YEAR else src.get("year"))
    except Exception as exc:  # noqa: BLE001 — a crash is a score of zero, shown in the table
        score.error = f"{type(exc).__name__}: {exc}"
        parsed = []
    score.parsed = len(parsed)
    free = list(parsed)
    for e in expected:
        hit = next((p for p in free if names_match(e, p.name) and fields_match(e, p)), None)
        if hit is None:
            near = next((p for p in free if names_match(e, p.name)), None)
            score.misses.append(e.show() + (f"  ← 读成 {near.show()}" if near else ""))
            continue
        free.remove(hit)
        score.matched += 1
    score.extras = [p.show() for p in free]
    return score


def score_corpus(corpus: Path = CORPUS, suffix: str = ".txt") -> list[PlanScore]:
    """Score every plan of ``corpus`` read from its ``<id><suffix>`` file (a PDF of it: ``.pdf``)."""
    return [score_plan(p) for p in sorted(corpus.glob(f"*{suffix}"))]


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "   — "


def report(scores: list[PlanScore], verbose: bool) -> str:
    lines = [
        f"{'plan':<28} {'split':<6} {'expect':>6} {'parsed':>6} {'match':>5} {'recall':>7} {'precis':>7}"
    ]
    for s in scores:
        lines.append(
            f"{s.plan:<28} {s.split:<6} {s.expected:>6} {s.parsed:>6} {s.matched:>5} "
            f"{_pct(s.matched, s.expected):>7} {_pct(s.matched, s.parsed):>7}"
            + (f"  !! {s.error}" if s.error else "")
        )
        if verbose:
            lines += [f"    漏 {m}" for m in s.misses] + [f"    多 {x}" for x in s.extras]
    for label, group in (
        *((split, [s for s in scores if s.split == split]) for split in SPLITS),
        ("all", scores),
    ):
        e = sum(s.expected for s in group)
        p = sum(s.parsed for s in group)
        m = sum(s.matched for s in group)
        lines.append(
            f"TOTAL {label:<22} {len(group):>2} plans {e:>4} {p:>6} {m:>5} {_pct(m, e):>7} {_pct(m, p):>7}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    ap.add_argument("--json", action="store_true", help="print JSON")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--split", choices=SPLITS, help="only the plans of one split")
    ap.add_argument("--suffix", default=".txt", help="read each plan from <id><suffix> (.txt, .docx, .pdf)")
    ap.add_argument(
        "--strict-names",
        action="store_true",
        help="match names without the indicator catalogue's synonyms",
    )
    ap.add_argument(
        "--no-year",
        action="store_true",
        help="import without the plan's year, as `kjreport plan show` with no --year",
    )
    args = ap.parse_args(argv)
    global STRICT_NAMES, NO_YEAR
    STRICT_NAMES = args.strict_names
    NO_YEAR = args.no_year
    scores = score_corpus(args.corpus, args.suffix)
    if args.split:
        scores = [s for s in scores if s.split == args.split]
    if args.json:
        print(json.dumps([s.__dict__ for s in scores], ensure_ascii=False, indent=1))
    else:
        print(report(scores, args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
