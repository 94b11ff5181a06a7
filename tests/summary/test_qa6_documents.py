"""QA round 6, documents through the real CLI on copies of the sample: what 附件2 and the county
notices compare (F3, F18)."""

from __future__ import annotations

import docx
from click.testing import CliRunner

from kjreport.cli import main
from tests.helpers import cli_ok
from tests.indicators.test_reported_workbook import department_row, edit, target
from tests.summary.docx_readback import body_text


def _department_targets_only(wb):
    """A 县级市's plan: every target a 科室数据 row, none counted by 县区 (临清 2024)."""
    ws = wb["目标任务"]
    ws.delete_rows(2, ws.max_row)


def _county_level_city(sample_path, tmp_path, *more):
    return edit(sample_path, tmp_path / "县级市2011.xlsx", _department_targets_only,
                department_row("成果科", "技术合同成交额", "亿元", 12.6, 10.8),
                target("技术合同成交额", 15, "%", 条目="一", 科室="成果科", 类型="增速"), *more)


def test_notices_compare_what_the_annex_ranks_when_no_target_is_by_county(sample_path, tmp_path):
    """F18/F3: with no target counted by 县区, 附件2 ranks the reported columns except the
    denominators (地区生产总值, 规模以上工业总产值), and each notice states the county's own
    figures and ranks on the same columns — never "尚未报送" to a county that reported."""
    path = _county_level_city(sample_path, tmp_path)
    out = tmp_path / "总结.docx"
    cli_ok("docx", path, "-o", out, "--no-charts", "--force")
    county_table = docx.Document(str(out)).tables[1]
    headers = [c.text for c in county_table.rows[0].cells]
    assert not any(h.startswith(("地区生产总值", "规模以上工业总产值")) for h in headers), headers
    assert any("全社会R&D经费投入" in h for h in headers), headers
    whole = [c.text for c in county_table.rows[1].cells]  # F20: a 全市 row first, unranked
    assert whole[0] == "全市" and whole[2] == "—" and whole[1] not in ("", "—"), whole
    first = county_table.rows[2].cells[0].text
    cli_ok("docx", path, "--by", "县区", "-o", tmp_path / "通报")
    notice = next((tmp_path / "通报").glob(f"{first}*.docx"))
    text = body_text(notice).replace("\n", "")
    assert "尚未报送" not in text and "尚无可比较" not in text, text
    assert "全社会R&D经费投入" in text and "居全市" in text, text
    assert "地区生产总值" not in text.split("附件：")[0].replace("占GDP", ""), text


def _blank_county_figures(wb):
    for sheet in ("县区数据", "县区上年数据"):
        ws = wb[sheet]
        for row in ws.iter_rows(min_row=2, min_col=2):
            for c in row:
                if isinstance(c.value, (int, float)):
                    c.value = None
    for sheet in ("项目台账", "企业台账", "平台台账"):  # no ledger either: nothing counted by county
        wb[sheet].delete_rows(2, wb[sheet].max_row)


def test_notices_refused_when_the_counties_have_nothing_to_compare(sample_path, tmp_path):
    """F18: no target by 县区 and no county figure: one clear message, no notices at all."""
    path = _county_level_city(sample_path, tmp_path, _blank_county_figures)
    result = CliRunner().invoke(main, ["docx", str(path), "--by", "县区", "-o", str(tmp_path / "通报")])
    assert result.exit_code == 1
    assert "没有可在各县区间比较的指标" in result.output and "Traceback" not in result.output
    assert not list((tmp_path / "通报").glob("*.docx")) if (tmp_path / "通报").exists() else True


def _scale_county_rd(factor):
    def change(wb):
        for sheet in ("县区数据", "县区上年数据"):
            ws = wb[sheet]
            col = next(c.column for c in ws[1] if str(c.value or "").startswith("全社会R&D经费支出"))
            for r in range(2, ws.max_row + 1):
                cell = ws.cell(r, col)
                if isinstance(cell.value, (int, float)):
                    cell.value = round(cell.value * factor, 2)
    return change


def _intensity_target(value):
    def change(wb):
        for row in wb["目标任务"].iter_rows(min_row=2):
            if row[0].value == "全社会R&D经费投入占GDP比重":
                row[1].value = value
    return change


