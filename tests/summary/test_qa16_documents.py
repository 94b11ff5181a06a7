"""qa16's 鄂尔多斯 2025 summary and notices. F2: a city whose units are 旗 and 区 names them as it
does itself: 鄂尔多斯 has 7 旗, 2 区 and a 高新区 and writes “各旗区” — no 县 at all, so “县区主要指标对比表”, “县区之间发展不平衡”, “各县区科技主管部门”
were wrong in its summary, notices and mail. The other 内蒙古 cities: 旗县区 (包头、赤峰), 旗市区 (呼伦贝尔),
旗县市区 (通辽、乌兰察布). Through ``kjreport docx/progress/send`` on the office's own workbook."""

from __future__ import annotations

import re
from email import message_from_bytes
from email.policy import default
from types import SimpleNamespace

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
