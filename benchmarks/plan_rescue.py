"""Could a learned model bring back targets the parser listed as past results or as no targets?

Measured, not built (round 26). For every blind batch, the parser AS IT WAS at the batch's first run
(``plan_review.py``'s harvest, cached with ``--keep``) lists numbers as past results ("往年实绩") or as
no targets (ordinals, scopes …). A listed number is a positive when it states a target that parser
missed: a missed expected target has its value and two characters of its name are in the sentence
(``plan_review.points_at``). Each listed number becomes a row with the row scorer's features
(``scoring.row_features``, named by the words before it, as ``train_scorer.negatives`` does) plus
the list and the reason it was listed under. A logistic regression (``train_scorer.fit``) is trained
without one batch and scores that batch's listed numbers, for every batch of ``plan_review.HELD_OUT``
in turn; the table gives, per threshold, the numbers that would be brought back: how many state a
missed target and how many do not.

    python benchmarks/plan_rescue.py --keep /tmp/rv

Round 26 (final21–64 held out, ``--keep /tmp/rv``): 1,716 listed numbers, 73 stating a missed target;
at 0.5 9 right and 18 wrong would come back, at 0.8 3 and 4, at 0.9 3 and 0 — too few and too
unsure to import (the whole held-out set has 331 missed targets).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import plan_review  # noqa: E402
import train_scorer  # noqa: E402

from kjreport.model import Target  # noqa: E402
from kjreport.plan import scoring  # noqa: E402

QUANTITY = re.compile(r"(\d+(?:\.\d+)?)\s*(.*)")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def _values(e) -> tuple[float, ...]:
    return (e.value, e.stretch or e.value, e.upper or e.value)


def listed_rows(keep: Path | None) -> list[tuple[train_scorer.Sample, str]]:
    """Return every number a first-run parser listed as past or no target, as a labelled row, with
    the missed target it states ("" for none)."""
    out = []
    for batch, commit in plan_review.BATCHES.items():
        plans = plan_review.plans_of(batch)
        readings = plan_review.harvest(commit, plans, keep)
        for path, meta in plans:
            reading = readings.get(str(path))
            if not reading or "error" in reading or reading.get("refused"):
                continue
            expected = plan_review.plan_recall.load_expected(meta)
            targets = [plan_review._target(d) for d in reading["targets"]]
            _, missed = plan_review.label(targets, expected)
            year = reading["target_year"] or meta["source"].get("year")
            lines, _ = plan_review.read_plan(path)
            texts = tuple(t for _, t in plan_review.plain_lines((ln.number, ln.text) for ln in lines))
            headings = plan_review.headings_of(dict(reading["nodes"]))
            rows, stated, extra = [], [], []
            for key in ("past", "not_targets"):
                for u in reading[key]:
                    m = QUANTITY.match(u["quantity"])
                    if not m:
                        continue
                    value = float(m.group(1))
                    hits = [e for e in missed if any(abs(value - x) < 1e-9 for x in _values(e))]
                    hit = next((e for e in hits if plan_review.points_at(u["sentence"], [e])), None)
                    at = u["sentence"].find(u["quantity"])
                    name = re.split(r"[，；。：、,]", u["sentence"][:at])[-1][-8:] if at > 0 else ""
                    rows.append(Target(name or "数量", value, m.group(2), "≥", (u["item"],), sentence=u["sentence"]))
                    stated.append(hit.show() if hit else "")
                    extra.append([f"W:{key}", "W:" + re.sub(r"[（“].*", "", u["reason"])[:8]])
            if not rows:
                continue
            ctx = scoring.context(targets + rows, year=year, names=plan_review.NAMES, headings=headings, lines=texts)
            doc = scoring.document_features(
                scoring.context(targets, year=year, names=plan_review.NAMES, headings=headings, lines=texts)
            )
            for t, hit, ex in zip(rows, stated, extra, strict=True):
                feats = scoring.row_features(t, ctx, doc) + ex
                out.append((train_scorer.Sample(batch, path.stem, bool(hit), feats, "", True), hit))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="cache the old parsers' readings in this folder (plan_review.py --keep)")
    args = ap.parse_args(argv)
    rows = listed_rows(args.keep)
    samples = [s for s, _ in rows]
    print(f"listed numbers: {len(samples)}, stating a missed target: {sum(s.right for s in samples)}")
    scored = []
    for held in plan_review.HELD_OUT:
        test = [(s, hit) for s, hit in rows if s.batch == held]
        if not test:
            continue
        model = train_scorer.fit([s for s in samples if s.batch != held])
        scored += [(s, hit, model.probability(s.feats)) for s, hit in test]
    print(f"held out in turn ({len(scored)} listed numbers, {sum(s.right for s, _, _ in scored)} stating a missed target):")
    print(f"{'threshold':>9} {'brought back':>12} {'state a miss':>12} {'distinct':>8} {'wrong':>6}")
    for t in THRESHOLDS:
        up = [(s, hit) for s, hit, p in scored if p >= t]
        distinct = {(s.plan, hit) for s, hit in up if hit}
        right = sum(s.right for s, _ in up)
        print(f"{t:9.1f} {len(up):12d} {right:12d} {len(distinct):8d} {len(up) - right:6d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
