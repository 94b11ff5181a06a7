"""Plan import from a plan published as PDF, against the same plans read from their text.

Bureaus publish their 工作意见 as PDFs of the official document. Every corpus plan with a year and
targets (tests/plan/corpus) is set as one: kjreport's own official page (GB/T 9704: 28 characters
a line, 22 lines a page, the page number "— N —" below), the first line as the title when it is
short and ends in no stop, every other line a paragraph of 公文正文 (first line indented); LibreOffice exports it to PDF, and plan import
reads the PDF (its text layer, pypdf) as it reads any plan. The same plans read from their .txt are
scored in the same run, so the ratio says what the PDF costs. The "plain" rows leave out the web
copies no bureau's PDF looks like (pinyin after characters, Traditional characters: the official
fonts lack them, and LibreOffice draws a fallback font's character apart from its line).

    python benchmarks/plan_pdf.py                 # every plan (LibreOffice: a few minutes)
    python benchmarks/plan_pdf.py --limit 60 -v   # the first 60, listing the plans that differ
    python benchmarks/plan_pdf.py --split final53 --keep /tmp/pdfs   # a second run reuses the PDFs
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
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import plan_recall  # noqa: E402

from kjreport.docx import styles  # noqa: E402
from kjreport.docx.document import new_reference_document  # noqa: E402
from kjreport.docx.pdf import find_soffice  # noqa: E402
from kjreport.plan.text import has_pinyin, is_traditional  # noqa: E402

BATCH = 40  # documents per LibreOffice run


def official_docx(text: str, out: Path) -> None:
    """Save ``text`` as an official document: its first line the title when it is one (short, no
    stop at its end), every line a paragraph of 公文正文."""
    doc = new_reference_document()
    title, body = doc.styles.get_by_id(styles.TITLE, 1), doc.styles.get_by_id(styles.BODY, 1)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for i, line in enumerate(lines):
        is_title = i == 0 and len(line) <= 40 and line[-1] not in "。；！？，,;.!?"
        doc.add_paragraph(line, style=title if is_title else body)
    doc.save(out)


def export(folder: Path, convert_to: str = "pdf", suffix: str = ".pdf") -> None:
    """Convert every .docx in ``folder`` beside it (LibreOffice's ``--convert-to`` filter, the
    new file's suffix), a batch per LibreOffice run; a file converted before is kept."""
    soffice = find_soffice()
    if soffice is None:
        raise SystemExit(f"LibreOffice (soffice) is needed to make the {suffix} files")
    docs = sorted(d for d in folder.glob("*.docx") if not d.with_suffix(suffix).exists())
    with tempfile.TemporaryDirectory(prefix="plan_export_profile_") as profile:
        for i in range(0, len(docs), BATCH):
            subprocess.run(
                [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                 convert_to, "--outdir", str(folder), *map(str, docs[i : i + BATCH])],
                check=True, capture_output=True, timeout=1800,
            )


def web_only_text(text: str) -> bool:
    """Return True for a web page's copy no PDF looks like: pinyin after characters ("开(kāi)展"), or
    Traditional characters (a mainland bureau's PDF is in simplified ones; the PDF's font lacks the
    others)."""
    return has_pinyin(text) or is_traditional(text)


def select(corpus: Path, split: str | None, limit: int | None) -> list[Path]:
    """The corpus plans with a year and targets (of ``split``), the first ``limit`` of them."""
    chosen = []
    for sidecar in sorted(corpus.glob("*.json")):
        meta = json.loads(sidecar.read_text("utf-8"))
        src = meta["source"]
        if src.get("year") and meta["targets"] and (split is None or src.get("split") == split):
            chosen.append(sidecar)
    return chosen[:limit] if limit else chosen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=plan_recall.CORPUS)
    ap.add_argument("--split", help="only the plans of one split")
    ap.add_argument("--limit", type=int, help="only the first N plans")
    ap.add_argument("--keep", type=Path,
                    help="keep the .docx and .pdf files in this folder (a PDF already there is reused)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the plans read differently")
    args = ap.parse_args(argv)
    sidecars = select(args.corpus, args.split, args.limit)
    with tempfile.TemporaryDirectory(prefix="plan_pdf_") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for sidecar in sidecars:
            shutil.copy(sidecar, folder / sidecar.name)
            if not (args.keep and (folder / f"{sidecar.stem}.pdf").exists()):
                official_docx(sidecar.with_suffix(".txt").read_text("utf-8"), folder / f"{sidecar.stem}.docx")
        export(folder)
        text = {s.plan: s for s in (plan_recall.score_plan(p.with_suffix(".txt")) for p in sidecars)}
        pdf = {s.plan: s for s in plan_recall.score_corpus(folder, ".pdf")}
    web_only = {p.stem for p in sidecars if web_only_text(p.with_suffix(".txt").read_text("utf-8"))}
    for group, keep in (("all", lambda plan: True), ("plain", lambda plan: plan not in web_only)):
        rows = []
        for label, scores in (("text (.txt)", text), ("PDF", pdf)):
            chosen = [s for plan, s in scores.items() if keep(plan)]
            e, p, m = (sum(getattr(s, f) for s in chosen) for f in ("expected", "parsed", "matched"))
            rows.append((p, m))
            print(f"{group:<5} {label:<12} {len(chosen):>4} plans  expected {e:>5}  read {p:>5}  right {m:>5}  "
                  f"recall {100 * m / e:5.1f}%  precision {100 * m / p if p else 0:5.1f}%")
        (tp, tm), (pp, pm) = rows
        print(f"{group:<5} PDF / text: right {pm / tm:.3f}, read {pp / tp:.3f}")
    if args.verbose:
        for plan, s in sorted(pdf.items()):
            t = text[plan]
            if (s.matched, s.parsed) != (t.matched, t.parsed) or s.error:
                print(f"  {plan}: text {t.matched}/{t.expected} (read {t.parsed}), "
                      f"PDF {s.matched}/{s.expected} (read {s.parsed}) {s.error or ''}")
                for line in s.misses:
                    print(f"      漏 {line}")
                for line in s.extras:
                    print(f"      多 {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
