"""Plan import from a plan saved as an old Word 97–2003 .doc, against the same plans read from
their .docx and their text.

Many bureaus still publish their 工作意见 as .doc attachments (and WPS saves .wps in the same
format). Every corpus plan with a year and targets is set as an official document (.docx, as
``plan_pdf.py`` sets it), LibreOffice saves that as .doc, and plan import reads the .doc
(kjreport/plan/doc.py: the binary format read directly, no Word or LibreOffice needed). The .docx
and the .txt are scored in the same run: the .doc should read exactly what the .docx reads.

    python benchmarks/plan_doc.py                 # every plan (LibreOffice: a few minutes)
    python benchmarks/plan_doc.py --limit 40 -v   # the first 40, listing the plans that differ
    python benchmarks/plan_doc.py --keep /tmp/docs   # a second run reuses the .doc files
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import plan_recall  # noqa: E402
from plan_pdf import export, official_docx, select  # noqa: E402

from kjreport.plan.reader import read_plan  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=plan_recall.CORPUS)
    ap.add_argument("--split", help="only the plans of one split")
    ap.add_argument("--limit", type=int, help="only the first N plans")
    ap.add_argument("--keep", type=Path,
                    help="keep the .docx and .doc files in this folder (a .doc already there is reused)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the plans read differently")
    args = ap.parse_args(argv)
    sidecars = select(args.corpus, args.split, args.limit)
    with tempfile.TemporaryDirectory(prefix="plan_doc_") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for sidecar in sidecars:
            shutil.copy(sidecar, folder / sidecar.name)
            if not (folder / f"{sidecar.stem}.docx").exists():
                official_docx(sidecar.with_suffix(".txt").read_text("utf-8"), folder / f"{sidecar.stem}.docx")
        export(folder, "doc:MS Word 97", ".doc")
        same_lines = [
            s.stem for s in sidecars
            if [line.text for line in read_plan(folder / f"{s.stem}.doc")[0]]
            == [line.text for line in read_plan(folder / f"{s.stem}.docx")[0]]
        ]
        scores = {
            "text (.txt)": {s.plan: s for s in (plan_recall.score_plan(p.with_suffix(".txt")) for p in sidecars)},
            ".docx": {s.plan: s for s in plan_recall.score_corpus(folder, ".docx")},
            ".doc": {s.plan: s for s in plan_recall.score_corpus(folder, ".doc")},
        }
    print(f"the same lines from the .doc as from the .docx: {len(same_lines)} of {len(sidecars)} plans")
    for label, by_plan in scores.items():
        chosen = list(by_plan.values())
        e, p, m = (sum(getattr(s, f) for s in chosen) for f in ("expected", "parsed", "matched"))
        print(f"{label:<12} {len(chosen):>4} plans  expected {e:>5}  read {p:>5}  right {m:>5}  "
              f"recall {100 * m / e:5.1f}%  precision {100 * m / p if p else 0:5.1f}%")
    right = {label: sum(s.matched for s in by_plan.values()) for label, by_plan in scores.items()}
    print(f".doc / .docx: right {right['.doc'] / right['.docx']:.3f}; "
          f".doc / text: right {right['.doc'] / right['text (.txt)']:.3f}")
    if args.verbose:
        for plan, s in sorted(scores[".doc"].items()):
            d = scores[".docx"][plan]
            if (s.matched, s.parsed) != (d.matched, d.parsed) or s.error or plan not in same_lines:
                print(f"  {plan}: .docx {d.matched}/{d.expected} (read {d.parsed}), "
                      f".doc {s.matched}/{s.expected} (read {s.parsed}) {s.error or ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
