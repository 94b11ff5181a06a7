"""The add-in's JavaScript unit tests (tests/wps/js/*.test.js) under node's own test runner."""

from __future__ import annotations

import subprocess

from tests.wps.node import JS_TESTS, NODE, needs_node


@needs_node
def test_the_addin_javascript_passes_its_node_tests():
    done = subprocess.run(
        [NODE, "--test", *sorted(str(p) for p in JS_TESTS.glob("*.test.js"))],
        capture_output=True, text=True, timeout=300, cwd=JS_TESTS,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "# fail 0" in done.stdout
