"""How wide text is set: half-width columns, a Chinese character taking two.

One rule for every place that lines text up or measures a line: a terminal's help columns
(``cli.chinese``), a sheet's column widths (``workbook.writer``), a plan's columns of cells and
its lines broken at a PDF's measure (``plan.columns``, ``plan.parse``). Pure.
"""

from __future__ import annotations

import re
import unicodedata

# East Asian width "ambiguous" marks a Chinese font sets full width: General Punctuation (“”‘’—…),
# Enclosed Alphanumerics (①②) and Geometric Shapes (○□); not every ambiguous character — a
# pinyin letter "ǎ" stays narrow
_WIDE_IN_CHINESE_FONT = re.compile(r"[\u2010-\u206f\u2460-\u24ff\u25a0-\u25ff]")


def display_width(text: str, *, chinese_font: bool = False) -> int:
    """Return the width of ``text`` in half-width columns: two for a character of East Asian width
    Wide or Fullwidth (汉字, full-width digits and punctuation), one for any other; with
    ``chinese_font`` (text as a Chinese font sets it: a PDF's lines) two also for “”‘’—…, ①② and ○□."""
    if chinese_font:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" or _WIDE_IN_CHINESE_FONT.match(ch) else 1
                   for ch in text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
