"""The Excel ribbon: a "科技报告" tab whose buttons run kjreport on the workbook open in Excel.

``addin`` builds one small add-in per button from the installed xlwings ribbon template,
``install`` puts them into Excel's start-up folder, ``book`` adapts an xlwings ``Book`` to the
``WorkbookSource`` interface, ``messages`` talks to the user inside Excel, and ``check``,
``fill``, ``docx`` and ``send`` are the entry modules the buttons call (``<module>.main()``).
"""

import sys as _sys

# What xlwings may import but the buttons never use: it tries pandas and matplotlib (DataFrame
# conversion, pictures from figures) at import time, which was 80 % of a cold click. They are
# hidden while xlwings loads (its ``try: import pandas`` then finds none), and unhidden right
# after, so a user indicator that asks for pandas still gets it.
_HIDDEN = ("pandas", "matplotlib")


def _import_xlwings_lean() -> None:
    """Import xlwings (once) without letting it pull in pandas and matplotlib."""
    if "xlwings" in _sys.modules:
        return
    hidden = [name for name in _HIDDEN if name not in _sys.modules]
    for name in hidden:
        _sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import xlwings  # noqa: F401
    except ImportError:
        pass  # xlwings missing: the entry modules say so when a button is used
    finally:
        for name in hidden:
            if _sys.modules.get(name, 0) is None:
                del _sys.modules[name]


_import_xlwings_lean()
