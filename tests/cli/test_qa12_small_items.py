"""qa12 F24, the smaller items: each named for what it is, through the CLI on real files.

- a CSV saved with .xlsx (in a Western code page, Chinese as 「?」) is 「CSV 文本」 like the .csv;
- the reason offered for a large 新增 fits the indicator (no 「含迁入企业」 for a loan);
- ``plan show`` does not pin 「总数达到740家」 on the 2个 platforms of a later clause;
- an error value cached for a link to another workbook (=[1]县区数据!B3) says it is a link.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.qa12_yichun import PLAN, yichun_book

FOUND_LINK = "是 Excel 错误值 #N/A（公式引用了另一个工作簿，该工作簿不在或未更新）"


def _run(*args: object) -> str:
    return CliRunner().invoke(main, [str(a) for a in args]).output


def test_a_csv_saved_as_xlsx_is_called_csv_text(tmp_path):
    path = tmp_path / "宜春2025_csv_renamed.xlsx"
    lines = ["??,?,??", "????,???,?:???", "??,2025,\"4???,? 2011\"", "????,12,1\x9612;???", "a,b,c"]
    path.write_bytes("\n".join(lines).encode("latin-1"))
    before = path.read_bytes()
    out = _run("check", path)
    assert "宜春2025_csv_renamed.xlsx：实际是 CSV 文本（只是扩展名为 .xlsx），不是 Excel 工作簿" in out, out
    assert "已损坏" not in out and path.read_bytes() == before


def test_a_loan_typed_with_its_balance_gets_a_reason_for_a_loan(tmp_path):
    book = yichun_book(tmp_path)
    wb = openpyxl.load_workbook(book)
    ws = wb["科室数据"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "新增“科贷通”贷款")
    row[3].value = 86.5  # the balance, not the year's new loans
    wb.save(book)
    out = _run("check", book)
    [line] = [x for x in out.splitlines() if "新增“科贷通”贷款」本年数 86.5亿元" in x]
    assert "含迁入企业" not in line and "（如“含一笔大额项目”）" in line, line


def test_the_stock_of_one_target_is_not_pinned_on_a_later_count():
    out = _run("plan", "show", PLAN)
    assert "总数达" not in out.replace("总数达到740家", ""), out


def test_an_error_cached_for_a_link_to_another_workbook_says_so(tmp_path):
    book = yichun_book(tmp_path)
    linked = tmp_path / "S102_external_link.xlsx"
    part = f"xl/worksheets/sheet{openpyxl.load_workbook(book).sheetnames.index('县区数据') + 1}.xml"
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(linked, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == part:
                data, n = re.subn(rb'<c r="B3"[^>]*>.*?</c>',
                                  "<c r=\"B3\" t=\"e\"><f>[1]县区数据!B3</f><v>#N/A</v></c>".encode(), data)
                assert n == 1
            dst.writestr(item, data)
    out = _run("check", linked)
    assert f"工作表「县区数据」 单元格 B3：{FOUND_LINK}；请在 Excel 中打开两个工作簿更新链接，或复制这些单元格后“选择性粘贴 › 数值”" in out, out
    plain = _run("check", Path(book))  # an ordinary #N/A keeps its own words
    assert FOUND_LINK not in plain
