"""click's own words in Chinese: usage errors, hints, metavars and help headings.

click marks its messages with ``gettext``; kjreport ships no message catalogue but replaces the
``_``/``ngettext`` names click's modules imported with lookups in the tables below, and turns the
upper-case metavars click derives from type and argument names (WORKBOOK, INTEGER, PATH) into
Chinese words. Anything not in the tables stays as click wrote it.
"""

from __future__ import annotations

import re

import click
import click._compat
import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.termui
import click.types

from kjreport.text.width import display_width as text_width

MESSAGES = {
    "Usage:": "用法：",
    "Options": "选项",
    "Commands": "命令",
    "Arguments": "参数",
    "Show this message and exit.": "显示本说明并退出。",
    "Show the version and exit.": "显示版本号并退出。",
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "运行「{command} {option}」查看用法。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing {param_type}": "缺少{param_type}",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "Missing command.": "缺少命令。",
    "No such command {name!r}.": "没有「{name}」这个命令。",
    "No such option {name!r}.": "没有「{name}」这个选项。",
    "Option {name!r} does not take a value.": "选项「{name}」不带取值。",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的取值无效：{message}",
    "Invalid value: {message}": "取值无效：{message}",
    "{value!r} is not a valid {number_type}.": "「{value}」不是有效的{number_type}。",
    "{value} is not in the range {range}.": "{value} 不在范围 {range} 之内。",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "「{value}」不是有效的是/否取值，可用：{states}",
    "{name} {filename!r} does not exist.": "{name}「{filename}」不存在。",
    "{name} {filename!r} is a file.": "{name}「{filename}」是文件，应为文件夹。",
    "{name} {filename!r} is a directory.": "{name}「{filename}」是文件夹，应为文件。",
    "{name} {filename!r} is not readable.": "{name}「{filename}」无法读取。",
    "{name} {filename!r} is not writable.": "{name}「{filename}」不可写。",
    "{name} {filename!r} is not executable.": "{name}「{filename}」不可执行。",
    "Could not open file {filename!r}: {message}": "无法打开文件「{filename}」：{message}",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
    "Aborted!": "已取消。",
    "Choose from:\n\t{choices}": "可选：\n\t{choices}",
    "Invalid start character for option ({option})": "选项的开头字符无效（{option}）",
    "Argument {name!r} takes {nargs} values.": "参数「{name}」需要 {nargs} 个取值。",
    "{value!r} is not a valid UUID.": "「{value}」不是有效的 UUID。",
    "{value!r} does not match the format {format}.": "「{value}」不符合格式 {format}。",
    "default: {default}": "默认：{default}",
    "env var: {var}": "环境变量：{var}",
    "required": "必填",
    "(deprecated)": "（已停用）",
    "deprecated": "已停用",
    "Do you want to continue?": "是否继续？",
    "Repeat for confirmation": "请再输入一次确认",
    "Error: The two entered values do not match.": "错误：两次输入不一致。",
    "Error: invalid input": "错误：输入无效",
    "Press any key to continue...": "按任意键继续……",
    "%(prog)s, version %(version)s": "%(prog)s，版本 %(version)s",
}

PLURALS = {
    "Got unexpected extra argument ({args})": "多出了参数（{args}）；请检查命令，文件名含空格时请加引号。",
    "{value!r} is not {choice}.": "「{value}」无效，应为 {choice}。",
    "{value!r} is not one of {choices}.": "「{value}」无效，应为 {choices} 之一。",
    "Option {name!r} requires an argument.": "选项「{name}」后面需要给出取值。",
    "Option {name!r} requires {nargs} arguments.": "选项「{name}」后面需要给出 {nargs} 个取值。",
    "Did you mean {possibility}?": "您是不是想用 {possibility}？",
    "(Did you mean one of: {possibilities}?)": "（您是不是想用其中之一：{possibilities}？）",
    "Takes {nargs} values but 1 was given.": "需要 {nargs} 个取值，只给出了 1 个。",
    "Takes {nargs} values but {len} were given.": "需要 {nargs} 个取值，给出了 {len} 个。",
    "{len_type} values are required, but {len_value} was given.":
        "需要 {len_type} 个取值，给出了 {len_value} 个。",
    "{len_type} values are required, but {len_value} were given.":
        "需要 {len_type} 个取值，给出了 {len_value} 个。",
    "{value!r} does not match the formats {formats}.": "「{value}」不符合任何格式 {formats}。",
}

