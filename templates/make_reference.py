"""Write ``templates/reference.docx``: an empty document with the GB/T 9704 page setup, the
official styles (公文标题, 公文正文, 一级标题 … 四级标题, 发文机关署名, 成文日期, 附件说明, 表格文字, 表注, 图题,
页码) and odd/even page-number footers.

Staff may open reference.docx in Word and change the styles (字体, 字号, 行距) or the page setup;
``kjreport docx`` then takes them from there. To start again from the standard, run:

    python templates/make_reference.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kjreport.docx.document import new_reference_document  # noqa: E402


def main(out: Path | None = None) -> Path:
    """Write the reference document to ``out`` (default beside this script); return its path."""
    out = out or Path(__file__).resolve().parent / "reference.docx"
    doc = new_reference_document()
    core = doc.core_properties
    core.title = "kjreport 公文参考样式"
    core.author = "kjreport"
    core.comments = "GB/T 9704-2012 版式：样式可在 Word 中修改；正文内容会被忽略。"
    doc.save(str(out))
    return out


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else None))
