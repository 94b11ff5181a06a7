"""A real SMTP server on 127.0.0.1 (aiosmtpd) with AUTH, STARTTLS or implicit TLS, and a
certificate made for the test (trustme).

AUTH offers PLAIN only: after a failed PLAIN, smtplib tries LOGIN, and aiosmtpd's LOGIN exchange
then waits for input smtplib never sends (a test-server quirk, not the client's).
"""

from __future__ import annotations

import socket
import ssl
from email import message_from_bytes, policy

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = "kjj@example.com", "abcdEFGH1234secret"


class Handler:
    """Records what it receives; can refuse addresses and fail DATA on demand."""

    def __init__(self):
        self.messages = []  # (envelope rcpt list, parsed message, raw bytes)
        self.refuse: set[str] = set()
        self.transient = 0  # answer ``transient_reply`` to this many DATA commands first
        self.transient_reply = "451 4.3.0 Temporary failure, try again later"
        self.busy: dict[str, int] = {}  # address → answer 450 to this many RCPTs of it first
        self.fail_from: int | None = None  # answer 451 to every DATA once this many were taken

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
        return "250 OK"

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
    """Return a small real .docx with a Chinese file name."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("鲁泽市科学技术局2011年工作总结")
    path = tmp_path / "鲁泽市科学技术局2011年工作总结和2012年工作打算.docx"
    doc.save(path)
    return path
