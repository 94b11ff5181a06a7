"""The generated 工作总结 beside REAL published S&T-bureau year-end summaries (not a test).

``benchmarks/text_quality.py`` measures the summary against goals the team set; this script
measures it against what bureaus actually write. The real corpus is
``tests/text/real_summaries/`` (21 published summaries of 市/县/区/县级市/州/省 bureaus, 2009–2024,
mostly the opening part; ``index.json`` gives each one's address, level, year and whether it is
cut). kjreport's side: the summary of ``samples/sample2011.xlsx``, of a generated province
workbook (``benchmarks/make_province.py``) and of two real plans run through init → fill (常德市
2022, the first case of ``tests/indicators/test_real_plans.py``; 湖州市 2024, ``tests/huzhou_book.py``);
only the 总结 part (up to the 工作打算 heading), as the real texts are.

Per document and as medians it prints: paragraph and sentence length (characters), figures per
100 characters, the share of sentences carrying a completion verdict (完成年度目标…), the most
repeated 10-character string (count per 1000 characters), distinct sentence openings per
sentence, the share of sentences opening with the most common 3 characters (after an ordinal such
as 一是; prose14's goal ≤ 15 %), sentence lengths by band, the repeated 6-character phrases of each
generated text, how the text opens (first 200 characters), and phrase families per 1000 characters
(首次, 同比增长, 居全省/全市第, 较上年, 新认定/新增, 累计, 分别, 其中, 达到/达 …). Ratios are kjreport/real.

A province workbook whose 须核对 items are not confirmed (``load_report`` refuses it) is left out
with a note, not a traceback; ``--no-province`` leaves it out from the start. ``--book PATH``
(repeatable) measures further filled workbooks, e.g. tests/summary/qa12b_books/nanchang2019.xlsx.

Usage: python benchmarks/prose_compare.py [--counties 20] [--no-real-plan] [--no-province]
       [--book PATH ...] [--window N] [--show]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "tests" / "text" / "real_summaries"
SAMPLE = ROOT / "samples" / "sample2011.xlsx"

# ASCII punctuation the stored pages carry (their copies were normalised) → the full-width forms
# a document uses; a comma between digits (1,200) stays.
_ASCII = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？"}
NUMBER = re.compile(r"\d+(?:\.\d+)?")
VERDICT = re.compile(
    r"完成(?:了)?(?:年度|全年|省定|市定|县定)?(?:目标|任务)|超额完成|完成率|超目标|目标实现|未完成|基本完成"
    r"|(?:高于|低于)年度目标|(?:年度|全年)目标(?:任务)?的\d"
)
ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+是|其[一二三四五]|首先|其次|此外|同时|另外|\d+[.、．]|（[一二三四五六七八九十\d]+）)[，：]?")
HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．]|附件)")
# phrase families: a name and a pattern; counted per 1000 characters in both corpora
FAMILIES: list[tuple[str, str]] = [
    ("首次/零的突破", r"首次|零的突破|首个|首家|首支|填补"),
    ("创新高/再创佳绩", r"创(?:历史)?新高|再创|创历史"),
    ("同比增长N%", r"同比增长|同比下降|同口径增长"),
    ("增长N%（无同比）", r"(?<!同比)(?<!口径)增长\d|增幅|增速"),
    ("较上年/比上年", r"较上年|比上年|比去年|较去年|比上年同期|比去年同期"),
    ("居全市/全省第N", r"(?:居|位居|位列|列|名列|排名)(?:全国|全省|全市|全区|全州|[^\s，。；]{1,8})?(?:第[一二三四五六七八九十\d]+|首位|前列|前[一二三四五六七八九十\d]+)|全[国省市区州]第[一二三四五六七八九十\d]"),
    ("新认定/新增/新建", r"新认定|新增|新建|新引进|新培育|获批"),
    ("累计/总数达到", r"累计|总数达|总数突破|已有|拥有"),
    ("分别（并列数字）", r"分别"),
    ("其中（细分）", r"其中"),
    ("突破N（门槛）", r"突破\d|超过\d|以上"),
    ("完成年度目标类", r"完成(?:了)?(?:年度|全年)?目标|超额完成|完成率|(?:年度|全年)目标(?:任务)?的\d"),
    ("占…比重", r"占[^，。；]{0,20}(?:比重|比例)|占比"),
    ("预计/1-N月", r"预计|\d+-\d+月|截至|截止"),
    ("达到N（动词）", r"达到\d"),
    ("达N（不带“到”）", r"(?<![到下])达\d|达 \d"),
]


@dataclass
class Text:
    """One summary as paragraphs of running text (headings and the title removed)."""

    name: str
    kind: str  # "real" or "kjreport"
    paragraphs: list[str]
    meta: dict = field(default_factory=dict)

    @property
    def body(self) -> str:
        return "".join(self.paragraphs)


def normalize(text: str) -> str:
    """Return ``text`` with the stored pages' ASCII punctuation made full-width and spaces between
    CJK characters and digits dropped (``367.1 亿元`` → ``367.1亿元``)."""
    text = re.sub(r"(?<!\d)[,;:()!?]|[,;:()!?](?!\d)", lambda m: _ASCII[m.group(0)], text)
    text = re.sub(r"(?<=[\u4e00-\u9fff\d%，。；）（“”])[ \u3000]+|[ \u3000]+(?=[\u4e00-\u9fff\d%，。；（）“”])", "", text)
    return text


def is_heading(line: str) -> bool:
    """True for a title or a heading line: short, without a full stop, or numbered and short."""
    line = line.strip()
    if not line:
        return True
    if "。" not in line and len(line) <= 60:
        return True
    return bool(HEADING.match(line)) and "。" not in line[:-1] and len(line) <= 60


def load_real() -> list[Text]:
    index = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))
    out = []
    for entry in index:
        raw = normalize((CORPUS / entry["file"]).read_text(encoding="utf-8"))
        paras = [line.strip() for line in raw.splitlines() if not is_heading(line)]
        out.append(Text(entry["file"].removesuffix(".txt"), "real", paras, entry))
    return out


def summary_part(paragraphs: list[str]) -> list[str]:
    """Return the 总结 part of a generated summary: its paragraphs up to the 工作打算 heading,
    headings removed."""
    out = []
    for p in paragraphs:
        if re.match(r"^[一二三四五六七八九十]+、.*(?:工作打算|工作思路|工作计划)", p):
            break
        if not is_heading(p):
            out.append(normalize(p))
    return out


def generated(workbook: Path, label: str) -> Text:
    from kjreport.report import load_report
    from kjreport.summary import build_summary

    summary = build_summary(load_report(workbook), charts=False)
    paras = [p.text for p in summary.docx.paragraphs if p.text.strip()][1:]  # without the title
    return Text(label, "kjreport", summary_part(paras))


def huzhou_workbook(folder: Path) -> Path:
    """Return the filled workbook of 湖州市's 2024 plan (``tests/huzhou_book.py``), ``fill`` run."""
    from tests.helpers import cli
    from tests.huzhou_book import make_book

    book = make_book(folder)
    result = cli("fill", book)
    if result.exit_code:
        raise SystemExit(result.output)
    return book


