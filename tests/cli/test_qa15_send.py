"""qa15 F6: sending a 县区通报 folder when a county's only contact has no 邮箱 says so — not that
the county has no 收件人 (which sends the office to add a contact it already has)."""

from __future__ import annotations

from tests.helpers import cli, cli_ok
from tests.qa15_book import tongren_book


def test_county_whose_contact_has_no_address_is_told_as_such(tmp_path):
    book = tongren_book(tmp_path)
    cli_ok("docx", book, "--by", "县区", "--no-charts")
    folder = tmp_path / "铜仁市2024年县区科技工作通报"
    out = cli("send", folder, "--recipients", book, "--dry-run", "--out", tmp_path / "eml").output

    assert "没有松桃苗族自治县的收件人" not in out, out
    told = next(line for line in out.splitlines() if line.startswith("松桃苗族自治县2024年科技工作通报.docx"))
    assert "松桃县科技局（收件人 B4）没有邮箱" in told, told
    last = out.strip().splitlines()[-1]
    # 8 counties have no contact at all; 松桃 is counted once, under 没有邮箱
    assert "另有 8 份通报没有收件人" in last and "松桃苗族自治县、" not in last, last
    assert "1 位没有邮箱，未发送（松桃县科技局（收件人 B4））" in last, last
