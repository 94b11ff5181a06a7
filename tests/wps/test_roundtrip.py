"""The add-in's JavaScript → a real ``kjreport serve`` process → actions → the in-memory ET
workbook: what a WPS user would see after clicking 校验数据 and 计算指标 on the sample."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from kjreport.serve.settings import load_settings
from tests.serve.client import serve_process
from tests.wps.fixtures import workbook_fixture
from tests.wps.node import needs_node, roundtrip

pytestmark = needs_node


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("KJREPORT_CONFIG_DIR", str(tmp_path / "conf"))
    return load_settings()


@pytest.fixture
def service(settings):
    """A real `kjreport serve` process, started as a user would (no licence variable set)."""
    env = {k: v for k, v in os.environ.items() if k != "XLWINGS_LICENSE_KEY"}
    with serve_process(env, settings) as port:
        yield port


@pytest.fixture
def workbook(sample_copy, tmp_path):
    """The sample as WPS holds it, with 成文日期 typed as a real date cell."""
    fixture = workbook_fixture(sample_copy)
    settings_sheet = next(s for s in fixture["sheets"] if s["name"] == "设置")
    for cell in settings_sheet["cells"]:
        if cell[2] == "2011年12月20日":
            cell[2:4] = [40897, 'yyyy"年"m"月"d"日"']  # 2011-12-20 as ET stores a date
    path = tmp_path / "workbook.json"
    path.write_text(json.dumps(fixture, ensure_ascii=False), encoding="utf-8")
    return path, fixture


def addin_config(port: int, token: str) -> dict:
    return {"port": port, "token": token, "timeoutSeconds": 120,
            "labels": {"check": "校验数据", "fill": "计算指标"}}


def values(book: dict, name: str) -> list[list[object]]:
    return next(s["values"] for s in book["sheets"] if s["name"] == name)


def test_check_and_fill_from_the_addin_write_the_results_sheet(
    service, settings, workbook, sample_copy, tmp_path
):
    from kjreport.fill import results_table
    from kjreport.report import load_report

    fixture_path, fixture = workbook
    expected = results_table(load_report(shutil.copy(sample_copy, tmp_path / "lib.xlsx")))
    result = roundtrip(fixture_path, addin_config(service, settings.token), ["check", "fill"],
                       tmp_path)

    check_box, fill_box = result["messages"]
    assert check_box["text"].startswith("校验通过") and not check_box["critical"], check_box
    rows = expected[1 : expected.index([])] if [] in expected else expected[1:]
    assert f"已计算 {len(rows)} 项指标" in fill_box["text"] and "尚未保存" in fill_box["text"]
    assert [c["ok"] for c in result["clicks"]] == [True, True]

    book = result["workbook"]
    names = [s["name"] for s in book["sheets"]]
    assert names[: len(fixture["sheets"])] == [s["name"] for s in fixture["sheets"]]
    added = names[len(fixture["sheets"]):]
    assert {"运行日志", "指标结果"} <= set(added), added
    if "进度" in added:  # the coloured progress sheet 计算指标 writes beside the results
        assert result["workbook"]["colors"]["进度"], "its colours did not reach the workbook"
    results = values(book, "指标结果")
    assert results[0][: len(expected[0])] == expected[0]
    by_name = {r[0]: r for r in results[1:] if r and r[0]}
    for row in rows:
        for got, want in zip(by_name[row[0]], row, strict=False):
            if isinstance(want, (int, float)) and not isinstance(want, bool):
                assert got == pytest.approx(want), (row[0], want)
            else:
                assert got == (want if want != "" else None), (row[0], want)
    log = values(book, "运行日志")
    assert [r[1:3] for r in log[1:] if r[1]] == [["校验数据", "完成"], ["计算指标", "完成"]]
    # the data the user typed is untouched; as in Excel, the last sheet 计算指标 added is shown
    data = values(book, "县区数据")
    cells = next(s["cells"] for s in fixture["sheets"] if s["name"] == "县区数据")
    for r, c, value, _ in cells:
        assert data[r - 1][c - 1] == value
    assert book["active"] == [n for n in added if n != "运行日志"][-1]
    assert result["statusHistory"][-1] is False


def test_a_stale_token_is_a_message_box_and_the_workbook_is_untouched(
    service, settings, workbook, tmp_path
):
    fixture_path, fixture = workbook
    result = roundtrip(fixture_path, addin_config(service, "old" + settings.token[3:]), ["fill"],
                       tmp_path)
    [box] = result["messages"]
    assert "口令不符" in box["text"] and "kjreport wps install" in box["text"] and box["critical"]
    assert [s["name"] for s in result["workbook"]["sheets"]] == [s["name"] for s in fixture["sheets"]]


def test_an_error_in_the_data_names_the_cell_from_wps(service, settings, workbook, tmp_path):
    fixture_path, fixture = workbook
    cells = next(s["cells"] for s in fixture["sheets"] if s["name"] == "县区数据")
    target = next(c for c in cells if c[0] == 3 and isinstance(c[2], (int, float)))
    target[2] = "十二点五"
    fixture_path.write_text(json.dumps(fixture, ensure_ascii=False), encoding="utf-8")
    result = roundtrip(fixture_path, addin_config(service, settings.token), ["check"], tmp_path)
    [box] = result["messages"]
    from kjreport.workbook.xlsx import column_letter

    assert "校验数据未完成" in box["text"] and f"{column_letter(target[1])}3" in box["text"]


def test_a_percent_formatted_target_reads_as_shown_from_wps(service, settings, workbook, tmp_path):
    """qa10b F12: 26.5% typed into 目标任务 is stored 0.265 with a % format; the add-in lists the
    %-formatted cells, so the button reads it as the command line does (26.5, with a 提示)."""
    fixture_path, fixture = workbook
    cells = next(s["cells"] for s in fixture["sheets"] if s["name"] == "目标任务")
    row = next(c[0] for c in cells if c[1] == 3 and c[2] == "%")  # a % target's row (单位 in C)
    cell = next(c for c in cells if c[0] == row and c[1] == 2)
    shown = cell[2]
    cell[2:4] = [shown / 100, "0.0%"]
    fixture_path.write_text(json.dumps(fixture, ensure_ascii=False), encoding="utf-8")
    result = roundtrip(fixture_path, addin_config(service, settings.token), ["check"], tmp_path)
    [box] = result["messages"]
    assert box["text"].startswith("校验通过"), box["text"]
    assert "百分之一" not in box["text"]


@pytest.mark.parametrize("desktop", ["no xdg-open", "no program for .docx"])
def test_a_summary_that_cannot_be_opened_says_why_and_that_it_is_there(
    settings, workbook, sample_copy, tmp_path, desktop
):
    """qa10b F1: 生成总结 on a 信创 desktop without xdg-open (or with no program for .docx): the
    box after the summary says the file was written and why it did not open, in Chinese — never
    the opener's "No such file or directory", which reads as if the report were missing."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    if desktop == "no program for .docx":  # what xdg-open answers when no method is available
        opener = bin_dir / "xdg-open"
        opener.write_text("#!/bin/sh\necho 'xdg-open: no method available for opening' >&2\nexit 3\n")
        opener.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k != "XLWINGS_LICENSE_KEY"}
    env["PATH"] = str(bin_dir)  # the service's desktop: nothing else on PATH
    fixture_path, _ = workbook
    with serve_process(env, settings) as port:
        config = dict(addin_config(port, settings.token), labels={"docx": "生成总结"})
        result = roundtrip(fixture_path, config, ["docx"], tmp_path)
    [click] = result["clicks"]
    document = click["document"]
    assert document and os.path.exists(document), result
    made, unopened = result["messages"]
    assert "已生成工作总结" in made["text"], made
    text = unopened["text"]
    assert "No such file" not in text and "文件已生成" in text and document in text, text
    why = "没有找到打开 .docx 文件的程序（xdg-open）" if desktop == "no xdg-open" else "没有与 .docx 文件关联的程序"
    assert why in text and "请在文件夹中双击打开" in text, text
    assert not unopened["critical"], unopened  # the summary is there: a notice, not an error


