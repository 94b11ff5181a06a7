"""The whole loop on workbooks whose county table is typed exactly as it was published: 湖州统计年鉴2014
表10-2 (five 区县, the "△市区" sub-total row, the 全市 row), and (realfig10) 常德's 2017 patent
month report, 温州统计年鉴2018 表9-6, 安徽's 2022 H1 technology contracts by city, 湖南's 2025-07
invention patents and its 2017 新型工业化 table (sources in real_figures/SOURCES.md): check, fill
and docx through the CLI, on copies — the fixtures stay byte for byte as they were; the city
totals and ranks are the printed ones."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import confirm_items
from tests.helpers import cli

HERE = Path(__file__).parent / "real_figures"
AS_PRINTED = HERE / "huzhou2024_yearbook.xlsx"
NO_NEW_AREA = HERE / "huzhou2024_yearbook_no_new_area.xlsx"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_yearbook_table_as_printed_is_checked_cell_by_cell(tmp_path):
    book = tmp_path / AS_PRINTED.name
    shutil.copy(AS_PRINTED, book)
    before = _digest(book)
    result = cli("check", str(book))
    out = result.output
    assert result.exit_code != 0, out
    # the sub-total row is told as such, never as a county or compared with all units
    assert "第 8 行「△市区」是小计行（部分县区之和）" in out
    assert "各县区之和为 26078" not in out
    # the new area the 2013 yearbook predates is "/": an error naming the cell and the way out
    assert "单元格 C7：填的是「/」（不适用）" in out
    assert "「全市」合计行（按统计公报填写）" in out
    assert "Traceback" not in out
    assert _digest(book) == before


def test_fill_and_docx_count_the_subtotal_once(tmp_path):
    book = tmp_path / NO_NEW_AREA.name
    shutil.copy(NO_NEW_AREA, book)
    assert cli("check", str(book)).exit_code == 0
    assert cli("fill", str(book)).exit_code == 0
    results = {r[0]: r for r in openpyxl.load_workbook(book, data_only=True)["指标结果"].iter_rows(values_only=True)}
    # R&D 131.8 over GDP 3840.9 of the five 区县 — not 183.4 / 5388.7 with "△市区" added again
    assert round(results["全社会R&D经费投入占GDP比重"][2], 2) == 3.43
    out = tmp_path / "out"
    result = cli("docx", str(book), "--by", "县区", "-o", str(out))
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.rglob("*.docx"))
    assert names and not any("市区" in n for n in names), names
    assert len(names) == 5, names


# ---- more real tables (realfig10): each typed as published; sources in real_figures/SOURCES.md ----

def _unmerge_total(ws):  # what the merged-cell error asks: 取消合并, each cell filled on its own
    ws.unmerge_cells("A19:B19")
    ws["A19"], ws["B19"] = None, "合计"


def _zero_blank(ws):  # what the blank-cell error asks: the printed blank is no application
    ws["C14"] = 0


REAL = {
    # fixture: (errors as printed, the clerk's fix, city totals as printed, notices, printed ranks)
    "changde2017_patents.xlsx": (
        ["单元格 C14：「西湖管理区」的「发明专利申请量」为空"], _zero_blank,
        {"专利申请量": 2511, "发明专利申请量": 696, "专利授权量": 1279}, 12, {}),
    "wenzhou2017_rd_projects.xlsx": (
        [], None,
        # 项目经费内部支出 912007万元 as printed, in the target's 亿元 (qa22 F8: the plan's unit)
        {"R&D项目数": 9204, "项目经费内部支出": 91.2007}, 11, {}),
    "anhui2022h1_tech_contracts.xlsx": (
        ["单元格 A19：数据区域内有合并单元格 A19:B19"], _unmerge_total,
        {"成交额": 428.4}, 16, {}),
    "hunan2017_new_industrialisation.xlsx": (
        [], None,
        {"规模工业企业研发经费支出占主营业务收入比重": 1.2, "园区规模工业增加值占规模工业增加值比重": 69.7}, 14, {}),
    "hunan2025jul_invention_patents.xlsx": (
        [], None,
        {"有效发明专利量": 129829, "专利密度": 19.85}, 14,
        {"专利密度": {"长沙市": 1, "株洲市": 2, "湘潭市": 3, "常德市": 4, "益阳市": 5, "衡阳市": 6, "岳阳市": 7,
                   "娄底市": 8, "怀化市": 9, "郴州市": 10, "邵阳市": 11, "永州市": 12, "湘西州": 13, "张家界": 14}}),
}
REAL_NAMES = sorted(REAL)


def _copy(tmp_path: Path, name: str) -> Path:
    book = tmp_path / name
    shutil.copy(HERE / name, book)
    return book


@pytest.mark.parametrize("name", REAL_NAMES)
def test_a_real_table_as_printed_gets_only_errors_a_clerk_can_act_on(tmp_path, name):
    errors = REAL[name][0]
    fixture_before = _digest(HERE / name)
    book = _copy(tmp_path, name)
    result = cli("check", str(book))
    out = result.output
    assert "Traceback" not in out
    assert (result.exit_code != 0) == bool(errors), out
    found = [line for line in out.splitlines() if line.startswith("[错误]")]
    assert len(found) == len(errors), out
    for error, line in zip(errors, found, strict=True):
        assert error in line, out
    # the headers and the lines a yearbook or a bureau prints are read, never errors
    assert "找不到表头" not in out and "缺少列" not in out, out
    assert _digest(book) == fixture_before == _digest(HERE / name)


@pytest.mark.parametrize("name", REAL_NAMES)
def test_a_real_table_fills_the_printed_totals_and_ranks(tmp_path, name):
    _, fix, totals, notices, ranks = REAL[name]
    book = _copy(tmp_path, name)
    if fix is not None:
        wb = openpyxl.load_workbook(book)
        fix(wb["县区数据"])
        wb.save(book)
    checked = cli("check", str(book))
    assert checked.exit_code == 0, checked.output
    assert cli("fill", str(book)).exit_code == 0
    # a real jump (安徽 2022 上半年: 铜陵 成交额 +4500%, as printed) is a 须核对 the office confirms
    confirm_items(book)
    rows = list(openpyxl.load_workbook(book, data_only=True)["指标结果"].iter_rows(values_only=True))
    results = {r[0]: r for r in rows}
    for indicator, printed in totals.items():
        assert results[indicator][2] == pytest.approx(printed), (indicator, results[indicator])
    for indicator, printed in ranks.items():
        head = next(i for i, r in enumerate(rows) if r[0] in ("县区", "市州") and r[1] and indicator in str(r[1:]))
        col = next(j for j, v in enumerate(rows[head]) if v and str(v).startswith(indicator)) + 1
        got = {r[0]: r[col] for r in rows[head + 1:] if r[0] in printed}
        assert got == printed
    out = tmp_path / "out"
    result = cli("docx", str(book), "--by", "县区", "-o", str(out))
    assert result.exit_code == 0, result.output
    made = sorted(p.name for p in out.rglob("*.docx"))
    assert len(made) == notices, made
    # no notice for a 合计 row, whatever it is called or where it stands
    assert not any(n.startswith(("全市", "全 市", "全省", "合计", "工业企业总计", "其他")) for n in made), made
    summary = cli("docx", str(book), "-o", str(tmp_path / "summary.docx"))
    assert summary.exit_code == 0, summary.output
    assert _digest(HERE / name) == _digest(HERE / name)


def test_the_rest_row_of_a_province_table_is_in_the_total_but_no_unit(tmp_path):
    """「其 他」 (patents of no city) is part of 全省 129829, gets no rank and no notice; the per-head
    column's 全 省 19.85 is a mean, never compared with the cities' sum; the source note is a 表注."""
    book = _copy(tmp_path, "hunan2025jul_invention_patents.xlsx")
    out = cli("check", str(book)).output
    assert "第 17 行「其 他」是不属于任何单位的其余部分（含在合计行中）" in out
    assert "缺少其他的上年数据" not in out
    assert "199.17" not in out  # 专利密度（件/万人） summed over the cities
    assert "第 19 行（「常住人口：数据来自于湖南省统计局2024年全省及各市州统计公报」）是表注" in out
    # a 总量 target needs no last-year column: one 提示, no error
    assert "没有「有效发明专利量」列（上年数）" in out and "[错误]" not in out


def test_a_growth_target_still_needs_the_last_year_column(tmp_path):
    book = _copy(tmp_path, "wenzhou2017_rd_projects.xlsx")
    wb = openpyxl.load_workbook(book)
    wb["目标任务"]["H2"] = "增速"
    wb["目标任务"]["B2"] = 10
    wb["目标任务"]["C2"] = "%"
    wb.save(book)
    out = cli("check", str(book)).output
    assert "工作表「县区上年数据」 单元格 A1：缺少列「R&D项目数」" in out
    assert "没有「项目经费内部支出」列（上年数）" in out


def test_a_total_labelled_in_the_serial_column_is_the_printed_total_and_mid_year_words_fit(tmp_path):
    """安徽 2022 上半年: 「合计」 merged over 序号 and 区域; once unmerged the label stays in 序号
    (A19). The row is still the typed 合计: 全省成交额 428.4 亿元 as printed (not the cities' sum
    428.3), 同比 37.1% as printed. Reported at 6 months, the summary tells progress, never that
    the year's target was exceeded at 53.6 %; the screen table rounds 53.55 half up as the summary."""
    book = _copy(tmp_path, "anhui2022h1_tech_contracts.xlsx")
    wb = openpyxl.load_workbook(book)
    wb["县区数据"].unmerge_cells("A19:B19")
    wb.save(book)
    out = cli("check", str(book)).output
    assert "第 19 行「合计」是合计行" in out and "「」" not in out, out
    filled = cli("fill", str(book))
    assert filled.exit_code == 0, filled.output
    assert "53.6%" in filled.output and "53.5%" not in filled.output
    results = {r[0]: r for r in openpyxl.load_workbook(book, data_only=True)["指标结果"].iter_rows(values_only=True)}
    assert results["成交额"][2] == pytest.approx(428.4)
    summary = tmp_path / "summary.docx"
    assert [p.cell for p in confirm_items(book)] == ["D3"]  # 铜陵 +4500%, as printed: confirmed
    assert cli("docx", str(book), "-o", str(summary)).exit_code == 0
    import docx

    text = "\n".join(p.text for p in docx.Document(str(summary)).paragraphs)
    assert "成交额累计完成428.4亿元，同比增长37.1%，完成年度目标的53.6%，超序时进度3.6个百分点" in text, text  # the printed 53.6 − 50.0 (qa16 F9)
    assert "超额完成年度目标" not in text and "全面完成了年度目标任务" not in text, text
    assert "截至6月底，1项年度目标任务中，1项进展达到或快于序时进度" in text, text


