"""QA round 5 F4: a mid-year county 进度通报 lists under 二、需要加快推进的工作 what the year-end
notice calls a shortfall — a decline, a last rank (末位) — and a growth below the city's growth
target; its 工作要求 then never says 继续保持良好势头. Through ``kjreport progress --by 县区`` on
a copy of the sample set to June."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kjreport.cli import main
from tests.indicators.test_reported_workbook import edit, target
from tests.progress.test_qa4_progress import set_setting
from tests.summary.docx_readback import body_text


@pytest.fixture(scope="module")
def june_notices(tmp_path_factory):
    """The sample in June with a 20% growth target on 企业R&D经费投入 (柳桥县 grows 9.8%, 双河县
    8.3%, 临泽县 7.4%; 清河区 27.9%): one 进度通报 per county, as text by county."""
    from tests.conftest import SAMPLE

    tmp = tmp_path_factory.mktemp("qa5f4")
    path = edit(SAMPLE, tmp / "六月2011.xlsx", set_setting("报送月份", 6),
                target("企业R&D经费投入", 20, "%", 类型="增速"))
    out = tmp / "县区"
    result = CliRunner().invoke(main, ["progress", str(path), "--by", "县区", "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    texts = {f.name.split("2011")[0]: body_text(f).replace("\n", "") for f in out.glob("*.docx")}
    assert len(texts) == 10
    return texts


def _sections(text):
    first = text.split("一、主要指标进展")[1].split("二、需要加快推进的工作")[0]
    second = text.split("二、需要加快推进的工作")[1].split("三、工作要求")[0]
    third = text.split("三、工作要求")[1].split("附件")[0]
    return first, second, third


def test_a_county_last_in_part_one_gets_it_under_part_two(june_notices):
    lasts = 0
    for county, text in june_notices.items():
        first, second, third = _sections(text)
        if "末位" in first:
            lasts += 1
            assert first.count("全市末位") <= second.count("全市末位") or "等，详见附件" in second, county
        if "末位" in first or "下降" in first:
            assert "良好势头" not in third, county
            assert "各项主要指标均不低于上年同期" not in second, county
    assert lasts >= 3  # the sample has counties last on several indicators


def test_growth_below_the_city_target_is_work_to_speed_up(june_notices):
    _, second, third = _sections(june_notices["柳桥县"])
    assert "企业R&D经费投入同比增长9.8%，低于全市年度目标（增长20%）" in second
    assert "良好势头" not in third and "查找薄弱环节" in third
    _, second, _ = _sections(june_notices["清河区"])
    assert "企业R&D经费投入" not in second  # 27.9% is above the target