def real_plan_workbook(folder: Path) -> Path:
    """Return a filled workbook of the first real-plan case (常德市 2022), made as its test does."""
    sys.path.insert(0, str(ROOT))
    from tests.helpers import cli
    from tests.indicators import test_real_plans as real

    office = real.OFFICES[0]
    plan = folder / f"{office.plan}.txt"
    plan.write_bytes((real.CORPUS / f"{office.plan}.txt").read_bytes())
    book = folder / f"{office.city}{office.year}.xlsx"
    for args in (("init", "--year", office.year, "--plan", plan, book),):
        result = cli(*args)
        if result.exit_code:
            raise SystemExit(result.output)
    real.type_figures(book, office)
    result = cli("fill", book)
    if result.exit_code:
        raise SystemExit(result.output)
    return book


def head(text: Text, n: int) -> Text:
    """Return the first ``n`` characters of ``text`` (whole paragraphs, the last one cut)."""
    kept, total = [], 0
    for p in text.paragraphs:
        if total >= n:
            break
        kept.append(p[: n - total])
        total += len(kept[-1])
    return Text(text.name, text.kind, kept)


def sentences(text: Text) -> list[str]:
    return [s for p in text.paragraphs for s in re.split(r"(?<=[。！？])", p) if len(s.strip()) > 1]


def opening(sentence: str, n: int = 4) -> str:
    """Return the first ``n`` characters of a sentence after an ordinal (一是、1.、首先)."""
    return ORDINAL.sub("", sentence.strip())[:n]


def top_opening(ss: list[str], n: int = 3) -> tuple[str, float]:
    """Return the most common ``n``-character sentence opening and the share of sentences it opens."""
    counts = Counter(opening(s, n) for s in ss)
    if not counts:
        return "", 0.0
    text, count = counts.most_common(1)[0]
    return text, count / len(ss)


