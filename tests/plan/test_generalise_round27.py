"""Rules of round 27 (the lead's, before this round's blind batches were read)."""

from __future__ import annotations

from tests.plan.test_generalise import found


def test_a_level_before_two_organisations_joined_by_he_is_both_of_theirs():
    # left alone in round 26: "省级以上重点实验室和工程技术研究中心各1家" gave the second the
    # built-in 市级工程技术研究中心, and "，省级以上工程技术研究中心2家" lost the list's 新增
    got = found("某市科技局2025年工作要点\n全年新增省级以上重点实验室和工程技术研究中心各1家。\n", 2025)
    assert got == {
        ("省级以上重点实验室", "新增"): ("≥", 1.0, "家", None),
        ("省级工程技术研究中心", "新增"): ("≥", 1.0, "家", None),
    }, got
    got = found("某市科技局2025年工作要点\n新增省级以上重点实验室1家，省级以上工程技术研究中心2家。\n", 2025)
    assert got.get(("省级工程技术研究中心", "新增")) == ("≥", 2.0, "家", None), got


def test_a_level_is_not_given_to_organisations_that_name_their_own():
    got = found("某市科技局2025年工作要点\n新增国家级孵化器和省级众创空间各1家。\n", 2025)
    assert ("国家级众创空间", "新增") not in got, got
    got = found("某市科技局2025年工作要点\n新增国家级孵化器、众创空间各1家。\n", 2025)
    assert set(got) == {("国家级孵化器", "新增"), ("国家级众创空间", "新增")}, got
