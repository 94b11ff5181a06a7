"""A real SMTP server on 127.0.0.1 (aiosmtpd) with AUTH, STARTTLS or implicit TLS, and a
certificate made for the test (trustme).

AUTH offers PLAIN only: after a failed PLAIN, smtplib tries LOGIN, and aiosmtpd's LOGIN exchange
then waits for input smtplib never sends (a test-server quirk, not the client's).
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections import Counter
from email import message_from_bytes, policy

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

USER, PASSWORD = "kjj@example.com", "abcdEFGH1234secret"
TITLE = "鲁泽市科学技术局2011年工作总结和2012年工作打算"


class Handler:
    """Records what it receives; can refuse addresses and fail DATA on demand."""

    def __init__(self):
        self.messages = []  # (envelope rcpt list, parsed message, raw bytes)
        self.refuse: set[str] = set()
        self.transient = 0  # answer ``transient_reply`` to this many DATA commands first
        self.transient_reply = "451 4.3.0 Temporary failure, try again later"
        self.busy: dict[str, int] = {}  # address → answer 450 to this many RCPTs of it first
        self.fail_from: int | None = None  # answer 451 to every DATA once this many were taken
        self.drop_after_data = 0  # store this many messages, then close without a reply
        self.slow_reply = 0.0  # store the next message, then wait this long before the reply

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        if self.busy.get(address, 0) > 0:
            self.busy[address] -= 1
            return "450 4.2.1 Mailbox busy, try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.transient > 0:
            self.transient -= 1
            return self.transient_reply
        if self.fail_from is not None and len(self.messages) >= self.fail_from:
            return "451 4.3.0 Mailbox busy"
        raw = envelope.original_content or envelope.content
        self.messages.append(
            (list(envelope.rcpt_tos), message_from_bytes(raw, policy=policy.default), raw)
        )
        if self.drop_after_data > 0:  # stored, but the client never hears so
            self.drop_after_data -= 1
            server.transport.close()
            return "250 OK"
        if self.slow_reply:
            delay, self.slow_reply = self.slow_reply, 0.0
            await asyncio.sleep(delay)
        return "250 OK"

    def per_recipient(self) -> Counter:
        """Return how many messages each address received."""
        return Counter(self.received_by())

    def message_ids(self, address: str) -> list[str]:
        return [m["Message-ID"] for rcpts, m, _ in self.messages if address in rcpts]

    def received_by(self) -> list[str]:
        return [a for rcpts, _, _ in self.messages for a in rcpts]


def _auth(server, session, envelope, mechanism, auth_data):
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == USER.encode()
        and auth_data.password == PASSWORD.encode()
    )
    return AuthResult(success=ok, handled=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def ca(tmp_path_factory):
    authority = trustme.CA()
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    authority.cert_pem.write_to_path(str(path))
    return authority, path


def _server_context(authority) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    return context


def starttls_controller(handler: Handler, port: int, authority, **options) -> Controller:
    """Return a started STARTTLS server: TLS required before AUTH, AUTH required."""
    controller = Controller(
        handler,
        **options,
        hostname="127.0.0.1",
        port=port,
        tls_context=_server_context(authority),
        require_starttls=True,
        authenticator=_auth,
        auth_require_tls=True,
        auth_required=True,
        auth_exclude_mechanism=["LOGIN"],
    )
    controller.start()
    return controller


@pytest.fixture
def starttls_server(ca):
    """Yield (handler, port, controller) of a STARTTLS server with AUTH."""
    handler = Handler()
    port = free_port()
    controller = starttls_controller(handler, port, ca[0])
    yield handler, port, controller
    if controller._thread is not None:
        controller.stop(no_assert=True)


@pytest.fixture
def ssl_server(ca):
    """Yield (handler, port): implicit TLS (the 465 style), AUTH required."""
    handler = Handler()
    port = free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        ssl_context=_server_context(ca[0]),
        authenticator=_auth,
        auth_required=True,
        auth_require_tls=False,
        auth_exclude_mechanism=["LOGIN"],
    )
    controller.start()
    yield handler, port, controller
    controller.stop(no_assert=True)


@pytest.fixture
def report(tmp_path):
    """Return a small real .docx with a Chinese file name and its title in core properties."""
    from docx import Document

    doc = Document()
    doc.core_properties.title = TITLE
    doc.add_paragraph(TITLE)
    doc.add_paragraph("全市高新技术产业产值812亿元，完成年度目标的101.5%。")
    path = tmp_path / "2011年总结（定稿）.docx"
    doc.save(path)
    return path


class RefusingSMTP(SMTP):
    """aiosmtpd's server answering every connection with a permanent refusal greeting."""

    greeting = "554 5.7.1 Service unavailable; client host [127.0.0.1] blocked (IP in blacklist)"
    connections = 0

    async def _handle_client(self):
        RefusingSMTP.connections += 1
        await self.push(self.greeting)
        self.transport.close()


class RefusingController(Controller):
    def factory(self):
        return RefusingSMTP(self.handler, **self.SMTP_kwargs)


@pytest.fixture
def refusing_server():
    """Yield (handler, port) of a server whose greeting is ``554 … IP in blacklist``."""
    handler, port = Handler(), free_port()
    controller = RefusingController(handler, hostname="127.0.0.1", port=port)
    controller.start()
    RefusingSMTP.connections = 0  # the controller's own start-up probe does not count
    yield handler, port
    controller.stop(no_assert=True)
