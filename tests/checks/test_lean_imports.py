"""``check`` imports only what checking needs: not the document builders' jinja2 and worker pool
(about 0.1 s of CPU on every run), nor numpy (see tests/indicators/test_plain.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_FOR_CHECK = ("jinja2", "multiprocessing", "concurrent.futures", "kjreport.summary.builder",
                 "kjreport.summary.bulletin", "kjreport.templating")


def test_check_imports_no_template_engine_nor_worker_pool(sample_path):
    code = textwrap.dedent(f"""
        import sys
        from kjreport.report import check_source
        problems = check_source({str(sample_path)!r})
        assert not [p for p in problems if p.severity == "错误"], problems
        print(sorted(m for m in {NOT_FOR_CHECK!r} if m in sys.modules))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_the_summary_package_still_gives_its_entry_points():
    import kjreport.summary as summary
    from kjreport.summary import (
        build_county_bulletin,
        build_summary,
        write_county_bulletins,
        write_summary,
    )

    assert [f.__name__ for f in (build_summary, write_summary, build_county_bulletin, write_county_bulletins)] == \
        ["build_summary", "write_summary", "build_county_bulletin", "write_county_bulletins"]
    assert all(callable(getattr(summary, n)) for n in summary.__all__)
