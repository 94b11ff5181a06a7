"""Reading rules from the blind batch final12 and QA round 7 (issue 9 §3): one test per rule,
each from a real sentence (tests/plan/corpus file or the QA7 plan named in the test), cut down
to the rule. General rules only: no place names or document ids in the code."""

from __future__ import annotations

from tests.plan.test_generalise import found, listed, parse

# 2020_zhuzhou_news: a city's meeting news; after the city's targets, the parks inside the
# 自主创新示范区 get their own figures in one clause up to the full stop
ZHUZHOU = """株洲市2020年科技创新工作会议
一、今年目标
今年，株洲预计全社会研究与试验发展经费占GDP的比重超过3%，稳居全省第一；新引进科技创新人才200名，万人有效发明专利拥有量16件以上，科技进步贡献率达到65%；自创区内园区技工贸总收入达到2700亿元，全社会研发投入占GDP比重超过5%，万人有效发明专利拥有量达到60件。
"""


def test_the_parks_inside_a_zone_are_not_the_citys_targets():
    got = found(ZHUZHOU, 2020)
    assert 2700 not in {v[1] for v in got.values()}, got
    assert ("科技进步贡献率", "总量") in got and got[("科技进步贡献率", "总量")][1] == 65
    assert ("万人有效发明专利拥有量", "总量") in got and got[("万人有效发明专利拥有量", "总量")][1] == 16
    why = listed(ZHUZHOU, 2020)
    assert "园区" in why["2700亿元"] and "不是本地的总目标" in why["2700亿元"], why
    # the whole clause is the parks': its 5% and 60件 are listed with the same reason
    assert why["5%"] == why["60件"] == why["2700亿元"]


# --- QA7 F9: a province's or an autonomous prefecture's plan names its place in the title -----

GANSU = """甘肃省打造全国区域性科技创新及转化基地行动方案
一、总体要求
主要目标是：2025年，综合科技创新水平全国排名提升1位，科技进步贡献率达到62%，高新技术企业达到2600家。
到2030年，综合科技创新水平进入全国前20位，科技进步贡献率达到65%，高新技术企业达到3800家。
"""


def _init(tmp_path, text, name, *more):
    from click.testing import CliRunner

    from kjreport.cli import main

    plan = tmp_path / f"{name}.txt"
    plan.write_text(text, encoding="utf-8")
    out = tmp_path / f"{name}.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(plan), str(out), *more])
    assert result.exit_code == 0, result.output
    return out, result.output


def _settings(path):
    import openpyxl

    ws = openpyxl.load_workbook(path)["设置"]
    return {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(2, ws.max_row + 1)}


def test_a_province_or_autonomous_prefecture_at_the_start_of_the_title_is_the_place():
    from kjreport.plan.init import bureau_from_title, bureau_name

    assert bureau_from_title("甘肃省打造全国区域性科技创新及转化基地行动方案") == ("甘肃省", "")
    assert bureau_from_title("甘南藏族自治州强科技行动实施方案") == ("甘南藏族自治州", "")
    assert bureau_from_title("广西壮族自治区科学技术厅2024年工作要点") == ("广西壮族自治区", "广西壮族自治区科学技术厅")
    # still not a place: a headline, the whole province
    assert bureau_from_title("全省科技工作会议召开") == ("", "")
    assert bureau_from_title("科技强省建设三年行动方案") == ("", "")
    assert bureau_name("甘肃省") == "甘肃省科学技术厅"
    assert bureau_name("广西壮族自治区") == "广西壮族自治区科学技术厅"
    assert bureau_name("甘南藏族自治州") == "甘南藏族自治州科学技术局"


def test_init_fills_the_province_and_proposes_its_department_of_science_and_technology(tmp_path):
    path, out = _init(tmp_path, GANSU, "甘肃")
    assert _settings(path)["城市名称"] == "甘肃省"
    assert "甘肃省科学技术厅" in out and "××市" not in out, out
    path, out = _init(tmp_path, GANSU.replace("甘肃省打造", "甘南藏族自治州打造"), "甘南")
    assert _settings(path)["城市名称"] == "甘南藏族自治州"
    assert "甘南藏族自治州科学技术局" in out, out


def test_the_hint_for_an_unnamed_place_fits_the_level_the_plan_speaks_for(tmp_path):
    text = GANSU.replace("甘肃省打造", "打造").replace("一、总体要求", "一、总体要求\n全省上下要……，我省科技创新能力明显提升。")
    path, out = _init(tmp_path, text, "省方案")
    assert not _settings(path)["城市名称"]
    assert "“××省”“××省科学技术厅”" in out, out


# --- QA7 F10: rolling a multi-year 方案 over into a year it sets no target for -------------------


