"""``kjreport excel install|uninstall`` through the real CLI, and installing into XLSTART."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from python_calamine import CalamineWorkbook

from kjreport.cli import main
from kjreport.excel import install as inst
from kjreport.excel.addin import available_buttons


def conf(path: Path) -> dict:
    with path.open("rb") as fh:
        wb = CalamineWorkbook.from_filelike(fh)
        return dict(wb.get_sheet_by_name(wb.sheet_names[0]).to_python())


def test_install_dir_builds_the_addins_and_uninstall_removes_them(tmp_path):
    out = tmp_path / "加载项"
    result = CliRunner().invoke(
        main, ["excel", "install", "--dir", str(out), "--python-win", r"D:\kj\python.exe"]
    )
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(b.file_name for b in available_buttons())
    for name in names:
        assert name in result.output
    assert conf(out / names[0])["Interpreter_Win"] == r"D:\kj\python.exe"

    (out / "其他加载项.xlam").write_bytes(b"not ours")
    result = CliRunner().invoke(main, ["excel", "uninstall", "--dir", str(out)])
    assert result.exit_code == 0, result.output
    assert [p.name for p in out.iterdir()] == ["其他加载项.xlam"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux message only")
@pytest.mark.parametrize("command", ["install", "uninstall"])
def test_without_dir_on_linux_one_sentence_points_to_the_cli(command):
    result = CliRunner().invoke(main, ["excel", command])
    assert result.exit_code == 1
    message = result.output.strip()
    assert message.startswith("错误：") and "Traceback" not in message
    assert "Linux" in message and "Excel" in message and "kjreport check" in message
    assert message.count("。") == 1 and message.endswith("。") and "\n" not in message


def test_install_into_windows_xlstart_replaces_stale_addins(tmp_path, monkeypatch):
    """On Windows the add-ins go to %APPDATA%\\Microsoft\\Excel\\XLSTART with this Python."""
    monkeypatch.setenv("APPDATA", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "win32")
    site_dir = tmp_path / "site-packages"
    monkeypatch.setattr(inst, "lean_site_dirs", lambda: [site_dir])
    xlstart = tmp_path / "Microsoft" / "Excel" / "XLSTART"
    xlstart.mkdir(parents=True)
    (xlstart / "kjreport.excel.retired.xlam").write_bytes(b"old button")
    (xlstart / "PERSONAL.XLSB").write_bytes(b"user's macros")

    outcome = inst.install()

    assert outcome.folder == xlstart
    assert sorted(p.name for p in xlstart.iterdir()) == sorted(
        ["PERSONAL.XLSB", *(b.file_name for b in available_buttons())]
    )
    assert conf(outcome.addins[0])["Interpreter_Win"] == sys.executable
    assert any("重新打开" in n for n in outcome.notes)
    assert (site_dir / inst.LEAN_PTH).read_text(encoding="utf-8") == inst.LEAN_LINE
    assert [p.name for p in inst.uninstall()] == sorted(b.file_name for b in available_buttons())
    assert [p.name for p in xlstart.iterdir()] == ["PERSONAL.XLSB"]
    assert not (site_dir / inst.LEAN_PTH).exists()


# What xlwings.bas runs for a ribbon button (ExecuteWindows): xlwings first, then the button.
RUNPYTHON = (
    "import site, sys; site.addsitedir({site!r}); "  # the start-up .pth, as site.py reads it
    "import xlwings.utils; xlwings.utils.prepare_sys_path('false;;;;;;'); "
    "import kjreport.excel.check; "
    "print(sorted(m for m in ('pandas', 'matplotlib', 'kjreport') if m in sys.modules))"
)
OTHER = (
    "import site, sys; site.addsitedir({site!r}); import xlwings; "
    "print(sorted(m for m in ('pandas', 'kjreport') if m in sys.modules))"
)


def test_startup_line_keeps_pandas_out_of_a_runpython_click_only(tmp_path):
    """With the .pth in place, RunPython's own command (xlwings imported first) no longer loads
    pandas or matplotlib; any other program importing xlwings is left exactly as it was."""
    import subprocess

    (tmp_path / inst.LEAN_PTH).write_text(inst.LEAN_LINE, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]

    def run(code: str) -> str:
        out = subprocess.run([sys.executable, "-B", "-c", code.format(site=str(tmp_path))],
                             capture_output=True, text=True, cwd=root, check=True)
        return out.stdout.strip().splitlines()[-1]

    assert run(RUNPYTHON) == "['kjreport']"
    assert run(OTHER) == "['pandas']"  # not a button: xlwings imports pandas as it always did
    (tmp_path / inst.LEAN_PTH).unlink()
    assert run(RUNPYTHON) == "['kjreport', 'matplotlib', 'pandas']"  # what the line prevents


def test_macos_startup_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert inst.xlstart_dir() == tmp_path / inst.MAC_STARTUP
