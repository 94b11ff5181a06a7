"""benchmarks/plan_speed.py's options beyond the cheapest path test_scripts runs: ``--scaling``
prints each size's time and time per character as ratios to the smallest size's, ``--chars``
joins only the first texts. Run on four short corpus texts; the figures are not checked, their
form is (the smallest size is 1.00x of itself, sizes grow, every ratio is a positive number)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "plan" / "corpus"
TEXTS = ("2019_qingyang_news", "2025_shenzhen_gaoxinqu", "2018_handan_news", "2009_taixing_news")
ROW = re.compile(
    r"^\s+(?P<share>1/8|1/4|1/2|all)\s+(?P<chars>\d+) chars \(\s*(?P<size>[\d.]+)x\): "
    r"time\s+(?P<time>[\d.]+)x, per character\s+(?P<per>[\d.]+)x$"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name in TEXTS:
        shutil.copy(CORPUS / f"{name}.txt", folder)
    return folder


def _run(*args: object) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "plan_speed.py"), *map(str, args)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_scaling_prints_ratios_to_the_smallest_size(corpus):
    out = _run("--corpus", corpus, "--reps", 1, "--scaling", "--cpu")
    lines = out.splitlines()
    assert lines[0].startswith("scaling: 4 texts, best of 1 runs per size (cpu time)"), out
    assert lines[1] == f"{ROOT}:", out
    rows = [ROW.match(line) for line in lines[2:6]]
    assert all(rows), out
    assert [m["share"] for m in rows] == ["1/8", "1/4", "1/2", "all"]
    assert (rows[0]["size"], rows[0]["time"], rows[0]["per"]) == ("1.00", "1.00", "1.00"), out
    chars = [int(m["chars"]) for m in rows]
    assert chars == sorted(chars) and chars[-1] > chars[0], out
    assert all(float(m["time"]) > 0 and float(m["per"]) > 0 for m in rows), out
    assert lines[-1].startswith("goal: time per character at full size within 1.3x"), out


def test_chars_joins_only_the_first_texts(corpus):
    first = (corpus / f"{sorted(TEXTS)[0]}.txt").read_text("utf-8")
    out = _run("--corpus", corpus, "--reps", 1, "--chars", len(first) + 1)
    m = re.match(r"long plan +(\d+) chars: import", out)
    assert m and int(m.group(1)) == len(first), out


def test_an_empty_corpus_is_said_plainly(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "plan_speed.py"), "--corpus", tmp_path],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "no plan texts" in done.stderr, done.stdout + done.stderr
