"""qa10 findings on the year-end summary, on the QA round's own workbooks (qa10_books/SOURCES.md):
F14 (a 增速 target on a row without a unit), F41 (报送月份 9 with year-end data: no "全年" beside
序时进度, status words as at 12月), F8 (a met 新增 target is no problem; 争取上级资金; 争取值 note;
the plan's own title word), F26 (区间 targets), F13 (附件2 widths by content)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import openpyxl
from click.testing import CliRunner
from docx.shared import Mm

from kjreport.cli import main
from tests.summary.docx_readback import rows_text

BOOKS = Path(__file__).parent / "qa10_books"


def _summary(tmp_path: Path, book: str, source: Path | None = None) -> docx.document.Document:
    src = tmp_path / book
    shutil.copy(source or BOOKS / book, src)
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(src), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return docx.Document(str(out))


def test_a_growth_target_on_a_row_without_unit_is_written_as_growth(tmp_path):
    text = rows_text(_summary(tmp_path, "luotian2010.xlsx"))  # 专利申请量、授权量 186 / 165, target 增长5%
    assert "186%" not in text and "提高21个百分点" not in text, text
    # qa12b F20: the growth is said in the text; the verdict on it (+7.7, 超额完成) in 附件1
    assert "专利申请量、授权量同比增长12.7%。" in text, text
    assert "专利申请量、授权量增速 | % | 5 | 12.7 | +7.7 | — | 超额完成" in text, text


def test_a_summary_at_month_9_never_says_full_year_beside_time_progress(tmp_path):
    text = rows_text(_summary(tmp_path, "luoyang2008_full_as9.xlsx"))
    for sentence in re.split("[。\n]", text):
        assert not ("全年" in sentence and "序时进度" in sentence), sentence
    # status words as at 12月: 1 of 1 is 完成, 124% short of the 争取值 100 is 完成
    assert "新增国家级研发中心1家，完成年度目标" in text, text
    assert "新增高新技术企业62家，完成年度目标" in text, text


def test_met_new_targets_funding_and_stretch_wording(tmp_path):
    text = rows_text(_summary(tmp_path, "luoyang2008_full.xlsx"))
    problems = text.split("存在的问题")[1].split("工作打算")[0]
    assert "新增国家级研发中心" not in problems, problems  # 1 of 1 met; last year 2
    assert "全年争取上级科技部门资金支持6840万元" in text and "实现上级" not in text, text
    assert "新增高新技术企业、上级科技部门资金支持设有争取目标" in text, text
    assert "紧紧围绕年初确定的全市科技工作要点" in text, text  # the plan is a 工作要点


def test_range_targets_are_completed_or_exceeded_as_in_attachment_1(tmp_path):
    met = rows_text(_summary(tmp_path, "quanzhou2024.xlsx"))
    assert "新增高层次人才团队20个。" in met, met  # its completion: 附件1 (qa12b F20)
    assert re.search(r"新增高层次人才团队 \| 个 \| 15—20 \| 20 \| [^|]+ \| [^|]+ \| 完成$", met, re.M), met
    (tmp_path / "b").mkdir()
    more = rows_text(_summary(tmp_path / "b", "quanzhou2024_range22.xlsx"))
    assert "新增高层次人才团队22个。" in more and "上限" not in more, more
    assert re.search(r"新增高层次人才团队 \| 个 \| 15—20 \| 22 \| [^|]+ \| [^|]+ \| 超额完成$", more, re.M), more


def test_county_table_of_one_indicator_gives_the_names_room(tmp_path):
    d = _summary(tmp_path, "luoyang2008.xlsx")
    table = d.tables[-1]
    widths = [c.width for c in table.rows[0].cells]
    headers = [c.text for c in table.rows[0].cells]
    # one indicator: its 上年 and 比上年增减 beside it (qa12b F24), then 位次
    assert headers[0] == "县（市）区" and len(widths) == 5 and headers[2].startswith("上年") and headers[4] == "位次", headers
    # 洛阳高新技术产业开发区 (11 characters) on one line; 位次 not broken; one figure not the page
    assert widths[0] >= Mm(48) and widths[4] >= Mm(12), widths


def test_draft_comments_cite_the_cells_used_and_one_method(tmp_path):
    import zipfile

    src = tmp_path / "quanzhou2024.xlsx"
    shutil.copy(BOOKS / "quanzhou2024.xlsx", src)
    out = tmp_path / "draft.docx"
    assert CliRunner().invoke(main, ["docx", str(src), "--draft", "-o", str(out)]).exit_code == 0
    xml = zipfile.ZipFile(out).read("word/comments.xml").decode("utf-8")
    comments = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c))
                for c in re.findall(r"<w:comment [^>]*>(.*?)</w:comment>", xml, re.S)]
    achieved = next(c for c in comments if c.startswith("高新技术企业·按目标口径实际值"))
    assert achieved == "高新技术企业·按目标口径实际值；科室报送的新增数；来源：科室数据!D2", achieved
    # the body no longer states 高层次人才团队's target (met, in 附件1: qa12b F20); a missed growth
    # states its target (qa14b F5: "增长17.7%，低于20%的年度目标") and cites the target's cell
    gap = next(c for c in comments if "经费投入·目标值" in c)
    assert gap.endswith("目标任务!B2"), gap


def test_all_targets_missed_is_said_once(tmp_path):
    # the 9月 figures as a year's; 月度数据 emptied, else check stops it (报送月份 12 but data to 9月: F27)
    edited = tmp_path / "edited.xlsx"
    wb = openpyxl.load_workbook(BOOKS / "luoyang2008_m9_as12.xlsx")
    ws = wb["月度数据"]
    ws.delete_rows(2, ws.max_row)
    wb.save(edited)
    text = rows_text(_summary(tmp_path, "luoyang2008_m9_as12.xlsx", edited))
    assert "7项目标任务均未完成" in text and "未完成7项" not in text, text
