"""Building the MIME message so every mail client shows the Chinese subject, names and file names.

- Subject, From, To and Cc: RFC 2047 encoded words (the standard library's header objects).
- Attachment file names, in both forms clients read: RFC 2231 ``filename*=utf-8''…`` in ONE
  piece on Content-Disposition (the standard library would split a long one into
  ``filename*0*=…; filename*1*=…``, which QQ/腾讯企业邮箱 show as ``tcmime.*.bin`` and
  Outlook/Exchange as ``ATT00001``), plus RFC 2047 ``name="=?utf-8?B?…?="`` on Content-Type for
  clients that read only that. These two headers are built here and stored raw, and the policy
  never refolds a stored header (``refold_source="none"``).
- CRLF line ends everywhere (the SMTP policy), so a saved .eml opens in Outlook and Foxmail.
- A Message-ID derived from (report content, recipients): every retry and every rerun of the
  same report to the same person carries the same ID, so a server or client that has the
  message already can drop the repeat.
"""

from __future__ import annotations

import base64
import hashlib
import mimetypes
import re
from email import policy as email_policy
from email.headerregistry import Address
from email.message import EmailMessage, MIMEPart
from email.utils import formatdate
from pathlib import Path
from urllib.parse import quote

from kjreport.mail.recipients import Recipient
from kjreport.mail.settings import MailSettings

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
POLICY = email_policy.SMTP.clone(refold_source="none")
MAX_LINE = 998  # RFC 5322's hard limit for one header line
WORD_BYTES = 45  # UTF-8 bytes per RFC 2047 encoded word: 60 base64 characters, under 75 in all


def _address(name: str, address: str) -> Address:
    user, _, domain = address.partition("@")
    return Address(display_name=name, username=user, domain=domain)


def message_id(content_key: str, addresses: list[str], domain: str) -> str:
    """Return the Message-ID of the report with content ``content_key`` to ``addresses``."""
    who = "\n".join(sorted(a.lower() for a in addresses))
    tail = hashlib.sha256(f"{content_key}\n{who}".encode()).hexdigest()[:20]
    return f"<kjreport.{content_key[:20]}.{tail}@{domain or 'kjreport.invalid'}>"


def encoded_words(text: str) -> list[str]:
    """Return ``text`` as RFC 2047 base64 encoded words, never splitting a character."""
    words, chunk = [], b""
    for ch in text:
        b = ch.encode("utf-8")
        if len(chunk) + len(b) > WORD_BYTES:
            words.append(chunk)
            chunk = b""
        chunk += b
    if chunk or not words:
        words.append(chunk)
    return [f"=?utf-8?B?{base64.b64encode(w).decode('ascii')}?=" for w in words]


def content_type_value(maintype: str, subtype: str, filename: str) -> str:
    """Return the Content-Type value with the RFC 2047 ``name=`` parameter, folded."""
    if filename.isascii():
        return f'{maintype}/{subtype};\r\n name="{filename}"'
    return f'{maintype}/{subtype};\r\n name="' + "\r\n ".join(encoded_words(filename)) + '"'


def disposition_value(filename: str) -> str:
    """Return the Content-Disposition value with the RFC 2231 ``filename*=`` in one piece.

    Only a name too long for one header line (about 100 Chinese characters) is split into
    RFC 2231 sections, as the standard allows.
    """
    encoded = quote(filename, safe="!#$&+-.^_`|~")
    single = f"filename*=utf-8''{encoded}"
    if len(single) + 2 <= MAX_LINE:
        return f"attachment;\r\n {single}"
    tokens = re.findall(r"%[0-9A-F]{2}|.", encoded)  # never cut inside a %XX escape
    chunks, chunk = [], ""
    for token in tokens:
        if len(chunk) + len(token) > 600:
            chunks.append(chunk)
            chunk = ""
        chunk += token
    chunks.append(chunk)
    parts = [
        f"filename*{i}*={'utf-8' + chr(39) * 2 if i == 0 else ''}{c}" for i, c in enumerate(chunks)
    ]
    return "attachment;\r\n " + ";\r\n ".join(parts)


def attachment_part(path: Path) -> MIMEPart:
    """Return the MIME part carrying the file at ``path`` under its own (Chinese) name."""
    if path.suffix.lower() == ".docx":
        maintype, subtype = DOCX_TYPE
    else:
        guessed = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        maintype, subtype = guessed.split("/", 1)
    part = MIMEPart(policy=POLICY)
    part.set_content(path.read_bytes(), maintype=maintype, subtype=subtype, cte="base64")
    del part["Content-Type"]
    del part["Content-Disposition"]
    part.set_raw("Content-Type", content_type_value(maintype, subtype, path.name))
    part.set_raw("Content-Disposition", disposition_value(path.name))
    return part


def build_message(
    settings: MailSettings,
    to: list[Recipient],
    cc: list[Recipient],
    subject: str,
    body: str,
    attachments: list[Path],
    *,
    content_key: str = "",
) -> EmailMessage:
    """Return the message; its Message-ID comes from ``content_key`` and the recipients (a
    random one when no key is given). Attachments are read from disk."""
    msg = EmailMessage(policy=POLICY)
    msg["Subject"] = subject
    msg["From"] = _address(settings.sender_name, settings.from_address)
    msg["To"] = [_address(r.name, r.address) for r in to]
    if cc:
        msg["Cc"] = [_address(r.name, r.address) for r in cc]
    msg["Date"] = formatdate(localtime=True)
    domain = settings.from_address.partition("@")[2]
    if content_key:
        msg["Message-ID"] = message_id(content_key, [r.address for r in to + cc], domain)
    else:
        from email.utils import make_msgid

        msg["Message-ID"] = make_msgid(domain=domain or None)
    msg.set_content(body, charset="utf-8")
    if attachments:
        msg.make_mixed()
        for path in attachments:
            msg.attach(attachment_part(path))
    return msg
