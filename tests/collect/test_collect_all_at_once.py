"""qa12 F18: ``kjreport collect`` lists every returned file's problems and every conflict in one run.

The copies come from ``tests.collect.qa12_returns`` (real workbooks typed with openpyxl); the
merge goes through ``python -m kjreport collect``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kjreport.collect import CollectError, collect
from kjreport.errors import CheckFailed
from tests.collect.qa12_returns import cell_of, master, returns
from tests.conftest import digest

ROOT = Path(__file__).resolve().parents[2]


def kjreport(*args: object, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "kjreport", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def books(sample_path, tmp_path_factory) -> tuple[Path, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("qa12_returns")
    base = master(folder, sample_path)
    return base, returns(base, folder)


def test_a_value_error_hides_no_conflict_and_two_returns_that_disagree_are_one(books):
    """qa12 F18: one file's 万元 slip was the only message; three conflicts (one of them between
    that file and the county's first return) appeared only in the next round, or never."""
    base, copies = books
    files = [copies[k] for k in ("西山县", "西山县二次", "柳桥县", "高新科")]
    before = {p: digest(p) for p in (base, *files)}
    result = kjreport("collect", base, *files, "--dry-run", cwd=base.parent)
    err = result.stderr
    assert result.returncode == 1, result.stdout + err
    assert "报送文件有 1 处错误、3 处数值不一致，汇总表 2012年汇总.xlsx 未合并任何数据" in err, err
    assert "工作簿有" not in err  # the error is in a returned file, not the workbook
    rd = cell_of(base, "县区数据", "西山县", "全社会R&D经费支出")
    assert f"[错误] 西山县（二次报送）.xlsx 工作表「县区数据」 单元格 {rd}：「西山县」的「全社会R&D经费支出」为 16800000万元" in err
    assert (f"西山县 的「全社会R&D经费支出」不一致：汇总表 {rd} 为空，西山县.xlsx 单元格 {rd} 为 1680，"
            f"西山县（二次报送）.xlsx 单元格 {rd} 为 16800000（西山县（二次报送）.xlsx 单元格 {rd} 已在上面报错）") in err
    assert "柳桥县 的「全社会R&D经费支出」不一致" in err and "柳桥县.xlsx 单元格" in err and "为 6300" in err
    assert "一区五园高新技术产业产值 的「上年数」不一致" in err and "高新科.xlsx 单元格" in err and "为 400" in err
    assert "Traceback" not in err and "各报送文件合并内容" not in result.stdout
    assert {p: digest(p) for p in before} == before


def test_a_name_error_hides_no_conflict(books):
    """qa12 F18: 「丰城」 for 丰城市 was the only message; the value conflicts waited for the next round."""
    base, copies = books
    files = [copies[k] for k in ("西山县简称", "柳桥县", "高新科")]
    before = digest(base)
    result = kjreport("collect", base, *files, cwd=base.parent)
    err = result.stderr
    assert result.returncode == 1, result.stdout + err
    assert "报送文件有 1 处错误、2 处数值不一致" in err, err
    assert "「西山」不是汇总表中的县区；是否为「西山县」" in err
    assert "柳桥县 的「全社会R&D经费支出」不一致" in err and "一区五园高新技术产业产值 的「上年数」不一致" in err
    assert digest(base) == before


def test_the_library_error_is_both_a_check_failure_and_a_collect_error_with_the_plan(books):
    base, copies = books
    with pytest.raises(CheckFailed) as info:
        collect(base, [copies["西山县"], copies["西山县二次"], copies["柳桥县"]], dry_run=True)
    exc = info.value
    assert isinstance(exc, CollectError) and exc.plan is not None
    assert len(exc.problems) == 1 and len(exc.plan.conflicts) == 2
    assert {(c.sheet, c.row) for c in exc.plan.conflicts} == {("县区数据", "西山县"), ("县区上年数据", "柳桥县")}


def test_errors_alone_keep_the_plain_list(books):
    """No conflict: the heading counts the errors only and says nothing of --prefer."""
    base, copies = books
    result = kjreport("collect", base, copies["西山县二次"], cwd=base.parent)
    assert result.returncode == 1
    assert "报送文件有 1 处错误，汇总表 2012年汇总.xlsx 未合并任何数据" in result.stderr, result.stderr
    assert "--prefer" not in result.stderr
