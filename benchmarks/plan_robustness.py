"""How plan import holds up when a real plan is framed differently (issue 9: unseen plans).

Every corpus plan with targets (tests/plan/corpus) is read again with one paragraph or line added
that a new plan could well carry and that changes none of its targets:

- ``past_lead``: last year's results right after the title ("2022年，全市新增高新技术企业85家……");
- ``past_tail``: a paragraph of past achievements at the end ("过去一年，全市已建成……");
- ``future_tail``: a closing paragraph ("下一步，市科技局将继续……");
- ``meeting_lead``: a meeting report's lead that reviews last year and plans this one;
- ``completion_lead``: a results paragraph in completion rates with no year named ("……超额完成17%；
  ……完成省科技厅下达任务的124%"), as 绩效考核 pages write them;
- ``repost_date``: a web page date two years after the plan's year (plans are re-posted);
- ``same_date``: a page date early in the plan's year;
- ``breadcrumb``: a web page's "当前位置：首页 > …" line above the title;
- ``ascii_punct``: ASCII punctuation (, ; : ( )) as many web pages have;
- ``hard_wrap``: lines broken every 38 characters (text copied from a PDF);
- ``pdf_copy``: an official document's PDF copied as text: lines full to 28 characters' width (digits
  are half as wide, so lines hold different numbers of characters), a page number line "— 2 —" every
  22 lines (GB/T 9704), often in mid-sentence (blank lines between paragraphs kept);
- ``one_paragraph``: the paragraph breaks lost;
- ``no_title``: the body without its title line (pasted without it);
- ``traditional``: the page in Traditional characters (OpenCC s2t);
- ``fullwidth_digits``: full-width digits, point and percent sign (１２．５％).

The hand-checked targets stay the expected ones; the added text holds no target of the plan's
year. A parser that decides for a whole document on one clue (the first year named, a later page
date, a count of report words) loses whole plans here. ``--against DIR`` scores another checkout
(e.g. an earlier parser) on the same perturbed files in the same run, side by side.

``--results-pages`` turns the check round: the same rewrites and added lines are applied to the
corpus documents that only report results (a year, no target: 总结、述职、完成情况、实绩新闻), and
every target read from them is an extra — a results page read as a plan.

    python benchmarks/plan_robustness.py
    python benchmarks/plan_robustness.py --against /tmp/old_checkout -v
    python benchmarks/plan_robustness.py --results-pages --against /tmp/old_checkout -v
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "plan" / "corpus"

# name → (line after which the text goes, or None for the end; text with {p} last year,
# {y} the plan's year, {n} two years later)
VARIANTS: dict[str, tuple[int | None, str]] = {
    "past_lead": (
        1,
        "{p}年，全市新增高新技术企业85家，总数达到480家，同比增长21.5%；"
        "技术合同成交额达到35.2亿元，比上年增长18%。",
    ),
    "past_tail": (
        None,
        "过去一年，全市已建成省级重点实验室12家，累计培育科技型中小企业1200家，获省科技进步奖9项。",
    ),
    "future_tail": (None, "下一步，市科技局将继续做好科技服务工作，推动各项工作落到实处。"),
    "meeting_lead": (
        1,
        "会议回顾了{p}年全市科技工作取得的成绩，全市新增高新技术企业85家，技术合同成交额达到35.2亿元，"
        "部署了{y}年重点工作。",
    ),
    "completion_lead": (
        1,
        "全市发明专利申请量1350件，超额完成17%；新申报高新技术企业89家，完成省科技厅下达任务的124%，"
        "共登记技术合同交易额23.9亿元，超额完成33%。",
    ),
    "repost_date": (1, "发布时间：{n}-06-18 09:12:00"),
    "same_date": (1, "发布时间：{y}-02-18 09:12:00"),
}


def _breadcrumb(lines: list[str]) -> list[str]:
    return ["当前位置：首页 > 新闻中心 > 工作动态", *lines]


def _ascii_punctuation(lines: list[str]) -> list[str]:
    table = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})
    return [line.translate(table) for line in lines]


def _hard_wrap(lines: list[str]) -> list[str]:
    """Lines broken every 38 characters, as text copied from a PDF or a narrow page."""
    return [line[i : i + 38] for line in lines for i in range(0, max(len(line), 1), 38)]


def _pdf_copy(lines: list[str]) -> list[str]:
    """The text copied out of an official document's PDF (GB/T 9704: 28 characters a line, 22 lines
    a page): each line full to 56 half-width columns (a digit or Latin letter takes half a
    character's width, so full lines hold different numbers of characters), and the page number
    ("— 2 —") on a line of its own between pages, often in the middle of a sentence."""
    import unicodedata

    broken: list[str] = []
    for line in lines:
        text, width = "", 0
        for ch in line.strip():
            w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
            if width + w > 56:
                broken.append(text)
                text, width = "", 0
            text, width = text + ch, width + w
        if text or not line.strip():
            broken.append(text)  # (a blank line between paragraphs stays)
    out: list[str] = []
    for n, line in enumerate(broken, start=1):
        out.append(line)
        if n % 22 == 0:
            out.append(f"— {n // 22} —")
    return out


def _one_paragraph(lines: list[str]) -> list[str]:
    """The title, then the whole text run together (a page that lost its paragraph breaks)."""
    return [lines[0], "".join(lines[1:])] if len(lines) > 1 else lines


def _traditional(lines: list[str]) -> list[str]:
    """The page in Traditional characters (OpenCC s2t), as Hong Kong and Taiwan mirrors serve it."""
    from opencc import OpenCC

    convert = OpenCC("s2t").convert
    return [convert(line) for line in lines]


def _fullwidth_digits(lines: list[str]) -> list[str]:
    table = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
    return [line.translate(table) for line in lines]


def _no_title(lines: list[str]) -> list[str]:
    """The text without its title line (a clerk pastes only the body). A text whose first line is
    already body (a paragraph: long, or ending in a stop) is left whole — dropping it would drop
    targets, which no rewrite here may do."""
    first = lines[0].strip() if lines else ""
    is_title = len(first) <= 60 and not first.endswith(("。", "；", ";"))
    return lines[1:] if len(lines) > 2 and is_title else lines


# name → a rewrite of the plan's lines that changes none of its targets
REWRITES = {
    "no_title": _no_title,
    "traditional": _traditional,
    "fullwidth_digits": _fullwidth_digits,
    "breadcrumb": _breadcrumb,
    "ascii_punct": _ascii_punctuation,
    "hard_wrap": _hard_wrap,
    "pdf_copy": _pdf_copy,
    "one_paragraph": _one_paragraph,
}


def perturb(corpus: Path, out: Path, variant: str, results: bool = False) -> None:
    """Write the corpus plans that have a year and targets (``results``: the documents with a year
    and no target), with ``variant`` applied, to ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for sidecar in sorted(corpus.glob("*.json")):
        meta = json.loads(sidecar.read_text("utf-8"))
        year = meta["source"].get("year")
        if not year or bool(meta["targets"]) == results:
            continue
        lines = sidecar.with_suffix(".txt").read_text("utf-8").splitlines()
        if variant in REWRITES:
            lines = REWRITES[variant](lines)
        else:
            at, text = VARIANTS[variant]
            added = text.format(p=year - 1, y=year, n=year + 2)
            lines = [*lines[:at], added, *lines[at:]] if at is not None else [*lines, added]
        (out / sidecar.with_suffix(".txt").name).write_text("\n".join(lines) + "\n", "utf-8")
        shutil.copy(sidecar, out / sidecar.name)


def score(checkout: Path, corpus: Path) -> list[dict]:
    """Return plan_recall.py's per-plan scores of ``checkout``'s parser on ``corpus``."""
    out = subprocess.run(
        [sys.executable, "benchmarks/plan_recall.py", "--json", "--corpus", str(corpus)],
        cwd=checkout,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out)


def totals(rows: list[dict]) -> tuple[int, int, int]:
    return (
        sum(r["expected"] for r in rows),
        sum(r["parsed"] for r in rows),
        sum(r["matched"] for r in rows),
    )


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "   — "


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--against", type=Path, help="another checkout scored on the same files")
    ap.add_argument("--variant", choices=[*VARIANTS, *REWRITES], action="append")
    ap.add_argument("-v", "--verbose", action="store_true", help="plans that lose targets")
    ap.add_argument("--results-pages", action="store_true",
                    help="the documents without targets: count the targets read from them (extras)")
    args = ap.parse_args(argv)
    if args.results_pages:
        return results_pages(args)
    checkouts = [("this", ROOT)] + ([("against", args.against)] if args.against else [])
    header = f"{'variant':<16} {'plans':>5} {'expect':>6}"
    for label, _ in checkouts:
        header += f" | {label:>7} parsed match recall precis"
    print(header)
    with tempfile.TemporaryDirectory(prefix="plan_robust_") as tmp:
        variants = [("none", args.corpus)]
        for name in args.variant or [*VARIANTS, *REWRITES]:
            perturb(args.corpus, Path(tmp) / name, name)
            variants.append((name, Path(tmp) / name))
        for name, corpus in variants:
            line, lost = "", []
            for label, checkout in checkouts:
                rows = score(checkout, corpus)
                if name == "none":  # the same plans as the perturbed sets: with a year and targets
                    keep = {p.stem for p in variants[-1][1].glob("*.txt")} if len(variants) > 1 else {
                        r["plan"] for r in rows
                    }
                    rows = [r for r in rows if r["plan"] in keep]
                e, p, m = totals(rows)
                line += f" | {'':>7} {p:>6} {m:>5} {_pct(m, e):>6} {_pct(m, p):>6}"
                lost += [
                    f"    {label}: {r['plan']} {r['matched']}/{r['expected']} (读出 {r['parsed']})"
                    for r in rows
                    if r["matched"] < r["expected"] or r["parsed"] > r["matched"]
                ]
            print(f"{name:<16} {len(rows):>5} {e:>6}{line}")
            if args.verbose:
                print("\n".join(lost))
    return 0


def results_pages(args: argparse.Namespace) -> int:
    """Print, per variant, the targets read from documents that only report results."""
    checkouts = [("this", ROOT)] + ([("against", args.against)] if args.against else [])
    header = f"{'variant':<16} {'docs':>5}"
    for label, _ in checkouts:
        header += f" | {label:>7} extras docs_with_extras"
    print(header)
    with tempfile.TemporaryDirectory(prefix="plan_results_") as tmp:
        for name in ["none", *(args.variant or [*VARIANTS, *REWRITES])]:
            if name == "none":
                corpus = Path(tmp) / "none"
                corpus.mkdir()
                for sidecar in sorted(args.corpus.glob("*.json")):
                    meta = json.loads(sidecar.read_text("utf-8"))
                    if meta["source"].get("year") and not meta["targets"]:
                        shutil.copy(sidecar, corpus / sidecar.name)
                        shutil.copy(sidecar.with_suffix(".txt"), corpus / sidecar.with_suffix(".txt").name)
            else:
                corpus = Path(tmp) / name
                perturb(args.corpus, corpus, name, results=True)
            line, hit = "", []
            for label, checkout in checkouts:
                rows = score(checkout, corpus)
                extras = sum(r["parsed"] for r in rows)
                with_extras = [r for r in rows if r["parsed"]]
                line += f" | {'':>7} {extras:>6} {len(with_extras):>16}"
                hit += [f"    {label}: {r['plan']} 读出 {r['parsed']}" for r in with_extras]
            print(f"{name:<16} {len(rows):>5}{line}")
            if args.verbose and hit:
                print("\n".join(hit))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
