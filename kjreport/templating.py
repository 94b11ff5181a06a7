"""The sandboxed jinja2 environment for wording templates (文字模板), shared by summary and email.

Templates are plain text files staff can edit. They see plain data and the text layer's
filters (``|amount(unit)``, ``|pct``, ``|pp``, ``|yoy``, ``|status`` …). A number that knows
where it came from (``Num``) is wrapped in invisible marks when rendering in draft mode, so the
document builder can attach a comment naming its source cells (see ``split_segments``).

Every failure becomes ``TemplateError`` with one Chinese sentence naming file and line:
"模板 templates/summary/item.j2 第12行：未定义的变量 foo".
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from kjreport import text as tx
from kjreport.errors import TemplateError

TEMPLATE_ENV_VAR = "KJREPORT_TEMPLATES"
_OPEN, _MID, _CLOSE = "\ue000", "\ue001", "\ue002"  # private-use marks around a commented number
_SEGMENT = re.compile(f"{_OPEN}([^{_MID}]*){_MID}([^{_CLOSE}]*){_CLOSE}")
# a draft comment's own text, before the number it is on: never rewritten as prose
COMMENT_SPAN = re.compile(f"{_OPEN}[^{_MID}]*{_MID}")


class Num(float):
    """A float that remembers where it came from (``comment``: source cells and formula)."""

    comment: str
    near: tuple[float, ...]  # figures it must not be rounded into or across (its target)
    decimals: int  # decimals shown at least: the precision of the sentence it stands in

    def __new__(cls, value: float, comment: str = "", near: tuple[float, ...] = (), decimals: int = 0) -> Num:
        obj = super().__new__(cls, value)
        obj.comment = comment
        obj.near = near
        obj.decimals = decimals
        return obj


def num(value: float | None, comment: str = "", near: tuple[float, ...] = (), decimals: int = 0) -> Num | None:
    """Return ``value`` as a ``Num`` carrying ``comment``; None and non-finite values stay None."""
    if not tx.is_number(value):
        return None
    return Num(float(value), comment, near, decimals)  # type: ignore[arg-type]


def templates_root() -> Path | None:
    """Return the top-level ``templates/`` folder: $KJREPORT_TEMPLATES, the repository, or the
    installed data folder (``<prefix>/share/kjreport/templates``); None when none exists."""
    candidates = []
    if os.environ.get(TEMPLATE_ENV_VAR):
        candidates.append(Path(os.environ[TEMPLATE_ENV_VAR]))
    candidates.append(Path(__file__).resolve().parent.parent / "templates")
    candidates.append(Path(sys.prefix) / "share" / "kjreport" / "templates")
    return next((c for c in candidates if c.is_dir()), None)


# 设置「文字模板目录」: the office's copy of templates/ (or of one set in it) that the ribbon buttons
# and the commands use when no --template is given
TEMPLATES_SETTING = "文字模板目录"
# a file each template set has, to tell a copy of one set from a copy of the whole templates/ folder
_SET_MARK = {"summary": "item.j2", "progress": "overview.j2", "mail": "subject.j2"}


def configured_template_dir(extra: dict[str, str] | None, workbook: str | Path, part: str = "summary") -> Path | None:
    """Return the folder of template set ``part`` that the workbook's 设置「文字模板目录」 names (a
    path relative to the workbook's folder, or absolute): its ``part`` subfolder when it is a copy
    of the whole templates/ folder, itself when it is a copy of that one set; None when the setting
    is empty or the folder holds no copy of that set (the default set is used)."""
    value = ((extra or {}).get(TEMPLATES_SETTING) or "").strip()
    if not value:
        return None
    base = Path(workbook).parent
    folder = Path(value).expanduser()
    if not folder.is_absolute():
        folder = base / folder
    if not folder.is_dir():
        raise TemplateError(
            f"{Path(workbook).name} 的「设置」表中「{TEMPLATES_SETTING}」填的是「{value}」，"
            f"但找不到文件夹 {folder.resolve()}（相对路径从工作簿所在的文件夹算起）；"
            "请改为复制出来的模板文件夹，或清空这一项使用默认模板。"
        )
    if (folder / part / _SET_MARK.get(part, "")).is_file():
        return folder / part
    if (folder / _SET_MARK.get(part, "")).is_file():
        return folder
    return None


def default_template_dir(part: str = "summary") -> Path:
    """Return the default folder of one template set, e.g. ``templates/summary``."""
    root = templates_root()
    if root is None or not (root / part).is_dir():
        raise TemplateError(
            f"未找到默认模板目录 templates/{part}；请用 --template 指定模板目录，"
            f"或设置环境变量 {TEMPLATE_ENV_VAR} 指向 templates 文件夹。"
        )
    return root / part


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Return a cache of compiled templates under ~/.cache/kjreport (faster cold starts)."""
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kjreport" / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def _display(path: str | Path) -> str:
    """Return ``path`` relative to the working folder when it is inside it, else in full."""
    p = Path(path)
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return p.as_posix()


