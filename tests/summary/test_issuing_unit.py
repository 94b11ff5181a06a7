"""Every document names its issuing unit as 「设置」单位名称 gives it — a province's 科学技术厅
as well as a city's 科学技术局 — never "…科学技术局" built from the place name: the summary, the
county notices, the progress bulletins and the mail, through the real CLI."""

from __future__ import annotations

import email
import email.policy

import docx
import pytest
from click.testing import CliRunner

from kjreport.cli import main
from tests.conftest import complete_sample_progress
from tests.summary.docx_readback import MASTHEAD_STYLES
from tests.test_check import mutate

PROVINCE, UNIT = "东岳省", "东岳省科学技术厅"


def _as_province(wb):
    ws = wb["设置"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "城市名称":
            row[1].value = PROVINCE
        elif row[0].value == "单位名称":
            row[1].value = UNIT
        elif row[0].value == "发件人名称":
            row[1].value = None


def _title(path) -> str:
    """Return the title as written at the top (its lines joined)."""
    document = docx.Document(path)
    below = [p for p in document.paragraphs if p.style.style_id not in MASTHEAD_STYLES]  # 版头 of a 通报
    return "".join(p.text for p in below[:3]).replace("\n", "")


def _text(path) -> str:
    document = docx.Document(path)
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    parts.append(document.core_properties.title or "")
    return "\n".join(parts)


@pytest.fixture(scope="module")
def province_book(tmp_path_factory, sample_path):
    folder = tmp_path_factory.mktemp("ting")
    book = mutate(sample_path, folder / "东岳省2011.xlsx", _as_province)
    complete_sample_progress(book)
    return book


def test_summary_and_county_notices_name_the_ting(province_book):
    runner = CliRunner()
    folder = province_book.parent
    made = runner.invoke(main, ["docx", str(province_book), "-o", str(folder / "总结.docx"), "--no-charts"])
    assert made.exit_code == 0, made.output
    text = _text(folder / "总结.docx")
    assert _title(folder / "总结.docx").startswith(f"{UNIT}2011年工作总结和2012年工作打算")
    assert "科学技术局" not in text and "我局" not in text
    assert "2012年，我厅将" in text

    made = runner.invoke(main, ["docx", str(province_book), "--by", "县区", "-o", str(folder / "通报"),
                                "--no-charts"])
    assert made.exit_code == 0, made.output
    notices = sorted((folder / "通报").glob("*.docx"))
    assert notices
    for notice in notices:
        county = notice.name.split("2011年")[0]
        text = _text(notice)
        assert _title(notice).startswith(f"{UNIT}关于{county}2011年科技工作情况的通报"), text[:80]
        assert "科学技术局" not in text


def test_progress_bulletins_name_the_ting(province_book):
    folder = province_book.parent
    out = folder / "进度.docx"
    made = CliRunner().invoke(main, ["progress", str(province_book), "--month", "6", "-o", str(out), "--no-charts"])
    assert made.exit_code == 0, made.output
    text = _text(out)
    assert _title(out).startswith(f"{UNIT}关于2011年上半年科技工作目标任务进展情况的通报") and "科学技术局" not in text
    made = CliRunner().invoke(main, ["progress", str(province_book), "--by", "县区",
                                     "-o", str(folder / "进度通报"), "--no-charts"])
    assert made.exit_code == 0, made.output
    for notice in sorted((folder / "进度通报").glob("*.docx")):
        text = _text(notice)
        assert _title(notice).startswith(UNIT + "关于") and "科学技术局" not in text


def test_mail_signs_with_the_ting(province_book):
    folder = province_book.parent
    report = folder / "邮件总结.docx"
    made = CliRunner().invoke(main, ["docx", str(province_book), "-o", str(report), "--no-charts"])
    assert made.exit_code == 0, made.output
    out = folder / "eml"
    sent = CliRunner().invoke(main, ["send", str(report), "--recipients", str(province_book), "--dry-run",
                                     "--out", str(out)])
    assert sent.exit_code == 0, sent.output
    mails = sorted(out.glob("*.eml"))
    assert mails
    for path in mails:
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",)).get_content()
        assert message["Subject"].startswith(UNIT) and "科学技术局" not in body
        assert f"{UNIT}办公室" in body
