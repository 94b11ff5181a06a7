"""Review flags on imported targets (kjreport/plan/review.py) and what the clerk sees of them:
``plan show``'s 核对 column and list, ``init --plan``'s 核对提示 column, ``check``'s reminder.

The flagged sentences are real: rows that the parser of the day read wrongly from blind batches
final7–final9 (benchmarks/plan_review.py), and rows it read right that must stay unflagged.
"""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.model import PlanNode, Target
from kjreport.plan.review import (
    plain_lines,
    plan_headings,
    possible_misses,
    review_flags,
    target_lines,
)

PLAN = """某市科学技术局2024年工作要点
一、主要目标
全社会研发经费投入增长10%以上，高新技术企业总数达到260家。
新认定省级以上科技平台2家以上。
二、重点工作
力争技术合同成交额达到12亿元。
高新技术企业总数达2212家，同比增长21.7%。
"""


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def flag(target: Target, **kwargs) -> str:
    return review_flags([target], **kwargs)[0]


# --- wrong readings of the first runs are flagged, each with its reason ----------------------------


def test_a_number_cut_in_two_is_flagged():
    # 2010_yongzhou_mubiao at da70fba: "3 0%" read as the name "…的3" and 0 %
    t = Target(
        "发明专利占总申请量的3",
        0,
        "%",
        sentence="年专利申请量达到3 5 0件以上，其中发明专利占总申请量的3 0%以上，企业专利申请量年增长不低于2 0%",
    )
    assert flag(t) == "目标值为0，可能读错了数字；名称中有数字，可能把数字读断了"


def test_a_count_of_listed_firms_is_flagged():
    # 2024_linqing_jihua at 6aa0ad4
    t = Target(
        "抓好中冶银河、三和纺织、海亮奥博特",
        3,
        "家",
        sentence="三是抓骨干引领，重点抓好中冶银河、三和纺织、海亮奥博特3家研发投入过亿元企业。",
    )
    assert "以“抓好”开头" in flag(t)
    assert "所列几项的个数" in review_flags([t], signals=("listed_count",))[0]


def test_a_result_with_tongbi_is_flagged_but_not_a_target_with_yishang():
    # 2017_hunan_news at d4246b7: the year's result; 2019_jinzhou_news: a target
    result = Target("高新技术企业", 21.7, "家", kind="增速", sentence="高新技术企业总数达2212家，同比增长21.7%。")
    target = Target(
        "规模以上工业企业高新技术产品增加值",
        25,
        "%",
        kind="增速",
        sentence="今年规模以上工业企业实现高新技术产品增加值要达到90亿元，同比增长25%以上。",
    )
    assert flag(result).startswith("增长目标的单位是“家”")
    assert review_flags([result], signals=("result",))[0] == "原文有“同比”，可能是实绩而不是目标"
    assert flag(target) == ""


def test_a_target_under_a_summary_of_last_year_is_flagged():
    # 2020_haishu_silu at 6aa0ad4: "一、2019年重点工作总结" read as the 2020 plan
    root = PlanNode("总", "总", "", "主要任务目标")
    part = PlanNode("一", "部分", "一、", "2019年重点工作总结")
    part.children.append(PlanNode("一.1", "节", "（一）", "科技争投指标稳中有进"))
    root.children.append(part)
    t = Target("高新技术企业", 56, "家", plan_items=("一.1",), kind="新增", sentence="新认定国家高新技术企业56家，全区有效国家高新技术企业总数达162家。")
    reason = flag(t, year=2020, headings=plan_headings(root))
    assert reason == "所在部分“2019年重点工作总结”是往年总结，可能是实绩"


def test_scoring_and_quarterly_rules_are_flagged():
    # 2017_huarong_qingdan at da70fba
    score = Target("每增（减）", 1, "个百分点", kind="提高", sentence="园区高新技术产业增加值增长18%计5分，每增（减）1个百分点加（减）0.2分。")
    quarter = Target("一、二、三、四季度分别", 9, "%", sentence="一、二、三、四季度分别完成9%、12%、15%、18%")
    assert "计分规则" in flag(score)
    assert "季度" in flag(quarter)


def test_right_readings_of_the_first_runs_are_not_flagged():
    rows = [
        Target("全社会R&D经费投入占GDP比重", 2.2, "%", sentence="R&D投入占GDP的比重达到2.2%。"),
        Target("高新技术企业", 50, "家", kind="新增", sentence="新增高新技术企业50家、省级高新技术产品100个，全市高新技术产业产值超1000亿元。"),
        Target("省级高新技术产品", 100, "个", kind="新增", sentence="新增高新技术企业50家、省级高新技术产品100个，全市高新技术产业产值超1000亿元。"),
        Target("每百亿元GDP专利授权数", 180, "件", sentence="每百亿元GDP专利授权数和发明专利申请数分别达180件和68件。"),
        Target("省级公共科技服务平台", 3, "家", comparison="区间", upper=5, kind="新增", sentence="新增2家省级孵化器，新建3-5家省级公共科技服务平台。"),
        Target("在孵企业", 20, "家", kind="新增", sentence="新增在孵企业20家。"),
    ]
    assert review_flags(rows, year=2009) == [""] * len(rows)


# --- lines that may hold a missed target ----------------------------------------------------------


def test_a_restatement_with_another_value_is_a_possible_miss():
    # 2017_huarong_qingdan at da70fba: 20 % read, the year-end 21 % on another line missed
    read = Target("高新技术产业增加值占地区生产总值比重", 20, "%", sentence="开展技术创新，高新技术产业增加值占地区生产总值比重达到20%以上。")
    lines = plain_lines(
        [
            (36, "开展技术创新，高新技术产业增加值占地区生产总值比重达到20%以上。"),
            (38, "年末，全县高新技术产业增加值占地区生产总值比重达到21%"),
            (40, "全县共有高新技术企业12家。"),  # no target word: not a target
        ]
    )
    misses = possible_misses(lines, [read], year=2017)
    assert [(m.line, m.quantity) for m in misses] == [(38, "21%")]
    assert possible_misses(lines, [read], listed={38}, year=2017) == []


