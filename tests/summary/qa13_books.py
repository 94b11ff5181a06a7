"""The 同心县 2026 workbook qa13 filled the way an office would (init from the corpus plan, then
科室数据, 乡镇数据 and a 企业台账 with some 乡镇 having no 高新技术企业)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.conftest import clear_review_notes
from tests.helpers import fill_department, fill_settings

CORPUS = Path(__file__).parents[1] / "plan" / "corpus"
DEPARTMENT = {
    "全社会R&D经费投入": (1.05, 0.92), "高新技术企业": (10, 8), "科技型企业": (70, 61),
    "有研发活动的规上企业占比": (26.3, 22.1), "科技创新平台": (10, 8), "每万人口有效发明专利拥有量": (0.86, 0.72),
    "登记科技成果": (6, 5), "转移转化科技成果": (12, 14), "技术合同成交额": (0.62, 0.55),
    "县本级财政R&D投入": (0.105, 0.1),
}
# 乡镇: R&D 本年/上年, 技术合同成交额 本年/上年
TOWNS = [("豫海镇", 0.31, 0.27, 0.21, 0.18), ("河西镇", 0.12, 0.10, 0.06, 0.05), ("丁塘镇", 0.09, 0.08, 0.04, 0.05),
         ("韦州镇", 0.25, 0.22, 0.11, 0.09), ("下马关镇", 0.08, 0.07, 0.05, 0.04), ("预旺镇", 0.05, 0.05, 0.03, 0.03),
         ("王团镇", 0.06, 0.05, 0.04, 0.03), ("田老庄乡", 0.02, 0.02, 0.01, 0.01), ("马高庄乡", 0.02, 0.02, 0.02, 0.01),
         ("张家塬乡", 0.01, 0.01, 0.02, 0.02), ("兴隆乡", 0.03, 0.03, 0.03, 0.04)]


def tongxin_book(tmp_path: Path) -> Path:
    """Return the filled 同心县 2026 workbook (not yet through ``fill``)."""
    plan = tmp_path / "同心县科技创新高质量发展工作方案.txt"
    shutil.copy(CORPUS / "2026_tongxin_fangan.txt", plan)
    out = tmp_path / "同心县2026年科技工作.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2026", "--plan", str(plan), str(out)])
    assert run.exit_code == 0, run.output
    clear_review_notes(out)  # the office checks the flagged rows against the plan first
    book = openpyxl.load_workbook(out)
    fill_settings(book, 成文日期="2026年12月20日")
    fill_department(book, DEPARTMENT)
    for sheet, lag in (("乡镇数据", 0), ("乡镇上年数据", 1)):
        ws = book[sheet]
        ws.cell(1, 4, "技术合同成交额（亿元）")
        for i, town in enumerate(TOWNS, start=2):
            ws.cell(i, 1, town[0])
            ws.cell(i, 2, town[1 + lag])
            ws.cell(i, 4, town[3 + lag])
    ledger = book["企业台账"]
    for i in range(9):  # 高新技术企业 in the first five 乡镇 only: the others have none
        ledger.append([f"宁夏同心企业{i + 1}有限公司", TOWNS[i % 5][0], "高新技术企业", 2020 + i % 6, "否", 1.0, 1.0, 0.03])
    book.save(out)
    return out
