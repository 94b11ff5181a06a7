"""qa16's 鄂尔多斯 2025 summary and notices. F2: a city whose units are 旗 and 区 names them as it
does itself: 鄂尔多斯 has 7 旗, 2 区 and a 高新区 and writes “各旗区” — no 县 at all, so “县区主要指标对比表”, “县区之间发展不平衡”, “各县区科技主管部门”
were wrong in its summary, notices and mail. The other 内蒙古 cities: 旗县区 (包头、赤峰), 旗市区 (呼伦贝尔),
旗县市区 (通辽、乌兰察布). Through ``kjreport docx/progress/send`` on the office's own workbook."""

from __future__ import annotations

import re
from email import message_from_bytes
from email.policy import default
from types import SimpleNamespace

import openpyxl
import pytest

from kjreport.summary.units import units_word
from tests.helpers import cli_output
from tests.qa16_book import ordos_book
from tests.summary.docx_readback import body_text


def _word(names: dict[str, str]) -> str:
    settings = SimpleNamespace(city="某市", organization="某市科学技术局")
    return units_word(settings, list(names), lambda n: names[n])


def test_a_citys_banners_and_districts_are_named_by_the_kinds_present():
    assert _word({"东胜区": "区", "达拉特旗": "旗", "鄂尔多斯高新技术产业开发区": "高新区"}) == "旗区"
    assert _word({"昆都仑区": "区", "固阳县": "县", "土默特右旗": "旗"}) == "旗县区"
    assert _word({"海拉尔区": "区", "满洲里市": "", "鄂温克族自治旗": ""}) == "旗市区"  # by the names' endings
    assert _word({"科尔沁区": "区", "霍林郭勒市": "市", "开鲁县": "县", "奈曼旗": "旗"}) == "旗县市区"
    assert _word({"清河区": "区", "西山县": "县"}) == "县区"  # no 旗: as before


def _county_words(text: str) -> list[str]:
    return re.findall(r"各县区|县区主要指标|县区之间|县区通报|县区报送|个县区", text)


@pytest.fixture(scope="module")
def ordos(tmp_path_factory):
    return ordos_book(tmp_path_factory.mktemp("ordos"))


def test_the_summary_of_a_city_of_banners_says_qiqu(ordos, tmp_path):
    summary = tmp_path / "总结.docx"
    cli_output("docx", ordos, "-o", summary, "--force", "--no-charts")
    text = body_text(summary)
    assert "2.鄂尔多斯市2025年旗区主要指标对比表" in text and "旗区之间发展不平衡" in text, text
    assert not _county_words(text)


def test_its_notices_progress_and_mail_say_qiqu(ordos, tmp_path):
    out = cli_output("docx", ordos, "--by", "县区", "--force", "-j", "1")
    folder = ordos.parent / "鄂尔多斯市2025年旗区科技工作通报"
    assert f"已生成 10 份旗区通报：{folder}" in out and folder.is_dir()
    notice = body_text(folder / "乌审旗2025年科技工作通报.docx")
    assert "根据各旗区、高新区报送的统计数据" in notice and not _county_words(notice), notice
    progress = tmp_path / "进度.docx"
    cli_output("progress", ordos, "-o", progress, "--force", "--no-charts")
    text = body_text(progress)
    assert "各科室、各旗区科技主管部门，鄂尔多斯高新技术产业开发区管委会：" in text, text[:300]
    assert "2.鄂尔多斯市2025年全年旗区主要指标排名" in text and not _county_words(text)
    mails = tmp_path / "mail"
    cli_output("send", folder, "--recipients", ordos, "--dry-run", "--out", mails)
    digest = next(message_from_bytes(p.read_bytes(), policy=default) for p in mails.glob("*.eml")
                  if "准格尔旗" in message_from_bytes(p.read_bytes(), policy=default)["Subject"])
    body = digest.get_body(("plain",)).get_content()
    assert "在10个旗区中居第1位" in body and not _county_words(body), body


def test_no_note_on_shares_under_a_table_without_one(ordos, tmp_path):
    # qa16 F5: all nine rows of 附件1 are 亿元/项/篇/人/个, yet it ended with the note on 比重类指标 rows
    summary = tmp_path / "总结.docx"
    cli_output("docx", ordos, "-o", summary, "--force", "--no-charts")
    assert "比重类指标" not in body_text(summary)


