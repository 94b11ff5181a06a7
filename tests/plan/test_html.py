"""A plan saved as a web page — the bureau's page saved from the browser (.html, .mht) or a
"Word" download that is really HTML (a .doc from a site's 导出 Word button, Word's 网页 format) —
reads the targets of its text; a table's cells merged down are read in each row they span."""

from __future__ import annotations

import quopri
from pathlib import Path

import openpyxl

from kjreport.plan import import_plan
from kjreport.plan.reader import read_plan
from tests.helpers import cli_ok

CORPUS = Path(__file__).parent / "corpus"
PLAN = CORPUS / "2011_jiangxi_yaodian.txt"  # 江西 2011 要点: eleven targets in one paragraph


def _page(text: str) -> str:
    """``text`` as a government site's article page: menus, the article's paragraphs, a footer."""
    paragraphs = "\n".join(f'<p style="text-indent:2em">{line.strip()}</p>' for line in text.splitlines() if line.strip())
    return f"""<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>江西省2011年科技工作要点_江西省科学技术厅</title>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
<style>.nav li {{ float: left; }}</style></head>
<body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li>办事服务</li></ul></div>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 计划规划</div>
<div class="article"><h1>江西省2011年科技工作要点</h1>
<div class="TRS_Editor">{paragraphs}</div></div>
<div class="footer">主办单位：江西省科学技术厅　　网站标识码：3600000021<br>赣ICP备05004016号</div>
</body></html>"""


def _targets(result) -> list[tuple]:
    return [(t.indicator, t.value, t.unit, t.comparison, t.kind, t.stretch) for t in result.targets]


def test_a_page_saved_from_the_browser_reads_the_targets_of_its_text(tmp_path):
    page = tmp_path / "江西省2011年科技工作要点_江西省科学技术厅.html"
    page.write_bytes(_page(PLAN.read_text("utf-8")).encode("gb18030"))
    from_text = import_plan(PLAN, require_targets=False, year=2011)
    from_page = import_plan(page, require_targets=False, year=2011)
    assert len(from_text.targets) == 11
    assert _targets(from_page) == _targets(from_text)
    lines = [line.text for line in read_plan(page)[0]]
    assert "首页" in lines and not any("统计代码" in line or "float" in line for line in lines)


def test_a_web_archive_mht_is_read(tmp_path):
    html = _page(PLAN.read_text("utf-8")).replace('charset="gb2312"', 'charset="utf-8"')
    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    archive = tmp_path / "工作要点.mht"
    archive.write_text(
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_000\"\r\n\r\n"
        "------=_NextPart_000\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: http://kjt.jiangxi.gov.cn/\r\n\r\n"
        f"{body}\r\n------=_NextPart_000--\r\n",
        "ascii",
    )
    assert len(import_plan(archive, require_targets=False, year=2011).targets) == 11


WORD_WEB_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=gb2312"><title>2021年工作要点</title>
<style><!-- p.MsoNormal {margin:0cm;} --></style></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoTitle>××县2021年科技工作要点</p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>一、<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>主要目标<o:p></o:p></p>
<p class=MsoNormal>全县高新技术企业净增<span lang=EN-US>5</span>家，技术合同成交额达到<span lang=EN-US>1.2</span>亿元。<o:p></o:p></p>
<table class=MsoTableGrid border=1>
<tr><td><p>序号</p></td><td><p>类别</p></td><td><p>指标名称</p></td><td><p>目标值</p></td><td><p>单位</p></td><td><p>责任股室</p></td></tr>
<tr><td><p>1</p></td><td rowspan=2><p>创新主体</p></td><td><p>新认定高新技术企业</p></td><td><p>6</p></td><td><p>家</p></td>
<td rowspan=2><p>高新股</p></td></tr>
<tr><td><p>2</p></td><td><p>入库科技型中小企业</p></td><td><p>40</p></td><td><p>家</p></td></tr>
<tr><td><p>3</p></td><td><p>创新投入</p></td><td><p>全社会研发投入强度</p></td><td><p>1.5</p></td><td><p>%</p></td><td><p>计划股</p></td></tr>
</table>
</div></body></html>
"""


def test_a_word_download_that_is_a_web_page_is_read_through_the_cli(tmp_path):
    doc = tmp_path / "2021年科技工作要点.doc"  # what a site's 导出 Word button saves
    doc.write_bytes(WORD_WEB_PAGE.encode("gb18030"))
    before = doc.read_bytes()
    lines = [line.text for line in read_plan(doc)[0]]
    assert "一、 主要目标" in lines
    # the 类别 and 责任股室 merged down are read in both rows they span
    assert "1\t创新主体\t新认定高新技术企业\t6\t家\t高新股" in lines
    assert "2\t创新主体\t入库科技型中小企业\t40\t家\t高新股" in lines
    # a county bureau's 股室 named in a 责任股室 column are the targets' 责任科室
    departments = {t.indicator: t.department for t in import_plan(doc, year=2021).targets}
    assert departments["入库科技型中小企业"] == "高新股"
    shown = cli_ok("plan", "show", doc, "--year", "2021").output
    assert "技术合同成交额" in shown and "入库科技型中小企业" in shown
    book = tmp_path / "2021年科技工作.xlsx"
    cli_ok("init", "--year", "2021", "--plan", doc, book)
    sheet = openpyxl.load_workbook(book)["目标任务"]
    names = {sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)} - {None}
    assert {"高新技术企业", "技术合同成交额"} <= names and len(names) >= 4
    assert doc.read_bytes() == before


def test_an_ordered_list_reads_with_the_numbers_a_browser_draws(tmp_path):
    # a page whose parts are an <ol> in a Chinese list style and whose items are numbered lists:
    # the browser shows "一、" and "1.", which the text of the elements does not hold
    page = """<html><head><meta charset="utf-8"><title>某县科技局2024年工作要点</title></head><body>
<h1>某县科技局2024年工作要点</h1>
<ol style="list-style-type: cjk-ideographic">
<li>主要目标<ol><li>新增高新技术企业12家。</li><li>技术合同成交额达到3.5亿元。</li></ol></li>
<li>重点任务<ol type="a" start="3"><li>建设创新平台。</li><li value="7">培育科技人才。</li></ol></li>
</ol></body></html>"""
    path = tmp_path / "要点.html"
    path.write_text(page, encoding="utf-8")
    lines = [line.text for line in read_plan(path)[0]]
    assert "一、主要目标" in lines and "二、重点任务" in lines
    assert "1.新增高新技术企业12家。" in lines and "2.技术合同成交额达到3.5亿元。" in lines
    assert "c.建设创新平台。" in lines and "g.培育科技人才。" in lines
    result = import_plan(path, year=2024)
    assert [n.title for n in result.plan.children] == ["主要目标", "重点任务"]
    assert {(t.indicator, t.value) for t in result.targets} >= {("高新技术企业", 12.0), ("技术合同成交额", 3.5)}


def test_list_numbers_in_each_office_format():
    from kjreport.plan.reader import list_number

    assert [list_number(n, "lowerLetter") for n in (1, 26, 27)] == ["a", "z", "aa"]
    assert [list_number(n, "upperRoman") for n in (4, 9, 14)] == ["IV", "IX", "XIV"]
    assert list_number(3, "lowerRoman") == "iii" and list_number(2, "chineseCounting") == "二"
    assert list_number(5, "decimalEnclosedCircle") == "⑤" and list_number(12, "decimal") == "12"
