"""Write every corpus case's spoiled workbook, and a list of what kjreport must say about each.

Run: ``python tests/corpus/make_corpus.py OUT_DIR`` (from the repository root). The workbooks are
copies of samples/sample2011.xlsx spoiled with openpyxl; ``OUT_DIR/expected.txt`` lists each
file's slip, exit code and expected problems. ``pytest tests/corpus`` makes and checks the same
cases in temporary folders.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.corpus.framework import all_cases  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus-out")
    lines = []
    for case in all_cases():
        path = case.make(out)
        lines.append(f"{path.name}\t{case.slip}\texit {case.exit_code}\t" + "；".join(map(str, case.expect)))
    (out / "expected.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} spoiled workbooks in {out}")


if __name__ == "__main__":
    main()
