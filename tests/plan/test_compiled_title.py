"""A plan copied from a page that compiles several plans ("整理…/汇编…" and a 目录) takes its own
heading as title; a title without the place tells the clerk to fill 城市名称; a 增速 target's row
in 科室数据 has the unit and 科室 of the figure it needs (qa6 F16)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.plan.cover import plan_title

LINQING = Path(__file__).parent / "corpus" / "2024_linqing_jihua.txt"


def test_compiled_page_gives_the_plans_own_heading_a_place_note_and_a_complete_row(tmp_path):
    book = tmp_path / "2024.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2024", "--plan", str(LINQING), str(book)])
    assert run.exit_code == 0, run.output
    assert run.output.startswith("市科学技术局2024年度工作计划（2024年）")
    assert "整理" not in run.output.splitlines()[0]
    assert "标题「市科学技术局2024年度工作计划」没有写明是哪个市、县" in run.output
    assert "「设置」中的城市名称、单位名称未填写" in run.output
    wb = openpyxl.load_workbook(book)
    settings = {r[0]: r[1] for r in wb["设置"].iter_rows(values_only=True)}
    assert settings["工作意见名称"] == "市科学技术局2024年度工作计划"
    assert settings["城市名称"] is None
    rows = {r[1]: r for r in wb["科室数据"].iter_rows(min_row=2, values_only=True)}
    # 研发投入 ≥15% (增速): the row is the 研发投入 itself, in 亿元, reported by 计划科
    assert rows["研发投入"][:3] == ("计划科", "研发投入", "亿元")
    assert rows["新增高新技术企业"][:3] == ("高新科", "新增高新技术企业", "家")
    targets = {r[0]: r for r in wb["目标任务"].iter_rows(min_row=2, values_only=True)}
    assert targets["研发投入"][2] == "%" and targets["研发投入"][5] == "计划科"


def test_a_title_naming_the_place_gives_no_place_note(tmp_path):
    path = tmp_path / "计划.txt"
    path.write_text(
        LINQING.read_text("utf-8").replace("市科学技术局2024年度工作计划1:", "某某市科学技术局2024年度工作计划"),
        "utf-8",
    )
    book = tmp_path / "2024.xlsx"
    run = CliRunner().invoke(main, ["init", "--year", "2024", "--plan", str(path), str(book)])
    assert run.exit_code == 0, run.output
    assert run.output.startswith("某某市科学技术局2024年度工作计划（2024年）")
    assert "没有写明是哪个市、县" not in run.output
    settings = {r[0]: r[1] for r in openpyxl.load_workbook(book)["设置"].iter_rows(values_only=True)}
    assert settings["城市名称"] == "某某市"


@pytest.mark.parametrize(
    ("title", "preamble", "expected"),
    [
        (  # header, 目录, then the first plan's heading
            "5篇科技局2024年工作计划整理",
            ["科技局2024年工作计划汇编（5篇）", "目 录", "1.区科技局2024年度工作计划",
             "2.区科技局2024年工作计划", "区科技局2024年度工作计划", "2024年，围绕……提供支撑。"],
            "区科技局2024年度工作计划",
        ),
        (  # "…4篇", the site's blurb, then "… 篇1"
            "科技年度工作计划4篇",
            ["下面是小编收集整理的科技年度工作计划4篇，欢迎阅读与收藏。", "科技年度工作计划 篇1", "20xx年，……。"],
            "科技年度工作计划",
        ),
        (  # a document-sharing page's counters before the title
            "- 5",
            ["- 0", "- 约1.5万字", "- 约 23页", "某县“十二五”科技发展规划", "（2011~2015）"],
            "某县“十二五”科技发展规划",
        ),
        ("本篇文章586字，读完约1分钟", ["据4月17日召开的省科技工作会议消息，……。"], ""),
        # an ordinary plan keeps its title, even with a 目录 of its own parts
        ("某市科技局2024年工作要点", ["目录", "一、总体要求", "二、重点任务"], "某市科技局2024年工作要点"),
    ],
)
def test_page_headers_are_not_the_title(title, preamble, expected):
    assert plan_title(title, preamble) == expected
