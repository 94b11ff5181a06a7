"""Every spoiled workbook of the corpus through the real CLI: the expected problems named with
their cells, the expected exit code, the file byte-identical afterwards, never a traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kjreport.cli import main
from tests.conftest import digest
from tests.corpus.framework import SAMPLE, all_cases

CASES = all_cases()


def run(command: str, path) -> tuple[int, str]:
    result = CliRunner().invoke(main, [command, str(path)])
    output = result.output
    assert "Traceback" not in output, output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"{command} raised {result.exception!r}\n{output}")
    return result.exit_code, output


def test_corpus_is_large_enough():
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case, tmp_path):
    if not SAMPLE.exists():
        pytest.skip("samples/sample2011.xlsx is missing")
    path = case.make(tmp_path)
    commands = case.commands if case.exit_code else ("check",)  # fill writes when there is no error
    for command in commands:
        before = digest(path)
        code, output = run(command, path)
        lines = [line.strip() for line in output.splitlines()]
        expected_code = case.exit_code if command == "check" else 1
        assert code == expected_code, f"{command}: exit {code}, expected {expected_code}\n{output}"
        for expect in case.expect:
            assert any(expect.matches(line) for line in lines), f"{command}: missing {expect}\n{output}"
        for word in case.forbid:
            assert word not in output, f"{command}: should not say {word!r}\n{output}"
        assert digest(path) == before, f"{command} changed the workbook"
