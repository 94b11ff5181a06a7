"""Plans copied with their 印发通知 or web-page metadata: title, issuer, period; a plan of tasks
without number targets is imported as structure (qa5 F5, F10a)."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.plan import import_plan
from kjreport.plan.cover import plan_issuer, plan_title

NOTICE_PLAN = """各县区(市属功能区)科技管理部门,各有关单位:
现将《2025年全市科技工作要点》印发你们,请结合实际认真贯彻执行。
东营市科学技术局
2025年3月3日
(此件公开发布)
2025年全市科技工作要点
主要目标:全社会研发经费投入增长10%以上,规上工业企业中有研发活动的企业占比50%左右;优化重组市级重点实验室80家以上。
一、实施科技产业融通创新行动
1.打造科技产业融通示范。推动科技引领产业创新发展。
"""

WEB_PAGE_PLAN = """索引号: kjj-2023-00020 发布机构: 中共环县委办公室 环县人民政府办公室
生效日期: 2023-04-11 废止日期:
文 号: 所属主题: 部门文件

中共环县委办公室 环县人民政府办公室 关于印发《环县强科技行动实施方案 (2023—2025)》的通知

时间:2023-04-11 【字体:

各乡镇党委和人民政府,县委各部门:

环县强科技行动实施方案(2023—2025)

为认真贯彻落实省第十四次党代会精神,制定本实施方案。

一、指导思想

以习近平新时代中国特色社会主义思想为指导,坚持需求导向,整合有限资源。

二、重点任务

