"""The reporting units are named by the bureau's level (QA7 F3, F11): a province's 市、州 are 市州
("各市州", "市州主要指标对比表", folder "××省2011年市州科技工作通报", 主送 "各市（州）科技局"); an
autonomous prefecture's 县 and 县级市 with no 区 are 县市, and its check messages say 全州, not 全市.
Through ``kjreport docx/progress/check`` on copies of the sample."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.summary.units import addressee, units_word
from tests.helpers import cli_output
from tests.indicators.test_reported_workbook import edit
from tests.progress.test_qa4_progress import set_setting
from tests.summary.docx_readback import body_text
from tests.summary.renamed_units import set_kinds

PROVINCE = {"清河区": "清河市", "丰源区": "丰源市", "高新区": "东岳新区", "金堤县": "金堤市", "凤城县": "凤城市",
            "柳桥县": "柳桥市", "南湖县": "南湖藏族自治州", "双河县": "双河市", "临泽县": "临泽回族自治州",
            "西山县": "西山市"}
PREFECTURE = {"清河区": "清河市", "丰源区": "丰源县"}


def _renamed(names: dict[str, str], kinds: dict[str, str]):
    """Every cell naming a county renamed; the 类型 column set from the new names' kinds."""
    def change(wb):
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and cell.value.strip() in names:
                        cell.value = names[cell.value.strip()]
        set_kinds(wb, lambda name, kind: next((k for end, k in kinds.items() if name.endswith(end)), kind))
    return change


def _word(city, organization, names, kinds=None):
    settings = SimpleNamespace(city=city, organization=organization)
    return units_word(settings, names, lambda n: (kinds or {}).get(n, ""))


def test_the_word_follows_the_level_of_the_bureau_and_its_units():
    assert _word("鲁泽市", "鲁泽市科学技术局", ["清河区", "西山县"], {"清河区": "区", "西山县": "县"}) == "县区"
    assert _word("甘肃省", "甘肃省科学技术厅", ["兰州市", "甘南藏族自治州", "兰州新区"], {"兰州新区": "区"}) == "市州"
    assert _word("内蒙古自治区", "内蒙古自治区科学技术厅", ["呼和浩特市", "锡林郭勒盟"]) == "盟市"
    assert _word("", "", ["兰州市", "临夏回族自治州", "甘南藏族自治州"]) == "市州"  # level unknown: by the names
    assert _word("", "", ["合作市", "临潭县", "卓尼县"], {"临潭县": "县", "卓尼县": "县"}) == "县区"
    gannan = ["合作市", "临潭县", "卓尼县", "舟曲县"]
    kinds = {n: "县" for n in gannan if n.endswith("县")}
    assert _word("甘南藏族自治州", "甘南藏族自治州科学技术局", gannan, kinds) == "县市"
    assert _word("锡林郭勒盟", "锡林郭勒盟科学技术局", ["二连浩特市", "阿巴嘎旗", "多伦县"], {"多伦县": "县"}) == "旗县市"
    with_district = {"凯里市": "", "镇远县": "县", "某某区": "区"}
    assert _word("某某州", "某某州科学技术局", list(with_district), with_district) == "县区"
    towns = {"城关镇": "镇", "东关街道": "街道"}
    assert _word("甘南藏族自治州", "", list(towns), towns) == "街镇"  # QA8 F2: 街道 and 镇, no 乡
    towns["军屯乡"] = "乡"
    assert _word("甘南藏族自治州", "", list(towns), towns) == "乡镇"
    assert addressee("市州") == "各市（州）科技局" and addressee("县市") == "各县市科技主管部门"


def _county_words(text: str) -> list[str]:
    """Return the phrases naming the units 县区 (the sample's typed 工作进展 may say 县区 itself)."""
    import re

    return re.findall(r"各县区|县区主要指标|县区之间|县区通报|县区报送", text)


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    from tests.conftest import SAMPLE

    tmp = tmp_path_factory.mktemp("province")
    return edit(SAMPLE, tmp / "东岳2011.xlsx", _renamed(PROVINCE, {"州": "州", "市": "市", "新区": "区"}),
                set_setting("城市名称", "东岳省"), set_setting("单位名称", "东岳省科学技术厅"))


def test_a_provinces_documents_say_shizhou(province, tmp_path):
    summary = tmp_path / "总结.docx"
    cli_output("docx", province, "-o", summary, "--force", "--no-charts")
    text = body_text(summary)
    assert re.search(r"2\.\w+省2011年市州主要指标对比表", text) and "市州之间发展不平衡" in text, text
    assert not _county_words(text)
    out = cli_output("docx", province, "--by", "县区", "--force", "-j", "1")
    folder = province.parent / "东岳省2011年市州科技工作通报"
    assert f"已生成 10 份市州通报：{folder}" in out and folder.is_dir()
    notice = body_text(folder / "南湖藏族自治州2011年科技工作通报.docx")
    assert "根据各市州报送的统计数据" in notice and not _county_words(notice)


