"""``kjreport fill`` through its real entry point: results, JSON, user indicators, safe write."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main

ROOT = Path(__file__).resolve().parents[1]


def readme_plugin() -> str:
    """Return the custom-indicator example from the README, so the documented code is tested."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(from kjreport.indicators import indicator.*?)```", text, re.S)
    assert block, "README lost its custom indicator example"
    return block.group(1)


def test_fill_writes_results_and_leaves_every_other_part(sample_copy):
    with zipfile.ZipFile(sample_copy) as z:
        before = {n: z.read(n) for n in z.namelist()}
    result = CliRunner().invoke(main, ["fill", str(sample_copy)])
    assert result.exit_code == 0, result.output
    assert "已写入" in result.output and "超额完成" in result.output
    with zipfile.ZipFile(sample_copy) as z:
        after = {n: z.read(n) for n in z.namelist()}
    changed = {n for n in before if before[n] != after[n]}
    # styles.xml gains the 进度 sheet's three colours; nothing else but the book's sheet list
    assert changed <= {
        "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"
    }
    assert all(before[n] == after[n] for n in before if n.startswith("xl/worksheets/"))
    ws = openpyxl.load_workbook(sample_copy)["指标结果"]
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True) if r[0]}
    assert rows["高新技术产业产值"][2] == 812 and rows["高新技术产业产值"][12] == "超额完成"
    assert rows["来市指导专家"][12] == "不可比"
    assert "县区数据!B2:B11" in rows["高新技术产业产值"][16]
    # a second fill replaces only the two written sheets, and reuses the colours it added
    written = {n for n in after if n not in before}
    assert written == {"xl/worksheets/sheet18.xml", "xl/worksheets/sheet19.xml"}
    CliRunner().invoke(main, ["fill", str(sample_copy)])
    with zipfile.ZipFile(sample_copy) as z:
        again = {n: z.read(n) for n in z.namelist()}
    assert {n for n in after if after[n] != again[n]} <= written


def test_json_output_has_the_documented_fields(sample_copy):
    result = CliRunner().invoke(main, ["fill", str(sample_copy), "--json"])
    data = json.loads(result.output)
    first = data[0]
    for key in ("name", "unit", "value", "target", "completion", "yoy", "status", "sources"):
        assert key in first
    statuses = {d["status"] for d in data}
    assert {"超额完成", "完成", "基本完成", "未完成", "不可比"} <= statuses
    solow = next(d for d in data if d["name"] == "科技进步贡献率")
    assert solow["value"] == pytest.approx(50.83, abs=0.01)
    hitech = next(d for d in data if d["name"] == "高新技术产业产值")
    assert [c["rank"] for c in hitech["counties"] if c["county"] == "高新区"] == [1]


def test_user_indicator_from_the_command_line_and_from_settings(sample_copy, tmp_path):
    plugin = tmp_path / "我的指标.py"
    plugin.write_text(readme_plugin(), encoding="utf-8")
    result = CliRunner().invoke(main, ["fill", str(sample_copy), "--json", "--plugin", str(plugin)])
    assert result.exit_code == 0, result.output
    mine = next(d for d in json.loads(result.output) if d["name"] == "高新技术产业产值相当于GDP的比例")
    assert mine["value"] == pytest.approx(812 / 1230 * 100)
    wb = openpyxl.load_workbook(sample_copy)
    ws = wb["设置"]
    row = next(r for r in ws.iter_rows() if r[0].value == "自定义指标文件")
    row[1].value = plugin.name  # relative to the workbook's folder
    copy = tmp_path / "with-plugin.xlsx"
    wb.save(copy)
    result = CliRunner().invoke(main, ["fill", str(copy), "--json"])
    assert "高新技术产业产值相当于GDP的比例" in result.output


def test_broken_user_indicator_is_reported_not_raised(sample_copy, tmp_path):
    plugin = tmp_path / "bad.py"
    plugin.write_text("from kjreport.indicators import indicator\n\n"
                      "@indicator('x', unit='项', inputs={'v': '县区.不存在'})\ndef x(v):\n    return 1\n",
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(sample_copy), "--plugin", str(plugin)])
    assert result.exit_code == 1 and "县区.不存在" in result.output and "Traceback" not in result.output


def test_a_blank_column_without_a_target_is_not_listed():
    """QA S18: an indicator with neither target nor figure (a default 县区数据 column left blank,
    邯郸's 高新技术产业产值) is no 指标结果 row; one with a target but no figure still is."""
    import dataclasses

    from kjreport.fill import results_table
    from kjreport.model import IndicatorResult
    from kjreport.report import load_report

    report = load_report(ROOT / "samples" / "sample2011.xlsx")
    blank = IndicatorResult("技术合同成交额", "亿元", "amount", None, status="无数据")
    owed = dataclasses.replace(report.results[0], name="待报送指标", value=None, status="无数据")
    table = results_table(dataclasses.replace(report, results=[*report.results, blank, owed]))
    names = [row[0] for row in table if row]
    assert "技术合同成交额" not in names and "待报送指标" in names
