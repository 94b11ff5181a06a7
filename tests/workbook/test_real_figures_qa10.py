"""Two new bureaus' real plans through the CLI (sources in real_figures/SOURCES.md): 泉州 2024, whose only
county-level target is a growth rate, and the 洛阳 2023 sentence "净增…200家以上、总数突破1300家". Two of
these tests pinned qa10 findings (F0, F23) as strict xfails; both are fixed now."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import openpyxl
import pytest

from tests.helpers import cli

HERE = Path(__file__).parent / "real_figures"
QUANZHOU = HERE / "quanzhou2024_rd.xlsx"
LUOYANG_PLAN = HERE / "luoyang2023_plan.txt"


def _text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_quanzhou_loop_reports_the_growth_of_the_county_sums(tmp_path):
    book = tmp_path / QUANZHOU.name
    shutil.copy(QUANZHOU, book)
    assert cli("check", str(book)).exit_code == 0
    assert cli("fill", str(book)).exit_code == 0
    rows = {
        r[0]: r
        for r in openpyxl.load_workbook(book, data_only=True)["指标结果"].iter_rows(
            values_only=True
        )
    }
    assert rows["全社会R&D经费投入"][2] == pytest.approx(277.2)
    assert rows["全社会R&D经费投入"][3] == pytest.approx(235.54)
    out = tmp_path / "总结.docx"
    result = cli("docx", str(book), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "同比增长17.7%，低于20%的年度目标" in _text(out)  # against its target (qa14b F5)


def test_county_bulletins_judge_a_growth_target_by_growth(tmp_path):
    book = tmp_path / QUANZHOU.name
    shutil.copy(QUANZHOU, book)
    out = tmp_path / "通报"
    assert cli("docx", str(book), "--by", "县区", "-o", str(out)).exit_code == 0
    slowest = _text(out / "鲤城区2024年科技工作通报.docx")  # +14.2%, the slowest of 13, target +20%
    near_target = _text(out / "洛江区2024年科技工作通报.docx")  # +19.5%, smallest amount
    assert "继续保持良好势头" not in slowest
    assert "居末位" not in near_target


def test_a_total_after_a_net_increase_is_a_total_target(tmp_path):
    book = tmp_path / "洛阳2023.xlsx"
    result = cli("init", "--year", "2023", "--plan", str(LUOYANG_PLAN), str(book))
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(book)["目标任务"]
    header = [c.value for c in sheet[1]]
    rows = [
        dict(zip(header, r, strict=True))
        for r in sheet.iter_rows(min_row=2, values_only=True)
        if r[0]
    ]
    kinds = {(r["目标值"], r["目标类型"]) for r in rows}
    assert kinds == {(200, "净增"), (1300, "总量")}, rows
    assert {r["指标"] for r in rows} == {"高新技术企业"}, rows
