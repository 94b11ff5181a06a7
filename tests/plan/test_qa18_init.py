"""qa18: a new 江苏 bureau starts from the 宿迁市 plan, issued by the 市人民政府 with a 印发 notice."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.helpers import cli_output
from tests.qa18_book import PLAN


def test_a_plan_issued_by_the_government_is_not_said_to_name_no_issuer(tmp_path: Path) -> None:
    """qa18 F1: the plan's notice is signed 「宿迁市人民政府」; init said 「工作意见没有写明发文单位」,
    which the clerk, holding a notice with a signature, reads as the program not seeing it. The note
    says who issued it and that the bureau's name is the usual one, to be checked."""
    plan = tmp_path / "宿迁市国家创新型城市建设实施方案.txt"
    plan.write_bytes(PLAN.read_bytes())
    book = tmp_path / "宿迁市2023年科技工作.xlsx"
    out = cli_output("init", "--year", "2023", "--plan", plan, book)
    settings = {row[0]: row[1] for row in openpyxl.load_workbook(book)["设置"].iter_rows(values_only=True)}
    assert settings["单位名称"] == "宿迁市科学技术局"
    assert "没有写明发文单位" not in out
    assert "工作意见由宿迁市人民政府印发" in out
    assert "按惯例填为“宿迁市科学技术局”" in out
