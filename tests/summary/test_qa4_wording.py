"""QA round 4 (福州2025, 磐安2025), the 工作总结 and 县区通报 wording a 局长 would redo, through the
real CLI on copies of the sample: a lagging county in one sentence (F11a), counts that read
naturally (F11b), 附件2 ranks only what the bureau tracks (F11c), a county with nothing to
improve is not told to find its weak points (F11d), one precision per sentence (F14)."""

from __future__ import annotations

import re

from click.testing import CliRunner

from kjreport.cli import main
from tests.indicators.test_reported_workbook import department_row, edit, target
from tests.summary.docx_readback import body_text


def _docx(path, tmp_path, *args):
    out = tmp_path / ("县区" if args else "总结.docx")
    result = CliRunner().invoke(main, ["docx", str(path), "-o", str(out), "--no-charts", "--force", *args])
    assert result.exit_code == 0, result.output
    return out


def _text(out):
    return body_text(out).replace("\n", "")


def county_cell(sheet, county, column, value):
    def change(wb):
        ws = wb[sheet]
        headers = [c.value for c in ws[1]]
        for row in ws.iter_rows(min_row=2):
            if row[0].value == county:
                row[headers.index(column)].value = value
    return change


def drop_target(name):
    def change(wb):
        ws = wb["目标任务"]
        for row in ws.iter_rows(min_row=2):
            if row[0].value == name:
                ws.delete_rows(row[0].row)
                return
    return change


def test_a_county_last_on_several_indicators_is_one_sentence(sample_path, tmp_path):
    # 西山县 grows its 高新技术产业产值 (36.5 → 40) and 利益共同体 (77 → 78): no longer falling
    # there, still the smallest on 高新技术产业产值 and R&D
    path = edit(sample_path, tmp_path / "西山2011.xlsx",
                county_cell("县区数据", "西山县", "高新技术产业产值（亿元）", 40),
                county_cell("县区数据", "西山县", "利益共同体（个）", 78))
    text = _text(_docx(path, tmp_path))
    problems = text[text.index("县区之间发展不平衡"):text.index("三、")]
    assert "西山县：" not in problems and "：" not in problems
    sentence = problems[problems.index("西山县"):]
    sentence = sentence[:sentence.index("。")]
    assert "均居全市末位" in sentence and sentence.count("末位") == 1, sentence
    assert "高新技术产业产值和研发投入均居全市末位" in sentence, sentence


def test_counts_read_naturally_and_add_up(sample_path, tmp_path):
    text = _text(_docx(sample_path, tmp_path))
    assert "全年34项目标任务中，超额完成18项，完成8项，基本完成3项，未完成4项，1项因统计口径调整不可比。" in text
    assert "（其中" not in text


def test_the_county_table_ranks_only_what_the_bureau_tracks(sample_path, tmp_path):
    # without targets on two shares, four columns would leave room for 地区生产总值 and 规上工业总产值
    path = edit(sample_path, tmp_path / "排名2011.xlsx",
                drop_target("高新技术产业产值占规模以上工业总产值比重"), drop_target("全社会R&D经费投入占GDP比重"))
    text = _text(_docx(path, tmp_path))
    table = text[text.rindex("县区主要指标对比表"):]
    assert "地区生产总值（亿元）" not in table and "规模以上工业总产值（亿元）" not in table
    assert "高新技术产业产值（亿元）" in table


def test_a_county_with_nothing_to_improve_is_not_told_to_find_weak_points(sample_path, tmp_path):
    # 金堤县's only fall is 利益共同体 (77 → 75): kept at 77, nothing is left to improve
    path = edit(sample_path, tmp_path / "金堤2011.xlsx", county_cell("县区数据", "金堤县", "利益共同体（个）", 77))
    folder = _docx(path, tmp_path, "--by", "县区")
    for notice in sorted(folder.glob("*.docx")):
        text = _text(notice)
        assert "适用指标" not in text, notice.name
        if "均未比上年下降，也均未处于全市末位" in text:
            assert "查找薄弱环节" not in text and "继续保持良好势头" in text, notice.name
        else:
            assert "查找薄弱环节" in text, notice.name
    # 金堤县 no longer falls or ranks last; what is left is a 0 where most counties have some
    # 重大节能降耗减排科技项目, which qa10 F19 makes a gap worth one sentence
    own = _text(folder / "金堤县2011年科技工作通报.docx")
    problems = own.split("需要关注的问题")[1].split("工作要求")[0]
    assert "下降" not in problems and "末位" not in problems, problems
    assert "本年度尚无重大节能降耗减排科技项目，需加快推进" in problems, problems


def test_a_share_its_change_and_its_gap_share_one_precision(sample_path, tmp_path):
    # 磐安: 2.86%, 上年 2.62%, target 2.8% → 0.24 and 0.06, never 0.2 beside 0.06
    path = edit(sample_path, tmp_path / "比重2011.xlsx",
                department_row("计划科", "数字经济规模占GDP比重", "%", 2.86, 2.62),
                target("数字经济规模占GDP比重", 2.8, "%", 科室="计划科"))
    text = _text(_docx(path, tmp_path))
    assert "数字经济规模占GDP比重达到2.86%，比上年提高0.24个百分点" in text
    # its gap (met: 附件1 since qa12b F20) keeps the same precision there
    assert "0.06" in text and "+0.1 " not in text


def test_county_notices_keep_one_precision_per_sentence(sample_path, tmp_path):
    folder = _docx(sample_path, tmp_path, "--by", "县区")
    pairs = []
    for notice in folder.glob("*.docx"):
        pairs += re.findall(r"(\d+(?:\.(\d+))?)%，比上年(?:提高|降低)\d+(?:\.(\d+))?个百分点", _text(notice))
    assert pairs
    for _, value_decimals, change_decimals in pairs:
        assert len(value_decimals) >= len(change_decimals), pairs


def top_target(指标, 目标值, 单位):
    """A 主要任务目标 typed as the first row of 目标任务 (福州: the plan's first rows are its own)."""
    def change(wb):
        ws = wb["目标任务"]
        ws.insert_rows(2)
        for col, v in zip("ABCDE", (指标, 目标值, 单位, "≥", "总"), strict=True):
            ws[f"{col}2"] = v
    return change


def test_main_indicators_are_the_heaviest_not_the_first_rows(sample_path, tmp_path):
    """QA4 F11e (S13): the mail digest's and the overview's 主要指标 are catalogue indicators
    among the 主要任务目标, not the three bureau-own rows typed first."""
    from kjreport.mail import digest_of
    from kjreport.report import load_report
    from kjreport.summary.facts import overview_results

    path = edit(sample_path, tmp_path / "首行2011.xlsx",
                department_row("高新科", "数字经济规模占GDP比重", "%", 51.2, 49),
                department_row("计划科", "基础研究经费支出占比", "%", 6.3, 5.6),
                department_row("高新科", "规上工业战略性新兴产业增加值占比", "%", 36.1, 33.8),
                top_target("规上工业战略性新兴产业增加值占比", 35, "%"),
                top_target("基础研究经费支出占比", 6, "%"),
                top_target("数字经济规模占GDP比重", 50, "%"))
    report = load_report(path)
    lead = [v.name for v in overview_results(report)[:3]]
    assert lead[0] == "高新技术产业产值" and "数字经济规模占GDP比重" not in lead
    body = digest_of(report)
    assert "高新技术产业产值812亿元" in body and "数字经济规模占GDP比重" not in body
