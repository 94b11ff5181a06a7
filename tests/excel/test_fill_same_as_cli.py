"""计算指标 in Excel writes exactly what ``kjreport fill`` writes into the file: every cell of
指标结果 and 进度, on the sample and on a province-shaped workbook (ledgers, many counties).
A second click on the same figures writes nothing (the sheets already hold them)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kjreport.workbook.schema import PROGRESS_SHEET, RESULTS_SHEET
from tests.conftest import make_province
from tests.excel.remote import (
    alerts,
    apply_actions,
    needs_remote,
    payload_from_xlsx,
    remote_book,
    sheet_values,
)

pytestmark = needs_remote
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "sample2011.xlsx"


@pytest.fixture(scope="module", params=["sample", "province"])
def workbook(request, tmp_path_factory) -> Path:
    if request.param == "sample":
        if not SAMPLE.exists():
            pytest.skip("samples/sample2011.xlsx is missing: run python samples/make_sample.py")
        return SAMPLE
    return make_province(tmp_path_factory.mktemp("province") / "province.xlsx", 40, 3, 4000)


def _stored(grid: list[list[object]]) -> list[list[object]]:
    """Return a sheet's cells as Excel keeps them: blank as None, no blank right or bottom edge."""
    rows = []
    for row in grid:
        cells = [None if v == "" else v for v in row]
        while cells and cells[-1] is None:
            cells.pop()
        rows.append(cells)
    while rows and not rows[-1]:
        rows.pop()
    return rows


def _same(got: list[list[object]], want: list[list[object]]) -> None:
    assert len(got) == len(want)
    for i, (a, b) in enumerate(zip(got, want, strict=True)):
        assert a == b, (i, a, b)  # numbers exactly equal (Excel keeps ints as floats: 3 == 3.0)
        assert [type(v) is str for v in a] == [type(v) is str for v in b], i


def test_ribbon_writes_what_the_cli_writes(workbook, tmp_path):
    from kjreport.excel import fill
    from kjreport.fill import fill_source

    copy = Path(shutil.copy(workbook, tmp_path / workbook.name))
    fill_source(copy)  # what ``kjreport fill`` does
    on_file = payload_from_xlsx(copy)

    payload = payload_from_xlsx(workbook)
    book = remote_book(payload)
    outcome = fill.main(book)
    assert outcome is not None and outcome.ok, alerts(book.json()["actions"])
    in_excel = apply_actions(payload, book.json()["actions"])
    for name in (RESULTS_SHEET, PROGRESS_SHEET):
        written = _stored(sheet_values(in_excel, name))
        assert len(written) > 10
        _same(written, _stored(sheet_values(on_file, name)))
    # a cell never goes to the engine as anything but a plain value
    for action in book.json()["actions"]:
        if action["func"] == "setValues":
            assert {type(v) for row in action["values"] for v in row} <= {str, float, int, bool}

    again = remote_book(in_excel)
    assert fill.main(again) is not None
    actions = again.json()["actions"]
    assert [a for a in actions if a["func"] in ("setValues", "sheetClearContents", "setRangeColor")
            if a["sheet_position"] in _positions(in_excel)] == []  # the same figures: nothing rewritten
    after = apply_actions(in_excel, actions)
    for name in (RESULTS_SHEET, PROGRESS_SHEET):
        assert sheet_values(after, name) == sheet_values(in_excel, name)


def test_a_changed_figure_is_written_again(tmp_path):
    """When a figure changed since the last click, the sheets are cleared and written anew."""
    from kjreport.excel import fill

    if not SAMPLE.exists():
        pytest.skip("samples/sample2011.xlsx is missing: run python samples/make_sample.py")
    payload = payload_from_xlsx(SAMPLE)
    book = remote_book(payload)
    fill.main(book)
    filled = apply_actions(payload, book.json()["actions"])
    results = next(s for s in filled["sheets"] if s["name"] == RESULTS_SHEET)
    results["values"][1][2] = 12345.0  # a stale figure in 指标结果 (the first result's 本年)
    results["values"].append(["用户写的备注"])  # and a note below the table
    book = remote_book(filled)
    fill.main(book)
    funcs = [(a["func"], a["sheet_position"]) for a in book.json()["actions"]]
    position = [s["name"] for s in filled["sheets"]].index(RESULTS_SHEET)
    assert ("sheetClearContents", position) in funcs and ("setValues", position) in funcs
    after = apply_actions(filled, book.json()["actions"])
    # rewritten as at the first click (the note is cleared with the rest, as before)
    first = apply_actions(payload, _first_actions(payload))
    assert _stored(sheet_values(after, RESULTS_SHEET)) == _stored(sheet_values(first, RESULTS_SHEET))


def _first_actions(payload: dict) -> list[dict]:
    from kjreport.excel import fill

    book = remote_book(payload)
    fill.main(book)
    return book.json()["actions"]


def _positions(payload: dict) -> set[int]:
    """Return the sheet positions of 指标结果 and 进度 in ``payload``."""
    names = [s["name"] for s in payload["sheets"]]
    return {names.index(RESULTS_SHEET), names.index(PROGRESS_SHEET)}
