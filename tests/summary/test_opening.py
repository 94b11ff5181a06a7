"""The summary's opening names the leadership of the bureau's own level (QA Q13)."""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from kjreport import text as tx
from kjreport.cli import main
from tests.summary.docx_readback import body_text


@pytest.mark.parametrize(
    ("organization", "city", "expected"),
    [
        ("汉寿县科技和工业信息化局", "汉寿县", "县委、县政府"),
        ("常德市科学技术局", "常德市", "市委、市政府"),
        ("常德市武陵区科学技术局", "常德市", "区委、区政府"),
        ("山东省科学技术厅", "山东省", "省委、省政府"),
        ("准格尔旗科学技术局", "", "旗委、旗政府"),
        ("延边朝鲜族自治州科学技术局", "", "州委、州政府"),
        ("科技局", "宝塔区", "区委、区政府"),  # the unit's name says nothing: 城市名称
        ("科技局", "", "市委、市政府"),
        # a development zone's unit works under its 党工委、管委会 (qa by the lead, 宁东 2018)
        ("宁东能源化工基地管委会科技局", "宁东能源化工基地", "党工委、管委会"),
        ("西安高新区创新发展局", "", "党工委、管委会"),
        ("天津经济技术开发区科技局", "", "党工委、管委会"),
        ("科技局", "杨凌示范区", "党工委、管委会"),
        ("上海市浦东新区科学技术委员会", "", "区委、区政府"),  # a district, not a zone
        # a town's plan (常平 2017, final122: a 镇 without counties, under a 地级市 with no 县)
        ("东莞市常平镇科技办", "常平镇", "镇党委、镇政府"),
        ("常平镇人民政府", "常平镇", "镇党委"),  # a government itself: its Party committee
        ("汉寿县人民政府", "汉寿县", "县委"),
    ],
)
def test_leadership_by_level(organization, city, expected):
    assert tx.leadership(organization, city) == expected


def test_setting_overrides(organization="汉寿县科技和工业信息化局"):
    assert tx.leadership(organization, "", "县委、县政府和市科技局") == "县委、县政府和市科技局"


def _settings(book, **values):
    wb = openpyxl.load_workbook(book)
    ws = wb["设置"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value in values:
            row[1].value = values.pop(row[0].value)
    for key, value in values.items():
        ws.append([key, value])
    wb.save(book)


def test_a_county_bureaus_summary_thanks_the_county(sample_copy, tmp_path):
    _settings(sample_copy, 城市名称="汉寿县", 单位名称="汉寿县科技和工业信息化局")
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(sample_copy), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    text = body_text(out).replace("\n", "")
    assert "汉寿县科技和工业信息化局在县委、县政府的正确领导下" in text
    assert "市委、市政府" not in text


def test_the_setting_wins(sample_copy, tmp_path):
    _settings(sample_copy, 领导机关="市委、市政府和省科技厅")
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(sample_copy), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    assert "在市委、市政府和省科技厅的正确领导下" in body_text(out).replace("\n", "")


def test_a_zone_is_a_whole_of_its_own():
    assert tx.scope("宁东能源化工基地") == "全基地"
    assert tx.scope("西安高新区") == "全区"
    # playing 株洲经开区 2025 (final78): 城市名称 株洲市, the unit the zone's — its plan is the zone's
    assert tx.scope("株洲市", "株洲经济技术开发区科技创新局") == "全区"
    assert tx.scope("鲁泽市", "鲁泽市科学技术局") == "全市"
    assert tx.scope("常平镇", "常平镇人民政府") == "全镇"


def test_a_zone_bureau_in_a_city_speaks_of_its_zone(sample_copy, tmp_path):
    _settings(sample_copy, 城市名称="株洲市", 单位名称="株洲经济技术开发区科技创新局")
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(sample_copy), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    text = body_text(out).replace("\n", "")
    assert "紧紧围绕年初确定的全区科技" in text and "在党工委、管委会的正确领导下" in text
    # the attachment is titled by the zone, not the city it lies in
    assert "附件：1.株洲经济技术开发区2011年科技工作主要指标完成情况表" in text


def test_a_zone_bureaus_summary_thanks_its_working_committee(sample_copy, tmp_path):
    _settings(sample_copy, 城市名称="宁东能源化工基地", 单位名称="宁东能源化工基地管委会科技局")
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(sample_copy), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    text = body_text(out).replace("\n", "")
    assert "宁东能源化工基地管委会科技局在党工委、管委会的正确领导下" in text
    assert "年初确定的全基地科技工作意见" in text
    assert "市委、市政府" not in text
