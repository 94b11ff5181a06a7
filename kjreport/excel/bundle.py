"""An offline install folder for PCs that cannot reach PyPI (政务外网): every wheel kjreport needs
on Windows x64, for each supported Python, plus ``安装.bat`` that installs from it with no network.

Built on any machine that can reach PyPI (Linux included): ``kjreport excel bundle 文件夹``.

``pip download --platform win_amd64`` picks Windows wheels but evaluates environment markers
for the machine it runs on, so on Linux it would leave out ``pywin32`` (xlwings on Windows),
``pywin32-ctypes`` (keyring) and ``colorama`` (click), and fetch Linux-only ones instead. So
after pip's download the folder is closed under the *Windows* markers here: every requirement of
every wheel, evaluated as on Windows x64 with that Python, must be met by a wheel in the folder;
what is missing is downloaded (``--no-deps``), what no Windows install needs is removed, and
the bundle is refused if anything is still missing.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import HeaderParser
from pathlib import Path

from kjreport.errors import KjreportError

PYTHONS = ("3.10", "3.11", "3.12", "3.13")  # the Python versions the bundle carries wheels for
WINDOWS_PLATFORM = "win_amd64"
WHEELS = "wheels"
INSTALLER = "安装.bat"
README = "说明.txt"
VENV = r"%USERPROFILE%\kjreport-env"


class BundleError(KjreportError):
    """The offline bundle cannot be built or is incomplete."""


@dataclass
class Bundle:
    """What ``build_bundle`` wrote."""

    folder: Path
    wheels: list[Path]
    pythons: tuple[str, ...]
    removed: list[str] = field(default_factory=list)  # wheels no target install needs


def marker_environment(python: str, platform: str | None) -> dict[str, str]:
    """Return the PEP 508 marker values of ``platform`` (win_amd64, or None: this machine)."""
    from packaging.markers import default_environment

    env = dict(default_environment())
    env["python_version"] = python
    env["python_full_version"] = f"{python}.0"
    if platform == WINDOWS_PLATFORM:
        env.update(
            sys_platform="win32",
            platform_system="Windows",
            os_name="nt",
            platform_machine="AMD64",
            implementation_name="cpython",
            platform_python_implementation="CPython",
        )
    return env


def _supported_tags(python: str, platform: str | None) -> set:
    from packaging import tags

    version = tuple(int(x) for x in python.split("."))
    if platform is None:
        return set(tags.sys_tags())
    return set(tags.cpython_tags(version, platforms=[platform])) | set(
        tags.compatible_tags(version, platforms=[platform])
    )


def _wheels(folder: Path) -> list[tuple[str, object, frozenset, Path]]:
    from packaging.utils import parse_wheel_filename

    out = []
    for path in sorted(folder.glob("*.whl")):
        name, version, _, wheel_tags = parse_wheel_filename(path.name)
        out.append((name, version, wheel_tags, path))
    return out


def _requires(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as zf:
        meta = next(n for n in zf.namelist() if re.match(r"[^/]+\.dist-info/METADATA$", n))
        headers = HeaderParser().parsestr(zf.read(meta).decode("utf-8"))
    return headers.get_all("Requires-Dist") or []


def closure(
    folder: Path, root: str, python: str, platform: str | None
) -> tuple[set[Path], list[str]]:
    """Return (the wheels an install of ``root`` uses, the requirements no wheel meets) for
    ``python`` on ``platform``, evaluating markers as there."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    env = marker_environment(python, platform)
    supported = _supported_tags(python, platform)
    available = [w for w in _wheels(folder) if w[2] & supported]
    used: set[Path] = set()
    missing: list[str] = []
    queue: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    seen: set[tuple[str, frozenset[str]]] = set()
    while queue:
        text, extras = queue.pop()
        req = Requirement(text)
        name = canonicalize_name(req.name)
        key = (str(req), extras)
        if key in seen:
            continue
        seen.add(key)
        candidates = [
            w for w in available if w[0] == name and req.specifier.contains(w[1], prereleases=True)
        ]
        if not candidates:
            missing.append(str(req))
            continue
        _, _, _, path = max(candidates, key=lambda w: w[1])
        used.add(path)
        for dep in _requires(path):
            dep_req = Requirement(dep)
            if dep_req.marker is not None and not any(
                dep_req.marker.evaluate({**env, "extra": e}) for e in (extras or {""})
            ):
                continue
            extras_text = f"[{','.join(sorted(dep_req.extras))}]" if dep_req.extras else ""
            plain = f"{dep_req.name}{extras_text}{dep_req.specifier}"  # the marker is settled
            queue.append((plain, frozenset(dep_req.extras)))
    return used, sorted(set(missing))


