"""qa10b's roll-over findings, through ``kjreport init --from --plan`` on the sample (2011) and the
QA round's 2012 plan: a 上报指标 of the new plan gets its 科室数据 row (F10), and a 「/」 (不适用) in
an 增长核算 row no target of the year reads is a 提示, as a blank is (F8's rest)."""

from __future__ import annotations

import shutil

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main

PLAN_2012 = """鲁泽市科学技术局2012年工作意见

一、主要目标
全市高新技术产业产值达到900亿元，全社会R&D经费投入达到11亿元，高新技术企业达到180家，科技特派员达到1300人。

二、重点工作
（一）加快高新技术产业发展。一是新认定高新技术企业25家；二是建设市级重点实验室3家。
（二）深化农村科技服务。培训农民2万人次，建立利益共同体600个。
"""


def _rolled(sample_path, tmp_path):
    last = shutil.copy(sample_path, tmp_path / "2011.xlsx")
    plan = tmp_path / "2012年工作意见.txt"
    plan.write_text(PLAN_2012, encoding="utf-8")
    out = tmp_path / "2012.xlsx"
    made = CliRunner().invoke(main, ["init", "--year", "2012", "--from", str(last), "--plan", str(plan), str(out)])
    assert made.exit_code == 0, made.output
    return out, made.output


def _rows(path, sheet):
    ws = openpyxl.load_workbook(path)[sheet]
    header = [c.value for c in ws[1]]
    return [dict(zip(header, r, strict=False)) for r in ws.iter_rows(min_row=2, values_only=True)]


def test_init_from_last_year_adds_the_department_row_of_a_reported_target(sample_path, tmp_path):
    out, said = _rolled(sample_path, tmp_path)
    assert "市级重点实验室（上报指标）" in said
    rows = _rows(out, "科室数据")
    [lab] = [r for r in rows if r["指标"] == "市级重点实验室"]
    assert (lab["科室"], lab["单位"], lab["本年数"]) == ("计划科", "家", None), lab
    assert [r["指标"] for r in rows][:4] == ["一区五园高新技术产业产值", "来市指导院士", "来市指导专家", "财政科技拨款"]
    # a built-in the carried ledgers or county columns compute gets no row of its own
    assert not {"高新技术企业", "新认定高新技术企业", "新增高新技术企业", "高新技术产业产值"} & {r["指标"] for r in rows}
    check = CliRunner().invoke(main, ["check", str(out)])
    assert "请在「科室数据」D6 填写「市级重点实验室」的本年数" in check.output, check.output


def test_a_slash_in_an_unused_growth_accounting_row_is_a_hint(sample_path, tmp_path):
    out, _ = _rolled(sample_path, tmp_path)
    book = openpyxl.load_workbook(out)
    ws = book["增长核算"]
    header = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == 2012)
    for name in ("地区生产总值（可比价）", "从业人员"):
        col = next(j for j, h in enumerate(header, 1) if str(h).startswith(name))
        ws.cell(row, col).value = "/"
    book.save(out)
    check = CliRunner().invoke(main, ["check", str(out)])
    growth = [line for line in check.output.splitlines() if "「增长核算」" in line]
    assert growth and all(line.startswith("[提示]") for line in growth), check.output
    assert any("填的是「/」（不适用）" in line and "本年度没有科技进步贡献率的目标" in line for line in growth), growth
    assert "「/」不是数字" not in check.output


def test_a_carried_row_under_a_synonym_is_not_added_twice(sample_path, tmp_path):
    """The carried 财政科技拨款 row is the 财政科技支出 target's (a catalogue synonym): no second row."""
    last = shutil.copy(sample_path, tmp_path / "2011.xlsx")
    plan = tmp_path / "2012年工作意见.txt"
    plan.write_text("鲁泽市科学技术局2012年工作意见\n\n一、主要目标\n财政科技支出达到3亿元，建设市级重点实验室3家。\n",
                    encoding="utf-8")
    out = tmp_path / "2012.xlsx"
    made = CliRunner().invoke(main, ["init", "--year", "2012", "--from", str(last), "--plan", str(plan), str(out)])
    assert made.exit_code == 0, made.output
    names = [r["指标"] for r in _rows(out, "科室数据")]
    assert names.count("财政科技拨款") == 1 and "财政科技支出" not in names and "市级重点实验室" in names, names


def test_a_slash_in_a_growth_accounting_row_a_target_reads_names_the_target(sample_path, tmp_path):
    """The sample's 2011 plan has a 科技进步贡献率 target: 「/」 in its 增长核算 row stays an error,
    said as what it is (不适用, but the target needs it), not "「/」不是数字"."""
    book = openpyxl.load_workbook(sample_path)
    ws = book["增长核算"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == 2011)
    ws.cell(row, 2).value = "/"
    path = tmp_path / "2011.xlsx"
    book.save(path)
    check = CliRunner().invoke(main, ["check", str(path)])
    assert check.exit_code == 1, check.output
    [line] = [line for line in check.output.splitlines() if "「增长核算」" in line]
    assert line.startswith("[错误]") and f"单元格 B{row}：填的是「/」（不适用），但年度目标「科技进步贡献率」要用这一行计算" in line, line
