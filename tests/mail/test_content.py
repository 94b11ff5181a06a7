"""read_content: the 【待补充】 markers a report still has, in every form the templates write."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from kjreport.mail.content import read_content

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def _summary_gap_marker() -> str:
    """The long marker the summary writes for an item with neither data nor progress."""
    text = (TEMPLATES / "summary" / "completion.j2").read_text(encoding="utf-8")
    return next(line.strip() for line in text.splitlines() if line.strip().startswith("【待补充："))


def test_long_form_marker_in_the_summary_counts_as_a_placeholder(tmp_path):
    marker = _summary_gap_marker()
    path = tmp_path / "总结.docx"
    doc = Document()
    doc.add_paragraph("鲁泽市科学技术局2011年工作总结")
    doc.add_paragraph("三是加快高新技术改造提升传统产业")
    doc.add_paragraph(marker)
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "重要科技成果", "【待补充】"
    doc.save(path)

    marks = read_content(path).placeholders

    assert [m.where for m in marks] == ["正文第 3 段", "第 1 张表第 1 行"]
    assert "请责任科室补充" in marks[0].context
    assert marks[0].context.startswith("三是加快高新技术改造提升传统产业：")  # names the item


def test_text_without_a_marker_has_none(tmp_path):
    path = tmp_path / "总结.docx"
    doc = Document()
    doc.add_paragraph("待补充的材料已全部收齐。")
    doc.save(path)
    assert read_content(path).placeholders == ()


def test_a_table_marker_names_the_indicator_and_the_column(sample_path, tmp_path):
    """QA Q17: not "第 1 张表第 7 行「6」" (the 序号) but the indicator and what it lacks."""
    from click.testing import CliRunner

    from kjreport.cli import main

    out = tmp_path / "通报.docx"
    result = CliRunner().invoke(main, ["progress", str(sample_path), "--month", "6", "-o", str(out),
                                       "--no-charts"])
    assert result.exit_code == 0, result.output
    rows = [str(m) for m in read_content(out).placeholders if m.where.startswith("第 1 张表")]
    assert rows and all(not m.endswith(tuple(f"「{n}」" for n in range(100))) for m in rows)
    assert "第 1 张表第 35 行「高新技术企业和试点企业R&D经费占销售收入比重：累计完成」" in rows
    assert any("「创新型企业R&D经费占销售收入比重：累计完成」" in m for m in rows)
    assert "高新技术企业和试点企业R&D经费占销售收入比重：累计完成" in result.output
