"""qa18: a new 江苏 bureau (宿迁市, 2023) makes its year-end progress bulletin."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli_output
from tests.qa18_book import suqian_book


def test_a_note_on_the_workbook_is_printed_once(tmp_path: Path) -> None:
    """qa18 F3: `kjreport progress` printed the 提示 on 「月度数据」 (listed, with no month filled)
    before and again after 「已生成进度通报」: the progress inputs' problems are among the workbook's."""
    out = cli_output("progress", suqian_book(tmp_path))
    assert "已生成进度通报" in out
    assert out.count("工作表「月度数据」") == 1, out
