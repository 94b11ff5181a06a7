"""Reported indicators and target kinds through the real entry points, on copies of the sample.

A 目标任务 row may name a built-in, a catalogue synonym, a 科室数据 row or a 县区数据 column;
新增/增速/提高 targets compare the increment, the growth and the change; a built-in/reported
clash is settled by 设置 指标来源优先 and mentioned by ``check``.
"""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.report import check_source, load_report


def edit(src, dst, *changes):
    wb = openpyxl.load_workbook(src)
    for change in changes:
        change(wb)
    wb.save(dst)
    return dst


def next_row(ws):
    row = ws.max_row
    while row > 1 and all(c.value is None for c in ws[row]):
        row -= 1
    return row + 1


def department_row(科室, 指标, 单位, 本年, 上年, 口径="可比"):
    def change(wb):
        ws = wb["科室数据"]
        r = next_row(ws)
        for col, v in zip("ABCDEF", (科室, 指标, 单位, 本年, 上年, 口径), strict=True):
            ws[f"{col}{r}"] = v
    return change


def target(指标, 目标值, 单位, 比较="≥", 条目="一", 科室="", 类型=None, 争取=None, 上限=None):
    def change(wb):
        ws = wb["目标任务"]
        r = next_row(ws)
        for col, v in zip("ABCDEFHIJ", (指标, 目标值, 单位, 比较, 条目, 科室, 类型, 争取, 上限), strict=True):
            ws[f"{col}{r}"] = v
    return change


def county_column(header, current, previous):
    def change(wb):
        for sheet, values in (("县区数据", current), ("县区上年数据", previous)):
            ws = wb[sheet]
            col = ws.max_column + 1
            ws.cell(1, col, header)
            for i, v in enumerate(values, 2):
                ws.cell(i, col, v)
    return change


def setting(key, value):
    def change(wb):
        ws = wb["设置"]
        ws.append([key, value])
    return change


def test_department_row_is_an_indicator(sample_path, tmp_path):
    # a bureau's own 科室 name (not in the built-in list) is accepted
    path = edit(sample_path, tmp_path / "a.xlsx",
                department_row("成果转化科", "技术合同成交额", "亿元", 12, 10),
                target("技术合同成交额", 11, "亿元", 条目="三.1.3"))
    report = load_report(path)
    r = report.result("技术合同成交额")
    assert (r.value, r.previous, r.origin, r.department) == (12, 10, "科室报送", "成果转化科")
    assert r.yoy == pytest.approx(20) and r.completion == pytest.approx(12 / 11 * 100)
    assert r.status == "超额完成" and r.plan_items == ("三.1.3",)
    assert r.sources[0].startswith("科室数据!D")
    assert r in report.results_for("三.1.3")


def test_county_column_is_an_indicator_with_ranks(sample_path, tmp_path):
    current = [5000, 3000, 9000, 1000, 800, 700, 600, 500, 400, 300]  # 万元
    previous = [4000, 3000, 6000, 1000, 800, 700, 600, 500, 400, 0]
    path = edit(sample_path, tmp_path / "b.xlsx",
                county_column("技术合同成交额（万元）", current, previous),
                target("技术市场成交额", 2, "亿元", 条目="三.1.3"))  # a catalogue synonym, in 亿元
    r = load_report(path).result("技术市场成交额")
    assert r.origin == "县区报送" and r.unit == "亿元"  # the plan's unit (qa22 F8)
    assert r.department == "成果科"  # the catalogue's default 责任科室
    assert r.value == pytest.approx(sum(current) / 1e4) and r.previous == pytest.approx(sum(previous) / 1e4)
    assert r.target.value == 2 and r.target.unit == "亿元"  # the target as the plan says it
    assert r.gap == pytest.approx(sum(current) / 1e4 - 2)
    assert r.completion == pytest.approx(sum(current) / 200)
    ranks = {c.county: c.rank for c in r.counties}
    assert ranks["高新区"] == 1 and ranks["西山县"] == 10
    assert next(c for c in r.counties if c.county == "西山县").yoy is None  # base 0: 不可比


def test_county_share_is_weighted(sample_path, tmp_path):
    shares = [40, 30, 60, 20, 20, 20, 20, 20, 20, 20]
    firms = [100, 100, 200, 50, 50, 50, 50, 50, 50, 50]
    path = edit(sample_path, tmp_path / "c.xlsx",
                county_column("有研发活动企业占比（%）", shares, shares),
                county_column("规上工业企业数（家）", firms, firms),
                target("有研发活动企业占比", 30, "%", 条目="四.3.2"))
    r = load_report(path).result("有研发活动企业占比")
    expected = sum(s * f for s, f in zip(shares, firms, strict=True)) / sum(firms)
    assert r.kind == "ratio" and r.value == pytest.approx(expected)
    assert r.change_pp == pytest.approx(0) and r.gap == pytest.approx(expected - 30)


