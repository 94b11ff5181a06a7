"""qa13's findings on 目标任务 and 科室数据 units as a new bureau types them (qafix13a)."""

from __future__ import annotations

import hashlib

from click.testing import CliRunner

from kjreport.cli import main
from kjreport.report import load_report
from tests.indicators.test_reported_workbook import department_row, edit, target


def _check(path) -> str:
    return CliRunner().invoke(main, ["check", str(path)]).output


def test_per_head_income_under_yi_is_an_error_at_the_unit_cell_f6(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "inc.xlsx",
                department_row("办公室", "城镇居民人均可支配收入", "亿元", 38520, 35640),
                target("城镇居民人均可支配收入", 8.5, "%", 类型="增速"))
    out = _check(path)
    assert ("[错误] inc.xlsx 工作表「科室数据」 单元格 C6：「城镇居民人均可支配收入」是人均数，单位为「亿元」；"
            "人均收入、人均生产总值按元填写：请把单位改为「元」（本年数 38520 即 38520元）") in out, out
    path = edit(sample_path, tmp_path / "inc2.xlsx",
                department_row("办公室", "城镇居民人均可支配收入", "元", 38520, 35640),
                target("城镇居民人均可支配收入", 8.5, "%", 类型="增速"))
    assert "人均数" not in _check(path)


def test_a_full_width_percent_in_the_target_unit_is_read_as_percent_f21(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "pct.xlsx",
                department_row("计划科", "有研发活动企业占比", "％", 26.3, 24.0),
                target("有研发活动企业占比", 25, "％"))
    before = hashlib.md5(path.read_bytes()).hexdigest()
    out = _check(path)
    assert "％" not in out, out
    assert hashlib.md5(path.read_bytes()).hexdigest() == before
    r = load_report(path).result("有研发活动企业占比")
    assert r.unit == "%" and r.target.unit == "%" and r.kind == "ratio"


def test_a_growth_kind_on_a_count_is_an_error_naming_the_cell_f23(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "kind.xlsx",
                department_row("成果科", "转移转化科技成果", "项", 12, 14),
                target("转移转化科技成果", 15, "项", 类型="增长"))
    out = _check(path)
    assert ("[错误] kind.xlsx 工作表「目标任务」 单元格 H36：「转移转化科技成果」的目标类型为增速，单位为「项」；"
            "增速目标的单位应为 %；如目标是 15项，请把目标类型改为「总量」（或新增、累计）") in out, out
