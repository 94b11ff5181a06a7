"""A ribbon click imports xlwings without pandas and matplotlib (most of a cold click's time)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
import kjreport.excel.check, kjreport.excel.fill
import xlwings
loaded = {m: m in sys.modules for m in ("pandas", "matplotlib")}
import pandas  # still importable afterwards, for a user indicator that wants it
print(json.dumps({"loaded": loaded, "xlwings": xlwings.__version__, "pandas": pandas.__name__}))
"""


def test_button_modules_import_xlwings_without_pandas_or_matplotlib() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["loaded"] == {"pandas": False, "matplotlib": False}
    assert result["pandas"] == "pandas"
