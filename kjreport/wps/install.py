"""Install the WPS add-in where WPS 表格 loads offline add-ins, and the service's autostart.

WPS keeps per-user add-ins in a ``jsaddons`` folder (Windows ``%APPDATA%\\kingsoft\\wps\\
jsaddons``, Linux ``~/.local/share/Kingsoft/wps/jsaddons``). An offline add-in is the folder
``<name>_<version>`` there (ribbon.xml, index.html, scripts) plus a ``<jsplugin>`` entry in the
folder's ``publish.xml``; ``jsplugins.xml`` is the list read when IT points WPS's
``oem.ini`` (``JSPluginsServer``) at it. Both get the same entry; other add-ins' entries stay.
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from xml.etree import ElementTree

from kjreport import __version__
from kjreport.errors import KjreportError
from kjreport.serve.actions import action_name
from kjreport.serve.settings import ServiceSettings, load_settings, settings_path
from kjreport.wps.ribbon import STATUS_TAG, ribbon_xml

ADDIN_NAME = "kjreport"
ADDIN_TYPE = "et"  # WPS 表格 (wps = 文字, wpp = 演示)
REGISTRIES = ("publish.xml", "jsplugins.xml")
UNIT_NAME = "kjreport-serve.service"
SOCKET_NAME = "kjreport-serve.socket"
STARTUP_SCRIPT = "kjreport-serve.cmd"
TIMEOUT_SECONDS = 300  # 生成总结 with charts and 发送报告 with retries take a while


class WpsInstallError(KjreportError):
    """The add-in cannot be installed or removed."""


@dataclass
class WpsInstallOutcome:
    """What ``install`` did."""

    folder: Path  # the add-in's own folder, jsaddons/kjreport_<version>
    registries: list[Path]
    settings: ServiceSettings
    autostart: Path | None = None
    notes: list[str] = field(default_factory=list)


def jsaddons_dir() -> Path:
    """Return the folder WPS loads the current user's add-ins from on this system."""
    if sys.platform.startswith("win"):
        appdata = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(appdata) / "kingsoft" / "wps" / "jsaddons"
    if sys.platform == "darwin":
        return (
            Path.home() / "Library/Containers/com.kingsoft.wpsoffice.mac/Data/.kingsoft/wps/jsaddons"
        )
    return Path.home() / ".local" / "share" / "Kingsoft" / "wps" / "jsaddons"


def addin_folder_name() -> str:
    """Return the add-in folder's name, ``kjreport_<version>`` as WPS expects."""
    return f"{ADDIN_NAME}_{__version__}"


def config_js(settings: ServiceSettings, target: Path) -> str:
    """Return config.js: the service's port and token and the buttons' labels and images."""
    import xlwings

    from kjreport.excel.addin import available_buttons

    buttons = available_buttons()
    labels = {action_name(b): b.label for b in buttons}
    images = {tag: f"images/{tag}.svg" for tag in [*labels, STATUS_TAG] if _has_image(tag)}
    config = {
        "port": settings.port,
        "token": settings.token,
        "xlwingsVersion": xlwings.__version__,
        "timeoutSeconds": TIMEOUT_SECONDS,
        "labels": labels,
        "images": images,
        "startHint": start_hint(),
        # Windows: the add-in starts the service on demand with this script (WPS ShellExecute)
        "launcher": str(target / STARTUP_SCRIPT) if sys.platform.startswith("win") else "",
        "startSeconds": 20,
        "version": __version__,
    }
    return (
        "// Written by `kjreport wps install`: the local kjreport service this add-in talks to.\n"
        f"window.KJREPORT_CONFIG = {json.dumps(config, ensure_ascii=False, indent=2)};\n"
    )


def start_hint() -> str:
    """Return how to start the service, as the add-in tells the user."""
    if sys.platform.startswith("win"):
        return "在命令提示符中运行 kjreport serve（并保持窗口打开）"
    return "在终端运行 kjreport serve（或 systemctl --user start kjreport-serve）"


