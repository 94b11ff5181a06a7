"""Running the add-in's JavaScript under node (skipped, with the reason, where node is missing)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

JS_TESTS = Path(__file__).resolve().parent / "js"
NODE = shutil.which("node")

needs_node = pytest.mark.skipif(
    NODE is None,
    reason="node is not installed: the WPS add-in's JavaScript is tested under node (v18+)",
)


def roundtrip(fixture: Path, config: dict, actions: list[str], folder: Path) -> dict:
    """Click ``actions`` in the add-in on the workbook ``fixture``; return what happened."""
    config_path = folder / "config.json"
    config_path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    out = folder / "out.json"
    done = subprocess.run(
        [NODE, str(JS_TESTS / "roundtrip.js"), str(fixture), str(config_path), ",".join(actions),
         str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text(encoding="utf-8"))
