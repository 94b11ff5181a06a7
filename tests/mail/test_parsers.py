"""What recipients' mail programs show: kjreport's messages decoded by Python's own parser and by
three independent ones — fast-mail-parser (Rust's mailparse), and nodemailer's mailparser and
postal-mime under Node — with each attachment-name form alone as well as both together.

QQ/腾讯企业邮箱 and Outlook/Exchange read only one of the two forms of a file name each; a
message passes when every parser finds the Chinese subject, display names and file names from
the RFC 2231 form alone, and the non-Python ones also from the RFC 2047 form alone.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from docx import Document

from kjreport.mail import MailSettings, Recipient, send_report

NODE_DIR = Path(__file__).parent / "node"
SUBJECT = "鲁泽市科学技术局2011年工作总结和2012年工作打算"
NAMES = [
    "鲁泽市科学技术局2011年工作总结和2012年工作打算（定稿 第2版）.docx",
    "鲁泽市科学技术局2011年工作总结和2012年工作打算（定稿 第2版）.pdf",
]
PEOPLE = [Recipient("王建国", "wang@example.com"), Recipient("欧阳·晓峰", "oy@example.com")]
SENDER = "鲁泽市科学技术局办公室"


@pytest.fixture(scope="module")
def eml_files(tmp_path_factory) -> list[Path]:
    """Write the messages (one per recipient, and one to both) as .eml files, plus variants
    carrying only one form of the attachment name."""
    folder = tmp_path_factory.mktemp("eml")
    report = folder / NAMES[0]
    doc = Document()
    doc.core_properties.title = SUBJECT
    doc.add_paragraph(SUBJECT)
    doc.save(report)
    (folder / NAMES[1]).write_bytes(b"%PDF-1.4\n%test\n")
    settings = MailSettings(host="127.0.0.1", user="kjj@example.com", sender_name=SENDER)
    files = []
    for together in (False, True):
        summary = send_report(
            report,
            recipients=PEOPLE,
            settings=settings,
            dry_run=True,
            per_recipient=not together,
            out_dir=folder / ("together" if together else "each"),
        )
        files += summary.eml_files
    raw = files[0].read_bytes()
    only_2231 = folder / "only-2231.eml"
    only_2231.write_bytes(re.sub(rb';\r\n name="[^"]*"', b"", raw))
    only_2047 = folder / "only-2047.eml"
    only_2047.write_bytes(
        re.sub(
            rb"Content-Disposition: attachment;\r\n filename\*=[^\r]*",
            b"Content-Disposition: attachment",
            raw,
        )
    )
    assert only_2231.read_bytes() != raw and only_2047.read_bytes() != raw
    return [*files, only_2231, only_2047]


def expected_to(path: Path) -> list[str]:
    name = path.name
    if "together" in str(path.parent):
        return [p.name for p in PEOPLE]
    return ["王建国"] if "wang" in name or "only" in name else ["欧阳·晓峰"]


def test_raw_form_crlf_and_both_name_forms(eml_files):
    raw = eml_files[0].read_bytes()
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF line ends only
    assert raw.count(b"filename*=utf-8''") == 2 and b"filename*0" not in raw
    assert raw.count(b' name="=?utf-8?B?') == 2
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    for word in re.findall(rb"=\?utf-8\?[BbQq]\?[^?]*\?=", raw):
        assert len(word) <= 75  # RFC 2047's limit for one encoded word


def test_python_email_parser(eml_files):
    for path in eml_files[:-1]:  # the stdlib reads file names from Content-Disposition
        msg = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert msg["Subject"] == SUBJECT
        assert msg["From"].addresses[0].display_name == SENDER
        assert [a.display_name for a in msg["To"].addresses] == expected_to(path)
        assert [a.get_filename() for a in msg.iter_attachments()] == NAMES, path.name


def test_rust_mailparse_via_fast_mail_parser(eml_files):
    fast = pytest.importorskip(
        "fast_mail_parser", reason="pip install fast-mail-parser (test extra)"
    )
    for path in eml_files:
        mail = fast.parse_email(path.read_bytes())
        assert mail.subject == SUBJECT, path.name
        assert mail.from_.display_name.strip() == SENDER, path.name
        assert [a.display_name.strip() for a in mail.to] == expected_to(path), path.name
        assert [a.filename for a in mail.attachments] == NAMES, path.name


def test_node_parsers(eml_files):
    node = shutil.which("node")
    if node is None or not (NODE_DIR / "node_modules" / "mailparser").is_dir():
        pytest.skip("needs node and `npm ci --prefix tests/mail/node` (done by .ci/run)")
    result = subprocess.run(
        [node, str(NODE_DIR / "parse.mjs"), *map(str, eml_files)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    decoded = json.loads(result.stdout)
    assert {d["parser"] for d in decoded} == {"mailparser", "postal-mime"}
    assert len(decoded) == 2 * len(eml_files)
    for d in decoded:
        where = f"{d['parser']} {Path(d['path']).name}"
        assert d["subject"] == SUBJECT, where
        assert d["from"] == [SENDER], where
        assert d["to"] == expected_to(Path(d["path"])), where
        assert d["attachments"] == NAMES, where