BANDS = ((0, 20), (21, 40), (41, 60), (61, 80), (81, 120), (121, 10_000))


def length_bands(ss: list[str]) -> list[float]:
    """Return the share of sentences in each length band of ``BANDS`` (characters)."""
    return [sum(1 for s in ss if lo <= len(s) <= hi) / max(1, len(ss)) for lo, hi in BANDS]


def repeated_phrases(text: str, n: int = 6, top: int = 5) -> list[tuple[str, int]]:
    """Return the ``top`` most repeated ``n``-character strings without punctuation or digits, at
    least twice each (a figure is not a phrase)."""
    counts = Counter(text[i : i + n] for i in range(len(text) - n + 1))
    plain = [(g, c) for g, c in counts.most_common() if c > 1 and not re.search(r"[\d，。；、：（）“”]", g)]
    return plain[:top]


def top_ngram(text: str, n: int = 10) -> tuple[str, int]:
    counts = Counter(text[i : i + n] for i in range(len(text) - n + 1))
    return counts.most_common(1)[0] if counts else ("", 0)


def figures(text: Text) -> dict[str, float]:
    body = text.body
    chars = max(1, len(body))
    ss = sentences(text)
    gram, count = top_ngram(body)
    row = {
        "chars": len(body),
        "para": statistics.median(len(p) for p in text.paragraphs) if text.paragraphs else 0,
        "sent": statistics.median(len(s) for s in ss) if ss else 0,
        "figs": len(NUMBER.findall(body)) / chars * 100,
        "verdict": sum(1 for s in ss if VERDICT.search(s)) / max(1, len(ss)),
        "ngram": count / chars * 1000,
        "openings": len({opening(s) for s in ss}) / max(1, len(ss)),
        "open3": top_opening(ss)[1],
        "ngram_text": f"{count}×「{gram}」",
        "open3_text": top_opening(ss)[0],
    }
    for name, pattern in FAMILIES:
        row[name] = len(re.findall(pattern, body)) / chars * 1000
    return row


COLUMNS = [
    ("chars", "字数", "{:.0f}"),
    ("para", "段长中位", "{:.0f}"),
    ("sent", "句长中位", "{:.0f}"),
    ("figs", "数字/百字", "{:.2f}"),
    ("verdict", "完成判断句占比", "{:.0%}"),
    ("ngram", "最多10字串/千字", "{:.1f}"),
    ("openings", "句首不同/句数", "{:.0%}"),
    ("open3", "句首3字最多占比", "{:.0%}"),
]


