"""qa12's MINOR findings on check's messages (宜春 2025, qafix12d)."""

from __future__ import annotations

import shutil

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main


def _check(path) -> str:
    return CliRunner().invoke(main, ["check", str(path)]).output


def _new_firms_book(sample_path, tmp_path, now: float, last: float, months: dict[int, float]):
    """The sample with 高新技术企业 as a 新增 target, its stock reported in 科室数据 and its running
    total in 月度数据."""
    path = tmp_path / "book.xlsx"
    shutil.copy(sample_path, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["目标任务"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "高新技术企业")
    row[1].value, row[7].value = 20, "新增"
    ws = wb["设置"]
    next(r for r in ws.iter_rows(min_row=2) if r[0].value == "指标来源优先")[1].value = "科室报送"
    wb["科室数据"].append(["高新科", "高新技术企业", "家", now, last])
    ws = wb["月度数据"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "高新技术企业")
    for c in row[2:]:
        c.value = None
    for m, v in months.items():
        row[1 + m].value = v
    wb.save(path)
    return path


def test_a_stock_row_judging_a_new_target_is_named_as_the_stock_f9(sample_path, tmp_path):
    # 本年数/上年数 swapped: the message names 「高新技术企业」 (the row typed), not 「新增高新技术企业」
    output = _check(_new_firms_book(sample_path, tmp_path, 142, 160, {6: 150, 12: 160}))
    assert "「高新技术企业」本年数 142家" in output, output
    assert "「新增高新技术企业」本年数" not in output
    # a stock below its November count: not “累计数不会越报越少” (a stock may fall)
    output = _check(_new_firms_book(sample_path, tmp_path, 130, 120, {6: 150, 11: 160}))
    assert "「高新技术企业」本年数 130家 小于「月度数据」M" in output, output
    assert "的 11 月数 160家；年末总数比 11 月少 30家，若不是真的减少（资格到期、注销），请核对" in output
    assert "累计数不会越报越少" not in output and "「新增高新技术企业」本年数" not in output


def test_rows_hidden_by_a_filter_are_not_to_be_unhidden_and_deleted_f8(sample_path, tmp_path):
    path = tmp_path / "book.xlsx"
    shutil.copy(sample_path, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["县区数据"]
    header = [c.value for c in ws[1]]
    ws.auto_filter.ref = f"A1:{openpyxl.utils.get_column_letter(len(header))}{ws.max_row}"
    ws.auto_filter.add_filter_column(0, [str(ws["A2"].value)])
    for r in range(3, ws.max_row + 1):
        ws.row_dimensions[r].hidden = True
    wb.save(path)
    output = _check(path)
    assert f"单元格 A3：第 3–{ws.max_row} 行被筛选隐藏（「{ws['A3'].value}」等）：本表设置了筛选" in output, output
    assert f"按「{header[0]}」筛选" in output
    assert "请在 数据 › 筛选 中清除筛选" in output
    assert "后删除" not in output and "取消隐藏" not in output


def test_a_month_typed_with_its_unit_is_read_and_a_wrong_one_gets_a_month_example_f28(sample_path, tmp_path):
    path = tmp_path / "book.xlsx"
    shutil.copy(sample_path, path)
    wb = openpyxl.load_workbook(path)
    wb["时间节点"]["B3"] = "6月"
    wb["时间节点"]["B2"] = "3月份"
    wb["设置"]["B5"] = "12月"
    assert wb["设置"]["A5"].value == "报送月份"
    wb.save(path)
    output = _check(path)
    assert "时间节点" not in output, output  # 「6月」 is 6: nothing to say
    assert "单元格 B5：设置项「报送月份」的值「12月」按 12 月读取；无需修改；建议只填数字 12。" in output
    wb["时间节点"]["B3"] = "13月"
    wb.save(path)
    output = _check(path)
    assert "工作表「时间节点」 单元格 B3：「13月」不是数字；应填写月份数字 1–12，如 6。" in output, output
    assert "如 1200" not in output


def test_a_share_typed_into_a_percent_cell_asks_for_the_number_typed_f10(sample_path, tmp_path):
    path = tmp_path / "book.xlsx"
    shutil.copy(sample_path, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["科室数据"]
    ws.append(["计划科", "规模以上工业企业中有研发活动的企业占比", "%", 31.2, 0.275])
    for c in ws[ws.max_row][3:5]:
        c.number_format = "0.0%"
    wb.save(path)
    output = _check(path)
    row = ws.max_row
    assert (f"单元格 D{row}：「规模以上工业企业中有研发活动的企业占比」的本年数单元格设为百分比格式，显示为 3120%（存储值 31.2），"
            "比重不会超过 100%；是否应为 31.2？若是，请把单元格格式改为“常规”，使表中显示 31.2。") in output, output
    assert "请核对分子和分母" not in output
    assert f"单元格 E{row}：「规模以上工业企业中有研发活动的企业占比」的上年数单元格设为百分比格式，显示为 27.5%" in output  # read as shown


def test_a_figure_with_a_stray_mark_gets_its_number_suggested_f20(sample_path, tmp_path):
    path = tmp_path / "book.xlsx"
    shutil.copy(sample_path, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["科室数据"]
    ws.append(["高新科", "科技型中小企业入库数", "家", "1 935", "212*"])
    ws.append(["计划科", "技术合同登记数", "项", "(3)", "212/186"])
    wb.save(path)
    output = _check(path)
    row = ws.max_row - 1
    assert f"单元格 D{row}：「科技型中小企业入库数」的「本年数」为「1 935」，不是数字；应填写数值；是否为 1935？请只填数字 1935。" in output, output
    assert f"单元格 E{row}：「科技型中小企业入库数」的「上年数」为「212*」，不是数字；应填写数值；是否为 212？请只填数字 212。" in output
    assert "是否为 3？" not in output and "是否为 212/" not in output  # no one reading of these


def test_a_bare_yi_in_a_yuan_column_is_read_as_yi_yuan_f20():
    from kjreport.workbook.numbers import parse_number

    parsed = parse_number("16.8亿", "亿元")
    assert parsed.value is None and parsed.guess == 16.8 and parsed.plain
    assert parse_number("8000万", "亿元").guess == 0.8
    assert parse_number("1 935.5").guess == 1935.5 and parse_number("(3)").guess is None


def test_month_headers_typed_as_dates_of_the_year_are_read_as_months_f26(sample_path, tmp_path):
    import datetime as dt

    from kjreport.progress.inputs import month_of_header

    path = tmp_path / "book.xlsx"
    shutil.copy(sample_path, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["月度数据"]
    for m in range(1, 13):
        ws.cell(1, 2 + m, dt.datetime(2011, m, 1)).number_format = 'm"月"'  # shows 1月…12月
    wb.save(path)
    output = _check(path)
    assert "不是月份" not in output, output
    assert month_of_header("2011-06-01", 2011) == 6 and month_of_header("2011-06-01 00:00:00", 2011) == 6
    assert month_of_header("2010-06-01", 2011) is None  # last year's date: not this year's month
    ws.cell(1, 8, dt.datetime(2010, 6, 1))
    wb.save(path)
    assert "单元格 H1：列名「2010-06-01" in _check(path)


def test_a_copied_data_sheet_beside_the_real_one_is_pointed_out_f27(sample_path, tmp_path):
    path = tmp_path / "book.xlsx"
    shutil.copy(sample_path, path)
    wb = openpyxl.load_workbook(path)
    wb.copy_worksheet(wb["县区数据"]).title = "县区数据 (2)"
    wb.copy_worksheet(wb["科室数据"]).title = "科室数据（旧）"
    wb.save(path)
    output = _check(path)
    assert ("工作表「县区数据 (2)」：工作簿中还有「县区数据 (2)」，程序只读取「县区数据」，不读取「县区数据 (2)」；"
            "如数据改在了「县区数据 (2)」中，请改到「县区数据」，再删除「县区数据 (2)」（或把它移出本工作簿）。") in output, output
    assert "工作簿中还有「科室数据（旧）」，程序只读取「科室数据」" in output
    assert "工作簿中还有「县区上年数据」" not in output


def test_text_is_quoted_as_typed_and_a_blank_name_is_not_quoted_f13(sample_path, tmp_path):
    from kjreport.workbook.numbers import parse_number

    assert parse_number("758 ").note == "文本「758 」已按数字 758 读取"
    path = tmp_path / "book.xlsx"
    shutil.copy(sample_path, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["县区数据"]
    first, last = 2, ws.max_row
    while ws.cell(last, 1).value in (None, ""):
        last -= 1
    total = last + 3
    for c in range(2, ws.max_column + 1):
        values = [ws.cell(r, c).value for r in range(first, last + 1)]
        if all(isinstance(v, (int, float)) for v in values):
            ws.cell(total, c, sum(values))
    wb.save(path)
    output = _check(path)
    assert f"第 {total} 行（未填名称）的各项数值都等于其他各行之和" in output, output
    assert "「」" not in output


def test_a_hidden_duplicate_column_is_said_to_be_hidden_f11(sample_path, tmp_path):
    path = tmp_path / "book.xlsx"
    shutil.copy(sample_path, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["县区数据"]
    ws.insert_cols(2)
    for r in range(1, ws.max_row + 1):
        ws.cell(r, 2, ws.cell(r, 3).value)
    ws.column_dimensions["B"].hidden = True
    header = ws["C1"].value
    wb.save(path)
    output = _check(path)
    assert f"单元格 C1：表头「{header}」与 B1 重复（B 列已隐藏）；每一列只能出现一次；请取消隐藏" in output, output


def test_a_ledger_column_left_empty_is_one_message_f36(sample_path, tmp_path):
    path = tmp_path / "book.xlsx"
    shutil.copy(sample_path, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["企业台账"]
    header = [c.value for c in ws[1]]
    j = next(i for i, h in enumerate(header, 1) if h and "主营业务收入" in str(h))
    last = max(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value not in (None, ""))
    for r in range(2, last + 1):
        ws.cell(r, j).value = None
    wb.save(path)
    output = _check(path)
    letter = openpyxl.utils.get_column_letter(j)
    assert f"单元格 {letter}2:{letter}{last}：「主营业务收入」为空（{last - 1} 行）" in output, output
    assert f"单元格 {letter}3：" not in output


def test_a_target_unit_slip_is_one_error_at_the_unit_cell_f12(sample_path, tmp_path):
    path = tmp_path / "book.xlsx"
    shutil.copy(sample_path, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["目标任务"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "高新技术企业")
    row[2].value = "万家"
    wb.save(path)
    output = _check(path)
    assert f"单元格 C{row[0].row}：目标单位「万家」与指标单位「家」不一致" in output, output
    assert "与「目标任务」中的任何指标都不对应" not in output  # its 月度数据 row: no second message
