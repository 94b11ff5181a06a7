"""qa10 F10: the year-end count typed into a 科室数据 row that a 新增 target reads as the increment
(新增高新技术企业 215 against a target of 50 and last year's 48) is an error at the cell asking
whether the total was typed — unless the 备注 explains it (then a 提示)."""

from __future__ import annotations

from kjreport.report import check_source
from tests.checks.test_figures_fit import cli_check
from tests.indicators.test_reported_workbook import edit, target

NEW = target("新增高新技术企业", 50, "家", 条目="一", 科室="高新科", 类型="新增")


def _row(value, last, note=None):
    def change(wb):
        ws = wb["科室数据"]
        ws.append(["高新科", "新增高新技术企业", "家", value, last, "可比", note])
    return change


def _problems(path):
    return [p for p in check_source(path) if "可能填的是年末总数" in p.found]


def test_a_total_in_a_new_count_row_is_an_error(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "s.xlsx", NEW, _row(215, 48))
    result = cli_check(path)
    assert result.exit_code == 1
    [p] = _problems(path)
    assert p.severity == "错误" and p.sheet == "科室数据"
    assert p.found == ("「新增高新技术企业」本年数 215家 是年度目标（新增50家）的 4.3 倍、上年新增数 48家 的 4.5 倍，"
                       "可能填的是年末总数")
    assert "本年年末总数减上年年末总数" in p.expected
    assert "同比增长 348%" not in result.output  # one message for the cell


def test_a_note_makes_it_a_hint(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "n.xlsx", NEW, _row(215, 48, "含整体迁入企业160家"))
    [p] = _problems(path)
    assert p.severity == "提示" and "备注已注明「含整体迁入企业160家」" in p.expected


def test_a_strong_year_close_to_last_years_pace_is_fine(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "f.xlsx", NEW, _row(215, 180))
    assert not _problems(path)
    path = edit(sample_path, tmp_path / "g.xlsx", NEW, _row(120, 48))
    assert not _problems(path)


def _rows(*rows):
    def change(wb):
        for row in rows:
            wb["科室数据"].append(["高新科", *row])
    return change


def _disagree(path):
    return [p for p in check_source(path) if "年末总数减上年年末总数" in p.expected and "之差为" in p.found]


def test_a_net_increase_unlike_the_two_stocks_is_an_error(sample_path, tmp_path):
    """qa10 F21: 净增 250 beside 1312 and 1099 (213) — the summary would print both in one sentence."""
    path = edit(sample_path, tmp_path / "i.xlsx",
                _rows(("净增众创空间", "个", 250, 187), ("众创空间", "个", 1312, 1099)))
    [p] = _disagree(path)
    assert p.severity == "错误" and p.sheet == "科室数据"
    assert "「净增众创空间」本年数 250个，而「众创空间」本年数 1312、上年数 1099" in p.found
    assert p.expected.startswith("净增数应等于本年年末总数减上年年末总数（213个）")


def test_new_counts_may_exceed_the_net_increase_but_not_fall_below_it(sample_path, tmp_path):
    fine = edit(sample_path, tmp_path / "f.xlsx", _rows(("新增众创空间", "个", 250, 187), ("众创空间", "个", 1312, 1099)))
    assert not _disagree(fine)
    low = edit(sample_path, tmp_path / "l.xlsx", _rows(("新增众创空间", "个", 200, 187), ("众创空间", "个", 1312, 1099)))
    [p] = _disagree(low)
    assert p.expected.startswith("新增数不应小于本年年末总数减上年年末总数（213个）")