def test_unknown_name_is_a_hint_and_still_listed(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "d.xlsx", target("科技创新券兑付额", 500, "万元", 条目="一"))
    problems = check_source(path)
    hint = [p for p in problems if "科技创新券兑付额" in p.sentence]
    assert hint and hint[0].severity == "提示" and "科室数据" in hint[0].sentence
    r = load_report(path).result("科技创新券兑付额")
    assert r.status == "无数据" and r.target.value == 500


def test_builtin_and_reported_clash(sample_path, tmp_path):
    row = department_row("高新科", "高新技术企业数", "家", 160, 140)
    path = edit(sample_path, tmp_path / "e.xlsx", row)
    out = CliRunner().invoke(main, ["check", str(path)]).output
    assert "既可由内置指标「高新技术企业」计算，又有报送数（「高新技术企业数」，科室数据!D6）" in out and "内置计算" in out
    builtin_value = load_report(sample_path).result("高新技术企业").value
    assert load_report(path).result("高新技术企业").value == builtin_value != 160
    path = edit(path, tmp_path / "f.xlsx", setting("指标来源优先", "科室报送"))
    r = load_report(path).result("高新技术企业")
    assert (r.value, r.previous, r.origin) == (160, 140, "科室报送")
    assert r.target.value == 150  # the sample's target still applies


def test_bad_priority_setting_names_the_cell(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "g.xlsx", setting("指标来源优先", "随便"))
    bad = [p for p in check_source(path) if "指标来源优先" in p.sentence]
    assert bad and bad[0].severity == "错误" and bad[0].cell.startswith("B")


def test_target_kinds_on_builtins(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "h.xlsx",
                target("高新技术企业", 10, "家", 类型="新增", 条目="总"),
                target("高新技术产业产值", 15, "%", 类型="增速", 条目="一.4"),
                target("高新技术产业产值占规模以上工业总产值比重", 1, "个百分点", 类型="提高", 条目="一.4"))
    report = load_report(path)
    stock = report.result("高新技术企业")
    new = report.result("新增高新技术企业")  # a second target of one indicator is named by its kind
    assert new.target.kind == "新增" and stock.target.kind == "总量"
    assert new.achieved == pytest.approx(stock.value - stock.previous)
    assert new.completion == pytest.approx(new.achieved / 10 * 100)
    growth = report.result("高新技术产业产值（增速）")
    assert growth.achieved == pytest.approx(growth.yoy) and growth.gap == pytest.approx(round(growth.yoy, 1) - 15)  # as printed (qa12 F23)
    assert growth.completion is None  # a growth target is compared in 个百分点
    rise = report.result("高新技术产业产值占规模以上工业总产值比重（提高）")
    assert rise.achieved == pytest.approx(rise.change_pp)
    assert rise.status in ("超额完成", "完成", "基本完成", "未完成")


def test_reported_increment_figure_wins_over_the_difference(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "i.xlsx",
                department_row("高新科", "新认定高新技术企业", "家", 23, 18),
                target("高新技术企业", 20, "家", 类型="新增", 条目="总"))
    r = load_report(path).result("新增高新技术企业")
    assert r.achieved == 23 and r.status == "超额完成"
    assert any(s.startswith("科室数据!") for s in r.sources)


@pytest.mark.parametrize("word", ["新进", "新引进", "新培育"])
def test_an_office_s_own_increment_word_names_the_increment_row(sample_path, tmp_path, word):
    # 汉寿 2018: the plan says 新进规模工业企业12户, the office types a row 新进规模工业企业
    path = edit(sample_path, tmp_path / "n.xlsx",
                department_row("工业股", f"{word}规模工业企业", "户", 14, None),
                target("规模工业企业", 12, "户", 类型="新增", 条目="总"))
    r = load_report(path).result("规模工业企业")
    assert r.achieved == 14 and r.status == "超额完成"


def test_stretch_range_and_band(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "j.xlsx",
                department_row("成果科", "技术合同成交额", "亿元", 12, 10),
                department_row("计划科", "新型研发机构", "家", 4, 2),
                department_row("办公室", "区域科技创新指数", "", 161, 150),
                target("技术合同成交额", 11, "亿元", 争取=12, 条目="三.1.3"),
                target("新型研发机构", 3, "家", 比较="区间", 上限=5, 条目="二.2.3"),
                target("区域科技创新指数", 160, "", 比较="≈", 条目="总"))
    report = load_report(path)
    contract = report.result("技术合同成交额")
    assert contract.stretch_met is True and contract.status == "超额完成" and "争取" in contract.status_note
    assert report.result("新型研发机构").status == "完成"
    index = report.result("区域科技创新指数")
    assert index.status == "完成" and index.unit == ""


