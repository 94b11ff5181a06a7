"""Text quality of the generated summary and county bulletins (not a test; issue 11's figures).

Builds the summary and every county bulletin of ``samples/sample2011.xlsx`` and of a generated
province workbook (``benchmarks/make_province.py``), reads their paragraphs and tables back and
prints, per document set:

- the most repeated 10-character string of one document and its count (goal ≤ 12);
- sentences that state completion twice (``完成年度目标的100.0%，完成年度目标任务``; goal 0);
- the longest paragraph and the longest sentence, in characters (goals ≤ 250 and ≤ 120);
- occurrences of ``100.0%``;
- ranks given for zero values, in the text or in a table (goal 0);
- text/table rounding mismatches: an indicator's value or change written one way in the text
  and another way in the table (goal 0); a clause listing figures with 分别 pairs the i-th name
  with the i-th figure.

Usage: python benchmarks/text_quality.py [--counties 20] [--save DIR] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "samples" / "sample2011.xlsx"

GOALS = {
    "top_ngram": 12,
    "double_statements": 0,
    "longest_paragraph": 250,
    "longest_sentence": 120,
    "zero_ranks": 0,
    "mismatches": 0,
}
COMPLETION = re.compile(r"完成(?:了)?(?:年度|全年)?目标(?:任务)?")
SENTENCE_END = re.compile(r"(?<=[。！？])")
UNITS = "亿元|万元|万人次|万人|个百分点|%|项|家|个|处|人|名|件|次|所|座|种|户|位"
NUMBER = r"-?\d+(?:\.\d+)?"
ZERO_RANK = re.compile(rf"(?<![\d.])0(?:\.0+)?(?:{UNITS})[^。；，]*[，、]?[^。；]*?居全市(?:第\d+位|末位)")
VERBS = r"(?:达到|实现|为|新增|净增|突破|控制在|累计|共)?"
CHANGE = re.compile(rf"(同比增长|同比下降|增长|下降|提高|降低)({NUMBER})(%|个百分点)")


@dataclass
class Doc:
    """One generated document, read back: body paragraphs (no title) and table rows."""

    name: str
    paragraphs: list[str]
    tables: list[list[list[str]]]
    others: tuple[str, ...] = ()  # clauses naming one of these (a county in the summary) are skipped


@dataclass
class Figures:
    """The text-quality figures of a set of documents (the worst document for maxima)."""

    documents: int = 0
    top_ngram: int = 0
    top_ngram_text: str = ""
    double_statements: int = 0
    double_example: str = ""
    longest_paragraph: int = 0
    longest_paragraph_text: str = ""
    longest_sentence: int = 0
    longest_sentence_text: str = ""
    hundred_point_zero: int = 0
    completion_phrases: int = 0
    zero_ranks: int = 0
    zero_rank_example: str = ""
    mismatches: int = 0
    mismatch_examples: list[str] = field(default_factory=list)


def read_doc(name: str, document, quoted: frozenset[str] = frozenset()) -> Doc:
    """Return the paragraphs (without the title) and tables of a python-docx document; paragraphs
    in ``quoted`` (departments' progress notes, quoted as written) are cut out of the text."""
    paras = [p.text for p in document.paragraphs if p.text.strip()]
    for note in sorted(quoted, key=len, reverse=True):  # staff text is measured elsewhere
        paras = [p.replace(note + "。", "").replace(note, "") for p in paras]
    paras = [p for p in paras if p.strip()]
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    return Doc(name, paras[1:], tables)


def sentences(paragraph: str) -> list[str]:
    return [s for s in SENTENCE_END.split(paragraph) if s.strip()]


def top_ngram(text_parts: list[str], n: int = 10) -> tuple[str, int]:
    counts: Counter[str] = Counter()
    for part in text_parts:
        for i in range(len(part) - n + 1):
            counts[part[i : i + n]] += 1
    return counts.most_common(1)[0] if counts else ("", 0)


def _norm(text: str) -> str:
    """Return a displayed number without sign, unit or trailing "个百分点"/"%"."""
    return text.strip().lstrip("+-").removesuffix("个百分点").removesuffix("%")


def table_facts(doc: Doc) -> dict[str, dict[str, str]]:
    """Return indicator name → {"value": …, "change": …} from the document's indicator tables."""
    facts: dict[str, dict[str, str]] = {}
    for table in doc.tables:
        header = table[0]
        if "指标" not in header:
            continue
        i_name = header.index("指标")
        i_value = next((header.index(h) for h in ("完成", "本年") if h in header), None)
        i_change = next((header.index(h) for h in ("同比", "同比增减") if h in header), None)
        for row in table[1:]:
            entry = facts.setdefault(row[i_name], {})
            if i_value is not None:
                entry["value"] = row[i_value]
            if i_change is not None:
                entry["change"] = row[i_change]
    return facts


RESPECTIVELY = re.compile(r"分别(?:为|达到|是)?")
LISTED_CHANGE = re.compile(r"(?:同比)?分别(?:比上年)?(增长|下降)|(?:同比)?(增长|下降)")


def respectively(clause: str, names: list[str], facts: dict[str, dict[str, str]]) -> tuple[list[str], str]:
    """Check a clause that lists figures with 分别 ("A和B分别为30家和32家，同比分别增长25.0%和
    18.5%"): the i-th name goes with the i-th value and the i-th change. Return the mismatches
    and the clause with those names blanked out (the one-name reading would pair B with A's figures)."""
    m = RESPECTIVELY.search(clause)
    if not m:
        return [], clause
    head, tail = clause[: m.start()], clause[m.end():]
    spots: list[tuple[int, str]] = []
    taken = [False] * len(head)
    for name in names:  # longest first: 省级工程技术研究中心 before 工程技术研究中心
        start = 0
        while (pos := head.find(name, start)) >= 0:
            if not any(taken[pos : pos + len(name)]):
                spots.append((pos, name))
                taken[pos : pos + len(name)] = [True] * len(name)
            start = pos + 1
    listed = [name for _, name in sorted(spots)]
    if len(listed) < 2:
        return [], clause
    values_part, _, rest = tail.partition("，")
    values = re.findall(rf"({NUMBER})(?:{UNITS})", values_part)
    found = []
    if len(values) == len(listed):
        for name, value in zip(listed, values, strict=True):
            table = facts[name].get("value", "")
            if table and re.fullmatch(NUMBER, table) and _norm(value) != _norm(table):
                found.append(f"{name}：文中{value}，表中{table}")
    if (c := LISTED_CHANGE.match(rest)) and "分别" in c.group(0):
        changes = re.findall(rf"({NUMBER})(?:%|个百分点)", rest[c.end():].split("，")[0])
        if len(changes) == len(listed):
            for name, change in zip(listed, changes, strict=True):
                table = facts[name].get("change", "")
                if re.search(r"\d", table) and _norm(change) != _norm(table):
                    found.append(f"{name}：文中{c.group(1) or c.group(2)}{change}，表中{table}")
    for name in listed:
        clause = clause.replace(name, "\u3000" * len(name))
    return found, clause


def mismatches(doc: Doc) -> list[str]:
    """Return "name: text X vs table Y" for each figure the text and the table round differently."""
    facts = table_facts(doc)
    if not facts:
        return []
    names = sorted(facts, key=len, reverse=True)
    found = []
    for para in doc.paragraphs:
        for clause in re.split(r"[。；]", para):
            if any(o in clause for o in doc.others) or "力争" in clause:
                continue  # a county's figure, or next year's goal
            listed, clause = respectively(clause, names, facts)
            found += listed
            for name in names:
                pos = clause.find(name)
                if pos < 0:
                    continue
                rest = clause[pos + len(name) :]
                # the figure right after the name, or after its verb (达到 812亿元)
                m = re.match(rf"{VERBS}({NUMBER})({UNITS})", rest)
                if m and m.group(2) not in ("个百分点",):
                    table = facts[name].get("value", "")
                    if table and re.fullmatch(NUMBER, table) and _norm(m.group(1)) != _norm(table):
                        found.append(f"{name}：文中{m.group(1)}，表中{table}")
                # the first change stated for it, before another indicator is named
                tail = rest
                for other in names:
                    j = tail.find(other)
                    if j >= 0:
                        tail = tail[:j]
                c = CHANGE.search(tail)
                table = facts[name].get("change", "")
                if c and re.search(r"\d", table):
                    if _norm(c.group(2)) != _norm(table):
                        found.append(f"{name}：文中{c.group(0)}，表中{table}")
                clause = clause[:pos] + "\u3000" * len(name) + clause[pos + len(name) :]
    return found


def zero_ranks(doc: Doc) -> list[str]:
    """Return the places a zero value is given a rank (text clauses and table rows)."""
    out = []
    for para in doc.paragraphs:
        for clause in re.split(r"[。；]", para):
            if m := ZERO_RANK.search(clause):
                out.append(m.group(0))
    for table in doc.tables:
        header = table[0]
        for row in table[1:]:
            for i, h in enumerate(header):
                if h in ("位次", "全市位次", "全省位次") and i > 0:
                    value_col = i - 1 if h == "位次" else header.index("本年") if "本年" in header else None
                    if value_col is None:
                        continue
                    value, rank = row[value_col], row[i]
                    if re.fullmatch(r"0(\.0+)?", value.strip()) and re.search(r"\d", rank):
                        out.append(f"{row[0]} {header[value_col]}={value} 位次{rank}")
    return out


def measure(docs: list[Doc]) -> Figures:
    """Return the figures of ``docs`` (counts summed, maxima over documents)."""
    f = Figures(documents=len(docs))
    for doc in docs:
        text, count = top_ngram(doc.paragraphs)
        if count > f.top_ngram:
            f.top_ngram, f.top_ngram_text = count, text
        for para in doc.paragraphs:
            if len(para) > f.longest_paragraph:
                f.longest_paragraph, f.longest_paragraph_text = len(para), para
            f.completion_phrases += len(COMPLETION.findall(para))
            for s in sentences(para):
                if len(s) > f.longest_sentence:
                    f.longest_sentence, f.longest_sentence_text = len(s), s
                for clause in s.split("；"):
                    if len(COMPLETION.findall(clause)) >= 2:
                        f.double_statements += 1
                        f.double_example = f.double_example or clause
        cells = [c for t in doc.tables for row in t for c in row]
        f.hundred_point_zero += sum(x.count("100.0%") for x in doc.paragraphs + cells)
        zr = zero_ranks(doc)
        f.zero_ranks += len(zr)
        f.zero_rank_example = f.zero_rank_example or (zr[0] if zr else "")
        mm = mismatches(doc)
        f.mismatches += len(mm)
        f.mismatch_examples += mm[: max(0, 3 - len(f.mismatch_examples))]
    return f


def generate(workbook: Path, save: Path | None, label: str) -> tuple[list[Doc], list[Doc]]:
    """Return (summary, bulletins) of ``workbook``, built through the library's entry points."""
    from kjreport.report import load_report
    from kjreport.summary import build_county_bulletin, build_summary
    from kjreport.summary.bulletin import county_names, safe_filename

    report = load_report(workbook)
    quoted = frozenset(n.text.rstrip("。；，") for n in report.notes)
    summary = build_summary(report, charts=False)
    if save:
        summary.save(save / f"{label}-总结.docx")
    bulletins = []
    for county in county_names(report):
        doc = build_county_bulletin(report, county)
        if save:
            doc.save(save / f"{label}-通报-{safe_filename(county)}.docx")
        bulletins.append(read_doc(county, doc.docx))
    city = read_doc("总结", summary.docx, quoted)
    city.others = tuple(county_names(report))
    return [city], bulletins


def verdict(name: str, value: int) -> str:
    goal = GOALS.get(name)
    if goal is None:
        return ""
    return "达标" if value <= goal else f"未达标（目标 ≤ {goal}）"


def print_figures(title: str, f: Figures) -> None:
    print(f"\n== {title}（{f.documents} 份）")
    rows = [
        ("最常重复的10字串", f"{f.top_ngram} 次「{f.top_ngram_text}」", verdict("top_ngram", f.top_ngram)),
        ("一句两次说完成", f"{f.double_statements}" + (f"（如「{f.double_example[:40]}」）" if f.double_example else ""),
         verdict("double_statements", f.double_statements)),
        ("最长段落", f"{f.longest_paragraph} 字（「{f.longest_paragraph_text[:24]}…」）", verdict("longest_paragraph", f.longest_paragraph)),
        ("最长句子", f"{f.longest_sentence} 字（「{f.longest_sentence_text[:24]}…」）", verdict("longest_sentence", f.longest_sentence)),
        ("“100.0%”出现", f"{f.hundred_point_zero} 次", ""),
        ("“完成…目标”类说法", f"{f.completion_phrases} 次", ""),
        ("零值给了位次", f"{f.zero_ranks}" + (f"（如「{f.zero_rank_example[:40]}」）" if f.zero_rank_example else ""),
         verdict("zero_ranks", f.zero_ranks)),
        ("文表取舍不一致", f"{f.mismatches}" + (f"（如 {'；'.join(f.mismatch_examples)}）" if f.mismatch_examples else ""),
         verdict("mismatches", f.mismatches)),
    ]
    for label, value, ok in rows:
        print(f"  {label:<10} {value}  {ok}")


def main() -> int:
    parser = argparse.ArgumentParser(description="工作总结和县区通报的文字质量指标（issue 11）。")
    parser.add_argument("--counties", type=int, default=20, help="省级测试工作簿的县区数（默认 20）")
    parser.add_argument("--ledger-rows", type=int, default=5000, help="省级测试工作簿的项目台账行数")
    parser.add_argument("--save", type=Path, help="把生成的 .docx 存到此文件夹，便于渲染查看")
    parser.add_argument("--json", type=Path, help="把全部指标写入此 JSON 文件")
    parser.add_argument("--skip-province", action="store_true", help="只测样例工作簿")
    args = parser.parse_args()
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        sets = [("样例", SAMPLE)]
        if not args.skip_province:
            province = Path(tmp) / "province.xlsx"
            subprocess.run(
                [sys.executable, str(ROOT / "benchmarks" / "make_province.py"), str(province),
                 "--counties", str(args.counties), "--ledger-rows", str(args.ledger_rows)],
                check=True, capture_output=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)},  # this checkout's kjreport
            )
            sets.append((f"省级{args.counties}县区", province))
        for label, workbook in sets:
            summary, bulletins = generate(workbook, args.save, label)
            for kind, docs in (("总结", summary), ("县区通报", bulletins)):
                f = measure(docs)
                print_figures(f"{label}·{kind}", f)
                results[f"{label}·{kind}"] = asdict(f)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    failed = [
        k for k, f in results.items() for name, goal in GOALS.items() if f[name] > goal
    ]
    print(f"\n{'全部达标' if not failed else '未达标：' + '、'.join(sorted(set(failed)))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
