"""Install the ribbon add-ins where Excel loads them at start (XLSTART), or build them anywhere."""

from __future__ import annotations

import os
import shutil
import site
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

from kjreport.errors import KjreportError
from kjreport.excel.addin import (
    AddinError,
    available_buttons,
    build_addins,
    default_interpreters,
)

ADDIN_GLOB = "kjreport.excel.*.xlam"
MAC_STARTUP = (
    "Library/Group Containers/UBF8T346G9.Office/User Content.localized/Startup.localized/Excel"
)
MAC_SCRIPTS = "Library/Application Scripts/com.microsoft.Excel"


# A start-up line for the Python the add-ins run (site.py executes .pth lines that begin with
# "import"). Excel's RunPython imports xlwings *before* the button's module (``import
# xlwings.utils; …; import kjreport.excel.fill; …``), too late for the hook in
# ``kjreport/excel/__init__.py`` that keeps pandas and matplotlib out of xlwings' import — which
# is most of a cold click. In a process whose command names ``kjreport.excel.`` (a button's
# RunPython call, nothing else), this line imports ``kjreport.excel`` first; anywhere else it
# only looks at ``sys.orig_argv``.
LEAN_PTH = "kjreport-excel-lean.pth"
LEAN_LINE = (
    'import sys; exec("try:\\n import kjreport.excel\\nexcept Exception:\\n pass") '
    'if any("kjreport.excel." in a for a in getattr(sys, "orig_argv", ())) else None\n'
)


def lean_site_dirs() -> list[Path]:
    """Return where the start-up line may go: this environment's site-packages, then the
    user's own site-packages (when Python reads it)."""
    dirs = [Path(sysconfig.get_paths()["purelib"])]
    if site.ENABLE_USER_SITE:
        dirs.append(Path(site.getusersitepackages()))
    return dirs


def _install_lean_import() -> str:
    """Write the start-up line into the first writable site directory; return a note."""
    for folder in lean_site_dirs():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / LEAN_PTH).write_text(LEAN_LINE, encoding="utf-8")
        except OSError:
            continue
        return f"已写入 {folder / LEAN_PTH}：按钮启动 Python 时不再载入 pandas 和 matplotlib，点击更快。"
    return ("未能在 Python 环境中写入启动文件（没有写入权限），按钮仍可使用，只是每次点击启动稍慢；"
            "可用管理员权限重新运行 kjreport excel install。")


def _uninstall_lean_import() -> None:
    for folder in lean_site_dirs():
        try:
            (folder / LEAN_PTH).unlink(missing_ok=True)
        except OSError:
            pass


class ExcelUnavailable(KjreportError):
    """Live Excel does not exist on this platform (Linux): only ``--dir`` builds are possible."""

    def __init__(self, action: str):
        super().__init__(
            f"当前系统（{platform_label()}）上没有 Microsoft Excel，无法{action}功能区加载项，"
            "请直接用命令行 kjreport check / fill / docx / send 处理 .xlsx 工作簿"
            "（只想生成加载项文件交给 Windows 电脑时，用 kjreport excel install --dir 文件夹）。"
        )


@dataclass
class InstallOutcome:
    """What ``install`` did: the add-in files written, the folder, and notes for the user."""

    folder: Path
    addins: list[Path]
    notes: list[str] = field(default_factory=list)


def platform_label() -> str:
    """Return the name of this operating system as users know it."""
    if sys.platform.startswith("win"):
        return "Windows"
    if sys.platform == "darwin":
        return "macOS"
    return "Linux"


def has_excel_platform() -> bool:
    """Return True on the platforms Excel desktop runs on (Windows, macOS)."""
    return sys.platform.startswith("win") or sys.platform == "darwin"


def xlstart_dir() -> Path:
    """Return the current user's Excel start-up folder (XLSTART) on Windows or macOS."""
    if sys.platform.startswith("win"):
        appdata = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(appdata) / "Microsoft" / "Excel" / "XLSTART"
    if sys.platform == "darwin":
        return Path.home() / MAC_STARTUP
    raise ExcelUnavailable("安装")


def install(
    folder: Path | None = None,
    python_win: str | None = None,
    python_mac: str | None = None,
) -> InstallOutcome:
    """Build the add-ins into ``folder`` (default: XLSTART, Windows/macOS only); return what
    was written. Add-ins of buttons no longer offered are removed from XLSTART."""
    if folder is None:
        folder = xlstart_dir()
        into_xlstart = True
    else:
        into_xlstart = False
    buttons = available_buttons()
    if not buttons:
        raise AddinError("本安装中的 kjreport 还没有可用的按钮功能，请升级 kjreport 后再安装")
    if into_xlstart:
        wanted = {b.file_name for b in buttons}
        for stale in folder.glob(ADDIN_GLOB):
            if stale.name not in wanted:
                _remove(stale)
    addins = build_addins(folder, python_win, python_mac, buttons)
    outcome = InstallOutcome(folder, addins)
    if into_xlstart and sys.platform == "darwin":
        outcome.notes.append(_install_applescript())
    if into_xlstart:
        outcome.notes.append(_install_lean_import())
        outcome.notes.append("请完全退出 Excel 后重新打开，功能区上会出现「科技报告」选项卡。")
    else:
        outcome.notes.append(
            "把这些 .xlam 文件复制到目标电脑的 Excel 启动文件夹（XLSTART），"
            "或在目标电脑上运行 kjreport excel install。"
        )
        if not (python_win or default_interpreters()[0]):
            outcome.notes.append(
                "未指定 Windows 上的 Python 解释器（--python-win），加载项将使用 PATH 中的 python。"
            )
    return outcome


def uninstall(folder: Path | None = None) -> list[Path]:
    """Remove kjreport's add-ins from ``folder`` (default: XLSTART); return the removed files."""
    if folder is None:
        folder = xlstart_dir()
        _uninstall_lean_import()
    removed = []
    for path in sorted(folder.glob(ADDIN_GLOB)):
        _remove(path)
        removed.append(path)
    return removed


def _remove(path: Path) -> None:
    """Delete one add-in file, explaining a lock held by a running Excel."""
    try:
        path.unlink()
    except PermissionError as exc:
        raise AddinError(f"无法删除 {path}（文件正被使用）：请先完全退出 Excel 再运行") from exc


def _install_applescript() -> str:
    """Copy xlwings' AppleScript, which RunPython needs on macOS; return a note."""
    import xlwings

    script = Path(xlwings.__file__).parent / f"xlwings-{xlwings.__version__}.applescript"
    target = Path.home() / MAC_SCRIPTS
    try:
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(script, target)
    except OSError as exc:
        raise AddinError(f"无法把 {script.name} 复制到 {target}（{exc.strerror}）") from exc
    return f"已把 {script.name} 复制到 {target}（macOS 上运行 Python 需要它）。"
