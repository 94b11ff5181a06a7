"""issue 10 item 11: click's own texts (usage errors, hints, metavars, headings) in Chinese,
and item 9: a closed standard output is not an error."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kjreport.cli import main
from tests.conftest import ROOT
from tests.helpers import cli

# English words click would print if a text escaped translation
ENGLISH = re.compile(
    r"Usage|Try |Error|Missing|No such|Did you mean|is not|not one of|Got unexpected|"
    r"requires an argument|Options|Commands|Show this|WORKBOOK|INTEGER|TEXT|PATH|FILE|"
    r"FLOAT|\[OPTIONS\]|COMMAND|ARGS"
)


def assert_chinese(output: str) -> None:
    leak = ENGLISH.search(output)
    assert leak is None, f"English left in: {leak.group(0)!r}\n{output}"


@pytest.mark.parametrize(
    ("args", "wanted"),
    [
        (["check"], "缺少参数「工作簿」。"),
        (["chek", "x.xlsx"], "没有「chek」这个命令。您是不是想用「check」？"),
        (["check", "a.xlsx", "b.xlsx"], "多出了参数（b.xlsx）"),
        (["check", "--bogus", "a.xlsx"], "没有「--bogus」这个选项。"),
        (["docx", "--by", "省份", "a.xlsx"], "「--by」的取值无效：「省份」无效，应为「县区」（也可写乡镇、街镇、市州、县市）。"),
        (["init", "--year", "abc"], "「--year」的取值无效：「abc」不是有效的整数。"),
        (["docx", "a.xlsx", "--jobs"], "选项「--jobs」后面需要给出取值。"),
        (["send", "a.docx", "--to"], "选项「--to」后面需要给出取值。"),
        (["plan", "import", "--year"], "选项「--year」后面需要给出取值。"),
        (["plan"], "用法："),
        (["plan", "bogus"], "没有「bogus」这个命令。"),
        (["excel", "bogus"], "没有「bogus」这个命令。"),
        (["collect", "master.xlsx"], "缺少参数「报送文件…」。"),
    ],
)
def test_usage_errors_are_chinese(args, wanted):
    result = cli(*args)
    assert result.exit_code == 2, result.output
    assert wanted in result.output
    assert_chinese(result.output)
    if args != ["plan"]:
        assert "错误：" in result.output
    if args != ["plan"]:  # an option without its value too (click gives no usage there by itself)
        assert "查看用法" in result.output and "用法：" in result.output


def test_try_help_hint_names_the_command():
    result = cli("check")
    assert "运行「" in result.output and "check --help」查看用法。" in result.output


@pytest.mark.parametrize(
    "command",
    [[], ["check"], ["fill"], ["docx"], ["send"], ["plan"], ["plan", "import"], ["plan", "show"],
     ["init"], ["collect"], ["progress"], ["excel"], ["excel", "install"], ["excel", "uninstall"]],
)
def test_help_has_chinese_headings_and_metavars(command):
    result = cli(*command, "--help")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("用法：")
    assert "选项：" in result.output
    assert_chinese(result.output)


def test_metavars_are_chinese_words():
    assert "用法：kjreport check [选项] 工作簿" in cli("check", "--help").output.replace(
        "main", "kjreport"
    ) or "[选项] 工作簿" in cli("check", "--help").output
    init = cli("init", "--help").output
    assert "--year 整数" in init and "--from 路径" in init


def test_help_columns_line_up_with_chinese_options():
    lines = [line for line in cli("collect", "--help").output.splitlines() if "  --" in line]
    starts = set()
    for line in lines:
        option, _, text = line.strip().partition("  ")
        prefix = line[: line.index(text.strip())] if text.strip() else line
        starts.add(sum(2 if ord(ch) > 0x2E80 else 1 for ch in prefix))
    assert len(starts) == 1, lines


def test_version_and_unknown_option_at_the_top():
    result = cli("--bogus")
    assert "没有「--bogus」这个选项。" in result.output
    assert_chinese(result.output)


@pytest.mark.parametrize("command", ["fill", "check"])
def test_closed_pipe_is_not_an_error(sample_copy, command):
    """``kjreport fill x.xlsx | head -1``: no internal-error message, the command's own exit."""
    shell = (
        f"{sys.executable} -m kjreport {command} '{sample_copy}' | true; "
        'echo "${PIPESTATUS[0]}"'
    )
    out = subprocess.run(
        ["bash", "-c", shell], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert out.stdout.strip() == "0", out.stderr
    assert "内部错误" not in out.stderr and "Traceback" not in out.stderr
    assert "BrokenPipe" not in out.stderr and "Exception ignored" not in out.stderr
    if command == "fill":
        from openpyxl import load_workbook

        assert "指标结果" in load_workbook(sample_copy, read_only=True).sheetnames


def test_an_option_without_its_value_shows_the_commands_usage():
    result = CliRunner().invoke(main, ["docx", "a.xlsx", "--jobs"], prog_name="kjreport")
    assert "用法：kjreport docx [选项] 工作簿" in result.output
    assert "docx --help」查看用法。" in result.output