def _pip(args: list[str], say: Callable[[str], None]) -> None:
    command = [sys.executable, "-m", "pip", *args]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise BundleError(
            "pip 运行失败（"
            + " ".join(args[:2])
            + "）："
            + " ".join(tail)
            + "；请确认本机能访问 PyPI（或已配置 pip 镜像）后重试。"
        )


def _target(python: str, platform: str | None) -> list[str]:
    if platform is None:
        return []
    return [
        "--platform",
        platform,
        "--python-version",
        python,
        "--implementation",
        "cp",
        "--only-binary=:all:",
    ]


def build_own_wheel(folder: Path, say: Callable[[str], None] = print) -> Path:
    """Build kjreport's wheel from its source tree into ``folder``; return its path. The
    installed build tools are tried first (no download, several times faster)."""
    root = str(project_root())
    try:
        _pip(
            ["wheel", "--no-deps", "--quiet", "--no-build-isolation", "-w", str(folder), root], say
        )
    except BundleError:  # e.g. a setuptools without bdist_wheel here: pip's isolated build
        _pip(["wheel", "--no-deps", "--quiet", "-w", str(folder), root], say)
    return max(Path(folder).glob("kjreport-*.whl"), key=lambda p: p.stat().st_mtime)


def project_root() -> Path:
    """Return the kjreport source tree this package runs from (it has the pyproject.toml)."""
    root = Path(__file__).resolve().parents[2]
    if not (root / "pyproject.toml").is_file():
        raise BundleError(
            "找不到 kjreport 的源码目录（pyproject.toml）：请在 kjreport 源码目录中安装（pip install -e .）"
            "后再运行，或用 --wheel 给出 kjreport 的 .whl 文件。"
        )
    return root


def build_bundle(
    folder: Path,
    pythons: tuple[str, ...] = PYTHONS,
    *,
    platform: str | None = WINDOWS_PLATFORM,
    wheel: Path | None = None,
    say: Callable[[str], None] = print,
) -> Bundle:
    """Fill ``folder`` with every wheel kjreport needs on ``platform`` (None: this machine)
    for each of ``pythons``, plus the installer; return what is there. Needs PyPI."""
    wheels = Path(folder) / WHEELS
    wheels.mkdir(parents=True, exist_ok=True)
    if wheel is None:
        say("正在打包 kjreport ……")
        own = build_own_wheel(wheels, say)
    else:
        own = wheels / Path(wheel).name
        if Path(wheel).resolve() != own.resolve():
            own.write_bytes(Path(wheel).read_bytes())
    needed: set[Path] = set()
    for python in pythons:
        say(f"正在下载 Python {python}（{platform or '本机'}）所需的全部安装包 ……")
        _pip(
            ["download", "--quiet", "--dest", str(wheels), *_target(python, platform), str(own)],
            say,
        )
        for _ in range(5):  # what pip's own markers left out for the target platform
            used, missing = closure(wheels, "kjreport", python, platform)
            if not missing:
                break
            for req in missing:
                _pip(
                    [
                        "download",
                        "--quiet",
                        "--no-deps",
                        "--dest",
                        str(wheels),
                        *_target(python, platform),
                        req,
                    ],
                    say,
                )
        used, missing = closure(wheels, "kjreport", python, platform)
        if missing:
            raise BundleError(
                f"Python {python} 的离线安装包不完整，缺少："
                + "、".join(missing)
                + "（PyPI 上可能没有这些包适用于该平台的 wheel）。"
            )
        needed |= used
    removed = []
    for path in wheels.glob("*.whl"):
        if path not in needed:
            removed.append(path.name)
            path.unlink()
    _write_installer(Path(folder), pythons, platform)
    return Bundle(Path(folder), sorted(needed), tuple(pythons), sorted(removed))


