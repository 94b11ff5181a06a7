"""QA8 F1/F7/F8: init from a 区科委's 印发通知 and from a county's progress table copied from a web page."""

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main

DISTRICT_PLAN = """关于印发《闵行区科学技术委员会 2025年工作要点》的通知
来源:上海市闵行区科学技术委员会  发布时间:2025年2月8日

各镇、街道、莘庄工业区相关部门,科委科协各科、部、室及事业单位:
为深入贯彻落实党的二十大精神,现将《闵行区科学技术委员会2025年工作要点》印发给你们。请紧密联系各自工作实际,扎实推进。
特此通知。
附件:闵行区科学技术委员会2025年工作要点
闵行区科学技术委员会
2025年2月6日

闵行区科学技术委员会2025年工作要点
2025年,闵行区科委将继续以习近平新时代中国特色社会主义思想为指导。
一、主要目标
推动各类主体加强研发创新,全社会研发经费支出(R&D)与地区生产总值之比保持在10%左右;推动科技成果转移转化,技术合同成交额不低于330亿元;推动科技企业高质量发展,有效期内高新技术企业达4000家。
"""

COUNTY_TABLE = """县科学技术局落实2025年《政府工作报告》重点工作二季度进展情况表

发布日期:2025-08-01 14:54 信息来源:县科学技术局 浏览次数:

《政府工作报告》重点工作二季度进展情况表

序号

具体任务与要求

进展情况

牵头单位

牵头领导

1

坚持产业立县、制造强县战略不动摇,大力实施五个倍增计划,确保新增规上工业企业25家,制造业增加值占GDP比重突破33%

截至6月底,126家企业纳入高企培育库,已指导审核24家企业申报今年第一批高企。

县发改局

县科技局

30

放大人才集聚力。实施科技人才引育计划,新增高层次人才30人、青年人才2600人,让各类人才在本县找到舞台。

组织5名高层次创业创新人才申报泰山人才工程。

县科技局

县人社局

37

健全平台建设技术攻关成果转化全链条,新增省市级科研平台14家。

2025年上半年,全县新增市级以上创新平台6个。

县科技局
"""


def _init(tmp_path: Path, text: str) -> tuple[object, dict, list]:
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    out = tmp_path / "book.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2025", "--plan", str(plan), str(out)])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    settings = {r[0]: r[1] for r in book["设置"].iter_rows(values_only=True)}
    targets = list(book["目标任务"].iter_rows(values_only=True))
    return result, settings, targets


def test_a_district_commission_is_taken_as_the_issuing_organ(tmp_path):
    result, settings, _ = _init(tmp_path, DISTRICT_PLAN)
    assert settings["城市名称"] == "闵行区"
    assert settings["单位名称"] == "闵行区科学技术委员会"
    assert "单位名称未填写" not in result.output


def test_the_organ_hint_proposes_the_organ_the_text_names(tmp_path):
    # the title names only the place; the body and signature name the 委员会
    text = DISTRICT_PLAN.replace("《闵行区科学技术委员会 2025年工作要点》", "《闵行区2025年科技工作要点》")
    text = text.replace("闵行区科学技术委员会2025年工作要点\n2025年", "闵行区2025年科技工作要点\n2025年")
    result, settings, _ = _init(tmp_path, text)
    assert settings["城市名称"] == "闵行区"
    assert settings["单位名称"] == "闵行区科学技术委员会"  # the signature line names it
    assert "科学技术局" not in result.output


def test_a_task_table_s_original_text_is_shown_verbatim(tmp_path):
    result, _, targets = _init(tmp_path, COUNTY_TABLE)
    header = targets[0]
    source = header.index("原文")
    name = header.index("指标")
    quoted = {r[name]: r[source] for r in targets[1:] if r[name]}
    assert any("规上工业企业" in n for n in quoted), quoted
    for text in quoted.values():
        assert not text.startswith("力争"), text
    talent = next(v for k, v in quoted.items() if "高层次人才" in k)
    assert talent.startswith("放大人才集聚力。实施科技人才引育计划")
    # the progress column is listed as results, quoted as written (no "截至目前，" added)
    assert "截至目前" not in result.output
    assert "原文：截至6月底，126家企业" in result.output


def test_a_county_title_without_its_place_asks_for_a_county(tmp_path):
    result, settings, _ = _init(tmp_path, COUNTY_TABLE)
    assert not settings["城市名称"]
    assert "没有写明是哪个县" in result.output
    assert "“××县”“××县科学技术局”" in result.output and "××市" not in result.output


def test_rd_to_gdp_ratio_is_the_builtin_intensity(tmp_path):
    """F17: the 统计公报 wording of R&D经费投入强度 is its synonym: default 科室 计划科."""
    from kjreport.indicators.catalogue import load_catalogue

    entry = load_catalogue().find("全社会研发经费支出（R&D）与地区生产总值之比")
    assert entry is not None and entry.name == "全社会R&D经费投入强度"
    _init(tmp_path, DISTRICT_PLAN)
    book = openpyxl.load_workbook(tmp_path / "book.xlsx")
    rows = {r[1]: r[0] for r in book["科室数据"].iter_rows(min_row=2, values_only=True) if r[1]}
    rd = next(k for k in rows if "地区生产总值之比" in k)
    assert rows[rd] == "计划科"


def test_a_row_led_by_another_department_is_pointed_out(tmp_path):
    result, _, _ = _init(tmp_path, COUNTY_TABLE)
    flat = result.output.replace("\n", "")
    assert "「规上工业企业」「制造业增加值占GDP比重」的牵头单位是「县发改局、县科技局」，不是本局牵头" in flat
    assert "「高层次人才」" not in flat.split("牵头单位是")[0][-30:]  # led by 县科技局: no note
    assert flat.count("不是本局牵头") == 1