# click's number type names in "'x' is not a valid integer."
_TYPE_WORDS = {"integer": "整数", "float": "数字", "integer range": "整数", "float range": "数字"}

METAVARS = {
    "WORKBOOK": "工作簿", "MASTER": "汇总表", "FILES": "报送文件", "FILE": "文件",
    "TEXT": "文本", "INTEGER": "整数", "FLOAT": "数字", "PATH": "路径", "DIRECTORY": "文件夹",
    "BOOLEAN": "是/否", "FILENAME": "文件", "PLAN": "工作意见", "OUTPUT": "输出文件",
    "DOCUMENT": "文档", "FOLDER": "文件夹", "UUID": "UUID", "COMMAND": "命令", "ARGS": "参数",
    "OPTIONS": "选项",
}
_UPPER_WORD = re.compile(r"\b[A-Z][A-Z_]{2,}\b")


def gettext(message: str) -> str:
    """Return the Chinese for one of click's messages (the message itself when unknown)."""
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Return the Chinese for a message with singular and plural forms."""
    english = singular if n == 1 else plural
    return PLURALS.get(english, PLURALS.get(singular, english))


def chinese_metavar(metavar: str) -> str:
    """Return ``metavar`` with click's upper-case words (WORKBOOK, INTEGER …) in Chinese."""
    return _UPPER_WORD.sub(lambda m: METAVARS.get(m.group(0), m.group(0)), metavar)


def _wrap_metavar(cls: type) -> None:
    original = cls.make_metavar

    def make_metavar(self, *args, **kwargs) -> str:
        return chinese_metavar(original(self, *args, **kwargs))

    make_metavar.__wrapped__ = original  # type: ignore[attr-defined]
    cls.make_metavar = make_metavar


def _number_type_words() -> None:
    """Make "'x' is not a valid integer." say 整数/数字."""
    original = click.types._NumberParamTypeBase.convert

    def convert(self, value, param, ctx):
        try:
            return original(self, value, param, ctx)
        except click.BadParameter as exc:
            for english, words in _TYPE_WORDS.items():
                exc.message = exc.message.replace(f"有效的{english}。", f"有效的{words}。")
            raise

    click.types._NumberParamTypeBase.convert = convert


_QUOTED = re.compile(r"'([^'\n]+)'")
# a space click put between words, where Chinese runs on: "参数 「工作簿」", "。 您"
_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff。：，」）]) +(?=[「\u4e00-\u9fff])|(?<=[」]) +(?=[\u4e00-\u9fff])")


def tidy(text: str) -> str:
    """Return one of click's error sentences with Chinese quotes and a Chinese full stop."""
    text = _QUOTED.sub(r"「\1」", text).replace(".。", "。")
    text = re.sub(r"(?<=[」\u4e00-\u9fff）])\.(?=\s|$)", "。", text)
    return _CJK_SPACE.sub("", text)


def _tidy_messages(cls: type) -> None:
    original = cls.format_message

    def format_message(self) -> str:
        return tidy(original(self))

    cls.format_message = format_message


def display_width(text: str) -> int:
    """Return the columns ``text`` takes in a terminal (a Chinese character takes two)."""
    return text_width(click._compat.strip_ansi(text))


def _usage_with_every_error() -> None:
    """Give click's parser errors their context, so "选项「--jobs」后面需要给出取值。" is followed by
    the usage line and the --help hint like every other usage error (click raises these
    without one, and prints only the sentence)."""
    original = click.core.Command.parse_args

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return original(self, ctx, args)
        except click.UsageError as exc:
            if exc.ctx is None:
                exc.ctx = ctx
                exc.cmd = ctx.command
            raise

    click.core.Command.parse_args = parse_args


_installed = False


def install() -> None:
    """Put the Chinese texts into click (once per process)."""
    global _installed
    if _installed:
        return
    _installed = True
    for module in (click.core, click.decorators, click.exceptions, click.formatting,
                   click.parser, click.termui, click.types):
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext
    _wrap_metavar(click.core.Option)
    _wrap_metavar(click.core.Argument)
    _number_type_words()
    _usage_with_every_error()
    click.formatting.term_len = display_width  # help columns line up with Chinese text
    for cls in vars(click.exceptions).values():
        if isinstance(cls, type) and issubclass(cls, click.UsageError) and (
            "format_message" in vars(cls)
        ):
            _tidy_messages(cls)
