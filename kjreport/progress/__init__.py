"""In-year progress (进度通报): each target against 序时进度 or its own 时间节点.

``build_progress`` (pure) judges a ``YearReport`` at a month; ``progress_rows`` is the 进度 sheet;
``build_bulletin`` / ``write_bulletin`` make the Word 通报 on the summary's document path.
"""

from kjreport.progress.assess import build_progress
from kjreport.progress.model import ProgressItem, ProgressReport

__all__ = ["ProgressItem", "ProgressReport", "build_progress"]
