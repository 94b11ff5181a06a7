"""``kjreport docx`` through click's CliRunner on the real sample workbook."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from tests.summary.docx_readback import body_text, comments, headings

ALLOWED_LATIN = {"R", "D", "GDP"}


@pytest.fixture(scope="module")
def summary(tmp_path_factory, sample_path) -> tuple[Path, str]:
    """Run ``kjreport docx`` once on a copy of the sample; return (docx, stdout)."""
    folder = tmp_path_factory.mktemp("cli")
    book = folder / "sample2011.xlsx"
    shutil.copy(sample_path, book)
    result = CliRunner().invoke(main, ["docx", str(book), "--no-charts"])
    assert result.exit_code == 0, result.output
    out = folder / "鲁泽市科学技术局2011年工作总结和2012年工作打算.docx"
    assert out.exists()
    return out, result.output


def test_default_output_next_to_the_workbook(summary):
    out, stdout = summary
    assert "已生成工作总结" in stdout and out.name in stdout


def test_headings_equal_the_sample_plan_tree(summary, sample_path):
    from kjreport.report import load_report

    plan = load_report(sample_path).plan
    got = [text for _, text in headings(summary[0])]
    assert got[0] == "一、2011年工作完成情况"
    assert got[-2:] == ["二、存在的问题", "三、2012年工作打算"]
    lines = body_text(summary[0]).splitlines()
    expected = []
    for node in plan.walk():
        if node.level == "总":
            continue
        title = node.title
        if re.fullmatch(r"[一二三四五六七八九十]+是", node.label or "") and not node.children:
            # an item labelled in words leads its paragraph instead (prose8), or runs on after
            # the item before it (prose10)
            lead = f"{node.label}{title}。"
            assert any(line.startswith(lead) or f"。{lead}" in line for line in lines), title
            continue
        assert any(title in h for h in got), f"{node.code} {title} is missing"
        expected.append(next(h for h in got if h.endswith(title)))
    assert expected == [h for h in got[1:-2]]  # same order, nothing else in between


def test_sample_summary_reads_right(summary, sample_path):
    from kjreport.report import load_report

    text = body_text(summary[0])
    # prose14: 812亿元 is said once, in the overview (从主要指标看), not again under its item
    assert "从主要指标看，高新技术产业产值812亿元" in text and text.split("附件：")[0].count("812亿元") == 1
    # qa12b F20: a target met by a small margin has its rate in 附件1, a wide one in the text;
    # prose14: a count of 6 against 5 is said 超额 without its rate
    assert "其中重大节能降耗减排科技项目超额完成年度目标。" in text and "101.5%" in text
    # prose8: neighbouring headline figures of one unit in one sentence, as real summaries write
    assert "创新型企业和市级工程技术研究中心分别为30家和32家，同比分别增长25.0%和18.5%。" in text
    assert "现将有关情况总结如下：" in text
    assert "None" not in text
    generated = text
    for note in load_report(sample_path).notes:  # departments' own words may hold "2GW"
        generated = generated.replace(note.text.strip().rstrip("。") + "。", "")
    assert set(re.findall(r"[A-Za-z]+", generated)) <= ALLOWED_LATIN
    assert "2011年12月20日" in text
    # items with neither targets nor notes in the sample are marked for staff
    lines = text.splitlines()
    i = lines.index("三是加快高新技术改造提升传统产业。")
    assert lines[i + 1].startswith("【待补充")


def test_draft_and_output_option(tmp_path, sample_copy):
    out = tmp_path / "草稿.docx"
    result = CliRunner().invoke(
        main, ["docx", str(sample_copy), "-o", str(out), "--draft", "--no-charts"]
    )
    assert result.exit_code == 0, result.output
    notes = comments(out)
    assert notes and any("县区数据" in n for n in notes)


def test_charts_by_default(tmp_path, sample_copy):
    out = tmp_path / "图表.docx"
    result = CliRunner().invoke(main, ["docx", str(sample_copy), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(docx.Document(str(out)).inline_shapes) >= 2


def test_by_county_writes_one_bulletin_per_county(tmp_path, sample_copy):
    from kjreport.report import load_report

    counties = load_report(sample_copy).counties
    outdir = tmp_path / "通报"
    result = CliRunner().invoke(
        main, ["docx", str(sample_copy), "--by", "县区", "-o", str(outdir), "-j", "2"]
    )
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in outdir.glob("*.docx"))
    assert files == sorted(f"{c}2011年科技工作通报.docx" for c in counties)
    assert f"已生成 {len(counties)} 份县区通报" in result.output


def test_bad_template_is_one_chinese_sentence(tmp_path, sample_copy):
    from kjreport.templating import default_template_dir

    mine = tmp_path / "模板"
    shutil.copytree(default_template_dir(), mine)
    (mine / "opening.j2").write_text("开头\n{{ 未知变量 }}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["docx", str(sample_copy), "--template", str(mine)])
    assert result.exit_code == 1
    assert "opening.j2 第2行：未定义的变量 未知变量" in result.output
    assert "Traceback" not in result.output


def test_missing_workbook(tmp_path):
    result = CliRunner().invoke(main, ["docx", str(tmp_path / "没有.xlsx")])
    assert result.exit_code == 1
    assert (
        "错误：" in result.output
        and "没有.xlsx" in result.output
        and "找不到工作簿" in result.output
    )


def test_pdf_option(tmp_path, sample_copy):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: --pdf cannot be exercised")
    out = tmp_path / "总结.docx"
    result = CliRunner().invoke(
        main, ["docx", str(sample_copy), "-o", str(out), "--pdf", "--no-charts"]
    )
    assert result.exit_code == 0, result.output
    assert out.with_suffix(".pdf").stat().st_size > 10_000


def test_help_is_chinese():
    result = CliRunner().invoke(main, ["docx", "--help"])
    assert result.exit_code == 0
    assert "生成公文格式的年度工作总结" in result.output and "--by" in result.output


def test_an_edited_summary_is_never_overwritten(tmp_path, sample_copy):
    """``-o`` onto an existing, edited document saves a new version (as the buttons do) and
    says where; the same content again replaces that version; --force overwrites."""
    out = tmp_path / "总结.docx"
    run = CliRunner().invoke
    assert run(main, ["docx", str(sample_copy), "-o", str(out), "--no-charts"]).exit_code == 0
    edited = docx.Document(str(out))
    edited.paragraphs[1].text = "局长改过的开头。"
    edited.save(str(out))
    before = out.read_bytes()

    result = run(main, ["docx", str(sample_copy), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    second = tmp_path / "总结（第2版）.docx"
    assert out.read_bytes() == before and second.exists()
    assert "没有覆盖它" in result.output and "总结（第2版）.docx" in result.output
    assert f"已生成工作总结：{second}" in result.output and "--force" in result.output

    again = run(main, ["docx", str(sample_copy), "-o", str(out), "--no-charts"])
    assert again.exit_code == 0 and "没有覆盖" not in again.output  # same content: no 第3版
    assert sorted(p.name for p in tmp_path.glob("总结*.docx")) == ["总结.docx", "总结（第2版）.docx"]

    forced = run(main, ["docx", str(sample_copy), "-o", str(out), "--no-charts", "--force"])
    assert forced.exit_code == 0, forced.output
    assert out.read_bytes() != before and "局长改过" not in body_text(out)


def test_output_into_a_new_folder(tmp_path, sample_copy):
    out = tmp_path / "新文件夹" / "总结.docx"
    result = CliRunner().invoke(main, ["docx", str(sample_copy), "-o", str(out), "--no-charts"])
    assert result.exit_code == 0, result.output
    assert out.exists()


@pytest.mark.parametrize(
    ("command", "kind"), [("docx", "科技工作通报"), ("progress", "全年进度通报")]
)
def test_an_edited_county_bulletin_is_never_overwritten(tmp_path, sample_copy, command, kind):
    """``--by 县区`` into a folder holding a bulletin the office edited keeps the edit and saves
    the new one as 第2版, saying so as ``-o`` does; unedited bulletins are replaced; the same
    content again writes no 第3版; --force overwrites."""
    outdir = tmp_path / "通报"
    run = CliRunner().invoke
    args = [command, str(sample_copy), "--by", "县区", "-o", str(outdir)]
    assert run(main, [*args, "-j", "1"]).exit_code == 0
    edited_path = outdir / f"西山县2011年{kind}.docx"
    untouched = outdir / f"高新区2011年{kind}.docx"
    edited = docx.Document(str(edited_path))
    edited.paragraphs[2].text = "局长改过的开头。"
    edited.save(str(edited_path))
    before = edited_path.read_bytes()
    files_before = sorted(p.name for p in outdir.iterdir())

    result = run(main, [*args, "-j", "2"])
    assert result.exit_code == 0, result.output
    second = outdir / f"西山县2011年{kind}（第2版）.docx"
    assert edited_path.read_bytes() == before and "局长改过的开头。" in body_text(edited_path)
    assert second.exists() and "局长改过" not in body_text(second)
    assert sorted(p.name for p in outdir.iterdir()) == sorted([*files_before, second.name])
    assert (
        f"「{edited_path.name}」已存在且内容与本次生成的不同（可能已有人修改过），没有覆盖它；"
        f"新通报另存为「{second.name}」（如确需覆盖，请加 --force）。"
    ) in result.output
    assert result.output.count("没有覆盖") == 1 and untouched.name not in result.output

    again = run(main, args)
    assert again.exit_code == 0 and "没有覆盖" not in again.output  # same content: no 第3版
    assert not (outdir / f"西山县2011年{kind}（第3版）.docx").exists()

    forced = run(main, [*args, "--force"])
    assert forced.exit_code == 0 and "没有覆盖" not in forced.output
    assert "局长改过" not in body_text(edited_path)


def test_many_kept_bulletins_are_told_in_a_few_lines(tmp_path, sample_copy):
    """Past 20 kept bulletins the output says how many more, not one line each."""
    from kjreport.cli.docx import tell_kept

    runner = CliRunner()
    notes = [f"「县{i}.docx」已存在且内容与本次生成的不同（可能已有人修改过），没有覆盖它；"
             f"新通报另存为「县{i}（第2版）.docx」。" for i in range(23)]
    with runner.isolation() as (out, _, _):
        tell_kept(notes)
        text = out.getvalue().decode()
    lines = text.splitlines()
    assert len(lines) == 21 and lines[0].endswith("「县0（第2版）.docx」（如确需覆盖，请加 --force）。")
    assert lines[-1].startswith("……其余 3 份同样已存在且内容不同")
