"""QA8 F2/F3/F21: a 区 bureau's units are 街道 and 镇 (no 乡) plus an 工业区 (类型 left empty).
The documents call them 街镇 (各街镇, 街镇主要指标对比表), the 工业区 is addressed as its 管委会,
the progress notice goes to "各镇人民政府、街道办事处，××工业区管委会", and ``--by 街镇``/``--by 乡镇``
work like ``--by 县区``. Through ``kjreport docx/progress`` on a copy of the sample."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kjreport.cli import main
from tests.indicators.test_reported_workbook import edit
from tests.progress.test_qa4_progress import set_setting
from tests.summary.docx_readback import body_text
from tests.summary.renamed_units import rename_in_cells, set_kinds

RENAMED = {"清河区": "东关街道", "丰源区": "西关街道", "高新区": "城北工业区", "金堤县": "金堤镇",
           "凤城县": "凤城镇", "柳桥县": "柳桥镇", "南湖县": "南湖镇", "双河县": "双河镇",
           "临泽县": "临泽镇", "西山县": "西山镇"}


def _district(wb):
    rename_in_cells(wb, RENAMED)
    set_kinds(wb, lambda name, kind: None)  # the kinds follow the names


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    from tests.conftest import SAMPLE

    tmp = tmp_path_factory.mktemp("district")
    return edit(SAMPLE, tmp / "东城区2011.xlsx", _district, set_setting("城市名称", "东城区"),
                set_setting("单位名称", "东城区科学技术委员会"))


def test_the_summary_calls_the_units_jiezhen(district, tmp_path):
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(district), "-o", str(out), "--force", "--no-charts"])
    assert result.exit_code == 0, result.output
    text = body_text(out)
    assert "街镇主要指标对比表" in text
    assert "乡镇" not in text


@pytest.mark.parametrize("word", ["街镇", "乡镇", "县区"])
def test_notices_by_any_unit_word(district, tmp_path, word):
    out = tmp_path / word
    result = CliRunner().invoke(main, ["docx", str(district), "--by", word, "-o", str(out), "--force", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "份街镇通报" in result.output
    texts = {f.name.split("2011")[0]: body_text(f).replace("\n", "") for f in out.glob("*.docx")}
    assert len(texts) == 10
    zone = texts["城北工业区"]
    assert "城北工业区管委会：根据各街镇、城北工业区报送的统计数据" in zone, zone[:120]
    assert "请城北工业区" in zone
    assert not any("科技主管部门" in t for t in texts.values())
    assert "东关街道办事处：" in texts["东关街道"] and "金堤镇人民政府：" in texts["金堤镇"]


def test_the_progress_notice_goes_to_town_governments_and_the_zone_committee(district, tmp_path):
    june = edit(district, tmp_path / "六月.xlsx", set_setting("报送月份", 6))
    out = tmp_path / "进度.docx"
    result = CliRunner().invoke(main, ["progress", str(june), "-o", str(out), "--force", "--no-charts"])
    assert result.exit_code == 0, result.output
    text = body_text(out)
    assert "各科室，各镇人民政府、街道办事处，城北工业区管委会：" in text
    # the 工业区 addressed beside them is named among who reported, as the county notices (qa20 F7)
    assert "根据各科室、各街镇、城北工业区报送的数据" in text and "乡镇" not in text


def test_an_unknown_unit_word_is_refused_in_chinese(district):
    result = CliRunner().invoke(main, ["docx", str(district), "--by", "省份"])
    assert result.exit_code == 2
    assert "「省份」无效，应为「县区」" in result.output
