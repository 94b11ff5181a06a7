"""Names a new office met in round 18's QA (商丘 2025, 三明 2023 — plans of provinces not tried
before): sentences written for the test in the shape of the plan's sentence, other words and
numbers, through the plan reader and `kjreport plan show`."""

from __future__ import annotations

from tests.helpers import cli
from tests.plan.test_generalise import found


def test_a_count_placed_at_its_bound_is_named_without_zai():
    # 2025_shangqiu_caifang: "使全市高新技术企业数在330家以上、创新龙头企业和‘瞪羚’企业数在25家以上"
    text = (
        "2026年全县科技工作要点\n一、主要目标\n"
        "使全县科技型中小企业数在120家以上、专精特新企业和雏鹰企业数在18家以上；"
        "技术合同成交额在3亿元以上。\n"
    )
    got = found(text, 2026)
    assert got[("专精特新企业和雏鹰企业数", "总量")] == ("≥", 18.0, "家", None)
    assert got[("科技型中小企业数", "总量")] == ("≥", 120.0, "家", None)
    assert got[("技术合同成交额", "总量")] == ("≥", 3.0, "亿元", None)
    assert not [name for name, _ in got if name.endswith("在")]


def test_a_name_ending_in_zai_is_no_longer_flagged_in_plan_show(tmp_path):
    plan = tmp_path / "工作要点.txt"
    plan.write_text("2025年全市科技工作要点\n一、主要目标\n力争高新技术企业数在300家以上、瞪羚企业数在20家以上。\n",
                    encoding="utf-8")
    out = cli("plan", "show", plan).output
    assert "瞪羚企业数" in out and "以“在”结尾" not in out
