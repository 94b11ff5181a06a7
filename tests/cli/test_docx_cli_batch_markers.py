"""``kjreport docx --by 县区`` names the 【待补充】 left in each bulletin as the workers report
them, without reading the written files back."""

from __future__ import annotations

from click.testing import CliRunner

from kjreport.cli import main


def test_the_batch_names_markers_without_reading_the_files(sample_copy, tmp_path, monkeypatch):
    import kjreport.mail.content as content

    def refuse(path):
        raise AssertionError(f"read back: {path}")

    monkeypatch.setattr(content, "read_content", refuse)
    out = tmp_path / "通报"
    result = CliRunner().invoke(main, ["docx", str(sample_copy), "--by", "县区", "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "已生成 10 份县区通报" in result.output
    assert len(list(out.glob("*.docx"))) == 10
