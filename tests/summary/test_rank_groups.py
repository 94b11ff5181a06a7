"""QA6 F20: a city whose 县区数据 类型 puts 开发区 beside the 县（市）区 ranks each group within
itself — 附件2 (group subtotals), 存在的问题, county notices and 指标结果 — through the real CLI on
a copy of the sample where 丰源区 is a 开发区 (so 丰源区 and 高新区 form the 开发区 group)."""

from __future__ import annotations

import docx
import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.helpers import cli_ok
from tests.indicators.test_reported_workbook import edit
from tests.summary.docx_readback import body_text

ZONES = ("丰源区", "高新区")


def _zone(wb):
    ws = wb["县区数据"]
    col = next(c.column for c in ws[1] if c.value == "类型")
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == "丰源区":
            ws.cell(r, col).value = "开发区"


def _setting(value):
    def change(wb):
        wb["设置"].append(["排名分组", value, ""])
    return change


def _table(path, n=1):
    return [[c.text for c in row.cells] for row in docx.Document(str(path)).tables[n].rows]


def _county_figures(path, prefix):
    ws = openpyxl.load_workbook(path, data_only=True)["县区数据"]
    col = next(c.column for c in ws[1] if str(c.value or "").startswith(prefix))
    return {ws.cell(r, 1).value: ws.cell(r, col).value for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value}


def test_annex_problems_and_results_rank_within_each_group(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "鲁泽2011.xlsx", _zone)
    out = tmp_path / "总结.docx"
    cli_ok("docx", path, "-o", out, "--no-charts", "--force")
    rows = _table(out)
    header, names = rows[0], [r[0] for r in rows]
    assert names[1] == "全市" and names[2] == "县区小计", names
    zone_at = names.index("开发区小计")
    counties, zones = rows[3:zone_at], rows[zone_at + 1:]
    assert {r[0] for r in zones} == set(ZONES) and not {r[0] for r in counties} & set(ZONES)
    rd = header.index(next(h for h in header if h.startswith("全社会R&D经费投入（")))
    share = header.index(next(h for h in header if h.startswith("全社会R&D经费投入占GDP比重")))
    for col in (rd, share):  # ranks restart at 1 in each group
        assert sorted(int(r[col + 1]) for r in counties) == list(range(1, len(counties) + 1))
        assert sorted(int(r[col + 1]) for r in zones) == [1, 2]
    # subtotals: the amounts summed, the share weighted by GDP (Σ R&D ÷ Σ GDP), unranked
    rd_by, gdp_by = _county_figures(path, "全社会R&D经费支出（万元"), _county_figures(path, "地区生产总值（亿元")
    members = [r[0] for r in counties]
    assert float(rows[2][rd]) == round(sum(rd_by[m] for m in members) / 10000, 2)  # 万元 → 亿元
    weighted = sum(rd_by[m] for m in members) / 10000 / sum(gdp_by[m] for m in members) * 100
    assert float(rows[2][share]) == round(weighted, 2)
    everyone = list(rd_by)  # the 全市 row: the city's share is weighted the same way (Σ ÷ Σ)
    assert float(rows[1][share]) == round(sum(rd_by.values()) / 10000 / sum(gdp_by[m] for m in everyone) * 100, 2)
    mean = sum(float(r[share]) for r in counties) / len(counties)
    assert abs(float(rows[2][share]) - mean) > 0.005  # not the plain mean of the shares
    assert rows[2][rd + 1] == rows[zone_at][rd + 1] == "—"
    text = body_text(out).split("附件：")[0]  # the 附件说明 (the overview says 详见附件1)
    problems = text.split("存在的问题")[1]
    # each unit's last place is said within its group; a last place tied by three or more of the
    # 县（市）区 names none of them (QA8 F9); the second of the 2 开发区 is no 末位 (QA9 F7: a
    # group of two has no last place — behaviour changed on purpose)
    assert "开发区末位" not in problems and "居全市末位" not in problems, problems

    cli_ok("fill", path)
    ws = openpyxl.load_workbook(path)["指标结果"]
    cells = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    at = next(i for i, row in enumerate(cells) if row[0] == "县区" and row[1] == "排名分组")
    groups = {row[0]: row[1] for row in cells[at + 1:] if row[0]}
    assert groups["高新区"] == groups["丰源区"] == "开发区" and groups["西山县"] == "县区"  # no 县级市 (qa12b F22)


def test_notices_rank_a_zone_among_the_zones(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "鲁泽2011.xlsx", _zone)
    cli_ok("docx", path, "--by", "县区", "-o", tmp_path / "通报")
    zone = body_text(next((tmp_path / "通报").glob("高新区*.docx"))).replace("\n", "")
    assert "在2个开发区中居第1位" in zone and "居全市" not in zone, zone
    assert "开发区位次" in zone and "前三位" not in zone  # a group of two has no 前三位
    county = body_text(next((tmp_path / "通报").glob("西山县*.docx"))).replace("\n", "")
    assert "在8个县区中居末位" in county and "居县区末位" in county, county
    assert "居全市" not in county and "县区位次" in county


def test_setting_no_groups_ranks_everyone_together(sample_path, tmp_path):
    plain, off = tmp_path / "原样.docx", tmp_path / "不分组.docx"
    cli_ok("docx", sample_path, "-o", plain, "--no-charts", "--force")
    path = edit(sample_path, tmp_path / "鲁泽2011.xlsx", _zone, _setting("不分组"))
    cli_ok("docx", path, "-o", off, "--no-charts", "--force")
    assert _table(off) == _table(plain)  # no subtotal rows, one list, ranks as without 类型 groups


def test_an_unknown_grouping_value_is_a_hint_naming_the_cell_and_the_accepted_values(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "鲁泽2011.xlsx", _zone, _setting("按县区类型"))
    row = openpyxl.load_workbook(path)["设置"].max_row
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "排名分组" in x)
    assert line.startswith("[提示]") and f"单元格 B{row}" in line
    assert "「按县区类型」无法识别，已按「按类型」处理" in line and "可填「按类型」" in line and "「不分组」" in line
    out = tmp_path / "总结.docx"  # read as 按类型: the groups are still ranked apart
    cli_ok("docx", path, "-o", out, "--no-charts", "--force")
    assert "开发区小计" in [r[0] for r in _table(out)]
    for value in ("按类型", "不分组", "否"):  # the accepted values say nothing
        quiet = edit(sample_path, tmp_path / f"{value}.xlsx", _zone, _setting(value))
        assert "排名分组" not in CliRunner().invoke(main, ["check", str(quiet)]).output