def installer_text(pythons: tuple[str, ...]) -> str:
    """Return ``安装.bat``: find a 64-bit Python of a bundled version, make the environment,
    install from the ``wheels`` folder with no network, install the Excel ribbon and, when WPS
    is there and the user says yes (or ``/wps`` is given), the WPS add-in."""
    versions = " ".join(sorted(pythons, reverse=True))
    accepted = ", ".join(f"({v.replace('.', ', ')})" for v in pythons)
    lines = [
        "@echo off",
        "rem kjreport 离线安装：不访问网络，从本文件夹的 wheels 子文件夹安装。",
        "setlocal",
        'cd /d "%~dp0"',
        f'set "ENVDIR={VENV}"',
        'set "PY="',
        f'for %%V in ({versions}) do if not defined PY (py -%%V-64 -c "import sys" >nul 2>nul && set "PY=py -%%V-64")',
        'if not defined PY (python -c "import sys; sys.exit(0 if sys.version_info[:2] in '
        f'[{accepted}] and sys.maxsize > 2**32 else 1)" >nul 2>nul && set "PY=python")',
        "if not defined PY (",
        f"  echo 没有找到 64 位 Python（{'、'.join(pythons)} 之一）。请先安装 python.org 的 Windows 64 位安装包，",
        "  echo 安装时勾选 Add python.exe to PATH，然后重新运行本文件。",
        "  pause",
        "  exit /b 1",
        ")",
        "echo 使用 %PY% 创建环境 %ENVDIR% ……",
        '%PY% -m venv "%ENVDIR%" || goto :fail',
        '"%ENVDIR%\\Scripts\\python.exe" -m pip install --no-index --find-links "%~dp0wheels" '
        "--upgrade kjreport || goto :fail",
        '"%ENVDIR%\\Scripts\\kjreport.exe" excel install || goto :fail',
        "echo.",
        "echo Excel 加载项已安装。请完全退出 Excel 后重新打开，功能区上会出现「科技报告」选项卡。",
        # optional: the WPS 表格 add-in (asked when WPS is installed; "安装.bat /wps" installs it
        # without asking, for IT's scripted installs)
        'set "WPS="',
        'if /i "%~1"=="/wps" set "WPS=1"',
        'if not defined WPS if exist "%APPDATA%\\kingsoft\\wps\\" (',
        "  echo.",
        "  echo 检测到本机装有 WPS Office。",
        '  choice /c YN /m "是否同时安装 WPS 表格的「科技报告」加载项？只用 Microsoft Excel 的请按 N"',
        '  if errorlevel 1 if not errorlevel 2 set "WPS=1"',
        ")",
        "if defined WPS (",
        '  "%ENVDIR%\\Scripts\\kjreport.exe" wps install --autostart || goto :wpsfail',
        "  echo WPS 加载项已安装。请完全退出 WPS 后重新打开，WPS 表格的功能区上会出现「科技报告」选项卡。",
        ")",
        "echo.",
        "echo 安装完成。",
        "pause",
        "exit /b 0",
        ":wpsfail",
        "echo.",
        "echo Excel 加载项已装好，但 WPS 加载项安装失败。请把上面的提示拍照发给信息化联系人；",
        "echo 修正后可单独运行：%ENVDIR%\\Scripts\\kjreport.exe wps install --autostart",
        "pause",
        "exit /b 1",
        ":fail",
        "echo.",
        "echo 安装失败，请把上面的提示拍照发给信息化联系人。",
        "pause",
        "exit /b 1",
    ]
    return "\r\n".join(lines) + "\r\n"


def _write_installer(folder: Path, pythons: tuple[str, ...], platform: str | None) -> None:
    # cmd.exe reads a .bat in the console's code page: 936 (GBK) on Chinese Windows
    (folder / INSTALLER).write_bytes(installer_text(pythons).encode("gbk"))
    readme = (
        "kjreport 离线安装包\r\n"
        "==================\r\n\r\n"
        f"适用：Windows 10 / 11 64 位，64 位 Python {'、'.join(pythons)}（python.org 安装包），"
        "Microsoft Excel 2016、2019、2021、2024 或 Microsoft 365 桌面版。\r\n\r\n"
        "步骤：\r\n"
        "1. 把整个文件夹复制到目标电脑（U 盘或内网共享均可）；\r\n"
        "2. 若目标电脑没有 Python，先运行 python.org 的 Windows 64 位安装包（须另行拷贝），"
        "勾选 Add python.exe to PATH；\r\n"
        f"3. 关闭 Excel，双击 {INSTALLER}。它在 {VENV} 创建 Python 环境，只从 {WHEELS} 文件夹安装，"
        "不访问网络，最后把「科技报告」加载项放进 Excel 启动文件夹。\r\n"
        f"4. 本机装有 WPS Office 时，{INSTALLER} 会询问是否同时安装 WPS 表格的「科技报告」加载项"
        f"（按 Y 安装，只用 Microsoft Excel 的按 N）；信息化人员批量安装时可运行“{INSTALLER} /wps”，"
        "不询问直接安装。\r\n"
        f"\r\n本文件夹中的安装包平台：{platform or '与制作本包的电脑相同'}。\r\n"
    )
    (folder / README).write_bytes(readme.encode("utf-8-sig"))
