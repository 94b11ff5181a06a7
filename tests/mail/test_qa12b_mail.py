"""qa12b's mail findings on the 慈溪 2025 book, with a real SMTP server: a mistyped 收件人 address is
a 提示 in check and skips only that person in send (F14); a refused address is said in Chinese with
the row to correct (F15); a 通报 folder leaves out the 科室 without an address, who gets no 通报 (F16)."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from kjreport.cli import main
from tests.cli.test_send_cli import ini
from tests.mail.conftest import PASSWORD
from tests.qa12b_books import RECIPIENTS, cixi_book

TYPO = [*RECIPIENTS[:2], ("观海卫镇", "ghw@cxkj,example.cn", "观海卫镇", None), RECIPIENTS[3]]


def _send(*args: str) -> object:
    return CliRunner().invoke(main, ["send", *args], env={"KJREPORT_SMTP_PASSWORD": PASSWORD})


def test_a_mistyped_address_is_a_hint_and_send_reaches_the_others(starttls_server, ca, report, tmp_path):
    handler, port, _ = starttls_server
    book = cixi_book(tmp_path, recipients=TYPO)
    check = CliRunner().invoke(main, ["check", str(book)])
    assert ("[提示] cx.xlsx 工作表「收件人」 单元格 B4：「观海卫镇」的邮箱「ghw@cxkj,example.cn」不是有效的邮箱地址"
            "（“.”写成了逗号）；应为「ghw@cxkj.example.cn」？请改正；不改正时 kjreport send 跳过此人，其他收件人照常发送"
            ) in check.output, check.output
    run = _send(str(report), "--recipients", str(book), "--config", str(ini(tmp_path, port, ca[1])))
    # was: 「错误：工作簿有 1 处错误……不是有效的邮箱地址」 and nothing sent to anybody
    assert run.exit_code == 1, run.output
    assert ("注意：观海卫镇（收件人 B4）的邮箱「ghw@cxkj,example.cn」不是有效的邮箱地址（“.”写成了逗号，"
            "应为「ghw@cxkj.example.cn」），未发送") in run.output, run.output
    last = run.output.strip().splitlines()[-1]
    assert last.startswith("未全部发送：已发送 3 位") and "1 位邮箱地址有误，未发送（观海卫镇（收件人 B4））" in last, last
    assert sorted(handler.per_recipient()) == ["bgs@cxkj.example.cn", "hs@cxkj.example.cn", "jz@cxkj.example.cn"]


def test_a_refused_address_is_said_in_chinese_with_the_row(starttls_server, ca, report, tmp_path):
    handler, port, _ = starttls_server
    handler.refuse = {"ghw@cxkj.example.cn"}
    book = cixi_book(tmp_path)
    run = _send(str(report), "--recipients", str(book), "--config", str(ini(tmp_path, port, ca[1])))
    assert run.exit_code == 1, run.output
    # was 「ghw@cxkj.example.cn：失败：550 5.1.1 …」 and 「有收件人未能确认收到」
    assert ("ghw@cxkj.example.cn：失败（观海卫镇，收件人 B4）：对方邮件服务器拒收：邮箱不存在"
            "（550 5.1.1 No such user here）；请核对该地址") in run.output, run.output
    last = run.output.strip().splitlines()[-1]
    assert last.startswith("未全部发送：已发送 3 位，失败 1 位，原因见上"), last
    assert "未能确认" not in run.output


def test_a_bulletin_folder_leaves_out_a_department_without_an_address(starttls_server, ca, report, tmp_path):
    handler, port, _ = starttls_server
    people = [*RECIPIENTS[:3], ("李明", None, "高新科", None), RECIPIENTS[3]]
    book = cixi_book(tmp_path, recipients=people)
    folder = tmp_path / "慈溪市2025年乡镇科技工作通报"
    folder.mkdir()
    for town in ("浒山街道", "观海卫镇"):
        shutil.copy(report, folder / f"{town}2025年科技工作通报.docx")
    run = _send(str(folder), "--recipients", str(book), "--config", str(ini(tmp_path, port, ca[1])))
    # was exit 1 and 「未全部发送：……1 位没有邮箱，未发送（李明（收件人 B5））」: 李明 gets no 通报 at all
    assert run.exit_code == 0, run.output
    assert "李明" not in run.output
    assert run.output.strip().splitlines()[-1].startswith("全部发送成功：已发送 4 封（3 位收件人）")


def test_mail_wording_greets_one_address_and_gives_a_bulletin_its_result(starttls_server, ca, report, tmp_path):
    handler, port, _ = starttls_server
    config = str(ini(tmp_path, port, ca[1]))
    run = _send(str(report), "--to", "a@example.com", "--config", config)
    body = handler.messages[-1][1].get_body(("plain",)).get_content()
    # was 「各位领导、同志：」 … 「发送给您」 to one address, and 「跳过 0 位（此前已收到）」
    assert body.startswith("您好：") and "发送给您" in body, body
    assert run.output.strip().splitlines()[-1] == "全部发送成功：已发送 1 位。", run.output
    run = _send(str(report), "--to", "b@example.com", "--to", "c@example.com", "--together", "--config", config)
    body = handler.messages[-1][1].get_body(("plain",)).get_content()
    assert body.startswith("各位领导、同志：") and "发送给各位" in body, body
    book = cixi_book(tmp_path)
    folder = tmp_path / "慈溪市2025年乡镇科技工作通报"
    folder.mkdir()
    shutil.copy(report, folder / "浒山街道2025年科技工作通报.docx")
    run = _send(str(folder), "--recipients", str(book), "--config", config)
    assert run.exit_code == 0, run.output
    body = next(m for rcpts, m, _ in handler.messages if rcpts == ["hs@cxkj.example.cn"]).get_body(("plain",)).get_content()
    # the bulletin mail said only 「现将《…》发送给您」
    assert "浒山街道2025年R&D经费投入强度2.47%，比上年提高0.05个百分点，在12个街镇中居第11位。" in body, body
