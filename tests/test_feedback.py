"""Progress output: a line per ~10 % in a log, nothing extra for a small workbook."""

from __future__ import annotations

import io

from kjreport.feedback import LineProgress, loading, make_progress


def test_log_gets_a_line_every_tenth_and_the_last() -> None:
    out = io.StringIO()
    bar = make_progress(True, stream=out)  # StringIO is not a terminal
    assert isinstance(bar, LineProgress)
    with bar:
        task = bar.add_task("生成县区通报", total=25)
        for _ in range(25):
            bar.advance(task)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("生成县区通报：3/25（12%），已用 ") and "预计还需" in lines[0]
    assert lines[-1].startswith("生成县区通报：25/25（100%）") and "预计" not in lines[-1]
    assert len(lines) == 9  # 3, 6, …, 24 and 25


def test_disabled_progress_is_silent() -> None:
    out = io.StringIO()
    with make_progress(False, stream=out) as bar:
        bar.advance(bar.add_task("x", total=3))
    assert out.getvalue() == ""


def test_loading_message_only_for_a_big_workbook(tmp_path) -> None:
    small, big = tmp_path / "小.xlsx", tmp_path / "省级.xlsx"
    small.write_bytes(b"x" * 10)
    big.write_bytes(b"x" * 3_000_000)
    out = io.StringIO()
    with loading(small, stream=out):
        pass
    assert out.getvalue() == ""
    with loading(big, stream=out):
        pass
    first, second = out.getvalue().splitlines()
    assert first == "正在读取并校验 省级.xlsx（3.0 MB），请稍候……"
    assert second.startswith("已读取 省级.xlsx，用时 ")
