"""QA round 7, documents through the real CLI on copies of the sample: small county figures keep
the precision typed, one precision per 附件2 column, and counties ranked apart never show the
same figure (F12)."""

from __future__ import annotations

import re
import zipfile

import docx

from tests.helpers import cli_ok
from tests.indicators.test_reported_workbook import edit
from tests.summary.docx_readback import body_text

# a 州's counties report R&D in 亿元 with three decimals (310万元 = 0.031亿元)
SMALL_RD = [0.121, 0.052, 0.041, 0.063, 0.031, 0.082, 0.030, 0.092, 0.071, 0.045]
SMALL_RD_LAST = [0.110, 0.046, 0.036, 0.055, 0.028, 0.071, 0.030, 0.080, 0.066, 0.040]


def _small_rd_in_yi(wb):
    for sheet, values in (("县区数据", SMALL_RD), ("县区上年数据", SMALL_RD_LAST)):
        ws = wb[sheet]
        col = next(c.column for c in ws[1] if str(c.value or "").startswith("全社会R&D经费支出"))
        ws.cell(1, col, "全社会R&D经费支出（亿元）")
        for row, v in enumerate(values, 2):
            ws.cell(row, col, v)


def _rank_columns(table):
    """Return (header, [(county, figure, rank)]) for each value column of 附件2."""
    rows = [[c.text for c in r.cells] for r in table.rows]
    headers, counties = rows[0], rows[2:]  # row 1 is the 全市 row, unranked
    return [(headers[i], [(r[0], r[i], r[i + 1]) for r in counties])
            for i in range(1, len(headers) - 1, 2) if headers[i + 1] == "位次"]


def test_small_county_figures_keep_their_digits_and_ranks_read_true(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "州2011.xlsx", _small_rd_in_yi)
    out = tmp_path / "总结.docx"
    cli_ok("docx", path, "-o", out, "--force")
    table = docx.Document(str(out)).tables[1]
    headers = [c.text for c in table.rows[0].cells]
    col = headers.index("全社会R&D经费投入（亿元）")
    figures = [r.cells[col].text for r in table.rows[1:]]
    assert figures == ["0.628"] + [f"{v:.3f}" for v in SMALL_RD], figures  # 全市 Σ, then as typed
    for header, cells in _rank_columns(table):
        decimals = {len(f.partition(".")[2]) for _, f, _ in cells if f != "—"}
        assert len(decimals) == 1, (header, cells)  # one precision per column
        shown: dict[str, str] = {}
        for county, figure, rank in cells:  # the same figure only at the same rank
            assert shown.setdefault(figure, rank) == rank, (header, county, figure, cells)
    # 图2 labels its bars as the table's first column shows them (75.0 beside 85.5, 0.031 …)
    first = [c.text for c in table.rows[0].cells][1]
    shown = {len(r.cells[1].text.partition(".")[2]) for r in table.rows[2:]}
    with zipfile.ZipFile(out) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("word/charts/")]
    chart = next(c for c in charts if "完成率" not in c and first.split("（")[0] in c)  # 图2
    fmt = re.search(r'<c:dLbls><c:numFmt formatCode="([^"]+)"', chart).group(1)
    assert shown == {len(fmt.partition(".")[2])}, (fmt, shown)
    cli_ok("docx", path, "--by", "县区", "-o", tmp_path / "通报")
    county = "凤城县"  # 0.031亿元, beside 南湖县's 0.030
    notice = next((tmp_path / "通报").glob(f"{county}*.docx"))
    text = body_text(notice).replace("\n", "")
    assert "全社会R&D经费投入310万元" in text, text  # below 0.1亿元 the text says 万元; the table too (qa16 F3)
    row = next(r for r in docx.Document(str(notice)).tables[0].rows
               if r.cells[0].text == "全社会R&D经费投入")
    assert [c.text for c in row.cells[1:3]] == ["万元", "310"], [c.text for c in row.cells]
    other = body_text(next((tmp_path / "通报").glob("南湖县*.docx"))).replace("\n", "")
    assert re.search(r"全社会R&D经费投入300万元，与上年持平", other), other
