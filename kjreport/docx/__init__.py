"""The official-document layer (GB/T 9704-2012 党政机关公文格式) on python-docx.

``OfficialDocument`` builds a Word file; ``charts`` draws PNG charts (imports matplotlib only
when used); ``pdf.to_pdf`` converts with LibreOffice.
"""

from __future__ import annotations

from kjreport.docx.document import DocumentSaveError, OfficialDocument, Segment

__all__ = ["DocumentSaveError", "OfficialDocument", "Segment"]
