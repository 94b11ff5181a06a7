"""The official-document layer (GB/T 9704-2012 党政机关公文格式) on python-docx.

``OfficialDocument`` builds a Word file; ``charts`` draws PNG charts (imports matplotlib only
when used); ``pdf.to_pdf`` converts with LibreOffice; ``readback`` reads a body's text and
【待补充】 markers (without python-docx: the mail package uses it, and importing this package
imports python-docx only when ``OfficialDocument`` is first asked for).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kjreport.docx.document import DocumentSaveError, OfficialDocument, Segment

__all__ = ["DocumentSaveError", "OfficialDocument", "Segment"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from kjreport.docx import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