def test_a_year_in_a_date_cell_gives_the_same_hint_in_wps_as_on_the_command_line(
    service, settings, sample_copy, tmp_path
):
    """qa11b F3: 数据年度 2010 typed into a cell formatted 日期 (shown 1905-07-02). The command line
    reads it as 2010 with a 提示; the add-in sent it as the plain number 2010 and WPS passed it
    without a word. Now both say the same."""
    import openpyxl

    from kjreport.report import check_source
    from tests.wps.fixtures import write_fixture

    wb = openpyxl.load_workbook(sample_copy)
    ws = wb["科室数据"]
    ws.cell(1, 8).value = "数据年度"
    ws.append(["计划科", "全社会R&D经费投入占GDP比重", "%", 0.78, 0.72, "可比", None, 2010])
    ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
    wb.save(sample_copy)
    [hint] = [p for p in check_source(sample_copy) if "所在单元格为日期格式" in p.found]
    assert hint.severity == "提示" and "已按 2010 年读取" in hint.found

    fixture = write_fixture(sample_copy, tmp_path / "book.json")
    result = roundtrip(fixture, addin_config(service, settings.token), ["check"], tmp_path)
    [box] = result["messages"]
    assert box["text"].startswith("校验通过"), box["text"]
    assert hint.found in box["text"] and "“常规”" in box["text"], box["text"]
