"""The research-platform family (研发平台, 技术创新中心, 重点实验室, 工程技术研究中心, 新型研发机构, at 省级
or 市级) is in the catalogue (leftover6 #3): a plan's target gets its default 责任科室 in 目标任务 and
科室数据 through ``kjreport init --plan``, and a 科室数据 row under a synonym meets the target."""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.indicators.catalogue import default_department, load_catalogue

PLAN = """鲁泽市科学技术局2025年科技工作要点
一、主要目标
争创省级研发平台4家左右，新建市级研发平台20家以上，新增省级技术创新中心2家，
市级工程技术研究中心达到60家，备案市级新型研发机构5家，优化重组市级重点实验室80家以上。
"""


@pytest.mark.parametrize("name, entry", [
    ("省级研发平台", "研发平台"), ("市级研发平台", "研发平台"), ("省级科技创新平台", "研发平台"),
    ("省级技术创新中心", "技术创新中心"), ("市级工程技术研究中心", "工程技术研究中心"),
    ("市级新型研发机构", "新型研发机构"), ("市级重点实验室", "重点实验室"),
])
def test_platform_names_belong_to_their_entry(name, entry):
    found = load_catalogue().find(name)
    assert found is not None and found.name == entry
    assert found.unit == "家" and found.kind == "存量" and found.check is not None


def test_init_gives_platform_targets_their_department(tmp_path):
    plan = tmp_path / "工作要点.txt"
    plan.write_text(PLAN, encoding="utf-8")
    out = tmp_path / "鲁泽2025.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(plan), str(out)])
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(out)
    targets = {r[0]: r[5] for r in wb["目标任务"].iter_rows(min_row=2, values_only=True) if r[0]}
    rows = {r[1]: r[0] for r in wb["科室数据"].iter_rows(min_row=2, values_only=True) if r[1]}
    # 市级工程技术研究中心 is 合作科 in both catalogues (tests/plan/test_catalog_agreement.py)
    platforms = [n for n in targets if n.endswith(("研发平台", "技术创新中心", "研发机构", "实验室"))]
    assert len(platforms) == 5, targets
    for name in platforms:
        assert targets[name] == default_department(name) == "计划科", (name, targets[name])
        # the 科室数据 row (新增 targets get a "新增…" row) is the department's too
        assert [d for row, d in rows.items() if row.endswith(name)] == ["计划科"], (name, rows)
