"""County bulletins (县区通报): one document per county, in parallel."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.errors import KjreportError
from kjreport.summary import build_county_bulletin, write_county_bulletins
from tests.summary.docx_readback import body_text
from tests.summary.report_factory import COUNTIES, make_report


def test_batch_writes_one_file_per_county(tmp_path):
    paths = write_county_bulletins(make_report(), tmp_path / "out", jobs=2, progress=False)
    assert [p.name for p in paths] == [f"{c}2011年科技工作通报.docx" for c in COUNTIES]
    assert all(p.stat().st_size > 0 for p in paths)
    text = body_text(paths[2])
    assert "西山县" in text and "居全市末位" in text and "同比下降6.1%" in text
    assert "清河区" not in text


def test_batch_keeps_edited_bulletins_and_lists_the_folder_once(tmp_path, monkeypatch):
    """A rerun keeps a bulletin whose text was changed (the new one is 第2版, with a note) and
    replaces the others; the folder is listed once for the whole batch, not once per bulletin
    (a per-bulletin listing would grow with the county count); force overwrites."""
    import os

    import docx

    report, out = make_report(), tmp_path / "out"
    first = write_county_bulletins(report, out, jobs=1, progress=False)
    assert first.notes == []
    edited = docx.Document(str(first[1]))
    edited.add_paragraph("办公室补充的一段。")
    edited.save(str(first[1]))
    listed = []
    real = os.listdir
    monkeypatch.setattr(os, "listdir", lambda path=".": listed.append(path) or real(path))
    again = write_county_bulletins(report, out, jobs=1, progress=False)
    assert len(listed) == 1
    assert again[1].name == f"{COUNTIES[1]}2011年科技工作通报（第2版）.docx"
    assert [p for i, p in enumerate(again) if i != 1] == [p for i, p in enumerate(first) if i != 1]
    assert len(again.notes) == 1 and f"新通报另存为「{again[1].name}」" in again.notes[0]
    assert "办公室补充的一段。" in body_text(first[1])
    forced = write_county_bulletins(report, out, jobs=1, progress=False, force=True)
    assert list(forced) == list(first) and forced.notes == []
    assert "办公室补充的一段。" not in body_text(first[1])


def test_bulletin_of_a_leading_county(tmp_path):
    doc = build_county_bulletin(make_report(), "高新区")
    text = body_text(doc.save(tmp_path / "g.docx"))
    assert "高新技术产业产值450亿元，同比增长18.4%，居全市第1位" in text
    # two indicators, nothing to point out: no empty 需要关注的问题, 工作要求 moves up (qa10 F19)
    assert "需要关注的问题" not in text and "三、工作要求" in text


def test_unknown_county_is_a_chinese_error():
    with pytest.raises(KjreportError, match="没有「东山县」"):
        build_county_bulletin(make_report(), "东山县")


def test_no_lone_subheading_and_no_zero_counts(tmp_path):
    """QA Q20: a plan without parts gives one group — no lone "（一）主要指标" under
    "二、主要指标情况"; counts that are zero are left out ("居全市前三位的0项")."""
    import dataclasses
    import re

    from kjreport.model import PlanNode
    from tests.summary.docx_readback import headings

    report = dataclasses.replace(make_report(), plan=PlanNode("总", "总", "", ""), notes=[])
    for county in COUNTIES:
        out = build_county_bulletin(report, county).save(tmp_path / f"{county}.docx")
        heads = [t for _, t in headings(out)]
        assert "二、主要指标情况" in heads and not any(t.startswith("（一）") for t in heads)
        text = body_text(out).replace("\n", "")
        assert not re.search(r"(?<![\d.])0项", text), county
        assert "尚为空白" not in text and "前三位的" not in text


def test_sample_county_bulletins_leave_out_zero_counts(sample_path, tmp_path):
    import re

    from click.testing import CliRunner

    from kjreport.cli import main

    result = CliRunner().invoke(main, ["docx", str(sample_path), "--by", "县区", "-o", str(tmp_path / "县区")])
    assert result.exit_code == 0, result.output
    openings = []
    for path in sorted((tmp_path / "县区").glob("*.docx")):
        text = body_text(path).replace("\n", "")
        assert not re.search(r"(?<![\d.])0项", text), path.name
        openings.append(text[text.find("纳入通报"):].split("。")[0])
    assert all(o.startswith("纳入通报的") and "前三位的" not in o for o in openings)


def test_a_county_without_figures_is_asked_for_them_not_praised(tmp_path):
    """QA round 3: a county that reported nothing got "纳入通报的0项指标…均已报送，各项与上年
    基本持平…请继续保持良好势头"; it is asked to report instead."""
    import dataclasses

    report = make_report()
    for r in report.results:
        r.counties = [
            dataclasses.replace(c, value=None, previous=None, yoy=None, change_pp=None, rank=None)
            if c.county == "西山县" else c
            for c in r.counties
        ]
    text = body_text(build_county_bulletin(report, "西山县").save(tmp_path / "x.docx"))
    assert "西山县尚未报送纳入通报的各项指标数据，请尽快报送" in text
    assert "0项" not in text and "保持良好势头" not in text and "均已报送" not in text
    other = body_text(build_county_bulletin(report, "高新区").save(tmp_path / "g.docx"))
    assert "尚未报送" not in other and "需要关注的问题" not in other  # two indicators, none lagging


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_batch_reports_each_bulletins_markers_as_the_file_has_them(tmp_path, jobs):
    """The workers say which 【待补充】 each bulletin still has (the CLI prints them without
    reading 150 files back): exactly what reading the written file finds, in every bulletin."""
    import dataclasses

    from kjreport.mail.content import read_content

    report = make_report()
    for r in report.results:
        r.counties = [dataclasses.replace(c, value=None) if c.county == "西山县" else c
                      for c in r.counties]
    paths = write_county_bulletins(report, tmp_path / "out", jobs=jobs, progress=False)
    assert set(paths.placeholders) == set(paths)
    for path in paths:
        assert tuple(paths.placeholders[path]) == read_content(path).placeholders
    lacking = paths.placeholders[paths[2]]
    assert len(lacking) >= 2 and all(m.where.startswith("第 1 张表") for m in lacking)
    assert paths.placeholders[paths[1]] == []


def test_a_one_indicator_bulletin_says_its_issue_once(tmp_path):
    # qa12b F11: 红谷滩新区's fall and last place were said in 二、主要指标情况 and again, word for
    # word, under 三、需要关注的问题; now the 二 paragraph ends with what was new (the city target)
    # and 请分析原因
    books = Path(__file__).with_name("qa12b_books")
    out = tmp_path / "通报"
    result = CliRunner().invoke(main, ["docx", str(books / "cixi2025.xlsx"), "--by", "县区", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(out / "逍林镇2025年科技工作通报.docx").paragraphs)
    assert "需要关注的问题" not in text, text
    assert text.count("比上年降低0.14个百分点") == 1 and text.count("居全市末位") == 1, text
    assert ("比上年降低0.14个百分点，提高幅度居全市末位。提高幅度低于全市年度目标（提高0.1个百分点）。"
            "请分析原因，加以改进。") in text, text
    assert "总体情况" not in text and "一、主要指标情况" in text and "二、工作要求" in text, text
