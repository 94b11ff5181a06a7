"""The results table ``kjreport fill`` prints (kjreport/cli/tables.py), through the real command."""

from __future__ import annotations

import re

from click.testing import CliRunner

from kjreport.cli import main


def _flat(text: str) -> str:
    return re.sub(r"[\s│]+", "", text)


def test_a_share_target_row_is_explained_under_the_table(sample_copy):
    """QA F13: "+0.3个百分点" sits under 完成率/差距 for a 比重 target; a note says what it is.
    QA5 F16: written with the summary's decimals. QA6 F9 changed those for a share below 10 %:
    two decimals, trailing zero kept (5.30%，高于年度目标0.30个百分点), so the table says +0.30;
    a larger share keeps one (科技进步贡献率 +2.8)."""
    result = CliRunner().invoke(main, ["fill", str(sample_copy)])
    assert result.exit_code == 0, result.output
    assert "+0.30个百分点" in result.output and "+2.8个百分点" in result.output
    assert not re.search(r"[+-]\d{2,}\.\d0个百分点", result.output)  # no trailing zero on a large share
    flat = _flat(result.output)
    assert "比重类（%）目标不算完成率，其“完成率/差距”栏为高于（+）或低于（-）年度目标的百分点" in flat


def test_no_note_without_a_share_target(tmp_path):
    from kjreport.cli.tables import POINTS_NOTE, results_table
    from kjreport.model import IndicatorResult, Target
    from tests.summary.report_factory import make_report

    report = make_report()
    report.results = [r for r in report.results if isinstance(r, IndicatorResult)
                      and r.target is not None and r.completion is not None]
    assert report.results and all(isinstance(r.target, Target) for r in report.results)
    from rich.console import Console

    console = Console(record=True, width=110)
    results_table(report, console)
    shown = _flat(console.export_text())
    assert report.results[0].name[:6] in shown and "%" in shown
    assert _flat(POINTS_NOTE)[:10] not in shown


def test_growth_targets_are_explained_as_growths(tmp_path):
    """qa14b F7: 六安 2021's targets are all growths (企业研发投入经费增长20% …): their +3.8个百分点 was
    explained as a 比重类 target's gap."""
    from tests.luan_book import luan_book

    result = CliRunner().invoke(main, ["fill", str(luan_book(tmp_path / "2021年科技工作.xlsx"))])
    assert result.exit_code == 0, result.output
    flat = _flat(result.output)
    assert "+3.8个百分点" in flat
    assert "注：增速目标的“完成率/差距”栏为实际增速高于（+）或低于（-）目标增速的百分点，不是完成率。" in flat, flat
    assert "比重类" not in flat


def test_a_large_figure_is_written_as_its_target_is():
    # qa22 F8: 「71,200」 (a thousands separator) beside a target of 「65000」
    from kjreport.cli.tables import _num
    from kjreport.model import Target
    from kjreport.text import target_value

    assert _num(71200.0) == "71200" == target_value(Target("技术合同交易登记额", 71200.0, "万元"))
    assert _num(1234567.891) == "1234567.89" and _num(7.1) == "7.1" and _num(None) == "—"
