"""Building the MIME message: Chinese subject, sender name and attachment names encoded so
Outlook, Foxmail and web mail show them (RFC 2047 for headers, RFC 2231 for file names)."""

from __future__ import annotations

import mimetypes
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from kjreport.mail.recipients import Recipient
from kjreport.mail.settings import MailSettings

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _address(name: str, address: str) -> Address:
    user, _, domain = address.partition("@")
    return Address(display_name=name, username=user, domain=domain)


def build_message(
    settings: MailSettings,
    to: list[Recipient],
    cc: list[Recipient],
    subject: str,
    body: str,
    attachments: list[Path],
) -> EmailMessage:
    """Return the message with a fresh Message-ID and Date; attachments read from disk."""
    msg = EmailMessage()  # default policy: RFC 2047 headers, RFC 2231 parameters, UTF-8 body
    msg["Subject"] = subject
    msg["From"] = _address(settings.sender_name, settings.from_address)
    msg["To"] = [_address(r.name, r.address) for r in to]
    if cc:
        msg["Cc"] = [_address(r.name, r.address) for r in cc]
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=settings.from_address.partition("@")[2] or None)
    msg.set_content(body, charset="utf-8")
    for path in attachments:
        if path.suffix.lower() == ".docx":
            maintype, subtype = DOCX_TYPE
        else:
            guessed = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            maintype, subtype = guessed.split("/", 1)
        # The default policy writes the Chinese file name as RFC 2231 (filename*=utf-8''…).
        msg.add_attachment(
            path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name
        )
    return msg
