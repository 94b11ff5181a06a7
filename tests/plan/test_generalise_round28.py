"""Rules of round 28 (the lead's, before this round's blind batches were read)."""

from __future__ import annotations

from tests.plan.test_generalise import found, parse


def test_a_reference_to_the_indicators_named_in_the_sentence_before():
    # left alone in round 27: only the same sentence was looked at, so "这两项指标分别" became a
    # growth's name and 15 % was set aside
    text = "某市科技局2025年工作要点\n今年全市将新培育高新技术企业300家、科技型中小企业30家。这两项指标分别比上年增长10%和15%。\n"
    got = found(text, 2025)
    assert got == {
        ("高新技术企业", "新增"): ("≥", 300.0, "家", None),
        ("科技型中小企业", "新增"): ("≥", 30.0, "家", None),
        ("高新技术企业", "增速"): ("≥", 10.0, "%", None),
        ("科技型中小企业", "增速"): ("≥", 15.0, "%", None),
    }, got


def test_a_stretch_of_the_indicators_named_before_stays_their_stretch():
    text = "某市科技局2025年工作要点\n今年全市将新培育高新技术企业300家、科技型中小企业30家。力争上述两项指标分别达到350家、40家。\n"
    assert [(t.indicator, t.value, t.stretch) for t in parse(text, 2025).targets] == [
        ("高新技术企业", 300.0, 350.0),
        ("科技型中小企业", 30.0, 40.0),
    ]
