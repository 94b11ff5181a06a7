"""``open_source``: a path or an already open source, as a ``WorkbookSource``."""

from __future__ import annotations

from pathlib import Path

from kjreport.workbook.source import WorkbookSource


def open_source(workbook: Path | str | WorkbookSource) -> WorkbookSource:
    """Return a ``WorkbookSource`` for a path (a .xlsx/.xlsm file) or pass one through."""
    if isinstance(workbook, (str, Path)):
        from kjreport.workbook.xlsx import XlsxFile

        return XlsxFile(workbook)
    return workbook
