"""Issue 14: the built-ins compute on plain lists (no numpy for ``check``), with numpy's figures."""

from __future__ import annotations

import math
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from kjreport.indicators.frame import Frame
from kjreport.indicators.plain import all_nan, nantotal, total, values

ROOT = Path(__file__).resolve().parents[2]
SIZES = [*range(0, 140), 255, 256, 257, 1000, 4095, 8191, 8192, 8193, 16385, 50001]


def _bits(x) -> str:
    return float(x).hex()  # exact, sign of zero included


@pytest.mark.parametrize("n", SIZES)
def test_sums_are_numpys_bit_for_bit(n):
    rng = np.random.default_rng(n)
    a = rng.uniform(-1, 1, n) * 10.0 ** rng.integers(-8, 12, n)  # wide range: the order shows
    assert _bits(total(a.tolist())) == _bits(a.sum()) == _bits(np.sum(a))
    assert _bits(total(np.abs(a).tolist())) == _bits(np.abs(a).sum())
    blanks = a.copy()
    blanks[rng.random(n) < 0.3] = np.nan
    assert _bits(nantotal(blanks.tolist())) == _bits(np.nansum(blanks))
    assert all_nan(blanks.tolist()) == bool(np.isnan(blanks).all())


def test_a_blank_makes_the_total_blank_and_signs_of_zero_match():
    assert math.isnan(total([1.0, math.nan, 2.0]))
    assert _bits(total([-0.0])) == _bits(np.array([-0.0]).sum())
    assert _bits(nantotal([math.nan, -0.0])) == _bits(np.nansum([math.nan, -0.0]))
    assert total([]) == 0.0 and nantotal([]) == 0.0 and all_nan([])


def test_frame_gives_lists_to_the_builtins_and_arrays_to_users():
    frame = Frame.from_columns({"年度": [2011, None], "县区": ["甲县", None]}, numeric=["年度"])
    assert frame.plain("年度")[0] == 2011.0 and math.isnan(frame.plain("年度")[1])
    assert frame["年度"].dtype == float and frame["县区"].dtype == object
    assert frame["县区"].tolist() == ["甲县", None]
    window = frame.window(0, 1)
    assert window.plain("县区") == ["甲县"] and window.columns == ["年度", "县区"]
    assert values(np.array([1.5])) == [1.5] and values([2.5]) == [2.5]


def test_check_does_not_import_numpy(sample_path):
    code = textwrap.dedent(f"""
        import sys
        from kjreport.report import check_source
        problems = check_source({str(sample_path)!r})
        assert not [p for p in problems if p.severity == "错误"], problems
        print("numpy" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_a_user_indicator_still_gets_numpy_arrays(sample_path, tmp_path):
    from kjreport.report import load_report

    plugin = tmp_path / "mine.py"
    plugin.write_text(textwrap.dedent("""
        import numpy as np
        from kjreport.indicators import indicator

        @indicator("测试县区合计", unit="亿元", inputs={"v": "县区.高新技术产业产值"})
        def county_sum(v):
            assert isinstance(v, np.ndarray), type(v)
            return v.sum()

        @indicator("测试项目数", unit="项", inputs={"p": "项目台账"})
        def project_rows(p, year):
            assert isinstance(p["年度"], np.ndarray) and p["年度"].dtype == float
            return int((p["年度"] == year).sum())
    """), encoding="utf-8")
    report = load_report(sample_path, plugins=[plugin])
    mine = {r.name: r for r in report.results}
    assert mine["测试县区合计"].value == report.result("高新技术产业产值").value
    assert mine["测试项目数"].value > 0
    assert any(c.value for c in mine["测试县区合计"].counties)  # and per county: arrays too
