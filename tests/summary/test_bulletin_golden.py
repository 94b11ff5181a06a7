"""The county bulletins of the sample workbook, paragraph by paragraph and cell by cell, against
the text written before the batch was made faster (``golden/sample_bulletins.json``): speed work
on the batch must not change a character of what the counties read.

When the wording or the sample changes on purpose, regenerate the file and review its diff:
``python -m tests.summary.test_bulletin_golden``.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx

from kjreport.report import load_report
from kjreport.summary import write_county_bulletins
from tests.summary.report_factory import make_report

GOLDEN = Path(__file__).with_name("golden") / "sample_bulletins.json"
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "sample2011.xlsx"


def document_text(path: Path) -> dict[str, list]:
    """Return the paragraphs of ``path`` and the rows of its tables, as text."""
    d = docx.Document(str(path))
    return {
        "paragraphs": [p.text for p in d.paragraphs],
        "tables": [[[c.text for c in row.cells] for row in t.rows] for t in d.tables],
    }


def bulletins(report, folder: Path, jobs: int) -> dict[str, dict[str, list]]:
    """Return file name → text of every bulletin of ``report`` written into ``folder``."""
    paths = write_county_bulletins(report, folder, jobs, progress=False)
    return {p.name: document_text(p) for p in paths}


def current(tmp: Path, jobs: int = 1) -> dict[str, dict]:
    return {
        "sample": bulletins(load_report(SAMPLE), tmp / "sample", jobs),
        "factory": bulletins(make_report(), tmp / "factory", jobs),
    }


def test_bulletins_read_as_before(sample_path, tmp_path):
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    got = current(tmp_path)
    for book in ("sample", "factory"):
        assert sorted(got[book]) == sorted(golden[book])
        for name, text in golden[book].items():
            assert got[book][name]["paragraphs"] == text["paragraphs"], name
            assert got[book][name]["tables"] == text["tables"], name


def test_a_parallel_batch_writes_the_same_bulletins(sample_path, tmp_path):
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    got = bulletins(load_report(SAMPLE), tmp_path / "sample", 2)
    assert got == golden["sample"]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(
            json.dumps(current(Path(tmp)), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"written {GOLDEN}")