def _chinese_reason(exc: BaseException) -> str:
    """Return a Chinese description of a jinja2 error message."""
    msg = getattr(exc, "message", None) or str(exc)
    if m := re.fullmatch(r"'([^']+)' is undefined", msg):
        return f"未定义的变量 {m.group(1)}"
    if m := re.fullmatch(r"'?(.+?)'? has no attribute '([^']+)'", msg):
        return f"{m.group(1)} 没有属性 {m.group(2)}"
    if m := re.search(r"no filter named '([^']+)'", msg, re.I):
        return f"没有名为 {m.group(1)} 的过滤器"
    if m := re.search(r"no test named '([^']+)'", msg, re.I):
        return f"没有名为 {m.group(1)} 的判断"
    if m := re.search(r"Unexpected end of template", msg):
        return "模板意外结束（可能缺少 {% endif %} 或 {% endfor %}）"
    if m := re.search(r"Encountered unknown tag '([^']+)'", msg):
        return f"未知的标签 {m.group(1)}（可能缺少配对的结束标签）"
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return f"模板中不允许的操作（{msg}）"
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"语法错误（{msg}）"
    return f"渲染出错（{type(exc).__name__}：{msg}）"


def _template_frame(exc: BaseException, folder: Path) -> tuple[str, int] | None:
    """Return (file, line) of the innermost template frame in the traceback of ``exc``."""
    found = None
    tb = exc.__traceback__
    folder_s = str(folder.resolve())
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.startswith(folder_s) or filename.endswith(".j2"):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


# values that are plain data: never a ``str.format`` method the sandbox must wrap
_PLAIN_VALUES = frozenset({str, int, float, bool, type(None), Num, list, tuple, dict})