def test_a_provinces_progress_notice_goes_to_the_shizhou_bureaus(province, tmp_path):
    midyear = edit(province, tmp_path / "东岳2011.xlsx", set_setting("报送月份", 6))
    out = tmp_path / "进度.docx"
    cli_output("progress", midyear, "-o", out, "--force", "--no-charts")
    text = body_text(out)
    assert "各科室，各市（州）科技局：" in text and "上半年市州主要指标排名" in text, text[:300]
    assert not _county_words(text)


@pytest.fixture(scope="module")
def prefecture(tmp_path_factory):
    from tests.conftest import SAMPLE

    tmp = tmp_path_factory.mktemp("prefecture")
    return edit(SAMPLE, tmp / "云岭2011.xlsx", _renamed(PREFECTURE, {"清河市": "市", "丰源县": "县"}),
                set_setting("城市名称", "云岭藏族自治州"), set_setting("单位名称", "云岭藏族自治州科学技术局"))


def test_a_prefectures_counties_are_xianshi(prefecture, tmp_path):
    summary = tmp_path / "总结.docx"
    cli_output("docx", prefecture, "-o", summary, "--force", "--no-charts")
    text = body_text(summary)
    assert re.search(r"2\.\w+州\d{4}年县市主要指标对比表", text) and "全州" in text, text
    assert not _county_words(text) and "居全市" not in text


def test_a_prefectures_check_messages_say_quanzhou(prefecture, tmp_path):
    def slip(wb):
        ws = wb["县区数据"]
        for r in range(2, ws.max_row + 1):
            if ws.cell(r, 1).value == "金堤县":
                ws.cell(r, 1).value = "金堤"
    broken = edit(prefecture, tmp_path / "云岭2011.xlsx", slip)
    result = CliRunner().invoke(main, ["check", str(broken)])
    assert result.exit_code == 1, result.output
    line = next(x for x in result.output.splitlines() if "「金堤」" in x)
    assert "县市「金堤」" in line and "该县市和全州的同比增长" in line, line
    assert "全市" not in result.output
    assert "工作表「县区数据」" in line  # the sheet keeps its name


def _comments(path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.read("word/comments.xml").decode("utf-8") if "word/comments.xml" in z.namelist() else ""


def test_a_provinces_draft_fill_and_init_say_shizhou(province, tmp_path):
    """leftover8b item 4: the --draft rank comment, the 指标结果 sheet's 计算方法 and county block, and
    init's "市州 N 个" follow the level words, as the documents do."""
    import openpyxl

    book = edit(province, tmp_path / "东岳2011.xlsx")
    draft = tmp_path / "草稿.docx"
    cli_output("docx", book, "-o", draft, "--force", "--no-charts", "--draft")
    comments = _comments(draft)
    assert "在10个有数据的市州中排第" in comments and "个有数据的县区" not in comments
    assert "Σ各市州高新技术产业产值" in comments and "Σ各县区" not in comments
    cli_output("fill", book)
    values = [v for row in openpyxl.load_workbook(book)["指标结果"].iter_rows(values_only=True)
              for v in row if isinstance(v, str)]
    assert "Σ各市州全社会R&D经费支出" in values and "重点企业工业总产值 ÷ 全省高新技术产业产值 × 100%" in values
    assert "市州指标（本年数；位次为该指标在各市州中的排名）" in values and "市州" in values
    assert not [v for v in values if "全市" in v or "县区" in v.replace("县区数据", "").replace("县区上年数据", "")]
    out = cli_output("init", "--year", "2012", "--from", book, tmp_path / "东岳2012.xlsx")
    assert "；市州 10 个。" in out and "县区 10 个" not in out, out


def test_a_citys_draft_fill_and_init_keep_xianqu(sample_path, tmp_path):
    import openpyxl

    book = edit(sample_path, tmp_path / "鲁泽2011.xlsx")
    cli_output("fill", book)
    values = [v for row in openpyxl.load_workbook(book)["指标结果"].iter_rows(values_only=True)
              for v in row if isinstance(v, str)]
    assert "Σ各县区高新技术产业产值" in values and "县区指标（本年数；位次为该指标在各县区中的排名）" in values
    out = cli_output("init", "--year", "2012", "--from", book, tmp_path / "鲁泽2012.xlsx")
    assert "；县区 10 个。" in out


def test_a_provinces_collect_messages_say_shizhou(province, tmp_path):
    import shutil

    from tests.test_collect import edit as edit_cells

    master = tmp_path / "东岳2012.xlsx"
    cli_output("init", "--year", "2012", "--from", province, master)
    mixed = tmp_path / "报送.xlsx"
    shutil.copy(master, mixed)
    for unit, figure in (("清河市", 80.5), ("丰源市", 90.1)):
        edit_cells(mixed, "县区数据", unit, {"高新技术产业产值": figure})
    result = CliRunner().invoke(main, ["collect", str(master), str(mixed)])
    assert result.exit_code == 1
    assert "无法判断是哪个市州或科室报送的" in result.output and "--as 报送.xlsx=市州或科室名称" in result.output, \
        result.output
    result = CliRunner().invoke(main, ["collect", str(master), str(mixed), "--as", "报送.xlsx=东湖区"])
    assert result.exit_code == 1 and "「东湖区」既不是汇总表中的市州，也不是科室；市州应为" in result.output, result.output
    assert "县区" not in result.output.replace("县区数据", "")
