"""The indicator registry: ``@indicator`` tags a pure function, ``Registry`` collects and checks.

An indicator is a plain function of named inputs — county columns (``县区.高新技术产业产值``, a
numpy array in county order), department figures (``科室.来市指导院士``, a float), ledgers
(``项目台账``, ``企业台账``, ``平台台账``, ``增长核算``: ``Frame``s of numpy columns, ``.to_pandas()``
for a DataFrame) — plus, when it asks for them, the
report ``year`` and the workbook ``settings``. The engine calls it once for this year and once
for last year (county columns switch to 县区上年数据, department figures to 上年数, ``year`` to
year − 1), and once per county when all its inputs are per county — unless it has a per-county
form (``per_county=``), which gives every county's value in one call.

Users add indicators in a Python file of their own::

    from kjreport.indicators import indicator

    @indicator("每万人高新技术产业产值", unit="亿元", inputs={"v": "县区.高新技术产业产值"})
    def per_capita(v):
        return v.sum() / 10
"""

from __future__ import annotations

import importlib.util
import inspect
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import FunctionType, ModuleType

from kjreport.errors import RegistryError
from kjreport.workbook import unitsheets

LEDGERS = ("项目台账", "企业台账", "平台台账", "增长核算")
PER_COUNTY_LEDGERS = ("项目台账", "企业台账", "平台台账")
SPECIAL_PARAMS = ("year", "settings")
# details key of a value that is an earlier year's (统计数据滞后), e.g. {"数据年度": 2010}: the
# engine takes 上年 the year before it and the documents say which year it is
DATA_YEAR = "数据年度"
KINDS = ("amount", "ratio")
_TAG = "__kjreport_indicator__"


@dataclass(frozen=True)
class IndicatorSpec:
    """A registered indicator: its name, unit, inputs and the function computing it."""

    name: str
    unit: str
    kind: str  # amount | ratio (a percentage; compared in 个百分点)
    inputs: dict[str, str]  # parameter → field name
    func: Callable
    formula: str = ""  # how it is computed, in Chinese, shown in draft comments
    higher_is_better: bool = True
    # every county's value in one call (see kjreport.indicators.counties); None: once per county
    per_county: Callable | None = None

    @property
    def by_county(self) -> bool:
        """Return True when every input is per county, so each county gets a value and rank."""
        fields = list(self.inputs.values())
        return bool(fields) and all(
            f.startswith("县区.") or f in PER_COUNTY_LEDGERS for f in fields
        )

    @property
    def origin(self) -> str:
        """Return "file:line" of the function, for messages about user indicators."""
        try:
            file = inspect.getsourcefile(self.func) or "?"
            line = inspect.getsourcelines(self.func)[1]
        except (OSError, TypeError):
            return getattr(self.func, "__module__", "?")
        return f"{Path(file).name} 第{line}行"


def indicator(
    name: str,
    *,
    unit: str,
    inputs: dict[str, str],
    kind: str | None = None,
    formula: str = "",
    higher_is_better: bool = True,
    per_county: Callable | None = None,
) -> Callable[[Callable], Callable]:
    """Return a decorator that tags a function as the indicator ``name`` (指标).

    ``kind`` defaults to "ratio" for unit "%" and "amount" otherwise. ``per_county`` optionally
    gives every county's value in one call: a function of the same parameters that receives
    county columns whole and ledgers as ``CountyLedger``s and returns one value per county, each
    equal to the indicator's own value on that county's slices
    (``kjreport.indicators.counties``); True when the indicator function itself takes them.
    Without it the engine calls the indicator once per county.
    """
    spec_kind = kind or ("ratio" if unit == "%" else "amount")

    def tag(func: Callable) -> Callable:
        every = func if per_county is True else per_county
        setattr(func, _TAG, IndicatorSpec(name, unit, spec_kind, dict(inputs), func,
                                          formula, higher_is_better, every))
        return func

    return tag


