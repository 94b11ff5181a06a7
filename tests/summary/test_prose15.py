"""prose15: the year-end summary reads as a person wrote it — the plan named by its own title
(qa14a F10), results against their growth/区间 targets (qa14b F5), bulletins without one frame
for every county (qa14b F6), figures said once."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.summary.docx_readback import rows_text

QA10 = Path(__file__).parent / "qa10_books"


def _summary_text(tmp_path: Path, book: Path) -> str:
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(book), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return rows_text(docx.Document(str(out)))


def _with_plan_name(tmp_path: Path, name: str) -> Path:
    book = tmp_path / "luoyang2008_full.xlsx"
    shutil.copy(QA10 / "luoyang2008_full.xlsx", book)
    wb = openpyxl.load_workbook(book)
    ws = wb["设置"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "工作意见名称":
            row[1].value = name
    wb.save(book)
    return book


def test_a_three_year_action_plan_is_named_by_its_own_title(tmp_path):
    text = _summary_text(tmp_path, _with_plan_name(tmp_path, "洛阳市科技创新三年行动方案（2008—2010年）"))
    opening = text.split("现将有关情况总结如下")[0]
    assert "紧紧围绕《洛阳市科技创新三年行动方案（2008—2010年）》的部署" in opening, opening
    assert "工作意见" not in opening and "年初确定的" not in opening, opening


def test_an_action_plan_and_a_yearly_plan_keep_their_words(tmp_path):
    (tmp_path / "a").mkdir()
    text = _summary_text(tmp_path / "a", _with_plan_name(tmp_path / "a", "《洛阳市科技强市行动计划》"))
    assert "紧紧围绕《洛阳市科技强市行动计划》的部署" in text, text.split("现将")[0]
    (tmp_path / "b").mkdir()
    text = _summary_text(tmp_path / "b", _with_plan_name(tmp_path / "b", "洛阳市2008年科技工作意见"))
    assert "紧紧围绕年初确定的全市科技工作意见" in text, text.split("现将")[0]


def test_a_missed_growth_is_said_against_its_target_once(tmp_path):
    book = tmp_path / "quanzhou2024.xlsx"
    shutil.copy(QA10 / "quanzhou2024.xlsx", book)
    text = _summary_text(tmp_path, book)
    body, problems = text.split("存在的问题")[0], text.split("存在的问题")[1].split("工作打算")[0]
    # qa14b F5: the result beside its target, not "增速低于年度目标2.3个百分点" without the 20%
    assert "研发投入277.2亿元，同比增长17.7%，低于20%的年度目标。" in body, body
    # said once: the problems name it without the figures again, by its 简称 (qa19 F4)
    assert "研发投入增速未达到年度目标。" in problems and "17.7" not in problems, problems


def test_county_bulletin_groups_indicators_with_one_verdict(sample_path):
    from kjreport.report import load_report
    from kjreport.summary.bulletin import build_county_bulletin

    report = load_report(sample_path)
    text = "\n".join(p.text for p in build_county_bulletin(report, "清河区").docx.paragraphs)
    # qa14b F6: not "A2家，与上年持平，并列全市第6位。……B1家，与上年持平，并列全市第2位。"
    assert ("市级工程技术研究中心2家、省级工程技术研究中心1家，均与上年持平，分别并列全市第6位和并列第2位。"
            in text), text
    assert text.count("与上年持平") == 5, text  # 10 sentences before (prose15)
    # the same rank for all: said once
    assert "均与上年持平，同居全市末位。" in text, text