def install(
    folder: Path | None = None, port: int | None = None, autostart: bool = False
) -> WpsInstallOutcome:
    """Install the add-in into ``folder`` (default: this user's jsaddons); return what was done.

    The service's settings (token, port) are created or updated first and written into the
    add-in's config.js.
    """
    root = jsaddons_dir() if folder is None else Path(folder)
    settings = load_settings(port=port)
    target = root / addin_folder_name()
    try:
        root.mkdir(parents=True, exist_ok=True)
        for old in root.glob(f"{ADDIN_NAME}_*"):
            if old.is_dir():
                shutil.rmtree(old)
        _copy_assets(target)
        _write(target / "ribbon.xml", ribbon_xml(), 0o644)
        # the token is a secret: the add-in's config is readable by this user only
        _write(target / "config.js", config_js(settings, target), 0o600)
        if sys.platform.startswith("win"):
            _write_bytes(
                target / STARTUP_SCRIPT,
                startup_script().encode(_console_encoding(), "replace"),
                0o644,
            )
        registries = [_register(root / name, target) for name in REGISTRIES]
    except PermissionError as exc:
        raise WpsInstallError(
            f"无法写入 {exc.filename or root}（权限不足）：请以当前用户（不要用 root/管理员）运行，"
            "并先完全退出 WPS"
        ) from exc
    except OSError as exc:
        raise WpsInstallError(f"无法写入 {exc.filename or root}（{exc.strerror}）") from exc
    outcome = WpsInstallOutcome(target, registries, settings)
    if autostart:
        outcome.autostart = install_autostart(settings.port)
        outcome.notes.extend(_enable_autostart(outcome.autostart))
    outcome.notes.append(
        f"服务设置（口令、端口 {settings.port}）保存在 {settings_path()}。"
    )
    outcome.notes.append(
        "请完全退出 WPS 后重新打开一个工作簿，功能区上会出现「科技报告」选项卡；"
        "点击按钮前须先启动服务：" + start_hint() + "。"
    )
    return outcome


def uninstall(folder: Path | None = None, autostart: bool = True) -> list[Path]:
    """Remove the add-in (all versions), its registry entries and the autostart entry;
    return what was removed or edited."""
    root = jsaddons_dir() if folder is None else Path(folder)
    removed: list[Path] = []
    try:
        for old in sorted(root.glob(f"{ADDIN_NAME}_*")):
            if old.is_dir():
                shutil.rmtree(old)
                removed.append(old)
        for name in REGISTRIES:
            path = root / name
            if path.exists() and _unregister(path):
                removed.append(path)
        if autostart:
            removed.extend(remove_autostart())
    except PermissionError as exc:
        raise WpsInstallError(
            f"无法删除 {exc.filename or root}（权限不足或文件正被使用）：请先完全退出 WPS 再运行"
        ) from exc
    return removed


# ---- files ----------------------------------------------------------------------------


def _assets() -> Path:
    return Path(str(resources.files("kjreport.wps") / "assets"))


def _has_image(tag: str) -> bool:
    return (_assets() / "images" / f"{tag}.svg").is_file()


def _copy_assets(target: Path) -> None:
    """Copy the add-in's page, scripts and images into ``target`` (files 0644, folders 0755)."""
    source = _assets()
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source)
        if "__pycache__" in rel.parts:
            continue
        out = target / rel
        if path.is_dir():
            out.mkdir(parents=True, exist_ok=True)
            os.chmod(out, 0o755)
        else:
            _write_bytes(out, path.read_bytes(), 0o644)
    os.chmod(target, 0o755)


def _write(path: Path, text: str, mode: int) -> None:
    _write_bytes(path, text.encode("utf-8"), mode)


def _write_bytes(path: Path, data: bytes, mode: int) -> None:
    """Write ``data`` to ``path`` through a temporary file, with permissions ``mode``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".kjreport-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _entry(name: str, target: Path) -> ElementTree.Element:
    attrs = {"name": ADDIN_NAME, "type": ADDIN_TYPE, "version": __version__}
    if name == "publish.xml":
        # the form WPS's own publish page writes for an offline add-in: url = the folder's name
        attrs.update(url=target.name, enable="enable_dev", install="null", customDomain="")
    else:
        attrs.update(url=target.resolve().as_uri())
    return ElementTree.Element("jsplugin", attrs)


def _load_registry(path: Path) -> ElementTree.Element:
    if not path.exists() or not path.read_bytes().strip():
        return ElementTree.Element("jsplugins")
    try:
        root = ElementTree.fromstring(path.read_bytes())
    except ElementTree.ParseError as exc:
        raise WpsInstallError(
            f"WPS 加载项列表 {path} 格式有误（{exc}），为免破坏其他加载项未作修改："
            "请修正或删除该文件后重新运行 kjreport wps install"
        ) from exc
    if root.tag != "jsplugins":
        raise WpsInstallError(f"WPS 加载项列表 {path} 的根元素不是 <jsplugins>，未作修改")
    return root


def _ours(element: ElementTree.Element) -> bool:
    return element.tag in ("jsplugin", "jspluginonline") and element.get("name") == ADDIN_NAME


def _save_registry(path: Path, root: ElementTree.Element) -> None:
    ElementTree.indent(root, space="  ")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, "unicode")
    _write(path, text + "\n", 0o644)


def _register(path: Path, target: Path) -> Path:
    """Put kjreport's entry (only one) into the registry ``path``; keep every other entry."""
    root = _load_registry(path)
    for element in [e for e in root if _ours(e)]:
        root.remove(element)
    root.append(_entry(path.name, target))
    _save_registry(path, root)
    return path


def _unregister(path: Path) -> bool:
    """Remove kjreport's entries from ``path``; return True when there were any."""
    root = _load_registry(path)
    ours = [e for e in root if _ours(e)]
    for element in ours:
        root.remove(element)
    if ours:
        _save_registry(path, root)
    return bool(ours)


