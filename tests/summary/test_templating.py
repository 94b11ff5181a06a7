"""The sandboxed template environment: filters, draft marks, and Chinese errors with file+line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kjreport.errors import TemplateError
from kjreport.summary.blocks import parse_blocks
from kjreport.templating import (
    TemplateSet,
    default_template_dir,
    num,
    split_segments,
    strip_marks,
)


@pytest.fixture
def tdir(tmp_path: Path) -> Path:
    return tmp_path / "tpl"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_templates_are_found():
    folder = default_template_dir()
    assert (folder / "completion.j2").is_file()


def test_undefined_variable_names_file_and_line(tdir):
    write(tdir, "item.j2", "第一行\n第二行\n{{ foo }}\n")
    with pytest.raises(TemplateError) as err:
        TemplateSet(tdir).render("item.j2")
    msg = str(err.value)
    assert "item.j2" in msg and "第3行" in msg and "未定义的变量 foo" in msg
    assert "Traceback" not in msg


def test_undefined_inside_an_imported_macro_names_that_file(tdir):
    write(tdir, "m.j2", "{% macro s(r) %}\n{{ r.nosuch }}\n{% endmacro %}\n")
    write(tdir, "main.j2", "{% import 'm.j2' as m %}\n{{ m.s({}) }}\n")
    with pytest.raises(TemplateError) as err:
        TemplateSet(tdir).render("main.j2")
    assert "m.j2" in str(err.value) and "第2行" in str(err.value)


def test_syntax_error_names_file_and_line(tdir):
    write(tdir, "bad.j2", "a\nb\n{% if x %}\nc\n")
    with pytest.raises(TemplateError) as err:
        TemplateSet(tdir).render("bad.j2", x=1)
    assert "bad.j2" in str(err.value) and "第4行" in str(err.value)


def test_unknown_filter_is_reported_in_chinese(tdir):
    write(tdir, "f.j2", "{{ 3|nosuchfilter }}")
    with pytest.raises(TemplateError, match="没有名为 nosuchfilter 的过滤器"):
        TemplateSet(tdir).render("f.j2")


def test_sandbox_blocks_python_internals(tdir):
    write(tdir, "evil.j2", "{{ ''.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(TemplateError) as err:
        TemplateSet(tdir).render("evil.j2")
    assert "evil.j2" in str(err.value)


def test_missing_template_file(tdir):
    tdir.mkdir()
    with pytest.raises(TemplateError, match="缺少模板文件 nothere.j2"):
        TemplateSet(tdir).render("nothere.j2")


def test_missing_template_folder(tmp_path):
    with pytest.raises(TemplateError, match="不存在"):
        TemplateSet(tmp_path / "nope")


def test_filters_and_draft_marks(tdir):
    write(tdir, "s.j2", "全年实现产值{{ v|amount('亿元') }}，{{ y|yoy }}，{{ none|pct }}。")
    ctx = {"v": num(812.0, "来源：县区数据!B2:B11"), "y": num(15.01, "同比"), "none": None}
    plain = TemplateSet(tdir).render("s.j2", **ctx)
    assert plain == "全年实现产值812亿元，同比增长15.0%，【待补充】。"
    draft = TemplateSet(tdir, draft=True).render("s.j2", **ctx)
    assert strip_marks(draft) == plain
    pieces = split_segments(draft)
    assert ("812亿元", "来源：县区数据!B2:B11") in pieces
    assert ("同比增长15.0%", "同比") in pieces


def test_blocks_markup():
    text = "# 一、标题\n正文第一行\n第二行\n\n【待补充：材料】\n\n## （一）小标题\n段落"
    blocks = parse_blocks(text)
    assert [(b.kind, b.level) for b in blocks] == [
        ("heading", 1),
        ("paragraph", 0),
        ("marker", 0),
        ("heading", 2),
        ("paragraph", 0),
    ]
    assert blocks[1].text == "正文第一行第二行"


def test_a_copied_template_set_can_be_edited(tmp_path):
    folder = tmp_path / "mine"
    shutil.copytree(default_template_dir(), folder)
    opening = folder / "opening.j2"
    opening.write_text("我们的开头。现将有关情况总结如下：\n", encoding="utf-8")
    assert TemplateSet(folder).render("opening.j2") == "我们的开头。现将有关情况总结如下："


def test_paragraphs_even_splits_a_run_into_paragraphs_of_about_equal_length():
    """prose14: 380 characters of short items make two paragraphs of about 190, not 290 and a
    tail of 90; without ``even`` the packing fills each paragraph up to the limit."""
    pack = TemplateSet(None).env.filters["paragraphs"]
    items = ["甲" * 100, "乙" * 90, "丙" * 80, "丁" * 110]
    assert [len(p) for p in pack(items, 300, True)] == [190, 190]
    assert [len(p) for p in pack(items, 300)] == [270, 110]
    assert [len(p) for p in pack(items[:2], 300, True)] == [190]  # fits: one paragraph
