"""Reading rules from the blind batches final32 and final33 (issue 9 §3): one test per rule, each
with sentences written for the test in the shape of the corpus sentence that taught it (other
words, numbers and places), then the corpus plan itself (tests/plan/corpus, named in the test)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kjreport.plan import NotAPlanError, import_plan
from kjreport.plan.reader import PlanLine
from kjreport.plan.tables import barred_cells
from tests.plan.test_generalise import found, listed

CORPUS = Path(__file__).parent / "corpus"


def corpus(plan: str):
    """Return the import of a corpus plan for its own year, as the CLI reads it."""
    path = CORPUS / f"{plan}.txt"
    year = json.loads(path.with_suffix(".json").read_text("utf-8"))["source"]["year"]
    return import_plan(path, require_targets=False, year=year)


def corpus_found(plan: str) -> dict[tuple[str, str], tuple]:
    return {(t.indicator, t.kind): (t.comparison, t.value, t.unit) for t in corpus(plan).targets}


# --- a progress table copied one cell a line, "|" alone after each cell (2024_xuanzhou_jinzhan) -

PROGRESS_TABLE = (
    "序号\n|\n重点任务\n|\n三季度完成情况\n|\n"
    "1\n|\n壮大创新主体。全县科技型中小企业入库150家，新增高新技术企业20家。\n|\n"
    "组织申报高新技术企业35家，入库科技型中小企业172家，位居全市第一。\n|\n"
    "2\n|\n促进成果转化。技术合同成交额25亿元。\n|\n"
    "开展技术合同登记，技术合同成交额18.6亿元，其中省外技术合同900万元。\n|\n"
)


def test_a_table_with_a_bar_after_every_cell_is_put_back_into_rows():
    lines = [PlanLine(i, t) for i, t in enumerate(PROGRESS_TABLE.splitlines(), start=1)]
    rows = [line.text for line in barred_cells(lines)]
    assert rows[0] == "序号 | 重点任务 | 三季度完成情况"
    assert rows[1].startswith("1 | 壮大创新主体。") and rows[1].endswith("位居全市第一。")
    assert rows[2].startswith("2 | 促进成果转化。")
    assert len(rows) == 3


def test_the_progress_column_of_such_a_table_is_results_not_targets():
    text = "某县科技局重点工作任务完成情况\n" + PROGRESS_TABLE
    got = found(text, 2024)
    assert got == {
        ("科技型中小企业入库", "总量"): ("≥", 150.0, "家", None),
        ("高新技术企业", "新增"): ("≥", 20.0, "家", None),
        ("技术合同成交额", "总量"): ("≥", 25.0, "亿元", None),
    }
    assert {"35家", "172家", "18.6亿元", "900万元"} <= set(listed(text, 2024))


def test_cells_that_do_not_fill_whole_rows_are_left_as_they_are():
    text = "序号\n|\n任务\n|\n完成情况\n|\n1\n|\n新增高新技术企业20家。\n|\n"
    lines = [PlanLine(i, t) for i, t in enumerate(text.splitlines(), start=1)]
    assert [line.text for line in barred_cells(lines)] == text.splitlines()


def test_corpus_progress_table_reads_the_task_column_only():
    got = corpus_found("2024_xuanzhou_jinzhan")
    assert got[("高新技术企业", "总量")] == ("≥", 160.0, "家")
    assert len(got) == 4
    assert not any(v[1] in (61.0, 11.06, 1010.0) for v in got.values())


# --- "在全市征选了27项重大技术需求，将面向全球发布" (2022_changzhou_news) ---------------------------


def test_a_verb_with_le_right_before_its_count_is_done():
    text = "某县2023年科技工作要点\n全年新增高新技术企业30家；在全县征集了45项技术难题，将组织专家攻关。\n"
    assert found(text, 2023) == {("高新技术企业", "新增"): ("≥", 30.0, "家", None)}
    assert "往年实绩" in listed(text, 2023)["45项"]


def test_le_before_a_year_is_no_count_done():
    text = "某县2023年科技工作要点\n会议部署了2023年工作，全年新增高新技术企业30家。\n"
    assert found(text, 2023) == {("高新技术企业", "新增"): ("≥", 30.0, "家", None)}


def test_corpus_le_count_is_listed():
    r = corpus("2022_changzhou_news")
    assert "27项" in {u.quantity for u in r.past}
    assert len(r.targets) == 2


# --- "过去5年，……分别增长6倍和2倍……" (2023_chongqing_kejihui) -----------------------------------


def test_a_paragraph_opened_by_past_years_in_digits_reports_results():
    text = (
        "某市召开2024年科技创新大会\n"
        "过去3年，全市科技型企业、高新技术企业分别增长4倍和1.5倍。新增省级研发平台36个。研发人员增长0.8倍。\n"
        "今年，全市力争新增高新技术企业100家。\n"
    )
    assert found(text, 2024) == {("高新技术企业", "新增"): ("≥", 100.0, "家", None)}
    assert {"4倍", "36个", "0.8倍"} <= set(listed(text, 2024))


def test_a_year_ending_in_a_digit_is_no_span_of_years():
    # "2024年累计" is no "4年累计" (a span of past years)
    text = "某县2024年科技工作要点\n全县高新技术企业2024年累计达到60家。\n"
    assert found(text, 2024) == {("高新技术企业", "累计"): ("≥", 60.0, "家", None)}


def test_corpus_past_five_years_paragraph_gives_no_target():
    with pytest.raises(NotAPlanError) as refused:  # no target left: plan show says so
        corpus("2023_chongqing_kejihui")
    assert "28个" in str(refused.value) and "往年实绩" in str(refused.value)


# --- "新增认定或培育高新技术企业50家、引进或培育科技型中小企业300家" (2025_changzhoujingkaiqu_news) -


def test_an_item_after_the_list_comma_with_a_verb_of_its_own_is_no_increment():
    text = (
        "某区2026年科技工作要点\n"
        "全年新增认定科技型企业80家、引进或培育科技型中小企业200家、遴选重点科技项目30个。\n"
    )
    got = found(text, 2026)
    assert got[("科技型企业", "新增")][:2] == ("≥", 80.0)
    assert got[("科技型中小企业", "总量")][:2] == ("≥", 200.0)
    assert ("科技型中小企业", "新增") not in got
    assert any(kind == "总量" and v[1] == 30.0 for (_, kind), v in got.items())


def test_a_bare_name_after_the_list_comma_still_shares_the_increment():
    got = found("某区2026年科技工作要点\n全年新增市级研发平台15家、省级研发平台5家。\n", 2026)
    assert got[("省级研发平台", "新增")][:2] == ("≥", 5.0)


def test_corpus_own_verb_items_are_totals():
    got = corpus_found("2025_changzhoujingkaiqu_news")
    assert got[("科技型中小企业", "总量")] == ("≥", 300.0, "家")
    assert got[("高新技术企业", "新增")] == ("≥", 50.0, "家")


# --- "完成全年任务目标(1300家)的54.2%" (2019_shijiazhuang_news) -----------------------------------


def test_a_task_in_brackets_after_renwu_mubiao_is_the_years_target():
    text = (
        "某市前三季度新增一批高新技术企业\n"
        "今年前三季度，全市新增高新技术企业86家，完成全年任务目标（120家）的71.7%，总数达到905家。\n"
    )
    assert found(text, 2022) == {("高新技术企业", "新增"): ("≥", 120.0, "家", None)}
    assert {"86家", "71.7%", "905家"} <= set(listed(text, 2022))


def test_corpus_task_in_brackets_is_read():
    assert corpus_found("2019_shijiazhuang_news") == {("科技型中小企业", "新增"): ("≥", 1300.0, "家")}


# --- "省科技型中小企业认定125家，超额完成90家的考核目标，完成率139%" (2021_pujiang_nianjian) -------


def test_the_task_exceeded_is_the_years_target_and_the_count_before_it_the_result():
    text = "某县2022年科技工作\n2022年，全县新增高新技术企业45家，超额完成38家的年度考核目标，完成率118%。\n"
    assert found(text, 2022) == {("高新技术企业", "新增"): ("≥", 38.0, "家", None)}
    assert {"45家", "118%"} <= set(listed(text, 2022))


def test_an_exceeded_ratio_names_no_task():
    text = "某县2022年科技工作\n2022年，全县新增高新技术企业45家，超额完成年度目标任务的18%。\n"
    assert found(text, 2022) == {}


# --- "等六项工程和四项优化服务" (2016_tianjin_yaodian) ------------------------------------------


def test_counts_of_programmes_joined_by_he_are_no_targets():
    text = "某市2025年工作要点\n实施人才引育、平台提升、企业培育等五项工程和三项专项服务，全市高新技术企业达到900家。\n"
    assert found(text, 2025) == {("高新技术企业", "总量"): ("≥", 900.0, "家", None)}
    assert "措施" in listed(text, 2025)["5项"]


# --- "示范区新增科技型中小企业3000家，达到2.4万家；新增科技小巨人企业140家，达到1400家" (天津 2016) -


def test_a_zone_as_subject_keeps_its_figures_apart_from_the_whole_places():
    text = (
        "某市2025年工作要点\n"
        "一、壮大企业\n全市科技型中小企业达到2万家，瞪羚企业达到300家。\n"
        "二、建设高新区\n高新区新增科技型中小企业500家，达到3000家；新增瞪羚企业20家，达到80家。\n"
    )
    got = found(text, 2025)
    assert got[("科技型中小企业", "总量")][1] == 20000.0
    assert got[("高新区科技型中小企业", "新增")][1] == 500.0
    assert got[("高新区科技型中小企业", "总量")][1] == 3000.0
    assert got[("高新区瞪羚企业", "新增")][1] == 20.0
    assert got[("高新区瞪羚企业", "总量")][1] == 80.0
    assert got[("瞪羚企业", "总量")][1] == 300.0


def test_a_named_county_as_subject_is_the_place_itself():
    got = found("某县2025年工作要点\n2025年，江南县新增高新技术企业30家。\n", 2025)
    assert got == {("高新技术企业", "新增"): ("≥", 30.0, "家", None)}


def test_corpus_zone_totals_are_read():
    got = corpus_found("2016_tianjin_yaodian")
    assert got[("示范区科技型中小企业", "总量")][1] == 24000.0
    assert got[("示范区科技小巨人企业", "总量")][1] == 1400.0
    assert got[("科技小巨人企业", "总量")][1] == 3800.0
    assert not any(v[1] == 6.0 for v in got.values())


# --- "全市高新技术产业产值翻一番、战略性新兴产业产值突破600亿元" (2017_yibin_news) ------------------


def test_a_goal_without_number_before_the_list_comma_does_not_name_the_next():
    text = "某县2024年科技工作要点\n力争全县规上工业企业研发投入翻一番、高新技术产业增加值突破80亿元。\n"
    got = found(text, 2024)
    assert got == {("高新技术产业增加值", "总量"): ("≥", 80.0, "亿元", None)}


def test_corpus_goal_after_a_doubling_keeps_its_own_name():
    got = corpus_found("2017_yibin_news")
    assert got[("战略性新兴产业产值", "总量")] == ("≥", 600.0, "亿元")
    assert ("高新技术产业产值", "总量") not in got


# --- "力争到2017年，……。" / "同时，……授权专利数年均增长20%以上" (2017_yibin_news) ------------------

HORIZONS = (
    "到2030年建成科技强县\n"
    "力争到2026年，全县高新技术企业达到60家。\n"
    "{opening}全县发明专利授权量年均增长15%以上，科技实力全面提升。\n"
)


def test_a_paragraph_opened_by_tongshi_goes_on_with_the_years_of_the_one_before():
    got = found(HORIZONS.format(opening="同时，"), 2026)
    assert got[("高新技术企业", "总量")][1] == 60.0
    assert got[("发明专利授权量", "增速")][:2] == ("≥", 15.0)


def test_without_tongshi_an_undated_paragraph_keeps_the_title_year():
    text = HORIZONS.format(opening="")
    assert ("发明专利授权量", "增速") not in found(text, 2026)
    assert "2030年的目标" in listed(text, 2026)["15%以上"]


def test_corpus_growth_after_tongshi_is_the_years():
    assert corpus_found("2017_yibin_news")[("授权专利数", "增速")][:2] == ("≥", 20.0)


# --- a 年鉴 page of two columns copied line by line (2021_pujiang_nianjian) --------------------


def _wrapped(text: str, width: int = 40) -> list[str]:
    """Return ``text`` broken into lines of at most ``width`` half-width places, as a page sets it."""
    lines, line = [], ""
    for c in text:
        w = 2 if ord(c) > 0x2E7F else 1
        if sum(2 if ord(x) > 0x2E7F else 1 for x in line) + w > width:
            lines.append(line)
            line = ""
        line += c
    return [*lines, line] if line else lines


def two_column_page(left: str, right: str) -> str:
    """Return a page whose left and right columns are copied side by side, line by line."""
    a, b = _wrapped(left), _wrapped(right)
    rows = [f"{x} {y}".strip() for x, y in zip(a + [""] * len(b), b + [""] * len(a), strict=False)]
    return "\n".join(r for r in rows if r) + "\n"


LEFT = (
    "【概况】2023年，全县新认定国家高新技术企业41家，同比增长17%，其中新申报认定31家，"
    "省级科技型中小企业入库208家，超额完成180家的考核目标，完成率116%。组织认定县级研发中心25家，"
    "市级研发机构12家，省级研发中心6家，全年举办科技活动周、科技下乡等活动，服务企业和农户。"
)
RIGHT = (
    "【科技服务】建立部门之间研发投入比对机制，完善小微园区创新考核办法，落实科技新政各项条款，"
    "加大对企业研发投入的补助力度，对规模以上企业研发投入实行分档奖补，引导企业建立研发机构，"
    "全年规模以上工业企业研发费用增长21%，研发费用占营业收入比重达到2.9%，居全市前列。"
)


def test_a_two_column_page_is_read_column_by_column():
    text = two_column_page(LEFT, RIGHT)
    assert "超额完成180家的考核目标" not in text.replace("\n", "")  # the columns run together
    assert len(text.splitlines()) >= 7
    got = found(text, 2023)
    assert got == {("省级科技型中小企业入库", "总量"): ("≥", 180.0, "家", None)}
    kept = listed(text, 2023)
    assert {"208家", "41家", "21%", "2.9%"} <= set(kept)


def test_one_column_text_with_spaces_is_left_as_it_is():
    from kjreport.plan.columns import split_columns

    text = "某县2023年科技工作要点\n" + "\n".join(
        ["全年新增高新技术企业 30 家，科技型中小企业入库 120 家，技术合同成交额 8 亿元。"] * 8
    )
    lines = [PlanLine(i, t) for i, t in enumerate(text.splitlines(), start=1)]
    assert split_columns(lines) == (lines, [])


def test_corpus_two_column_yearbook_page_gives_the_task_exceeded():
    r = corpus("2021_pujiang_nianjian")
    assert [(t.value, t.unit) for t in r.targets] == [(90.0, "家")]
    assert any("双栏" in note for note in r.notes)


def test_the_task_exceeded_gets_no_threshold_flag():
    # "90家的考核目标" is the goal itself, not a size that picks a class of firms
    from kjreport.model import Target
    from kjreport.plan.review import review_flags

    rows = [
        Target("高新技术企业", 38, "家", sentence="全县新增高新技术企业45家，超额完成38家的年度考核目标，完成率118%。"),
        Target("销售", 3000e4, "元", sentence="规模以上工业企业都要建立研发机构，年销售3000万元以上企业将建立研发中心"),
    ]
    got = review_flags(rows, signals=("threshold",))
    assert got[0] == "" and "门槛" in got[1]
