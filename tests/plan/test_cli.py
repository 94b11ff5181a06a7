"""``kjreport plan show|import`` through the real click entry point and real files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.errors import Problem
from kjreport.workbook.schema import PLAN, TARGETS
from kjreport.workbook.tables import read_table
from kjreport.workbook.xlsx import XlsxFile
from tests.helpers import cli

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "市科技局全年工作意见.txt"
BEIHU = FIXTURES / "北湖市2012年科技工作意见_utf8bom.txt"
HAS_WRITER = importlib.util.find_spec("kjreport.workbook.writer") is not None
needs_seed = pytest.mark.skipif(not SEED.exists(), reason=f"seed plan not found at {SEED}")


def read_back(path: Path):
    """Return (plan table, targets table, problems) read with the project's own workbook reader."""
    book = XlsxFile(path)
    try:
        problems: list[Problem] = []
        plan = read_table(path.name, book.read_sheet(PLAN.name), PLAN, problems)
        targets = read_table(path.name, book.read_sheet(TARGETS.name), TARGETS, problems)
    finally:
        book.close()
    return plan, targets, problems


@needs_seed
def test_show_prints_tree_and_targets_without_writing(tmp_path):
    result = cli("plan", "show", str(SEED))
    assert result.exit_code == 0, result.output
    assert "量化目标（34 项）" in result.output
    assert "加快建设“一区五园”" in result.output
    assert "已忽略 4 行" in result.output
    assert list(tmp_path.iterdir()) == []


@needs_seed
def test_import_creates_a_new_workbook_the_reader_accepts(tmp_path):
    book = tmp_path / "2011.xlsx"
    result = cli("plan", "import", str(SEED), str(book))
    assert result.exit_code == 0, result.output
    assert "已新建工作簿" in result.output
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["工作意见", "目标任务"]
    assert [c.value for c in wb["工作意见"][1]] == [c.header for c in PLAN.columns]
    header = [c.value for c in wb["目标任务"][1]]
    assert header[: len(TARGETS.columns)] == [c.header for c in TARGETS.columns]
    assert {"比较", "目标类型", "争取值", "区间上限"} <= set(header)  # issue 9 optional columns
    rows = list(wb["目标任务"].iter_rows(min_row=2, values_only=True))
    assert rows[0][:6] == ("高新技术产业产值", 800, "亿元", "≥", "总、一.4", "高新科")
    assert len(rows) == 34
    plan, targets, problems = read_back(book)
    assert problems == []
    assert len(plan.rows) == 40 and plan.rows[0].values["编号"] == "总"
    assert [r.values["指标"] for r in targets.rows][:2] == [
        "高新技术产业产值",
        "高新技术产业产值占规模以上工业总产值比重",
    ]
    assert targets.rows[1].values["目标值"] == 26.5


@needs_seed
def test_dry_run_writes_nothing(tmp_path):
    book = tmp_path / "2011.xlsx"
    result = cli("plan", "import", str(SEED), str(book), "--dry-run")
    assert result.exit_code == 0
    assert "试运行" in result.output and not book.exists()


def test_import_prints_unmapped_and_unplaced_lines(tmp_path):
    result = cli("plan", "import", str(BEIHU), str(tmp_path / "b.xlsx"))
    assert result.exit_code == 0, result.output
    # issue 9: what used to be "unmapped" is a target now — a reported indicator named from
    # the text, or a 新增 / 增速 target of a built-in one
    assert "专利申请量（上报指标）" in result.output
    assert "│ 高新技术企业" in result.output and "新增" in result.output
    assert "财政科技投入（上报指标）" in result.output and "增速" in result.output
    assert "未能读懂" not in result.output
    assert "第16行：条目编号不连续" in result.output


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (b"", "empty.txt", "是空文件"),
        (b"%PDF-1.5\n", "scan.pdf", "无法作为 PDF 读取"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old.doc", "另存为 .docx"),
    ],
)
def test_bad_inputs_end_in_one_chinese_message(tmp_path, content, name, expected):
    plan = tmp_path / name
    plan.write_bytes(content)
    result = CliRunner().invoke(main, ["plan", "import", str(plan), str(tmp_path / "x.xlsx")])
    assert result.exit_code == 1
    assert (
        result.output.startswith("错误：") and expected in result.output and name in result.output
    )
    assert "Traceback" not in result.output
    assert not (tmp_path / "x.xlsx").exists()


def test_missing_folder_for_new_workbook(tmp_path):
    result = CliRunner().invoke(
        main, ["plan", "import", str(BEIHU), str(tmp_path / "无此文件夹" / "b.xlsx")]
    )
    assert result.exit_code == 1 and "不存在" in result.output


def test_help_is_chinese():
    for args in (["plan", "--help"], ["plan", "import", "--help"], ["plan", "show", "--help"]):
        result = cli(*args)
        assert result.exit_code == 0 and "工作意见" in result.output


@pytest.mark.skipif(
    not HAS_WRITER, reason="kjreport.workbook.writer (lossless writer) not in the tree yet"
)
def test_import_into_existing_workbook_keeps_other_sheets(tmp_path):
    book = tmp_path / "2012.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "设置"
    wb["设置"].append(["项目", "值"])
    wb["设置"].append(["年度", 2012])
    old = wb.create_sheet("工作意见")
    old.append(["编号", "层级", "标号", "标题", "正文"])
    old.append(["旧", "部分", "一、", "去年的结构", ""])
    wb.save(book)

    result = cli("plan", "import", str(BEIHU), str(book))
    assert result.exit_code == 0, result.output
    assert "其余内容未改动" in result.output and "备份" in result.output
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames[:2] == ["设置", "工作意见"] and "目标任务" in wb.sheetnames
    assert [c.value for c in wb["设置"][2]] == ["年度", 2012]
    plan, targets, problems = read_back(book)
    assert problems == []
    assert [r.values["编号"] for r in plan.rows][:3] == ["总", "一", "一.1"]
    assert len(targets.rows) == 20  # issue 9: reported, 新增 and 增速 targets too
    backups = list((tmp_path / ".kjreport-backup").iterdir())
    assert len(backups) == 1
    assert openpyxl.load_workbook(backups[0])["工作意见"]["A2"].value == "旧"