def test_rolling_over_never_carries_a_past_years_targets_into_the_new_year(tmp_path):
    """A 行动方案 with targets for 2025 and 2030 only, rolled into 2026: the 2025 rows are not
    2026's targets; the note says the text has none for 2026 and lists 2030's for reference."""
    import openpyxl
    from click.testing import CliRunner

    from kjreport.cli import main

    path, _ = _init(tmp_path, GANSU, "甘肃")
    new = tmp_path / "甘肃2026.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2026", "--from", str(path), str(new)])
    assert result.exit_code == 0, result.output
    out = result.output.replace("\n", "")
    assert "只写了 2025年、2030年 的目标，没有 2026 年的目标" in out, out
    assert "2025年的目标 3 行未沿用" in out, out
    assert "2030年：到2030年，综合科技创新水平进入全国前20位" in out and "3800家" in out, out
    ws = openpyxl.load_workbook(new)["目标任务"]
    assert ws.max_row == 1 or all(c.value is None for row in ws.iter_rows(min_row=2) for c in row)
    assert openpyxl.load_workbook(new)["工作意见"].max_row > 1  # the plan's text is still there


def test_rolling_over_drops_an_end_of_period_target_once_its_year_is_past(tmp_path):
    """"到2026年" targets rolled into 2027 are not 2027's (that year is past); a period target
    of a year still ahead is carried as before (tests/plan/test_rollover.py)."""
    import openpyxl
    from click.testing import CliRunner

    from kjreport.cli import main

    text = GANSU.replace("主要目标是：2025年，", "主要目标是：到2026年，").replace("到2030年，", "到2028年，")
    plan = tmp_path / "方案.txt"
    plan.write_text(text, encoding="utf-8")
    old = tmp_path / "2026.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2026", "--plan", str(plan), str(old)])
    assert result.exit_code == 0, result.output
    new = tmp_path / "2027.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2027", "--from", str(old), str(new)])
    assert result.exit_code == 0, result.output
    out = result.output.replace("\n", "")
    assert "2026年的目标 3 行未沿用" in out and "2028年：到2028年" in out, out
    assert openpyxl.load_workbook(new)["目标任务"].max_row == 1


# --- QA7 F17: a 方案's "每年…", the catalogue's 评价入库 and its own earlier stage ---------------

GANNAN = """甘南藏族自治州强科技行动实施方案
二、主要目标
到2025年，科技创新力量不断增强。全州研究与试验发展（R&D）经费投入强度达到0.5%，高新技术企业达到30家，科技型中小企业评价入库达到100家，技术合同成交额达到5亿元。2023年，高新技术企业达到20家，技术合同成交额达到3亿元。
三、重点任务
（一）强化企业创新主体地位。实施科技型企业梯次培育行动，每年新增科技型中小企业15家以上。
"""


def test_every_year_is_not_part_of_the_name_and_the_row_is_flagged():
    got = found(GANNAN, 2025)
    assert got[("科技型中小企业", "新增")] == ("≥", 15, "家", None), got
    assert not any(name.startswith("每年") for name, _ in got)
    from kjreport.plan import wording

    assert wording.name_before("每年新增科技型中小企业") == "科技型中小企业"
    assert wording.name_before("每年组织考核") == "每年组织考核"  # a frequency keeps its words


def test_a_figure_set_for_every_year_gets_a_review_note():
    from kjreport.plan.review import review_flags

    targets = [t for t in parse(GANNAN, 2025).targets]
    flags = dict(zip((t.indicator for t in targets), review_flags(targets, year=2025), strict=True))
    assert "每年" in flags["科技型中小企业"], flags
    assert flags["高新技术企业"] == "", flags


def test_evaluated_and_registered_small_firms_is_the_catalogues_indicator():
    from kjreport.indicators.catalogue import load_catalogue

    entry = load_catalogue().find("科技型中小企业评价入库")
    assert entry is not None and entry.name == "科技型中小企业"


def test_a_plans_earlier_stage_is_another_years_target_not_a_result():
    r = parse(GANNAN, 2025)
    assert {t.value for t in r.targets} >= {30, 100, 5, 15}
    assert 20 not in {t.value for t in r.targets}
    stage = [u for u in r.other_years if u.quantity in ("20家", "3亿元")]
    assert len(stage) == 2 and all(u.reason.startswith("2023年的阶段目标") for u in stage), r.other_years
    assert not [u for u in r.past if u.quantity in ("20家", "3亿元")]
    # a work plan's (no "到…年") sentence about an earlier year stays a past result
    plain = GANNAN.replace("到2025年，", "")
    assert any(u.quantity == "20家" and "情况" in u.reason for u in parse(plain, 2025).past)


def test_init_writes_the_every_year_row_with_its_review_note(tmp_path):
    import openpyxl

    path, out = _init(tmp_path, GANNAN, "甘南")
    ws = openpyxl.load_workbook(path)["目标任务"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, r, strict=False)) for r in ws.iter_rows(min_row=2, values_only=True)]
    row = next(r for r in rows if r["指标"] == "科技型中小企业" and r["目标类型"] == "新增")
    assert row["目标值"] == 15 and "每年" in (row.get("核对提示") or ""), row
    assert "2023年的阶段目标" in out and "往年实绩" not in out.split("2023年的阶段目标")[0][-200:], out
