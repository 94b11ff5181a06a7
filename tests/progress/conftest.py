"""The sample's year report, computed once for the progress tests."""

from __future__ import annotations

import pytest

from kjreport.report import load_report
from tests.conftest import SAMPLE


@pytest.fixture(scope="session")
def sample_report():
    return load_report(SAMPLE)
