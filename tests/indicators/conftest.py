"""Fixtures of the indicator tests: a small synthetic province workbook."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import make_province


@pytest.fixture(scope="session")
def province(tmp_path_factory) -> Path:
    """Return a province workbook of 15 counties, 3 years and 1,200 ledger rows (built once)."""
    return make_province(tmp_path_factory.mktemp("province") / "province.xlsx", 15, 3, 1200)
