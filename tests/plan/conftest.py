"""Fixture plans for the plan-import tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def _load_make_docx():
    spec = importlib.util.spec_from_file_location("plan_make_docx", FIXTURES / "make_docx.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def make_docx():
    """Return the module that builds the .docx fixture plans."""
    return _load_make_docx()
