"""Chinese numerals past 99: a part with 100 sections no longer crashes plan import (perf12's
scaling run: 200,000 characters of corpus plans in one text gave an IndexError)."""

from __future__ import annotations

from click.testing import CliRunner

from kjreport.cli import main
from kjreport.plan.text import cn_number, cn_value


def test_numerals_up_to_99_are_unchanged():
    assert [cn_number(n) for n in (1, 9, 10, 12, 20, 21, 99)] == ["一", "九", "十", "十二", "二十", "二十一", "九十九"]
    assert all(cn_value(cn_number(n)) == n for n in range(1, 100))


def test_numerals_past_99_are_written_in_full():
    assert [cn_number(n) for n in (100, 101, 110, 115, 120, 999, 1000, 1005, 1010, 10001, 12345)] == [
        "一百", "一百零一", "一百一十", "一百一十五", "一百二十", "九百九十九", "一千", "一千零五", "一千零一十",
        "一万零一", "一万二千三百四十五",
    ]


def test_a_hundredth_section_out_of_order_is_a_note_not_a_crash(tmp_path):
    lines = ["2024年某市科技工作要点", "一、主要目标", "全年高新技术企业达到100家。", "二、重点任务"]
    lines += [f"（{cn_number(n)}）推进第{n}项工作。" for n in range(1, 100)]
    lines.append("（一）再次编号的工作。")
    plan = tmp_path / "要点.txt"
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = CliRunner().invoke(main, ["plan", "show", str(plan)])

    assert result.exit_code == 0, result.output
    assert "在「二、」下应为「（一百）」，实际为「（一）」" in result.output