def test_a_yearbook_group_heading_row_is_skipped(tmp_path):
    book = _copy(tmp_path, "wenzhou2017_rd_projects.xlsx")
    out = cli("check", str(book)).output
    assert "第 3 行（「按地区分」）是统计表中的分组标题行" in out
    assert "不像是县区" not in out


def test_a_management_area_is_addressed_as_its_committee(tmp_path):
    """常德's 西洞庭管理区 and 西湖管理区 (typed with spaces, no 类型) are 功能区: each notice goes to
    its 管委会, and the progress notice's 主送 names the 功能区 committees beside the 县区."""
    book = _copy(tmp_path, "changde2017_patents.xlsx")
    wb = openpyxl.load_workbook(book)
    _zero_blank(wb["县区数据"])
    wb.save(book)
    import docx

    out = tmp_path / "out"
    assert cli("docx", str(book), "--by", "县区", "-o", str(out)).exit_code == 0
    notice = next(out.rglob("西湖管理区*.docx"))
    def addressee(path):  # the 主送 line: the first paragraph ending with "：" (after the 版头 and title)
        return next(p.text for p in docx.Document(str(path)).paragraphs if p.text.endswith("："))

    assert addressee(notice) == "西湖管理区管委会："
    progress = tmp_path / "progress.docx"
    assert cli("progress", str(book), "--month", "10", "-o", str(progress)).exit_code == 0
    # 津市市 among the units: 县（市）区 throughout the document, as its ranks say (qa21 F11)
    assert addressee(progress) == "各科室、各县（市）区科技主管部门，各功能区管委会："