class _Sandbox(SandboxedEnvironment):
    """jinja2's sandbox with its attribute check remembered per (type, attribute name).

    The check (``is_safe_attribute``: no ``_`` names, nothing internal to functions, methods,
    types, code, frames or generators) depends on the object's type and the name only, so its
    answer is looked up after the first time; what an attribute access returns and every
    refusal are exactly the sandbox's. A county bulletin reads about a thousand attributes of
    the views, and the checks were a third of its rendering time."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._safe: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        key = (type(obj), attr)
        safe = self._safe.get(key)
        if safe is None:
            safe = self._safe[key] = super().is_safe_attribute(obj, attr, value)
        return safe

    def getattr(self, obj: Any, attribute: str) -> Any:
        try:
            value = getattr(obj, attribute)
        except AttributeError:
            return super().getattr(obj, attribute)  # then obj[attribute], or undefined
        if type(value) in _PLAIN_VALUES or type(value).__module__.startswith("kjreport."):
            safe = self._safe.get((type(obj), attribute))
            if safe:
                return value
            if safe is None and self.is_safe_attribute(obj, attribute, value):
                return value
            return self.unsafe_undefined(obj, attribute)
        fmt = self.wrap_str_format(value)
        if fmt is not None:
            return fmt
        if self.is_safe_attribute(obj, attribute, value):
            return value
        return self.unsafe_undefined(obj, attribute)


class TemplateSet:
    """A folder of wording templates rendered in a sandbox with the text layer's filters."""

    def __init__(
        self,
        folder: Path | None = None,
        *,
        draft: bool = False,
        style: tx.NumberStyle = tx.DEFAULT_STYLE,
        part: str = "summary",
    ):
        self.folder = Path(folder) if folder is not None else default_template_dir(part)
        if not self.folder.is_dir():
            raise TemplateError(
                f"模板目录 {_display(self.folder)} 不存在；请检查 --template 参数。"
            )
        self.draft = draft
        self.style = style
        self.env = _Sandbox(
            loader=jinja2.FileSystemLoader(str(self.folder), encoding="utf-8"),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            bytecode_cache=_bytecode_cache(),
        )
        self.env.filters.update(self._filters())
        self.env.globals.update(
            MISSING=tx.MISSING, join=tx.join_list, shared_head=tx.shared_head, cn=tx.cn_numeral, is_count=tx.is_count,
            turn=self._turn, mentioned=self._mentioned, states=lambda text, figure: tx.states(
                strip_marks(str(text)), strip_marks(str(figure))),
        )
        self._turns: dict[str, int] = {}
        self._mentioned_keys: set[str] = set()

    def new_document(self) -> None:
        """Forget what ``mentioned`` recorded: the next renderings write another document."""
        self._mentioned_keys.clear()

    def _mentioned(self, key: str) -> bool:
        """Return True when ``key`` was asked for before in this document (across the renderings
        of its parts, unlike ``turn``), recording it: a note said in full once (2010年数据，统计数据
        滞后一年) is said short after (qa11b F7)."""
        seen = key in self._mentioned_keys
        self._mentioned_keys.add(key)
        return seen

    def _turn(self, key: str) -> int:
        """Return how many times ``key`` was asked for before in this rendering (0, 1, 2 …): a
        template varies a recurring phrase by it, as a writer does down a document."""
        n = self._turns.get(key, 0)
        self._turns[key] = n + 1
        return n

    # -- filters --------------------------------------------------------------------------------

    def _mark(self, value: Any, text: str) -> str:
        """Return ``text``, wrapped with its source comment when drafting."""
        comment = getattr(value, "comment", "")
        if self.draft and comment and text != tx.MISSING:
            return f"{_OPEN}{comment}{_MID}{text}{_CLOSE}"
        return text

    def _filters(self) -> dict[str, Callable[..., str]]:
        style = self.style

        def amount(v: Any, unit: str = "") -> str:
            return self._mark(v, tx.amount(v, unit, style, getattr(v, "near", ()), getattr(v, "decimals", 0)))

        def plain(v: Any, unit: str = "") -> str:
            return self._mark(v, tx.plain(v, unit, style, getattr(v, "near", ()), getattr(v, "decimals", 0)))

        def pct(v: Any, decimals: int = 1) -> str:
            return self._mark(v, tx.pct(v, decimals))

        def pp(v: Any) -> str:
            return self._mark(v, tx.pp(v, near=getattr(v, "near", ()), at_least=getattr(v, "decimals", 0)))

        def yoy(v: Any, note: str = "") -> str:
            return self._mark(v, tx.yoy(v, note))

        def change_pp(v: Any) -> str:
            return self._mark(v, tx.change_pp(v, near=getattr(v, "near", ()), at_least=getattr(v, "decimals", 0)))

        def completion(v: Any) -> str:
            return self._mark(v, tx.completion(v))

        def status(word: str, gap: Any = None, unit: str = "", note: str = "") -> str:
            return self._mark(gap, tx.status(word, gap, unit, note, style))

        def target_phrase(word: str, gap: Any = None, unit: str = "", note: str = "") -> str:
            return self._mark(gap, tx.target_phrase(word, gap, unit, note, style))

        def percent_target(gap: Any) -> str:
            return self._mark(gap, tx.percent_target(gap))

        def gap(v: Any, unit: str = "") -> str:
            return self._mark(v, tx.gap_phrase(v, unit, style))

        def rank(position: Any, scope: str = "全市", total: int | None = None, tied: int = 1,
                 note: str = "", group: str = "", judged: bool = True) -> str:
            text = tx.rank(position, scope, total, tied, group or "", judged is not False)
            return noted(text, note) if note else text

        def progress(v: Any) -> str:
            return self._mark(v, tx.time_progress(v))

        def date(v: Any) -> str:
            return tx.cn_date(v)

        def ordinal(n: int) -> str:
            return tx.ordinal(int(n))

        def cn(n: int) -> str:
            return tx.cn_numeral(int(n))

        def sentence(s: str) -> str:
            """Return ``s`` ending with one Chinese full stop (no doubled punctuation)."""
            s = str(s).rstrip().rstrip("，,；;。.")
            return f"{s}。" if s else ""

        def short(v: Any) -> str:
            """Return a number with at most two decimals, trailing zeros dropped: 5, 0.8."""
            return self._mark(v, tx.number(v, 2, trim=True))

        def times(v: Any) -> str:
            return self._mark(v, tx.times(v))

        def size(v: Any, unit: str = "") -> str:
            """Return the amount of ``v`` without its sign: a shortfall, a decrease."""
            if not tx.is_number(v):
                return tx.MISSING
            return self._mark(v, tx.amount(abs(float(v)), unit, style))

        def count_change(v: Any, previous: Any, unit: str = "") -> str:
            return self._mark(v, tx.count_change(v, previous, unit))

        def noted(text: str, comment: str = "") -> str:
            """Return ``text`` carrying ``comment`` (a fact's provenance) in a draft."""
            return self._mark(Num(0.0, comment), str(text)) if comment else str(text)

        def paragraphs(sentences: Any, limit: int = 250, even: bool = False) -> list[str]:
            """Return ``sentences`` packed into paragraphs of at most ``limit`` characters (a
            sentence longer than that stands alone); blank-line separated when joined. ``even``:
            as few paragraphs as ``limit`` allows, of about equal length (380 characters make two
            of about 190, not 290 and a short tail of 90 — prose14)."""
            texts = ["".join(line.strip() for line in str(s).splitlines()) for s in sentences]
            texts = [s for s in texts if s]
            total = sum(len(strip_marks(s)) for s in texts)
            # a paragraph is closed once it reaches its share of the whole
            target = total / -(-total // limit) if even and total > limit else limit
            out: list[str] = []
            size = 0
            for s in texts:
                n = len(strip_marks(s))
                if out and size + n <= limit and size < target:
                    out[-1] += s
                    size += n
                else:
                    out.append(s)
                    size = n
            return out

        def aside(note: str) -> str:
            """Return ``note`` in parentheses, never nested: （…，含柔性引进专家，…）."""
            return tx.aside(note)

        def yoy_once(sentences: Any, said: bool = False) -> list[str]:
            """Return ``sentences`` with "同比" kept at the first growth rate only (see
            ``tx.yoy_once``; ``said``: the text before them named last year already) and "达到N"
            said once, then "达N" (``tx.reach_once``); a draft's marked numbers keep their marks
            and comments."""
            out = []
            reached = False
            for s in sentences:
                pieces = []
                for piece, comment in split_segments(str(s)):
                    piece, said = tx.yoy_once(piece, said)
                    piece, reached = tx.reach_once(piece, reached)
                    pieces.append(f"{_OPEN}{comment}{_MID}{piece}{_CLOSE}" if comment else piece)
                out.append("".join(pieces))
            return out

        def unsaid(text: str, said: Any) -> str:
            """Return ``text`` without the sentences whose every figure ``said`` (a text, or the
            list of chunks before it) states already (``tx.unsaid``; a draft's marks ignored)."""
            before = "".join(map(str, said)) if isinstance(said, (list, tuple)) else str(said)
            return tx.unsaid(str(text), strip_marks(before))

        def oneline(s: str) -> str:
            """Return ``s`` with its lines stripped and joined (a macro's output as one run)."""
            return "".join(line.strip() for line in str(s).splitlines())

        return {
            "times": times,
            "size": size,
            "count_change": count_change,
            "noted": noted,
            "oneline": oneline,
            "unsaid": unsaid,
            "yoy_once": yoy_once,
            "aside": aside,
            "paragraphs": paragraphs,
            "short": short,
            "amount": amount,
            "plain": plain,
            "pct": pct,
            "pp": pp,
            "yoy": yoy,
            "change_pp": change_pp,
            "completion": completion,
            "status": status,
            "target_phrase": target_phrase,
            "percent_target": percent_target,
            "gap": gap,
            "rank": rank,
            "progress": progress,
            "date": date,
            "ordinal": ordinal,
            "cn": cn,
            "sentence": sentence,
        }

    # -- rendering ------------------------------------------------------------------------------

    def _error(self, exc: BaseException, name: str) -> TemplateError:
        if isinstance(exc, jinja2.TemplateNotFound):
            missing = exc.name or name
            return TemplateError(f"模板目录 {_display(self.folder)} 中缺少模板文件 {missing}。")
        if isinstance(exc, jinja2.TemplateSyntaxError) and exc.lineno:
            file = exc.filename or str(self.folder / (exc.name or name))
            return TemplateError(
                f"模板 {_display(file)} 第{exc.lineno}行：{_chinese_reason(exc)}。"
            )
        where = _template_frame(exc, self.folder)
        if where:
            return TemplateError(
                f"模板 {_display(where[0])} 第{where[1]}行：{_chinese_reason(exc)}。"
            )
        return TemplateError(f"模板 {_display(self.folder / name)}：{_chinese_reason(exc)}。")

    def render(self, name: str, **context: Any) -> str:
        """Return template ``name`` rendered with ``context`` (marks included when drafting)."""
        self._turns.clear()
        try:
            return self.env.get_template(name).render(**context)
        except TemplateError:
            raise
        except Exception as exc:  # noqa: BLE001 — any failure inside a template is the template's
            raise self._error(exc, name) from exc

    def module(self, name: str, **context: Any) -> Any:
        """Return the variables a template sets (``{% set caption = "…" %}``) as attributes."""
        try:
            return self.env.get_template(name).make_module(context)
        except TemplateError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise self._error(exc, name) from exc


def split_segments(text: str) -> list[tuple[str, str | None]]:
    """Return ``text`` cut into (text, comment) pieces; comment is None outside marked numbers."""
    pieces: list[tuple[str, str | None]] = []
    pos = 0
    for m in _SEGMENT.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos : m.start()], None))
        pieces.append((m.group(2), m.group(1) or None))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], None))
    return pieces


def strip_marks(text: str) -> str:
    """Return ``text`` without draft marks (plain text for email bodies and tests)."""
    return _SEGMENT.sub(lambda m: m.group(2), text)
