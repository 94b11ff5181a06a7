"""Helpers the tests share: ``kjreport`` run through its click entry point, a workbook copied
into a test's own folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from kjreport.cli import main


def cli(*args: object, ok: bool = False) -> Result:
    """Return the result of ``kjreport ARGS`` (each argument as text) run through the real click
    command. An exception the command lets through fails the test as itself, and so does a
    traceback in the output; with ``ok`` the command must also exit 0."""
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert "Traceback" not in result.output, result.output
    if ok:
        assert result.exit_code == 0, result.output
    return result


def cli_ok(*args: object) -> Result:
    """Return the result of ``kjreport ARGS``, which must exit 0."""
    return cli(*args, ok=True)


def cli_output(*args: object) -> str:
    """Return what ``kjreport ARGS`` printed; the command must exit 0."""
    return cli(*args, ok=True).output


def copy_book(source: Path, tmp_path: Path) -> Path:
    """Return a copy of ``source`` in ``tmp_path`` under the same name, for a test to write into
    (the checked-in workbook stays as it is)."""
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    return copy