class Registry:
    """The indicators in force for one run: the built-ins plus any user files."""

    def __init__(self) -> None:
        self._specs: dict[str, IndicatorSpec] = {}

    def __iter__(self):
        return iter(self._specs.values())

    def __len__(self) -> int:
        return len(self._specs)

    def __contains__(self, name: str) -> bool:
        return name in self._specs

    def get(self, name: str) -> IndicatorSpec | None:
        """Return the indicator registered as ``name``, or None."""
        return self._specs.get(name)

    @property
    def names(self) -> list[str]:
        """Return the registered names in registration order."""
        return list(self._specs)

    def add(self, spec: IndicatorSpec, *, where: str = "") -> None:
        """Register ``spec``; a second indicator with the same name is an error."""
        if spec.kind not in KINDS:
            raise RegistryError(f"指标「{spec.name}」（{where or spec.origin}）的类型「{spec.kind}」无效，"
                                f"应为 amount 或 ratio。")
        params = _parameters(spec.func)
        for param in params:
            if param not in spec.inputs and param not in SPECIAL_PARAMS:
                raise RegistryError(f"指标「{spec.name}」（{spec.origin}）的参数 {param} 没有在 inputs 中"
                                    f"声明数据来源。")
        for param in spec.inputs:
            if param not in params:
                raise RegistryError(f"指标「{spec.name}」（{spec.origin}）声明了输入 {param}，"
                                    f"但函数没有这个参数。")
        if spec.per_county is not None and _parameters(spec.per_county) != params:
            raise RegistryError(f"指标「{spec.name}」（{spec.origin}）的 per_county 函数参数应与指标函数相同"
                                f"（{', '.join(params)}）。")
        if spec.name in self._specs:
            first = self._specs[spec.name]
            raise RegistryError(f"指标名称「{spec.name}」重复：{first.origin} 和 {spec.origin} "
                                f"都注册了这个名称，请改名。")
        self._specs[spec.name] = spec

    def scan(self, module: ModuleType) -> int:
        """Register every tagged function of ``module`` in source order; return how many."""
        found = [obj for obj in vars(module).values() if callable(obj) and hasattr(obj, _TAG)]
        found.sort(key=lambda f: getattr(getattr(f, "__code__", None), "co_firstlineno", 0))
        for func in found:
            self.add(getattr(func, _TAG))
        return len(found)

    def load_file(self, path: Path | str) -> int:
        """Load a user's indicator file and register what it defines; return how many."""
        path = Path(path)
        if not path.is_file():
            raise RegistryError(f"找不到自定义指标文件 {path}，请检查设置中「自定义指标文件」或 --plugin 参数。")
        name = f"kjreport_user_{abs(hash(path.resolve()))}"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except Exception as exc:  # a user's file: report where it broke, in one sentence
            line = _user_line(exc, path)
            raise RegistryError(f"自定义指标文件 {path.name}{line}有错误：{type(exc).__name__}: {exc}。") from exc
        count = self.scan(module)
        if count == 0:
            raise RegistryError(f"自定义指标文件 {path.name} 中没有用 @indicator 标记的函数。")
        return count

    def check_inputs(self, available: Iterable[str], *, only: Iterable[str] | None = None,
                     units_sheet: str = unitsheets.COUNTY) -> None:
        """Raise RegistryError naming every input no sheet of the workbook provides (``units_sheet``:
        the unit sheet as the workbook calls it)."""
        have = set(available)
        wanted = set(only) if only is not None else None
        missing = []
        for spec in self._specs.values():
            if wanted is not None and spec.name not in wanted:
                continue
            for field in spec.inputs.values():
                if field not in have:
                    missing.append(f"指标「{spec.name}」（{spec.origin}）需要的输入「{field}」")
        if missing:
            raise RegistryError("工作簿中没有以下数据：" + "；".join(missing)
                                + f"。县区列需在「{units_sheet}」表头中，科室指标需在「科室数据」中有同名行。")


_PLAIN_ARGS = ~(inspect.CO_VARARGS | inspect.CO_VARKEYWORDS)


def _parameters(func: Callable) -> list[str]:
    """Return the parameter names of ``func``, as ``inspect.signature`` lists them (read from the
    code object for a plain function: the signature machinery costs a tenth of a millisecond
    per function, for 40 built-ins twice on every run)."""
    code = getattr(func, "__code__", None)
    if (isinstance(func, FunctionType) and code is not None and not code.co_kwonlyargcount
            and code.co_flags == code.co_flags & _PLAIN_ARGS
            and not hasattr(func, "__wrapped__") and not hasattr(func, "__signature__")):
        return list(code.co_varnames[:code.co_argcount])
    return list(inspect.signature(func).parameters)


def _user_line(exc: BaseException, path: Path) -> str:
    if isinstance(exc, SyntaxError) and exc.lineno:
        return f" 第{exc.lineno}行"
    import traceback  # only for a failing user file

    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if Path(frame.filename).resolve() == path.resolve():
            return f" 第{frame.lineno}行"
    return " "


def build_registry(plugin_files: Iterable[Path | str] = ()) -> Registry:
    """Return a registry with the built-in indicators and those of the given user files."""
    from kjreport.indicators import builtin

    registry = Registry()
    registry.scan(builtin)
    for path in plugin_files:
        registry.load_file(path)
    return registry
