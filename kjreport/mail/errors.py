"""Mail errors: one Chinese sentence each, naming the server or the address."""

from __future__ import annotations

from kjreport.errors import KjreportError


class MailError(KjreportError):
    """A problem that stops sending (settings, connection, login, bad address)."""


class TransientMailError(MailError):
    """A failure worth retrying (SMTP 4xx, a dropped connection)."""


class MessageTooLarge(MailError):
    """The server refuses the message's size (SMTP 552): every recipient would fail the same way."""


class OutcomeUnknown(MailError):
    """The message was handed over but the server's answer never came (connection lost after
    DATA, reply timeout): it may have been stored. Never retried automatically."""


class PlaceholdersLeft(MailError):
    """The report still has 【待补充】 markers: not sent unless the user says to send anyway."""

    def __init__(self, message: str, placeholders: list):
        super().__init__(message)
        self.placeholders = placeholders
