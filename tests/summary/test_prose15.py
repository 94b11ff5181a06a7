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
