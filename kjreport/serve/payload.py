"""Check a client's workbook payload (xlwings' remote format) before the engine sees it.

The engine trusts its input: a missing key or a ragged grid ends in a KeyError deep inside
xlwings. Here every shape problem becomes one Chinese sentence saying what was wrong.
"""

from __future__ import annotations

import json

from kjreport.errors import KjreportError

CELL_TYPES = (str, int, float, bool, type(None))


class PayloadError(KjreportError):
    """The request does not carry a workbook the buttons can work on."""


def parse_payload(body: bytes) -> dict:
    """Return the checked payload in ``body``, normalised for ``xlwings.Book(json=…)``.

    Clients other than Office.js must send the server's xlwings version; a WPS add-in built
    for another version still sends the same format, so the version is set here.
    """
    try:
        payload = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise PayloadError("收到的数据不是 UTF-8 编码的 JSON，无法读取工作簿") from exc
    except ValueError as exc:
        raise PayloadError(f"收到的数据不是有效的 JSON（{exc.msg}，第 {exc.pos} 个字符处）") from exc
    return check_payload(payload)


def check_payload(payload: object) -> dict:
    """Return ``payload`` checked and normalised; raise PayloadError naming the first problem."""
    import xlwings as xw

    if not isinstance(payload, dict):
        raise PayloadError("收到的数据不是工作簿（应为 JSON 对象）")
    book = payload.get("book")
    if not isinstance(book, dict) or not isinstance(book.get("name"), str) or not book["name"]:
        raise PayloadError("收到的数据中没有工作簿名称（book.name），请先打开要处理的工作簿")
    sheets = payload.get("sheets")
    if not isinstance(sheets, list) or not sheets:
        raise PayloadError(f"工作簿「{book['name']}」的数据中没有任何工作表（sheets）")
    seen = set()
    for i, sheet in enumerate(sheets, start=1):
        if not isinstance(sheet, dict) or not isinstance(sheet.get("name"), str):
            raise PayloadError(f"工作簿「{book['name']}」的第 {i} 个工作表没有名称")
        name = sheet["name"]
        if name in seen:
            raise PayloadError(f"工作簿「{book['name']}」中工作表名称「{name}」重复")
        seen.add(name)
        sheet["values"] = _grid(book["name"], name, sheet.get("values"))
        for key in ("pictures", "tables"):
            if not isinstance(sheet.setdefault(key, []), list):
                raise PayloadError(f"工作表「{name}」的 {key} 应为列表")
    active = book.get("active_sheet_index", 0)
    if not isinstance(active, int) or isinstance(active, bool) or not 0 <= active < len(sheets):
        active = 0
    book["active_sheet_index"] = active
    book.setdefault("selection", "A1")
    if not isinstance(payload.get("names", []), list):
        raise PayloadError("收到的数据中名称列表（names）格式不对，应为列表")
    payload.setdefault("names", [])
    answers = payload.get("kjreport_answers", {})
    if not isinstance(answers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in answers.items()
    ):
        raise PayloadError("收到的数据中对提问的回答（kjreport_answers）格式不对")
    client = payload.get("client")
    if not isinstance(client, str) or not client:
        raise PayloadError("收到的数据没有注明客户端（client）")
    if client != "Office.js":
        payload["version"] = xw.__version__
    return payload


def _grid(book: str, sheet: str, values: object) -> list[list[object]]:
    """Return ``values`` as a rectangular grid of plain cell values."""
    where = f"工作簿「{book}」工作表「{sheet}」"
    if not isinstance(values, list) or not all(isinstance(r, list) for r in values):
        raise PayloadError(f"{where}的单元格数据（values）应为按行排列的二维列表")
    width = max((len(r) for r in values), default=0)
    if not values or width == 0:
        return [[""]]
    grid = []
    for r, row in enumerate(values, start=1):
        for c, value in enumerate(row, start=1):
            if not isinstance(value, CELL_TYPES):
                raise PayloadError(
                    f"{where}第 {r} 行第 {c} 列的值无法识别（{type(value).__name__}），"
                    "应为文字、数字、逻辑值或空"
                )
        grid.append([("" if v is None else v) for v in row] + [""] * (width - len(row)))
    return grid
