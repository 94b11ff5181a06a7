"""Chinese number and phrase formatting (文字层): 亿元, 百分点, 同比增长/下降, 超额完成, 位次, 日期.

Pure functions of plain numbers and strings — no docx, no workbook. Everything that writes a
number into a document goes through here, so rounding and wording live in one tested place.
"""

from kjreport.text.numbers import (
    DEFAULT_STYLE,
    MISSING,
    NumberStyle,
    amount,
    is_number,
    number,
    pct,
    plain,
    pp,
)
from kjreport.text.phrases import (
    STATUSES,
    change_pp,
    cn_date,
    cn_numeral,
    completion,
    gap_phrase,
    join_list,
    ordinal,
    percent_target,
    rank,
    status,
    target_phrase,
    time_progress,
    yoy,
)

__all__ = [
    "DEFAULT_STYLE",
    "MISSING",
    "STATUSES",
    "NumberStyle",
    "amount",
    "change_pp",
    "cn_date",
    "cn_numeral",
    "completion",
    "gap_phrase",
    "is_number",
    "join_list",
    "number",
    "ordinal",
    "pct",
    "percent_target",
    "plain",
    "pp",
    "rank",
    "status",
    "target_phrase",
    "time_progress",
    "yoy",
]
