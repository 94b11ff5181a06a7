"""``kjreport progress`` and the 进度 sheet of ``kjreport fill`` through the real entry points."""

from __future__ import annotations

import re

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.progress.sheet import COLOURS, HEADER
from tests.conftest import digest
from tests.summary.docx_readback import body_text


def test_progress_command_writes_the_bulletin_and_leaves_the_workbook(sample_copy, tmp_path):
    before = digest(sample_copy)
    out = tmp_path / "通报.docx"
    result = CliRunner().invoke(main, ["progress", str(sample_copy), "--month", "9", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "已生成进度通报" in result.output and "截至9月底" in result.output
    assert "2011年前三季度" in body_text(out).replace("\n", "")
    assert digest(sample_copy) == before


def test_default_month_and_name_beside_the_workbook(sample_copy):
    result = CliRunner().invoke(main, ["progress", str(sample_copy), "--no-charts"])
    assert result.exit_code == 0, result.output
    assert (sample_copy.parent / "鲁泽市科学技术局2011年全年目标任务进展情况通报.docx").exists()


def test_county_bulletins(sample_copy, tmp_path):
    result = CliRunner().invoke(main, ["progress", str(sample_copy), "--by", "县区", "-o", str(tmp_path / "县区")])
    assert result.exit_code == 0, result.output
    files = sorted((tmp_path / "县区").glob("*.docx"))
    assert len(files) == 10 and files[0].name.endswith("2011年全年进度通报.docx")
    text = body_text(files[0])
    assert "居全市第0位" not in text and "主要指标进展" in text


def test_county_bulletins_only_for_the_workbooks_month(sample_copy):
    result = CliRunner().invoke(main, ["progress", str(sample_copy), "--by", "县区", "--month", "6"])
    assert result.exit_code == 1
    assert "县区进度通报只能按工作簿「设置」中的报送月份（12月）生成" in result.output
    assert "Traceback" not in result.output


def test_bad_month_is_a_chinese_error(sample_copy):
    result = CliRunner().invoke(main, ["progress", str(sample_copy), "--month", "13"])
    assert result.exit_code == 2 and "13" in result.output and "Traceback" not in result.output


def test_fill_writes_the_coloured_progress_sheet(sample_copy):
    result = CliRunner().invoke(main, ["fill", str(sample_copy)])
    assert result.exit_code == 0, result.output
    assert "「指标结果」和「进度」" in result.output
    book = openpyxl.load_workbook(sample_copy)
    ws = book["进度"]
    assert [c.value for c in ws[1]] == HEADER
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2) if r[0].value}
    verdict = HEADER.index("进度判断")
    hitech = rows["高新技术产业产值"]
    assert hitech[3].value == 812 and hitech[verdict].value == "超额完成"
    assert hitech[verdict].fill.fgColor.rgb == "FF" + COLOURS["绿"]
    assert rows["省科技成果重点推广计划项目"][verdict].fill.fgColor.rgb == "FF" + COLOURS["红"]
    assert rows["科技进步贡献率"][verdict].value == "超额完成"


def test_progress_sheet_problems_are_named_by_check(sample_copy):
    book = openpyxl.load_workbook(sample_copy)
    book["时间节点"]["B2"] = 14
    book.save(sample_copy)
    result = CliRunner().invoke(main, ["check", str(sample_copy)])
    assert "时间节点" in result.output and "B2" in result.output and "1–12" in result.output


