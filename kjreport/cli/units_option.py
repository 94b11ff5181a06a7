"""The ``--by`` option of docx and progress: one notice per reporting unit.

Its value is 县区, and every word the documents use for the units means the same: a county
bureau's clerk reads "已生成 14 份乡镇通报" and types ``--by 乡镇`` (or 街镇), a 科技厅's clerk types
``--by 市州`` (QA8 F21).
"""

from __future__ import annotations

import click

BY_UNITS = "县区"
# what the documents call the units (kjreport.summary.units), and the usual other spellings
SYNONYMS = ("县区", "区县", "县市区", "县（市）区", "乡镇", "街镇", "镇街", "乡镇街道", "街道",
            "市州", "盟市", "县市", "旗县市", "市县")


class ByUnits(click.ParamType):
    """``--by`` 县区 (or a synonym): returns 县区."""

    name = BY_UNITS

    def convert(self, value, param, ctx):  # noqa: ANN001 - click's signature
        text = str(value).strip().replace("(", "（").replace(")", "）")
        if text in SYNONYMS:
            return BY_UNITS
        self.fail(f"「{value}」无效，应为「县区」（也可写乡镇、街镇、市州、县市）。", param, ctx)
