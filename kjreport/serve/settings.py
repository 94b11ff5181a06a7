"""The service's per-install settings: the random token every request must carry, and the port.

They live in the user's configuration folder (``%APPDATA%\\kjreport`` on Windows,
``$XDG_CONFIG_HOME/kjreport`` or ``~/.config/kjreport`` elsewhere; ``KJREPORT_CONFIG_DIR``
overrides both), in ``serve.json``, readable by the user alone (0600).
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kjreport.errors import KjreportError

DEFAULT_PORT = 21707
FILE_NAME = "serve.json"
TOKEN_BYTES = 32


class SettingsError(KjreportError):
    """The settings file cannot be read or written."""


@dataclass(frozen=True)
class ServiceSettings:
    """Where the service listens (always 127.0.0.1) and the token clients must present."""

    port: int
    token: str

    def accepts(self, presented: str | None) -> bool:
        """Return True when ``presented`` is the token (constant-time comparison)."""
        if not presented:
            return False
        return hmac.compare_digest(presented.encode("utf-8"), self.token.encode("utf-8"))


def config_dir() -> Path:
    """Return the user's kjreport configuration folder."""
    override = os.environ.get("KJREPORT_CONFIG_DIR")
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / "kjreport"
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "kjreport"


def settings_path() -> Path:
    """Return the settings file ``serve.json``."""
    return config_dir() / FILE_NAME


def load_settings(create: bool = True, port: int | None = None) -> ServiceSettings:
    """Return the saved settings; create them (a new random token) when there are none and
    ``create`` is true. A ``port`` different from the saved one is saved."""
    path = settings_path()
    saved: dict = {}
    if path.exists():
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SettingsError(
                f"无法读取服务设置文件 {path}（{exc}）：可删除该文件后重新运行 kjreport wps install"
            ) from exc
    elif not create:
        raise SettingsError(
            f"还没有服务设置文件 {path}：请先运行 kjreport wps install（或 kjreport serve）"
        )
    token = saved.get("token")
    if not isinstance(token, str) or len(token) < 32:
        token = secrets.token_urlsafe(TOKEN_BYTES)
    wanted = port if port is not None else saved.get("port", DEFAULT_PORT)
    if not isinstance(wanted, int) or not 0 < wanted < 65536:
        raise SettingsError(f"服务设置文件 {path} 中的端口「{wanted}」无效，应为 1–65535 的整数")
    settings = ServiceSettings(port=wanted, token=token)
    if saved != {"port": settings.port, "token": settings.token}:
        save_settings(settings)
    return settings


def save_settings(settings: ServiceSettings) -> Path:
    """Write ``settings`` to ``serve.json`` (0600, through a temporary file); return its path."""
    path = settings_path()
    text = json.dumps({"port": settings.port, "token": settings.token}, indent=2) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".serve-", suffix=".json", dir=path.parent)
        try:
            os.chmod(tmp, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as exc:
        raise SettingsError(f"无法写入服务设置文件 {path}（{exc.strerror}），请检查文件夹权限") from exc
    return path
