"""SMTP delivery: connect (SSL / STARTTLS / plain), log in, send; Chinese errors; retries for
transient failures only (4xx replies, a dropped connection), with exponential backoff."""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from email.message import EmailMessage

from kjreport.mail.errors import MailError, MessageTooLarge, OutcomeUnknown, TransientMailError
from kjreport.mail.settings import MailSettings

MAX_DELAY = 60.0  # seconds: no single wait between retries is longer


class _HandOverTracking:
    """Remembers whether the message's final ``.`` went to the server: after that, a lost
    connection or a missing reply means the server may have stored the message."""

    handed_over = False

    def send(self, s):  # smtplib's DATA sends the whole body, ending CRLF.CRLF, in one call
        super().send(s)
        if isinstance(s, bytes) and s.endswith(b"\r\n.\r\n"):
            self.handed_over = True


class _SMTP(_HandOverTracking, smtplib.SMTP):
    pass


class _SMTP_SSL(_HandOverTracking, smtplib.SMTP_SSL):
    pass


class Connection:
    """An open, logged-in SMTP session (use as a context manager)."""

    def __init__(self, settings: MailSettings, deadline: float | None = None):
        self.settings = settings
        self.smtp: smtplib.SMTP | None = None
        self.deadline = deadline  # time.monotonic() by which everything must be over

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

    def _timeout(self) -> float:
        """Return the socket timeout for one reply. The deadline bounds retries and their
        waits, not a transfer in progress: a large attachment on a slow line must not be cut."""
        return self.settings.timeout

    def open(self) -> None:
        """Connect and log in; raise MailError (TransientMailError when worth retrying).

        Replies are classified before socket errors: smtplib's exceptions are OSErrors too,
        and a 554 greeting is a refusal to be quoted, not a network timeout to retry.
        """
        s = self.settings
        where = f"{s.host}:{s.port}"
        refuse_plain_login(s)
        try:
            if s.security == "SSL":
                self.smtp = _SMTP_SSL(
                    s.host, s.port, timeout=self._timeout(), context=self._context()
                )
            else:
                self.smtp = _SMTP(s.host, s.port, timeout=self._timeout())
                if s.security == "STARTTLS":
                    try:
                        self.smtp.starttls(context=self._context())
                    except smtplib.SMTPNotSupportedError:
                        self.close()
                        raise MailError(
                            f"邮件服务器 {where} 不支持 STARTTLS 加密；请将“邮件加密”改为 SSL（端口 465）。"
                        ) from None
            if s.user and s.password:
                self.smtp.login(s.user, s.password)
        except MailError:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            self.close()
            reply = _reply_text(exc.smtp_code, exc.smtp_error)
            if 400 <= exc.smtp_code < 500:
                raise TransientMailError(
                    f"邮件服务器 {where} 暂时无法登录（服务器答复：{reply}）。"
                ) from None
            raise MailError(
                f"邮件服务器 {where} 拒绝登录（服务器答复：{reply}）：账号 {s.user} 或密码错误；"
                f"163、QQ 等邮箱须使用“授权码”而不是登录密码（设置方法见 README“邮件报送”一节）。"
            ) from None
        except smtplib.SMTPNotSupportedError:
            self.close()
            raise MailError(
                f"邮件服务器 {where} 不支持登录（AUTH）：若它是不需要登录的单位内网中继服务器，"
                f"请删除设置中的“邮件账号”；否则请改用 SSL 或 STARTTLS 加密。"
            ) from None
        except smtplib.SMTPServerDisconnected:
            self.close()
            raise TransientMailError(f"邮件服务器 {where} 在连接或登录时断开了连接。") from None
        except smtplib.SMTPResponseException as exc:  # incl. a 554 greeting (SMTPConnectError)
            self.close()
            reply = _reply_text(exc.smtp_code, exc.smtp_error)
            if 400 <= exc.smtp_code < 500:
                raise TransientMailError(
                    f"邮件服务器 {where} 暂时不接受连接（服务器答复：{reply}）。"
                ) from None
            stage = "拒绝连接" if isinstance(exc, smtplib.SMTPConnectError) else "拒绝了请求"
            raise MailError(
                f"邮件服务器 {where} {stage}（服务器答复：{reply}）；这是服务器的明确拒绝，重试无用，"
                f"请把这句答复告诉单位的信息化负责人或邮箱服务商。"
            ) from None
        except smtplib.SMTPException as exc:
            self.close()
            raise MailError(f"与邮件服务器 {where} 的会话出错（{exc}）。") from None
        except UnicodeEncodeError:
            self.close()
            raise MailError(
                f"邮件账号或密码中含有中文或全角字符，邮件服务器 {where} 无法接受；请检查账号和授权码"
                f"（授权码只含英文字母和数字）。"
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
        self.smtp.handed_over = False
        self.smtp.timeout = self._timeout()
        if self.smtp.sock is not None:
            self.smtp.sock.settimeout(self.smtp.timeout)
        try:
            refused = self.smtp.send_message(msg, to_addrs=recipients)
        except smtplib.SMTPRecipientsRefused as exc:
            if all(400 <= code < 500 for code, _ in exc.recipients.values()):
                raise TransientMailError(  # e.g. 450 mailbox busy: nobody got it yet, try again
                    "邮件服务器暂时不接收这些收件人（"
                    + "；".join(_reply_text(c, t) for c, t in exc.recipients.values())
                    + "）。"
                ) from None
            return {a: refusal_text(code, text) for a, (code, text) in exc.recipients.items()}
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
            handed_over = self.smtp.handed_over
            self.smtp = None
            if handed_over:
                raise OutcomeUnknown(
                    "邮件已全部交给服务器，但在服务器确认之前连接中断或答复超时"
                    f"（{type(exc).__name__}），无法确定对方是否收到"
                ) from None
            raise TransientMailError(
                f"发送过程中与邮件服务器的连接中断（{type(exc).__name__}）。"
            ) from None
        return {a: refusal_text(code, text) for a, (code, text) in refused.items()}


# what a server's refusal of one address means, by its enhanced status code or its words
_REFUSALS = (
    (r"\b5\.1\.[1236]\b|user unknown|no such user|unknown user|does not exist|not exist|invalid recipient"
     r"|mailbox unavailable|mailbox not found|recipient not found|unrouteable|用户不存在|账号不存在|不存在",
     "邮箱不存在", "请核对该地址"),
    (r"\b5\.2\.2\b|mailbox full|quota|over quota|空间不足|已满", "对方邮箱已满", "请另行通知对方清理邮箱后再发送"),
    (r"\b5\.1\.[0-9]+\b|bad destination|syntax", "邮箱地址不被接受", "请核对该地址"),
    (r"\b5\.7\.[0-9]+\b|spam|blocked|denied|policy|relay|垃圾", "被拦截（对方服务器的安全策略）",
     "请联系对方或本单位的邮件管理员"),
)


def refusal_text(code: int, text: bytes | str) -> str:
    """Return why the server refused one recipient, in Chinese, with its own reply in brackets:
    550 5.1.1 … User unknown → 「对方邮件服务器拒收：邮箱不存在（550 5.1.1 …）；请核对该地址」 (qa12b F15)."""
    reply = _reply_text(code, text)
    if 400 <= code < 500:
        return f"对方邮件服务器暂时不接收（{reply}）；稍后重新运行本命令即可补发"
    for pattern, what, advice in _REFUSALS:
        if re.search(pattern, reply, re.I):
            return f"对方邮件服务器拒收：{what}（{reply}）；{advice}"
    return f"对方邮件服务器拒收（{reply}）；请核对该地址，或联系对方的邮件管理员"


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


def refuse_plain_login(settings: MailSettings) -> None:
    """Raise MailError when the password would cross the network in clear (加密 = 无, an
    account and a password) and the settings do not say explicitly that this is wanted. A relay
    that needs no login (no password) is fine."""
    if (
        settings.security == "无"
        and settings.user
        and settings.password
        and not settings.allow_plain
    ):
        raise MailError(
            f"“邮件加密”为“无”：登录邮件服务器 {settings.host} 时，账号 {settings.user} 的密码（授权码）"
            "会以明文在网络上传输，因此没有发送。请改用 SSL（端口 465）或 STARTTLS（端口 587）；"
            "若确是单位内网中继且必须明文登录，请在「设置」中加一行“允许明文登录 = 是”；"
            "若该中继不需要登录，请只填“发件邮箱”、不填“邮件账号”。"
        )


def with_retries(
    action,
    settings: MailSettings,
    *,
    deadline: float | None = None,
    on_wait: Callable[[str, float, int], None] | None = None,
    sleep=time.sleep,
    clock=time.monotonic,
):
    """Return ``action()``, retrying TransientMailError up to ``settings.retries`` times with
    exponential backoff, but never waiting past ``deadline`` (a ``clock()`` time): when the
    next wait would pass it, give up at once. ``on_wait(reason, seconds, attempt)`` is told
    before each wait (the CLI prints it, the ribbon shows it in Excel's status bar)."""
    delay = settings.backoff
    for attempt in range(settings.retries + 1):
        try:
            return action()
        except TransientMailError as exc:
            if attempt == settings.retries:
                raise
            wait = min(delay, MAX_DELAY)
            if deadline is not None and clock() + wait >= deadline:
                raise TransientMailError(
                    f"{str(exc).rstrip('。')}；已重试 {attempt} 次，"
                    f"超过本次发送的时限（{settings.deadline:.0f} 秒），不再等待。"
                ) from None
            if on_wait is not None:
                on_wait(str(exc), wait, attempt + 1)
            sleep(wait)
            delay *= 2
    raise AssertionError("unreachable")