# ---- starting the service at login ----------------------------------------------------


def autostart_path() -> Path:
    """Return where the login start entry goes: a systemd --user unit (Linux) or a script in
    the Windows Startup folder."""
    if sys.platform.startswith("win"):
        appdata = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return (
            Path(appdata) / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup"
            / STARTUP_SCRIPT
        )
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config / "systemd" / "user" / UNIT_NAME


def systemd_unit(python: str | None = None) -> str:
    """Return the systemd --user service unit that runs ``kjreport serve``."""
    python = python or sys.executable
    return (
        "[Unit]\n"
        "Description=kjreport 本机服务（WPS 表格「科技报告」按钮）\n"
        f"Requires={SOCKET_NAME}\n"
        f"After={SOCKET_NAME}\n"
        "\n"
        "[Service]\n"
        f"ExecStart={python} -m kjreport serve\n"
        "Environment=XLWINGS_LICENSE_KEY=noncommercial\n"
        "Restart=on-failure\n"
        "RestartSec=5\n"
        "\n"
        "[Install]\n"
        "WantedBy=default.target\n"
    )


def systemd_socket_unit(port: int) -> str:
    """Return the systemd --user socket unit: systemd listens on 127.0.0.1:``port`` from login
    and starts the service at the first click (on demand)."""
    return (
        "[Unit]\n"
        "Description=kjreport 本机服务端口（WPS 表格「科技报告」按钮，点击时启动服务）\n"
        "\n"
        "[Socket]\n"
        f"ListenStream=127.0.0.1:{port}\n"
        "\n"
        "[Install]\n"
        "WantedBy=sockets.target\n"
    )


def startup_script(python: str | None = None) -> str:
    """Return the Windows Startup-folder script that starts the service without a window."""
    python = Path(python or sys.executable)
    windowless = python.with_name("pythonw.exe")
    exe = windowless if windowless.exists() else python
    return (
        "@echo off\r\n"
        "rem kjreport local service for the WPS add-in, started at login\r\n"
        "set XLWINGS_LICENSE_KEY=noncommercial\r\n"
        f'start "" "{exe}" -m kjreport serve\r\n'
    )


def install_autostart(port: int | None = None) -> Path:
    """Write the start entries for this platform; return the main one's path.

    Linux: a systemd --user socket unit on the service's port (enabled by ``_enable_autostart``)
    and the service unit it starts. Windows: a script in the Startup folder.
    """
    path = autostart_path()
    if sys.platform.startswith("win"):
        # cmd.exe reads a batch file in the console code page (GBK on Chinese Windows), and the
        # interpreter's path may hold Chinese (C:\Users\张三\…)
        _write_bytes(path, startup_script().encode(_console_encoding(), "replace"), 0o644)
    else:
        port = load_settings().port if port is None else port
        _write(path.with_name(SOCKET_NAME), systemd_socket_unit(port), 0o644)
        _write(path, systemd_unit(), 0o644)
    return path


def _console_encoding() -> str:
    try:
        return codecs.lookup("oem").name
    except LookupError:  # not Windows
        return "utf-8"


def _enable_autostart(path: Path) -> list[str]:
    if sys.platform.startswith("win"):
        return [f"已在“启动”文件夹中写入 {path}，下次登录 Windows 时服务会自动启动。"]
    socket_unit = path.with_name(SOCKET_NAME)
    systemctl = shutil.which("systemctl")
    if systemctl is None:
        return [f"已写入 {socket_unit} 和 {path}，但本机没有 systemctl："
                "请把 kjreport serve 加入桌面的开机自启动项。"]
    try:
        for args in (["daemon-reload"], ["enable", SOCKET_NAME], ["restart", SOCKET_NAME]):
            subprocess.run(
                [systemctl, "--user", *args], check=True, capture_output=True, timeout=30
            )
    except (OSError, subprocess.SubprocessError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        return [
            f"已写入 {socket_unit}，但未能启用（{detail.decode('utf-8', 'replace').strip() or exc}）："
            f"请在桌面终端运行 systemctl --user enable --now {SOCKET_NAME}"
        ]
    return [f"已启用 {socket_unit}：每次登录后，第一次点击按钮时服务自动启动。"]


def remove_autostart() -> list[Path]:
    """Remove the start entries if present (disabling the systemd units first)."""
    path = autostart_path()
    paths = [path] if sys.platform.startswith("win") else [path.with_name(SOCKET_NAME), path]
    present = [p for p in paths if p.exists()]
    if present and not sys.platform.startswith("win") and shutil.which("systemctl"):
        subprocess.run(
            ["systemctl", "--user", "disable", "--now", SOCKET_NAME, UNIT_NAME],
            capture_output=True,
            timeout=30,
            check=False,
        )
    for p in present:
        p.unlink()
    return present