(一)实施县域科技创新能力提升行动。加大研发投入,推动全社会研发经费投入强度稳步提高。
"""


def test_a_plan_opening_with_its_notice_gives_title_and_bureau(tmp_path):
    path = tmp_path / "要点.txt"
    path.write_text(NOTICE_PLAN, "utf-8")
    result = import_plan(path, year=2025)
    assert result.title == "2025年全市科技工作要点"
    assert result.issuer == "东营市科学技术局"
    out = tmp_path / "2025.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(path), str(out)])
    assert run.exit_code == 0, run.output
    assert run.output.startswith("2025年全市科技工作要点（2025年）")
    settings = {r[0]: r[1] for r in openpyxl.load_workbook(out)["设置"].iter_rows(values_only=True)}
    assert settings["城市名称"] == "东营市" and settings["单位名称"] == "东营市科学技术局"


def test_web_page_metadata_is_not_the_title_and_the_period_is_no_number(tmp_path):
    path = tmp_path / "方案.txt"
    path.write_text(WEB_PAGE_PLAN, "utf-8")
    run = CliRunner().invoke(main, ["plan", "show", str(path)])
    assert run.exit_code == 0, run.output
    assert run.output.splitlines()[0] == "环县强科技行动实施方案（2023—2025）"
    assert "生效日期" not in run.output.splitlines()[0]
    assert "未能读懂" not in run.output  # （2023—2025） is the plan's period


def test_a_plan_of_tasks_without_number_targets_is_imported_as_structure(tmp_path):
    path = tmp_path / "方案.txt"
    path.write_text(WEB_PAGE_PLAN, "utf-8")
    book = tmp_path / "新建.xlsx"
    run = CliRunner().invoke(main, ["plan", "import", str(path), str(book)])
    assert run.exit_code == 0, run.output
    assert "提示：方案.txt 中没有识别出量化目标" in run.output and "「目标任务」表为空" in run.output
    wb = openpyxl.load_workbook(book)
    titles = [r[3] for r in wb["工作意见"].iter_rows(min_row=2, values_only=True)]
    assert "指导思想" in titles and "重点任务" in titles
    assert wb["目标任务"].max_row == 1  # the header only, for the clerk to fill

    out = tmp_path / "2025.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(path), str(out)])
    assert run.exit_code == 0, run.output
    assert out.exists() and "没有识别出量化目标" in run.output
    assert "已导入工作意见的结构和 0 项目标" in run.output


def test_a_file_without_parts_or_targets_is_still_refused(tmp_path):
    path = tmp_path / "通知.txt"
    path.write_text("关于召开科技工作会议的通知\n各县区科技局：定于3月5日召开会议。\n", "utf-8")
    run = CliRunner().invoke(main, ["plan", "import", str(path), str(tmp_path / "x.xlsx")])
    assert run.exit_code == 1 and run.output.startswith("错误：")
    assert not (tmp_path / "x.xlsx").exists()


def test_title_rules():
    assert plan_title("某市科技局2024年工作要点", ["一段话。"]) == "某市科技局2024年工作要点"
    assert plan_title("各县区科技局：", ["2024年科技工作要点"]) == "2024年科技工作要点"
    assert plan_title("各县区科技局：", ["请认真贯彻。"]) == ""
    assert plan_issuer("各县区：", ["现将《要点》印发你们。", "某某市科技局", "2024年3月1日"]) == "某某市科技局"
    assert plan_issuer("某市科技局2024年工作要点", []) == ""


def test_plan_show_says_what_check_and_fill_compute_each_target_from(tmp_path):
    from kjreport.plan.sources import builtin_source
    from kjreport.report import analyse
    from kjreport.workbook.open import open_source

    path = tmp_path / "要点.txt"
    path.write_text(NOTICE_PLAN.replace("优化重组市级重点实验室80家以上。",
                                        "高新技术产业产值占规上工业总产值的比重提高1个百分点以上，"
                                        "优化重组市级重点实验室80家以上。"), "utf-8")
    run = CliRunner().invoke(main, ["plan", "show", str(path)], env={"COLUMNS": "300"})
    assert run.exit_code == 0, run.output
    flat = "".join(ch for ch in run.output if ch not in "│ ")
    assert "全社会研发经费投入（即全社会R&D经费投入）" in flat
    assert "县区数据：全社会R&D经费支出" in flat
    assert "全社会研发经费投入（上报指标）" not in flat
    assert "高新技术产业产值占规上工业总产值的比重（上报指标）" not in flat
    # 责任科室 from the catalogue by the name's stem (重点实验室 → 计划科)
    assert "优化重组市级重点实验室（上报指标）≥80家总量总计划科" in flat

    out = tmp_path / "2025.xlsx"
    assert CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(path), str(out)]).exit_code == 0
    _, _, results, _ = analyse(open_source(out))
    by_target = {r.target.indicator: r.name for r in results if r.target is not None}
    for indicator, computed in by_target.items():
        found = builtin_source(indicator)
        assert (found[0] if found else indicator) == computed, indicator
    department = {r[1] for r in openpyxl.load_workbook(out)["科室数据"].iter_rows(min_row=2, values_only=True)}
    assert "全社会研发经费投入" not in department  # no 科室数据 row asked for a computed one
    check = CliRunner().invoke(main, ["check", str(out)])
    assert ("指标「全社会R&D经费投入」没有本年数据；由内置指标「全社会R&D经费投入」按「县区数据」"
            "全社会R&D经费支出列计算，请填写各县区数据") in check.output


def test_a_government_office_that_signs_the_notice_is_the_issuer():
    # qa17 F2 (新乡 2024): a plan issued by 「新乡市人民政府办公室」 names no 科技局 line; the office's
    # place is the plan's (a district's own name without the city it lies in)
    from kjreport.plan.init import _issuing_place

    preamble = ["各县（市）、区人民政府，市人民政府各部门：", "《某某方案》已经市政府研究同意，现印发给你们。",
                "新乡市人民政府办公室", "2022年11月18日"]
    assert plan_issuer("关于印发某某方案的通知", preamble) == "新乡市人民政府办公室"
    assert _issuing_place("新乡市人民政府办公室") == "新乡市"
    assert _issuing_place("温州市洞头区人民政府") == "洞头区"
    # a 科技局 line still comes first
    assert plan_issuer("某某要点", ["东营市人民政府", "东营市科学技术局"]) == "东营市科学技术局"
