"""Mail errors: one Chinese sentence each, naming the server or the address."""

from __future__ import annotations

from kjreport.errors import KjreportError


class MailError(KjreportError):
    """A problem that stops sending (settings, connection, login, bad address)."""


class TransientMailError(MailError):
    """A failure worth retrying (SMTP 4xx, a dropped connection)."""


class MessageTooLarge(MailError):
    """The server refuses the message's size (SMTP 552): every recipient would fail the same way."""