def test_traditional_lines_are_compared_in_simplified_characters():
    # 2015_hengnan_guihua is written in traditional characters; its 原文 is simplified
    t = Target(
        "财政科技投入占全县财政预算总支出的比例",
        1.1,
        "%",
        sentence="财政科技投入占全县财政预算总支出的比例提高到1.1%。",
    )
    lines = plain_lines([(4, "財政科技投入占全縣財政預算總支出的比例提高到1.1%。")])
    assert target_lines(lines, [t]) == [4]
    assert [m.quantity for m in possible_misses(lines, [t], year=2015)] == []


# --- through the CLI ------------------------------------------------------------------------------


def test_plan_show_marks_the_doubtful_row_and_lists_it_with_its_line(tmp_path):
    plan = tmp_path / "要点.txt"
    plan.write_text(PLAN, encoding="utf-8")
    out = run("plan", "show", str(plan)).output
    assert "核对" in out
    assert "请重点核对以下 1 项（原文第 7 行）" in out
    assert "  高新技术企业 ≥21.7%（第7行，原文有“同比”，可能是实绩而不是目标）" in out


def test_init_writes_the_review_column_and_check_reminds_until_it_is_cleared(tmp_path):
    plan = tmp_path / "要点.txt"
    plan.write_text(PLAN, encoding="utf-8")
    book = tmp_path / "2024.xlsx"
    result = run("init", "--year", "2024", "--plan", str(plan), str(book))
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(book)["目标任务"]
    header = [c.value for c in ws[1]]
    col = header.index("核对提示")
    notes = {r[0]: r[col] for r in ws.iter_rows(min_row=2, values_only=True) if r[0]}
    assert [n for n in notes.values() if n] == ["原文有“同比”，可能是实绩而不是目标"]
    reminder = "目标任务中还有 1 项标了核对提示"
    checked = run("check", str(book)).output
    assert checked.count(reminder) == 1 and "[提示]" in checked.split(reminder)[0].splitlines()[-1]
    # the clerk checks the row and clears the column: the reminder goes
    wb = openpyxl.load_workbook(book)
    for row in wb["目标任务"].iter_rows(min_row=2):
        row[col].value = None
    wb.save(book)
    assert reminder not in run("check", str(book)).output


def test_plan_import_writes_the_review_column(tmp_path):
    plan = tmp_path / "要点.txt"
    plan.write_text(PLAN, encoding="utf-8")
    book = tmp_path / "plan.xlsx"
    run("plan", "import", str(plan), str(book))
    ws = openpyxl.load_workbook(book)["目标任务"]
    header = [c.value for c in ws[1]]
    assert "核对提示" in header
    notes = [r[header.index("核对提示")] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert sum(bool(n) for n in notes) == 1


def test_plan_show_lists_a_target_stated_only_in_the_headline_as_a_possible_miss(tmp_path):
    # like 2020_sichuan_kejihui: a news headline states a target the body never repeats
    plan = tmp_path / "新闻.txt"
    plan.write_text(
        "某市今年高新技术企业力争突破600家\n一、主要目标\n全社会研发经费投入增长10%以上，技术合同成交额达到12亿元。\n",
        encoding="utf-8",
    )
    out = run("plan", "show", str(plan)).output
    assert "以下 1 处有数字和“力争”“达到”“新增”等目标用语，却没有读出目标，可能遗漏" in out
    assert "第1行「600家」。原文：某市今年高新技术企业力争突破600家" in out
    assert "请重点核对" not in out  # both body targets read plainly: nothing flagged


def test_a_result_word_inside_the_name_itself_is_no_result():
    # 2025_yingtan_yijian (final11): "获评" belongs to the indicator's name, the clause is a target
    t = Target(
        "获评高成长性科技型企业数",
        20,
        "家",
        sentence="有效期内国家高新技术企业突破300，获评高成长性科技型企业数达20家，科技领军及入库企业3实现科技成果转化25项以上。",
    )
    assert flag(t, year=2025) == ""
    # the same word before the name still is: "获评市科学技术奖3项" (2020_haishu_silu, final9)
    past = Target("市科学技术奖", 3, "项", sentence="推荐申报省科学技术奖1项，获评市科学技术奖3项。")
    assert flag(past, year=2020) == "原文有“获评”，可能是实绩而不是目标"


def test_tongbi_after_a_forward_word_is_part_of_the_target():
    # 2009_liaoning_yaodian: "力争…实现总产值480亿元，同比增长33.3%" is the year's target
    t = Target(
        "总产值",
        33.3,
        "%",
        kind="增速",
        sentence="力争2009年81家中小型示范企业新增固定资产投资100亿元，实现总产值480亿元，同比增长33.3%；",
    )
    assert flag(t, year=2009) == ""


def test_a_plan_read_without_doubt_gets_no_review_column(tmp_path):
    plan = tmp_path / "要点.txt"
    plan.write_text("某市科学技术局2024年工作要点\n一、主要目标\n全社会研发经费投入增长10%以上。\n", encoding="utf-8")
    book = tmp_path / "2024.xlsx"
    assert run("init", "--year", "2024", "--plan", str(plan), str(book)).exit_code == 0
    header = [c.value for c in openpyxl.load_workbook(book)["目标任务"][1]]
    assert "目标类型" in header and "核对提示" not in header
    assert "核对提示" not in run("check", str(book)).output
