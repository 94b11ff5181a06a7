"""A notice to a 乡镇 or 街道 is addressed as a county bureau addresses it (leftover6 #2): 主送
"××镇人民政府" / "××街道办事处", the text says "请××镇…", never "××镇科技主管部门" (a township has
no 科技主管部门); the bureau's own progress notice goes to "各科室，各乡镇人民政府、街道办事处".
A 县区 keeps "××县科技主管部门". Through ``kjreport docx/progress`` on copies of the sample."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kjreport.cli import main
from tests.indicators.test_reported_workbook import edit
from tests.progress.test_qa4_progress import set_setting
from tests.summary.docx_readback import body_text
from tests.summary.renamed_units import rename_in_cells, set_kinds

RENAMED = {"西山县": "城关镇", "清河区": "东关街道"}


def _townships(wb):
    """Every reporting unit a 乡镇, 西山县 renamed 城关镇 and 清河区 renamed 东关街道 (类型 街道)."""
    rename_in_cells(wb, RENAMED)
    set_kinds(wb, lambda name, _: "街道" if name.endswith("街道") else "乡镇")


@pytest.fixture(scope="module")
def townships(tmp_path_factory):
    from tests.conftest import SAMPLE

    tmp = tmp_path_factory.mktemp("towns")
    return edit(SAMPLE, tmp / "乡镇2011.xlsx", _townships, set_setting("报送月份", 6))


def _notices(command, path, out):
    result = CliRunner().invoke(main, [command, str(path), "--by", "县区", "-o", str(out), "--force", "-j", "1"])
    assert result.exit_code == 0, result.output
    return {f.name.split("2011")[0]: body_text(f).replace("\n", "") for f in out.glob("*.docx")}


def test_township_notices_address_the_township_government(townships, tmp_path):
    year_end = edit(townships, tmp_path / "全年.xlsx", set_setting("报送月份", 12))
    for command, path in (("progress", townships), ("docx", year_end)):
        texts = _notices(command, path, tmp_path / command)
        assert len(texts) == 10, texts.keys()
        town, street = texts["城关镇"], texts["东关街道"]
        assert town.startswith("鲁泽市科学技术局关于城关镇") and "城关镇人民政府：根据各乡镇报送" in town, town[:80]
        assert "东关街道办事处：根据各乡镇报送" in street, street[:80]
        assert "请城关镇" in town and "请东关街道" in street
        assert not any("科技主管部门" in t for t in texts.values()), command


def test_the_bureaus_progress_notice_goes_to_township_governments(townships, tmp_path):
    out = tmp_path / "进度.docx"
    result = CliRunner().invoke(main, ["progress", str(townships), "-o", str(out), "--force", "--no-charts"])
    assert result.exit_code == 0, result.output
    assert "各科室，各乡镇人民政府、街道办事处：" in body_text(out)


def test_county_notices_keep_the_county_bureau(sample_path, tmp_path):
    texts = _notices("docx", sample_path, tmp_path / "县区")
    assert "西山县科技主管部门：" in texts["西山县"] and "请西山县科技主管部门" in texts["西山县"]