def test_a_per_head_column_without_the_province_row_is_weighted_by_population(tmp_path):
    """Without the printed 全 省 row (and the 其 他 row), the province's 专利密度（件/万人） is the
    cities' density weighted by 常住人口 (≈ 19.85 as printed), never their sum 199.17; the printed
    排名 column gets no province figure (no Σ of ranks in 指标结果)."""
    book = _copy(tmp_path, "hunan2025jul_invention_patents.xlsx")
    wb = openpyxl.load_workbook(book)
    wb["县区数据"].delete_rows(17, 2)
    wb.save(book)
    filled = cli("fill", str(book))
    assert filled.exit_code == 0, filled.output
    results = {r[0]: r for r in openpyxl.load_workbook(book, data_only=True)["指标结果"].iter_rows(values_only=True)}
    assert results["专利密度"][2] == pytest.approx(19.85, abs=0.01)
    assert "按常住人口加权平均" in str(results["专利密度"])
    assert results.get("排名") is None or results["排名"][2] in (None, "")


def test_a_printed_total_that_is_not_the_sum_is_told_and_used(tmp_path):
    """湖南 2017 表（二）prints 全省 园区规模工业增加值总额 7610.17 while its 14 市州 add up to
    8417.43: a 提示 naming both, the printed 全省 row is the province's figure."""
    book = _copy(tmp_path, "hunan2017_new_industrialisation.xlsx")
    out = cli("check", str(book)).output
    assert "合计行「全省」的「园区规模工业增加值总额」为 7610.17，而各市州（县区数据!B5:B18）之和为 8417.43" in out
