"""A plan text without headings whose tasks are parallel clauses ("在A上奋力突破。在B上奋力突破。",
"一要…二要…", "着力…；着力…") is imported as structure; texts that are no plan stay refused
(qa6 F8)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.plan import NotAPlanError, import_plan

CORPUS = Path(__file__).parent / "corpus"
CHANGCHUN = CORPUS / "2023_changchun_news.txt"


def test_conference_news_of_parallel_tasks_makes_a_workbook(tmp_path):
    book = tmp_path / "长春2023.xlsx"
    run = CliRunner().invoke(
        main, ["init", "--year", "2023", "--plan", str(CHANGCHUN), str(book)]
    )
    assert run.exit_code == 0, run.output
    assert "没有识别出量化目标" in run.output and "「目标任务」表为空" in run.output
    wb = openpyxl.load_workbook(book)
    rows = list(wb["工作意见"].iter_rows(min_row=2, values_only=True))
    parts = [r for r in rows if r[1] == "部分"]
    assert [r[3] for r in parts] == [
        "在加速推动科技创新城建设上奋力突破",
        "在加快长春国家自创区建设上奋力突破",
        "在抓好科技成果本地转化上奋力突破",
        "在推行以“揭榜挂帅”为主的科研攻关上奋力突破",
        "在加强企业创新主体培育上奋力突破",
        "在抓好创新平台载体建设上奋力突破",
        "在提高科技金融支撑水平上奋力突破",
        "在营造一流科技创新生态上奋力突破",
    ]
    assert [r[2] for r in parts][:2] == ["一、", "二、"]
    assert wb["目标任务"].max_row == 1  # header only
    # the task's own words are its text; the paper's credit lines are no task text
    texts = " ".join(str(r[4] or "") for r in rows)
    assert "推进科技型中小企业评价" in texts
    assert "长春日报" not in texts and "王思博" not in texts


def test_plan_show_lists_the_parallel_tasks():
    run = CliRunner().invoke(main, ["plan", "show", str(CHANGCHUN)])
    assert run.exit_code == 0, run.output
    assert "在加快长春国家自创区建设上奋力突破" in run.output
    assert "已忽略 2 行网页页眉页脚" in run.output  # (来源:…)(编辑:…)


NUMBERED = """某县召开2024年科技工作会议
3月8日，县科技工作会议召开，总结2023年工作，部署2024年科技工作。会议要求，一要强化企业创新主体地位，\
大力培育高新技术企业和科技型中小企业；二要加快创新平台建设，支持企业建设研发机构；三要深化产学研合作，\
推动科技成果就地转化；四要优化创新生态，落实各项科技政策。
"""

LED = """某市科技局2024年重点工作
今年，市科技局将围绕创新驱动发展战略，着力培育壮大创新主体，推动高新技术企业扩量提质；\
着力建设高能级创新平台，争创省级重点实验室；着力促进科技成果转化，办好技术交易市场；\
着力优化科技创新生态，完善科技金融服务。
"""


FRAMED = """某县2024年科技工作部署
今年，全县科技系统将在培育创新主体上下功夫，推动企业加大研发投入；在建设创新平台上下功夫；\
在促进成果转化上下功夫，办好科技成果对接活动。
"""


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (FRAMED, ["在培育创新主体上下功夫", "在建设创新平台上下功夫", "在促进成果转化上下功夫"]),
        (NUMBERED, ["强化企业创新主体地位", "加快创新平台建设", "深化产学研合作", "优化创新生态"]),
        (LED, ["着力培育壮大创新主体", "着力建设高能级创新平台", "着力促进科技成果转化", "着力优化科技创新生态"]),
    ],
    ids=["在…上", "一要", "着力"],
)
def test_numbered_and_led_task_clauses_make_parts(tmp_path, text, titles):
    path = tmp_path / "部署.txt"
    path.write_text(text, "utf-8")
    result = import_plan(path, year=2024, structure_only=True)
    assert [n.title for n in result.plan.children] == titles
    assert result.targets == []


RESULTS = """某市2023年科技工作综述
一年来，全市科技系统在加快创新平台建设上取得新突破，在培育创新主体上取得新突破，\
在促进成果转化上取得新突破，科技创新工作取得显著成效。
"""

REVIEW = """某市科技局2023年工作回顾
2023年，市科技局在企业培育上持续发力。在平台建设上持续发力。在成果转化上持续发力。全年各项工作取得了明显成效。
"""


PAST_LED = """某市科技局2023年工作情况
一年来，市科技局着力培育创新主体，着力建设创新平台，着力优化创新生态，各项工作稳步推进。
"""


@pytest.mark.parametrize(
    "text", [RESULTS, REVIEW, PAST_LED], ids=["取得新突破", "工作回顾", "一年来着力"]
)
def test_a_results_report_in_parallel_clauses_is_still_refused(tmp_path, text):
    path = tmp_path / "综述.txt"
    path.write_text(text, "utf-8")
    with pytest.raises(NotAPlanError, match="看起来不是工作意见"):
        import_plan(path, require_targets=False)
    run = CliRunner().invoke(main, ["init", "--year", "2023", "--plan", str(path), str(tmp_path / "x.xlsx")])
    assert run.exit_code == 1 and not (tmp_path / "x.xlsx").exists()


def test_a_notice_with_two_requirements_is_no_plan(tmp_path):
    path = tmp_path / "通知.txt"
    path.write_text(
        "关于召开科技工作会议的通知\n各县区科技局：定于3月5日召开会议，请各单位按时参加。\n", "utf-8"
    )
    with pytest.raises(NotAPlanError, match="看起来不是工作意见"):
        import_plan(path, require_targets=False)
