"""The year-end summary (工作总结) and county bulletins (县区通报), worded by templates.

The four entry points are imported on first use (PEP 562): ``check`` reads a few pure helpers
of this package (``compared``, ``units``) and must not pay for jinja2 and the worker pool's
multiprocessing, which the builders import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kjreport.summary.builder import build_summary, write_summary
    from kjreport.summary.bulletin import build_county_bulletin, write_county_bulletins

__all__ = ["build_county_bulletin", "build_summary", "write_county_bulletins", "write_summary"]

_HOMES = {"build_summary": "builder", "write_summary": "builder",
          "build_county_bulletin": "bulletin", "write_county_bulletins": "bulletin"}


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{home}"), name)
