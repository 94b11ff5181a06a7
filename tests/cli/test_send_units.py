"""A 县区/市州 notice reaches the contact whose 科室 names the unit the way offices write it
(QA7 F5): 甘南州 for 甘南藏族自治州, 兰州市科技局 for 兰州市 — never a guess (兰州, with 兰州市 and
兰州新区 both in the folder, goes nowhere); check names a 收件人 unit matching no 县区; ``send``
given the workbook says what to give instead (QA7 F14). Through ``kjreport send/check``."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner
from docx import Document

from kjreport.cli import main

UNITS = ("甘南藏族自治州", "兰州市", "兰州新区")


def _folder(tmp_path):
    folder = tmp_path / "甘肃省2011年市州科技工作通报"
    folder.mkdir()
    for unit in UNITS:
        doc = Document()
        doc.add_paragraph(f"甘肃省科学技术厅关于{unit}2011年科技工作情况的通报")
        doc.save(folder / f"{unit}2011年科技工作通报.docx")
    return folder


def _contacts(path, rows):
    book = openpyxl.load_workbook(path)
    for row in rows:
        book["收件人"].append(row)
    book.save(path)
    return path


def test_contacts_written_the_short_way_get_their_units_notice(sample_copy, tmp_path):
    _contacts(sample_copy, [["扎西", "zhaxi@example.com", "甘南州", None],
                            ["李明", "liming@example.com", "兰州市科技局", None],
                            ["张三", "zhangsan@example.com", "兰州", None]])
    out = tmp_path / "eml"
    result = CliRunner().invoke(
        main, ["send", str(_folder(tmp_path)), "--recipients", str(sample_copy), "--dry-run", "--out", str(out)])
    assert result.exit_code == 0, result.output
    sent = {f.name.split("2011")[0]: set() for f in out.glob("*.eml")}
    for f in out.glob("*.eml"):
        sent[f.name.split("2011")[0]].add(f.name.split("-")[-1].removesuffix(".eml"))
    assert sent["甘南藏族自治州"] == {"zhaxi@example.com", "zhouxiaofeng@example.com"}, sent
    assert sent["兰州市"] == {"liming@example.com", "zhouxiaofeng@example.com"}, sent
    assert sent["兰州新区"] == {"zhouxiaofeng@example.com"}, sent  # 兰州 could be either: no guess
    assert "没有本县区的联系人（兰州新区）" in result.output


def test_check_names_a_contact_unit_that_is_no_county(sample_copy):
    before = CliRunner().invoke(main, ["check", str(sample_copy)])
    assert "收件人" not in before.output, before.output
    _contacts(sample_copy, [["钱七", "qianqi@example.com", "西山区", None],
                            ["赵六", "zhaoliu@example.com", "清河区科技局", None],
                            ["王五", "wangwu@example.com", "南湖州", None],
                            ["柳桥县科技局", "lqx@example.com", None, None]])
    result = CliRunner().invoke(main, ["check", str(sample_copy)])
    assert result.exit_code == 0, result.output  # a 提示 never blocks
    lines = [x for x in result.output.splitlines() if "「收件人」" in x]
    assert len(lines) == 3, result.output  # 清河区科技局 is 清河区: routed, not reported
    assert "单元格 C10：「科室」栏的「西山区」与「县区数据」中的县区都对不上（是否应为「西山县」？）" in lines[0]
    assert lines[0].startswith("[提示]") and "否则该联系人收不到本县区的通报" in lines[0]
    assert "「南湖州」" in lines[1] and "南湖县" in lines[1]
    assert "单元格 C13：「姓名」栏写的是「柳桥县科技局」，「科室」栏为空；" in lines[2]
    assert "请在「科室」栏填写「柳桥县」" in lines[2]


def test_send_given_the_workbook_says_what_to_give(sample_copy, tmp_path):
    folder = sample_copy.parent
    doc = Document()
    doc.add_paragraph("鲁泽市科学技术局2011年工作总结和2012年工作打算")
    doc.save(folder / "鲁泽市科学技术局2011年工作总结和2012年工作打算.docx")
    result = CliRunner().invoke(main, ["send", str(sample_copy), "--dry-run"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{sample_copy.name} 是工作簿，不是报告" in result.output, result.output
    assert "「鲁泽市科学技术局2011年工作总结和2012年工作打算.docx」" in result.output
    assert f'--recipients "{sample_copy.name}"' in result.output
