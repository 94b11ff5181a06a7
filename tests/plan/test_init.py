"""``kjreport init``: next year's workbook from last year's sample workbook and a plan."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.dataset import read_dataset
from kjreport.plan import import_plan
from kjreport.plan.init import InitError, create_workbook
from kjreport.report import analyse
from kjreport.workbook import schema
from kjreport.workbook.open import open_source
from kjreport.workbook.xlsx import XlsxFile

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "sample2011.xlsx"
FIXTURES = Path(__file__).parent / "fixtures"
BEIHU = FIXTURES / "北湖市2012年科技工作意见_utf8bom.txt"
NANSHAN = FIXTURES / "南山市2013年科技工作意见_gb18030.txt"
needs_sample = pytest.mark.skipif(
    not SAMPLE.exists(), reason=f"sample workbook not found at {SAMPLE}"
)


def values(ws) -> list[tuple]:
    return [r for r in ws.iter_rows(values_only=True) if any(v is not None for v in r)]


def validations(ws) -> dict[str, str]:
    """Return first column letter of each validated range → its type."""
    return {
        str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.type
        for dv in ws.data_validations.dataValidation
    }


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    if not SAMPLE.exists():
        pytest.skip(f"sample workbook not found at {SAMPLE}")
    out = tmp_path_factory.mktemp("init") / "2012.xlsx"
    outcome = create_workbook(out, 2012, SAMPLE, import_plan(BEIHU))
    return outcome, openpyxl.load_workbook(out), openpyxl.load_workbook(SAMPLE)


@needs_sample
def test_sheets_in_schema_order_with_hidden_lists(made):
    outcome, new, _ = made
    expected = ["设置"] + [s.name for s in schema.DATA_SHEETS] + ["下拉选项", "上年数来源"]
    assert new.sheetnames == expected
    assert new["下拉选项"].sheet_state == "hidden"
    assert new["上年数来源"].sheet_state == "hidden"  # what --from carried (QA8 F16)
    assert outcome.counties[:3] == ["清河区", "丰源区", "高新区"] and len(outcome.counties) == 10


@needs_sample
def test_last_years_county_figures_become_the_previous_year(made):
    _, new, old = made
    assert values(new["县区上年数据"]) == values(old["县区数据"])  # headers with 万元 kept as typed
    current = values(new["县区数据"])
    assert current[0] == values(old["县区数据"])[0]
    assert [r[0] for r in current[1:]] == [r[0] for r in values(old["县区数据"])[1:]]
    kind = current[0].index("类型")  # each unit keeps its 类型 (区、县、高新区) — QA6 F15
    assert [r[kind] for r in current[1:]] == [r[kind] for r in values(old["县区数据"])[1:]]
    assert all(v is None for r in current[1:] for j, v in enumerate(r[1:], 1) if j != kind)


@needs_sample
def test_department_figures_shift_and_ledgers_carry_over(made):
    _, new, old = made
    old_rows = values(old["科室数据"])
    new_rows = values(new["科室数据"])
    header = old_rows[0]
    cur, prev = header.index("本年数"), header.index("上年数")
    carried, added = new_rows[1:len(old_rows)], new_rows[len(old_rows):]
    assert [r[prev] for r in carried] == [r[cur] for r in old_rows[1:]]
    assert all(r[cur] is None for r in new_rows[1:])
    # after them, a row for each 上报指标 of the new plan, to be reported (qa10b F10)
    assert added and all(r[prev] is None for r in added)
    old_names = {r[header.index("指标")] for r in old_rows[1:]}
    assert not old_names & {r[header.index("指标")] for r in added}
    for name in ("项目台账", "企业台账", "平台台账", "收件人"):
        assert values(new[name]) == values(old[name])
    growth = values(new["增长核算"])
    assert growth[-1][0] == 2012 and all(v is None for v in growth[-1][1:])
    assert growth[:-1] == values(old["增长核算"])
    assert values(new["工作进展"]) == [tuple(c.header for c in schema.PROGRESS.columns)]


@needs_sample
def test_settings_move_to_the_new_year(made):
    _, new, old = made
    got = {r[0]: r[1] for r in values(new["设置"])[1:]}
    was = {r[0]: r[1] for r in values(old["设置"])[1:]}
    assert got["年度"] == 2012 and got["城市名称"] == was["城市名称"]
    assert got["测算起始年份"] == was["测算起始年份"] + 1
    assert got["成文日期"] is None and got["上年数按新口径调整的指标"] is None
    assert got["邮件服务器"] == was["邮件服务器"] and got["邮件端口"] == 465


@needs_sample
def test_drop_downs_formats_and_hints(made):
    _, new, _ = made
    assert validations(new["县区数据"])["A"] == "list"
    assert validations(new["县区数据"])["B"] == "custom"  # a number ≥ 0 or a 不适用 mark (qa11 F20)
    assert validations(new["科室数据"])["A"] == "list"
    projects = validations(new["项目台账"])
    assert projects["A"] == "whole" and projects["D"] == "list" and projects["E"] == "list"
    dv = next(
        d for d in new["目标任务"].data_validations.dataValidation if str(d.sqref).startswith("E")
    )
    assert dv.showInputMessage and "编号" in dv.prompt
    assert new["县区数据"]["B2"].number_format == "0.00"
    assert new["县区数据"]["G2"].number_format == "0"


@needs_sample
def test_plan_sheets_come_from_the_plan(made):
    outcome, new, _ = made
    assert outcome.targets == 20  # issue 9: 专利申请量, 发明专利, 新增 and 增速 targets too
    header = values(new["目标任务"])[0]
    assert values(new["目标任务"])[1][:5] == ("高新技术产业产值", 600, "亿元", "≥", "总")
    assert {"比较", "目标类型", "争取值", "区间上限"} <= set(header)
    rows = {(r[0], r[header.index("目标类型")]) for r in values(new["目标任务"])[1:]}
    assert ("高新技术企业", "新增") in rows and ("财政科技投入", "增速") in rows


@needs_sample
def test_the_new_workbook_reads_back_with_only_blanks_to_fill(made, tmp_path):
    ds = read_dataset(XlsxFile(made[0].path))
    assert ds.settings is not None and ds.settings.year == 2012
    assert len(ds.targets) == 20 and ds.plan is not None
    assert ds.problems and all("为空" in p.found for p in ds.errors)


def test_without_previous_workbook_every_sheet_has_its_header(tmp_path):
    out = tmp_path / "新.xlsx"
    create_workbook(out, 2013)
    wb = openpyxl.load_workbook(out)
    for spec in schema.DATA_SHEETS:
        header = tuple(c.header for c in spec.columns)
        if spec.name == schema.MONTHLY.name:  # then one column per month
            header += tuple(f"{m}月" for m in range(1, 13))
        assert values(wb[spec.name]) == [header]
    settings = {r[0]: r[1] for r in values(wb["设置"])[1:]}
    assert (
        settings["年度"] == 2013 and settings["基本完成线"] == 90 and settings["城市名称"] is None
    )


def test_refusals(tmp_path):
    out = tmp_path / "已有.xlsx"
    out.write_bytes(b"keep me")
    with pytest.raises(InitError, match="已存在"):
        create_workbook(out, 2012)
    assert out.read_bytes() == b"keep me"
    with pytest.raises(InitError, match="2013 年的"):
        create_workbook(tmp_path / "a.xlsx", 2012, plan=import_plan(NANSHAN))
    with pytest.raises(InitError, match=".xlsx"):
        create_workbook(tmp_path / "a.xls", 2012)


@needs_sample
def test_wrong_year_of_previous_workbook(tmp_path):
    with pytest.raises(InitError, match="年度是 2011"):
        create_workbook(tmp_path / "b.xlsx", 2013, SAMPLE)
    assert not (tmp_path / "b.xlsx").exists()


@needs_sample
def test_cli_init(tmp_path):
    out = tmp_path / "2012.xlsx"
    result = CliRunner().invoke(
        main, ["init", "--year", "2012", "--from", str(SAMPLE), str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "已新建 2012 年工作簿" in result.output and "kjreport plan import" in result.output
    again = CliRunner().invoke(main, ["init", "--year", "2012", str(out)])
    assert again.exit_code == 1 and again.output.startswith("错误：") and "已存在" in again.output


@needs_sample
def test_cli_init_explains_the_carried_projects_and_can_keep_fewer_years(tmp_path):
    """QA F14: last years' projects are the base of 同比 (an empty ledger would give false
    "零的突破"), so they are kept and the user is told why; --project-years keeps fewer."""
    run = CliRunner().invoke
    full = tmp_path / "full.xlsx"
    result = run(main, ["init", "--year", "2012", "--from", str(SAMPLE), str(full)])
    assert result.exit_code == 0, result.output
    assert "「项目台账」中是2010–2011年的项目，用于计算同比和历年比较，请保留" in result.output
    assert "2012年的项目接在后面填写，年度填 2012" in result.output

    short = tmp_path / "short.xlsx"
    result = run(main, ["init", "--year", "2012", "--from", str(SAMPLE), "--project-years", "1", str(short)])
    assert result.exit_code == 0, result.output
    years = {r[0] for r in values(openpyxl.load_workbook(short)["项目台账"])[1:]}
    assert years == {2011}
    sample_rows = values(openpyxl.load_workbook(SAMPLE)["项目台账"])[1:]
    dropped = sum(1 for r in sample_rows if r[0] == 2010)
    assert f"项目台账中 {dropped} 行更早年度的项目未沿用" in result.output
    assert "「项目台账」中是2011年的项目" in result.output
    assert f"「项目台账」{len(sample_rows) - dropped} 行" in result.output

    alone = run(main, ["init", "--year", "2012", "--project-years", "1", str(tmp_path / "x.xlsx")])
    assert alone.exit_code == 2 and "要与 --from" in alone.output
    zero = run(main, ["init", "--year", "2012", "--from", str(SAMPLE), "--project-years", "0", str(tmp_path / "y.xlsx")])
    assert zero.exit_code == 2


def test_a_headline_is_not_taken_for_the_bureau_s_place():
    from kjreport.plan.init import bureau_from_title

    assert bureau_from_title("科技部门加速推进区域创新高地建设") == ("", "")  # 常德 2022 news
    assert bureau_from_title("全区科技工作会议召开") == ("", "")
    assert bureau_from_title("延安市科技局抓早动快安排部署") == ("延安市", "延安市科技局")
    assert bureau_from_title("汉寿县2018年工作部署") == ("汉寿县", "")
    # QA4 F13: a 州市 is named whole, and a place before 出台/印发 is the bureau's place
    assert bureau_from_title("福州市“十四五”科技创新朝四大目标发力") == ("福州市", "")
    assert bureau_from_title("磐安县出台了科技发展“十四五”规划") == ("磐安县", "")
    assert bureau_from_title("寇全安同志在全市科技工作会议上的讲话") == ("", "")  # a speech
    assert bureau_from_title("地区科技工作要点") == ("", "")  # 地区 is no place's name
    # a title that opens with its year still names its place (final11 鹰潭)
    assert bureau_from_title("2025年鹰潭市科技工作意见") == ("鹰潭市", "")
    assert bureau_from_title("二〇二四年度临清市科学技术局工作计划") == ("临清市", "临清市科学技术局")
    assert bureau_from_title("2025年全市科技工作要点") == ("", "")
    # a repost that puts the province in brackets first (final68's 大连 2022: "没有写明是哪个市")
    assert bureau_from_title("（辽宁省）大连市人民政府工作报告（2022年1月8日）") == ("大连市", "")
    assert bureau_from_title("(河北省)正定县2025年政府工作报告") == ("正定县", "")
    # a report "关于X……的报告" is about the place after 关于 (武昌 2018, final115: "关于武昌区科学技术局")
    assert bureau_from_title("关于武昌区2018年上半年国民经济和社会发展计划执行情况的报告") == ("武昌区", "")
    assert bureau_from_title("关于加快科技创新的意见") == ("", "")
    # a headline about a city or county on the official list names it, whatever verb follows
    # (承德 2016: "没有写明是哪个市"); a district named after its city is the place
    assert bureau_from_title("承德市强化主导产业科技支撑促进转型升级") == ("承德市", "")
    assert bureau_from_title("绥宁县将科普示范基地建设纳入重点建设项目目标管理") == ("绥宁县", "")
    assert bureau_from_title("常州市武进区科学技术局文件") == ("武进区", "武进区科学技术局")
    assert bureau_from_title("包头市昆都仑区“十三五”科学技术发展规划") == ("昆都仑区", "")
    assert bureau_from_title("城区经济稳中有进") == ("", "")  # 城区 is an official name, and a word
    assert bureau_from_title("某某市强化科技支撑") == ("", "")  # not on the list


def test_a_local_paper_s_dateline_names_the_city():
    # playing 株洲经开区 2025 (final78), a news report pasted from "株洲日报讯(…)": "没有写明是哪个市"
    from kjreport.plan.init import _dateline_place

    assert _dateline_place("株洲日报讯(全媒体记者/李逸峰 通讯员/谢珂) 新增工业产值110亿元以上") == "株洲市"
    assert _dateline_place("常州晚报讯 记者") == "常州市"
    assert _dateline_place("人民日报讯 今年") == ""  # a national paper
    assert _dateline_place("湖南日报讯 今年") == ""  # a province's paper names no city


def test_init_from_a_news_report_takes_the_city_of_its_dateline(tmp_path):
    plan = Path(__file__).parent / "corpus" / "2025_zhuzhoujingkaiqu_news.txt"
    out = tmp_path / "zz.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(plan), str(out)])
    assert result.exit_code == 0, result.output
    settings = {r[0]: r[1] for r in openpyxl.load_workbook(out)["设置"].iter_rows(values_only=True)}
    assert settings["城市名称"] == "株洲市" and "没有写明是哪个市" not in result.output


def test_init_from_a_title_opening_with_its_year_fills_the_city_and_the_usual_bureau_name(tmp_path):
    plan = Path(__file__).parent / "corpus" / "2025_yingtan_yijian.txt"
    out = tmp_path / "yt.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(plan), str(out)])
    assert result.exit_code == 0, result.output
    settings = {r[0]: r[1] for r in openpyxl.load_workbook(out)["设置"].iter_rows(values_only=True)}
    # nothing names the bureau: the usual name, to be checked (qa13 F32: check then exits 0)
    assert settings["城市名称"] == "鹰潭市" and settings["单位名称"] == "鹰潭市科学技术局"
    assert "单位名称按惯例填为“鹰潭市科学技术局”" in result.output and "没有写明是哪个市" not in result.output


def test_a_ledger_counted_target_gets_a_department_row_when_the_ledger_is_empty(tmp_path):
    """A bureau starting from its plan has no 企业台账: the 高新技术企业 total gets a 科室数据 row,
    and the figure typed there is the one assessed (QA3 S10). County-column built-ins get none."""
    plan = ROOT / "tests" / "plan" / "corpus" / "2018_handan_news.txt"
    out = tmp_path / "邯郸2018.xlsx"
    create_workbook(out, 2018, plan=import_plan(plan, year=2018))
    wb = openpyxl.load_workbook(out)
    rows = {r[1]: r for r in wb["科室数据"].iter_rows(min_row=2, values_only=True) if r[1]}
    assert rows["高新技术企业"][:3] == ("高新科", "高新技术企业", "家")
    assert "新增高新技术企业" in rows
    for row in wb["科室数据"].iter_rows(min_row=2):
        if row[1].value == "高新技术企业":
            row[3].value, row[4].value = 375, 283
    wb.save(out)
    _, _, results, _ = analyse(open_source(out))
    result = {r.name: r for r in results}["高新技术企业"]
    assert (result.achieved, result.target.value, result.origin) == (375, 380, "科室报送")

    seed = create_workbook(tmp_path / "菏泽.xlsx", 2011,
                           plan=import_plan(ROOT.parent / "shared" / "seeds" / "市科技局全年工作意见.txt"))
    names = {r[1] for r in openpyxl.load_workbook(seed.path)["科室数据"].iter_rows(min_row=2, values_only=True)}
    assert "高新技术产业产值" not in names and "全社会R&D经费投入" not in names


def test_a_county_bureau_types_what_a_built_in_sums_over_counties(tmp_path):
    """磐安 (a county, no 县区 under it): 全社会R&D经费投入占GDP比重, a built-in computed from
    the county columns, gets a 科室数据 row, and the figure typed there is assessed (QA4 F13).
    A city's workbook (福州) still leaves it to 县区数据."""
    plan = ROOT / "tests" / "plan" / "corpus" / "2025_panan_guihua.txt"
    out = tmp_path / "磐安2025.xlsx"
    create_workbook(out, 2025, plan=import_plan(plan, year=2025))
    wb = openpyxl.load_workbook(out)
    rows = {r[1]: r for r in wb["科室数据"].iter_rows(min_row=2, values_only=True) if r[1]}
    assert rows["全社会R&D经费投入占GDP比重"][:3] == ("计划科", "全社会R&D经费投入占GDP比重", "%")
    for row in wb["科室数据"].iter_rows(min_row=2):
        if row[1].value == "全社会R&D经费投入占GDP比重":
            row[3].value, row[4].value = 2.86, 2.62
    wb.save(out)
    _, _, results, _ = analyse(open_source(out))
    result = {r.name: r for r in results}["全社会R&D经费投入占GDP比重"]
    assert (result.value, result.target.value, result.origin, result.status) == (2.86, 2.8, "科室报送", "超额完成")
    assert result.change_pp == pytest.approx(0.24)

    city = create_workbook(tmp_path / "福州2025.xlsx", 2025,
                           plan=import_plan(plan.with_name("2025_fuzhou_news.txt"), year=2025))
    names = {r[1] for r in openpyxl.load_workbook(city.path)["科室数据"].iter_rows(min_row=2, values_only=True)}
    assert "全社会R&D经费投入占GDP比重" not in names


def test_a_plan_that_speaks_as_a_county_has_no_counties(tmp_path):
    from kjreport.plan.init import without_counties

    plan = tmp_path / "计划.txt"
    plan.write_text("2025年科技工作要点\n今年我县全社会R&D经费投入占GDP比重达到2.8%。\n", "utf-8")
    assert without_counties(import_plan(plan, year=2025))
    plan.write_text("闵行区科委2025年工作要点\n全社会R&D经费投入占GDP比重达到2.8%。\n", "utf-8")
    assert without_counties(import_plan(plan, year=2025))
    plan.write_text("2025年科技工作要点\n今年我市全社会R&D经费投入占GDP比重达到2.8%。\n", "utf-8")
    assert not without_counties(import_plan(plan, year=2025))