def width(s: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(0, n - width(s))


def print_table(rows: list[tuple[str, dict]]) -> None:
    print(pad("文档", 28) + "".join(pad(title, 16) for _, title, _ in COLUMNS) + "最多的10字串 / 句首3字")
    for name, row in rows:
        cells = "".join(pad(fmt.format(row[key]), 16) for key, _, fmt in COLUMNS)
        tail = f"{row['ngram_text']} /「{row['open3_text']}」" if "ngram_text" in row else ""
        print(pad(name, 28) + cells + tail)


def median_row(rows: list[dict]) -> dict:
    keys = [k for k, _, _ in COLUMNS] + [name for name, _ in FAMILIES]
    return {k: statistics.median(r[k] for r in rows) for k in keys}


def ratio(ours: float, real: float) -> str:
    if real == 0:
        return "—（真实为0）" if ours else "0/0"
    return f"{ours / real:.2f}×"


def main() -> int:
    parser = argparse.ArgumentParser(description="生成的工作总结与真实科技局年度总结的文字对比。")
    parser.add_argument("--counties", type=int, default=20, help="省级测试工作簿的县区数（默认 20）")
    parser.add_argument("--no-real-plan", action="store_true",
                        help="不生成真实工作意见（常德2022、湖州2024）的总结")
    parser.add_argument("--window", type=int, default=None,
                        help="另列一表，只取生成总结开头的 N 个字（真实语料多为开头摘录；默认取真实语料字数的中位数）")
    parser.add_argument("--no-province", action="store_true", help="不生成省级测试工作簿")
    parser.add_argument("--book", action="append", default=[], type=Path,
                        help="另加一个已填好的工作簿（可重复）")
    parser.add_argument("--show", action="store_true", help="另外打印各篇生成总结的全文（总结部分）")
    args = parser.parse_args()
    os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

    real = load_real()
    ours: list[Text] = []
    with tempfile.TemporaryDirectory() as tmp:
        ours.append(generated(SAMPLE, "kjreport 样例2011"))
        if not args.no_province:
            from kjreport.checks.confirm import NotConfirmed

            province = Path(tmp) / "province.xlsx"
            subprocess.run(
                [sys.executable, str(ROOT / "benchmarks" / "make_province.py"), str(province),
                 "--counties", str(args.counties), "--ledger-rows", "2000"],
                check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
            try:
                ours.append(generated(province, f"kjreport 省级{args.counties}县区"))
            except NotConfirmed as exc:  # make_province's figures trip a 须核对 item: leave it out
                print(f"（省级测试工作簿有未确认的须核对项，不参加比较：{str(exc)[:120]}…）\n")
        for book in args.book:
            ours.append(generated(book, f"kjreport {book.stem}"))
        if not args.no_real_plan:
            ours.append(generated(real_plan_workbook(Path(tmp)), "kjreport 常德2022(真实意见)"))
            hz = Path(tmp) / "huzhou"
            hz.mkdir()
            ours.append(generated(huzhou_workbook(hz), "kjreport 湖州2024(真实意见)"))
    real_rows = [(t.name, figures(t)) for t in real]
    our_rows = [(t.name, figures(t)) for t in ours]
    window = args.window or int(statistics.median(len(t.body) for t in real))
    cut_rows = [(f"{t.name}·前{window}字", figures(head(t, window))) for t in ours]
    print(f"真实语料 {len(real)} 篇（{CORPUS.relative_to(ROOT)}），kjreport {len(ours)} 篇（只取总结部分，"
          f"另列开头{window}字，与真实语料的篇幅相当）\n")
    print_table(real_rows + our_rows + cut_rows)
    rm = median_row([r for _, r in real_rows])
    print()
    for label, rows in (("全文", our_rows), (f"前{window}字", cut_rows)):
        om = median_row([r for _, r in rows])
        print_table([("中位数·真实", rm), (f"中位数·kjreport{label}", om)])
        print(pad("比值 kjreport/真实", 28) + "".join(pad(ratio(om[k], rm[k]), 16) for k, _, _ in COLUMNS))
        print()

    print("\n== 说法族（合计每千字出现次数 = 各篇出现次数之和 / 各篇字数之和 × 1000；出现篇数）")
    print(pad("说法", 22) + pad("真实", 12) + pad("真实篇数", 12) + pad("kjreport", 14)
          + pad("kjreport篇数", 14) + "比值")
    for name, pattern in FAMILIES:
        rate = {}
        for side, texts in (("real", real), ("ours", ours)):
            hits = [len(re.findall(pattern, t.body)) for t in texts]
            rate[side] = (sum(hits) / max(1, sum(len(t.body) for t in texts)) * 1000,
                          sum(1 for h in hits if h), len(texts))
        (rr, rn, rt), (orate, on, ot) = rate["real"], rate["ours"]
        print(pad(name, 22) + pad(f"{rr:.2f}", 12) + pad(f"{rn}/{rt}", 12) + pad(f"{orate:.2f}", 14)
              + pad(f"{on}/{ot}", 14) + ratio(orate, rr))

    print("\n== 句长分布（各长度段的句子占比）")
    print(pad("文档", 28) + "".join(pad(f"{lo}-{hi}字" if hi < 10_000 else f">{lo - 1}字", 12) for lo, hi in BANDS))
    real_bands = [length_bands(sentences(t)) for t in real]
    print(pad("中位数·真实", 28) + "".join(pad(f"{statistics.median(b[i] for b in real_bands):.0%}", 12)
                                          for i in range(len(BANDS))))
    for t in ours:
        print(pad(t.name, 28) + "".join(pad(f"{v:.0%}", 12) for v in length_bands(sentences(t))))

    print("\n== 重复的6字短语（不含数字和标点，出现2次以上；每千字次数）")
    for t in ours:
        phrases = "，".join(f"「{g}」{c}次（{c / max(1, len(t.body)) * 1000:.1f}）" for g, c in repeated_phrases(t.body))
        print(f"-- {t.name}：{phrases or '无'}")

    if args.show:
        print("\n== 生成总结全文（总结部分，标题已去掉）")
        for t in ours:
            print(f"-- {t.name}")
            for p in t.paragraphs:
                print(p)

    print("\n== 开头 200 字（标题之后）")
    for t in real + ours:
        print(f"-- {t.name}：{t.body[:200]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
