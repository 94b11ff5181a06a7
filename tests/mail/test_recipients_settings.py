import openpyxl
import pytest

from kjreport.mail import load_mail_settings, read_recipients
from kjreport.mail.errors import MailError
from kjreport.mail.recipients import from_command_line


def test_sample_recipients_and_settings(sample_path):
    people = read_recipients(sample_path)
    assert len(people) == 8 and people[0].where == "收件人!B2"
    assert [p.address for p in read_recipients(sample_path, county="西山县")] == [
        "sunming@example.com",
        "zhouxiaofeng@example.com",
    ]  # the county's own contact, and 抄送
    s = load_mail_settings(sample_path)
    assert (s.host, s.port, s.security, s.user) == (
        "smtp.exmail.qq.com",
        465,
        "SSL",
        "kjj@example.com",
    )
    assert s.sender_name == "鲁泽市科学技术局办公室"


def test_bad_address_names_the_cell_and_skips_only_that_person(sample_path, tmp_path):
    wb = openpyxl.load_workbook(sample_path)
    wb["收件人"]["B4"] = "zhang@"
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    people = read_recipients(path)  # one typo no longer stops all mail (qa12b F14)
    assert people.invalid == [f"{wb['收件人']['A4'].value}（收件人 B4）的邮箱「zhang@」“@”后缺少完整的域名（如 example.cn）"]
    assert "zhang@" not in [p.address for p in people] and len(people) == 7


def test_command_line_addresses_validated():
    assert [r.address for r in from_command_line(["a@example.com"])] == ["a@example.com"]
    with pytest.raises(MailError, match="「a@b」"):
        from_command_line(["a@b", "ok@example.com"])


def test_ini_config(tmp_path):
    ini = tmp_path / "邮件.ini"
    ini.write_text(
        "[邮件]\n服务器 = smtp.163.com\n端口 = 465\n加密 = SSL\n账号 = kj@163.com\n"
        "发件人名称 = 科技局\n",
        encoding="utf-8",
    )
    s = load_mail_settings(None, ini)
    assert (s.host, s.port, s.security, s.from_address) == (
        "smtp.163.com",
        465,
        "SSL",
        "kj@163.com",
    )
    ini.write_text("[邮件]\n服务器 = smtp.163.com\n加密 = 明文\n", encoding="utf-8")
    with pytest.raises(MailError, match="加密方式「明文」无效"):
        load_mail_settings(None, ini)
    with pytest.raises(MailError, match="找不到邮件设置文件"):
        load_mail_settings(None, tmp_path / "none.ini")
