"""The ``--by`` option of docx and progress: one notice per reporting unit.

Its value is 县区, and every word of ``kjreport.units.words`` means the same: a county
bureau's clerk reads "已生成 14 份乡镇通报" and types ``--by 乡镇`` (or 街镇), a 科技厅's clerk types
``--by 市州`` (QA8 F21).
"""

from __future__ import annotations

import click

from kjreport.units.words import COUNTIES, is_unit_word

BY_UNITS = COUNTIES


class ByUnits(click.ParamType):
    """``--by`` 县区 (or a synonym): returns 县区."""

    name = BY_UNITS

    def convert(self, value, param, ctx):  # noqa: ANN001 - click's signature
        if is_unit_word(value):
            return BY_UNITS
        self.fail(f"「{value}」无效，应为「县区」（也可写乡镇、街镇、市州、县市）。", param, ctx)
