"""SMTP settings (邮件设置): from the workbook's 设置 sheet or an INI file; password from outside.

The password is never read from a workbook or a settings file: it comes from the environment
variable ``KJREPORT_SMTP_PASSWORD`` or the operating system's keyring
(``keyring set kjreport 账号``), and is never written anywhere.

An INI file (``--config 邮件.ini``) is used rather than TOML: office staff edit it in Notepad,
and ``configparser`` reads it on every Python the project supports::

    [邮件]
    服务器 = smtp.exmail.qq.com
    端口 = 465
    加密 = SSL
    账号 = kjj@example.com
    发件人名称 = 鲁泽市科学技术局办公室
"""

from __future__ import annotations

import configparser
import os
from dataclasses import dataclass, field
from pathlib import Path

from kjreport.mail.errors import MailError

PASSWORD_ENV = "KJREPORT_SMTP_PASSWORD"
KEYRING_SERVICE = "kjreport"
SECURITY = {
    "ssl": "SSL",
    "starttls": "STARTTLS",
    "tls": "STARTTLS",
    "无": "无",
    "none": "无",
    "plain": "无",
    "不加密": "无",
}
DEFAULT_PORTS = {"SSL": 465, "STARTTLS": 587, "无": 25}
# workbook 设置 key / INI key → field
KEYS = {
    "邮件服务器": "host",
    "服务器": "host",
    "邮件端口": "port",
    "端口": "port",
    "邮件加密": "security",
    "加密": "security",
    "邮件账号": "user",
    "账号": "user",
    "发件人名称": "sender_name",
    "发件邮箱": "sender",
    "发件人邮箱": "sender",
    "邮件CA证书": "ca_file",
    "CA证书": "ca_file",
    "允许明文登录": "allow_plain",
    "邮件允许明文登录": "allow_plain",
}
YES = {"是", "允许", "yes", "true", "1", "y"}
NO = {"否", "不允许", "no", "false", "0", "n", ""}


@dataclass
class MailSettings:
    """How to reach the SMTP server and who the mail is from."""

    host: str
    port: int = 465
    security: str = "SSL"  # SSL (465) | STARTTLS (587) | 无 (a local relay)
    user: str = ""
    sender_name: str = ""
    sender: str = ""  # From address; defaults to ``user``
    ca_file: str = ""  # an extra CA certificate to trust (in-house relays, tests)
    timeout: float = 30.0
    retries: int = 3  # attempts after the first, for transient failures only
    backoff: float = 2.0  # seconds before the first retry; doubles each time
    deadline: float = 180.0  # seconds: all retries of one run end within this time
    allow_plain: bool = False  # 允许明文登录 = 是: AUTH without encryption (加密 = 无)
    password: str = field(default="", repr=False)

    @property
    def from_address(self) -> str:
        """Return the sender address (发件邮箱, else the login account)."""
        return self.sender or self.user


def _settings_from(values: dict[str, str], where: str) -> MailSettings:
    data: dict[str, str] = {}
    keys = {k.lower(): v for k, v in KEYS.items()}  # configparser lower-cases INI keys
    for key, value in values.items():
        name = keys.get(key.strip().lower())
        if name and str(value).strip():
            data[name] = str(value).strip()
    if not data.get("host"):
        raise MailError(
            f"{where}中没有设置邮件服务器；请在「设置」表中填写“邮件服务器”“邮件端口”“邮件加密”“邮件账号”，"
            f"或用 --config 指定邮件设置文件。"
        )
    security = SECURITY.get(data.get("security", "SSL").lower(), None)
    if security is None:
        raise MailError(
            f"{where}中的邮件加密方式「{data['security']}」无效；应为 SSL、STARTTLS 或 无。"
        )
    port_text = data.get("port", str(DEFAULT_PORTS[security]))
    try:
        port = int(float(port_text))
    except ValueError:
        raise MailError(
            f"{where}中的邮件端口「{port_text}」不是数字；腾讯企业邮箱和163邮箱一般为 465。"
        ) from None
    allow = data.get("allow_plain", "").strip().lower()
    if allow not in YES | NO:
        raise MailError(f"{where}中的“允许明文登录”「{data['allow_plain']}」无效；应为 是 或 否。")
    return MailSettings(
        allow_plain=allow in YES,
        host=data["host"],
        port=port,
        security=security,
        user=data.get("user", ""),
        sender_name=data.get("sender_name", ""),
        sender=data.get("sender", ""),
        ca_file=data.get("ca_file", ""),
    )


def load_mail_settings(workbook=None, config: Path | None = None) -> MailSettings:
    """Return the SMTP settings from ``config`` (INI) if given, else the 设置 sheet of
    ``workbook`` (a path or an open ``WorkbookSource``)."""
    if config is not None:
        parser = configparser.ConfigParser()
        try:
            with open(config, encoding="utf-8-sig") as fh:
                parser.read_file(fh)
        except FileNotFoundError:
            raise MailError(f"找不到邮件设置文件 {config}。") from None
        except (configparser.Error, UnicodeDecodeError) as exc:
            raise MailError(
                f"邮件设置文件 {config} 格式有误（{type(exc).__name__}）；应为 [邮件] 段下的“键 = 值”。"
            ) from None
        section = next((s for s in parser.sections() if s in ("邮件", "mail", "smtp")), None)
        if section is None:
            raise MailError(f"邮件设置文件 {config} 中没有 [邮件] 段。")
        return _settings_from(dict(parser[section]), f"邮件设置文件 {Path(config).name} ")
    if workbook is None:
        raise MailError(
            "没有邮件设置：请用 --recipients 指定含「设置」表的工作簿，或用 --config 指定邮件设置文件。"
        )
    from kjreport.dataset import read_settings_table
    from kjreport.report import open_source

    source = open_source(workbook)
    return _settings_from(read_settings_table(source), f"工作簿 {source.label} 的「设置」表")


def lookup_password(settings: MailSettings) -> str:
    """Return the SMTP password from $KJREPORT_SMTP_PASSWORD or the keyring ("" when none)."""
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if not settings.user:
        return ""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, settings.user) or ""
    except Exception:  # noqa: BLE001 — no keyring backend on this desktop: fall back to none
        return ""
