"""Fixtures of the summary tests: the hand-built report (see report_factory.py)."""

from __future__ import annotations

import pytest

from kjreport.model import YearReport
from tests.summary.report_factory import make_report


@pytest.fixture
def report() -> YearReport:
    return make_report()
