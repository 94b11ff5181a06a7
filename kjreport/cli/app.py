"""The click group every command registers on, and the one place errors become messages."""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
import traceback
from pathlib import Path

import click

from kjreport import __version__
from kjreport.cli import chinese
from kjreport.errors import KjreportError
from kjreport.text.brackets import cjk_brackets

chinese.install()

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

_HELP_WORDS = {
    "Options": "选项", "Commands": "命令", "Arguments": "参数",
    "Show this message and exit.": "显示本说明并退出。", "Show the version and exit.": "显示版本号并退出。",
    "[default: ": "[默认：", "[required]": "[必填]",
}


class ChineseHelpFormatter(click.HelpFormatter):
    """click's help, with its own English words (Usage, Options, …) in Chinese."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        args = args.replace("[OPTIONS]", "[选项]").replace("COMMAND", "命令").replace("[ARGS]", "[参数]")
        super().write_usage(prog, args, prefix="用法：")

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{heading}：\n")

    def section(self, name: str):
        return super().section(_HELP_WORDS.get(name, name))

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        def chinese(text: str) -> str:
            for english, words in _HELP_WORDS.items():
                text = text.replace(english, words)
            return text

        super().write_dl([(a, chinese(b)) for a, b in rows], col_max, col_spacing)


click.Context.formatter_class = ChineseHelpFormatter


def error_log_path() -> Path:
    """Return where an unexpected error's traceback is kept for the IT contact."""
    return Path.home() / ".kjreport" / "last-error.log"


def report_unexpected(exc: BaseException) -> str:
    """Save the traceback of an unexpected error and return the Chinese sentence to show."""
    log = error_log_path()
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text(
            f"{dt.datetime.now():%Y-%m-%d %H:%M:%S} kjreport {__version__}\n"
            + "".join(traceback.format_exception(exc)),
            encoding="utf-8",
        )
        where = f"详细信息已记录在 {log}"
    except OSError:
        where = "详细信息无法写入日志"
    return f"程序内部错误（{type(exc).__name__}），请把工作簿和此提示发给信息化联系人；{where}。"


class PipeSafeStream(io.TextIOBase):
    """Standard output that goes quiet when its reader has gone (``kjreport fill x | head -1``):
    the command still finishes and exits with its own code; the rest of the output is dropped."""

    def __init__(self, stream):
        self._stream = stream
        self.gone = False

    @property
    def encoding(self):
        return self._stream.encoding

    @property
    def errors(self):
        return self._stream.errors

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not self.gone:
            try:
                self._stream.write(text)
            except BrokenPipeError:
                self._quiet()
        return len(text)

    def flush(self) -> None:
        if not self.gone:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._quiet()

    def _quiet(self) -> None:
        """Point the closed descriptor at the null device so the final flush cannot fail."""
        self.gone = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass


class KjreportGroup(click.Group):
    """A click group that turns kjreport errors into one Chinese message and exit code 1."""

    def main(self, *args, **kwargs):
        """Run the command line; a closed standard output is not an error."""
        if not isinstance(sys.stdout, PipeSafeStream) and _is_real_stream(sys.stdout):
            sys.stdout = PipeSafeStream(sys.stdout)
        return super().main(*args, **kwargs)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KjreportError as exc:
            click.echo(cjk_brackets(f"错误：{exc}"), err=True)  # names as a 公文 prints them
            sys.exit(1)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except BrokenPipeError:  # output went to a pipe whose reader has gone
            if isinstance(sys.stdout, PipeSafeStream):
                sys.stdout._quiet()
            sys.exit(0)
        except KeyboardInterrupt:
            click.echo("已取消。", err=True)
            sys.exit(130)
        except Exception as exc:  # noqa: BLE001 — last line of defence: no traceback for users
            click.echo(f"错误：{report_unexpected(exc)}", err=True)
            sys.exit(2)


def _is_real_stream(stream) -> bool:
    try:
        stream.fileno()
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return False
    return True


@click.group(cls=KjreportGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", message="kjreport %(version)s")
def main() -> None:
    """kjreport：市科技局报表插件。校验工作簿、计算指标、生成公文格式工作总结、邮件报送。

    \b
    常用命令：
      kjreport check 工作簿.xlsx     校验数据，列出全部问题
      kjreport fill  工作簿.xlsx     计算指标，写入「指标结果」工作表
      kjreport docx  工作簿.xlsx     生成年度工作总结（Word）
    """
