"""Issue 9 Architecture: pure indicator code imports no workbook reader, and no import circles."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PURE = ["kjreport.indicators.engine", "kjreport.indicators.counties", "kjreport.indicators.resolve",
        "kjreport.indicators.assess",
        "kjreport.indicators.reported", "kjreport.indicators.catalogue", "kjreport.indicators.listing"]
EDGES = ["kjreport.dataset", "kjreport.report", "openpyxl", "docx", "xlwings", "kjreport.workbook.xlsx",
         "kjreport.workbook.tables"]


def test_indicator_code_loads_without_workbook_readers():
    code = ("import sys\n" + "".join(f"import {m}\n" for m in PURE)
            + f"print(sorted(m for m in sys.modules if m in {EDGES!r}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def _imports(module: str) -> set[str]:
    path = ROOT / (module.replace(".", "/") + ".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):  # module level and inside functions alike
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kjreport"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("kjreport"))
    return found


def test_no_circle_between_dataset_report_and_engine():
    assert "kjreport.report" not in _imports("kjreport.dataset")
    engine = _imports("kjreport.indicators.engine")
    assert "kjreport.dataset" not in engine and "kjreport.report" not in engine
    for module in PURE:
        assert not _imports(module) & {"kjreport.dataset", "kjreport.report"}, module
