"""ExcelBook and the message layer on xlwings' remote engine: what is read, what is written,
and what the user is told."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kjreport.errors import Problem, WorkbookError
from kjreport.excel.book import ExcelBook
from kjreport.excel.messages import LOG_HEADER, LOG_SHEET, Outcome, run_button
from kjreport.workbook.source import WorkbookSource
from tests.excel.remote import alerts, apply_actions, needs_remote, remote_book, sheet_values

pytestmark = needs_remote


def payload(*sheets: tuple[str, list[list[object]]]) -> dict:
    import xlwings as xw

    return {
        "client": "Office.js",
        "version": xw.__version__,
        "book": {"name": "测试.xlsx", "active_sheet_index": 0, "selection": "A1"},
        "names": [],
        "sheets": [{"name": n, "values": v, "pictures": [], "tables": []} for n, v in sheets],
    }


DATA = payload(
    (
        "数据",
        [
            ["", "", ""],
            ["", "县区", "产值"],
            ["", "甲县", 12.5],
            ["", "乙县", "#DIV/0!"],
            ["", "", ""],
        ],
    ),
    ("设置", [["年度", 2011], ["成文日期", "2011-12-20T00:00:00.000Z"]]),
)


def test_reads_the_used_range_without_blank_border_and_keeps_errors_as_text():
    src = ExcelBook(remote_book(DATA))
    assert isinstance(src, WorkbookSource)
    assert src.label == "测试.xlsx" and src.sheet_names() == ["数据", "设置"]
    data = src.read_sheet("数据")
    assert (data.first_row, data.first_col) == (2, 2)
    assert data.rows == [["县区", "产值"], ["甲县", 12.5], ["乙县", "#DIV/0!"]]
    assert data.merged == [] and data.uncached == []
    settings = src.read_sheet("设置").rows
    assert settings == [["年度", 2011.0], ["成文日期", dt.date(2011, 12, 20)]]
    assert isinstance(settings[0][1], float)


def test_raw_values_of_either_engine_read_as_xlwings_value_would():
    """The one-pass conversion of ``raw_value``: COM (pywin32) and remote (JSON) forms."""
    from kjreport.excel.book import _plain_rows

    class PyTime(dt.datetime):  # pywintypes' datetime: a datetime subclass with a time zone
        pass

    utc = dt.timezone.utc
    com = [
        (None, 1.5, "", "甲县", True),
        (-2146826281, -2146826246, 7, PyTime(2011, 12, 20, tzinfo=utc), PyTime(2011, 12, 20, 8, 30, tzinfo=utc)),
        (1.0, 2.0, None, False, 3.0),
    ]
    assert _plain_rows(com, remote=False) == [
        [None, 1.5, None, "甲县", True],
        ["#DIV/0!", "#N/A", 7.0, dt.date(2011, 12, 20), dt.datetime(2011, 12, 20, 8, 30)],
        [1.0, 2.0, None, False, 3.0],
    ]
    assert type(_plain_rows(com, remote=False)[1][3]) is dt.date
    remote = [
        ["", 2011, 1.5, "甲县", "#REF!"],
        ["2011-12-20T00:00:00.000Z", "2011-12-20T08:30:00.000Z", "2011-12-20T", "T", True],
        [-2146826281, 0, "", "", ""],
    ]
    assert _plain_rows(remote, remote=True) == [
        [None, 2011.0, 1.5, "甲县", "#REF!"],
        [dt.date(2011, 12, 20), dt.datetime(2011, 12, 20, 8, 30), "2011-12-20T", "T", True],
        [-2146826281.0, 0.0, None, None, None],  # an int is a number here, never an error code
    ]
    rows = _plain_rows(remote, remote=True)
    assert type(rows[0][1]) is float and type(rows[1][4]) is bool


def test_a_big_remote_sheet_converts_column_by_column_as_cell_by_cell():
    """From 64 rows a remote sheet is converted by column: the same values and types as the
    cell-by-cell conversion, whatever a column mixes (headers, blanks, dates, digits, ":")."""
    from kjreport.excel.book import _plain_rows

    def one(v):  # the remote engine's cell, as the .xlsx reader gives it
        if v == "" and type(v) is str:
            return None
        if type(v) is int:
            return float(v)
        if type(v) is str and len(v) > 10 and v[10] == "T" and v.endswith("Z"):
            when = dt.datetime.fromisoformat(v[:-1])
            return when.date() if when.time() == dt.time(0) else when
        return v

    n = 80
    columns = [
        ["年度", *([2011, 2010] * n)[: n - 1]],  # a header above integers
        ["项目名称", *[f"项目{i}" for i in range(n - 1)]],  # texts
        [*[f"{i}号" for i in range(n - 1)], "12:30"],  # texts starting with digits, one ":"
        ["认定日期", *(["2011-12-20T00:00:00.000Z", "2011-12-20T08:30:00.000Z"] * n)[: n - 1]],
        ["经费", *([3, "", 1.5] * n)[: n - 1]],  # numbers with blanks
        [*([True, 2.5, False] * n)[:n]],
        ["", "", *[1.0] * (n - 2)],  # two blank cells above floats
        [*["甲县"] * (n - 1), ""],  # a blank at the bottom of a text column
    ]
    raw = [list(r) for r in zip(*columns, strict=True)]
    got = _plain_rows(raw, remote=True)
    want = [[one(v) for v in row] for row in raw]
    assert got == want
    assert [[type(v) for v in row] for row in got] == [[type(v) for v in row] for row in want]
    assert got[1][3] == dt.date(2011, 12, 20) and got[2][3] == dt.datetime(2011, 12, 20, 8, 30)
    assert got[1][0] == 2011.0 and got[2][4] is None and got[-1][2] == "12:30"


def test_a_big_sheet_also_comes_by_column_and_reads_as_a_table_the_same():
    """A big remote sheet gives its cells by column too (trimmed like its rows), and a ledger
    read from them is the same as one read from the rows alone."""
    from dataclasses import replace

    from kjreport.workbook import schema
    from kjreport.workbook.tables import read_table

    header = ["", "年度", "项目名称", "承担单位", "县区", "项目类别", "级别", "经费", "责任科室", ""]
    body = [["", 2011 - i % 2, f"项目{i}", f"单位{i % 7}", "甲县", "科技计划项目", "省级",
             "" if i % 9 == 0 else i * 1.5, "计划科", ""] for i in range(90)]
    body[40][7] = "很多"  # a bad number: the careful path reports it
    rows = [[""] * 10, header, *body, [""] * 10]
    data = ExcelBook(remote_book(payload(("项目台账", rows)))).read_sheet("项目台账")
    assert (data.first_row, data.first_col, len(data.rows)) == (2, 2, 91)
    assert data.columns is not None
    assert [list(c) for c in data.columns] == [list(c) for c in zip(*data.rows, strict=True)]
    # the rows (made from the columns when looked at) are those of the cell-by-cell conversion
    from kjreport.excel.book import _plain_rows, _trimmed

    by_cell = _trimmed("项目台账", [_plain_rows([r], remote=True)[0] for r in rows], 1, 1).rows
    assert data.rows == by_cell and list(data.rows) == by_cell and len(data.rows) == len(by_cell)
    assert data.rows[0] == by_cell[0] and data.rows[-1] == by_cell[-1] and data.rows[41] == by_cell[41]
    assert data.rows[1:4] == by_cell[1:4] and list(data.rows[89:200]) == by_cell[89:200]
    assert data.rows[::30] == by_cell[::30] and data.rows[5:2] == []
    with pytest.raises(IndexError):
        data.rows[91]
    spec = next(s for s in schema.DATA_SHEETS if s.name == "项目台账")
    found: list[Problem] = []
    plain: list[Problem] = []
    table = read_table("x.xlsx", data, spec, found)
    alone = read_table("x.xlsx", replace(data, columns=None), spec, plain)
    assert found == plain and [str(p) for p in found] == [str(p) for p in plain]
    assert any("H43" in str(p) for p in found)
    assert [r.values for r in table.rows] == [r.values for r in alone.rows]
    assert len(table.rows) == 90


def test_write_sheet_adds_a_sheet_at_the_end_in_one_assignment():
    book = remote_book(DATA)
    note = ExcelBook(book).write_sheet("指标结果", [["指标", "本年"], ["专利", 310.0, "超额"]])
    actions = book.json()["actions"]
    assert [a["func"] for a in actions] == ["addSheet", "setValues"]
    assert actions[0]["args"] == [2, "指标结果"]
    assert actions[1]["values"] == [["指标", "本年", ""], ["专利", 310.0, "超额"]]
    assert "尚未保存" in note
    after = apply_actions(DATA, actions)
    assert sheet_values(after, "数据") == sheet_values(DATA, "数据")  # other sheets untouched
    assert ExcelBook(remote_book(after)).read_sheet("指标结果").rows[1] == ["专利", 310.0, "超额"]


def test_write_sheet_clears_an_existing_sheet_first():
    start = apply_actions(DATA, [{"func": "addSheet", "args": [2, "指标结果"]}])
    start["sheets"][2]["values"] = [["旧"] * 5] * 9
    book = remote_book(start)
    ExcelBook(book).write_sheet("指标结果", [["新"]])
    actions = book.json()["actions"]
    assert [a["func"] for a in actions] == ["sheetClearContents", "setValues"]
    assert ExcelBook(remote_book(apply_actions(start, actions))).read_sheet("指标结果").rows == [
        ["新"]
    ]


def test_an_expected_error_becomes_a_message_box_and_log_lines():
    book = remote_book(DATA)
    problem = Problem("测试.xlsx", "县区数据", "C5", "“十二”不是数字", "请填写数字")

    def action(source):
        raise WorkbookError(problem)

    assert run_button("计算指标", book, action) is None
    actions = book.json()["actions"]
    [box] = alerts(actions)
    assert "计算指标未完成" in box and "县区数据" in box and "C5" in box
    assert next(a for a in actions if a["func"] == "alert")["args"][3] == "critical"
    log = sheet_values(apply_actions(DATA, actions), LOG_SHEET)
    assert log[0] == LOG_HEADER
    assert log[1][1:3] == ["计算指标", "有问题"] and "C5" in log[1][3]


def test_log_lines_are_appended_below_earlier_runs():
    book = remote_book(DATA)
    run_button("校验数据", book, lambda s: Outcome("校验通过。"))
    first = apply_actions(DATA, book.json()["actions"])
    book = remote_book(first)
    run_button("校验数据", book, lambda s: Outcome("第二次。", ["提示一", "提示二"]))
    log = sheet_values(apply_actions(first, book.json()["actions"]), LOG_SHEET)
    assert [r[3] for r in log] == ["说明", "校验通过。", "第二次。", "提示一", "提示二"]
    assert [r[2] for r in log[1:3]] == ["完成", "完成"]


def test_an_unexpected_error_is_one_chinese_sentence_with_the_traceback_in_a_file(
    monkeypatch, tmp_path
):
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    book = remote_book(DATA)

    def action(source):
        return 1 / 0

    assert run_button("生成总结", book, action) is None
    [box] = alerts(book.json()["actions"])
    assert box.startswith("生成总结失败：程序内部错误（ZeroDivisionError）")
    assert "Traceback" not in box
    log = tmp_path / ".kjreport" / "last-error.log"
    assert "ZeroDivisionError" in log.read_text(encoding="utf-8")


def test_a_long_problem_list_is_cut_in_the_box_but_complete_in_the_log():
    from kjreport.errors import CheckFailed

    problems = [Problem("测试.xlsx", "县区数据", f"C{i}", "空", "请填写") for i in range(2, 32)]
    book = remote_book(DATA)

    def action(source):
        raise CheckFailed(problems)

    run_button("校验数据", book, action)
    [box] = alerts(book.json()["actions"])
    assert "30 处错误" in box and "其余 18 条" in box
    log = sheet_values(apply_actions(DATA, book.json()["actions"]), LOG_SHEET)
    assert len(log) == 1 + 1 + 30


def test_the_box_lists_every_error_before_the_hints():
    """qa10b F6: with 12 lines in the box, a hint never pushes an error into 运行日志."""
    from kjreport.errors import CheckFailed

    hints = [Problem("测试.xlsx", "县区数据", f"C{i}", "同比变化大", "请核对", "提示") for i in range(2, 14)]
    error = Problem("测试.xlsx", "县区上年数据", "A7", "「柳桥县」在「县区数据」中没有对应的一行", "请补上")
    book = remote_book(DATA)

    def action(source):
        raise CheckFailed([*hints, error])

    run_button("校验数据", book, action)
    [box] = alerts(book.json()["actions"])
    assert "1 处错误" in box and "柳桥县" in box.split("……其余")[0]
    assert box.index("柳桥县") < box.index("同比变化大")