def test_fill_list_shows_the_catalogue(sample_path):
    out = CliRunner().invoke(main, ["fill", "--list"]).output
    assert "【内置指标】" in out and "【指标库】" in out
    assert "全社会R&D经费支出占GDP比重" in out  # a synonym, shown in Chinese
    assert "技术合同成交额" in out and "国科发政字〔2000〕063号" in out
    assert "来源（已核实）：" in out and "      来源未核实：" in out  # every source says how it was checked
    assert "catalogue_sources.csv" in out and out.count("同义词：") >= 30
    out = CliRunner().invoke(main, ["fill", "--list", str(sample_path)]).output
    assert "【本工作簿报送】" in out and "财政科技拨款" in out


def test_fixed_choices_still_reject(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "k.xlsx", department_row("成果科", "技术合同成交额", "亿元", 12, 10, "差不多"),
                target("技术合同成交额", 11, "亿元", 条目="三.1.3", 类型="翻番"))
    bad = {p.sheet: p for p in check_source(path) if "不在可选范围内" in p.sentence}
    assert set(bad) == {"科室数据", "目标任务"}
    assert "总量、新增、净增、累计、增速、提高" in bad["目标任务"].sentence


def test_bad_target_rows_name_their_cells(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "l.xlsx",
                target("新型研发机构", 3, "家", 比较="区间", 条目="二.2.3"),  # no 区间上限
                target("高新技术产业产值", 900, "亿元", 条目="一.4"))  # a second 总量 target
    errors = [p for p in check_source(path) if p.severity == "错误"]
    sentences = " ".join(p.sentence for p in errors)
    assert "区间上限为「空」" in sentences and "J36" in sentences
    assert "「高新技术产业产值」的总量目标重复出现（另见 A2）" in sentences
    out = CliRunner().invoke(main, ["check", str(path)])
    assert out.exit_code == 1 and "Traceback" not in out.output


def test_known_indicator_without_data_says_where_to_put_it(sample_path, tmp_path):
    path = edit(sample_path, tmp_path / "m.xlsx", target("R＆D人员全时当量", 5000, "人年", 条目="总"))
    hint = next(p for p in check_source(path) if "R&D人员全时当量" in p.sentence)
    assert hint.severity == "提示" and "指标目录：研发人员" in hint.sentence and "是否应为" not in hint.sentence


def test_empty_ledger_is_no_data_not_zero(sample_path, tmp_path):
    def empty_ledger(wb):
        ws = wb["企业台账"]
        ws.delete_rows(2, ws.max_row)

    path = edit(sample_path, tmp_path / "n.xlsx", empty_ledger)
    r = load_report(path).result("高新技术企业")
    assert r.value is None and r.status == "无数据" and "企业台账" in r.status_note
    hint = next(p for p in check_source(path) if "「高新技术企业」没有本年数据" in p.sentence)
    assert hint.severity == "提示" and "科室数据" in hint.sentence


def test_fill_list_shows_user_indicators(tmp_path):
    plugin = tmp_path / "我的指标.py"
    plugin.write_text(
        "from kjreport.indicators import indicator\n\n"
        '@indicator("每万人技术合同成交额", unit="万元", inputs={"v": "科室.技术合同成交额"})\n'
        "def per_head(v):\n    return v / 10\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["fill", "--list", "--plugin", str(plugin)]).output
    assert "【自定义指标】" in out and "每万人技术合同成交额（万元）" in out


def test_department_total_with_county_breakdown(sample_path, tmp_path):
    # the city figure as 成果科 reports it, the county ranks from the 县区数据 column
    current = [5, 3, 9, 1, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3]
    path = edit(sample_path, tmp_path / "o.xlsx",
                department_row("成果科", "技术合同成交额", "亿元", 23.5, 19),
                county_column("技术合同成交额（亿元）", current, [round(v * 0.9, 2) for v in current]),
                target("技术合同成交额", 22, "亿元", 条目="三.1.3"))
    r = load_report(path).result("技术合同成交额")
    assert r.value == 23.5 and r.origin == "科室报送"
    assert {c.county: c.rank for c in r.counties}["高新区"] == 1
    assert any(s.startswith("县区数据!") for s in r.sources)