def test_small_share_keeps_two_decimals_and_a_narrow_basic_band(sample_path, tmp_path):
    """F9: a computed R&D intensity of 1.8x % is written with two decimals, and so are its rise
    and its gap, in the text, 附件1, 附件2 and the county notices; F10: 1.8x % against a 2.2 %
    target is 未完成 (the 基本完成 band is at most 10 % of the target: 0.22 point)."""
    path = edit(sample_path, tmp_path / "强度2011.xlsx", _scale_county_rd(2.4), _intensity_target(2.2))
    fill = cli_ok("fill", path)
    row = next(x for x in fill.output.splitlines() if "全社会R&D经费投入占GDP比重" in x)
    assert "未完成" in row and "基本完成" not in row, row
    out = tmp_path / "总结.docx"
    cli_ok("docx", path, "-o", out, "--no-charts", "--force")
    text = body_text(out).replace("\n", "")
    import re

    said = re.search(r"占GDP的比重(\d+\.\d+)%，比上年提高(\d+\.\d+)个百分点，低于年度目标(\d+\.\d+)个百分点", text)
    assert said and all(len(x.split(".")[1]) == 2 for x in said.groups()), text
    tables = docx.Document(str(out)).tables
    annex1 = next(r for r in tables[0].rows if r.cells[1].text == "全社会R&D经费投入占GDP比重")
    cells = [c.text for c in annex1.cells]
    assert cells[4] == said.group(1) and cells[5] == "-" + said.group(3) and cells[7] == "未完成", cells
    headers = [c.text for c in tables[1].rows[0].cells]
    col = headers.index("全社会R&D经费投入占GDP比重（%）")
    shares = [r.cells[col].text for r in tables[1].rows[1:]]
    assert all(len(s.split(".")[1]) == 2 for s in shares), shares
    cli_ok("docx", path, "--by", "县区", "-o", tmp_path / "通报")
    for notice in (tmp_path / "通报").glob("*.docx"):
        body = body_text(notice).replace("\n", "")
        m = re.search(r"占GDP比重(\d+\.\d+)%", body)
        assert m and len(m.group(1).split(".")[1]) == 2, body


def _headline_only(names):
    def change(wb):
        for row in wb["目标任务"].iter_rows(min_row=2):
            if row[0].value in names:
                row[4].value = "总"
    return change


def test_headline_targets_open_the_notice_without_a_part_heading(sample_path, tmp_path):
    """F11: targets stated only in the plan's 主要目标 (所属条目 总) come first in 二、主要指标情况,
    under no heading — never under part 一's heading; the parts keep their （一）（二）."""
    path = edit(sample_path, tmp_path / "总目标2011.xlsx",
                _headline_only({"全社会R&D经费投入", "全社会R&D经费投入占GDP比重"}))
    cli_ok("docx", path, "--by", "县区", "-o", tmp_path / "通报")
    notice = sorted((tmp_path / "通报").glob("*.docx"))[0]
    lines = body_text(notice).split("\n")
    assert any(x.startswith("根据各县区、高新区报送的统计数据") for x in lines)  # 高新区 is not a 县区
    start = lines.index("二、主要指标情况")
    assert lines[start + 1].startswith("全社会R&D经费投入"), lines[start:start + 4]
    part_headings = [x for x in lines[start:] if x.startswith("（一）")]
    assert part_headings and "全社会R&D经费投入" not in lines[lines.index(part_headings[0]) + 1], lines[start:]


def _titled_recipients(wb):
    ws = wb["收件人"]
    ws.delete_rows(2, ws.max_row)
    ws.append(["王局长", "wang@example.com", "局领导", "否"])
    ws.append(["李明", "li@example.com", "计划科", "否"])
    ws.append(["清河区科技局", "qh@example.com", "清河区", "否"])


def _mails(folder):
    import email
    from email import policy

    out = {}
    for f in sorted(folder.glob("*.eml")):
        m = email.message_from_binary_file(f.open("rb"), policy=policy.default)
        out[f.name] = (str(m["subject"]), m.get_body(("plain",)).get_content())
    return out


def test_mail_salutation_digest_and_notice_title(sample_path, tmp_path):
    """F17: a 姓名 typed with its title is addressed "王局长：" (not 王局长同志), a person "李明同志：";
    the mail's summary sentence says "全部超额完成" as the summary does; a county notice's mail
    names the notice by its real title."""
    path = _county_level_city(sample_path, tmp_path, _titled_recipients)
    summary = tmp_path / "总结.docx"
    cli_ok("docx", path, "-o", summary, "--no-charts", "--force")
    cli_ok("send", summary, "--recipients", path, "--dry-run", "--out", tmp_path / "eml")
    bodies = [body for _, body in _mails(tmp_path / "eml").values()]
    assert any(b.startswith("王局长：") for b in bodies) and not any("王局长同志" in b for b in bodies)
    assert any(b.startswith("李明同志：") for b in bodies)
    # QA8 F19: one target is not 全部 (“全年1项目标任务超额完成”), in the mail as in the summary
    assert all("1项目标任务超额完成" in b for b in bodies), bodies[0]
    assert "1项目标任务超额完成" in body_text(summary).replace("\n", "")
    cli_ok("docx", path, "--by", "县区", "-o", tmp_path / "通报")
    cli_ok("send", tmp_path / "通报", "--recipients", path, "--dry-run", "--out", tmp_path / "eml2")
    (subject, body), = _mails(tmp_path / "eml2").values()
    assert subject.endswith("关于清河区2011年科技工作情况的通报"), subject
    assert f"现将《{subject}》发送给您" in body, body
