"""SMTP delivery: connect (SSL / STARTTLS / plain), log in, send; Chinese errors; retries for
transient failures only (4xx replies, a dropped connection), with exponential backoff."""

from __future__ import annotations

import smtplib
import socket
import ssl
import time
from email.message import EmailMessage

from kjreport.mail.errors import MailError, MessageTooLarge, TransientMailError
from kjreport.mail.settings import MailSettings

MAX_DELAY = 60.0  # seconds: no single wait between retries is longer


class Connection:
    """An open, logged-in SMTP session (use as a context manager)."""

    def __init__(self, settings: MailSettings):
        self.settings = settings
        self.smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Connection:
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if self.settings.ca_file:
            context.load_verify_locations(cafile=self.settings.ca_file)
        return context

    def open(self) -> None:
        """Connect and log in; raise MailError (TransientMailError when worth retrying)."""
        s = self.settings
        where = f"{s.host}:{s.port}"
        try:
            if s.security == "SSL":
                self.smtp = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=s.timeout, context=self._context()
                )
            else:
                self.smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
                if s.security == "STARTTLS":
                    self.smtp.starttls(context=self._context())
            if s.user and s.password:
                self.smtp.login(s.user, s.password)
        except smtplib.SMTPAuthenticationError:
            self.close()
            raise MailError(
                f"邮件服务器 {where} 拒绝登录：账号 {s.user} 或密码错误；163、QQ 等邮箱须使用“授权码”"
                f"而不是登录密码（设置方法见 README“邮件报送”一节）。"
            ) from None
        except UnicodeEncodeError:
            self.close()
            raise MailError(
                f"邮件账号或密码中含有中文或全角字符，邮件服务器 {where} 无法接受；请检查账号和授权码"
                f"（授权码只含英文字母和数字）。"
            ) from None
        except smtplib.SMTPNotSupportedError:
            self.close()
            raise MailError(
                f"邮件服务器 {where} 不支持 STARTTLS 加密；请将“邮件加密”改为 SSL（端口 465）。"
            ) from None
        except ssl.SSLError as exc:
            self.close()
            raise MailError(
                f"与邮件服务器 {where} 建立加密连接失败（{exc.reason or exc}）；请检查“邮件加密”"
                f"（465 端口用 SSL，587 端口用 STARTTLS）和服务器证书。"
            ) from None
        except ConnectionRefusedError:
            self.close()  # nothing listens there: a wrong port or a stopped server, not retried
            raise MailError(
                f"无法连接邮件服务器 {where}（连接被拒绝）；请检查服务器地址、端口和网络。"
            ) from None
        except socket.gaierror:
            self.close()
            raise MailError(
                f"无法连接邮件服务器 {where}（找不到该服务器）；请检查服务器地址和网络。"
            ) from None
        except OSError:  # a timeout or a reset: worth another try
            self.close()
            raise TransientMailError(
                f"无法连接邮件服务器 {where}（连接超时或中断）；请检查服务器地址、端口和网络。"
            ) from None
        except smtplib.SMTPResponseException as exc:
            self.close()
            raise _reply_error(exc.smtp_code, exc.smtp_error, f"邮件服务器 {where}") from None

    def close(self) -> None:
        """Say goodbye to the server, ignoring a connection that is already gone."""
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (smtplib.SMTPException, OSError):
                pass
            self.smtp = None

    def send(self, msg: EmailMessage, recipients: list[str]) -> dict[str, str]:
        """Send ``msg``; return address → refusal reason for recipients the server refused.

        Raise MailError when nothing was sent (TransientMailError when worth retrying).
        """
        try:
            refused = self.smtp.send_message(msg, to_addrs=recipients)
        except smtplib.SMTPRecipientsRefused as exc:
            if all(400 <= code < 500 for code, _ in exc.recipients.values()):
                raise TransientMailError(  # e.g. 450 mailbox busy: nobody got it yet, try again
                    "邮件服务器暂时不接收这些收件人（"
                    + "；".join(_reply_text(c, t) for c, t in exc.recipients.values())
                    + "）。"
                ) from None
            return {a: _reply_text(code, text) for a, (code, text) in exc.recipients.items()}
        except smtplib.SMTPResponseException as exc:
            if exc.smtp_code == 421:  # the server closes the channel: reconnect on the next try
                self.close()
            if exc.smtp_code == 552 or _is_size(exc.smtp_code, exc.smtp_error):
                size = len(msg.as_bytes()) / 1024 / 1024
                raise MessageTooLarge(
                    f"邮件服务器 {self.settings.host} 拒收：邮件大小约 {size:.1f} MB，超过服务器允许的大小"
                    f"（{_reply_text(exc.smtp_code, exc.smtp_error)}）；请压缩附件（如不附 PDF）后再发送。"
                ) from None
            what = (
                "邮件服务器拒绝了发件人"
                if isinstance(exc, smtplib.SMTPSenderRefused)
                else "邮件服务器拒收该邮件"
            )
            raise _reply_error(exc.smtp_code, exc.smtp_error, what) from None
        except (smtplib.SMTPServerDisconnected, ConnectionError, TimeoutError) as exc:
            self.smtp = None
            raise TransientMailError(
                f"发送过程中与邮件服务器的连接中断（{type(exc).__name__}）。"
            ) from None
        return {a: _reply_text(code, text) for a, (code, text) in refused.items()}


def _reply_text(code: int, text: bytes | str) -> str:
    text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {text}".strip()


def _is_size(code: int, text: bytes | str) -> bool:
    return code >= 500 and "size" in _reply_text(code, text).lower()


def _reply_error(code: int, text: bytes | str, what: str) -> MailError:
    reply = _reply_text(code, text)
    if code in (530, 535):
        return MailError(
            f"{what}：服务器要求先登录（{reply}）；请填写“邮件账号”并设置密码或授权码。"
        )
    if 400 <= code < 500:
        return TransientMailError(f"{what}：服务器暂时无法处理（{reply}）。")
    return MailError(f"{what}（{reply}）。")


def with_retries(action, settings: MailSettings, *, sleep=time.sleep):
    """Return ``action()``, retrying TransientMailError up to ``settings.retries`` times."""
    delay = settings.backoff
    for attempt in range(settings.retries + 1):
        try:
            return action()
        except TransientMailError:
            if attempt == settings.retries:
                raise
            sleep(min(delay, MAX_DELAY))
            delay *= 2
    raise AssertionError("unreachable")
