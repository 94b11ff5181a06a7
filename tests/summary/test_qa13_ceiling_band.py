"""控制在3%左右 is a ceiling with a band (qa13 F18): a CPI rise of 1.3% is 完成, worded
"控制在年度目标3%左右", never "低于年度目标3%左右的要求"."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from tests.summary.docx_readback import body_text

CORPUS = Path(__file__).parents[1] / "plan" / "corpus"


def _book(tmp_path: Path, now: float, before: float) -> Path:
    plan = tmp_path / "汉中市2022年计划.txt"
    shutil.copy(CORPUS / "2022_hanzhong_jihua.txt", plan)
    out = tmp_path / "汉中2022.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2022", "--plan", str(plan), str(out)])
    assert run.exit_code == 0, run.output
    book = openpyxl.load_workbook(out)
    for row in book["科室数据"].iter_rows(min_row=2):
        if row[1].value == "居民消费价格":
            row[2].value, row[3].value, row[4].value = "点", now, before
    book.save(out)
    return out


def _sentence(tmp_path: Path, out: Path) -> str:
    doc = tmp_path / "总结.docx"
    run = CliRunner().invoke(main, ["docx", str(out), "-o", str(doc), "--no-charts"])
    assert doc.exists(), run.output
    text = body_text(doc).replace("\n", "")
    return text.split("附件：")[0]  # the text (a met target's verdict is in 附件1 — qa12b F20)


def test_a_rise_well_below_the_ceiling_is_met(tmp_path):
    out = _book(tmp_path, 102.4, 101.1)  # +1.3%
    sentence = _sentence(tmp_path, out)
    assert "居民消费价格达到102.4点，同比增长1.3%" in sentence, sentence
    assert "低于年度目标3%左右" not in sentence
    run = CliRunner().invoke(main, ["check", str(out)])
    assert "增长3%以上" not in run.output


def test_a_rise_above_the_band_is_not_met(tmp_path):
    out = _book(tmp_path, 105.0, 100.0)  # +5%: above 3% and its band
    sentence = _sentence(tmp_path, out)
    assert "超出年度目标3%左右的控制要求" in sentence, sentence  # was "低于年度目标3%左右的要求"


def _rate_book(tmp_path: Path, now: float, before: float) -> Path:
    out = _book(tmp_path, now, before)
    book = openpyxl.load_workbook(out)
    for row in book["科室数据"].iter_rows(min_row=2):
        if row[1].value == "居民消费价格":
            row[2].value = "%"  # the office reports the rise itself (涨幅2.1%), as statistics bureaus publish it
    book.save(out)
    return out


def _status(out: Path, name: str) -> str:
    sheet = openpyxl.load_workbook(out)["指标结果"]
    header = [c.value for c in sheet[1]]
    return next(row[header.index("状态")] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] == name)


def test_a_rise_reported_in_percent_is_the_rise_itself(tmp_path):
    # final68's 大连 2022 played as its office: "居民消费价格涨幅控制在3%左右" with 科室数据 2.1 (%) and
    # 1.2 last year was 无数据 ("缺少上年数") and the summary said "居民消费价格达2.1%，提高0.9个百分点，完成情况【待补充】"
    out = _rate_book(tmp_path, 2.1, 1.2)
    assert CliRunner().invoke(main, ["fill", str(out)]).exit_code == 0
    assert _status(out, "居民消费价格") == "完成"
    sentence = _sentence(tmp_path, out)
    assert "居民消费价格上涨2.1%，涨幅比上年提高0.9个百分点" in sentence, sentence
    assert "居民消费价格达" not in sentence and "【待补充】" not in sentence.split("居民消费价格")[1][:30]


def test_a_rise_in_percent_above_the_band_is_not_met(tmp_path):
    out = _rate_book(tmp_path, 3.6, 2.0)
    assert CliRunner().invoke(main, ["fill", str(out)]).exit_code == 0
    assert _status(out, "居民消费价格") == "未完成"
    assert "超出年度目标3%左右的控制要求" in _sentence(tmp_path, out)
