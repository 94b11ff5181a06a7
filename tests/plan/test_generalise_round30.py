"""Rules of round 30 (the lead's, before the blind batches final75/final76 were read)."""

from __future__ import annotations

from tests.plan.test_generalise import found

# 中山 2025 (final64, known_shortfall until now): the goal a gap is measured to, named in the sentence before
GAP = (
    "我市公民科学素质比例达14.8%\n"
    "本次抽样调查结果显示，2023年中山市公民具备科学素质的比例达到了14.8%，比2022年的13.5%有了一定提升。"
    "但距全省平均水平及2025年16%的目标还有不小距离，这表明我市科普工作取得了阶段性成效，但还需进一步加强。\n"
)


def test_the_goal_a_gap_is_measured_to_is_that_year_s_target():
    assert found(GAP, 2025) == {("中山市公民具备科学素质的比例", "总量"): ("≥", 16.0, "%", None)}


def test_the_goal_a_gap_is_measured_to_is_another_year_s_for_the_page_s_year():
    assert found(GAP, 2024) == {}
