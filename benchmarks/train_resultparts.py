"""Train the results-part model (kjreport/plan/resultparts.py) and measure it leave one batch out.

Parts: every part (``resultparts.split_parts``) holding a quantity of every text of the corpus.
Label: a part holding a target today's parser reads right (against the hand-checked JSON, as
``plan_recall.py`` matches) is a plan part; a part with quantities and no such target is a
results-only part (most are 回顾/成效 paragraphs and results pages; a few are plan paragraphs whose
numbers are no targets — a subsidy, a scope — and dropping nothing from those costs nothing).
Today's parser is run without the results-part filter (``parse_plan(results_parts=False)``).

Model: L2-regularised logistic regression over ``resultparts.features`` (cue classes, years, the
heading, the turn to the plans, document priors; no character n-grams, so no feature of one
text), full-batch gradient descent from zero, deterministic. A feature is kept when it occurs in
at least ``MIN_TEXTS`` texts. Threshold: just above the highest score of any plan part of the
training texts (no training target is lost), never below ``FLOOR`` and never above ``CAP`` — one
plan part that reads like a report once pushed it above 1 and switched the model off.

``--check`` exits 1 when the data file is not what the script makes, and also (``problems``) when
the shipped model judges a part holding a target the corpus reads right results-only (that target
would be lost: the cap bound, or the file was edited) or judges fewer than ``MIN_RESULTS_TEXTS`` of
the corpus's results-only texts (no expected target, a judgeable part) results-only in part (a
useless model). ``--data FILE`` checks another file.

Honest evaluation (``--cross``, the default): for each of final21 … final29 a model is trained
without that batch's texts, its threshold set on the others, and applied to the rows the parser
read from that batch AT ITS FIRST RUN (``plan_review.py``'s old-parser readings, cached with
``--keep``): rows whose 原文 lies in a part judged results-only are dropped; recall/precision
before → after per batch and in total. Also: the full model on today's parser over the whole corpus
(right rows it would drop: must be 0).

    python benchmarks/train_resultparts.py --keep /tmp/rv            # the table, then write the model
    python benchmarks/train_resultparts.py --keep /tmp/rv --no-cross # only (re)write the data file
    python benchmarks/train_resultparts.py --check                   # exit 1 when the data file differs or is unfit
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import plan_recall  # noqa: E402
import plan_review  # noqa: E402

from kjreport.plan import resultparts as rp  # noqa: E402
from kjreport.plan import wording  # noqa: E402
from kjreport.plan.parse import parse_plan, part_lines  # noqa: E402
from kjreport.plan.reader import read_plan  # noqa: E402
from kjreport.plan.text import normalize  # noqa: E402

HELD = ("final21", "final22", "final23", "final24", "final25", "final26", "final27", "final28", "final29")
MIN_TEXTS = 3
L2 = 1.0
STEPS = 3000
RATE = 0.5
FLOOR = 0.5
MARGIN = 0.001  # the threshold sits this far above the highest plan part's score…
# …but never above CAP: one plan part that reads like a report (a mid-year report stating the year's
# task) must not switch the model off (a threshold above 1 judges nothing). When the cap binds, that
# part's targets are judged results-only and ``--check`` fails, naming the text: fix the part's cues.
CAP = 0.95
# ``--check`` also fails when the model judges fewer than this share of the corpus's results-only
# texts (no expected target, a part with a quantity and a sign of looking back) results-only in part
MIN_RESULTS_TEXTS = 0.5


@dataclass
class Text:
    name: str
    split: str
    year: int | None
    lines: list[tuple[int, str]]
    title: str
    parts: list[rp.Part]
    feats: list[list[str]]
    labels: list[int | None]  # per part: 1 results-only, 0 holds a target, None no quantity
    expected: list


def load_texts() -> list[Text]:
    out = []
    for txt in sorted(plan_recall.CORPUS.glob("*.txt")):
        meta = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        src = meta["source"]
        year = src.get("year")
        raw, unit_word = read_plan(txt)
        lines = part_lines(raw)
        title = next((t for _, t in lines if t.strip()), "")
        date = wording.document_date([normalize(line.text) for line in raw[:40]])
        parts = rp.split_parts(lines, rp.dated_late(date, year))
        feats = rp.features(parts, title, year)
        expected = plan_recall.load_expected(meta)
        result = parse_plan(raw, txt, unit_word, year=year, results_parts=False)
        right, _ = plan_review.label(list(result.targets), expected)
        held = set()
        for t, ok in zip(result.targets, right, strict=True):
            if ok:
                i = _part_of(parts, t.sentence)
                if i is not None:
                    held.add(i)
        labels: list[int | None] = []
        for i, part in enumerate(parts):
            if not rp.scored(part):
                labels.append(None)
            else:
                labels.append(0 if i in held else 1)
        out.append(Text(txt.stem, src.get("split", "seen"), year, lines, title, parts, feats, labels, expected))
    return out


def _part_of(parts: list[rp.Part], sentence: str) -> int | None:
    key = rp._compact(sentence)
    for head in (key, key[:16], key[:8]):
        if not head:
            continue
        for i, part in enumerate(parts):
            if head in rp._compact(part.text):
                return i
    return None


def fit(texts: list[Text]) -> rp.Model:
    rows = [(f, y) for t in texts for f, y in zip(t.feats, t.labels, strict=True) if y is not None]
    seen = Counter(f for t in texts for f in {f for fs, y in zip(t.feats, t.labels, strict=True) if y is not None for f in fs})
    vocab = sorted(f for f, n in seen.items() if n >= MIN_TEXTS)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    y = np.array([label for _, label in rows], dtype=float)
    for r, (fs, _) in enumerate(rows):
        for f in set(fs):
            if f in index:
                x[r, index[f]] = 1.0
    w = np.zeros(len(vocab))
    b = 0.0
    n = len(rows)
    for _ in range(STEPS):
        z = np.clip(x @ w + b, -30, 30)
        p = 1 / (1 + np.exp(-z))
        g = p - y
        w -= RATE * (x.T @ g / n + L2 * w / n)
        b -= RATE * float(g.mean())
    weights = {f: round(float(v), 4) for f, v in zip(vocab, w, strict=True) if abs(v) >= 1e-4}
    model = rp.Model(round(b, 4), weights, 1.0)
    # only parts the model may judge (a sign of looking back, ``rp.judgeable``) bound the threshold:
    # a plan part without one is never dropped, however high it scores
    plan_scores = [model.probability(fs) for fs, label in rows if label == 0 and any(f in rp.EVIDENCE for f in fs)]
    threshold = min(CAP, max(FLOOR, max(plan_scores, default=0.0) + MARGIN))
    return rp.Model(model.bias, weights, round(threshold, 4))


def judged(text: Text, model: rp.Model) -> list[bool]:
    out = []
    for part, fs in zip(text.parts, text.feats, strict=True):
        out.append(rp.judgeable(part, fs) and model.probability(fs) >= model.threshold)
    return out


def dropped(text: Text, model: rp.Model, sentences: list[str]) -> list[bool]:
    flags = judged(text, model)
    out = []
    for s in sentences:
        i = _part_of(text.parts, s)
        out.append(i is not None and flags[i])
    return out


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "  —  "


def cross(texts: list[Text], keep: Path | None) -> None:
    print("leave one batch out: first-run rows of the held-out batch, parts judged by a model trained without it")
    print(f"{'batch':10} {'parser':8} {'expect':>6} {'read':>5} {'right':>5}  {'recall/precision before':>24}  "
          f"{'dropped right/wrong':>19}  {'recall/precision after':>22}  threshold")
    total = Counter()
    by_name = {t.name: t for t in texts}
    for batch in HELD:
        model = fit([t for t in texts if t.split != batch])
        commit = plan_review.BATCHES[batch]
        plans = plan_review.plans_of(batch)
        readings = plan_review.harvest(commit, plans, keep)
        c = Counter()
        for path, _meta in plans:
            text = by_name[path.stem]
            c["expect"] += len(text.expected)
            reading = readings.get(str(path))
            if not reading or "error" in reading or reading.get("refused"):
                continue
            targets = [plan_review._target(d) for d in reading["targets"]]
            right, _ = plan_review.label(targets, text.expected)
            drop = dropped(text, model, [t.sentence for t in targets])
            for ok, d in zip(right, drop, strict=True):
                c["read"] += 1
                c["right"] += ok
                if d:
                    c["drop_right" if ok else "drop_wrong"] += 1
                    if ok:
                        print(f"    dropped a right row: {path.stem}")
        total += c
        _row(batch, commit, c, model.threshold)
    _row("total", "", total, None)


def _row(batch: str, commit: str, c: Counter, threshold: float | None) -> None:
    read_after = c["read"] - c["drop_right"] - c["drop_wrong"]
    right_after = c["right"] - c["drop_right"]
    before = f"{_pct(c['right'], c['expect'])}/{_pct(c['right'], c['read'])}"
    after = f"{_pct(right_after, c['expect'])}/{_pct(right_after, read_after)}"
    print(f"{batch:10} {commit:8} {c['expect']:6} {c['read']:5} {c['right']:5}  {before:>24}  "
          f"{c['drop_right']:>9}/{c['drop_wrong']:<9}  {after:>22}  {'' if threshold is None else threshold}")


def corpus_cost(texts: list[Text], model: rp.Model) -> None:
    lost, whole_with, whole_without, without = 0, [], [], 0
    for t in texts:
        flags = judged(t, model)
        lost += sum(1 for f, label in zip(flags, t.labels, strict=True) if f and label == 0)
        counted = [f for f, p in zip(flags, t.parts, strict=True) if not p.is_heading and rp.QUANTITY.search(p.text)]
        whole = bool(counted) and all(counted)
        without += not t.expected
        if whole:
            (whole_with if t.expected else whole_without).append(t.name)
    parts = sum(label is not None for t in texts for label in t.labels)
    results = sum(f for t in texts for f in judged(t, model))
    print(f"whole corpus, full model: {results}/{parts} judged parts (a quantity, no plan word) results-only; "
          f"parts holding a right target judged results-only: {lost}")
    print(f"  whole texts judged results-only: {len(whole_without)} of the {without} texts with 0 expected targets, "
          f"{len(whole_with)} of the {len(texts) - without} with targets {whole_with}")


def problems(texts: list[Text], model: rp.Model) -> list[str]:
    """Return what makes ``model`` unfit to ship (none when fit): a part holding a target the
    corpus reads right judged results-only (the target would be lost), or too few of the corpus's
    results-only texts judged results-only (a model that judges nothing is switched off)."""
    out = []
    lost = [t.name for t in texts for f, label in zip(judged(t, model), t.labels, strict=True) if f and label == 0]
    if lost:
        out.append(f"the model drops corpus targets: {len(lost)} part(s) holding a right target judged results-only "
                   f"({', '.join(sorted(set(lost)))}); threshold {model.threshold}")
    known = [t for t in texts if not t.expected and any(
        label == 1 and rp.judgeable(p, f) for p, f, label in zip(t.parts, t.feats, t.labels, strict=True))]
    found = [t for t in known if any(judged(t, model))]
    if len(found) < MIN_RESULTS_TEXTS * len(known) or not found:
        out.append(f"the model judges {len(found)} of the corpus's {len(known)} results-only texts results-only "
                   f"(at least {MIN_RESULTS_TEXTS:.0%} wanted); threshold {model.threshold}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="cache the old parsers' readings in this folder (plan_review.py --keep)")
    ap.add_argument("--no-cross", action="store_true", help="skip the leave-one-batch-out table")
    ap.add_argument("--check", action="store_true", help="exit 1 when kjreport/plan/data/resultparts.json differs")
    ap.add_argument("--no-write", action="store_true", help="do not write the data file")
    ap.add_argument("--data", type=Path, default=rp.DATA, help="with --check: the model file to check")
    args = ap.parse_args(argv)
    texts = load_texts()
    if not args.no_cross and not args.check:
        cross(texts, args.keep)
    model = fit(texts)
    data = {"bias": model.bias, "threshold": model.threshold, "weights": dict(sorted(model.weights.items()))}
    written = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if args.check:
        same = args.data.exists() and args.data.read_text(encoding="utf-8") == written
        print(f"{args.data.name} is up to date" if same else
              f"{args.data.name} differs: run benchmarks/train_resultparts.py --no-cross")
        found = problems(texts, rp.read_model(args.data)) if args.data.exists() else []
        for problem in found:
            print(f"{args.data.name}: {problem}")
        return 0 if same and not found else 1
    corpus_cost(texts, model)
    for problem in problems(texts, model):
        print(f"NOT FIT TO SHIP: {problem}")
    if not args.no_write:
        rp.DATA.write_text(written, encoding="utf-8")
        print(f"wrote {rp.DATA.relative_to(ROOT)} ({len(model.weights)} weights, threshold {model.threshold})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
