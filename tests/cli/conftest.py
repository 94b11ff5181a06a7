"""Fixtures the CLI tests share with the mail tests (a real SMTP server, a CA, a report)."""

from tests.mail.conftest import ca, report, ssl_server, starttls_server  # noqa: F401