def test_a_notices_table_gives_a_small_amount_in_the_unit_its_text_does(ordos, tmp_path):
    # qa16 F3: 鄂托克前旗's notice said “科技突围项目研发投入460万元” and its table “亿元 | 0.046”
    import docx

    folder = tmp_path / "通报"
    cli_output("docx", ordos, "--by", "县区", "-o", folder, "--force", "-j", "1")
    notice = docx.Document(str(folder / "鄂托克前旗2025年科技工作通报.docx"))
    assert any("科技突围项目研发投入460万元" in p.text for p in notice.paragraphs)
    row = next(r for r in notice.tables[-1].rows if r.cells[0].text == "科技突围项目研发投入")
    assert [c.text for c in row.cells[1:3]] == ["万元", "460"]
    big = docx.Document(str(folder / "准格尔旗2025年科技工作通报.docx"))  # 0.348亿元 in both
    row = next(r for r in big.tables[-1].rows if r.cells[0].text == "科技突围项目研发投入")
    assert [c.text for c in row.cells[1:3]] == ["亿元", "0.348"]


NINE_MONTHS = {  # 科室数据 本年数 at 9月 (上年数: 1—9月 of last year)
    "科技突围项目研发投入": (1.1, 0.94), "申请专利等知识产权": (40, 35), "发表高水平论文": (18, 17),
    "高层次科技人才": (22, 20), "落地人才团队": (3, 3), "制定标准": (5, None),
    "自治区科技“突围”等重大项目": (4, 3), "市级科技“突围”项目": (12, 8), "国家、自治区级创新平台": (2, 1),
}


@pytest.fixture(scope="module")
def september(ordos, tmp_path_factory):
    from tests.helpers import fill_department, fill_settings

    wb = openpyxl.load_workbook(ordos)
    fill_settings(wb, 报送月份=9, 成文日期="2025年10月15日")
    fill_department(wb, NINE_MONTHS)
    out = tmp_path_factory.mktemp("september") / ordos.name
    wb.save(out)
    return out


def test_a_mid_year_summary_says_pace_not_completion(september, tmp_path):
    # F14: at 9月 a target slightly behind 序时进度 was “基本完成年度目标，完成率68.8%” — a year not over;
    # F15: 12 of “15项左右” (80%, ahead of 75%) was “低于年度目标15项左右的要求” and listed as 进度滞后,
    # while the 进度通报 of the same month said 快于进度; F9: the gap is the printed 68.8 − 75.0 = −6.2,
    # not the unrounded −6.25 → 6.3
    summary = tmp_path / "总结.docx"
    cli_output("docx", september, "-o", summary, "--no-charts")
    text = body_text(summary).replace("\n", "")
    assert "基本完成年度目标" not in text, text
    assert "研发投入累计完成1.1亿元，同比增长17.0%，完成年度目标的68.8%，尚差0.5亿元，慢于序时进度6.2个百分点" in text, text
    assert "市级科技“突围”项目达12项" in text and "左右的要求" not in text, text
    assert "完成年度目标的80.0%，超序时进度5.0个百分点。国家" in text, text
    problems = text[text.index("二、存在的问题"):text.index("三、")]
    assert "市级科技“突围”项目" not in problems, problems
    assert "4项进展达到或快于序时进度，5项进展慢于序时进度" in text, text


def test_a_mid_year_flow_near_last_septembers_figure_is_no_stock(september, tmp_path):
    # F16: 18篇 in September beside 17 last September (上年同期) was paced as a stock — “完成年度目标的60.0%，
    # 尚差12篇，慢于序时进度67.3个百分点” ((18−17)/(30−17) = 7.7 % against 75 %) in one sentence
    summary = tmp_path / "总结.docx"
    cli_output("docx", september, "-o", summary, "--no-charts")
    text = body_text(summary).replace("\n", "")
    assert "发表高水平论文达18篇，增长5.9%，完成年度目标的60.0%，尚差12篇，慢于序时进度15.0个百分点" in text, text
    assert "高层次科技人才达22人" in text and "完成年度目标的73.3%，尚差8人，慢于序时进度1.7个百分点" in text, text
