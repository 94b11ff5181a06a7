"""The offline install folder: complete for Windows x64 (markers evaluated as on Windows), and
installable with ``pip install --no-index`` (tried here with the Linux equivalent)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kjreport.cli import main
from kjreport.excel.bundle import INSTALLER, build_bundle, closure, installer_text


def _pypi_reachable() -> bool:
    try:
        socket.create_connection(("pypi.org", 443), timeout=3).close()
        return True
    except OSError:
        return False


network = [
    pytest.mark.network,
    pytest.mark.skipif(not _pypi_reachable(), reason="PyPI unreachable: offline machine"),
]


def _wheel(folder: Path, name: str, version: str, requires: list[str], tag="py3-none-any") -> None:
    path = folder / f"{name}-{version}-{tag}.whl"
    meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    meta += "".join(f"Requires-Dist: {r}\n" for r in requires)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(f"{name}-{version}.dist-info/METADATA", meta)


def test_closure_evaluates_markers_as_on_the_target(tmp_path):
    """pip download --platform keeps the running machine's markers; the closure does not."""
    _wheel(tmp_path, "kjreport", "0.1.0", ["xlwings>=0.30", "keyring"])
    _wheel(
        tmp_path,
        "xlwings",
        "0.37.8",
        ['pywin32>=224; platform_system == "Windows"'],
        "cp311-cp311-win_amd64",
    )
    _wheel(
        tmp_path,
        "keyring",
        "25.0",
        [
            'SecretStorage>=3.2; sys_platform == "linux"',
            'pywin32-ctypes>=0.2.0; sys_platform == "win32"',
        ],
    )
    used, missing = closure(tmp_path, "kjreport", "3.11", "win_amd64")
    assert missing == ["pywin32-ctypes>=0.2.0", "pywin32>=224"]
    _wheel(tmp_path, "pywin32", "312", [], "cp311-cp311-win_amd64")
    _wheel(tmp_path, "pywin32_ctypes", "0.2.3", [])
    used, missing = closure(tmp_path, "kjreport", "3.11", "win_amd64")
    assert not missing and len(used) == 5
    # a wheel for another Python does not count
    assert closure(tmp_path, "kjreport", "3.12", "win_amd64")[1] == ["xlwings>=0.30"]


def test_installer_needs_no_network_and_reads_on_chinese_windows():
    text = installer_text(("3.10", "3.11", "3.12", "3.13"))
    assert "--no-index" in text and '--find-links "%~dp0wheels"' in text
    assert "http" not in text and "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert "py -%%V-64" in text and 'kjreport.exe" excel install' in text
    text.encode("gbk")  # cmd.exe on Chinese Windows reads .bat files as GBK


@pytest.fixture(scope="module")
def own_wheel(tmp_path_factory) -> Path:
    """kjreport's wheel, built once for the network tests."""
    from kjreport.excel.bundle import build_own_wheel

    return build_own_wheel(tmp_path_factory.mktemp("own"), say=lambda s: None)


@network[0]
@network[1]
def test_bundle_resolves_completely_for_windows(tmp_path, own_wheel):
    """``kjreport excel bundle`` as the IT contact runs it (one Python, to stay quick)."""
    result = CliRunner().invoke(
        main, ["excel", "bundle", str(tmp_path), "--python", "3.11", "--wheel", str(own_wheel)]
    )
    assert result.exit_code == 0, result.output
    wheels = tmp_path / "wheels"
    names = sorted(p.name for p in wheels.glob("*.whl"))
    used, missing = closure(wheels, "kjreport", "3.11", "win_amd64")
    assert not missing and len(used) == len(names)  # complete, and nothing extra
    assert any(n.startswith("pywin32-") and n.endswith("cp311-win_amd64.whl") for n in names)
    assert not any(n.lower().startswith(("secretstorage", "jeepney")) for n in names)
    assert all(n.endswith(("-none-any.whl", "win_amd64.whl")) for n in names)
    assert (tmp_path / INSTALLER).read_bytes().decode("gbk").count("--no-index") == 1
    assert "离线安装包已完成" in result.output


@network[0]
@network[1]
def test_linux_equivalent_installs_with_no_index(tmp_path, own_wheel):
    """The same bundle for this machine: pip, with --no-index and nothing but the folder,
    resolves every package from it (a dry run: unpacking 150 MB proves nothing more), and
    kjreport's own wheel installs from it and runs."""
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    made = build_bundle(
        tmp_path / "bundle", (python,), platform=None, wheel=own_wheel, say=lambda s: None
    )
    wheels = made.folder / "wheels"
    clean = {**os.environ, "PIP_CONSTRAINT": "", "PIP_FIND_LINKS": "", "PIP_EXTRA_INDEX_URL": ""}
    report = tmp_path / "report.json"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--dry-run",
            "--ignore-installed",
            "--quiet",
            "--no-index",
            "--find-links",
            str(wheels),
            "--report",
            str(report),
            "kjreport",
        ],
        check=True,
        env=clean,
        timeout=600,
    )
    import json

    installed = json.loads(report.read_text(encoding="utf-8"))["install"]
    urls = [item["download_info"]["url"] for item in installed]
    assert len(urls) == len(made.wheels) and all(wheels.as_uri() in u for u in urls)
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-index",
            "--no-deps",
            "--find-links",
            str(wheels),
            "--target",
            str(target),
            "kjreport",
        ],
        check=True,
        env=clean,
        timeout=600,
    )
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.path.insert(0, sys.argv[1]); "
            "import kjreport; from kjreport.cli import main; print(kjreport.__file__); "
            "main(['--help'])",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and run.stdout.startswith(str(target)), run.stderr


def test_installer_offers_the_wps_add_in():
    """The bundle's 安装.bat installs the WPS add-in when asked (WPS found) or with /wps."""
    text = installer_text(("3.11", "3.12"))
    lines = text.split("\r\n")
    assert 'kjreport.exe" wps install --autostart || goto :wpsfail' in text  # as docs/wps.md says
    assert text.index("excel install") < text.index("wps install")  # Excel first, as before
    assert 'if /i "%~1"=="/wps" set "WPS=1"' in lines
    assert any(line.startswith("  choice /c YN /m ") and "WPS" in line for line in lines)
    assert '  if errorlevel 1 if not errorlevel 2 set "WPS=1"' in lines  # Y is errorlevel 1
    assert "%APPDATA%\\kingsoft\\wps\\" in text  # asked only where WPS keeps its settings
    # a parenthesised block ends at the first ASCII ")": the Chinese texts inside must not have one
    depth = 0
    for line in lines:
        if depth and line.lstrip().startswith(("echo", "choice")):
            assert ")" not in line and "(" not in line, line
        depth += line.rstrip().endswith("(") - (line.strip() == ")")
    assert depth == 0
    assert ":wpsfail" in lines and "exit /b 0" in lines
    text.encode("gbk")
