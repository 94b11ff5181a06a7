"""Where each imported target's figures will come from, said the way check and fill decide it.

``plan show`` and ``init`` list the targets; a target that names a built-in indicator (directly
or through a catalogue synonym: 全社会研发经费投入 → 全社会R&D经费投入) is computed from the
workbook's 县区数据 columns or ledgers, so the clerk is told which; only the others are 上报指标
for which the offices type a 科室数据 row.
"""

from __future__ import annotations

from functools import lru_cache

from kjreport.indicators.reported import COUNTY_PREFIX, DEPARTMENT_PREFIX
from kjreport.workbook import unitsheets


@lru_cache(maxsize=1)
def _lookups():
    from kjreport.indicators.catalogue import load_catalogue
    from kjreport.indicators.registry import build_registry

    return build_registry([]), load_catalogue()


def builtin_source(indicator: str) -> tuple[str, str] | None:
    """Return (built-in name, where its figures come from in Chinese) for a target named
    ``indicator``, or None when no built-in computes it (a 上报指标)."""
    from kjreport.indicators.resolve import builtin_for

    registry, catalogue = _lookups()
    spec = builtin_for(indicator, registry, catalogue)
    if spec is None:
        return None
    county = [k[len(COUNTY_PREFIX):] for k in dict.fromkeys(spec.inputs.values()) if k.startswith(COUNTY_PREFIX)]
    others = [k for k in dict.fromkeys(spec.inputs.values()) if not k.startswith(COUNTY_PREFIX)]
    parts = [f"{unitsheets.COUNTY}：{'、'.join(county)}"] if county else []
    for key in others:
        if key.startswith(DEPARTMENT_PREFIX):
            parts.append(f"科室数据：{key[len(DEPARTMENT_PREFIX):]}")
        else:  # a ledger: while it is empty a typed 科室数据 figure is used (see init)
            parts.append(f"{key}（为空时用科室数据）")
    return spec.name, "；".join(parts)


def catalogue_names() -> tuple[str, ...]:
    """Return every name and synonym of the indicator catalogue and of the built-ins (for the
    review flags: a target name unlike all of them is doubtful)."""
    registry, catalogue = _lookups()
    names = [n for entry in catalogue for n in entry.names]
    names += [spec.name for spec in registry]
    return tuple(dict.fromkeys(names))
