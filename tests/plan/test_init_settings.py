"""``init`` writes the optional 设置 rows (mail, 领导机关, 进度滞后线) empty, each with its 说明."""

from __future__ import annotations

import openpyxl
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.workbook import schema


def test_new_workbook_shows_where_the_mail_settings_go(tmp_path):
    out = tmp_path / "新.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2015", str(out)])
    assert result.exit_code == 0, result.output
    rows = {r[0]: r[1:] for r in openpyxl.load_workbook(out)["设置"].iter_rows(min_row=2, values_only=True)}
    for key in ("邮件服务器", "邮件端口", "邮件加密", "邮件账号", "发件人名称", "领导机关"):
        value, hint = rows[key]
        assert value is None and hint == schema.OPTIONAL_SETTINGS[key]
    assert "smtp.exmail.qq.com" in rows["邮件服务器"][1] and "KJREPORT_SMTP_PASSWORD" in rows["邮件账号"][1]
    # the empty rows are no error: check passes them, and a rehearsal needs none of them
    check = CliRunner().invoke(main, ["check", str(out)])
    assert "邮件" not in check.output


def test_growth_targets_get_a_same_period_row_in_monthly_data(tmp_path):
    """A 增速 target's progress is its 累计增速: 月度数据 offers the row for last year's figures."""
    plan = tmp_path / "工作要点.txt"
    plan.write_text("鲁泽市科学技术局2015年科技工作要点\n一、主要目标\n财政科技支出增长10%以上，技术合同成交额达到60亿元。\n",
                    encoding="utf-8")
    out = tmp_path / "新.xlsx"
    result = CliRunner().invoke(main, ["init", "--year", "2015", "--plan", str(plan), str(out)])
    assert result.exit_code == 0, result.output
    names = [r[0] for r in openpyxl.load_workbook(out)["月度数据"].iter_rows(min_row=2, values_only=True)]
    assert names.index("财政科技支出（上年同期）") == names.index("财政科技支出") + 1
    assert "技术合同成交额（上年同期）" not in names
