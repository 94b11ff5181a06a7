"""须核对 at the command line: docx refuses while an item is unconfirmed; fill lists it in
「核对记录」; a mark 已核对 lets docx run; a changed figure needs a new mark; a draft proceeds
with the items on its first page (qa12 F16/F29)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import docx
import openpyxl

from tests.conftest import digest


def run(*args, cwd):
    result = subprocess.run([sys.executable, "-m", "kjreport", *map(str, args)], cwd=cwd,
                            capture_output=True, text=True, timeout=600)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def _book(sample_path, tmp_path, previous=102320):
    path = tmp_path / "book.xlsx"
    shutil.copy(sample_path, path)
    wb = openpyxl.load_workbook(path)
    wb["县区上年数据"]["D3"] = previous  # 丰源区 上年 R&D 10232 typed with an extra 0
    wb.save(path)
    return path


def _record(path):
    return [list(r) for r in openpyxl.load_workbook(path)["核对记录"].iter_rows(values_only=True)]


def _mark(path, row, mark):
    wb = openpyxl.load_workbook(path)
    wb["核对记录"][f"D{row}"] = mark
    wb.save(path)


def test_docx_refuses_until_confirmed_and_again_after_the_figure_changes(sample_path, tmp_path):
    path = _book(sample_path, tmp_path)
    before = digest(path)
    refused = run("docx", path, "--no-charts", "-o", tmp_path / "s.docx", cwd=tmp_path)
    assert refused.returncode == 1 and not (tmp_path / "s.docx").exists()
    out = refused.stdout + refused.stderr
    assert "有 1 处数据须核对，尚未确认，不能生成或发送正式文件" in out
    assert "[须核对] book.xlsx 工作表「县区数据」 单元格 D3：「丰源区」的「全社会R&D经费支出」同比下降" in out
    assert "在「核对记录」工作表该行的「核对结果」栏填「已核对」" in out
    assert digest(path) == before  # a refusal leaves the workbook as it was

    filled = run("fill", path, cwd=tmp_path)
    assert filled.returncode == 0 and "已列入「核对记录」工作表" in filled.stdout
    record = _record(path)
    assert record[0] == ["工作表", "单元格", "内容", "核对结果"]
    assert record[1][:2] == ["县区数据", "D3"] and record[1][3] is None

    _mark(path, 2, "已核对")
    checked = run("check", path, cwd=tmp_path)
    assert checked.returncode == 0 and "1 处须核对已确认" in checked.stdout
    made = run("docx", path, "--no-charts", "-o", tmp_path / "s.docx", cwd=tmp_path)
    assert made.returncode == 0, made.stdout + made.stderr
    assert "[须核对]" in made.stdout and "（已核对）" in made.stdout  # F29: the figures' notes are repeated

    wb = openpyxl.load_workbook(path)
    wb["县区上年数据"]["D3"] = 102330  # another wrong figure: the mark no longer counts
    wb.save(path)
    again = run("docx", path, "--no-charts", "-o", tmp_path / "s2.docx", cwd=tmp_path)
    assert again.returncode == 1 and "须核对" in again.stdout + again.stderr
    # nor is the summary made before the change mailed with this workbook's recipients
    mailed = run("send", tmp_path / "s.docx", "--recipients", path, "--dry-run", "--out", tmp_path / "eml",
                 cwd=tmp_path)
    assert mailed.returncode == 1 and "不能生成或发送正式文件" in mailed.stdout + mailed.stderr
    assert not list(tmp_path.glob("eml/*.eml"))
    assert run("fill", path, cwd=tmp_path).returncode == 0
    [row] = _record(path)[1:]
    assert row[3] is None  # the old mark went with the old figure


def test_a_draft_proceeds_and_lists_the_items_on_its_first_page(sample_path, tmp_path):
    path = _book(sample_path, tmp_path)
    made = run("docx", path, "--no-charts", "--draft", "-o", tmp_path / "d.docx", cwd=tmp_path)
    assert made.returncode == 0, made.stdout + made.stderr
    assert "只能生成草稿" in made.stdout
    texts = [p.text for p in docx.Document(tmp_path / "d.docx").paragraphs if p.text.strip()]
    at = next(i for i, t in enumerate(texts) if t.startswith("【草稿】以下 1 处数据须核对"))
    assert at <= 3 and "单元格 D3" in texts[at + 1]


def test_progress_refuses_too(sample_path, tmp_path):
    path = _book(sample_path, tmp_path)
    result = run("progress", path, "--no-charts", "-o", tmp_path / "p.docx", cwd=tmp_path)
    assert result.returncode == 1 and "须核对" in result.stdout + result.stderr
    assert not (tmp_path / "p.docx").exists()
