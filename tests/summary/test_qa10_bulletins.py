"""qa10 findings on the year-end county bulletins (docx --by), on the QA round's own workbooks
(qa10_books/SOURCES.md): F43 (a 街镇 told "上年数据未报送" and its stock dropped), F29 (one word for
街镇), F19 (one indicator, a many-way tie, a zero, notes that do not apply). F23 (a growth target
judged by growth) is pinned in tests/workbook/test_real_figures_qa10.py; its summary side is here."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers import cli
from tests.summary.docx_readback import body_text

BOOKS = Path(__file__).parent / "qa10_books"




def _bulletins(tmp_path: Path, book: str, word: str) -> Path:
    src = tmp_path / book
    shutil.copy(BOOKS / book, src)
    out = tmp_path / "通报"
    result = cli("docx", src, "--by", word, "-o", out)
    assert result.exit_code == 0, result.output
    return out


def test_a_town_that_reported_last_year_is_never_told_it_did_not(tmp_path):
    out = _bulletins(tmp_path, "zhongshan2024.xlsx", "街镇")
    for path in out.glob("*.docx"):
        assert "上年数据未报送" not in body_text(path), path.name
    text = body_text(out / "小榄镇2024年科技工作通报.docx")
    # the year-end stock and its 同比 beside the 净增 (F43)
    assert "高新技术企业276家，同比增长2.2%" in text, text
    assert "净增高新技术企业6家" in text


def test_street_towns_are_called_one_word_throughout(tmp_path):
    out = _bulletins(tmp_path, "zhongshan2024.xlsx", "街镇")
    text = body_text(out / "石岐街道2024年科技工作通报.docx")
    assert "在21个街镇中" in text and "乡镇" not in text, text
    book = tmp_path / "zhongshan2024.xlsx"
    summary = tmp_path / "总结.docx"
    assert cli("docx", book, "-o", summary).exit_code == 0
    text = body_text(summary)
    assert "街镇小计" in text and "乡镇小计" not in text and "均居乡镇末位" not in text, text


def test_one_indicator_is_named_and_an_empty_problems_section_is_dropped(tmp_path):
    out = _bulletins(tmp_path, "luoyang2008.xlsx", "县区")
    text = body_text(out / "偃师市2008年科技工作通报.docx")
    assert "各项指标均" not in text and "1项指标中" not in text, text
    # one indicator, said once: no 总体情况 naming it, no 需要关注的问题 repeating it (qa12b F11)
    assert "需要关注的问题" not in text and "总体情况" not in text and "二、工作要求" in text, text
    # no ratio, no zero in its table: no note about them (F19)
    assert "比重类指标" not in text and "数值为零的指标不排位次" not in text, text


def test_a_many_way_tie_is_no_top_three_and_a_zero_is_a_gap(tmp_path):
    out = _bulletins(tmp_path, "luotian2010.xlsx", "乡镇")
    tied = body_text(out / "白庙河镇2010年科技工作通报.docx")  # 科技示范基地 1 处, tied 1st with six others
    assert "前三位" not in tied, tied
    zero = body_text(out / "大河岸镇2010年科技工作通报.docx")  # 科技示范基地 0 处
    assert "继续保持良好势头" not in zero and "均未处于" not in zero, zero
    assert "本年度尚无科技示范基地，需加快推进" in zero, zero


def test_the_summary_names_the_slowest_grower_against_a_growth_target(tmp_path):
    book = tmp_path / "quanzhou2024.xlsx"
    shutil.copy(BOOKS / "quanzhou2024.xlsx", book)
    out = tmp_path / "总结.docx"
    assert cli("docx", book, "-o", out).exit_code == 0
    text = body_text(out)
    assert "鲤城区研发投入增速在11个县（市）区中居末位" in text, text  # +14.2%, slowest
    assert "洛江区" not in text.split("存在的问题")[1].split("三、")[0], text  # +19.5%, smallest amount
    assert "增速位次" in text  # 附件2's rank column says what it ranks


def test_a_county_below_the_city_growth_target_is_told_so(tmp_path):
    out = _bulletins(tmp_path, "quanzhou2024.xlsx", "县区")
    text = body_text(out / "洛江区2024年科技工作通报.docx")  # +19.5% against 20%
    # one indicator: said in 二、主要指标情况, no 需要关注的问题 repeating it (qa12b F11)
    assert "同比增长19.5%" in text and "增速低于全市年度目标（增长20%以上）。请分析原因" in text, text
    assert "全社会R&D经费投入按增速排位次" in text, text
