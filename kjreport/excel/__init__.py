"""The Excel ribbon: a "科技报告" tab whose buttons run kjreport on the workbook open in Excel.

``addin`` builds one small add-in per button from the installed xlwings ribbon template,
``install`` puts them into Excel's start-up folder, ``book`` adapts an xlwings ``Book`` to the
``WorkbookSource`` interface, ``messages`` talks to the user inside Excel, and ``check``,
``fill``, ``docx`` and ``send`` are the entry modules the buttons call (``<module>.main()``).
"""

import importlib.abc as _abc
import importlib.util as _util
import sys as _sys

# What xlwings may import but the buttons never use: it tries pandas and matplotlib (DataFrame
# conversion, pictures from figures) at import time, which was 80 % of a cold click. While
# xlwings itself loads — whenever that is: ``kjreport serve`` sets the licence variable first —
# they are hidden (its ``try: import pandas`` finds none) and unhidden right after, so a user
# indicator that asks for pandas still gets it.
_HIDDEN = ("pandas", "matplotlib")


class _LeanLoader(_abc.Loader):
    def __init__(self, real: _abc.Loader):
        self.real = real

    def create_module(self, spec):  # type: ignore[no-untyped-def]
        return self.real.create_module(spec)

    def exec_module(self, module) -> None:  # type: ignore[no-untyped-def]
        hidden = [name for name in _HIDDEN if name not in _sys.modules]
        for name in hidden:
            _sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
        try:
            self.real.exec_module(module)
        finally:
            for name in hidden:
                if _sys.modules.get(name, 0) is None:
                    del _sys.modules[name]


class _LeanXlwings(_abc.MetaPathFinder):
    """Wrap the loader of the first ``import xlwings`` (then step aside)."""

    def find_spec(self, name, path, target=None):  # type: ignore[no-untyped-def]
        if name != "xlwings":
            return None
        if self in _sys.meta_path:
            _sys.meta_path.remove(self)
        spec = _util.find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = _LeanLoader(spec.loader)
        return spec


if "xlwings" not in _sys.modules and not any(isinstance(f, _LeanXlwings) for f in _sys.meta_path):
    _sys.meta_path.insert(0, _LeanXlwings())