def test_an_existing_different_bulletin_is_kept(sample_copy, tmp_path):
    out = tmp_path / "通报.docx"
    run = CliRunner().invoke
    assert run(main, ["progress", str(sample_copy), "--month", "6", "-o", str(out), "--no-charts"]).exit_code == 0
    june = out.read_bytes()
    result = run(main, ["progress", str(sample_copy), "--month", "9", "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == june
    assert "通报（第2版）.docx" in result.output and (tmp_path / "通报（第2版）.docx").exists()
    forced = run(main, ["progress", str(sample_copy), "--month", "9", "-o", str(out), "--no-charts", "--force"])
    assert forced.exit_code == 0 and "2011年前三季度" in body_text(out).replace("\n", "")


def test_a_past_period_does_not_show_the_year_end_county_figures(sample_copy, tmp_path):
    """QA Q9: 县区数据 are the 报送月份's figures; a 上半年 通报 from a year-end workbook must not
    call them 上半年县区主要指标排名 — it leaves the ranking out and says why."""
    out = tmp_path / "上半年.docx"
    result = CliRunner().invoke(main, ["progress", str(sample_copy), "--month", "6", "-o", str(out),
                                       "--no-charts"])
    assert result.exit_code == 0, result.output
    assert "「县区数据」是12月（「设置」报送月份）的累计数，不是6月的，本通报未附县区主要指标排名" in result.output
    text = body_text(out)
    assert "县区主要指标排名" not in text and "附件1" not in text  # one attachment: "附件"
    assert "\n附件\n" in text and "县区" not in text.split("\n附件\n")[-1]
    assert not re.search(r"(?<!\d)0 项", result.output.splitlines()[0])  # no "0 项" counts


def test_the_workbooks_own_month_keeps_its_county_ranking(sample_copy, tmp_path):
    book = openpyxl.load_workbook(sample_copy)
    ws = book["设置"]
    row = next(r for r in ws.iter_rows() if r[0].value == "报送月份")
    row[1].value = 6
    book.save(sample_copy)
    out = tmp_path / "上半年.docx"
    result = CliRunner().invoke(main, ["progress", str(sample_copy), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    assert "未附县区主要指标排名" not in result.output
    assert "2011年上半年县区主要指标排名" in body_text(out)


def _bulletin(book, tmp_path, month=9) -> str:
    out = tmp_path / f"{month}月.docx"
    result = CliRunner().invoke(main, ["progress", str(book), "--month", str(month), "-o", str(out),
                                       "--no-charts", "--force"])
    assert result.exit_code == 0, result.output
    return body_text(out).replace("\n", "")


def _keep_september(book, keep: dict[str, float]) -> None:
    """Leave only ``keep``'s 9月 figures in 月度数据 (every other 9月 cell emptied)."""
    wb = openpyxl.load_workbook(book)
    ws = wb["月度数据"]
    col = next(c.column for c in ws[1] if c.value == "9月")
    for row in ws.iter_rows(min_row=2):
        row[col - 1].value = keep.get(row[0].value)
    wb.save(book)


def test_no_figures_for_the_month_is_said_not_called_on_schedule(sample_copy, tmp_path):
    """QA R1: with every target 待补充, section 二 says the month's data are missing — it does
    not claim every target is on schedule; with some reported, the claim is for those only."""
    _keep_september(sample_copy, {})  # no figure at all: refused since qa14b F18 (tests/progress/test_empty_month.py)
    refused = CliRunner().invoke(main, ["progress", str(sample_copy), "--month", "9", "-o", str(tmp_path / "x.docx")])
    assert refused.exit_code == 1 and "无法生成9月的进度通报" in refused.output
    _keep_september(sample_copy, {"高新技术产业产值": 700, "重要科技成果": 90})
    text = _bulletin(sample_copy, tmp_path)
    # 2 + 29 + 3 annual statistics (R&D经费, R&D强度, 科技进步贡献率: 年底后公布, not missing — qa12b F13)
    assert "已报送数据的2项目标任务均达到或快于应完成进度；另有29项尚未报送9月数据。" in text
    assert "各项目标任务均达到或快于应完成进度" not in text


def test_a_range_target_is_measured_against_the_pace_of_its_lower_bound(sample_copy, tmp_path):
    """QA R2: a 区间 target (100—120) with 80 done by September is 80% of its lower bound against
    a 75% pace: ahead, not 接近/略慢 by −20; the table shows both bounds."""
    wb = openpyxl.load_workbook(sample_copy)
    ws = wb["目标任务"]
    head = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "重要科技成果")
    row[head.index("比较")].value = "区间"
    row[head.index("区间上限")].value = 120
    wb.save(sample_copy)
    out = tmp_path / "9月.docx"
    result = CliRunner().invoke(main, ["progress", str(sample_copy), "--month", "9", "-o", str(out),
                                       "--no-charts"])
    assert result.exit_code == 0, result.output
    from docx import Document

    table = Document(out).tables[0]
    cells = next([c.text for c in r.cells] for r in table.rows if r.cells[1].text == "重要科技成果")
    assert cells[3:9] == ["100—120", "80", "80.0", "75.0", "+5.0", "快于进度"]
    assert "重要科技成果" not in body_text(out).split("二、")[1].split("三、")[0]  # not 滞后/略慢


def test_a_bureau_without_counties_addresses_its_departments_only(sample_copy, tmp_path):
    """QA R11: with no 县区数据 the 通报 is sent to 各科室 and asks nothing of 各县区."""
    wb = openpyxl.load_workbook(sample_copy)
    for name in ("县区数据", "县区上年数据"):
        ws = wb[name]
        ws.delete_rows(2, ws.max_row)
    wb.save(sample_copy)
    for month in (9, 12):
        text = _bulletin(sample_copy, tmp_path, month)
        assert "各科室：" in text and "根据各科室报送的数据" in text and "各科室要" in text
        assert "各县区" not in text


def test_a_past_period_says_how_its_date_was_chosen_and_takes_date(sample_copy, tmp_path):
    """QA S16: a 上半年 通报 from the year-end workbook is not silently dated 7月31日: the console
    says why, and --date sets the 成文日期."""
    out = tmp_path / "上半年.docx"
    args = ["progress", str(sample_copy), "--month", "6", "-o", str(out), "--no-charts"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "提示：通报6月的进度，成文日期按通报惯例写作2011年7月31日（「设置」中的成文日期" in result.output
    assert "--date" in result.output
    result = CliRunner().invoke(main, [*args, "--force", "--date", "2011年7月10日"])
    assert result.exit_code == 0, result.output
    assert "2011年7月10日" in body_text(out) and "7月31日" not in body_text(out)
    assert "成文日期按通报惯例" not in result.output
    bad = CliRunner().invoke(main, [*args, "--force", "--date", "7月10日"])
    assert bad.exit_code != 0 and "「7月10日」不是日期" in bad.output and "Traceback" not in bad.output


def test_a_zone_units_attachment_is_titled_by_its_zone(sample_copy, tmp_path):
    """九龙园区 2019 (final125) tried as a user: the 进度通报 of a zone's unit titled its 附件 by
    城市名称 (重庆市九龙坡区) while the year-end summary's 附件 names the zone; both name it now."""
    wb = openpyxl.load_workbook(sample_copy)
    for row in wb["设置"].iter_rows(min_row=2):
        if row[0].value == "城市名称":
            row[1].value = "株洲市"
        elif row[0].value == "单位名称":
            row[1].value = "株洲经济技术开发区科技创新局"
    wb.save(sample_copy)
    out = tmp_path / "通报.docx"
    result = CliRunner().invoke(main, ["progress", str(sample_copy), "--month", "6", "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    text = body_text(out).replace("\n", "")
    assert "附件：株洲经济技术开发区2011年上半年目标任务进度表" in text, text[-400:]
    assert "株洲市2011年" not in text
