"""Workbooks like the QA9 testers' (湖州 2024, 宜春 2025): a blank ``kjreport init`` workbook
whose sheets are replaced by the rows a test gives (header first), for tests that run the CLI."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.helpers import fill_settings

SETTINGS = {"城市名称": "湖州市", "单位名称": "湖州市科学技术局", "年度": 2024, "报送月份": 12,
            "成文日期": "2024年12月20日"}

COUNTY_HEADER = ["县区", "类型", "高新技术企业（家）", "全社会R&D经费支出（亿元）", "地区生产总值（亿元）"]
COUNTIES = [["吴兴区", "区", 95, 31.2, 935.3], ["南浔区", "区", 43, 20.4, 612.5], ["德清县", "县", 50, 27.9, 702.8],
            ["长兴县", "县", 60, 33.6, 968.4], ["安吉县", "县", 42, 18.7, 621.9]]
COUNTIES_LAST = [["吴兴区", "区", 88, 29.0, 924.9], ["南浔区", "区", 40, 19.1, 590.2], ["德清县", "县", 46, 25.8, 672.1],
                 ["长兴县", "县", 55, 31.0, 931.6], ["安吉县", "县", 39, 17.2, 596.4]]
TARGET_HEADER = ["指标", "目标值", "单位", "比较", "所属条目", "责任科室", "原文", "目标类型"]
DEPT_HEADER = ["科室", "指标", "单位", "本年数", "上年数", "口径", "备注"]
PLAN = [["编号", "层级", "标号", "标题", "正文"], ["总", "总", None, "主要任务目标", None],
        ["一", "部分", "一、", "重点指标", None], ["一.1", "条", "1.", "主要指标", "全年争创全省重点实验室2家。"]]
MONTH_HEADER = ["指标", "单位"] + [f"{m}月" for m in range(1, 13)]


def workbook(tmp_path: Path, sheets: dict[str, list[list]], settings: dict | None = None,
             name: str = "湖州2024.xlsx") -> Path:
    """Return a workbook made by ``kjreport init`` whose sheets named in ``sheets`` hold the rows
    given (header first) and whose 设置 holds ``SETTINGS`` updated by ``settings``."""
    out = tmp_path / name
    made = CliRunner().invoke(main, ["init", "--year", str((settings or SETTINGS).get("年度", 2024)), str(out)])
    assert made.exit_code == 0, made.output
    book = openpyxl.load_workbook(out)
    fill_settings(book, **{**SETTINGS, **(settings or {})})
    if "目标任务" in sheets and "工作意见" not in sheets:
        sheets = {"工作意见": PLAN, **sheets}
    for title, rows in sheets.items():
        sheet = book[title]
        sheet.delete_rows(1, sheet.max_row)
        for row in rows:
            sheet.append(row)
    book.save(out)
    return out

