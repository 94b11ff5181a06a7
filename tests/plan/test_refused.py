"""A text plan import refuses (a results report, no structure, no target) still points the clerk
at every line that states a number with a target word, so those targets can be typed in (issue 9
§3: nothing is dropped silently). Through ``import_plan`` and the real CLI commands."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.plan import NotAPlanError, Unmapped, import_plan, parse_plan
from kjreport.plan.checklist import refused_lines
from kjreport.plan.reader import PlanLine
from kjreport.plan.review import lines_to_type, plain_lines, table_cells

# 2022_zhongwei_news (corpus): a short news item; nothing in it is a plan, but its headline states
# a number with 新增
ZHONGWEI = (
    "我市新增10家国家高新技术企业\n\n2022-11-25 来源:中卫市科学技术局\n\n"
    "近日,全国高新技术企业认定管理工作领导小组办公室印发了《关于对宁夏回族自治区认定机构2022年认定的"
    "第一批高新技术企业备案的函》,我市奥斯化工、天元锰材料研究院10企业位列其中。\n"
)
# 2009_zhengding_news (corpus, simplified): results told in a paragraph; the parser lists them as past
ZHENGDING = (
    "今年以来,正定县科技局始终把发展高新技术及其产业作为科技工作的重要任务来抓。\n"
    "目前,正定县规模以上工业企业普遍建立了技术开发机构,其中市级工程技术研究中心达到4家,市级企业技术中心达到8家。\n"
)


def write(tmp_path: Path, text: str, name: str = "新闻.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_refused_text_names_its_lines_with_a_number_and_a_target_word(tmp_path):
    with pytest.raises(NotAPlanError) as info:
        import_plan(write(tmp_path, ZHONGWEI), require_targets=False)
    message = str(info.value)
    assert "看起来不是工作意见" in message
    assert "以下 1 处有数字和“力争”“达到”“新增”等目标用语，" in message
    assert "第1行「10家」。原文：我市新增10家国家高新技术企业" in message
    assert "「目标任务」表中逐条手工填写" in message
    assert [(m.line, m.quantity) for m, _ in info.value.lines] == [(1, "10家")]


def test_a_line_the_parser_reads_as_a_result_is_listed_with_that_remark(tmp_path):
    with pytest.raises(NotAPlanError) as info:
        import_plan(write(tmp_path, ZHENGDING), year=2009, structure_only=True)
    lines = {m.quantity: remark for m, remark in info.value.lines}
    assert lines == {"4家": "像是往年实绩"}  # one line per sentence: its first unread number
    assert "第2行「4家」（像是往年实绩）" in str(info.value)


def test_a_refused_text_without_such_lines_says_only_why(tmp_path):
    path = write(tmp_path, "关于召开科技工作会议的通知\n各县区科技局：定于3月5日召开会议，请50家企业参加。\n")
    with pytest.raises(NotAPlanError) as info:
        import_plan(path)
    assert info.value.lines == [] and "逐条手工填写" not in str(info.value)


def test_a_text_refused_for_its_year_lists_the_lines_too(tmp_path):
    # 2016_harbin_news: a 2016 report whose only targets are "到2020年"
    path = write(
        tmp_path,
        "哈尔滨市2016年科技工作会议召开\n《报告》提出到2020年，全市R&D经费支出占GDP比重达到2.5%以上；"
        "专利申请量年均增长10%。\n",
    )
    with pytest.raises(NotAPlanError) as info:
        import_plan(path, year=2016)
    message = str(info.value)
    assert "2020年的" in message and "--year 2020" in message
    assert "第2行「2.5%」（是其他年度的）" in message


def test_long_lists_are_cut_with_a_count(tmp_path):
    text = "2019年全市科技工作总结\n" + "".join(f"去年全市新增第{i}类企业{i}家。\n" for i in range(1, 41))
    with pytest.raises(NotAPlanError) as info:
        import_plan(write(tmp_path, text), year=2020)
    assert len(info.value.lines) == 40
    assert "以下 40 处" in str(info.value) and "……另有 10 处" in str(info.value)


@pytest.mark.parametrize(
    "command",
    [
        ["plan", "show", "{plan}"],
        ["plan", "import", "{plan}", "{book}"],
        ["init", "--year", "2022", "--plan", "{plan}", "{book}"],
    ],
)
def test_every_plan_command_lists_the_lines_when_it_refuses(tmp_path, command):
    plan = write(tmp_path, ZHONGWEI, "中卫新闻.txt")
    book = tmp_path / "2022年工作簿.xlsx"
    args = [a.format(plan=plan, book=book) for a in command]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 1
    assert result.output.startswith("错误：中卫新闻.txt 中既没有")
    assert "第1行「10家」。原文：我市新增10家国家高新技术企业" in result.output
    assert "Traceback" not in result.output and not book.exists()


# --- a table pasted one cell a line: its values carry no target word -----------------------------

# 2023_xuancheng_jixiao (corpus): a 项目支出绩效目标表, one cell a line, the value after its name
XUANCHENG_CELLS = "数量 指标 |\n开展招商活动 |\n≥5次 |\n|\n|\n牵头外出招商 |\n≥15次 |\n|\n招引到位资金 |\n≥9000万元 |\n"
# 2015_guilin_fenjie (corpus): a 目标任务分解表, 序号 alone on a line, the unit in the name's brackets
GUILIN_CELLS = (
    "|\n1\n| 综合指标\n| R&D经费支出占GDP比重(%)\n| 市科技局\n| 市统计局、市财政局\n| 1.8%\n| 2.2%\n|\n"
    "2\n| 拥有发明专利(件)\n| 市知识产权局\n| 高新区、各县(区)\n| 3000\n| 4200\n|\n3\n"
)


def numbered(text: str) -> list[tuple[int, str]]:
    return plain_lines(enumerate(text.splitlines(), start=1))


def test_values_of_a_table_pasted_one_cell_a_line_are_pointed_at_with_their_name():
    got = [(m.line, m.quantity, m.text) for m in table_cells(numbered(XUANCHENG_CELLS))]
    assert got == [
        (3, "≥5次", "开展招商活动 | ≥5次"),
        (7, "≥15次", "牵头外出招商 | ≥15次"),
        (10, "≥9000万元", "招引到位资金 | ≥9000万元"),
    ]


def test_a_bare_number_is_a_value_only_in_a_cell_under_a_name_that_gives_the_unit():
    got = {m.quantity: m.text for m in table_cells(numbered(GUILIN_CELLS))}
    assert set(got) == {"1.8%", "2.2%", "3000", "4200"}  # not the 序号 1, 2, 3
    assert got["4200"] == "拥有发明专利（件） | 市知识产权局 | 高新区、各县（区） | 3000 | 4200"


def test_a_refused_text_lists_table_cells_as_such(tmp_path):
    # a bare cell table with a heading: no structure and no target read, so it is refused
    path = write(tmp_path, "2023年项目支出绩效目标表\n" + XUANCHENG_CELLS, "绩效目标表.txt")
    with pytest.raises(NotAPlanError) as info:
        import_plan(path, year=2023, structure_only=True)
    listed = {m.quantity: remark for m, remark in info.value.lines}
    assert listed == {"≥5次": "表格中的数值", "≥15次": "表格中的数值", "≥9000万元": "表格中的数值"}
    assert "等目标用语，或是表格中的数值，" in str(info.value)
    assert "第8行「≥15次」（表格中的数值）。原文：牵头外出招商 | ≥15次" in str(info.value)


def test_lines_to_type_puts_sentences_and_cells_in_line_order():
    text = "去年新增高新技术企业12家。\n" + XUANCHENG_CELLS
    got = [(m.line, cell) for m, cell in lines_to_type(numbered(text), 2023)]
    assert got == [(1, False), (4, True), (8, True), (11, True)]


def test_a_remark_belongs_to_its_own_sentence_not_to_the_whole_line():
    # one line of two sentences, the parser listing only the first as a past result
    lines = [PlanLine(1, "科技工作情况"), PlanLine(2, "去年新认定高新技术企业39家。全市新增科技企业孵化器5个。")]
    result = parse_plan(lines, "x.txt", year=2021)
    result = dataclasses.replace(
        result,
        past=[Unmapped(2, "总", "39家", "去年新认定高新技术企业39家。", "往年实绩")],
        other_years=[], not_targets=[], unmapped=[],
    )
    remarks = {m.quantity: remark for m, remark in refused_lines(lines, result)}
    assert remarks == {"39家": "像是往年实绩", "5个": ""}
