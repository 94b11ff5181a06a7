"""``kjreport wps install|uninstall``: the add-in folder, the WPS registries, autostart."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from kjreport import __version__
from kjreport.cli import main
from kjreport.serve.settings import load_settings
from kjreport.wps import install as wps_install


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    monkeypatch.setenv("KJREPORT_CONFIG_DIR", str(tmp_path / "conf"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr(wps_install.shutil, "which", lambda name: None)  # no systemctl here


def config_of(folder: Path) -> dict:
    text = (folder / "config.js").read_text(encoding="utf-8")
    return json.loads(re.search(r"KJREPORT_CONFIG = (\{.*\});", text, re.S).group(1))


def entries(path: Path) -> list[dict]:
    return [dict(e.attrib) for e in ElementTree.parse(path).getroot()]


def test_install_writes_the_addin_with_the_services_token_and_port(tmp_path):
    root = tmp_path / "jsaddons"
    outcome = wps_install.install(root, port=23456)
    folder = root / f"kjreport_{__version__}"
    assert outcome.folder == folder
    for name in ("ribbon.xml", "index.html", "js/kjreport.js", "js/ribbon.js", "images/fill.svg"):
        path = folder / name
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, name
    assert stat.S_IMODE((folder / "config.js").stat().st_mode) == 0o600  # holds the token
    assert stat.S_IMODE((folder / "js").stat().st_mode) == 0o755
    settings = load_settings()
    config = config_of(folder)
    assert (config["port"], config["token"]) == (23456, settings.token) and settings.port == 23456
    from kjreport.excel.addin import available_buttons

    assert list(config["labels"].values()) == [b.label for b in available_buttons()]
    assert {"check": "校验数据", "fill": "计算指标", "docx": "生成总结",
            "send": "发送报告"}.items() <= config["labels"].items()
    assert set(config["images"]) == {*config["labels"], "status"}  # every button has a picture
    assert "kjreport serve" in config["startHint"]
    [entry] = entries(root / "publish.xml")
    assert entry == {"name": "kjreport", "type": "et", "url": folder.name, "version": __version__,
                     "enable": "enable_dev", "install": "null", "customDomain": ""}
    [entry] = entries(root / "jsplugins.xml")
    assert entry["url"] == folder.resolve().as_uri() and entry["type"] == "et"
    assert stat.S_IMODE((root / "publish.xml").stat().st_mode) == 0o644


def test_other_addins_stay_registered_and_reinstalling_keeps_one_entry(tmp_path):
    root = tmp_path / "jsaddons"
    root.mkdir()
    (root / "publish.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n'
        '  <jsplugin name="wps-zotero" type="wps" url="http://127.0.0.1:3889/" version="1.0.0"/>\n'
        '  <jspluginonline name="kjreport" type="et" url="http://old/" enable="enable_dev"/>\n'
        "</jsplugins>\n",
        encoding="utf-8",
    )
    (root / "kjreport_0.0.9").mkdir()  # an older version's folder
    (root / "wps-zotero_1.0.0").mkdir()
    wps_install.install(root)
    token = config_of(root / f"kjreport_{__version__}")["token"]
    wps_install.install(root)
    assert config_of(root / f"kjreport_{__version__}")["token"] == token  # same install, same token
    names = [e["name"] for e in entries(root / "publish.xml")]
    assert names == ["wps-zotero", "kjreport"]
    assert sorted(p.name for p in root.iterdir() if p.is_dir()) == [
        f"kjreport_{__version__}", "wps-zotero_1.0.0"]

    removed = wps_install.uninstall(root, autostart=False)
    assert root / f"kjreport_{__version__}" in removed
    assert [e["name"] for e in entries(root / "publish.xml")] == ["wps-zotero"]
    assert entries(root / "jsplugins.xml") == []
    assert (root / "wps-zotero_1.0.0").is_dir()
    assert wps_install.uninstall(root, autostart=False) == []


def test_a_damaged_registry_is_left_alone_with_a_message(tmp_path):
    root = tmp_path / "jsaddons"
    root.mkdir()
    (root / "publish.xml").write_text("<jsplugins><jsplugin name='x'></jsplugins>", encoding="utf-8")
    with pytest.raises(wps_install.WpsInstallError, match="格式有误.*未作修改"):
        wps_install.install(root)
    assert (root / "publish.xml").read_text(encoding="utf-8").startswith("<jsplugins><jsplugin")


def test_the_default_folder_is_where_wps_looks(monkeypatch, tmp_path):
    monkeypatch.setattr(wps_install.sys, "platform", "linux")
    assert wps_install.jsaddons_dir() == Path.home() / ".local/share/Kingsoft/wps/jsaddons"
    monkeypatch.setattr(wps_install.sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    assert wps_install.jsaddons_dir() == tmp_path / "Roaming" / "kingsoft" / "wps" / "jsaddons"


def test_autostart_writes_systemd_user_units_that_start_the_service_on_demand(tmp_path, monkeypatch):
    monkeypatch.setattr(wps_install.sys, "platform", "linux")
    outcome = wps_install.install(tmp_path / "jsaddons", port=23999, autostart=True)
    units = tmp_path / "xdg" / "systemd" / "user"
    assert outcome.autostart == units / "kjreport-serve.service"
    service = (units / "kjreport-serve.service").read_text(encoding="utf-8")
    assert f"ExecStart={wps_install.sys.executable} -m kjreport serve" in service
    assert "Environment=XLWINGS_LICENSE_KEY=noncommercial" in service
    assert "Requires=kjreport-serve.socket" in service
    socket_unit = (units / "kjreport-serve.socket").read_text(encoding="utf-8")
    assert "ListenStream=127.0.0.1:23999" in socket_unit and "WantedBy=sockets.target" in socket_unit
    assert any("systemctl" in note for note in outcome.notes)  # none here: says what to do
    assert wps_install.remove_autostart() == [units / "kjreport-serve.socket",
                                              units / "kjreport-serve.service"]
    assert not any(units.iterdir())


def test_autostart_enables_the_socket_with_systemctl(tmp_path, monkeypatch):
    monkeypatch.setattr(wps_install.sys, "platform", "linux")
    monkeypatch.setattr(wps_install.shutil, "which", lambda name: "/usr/bin/systemctl")
    calls = []

    def run(args, **kwargs):
        calls.append(args[1:])
        return wps_install.subprocess.CompletedProcess(args, 0, b"", b"")

    monkeypatch.setattr(wps_install.subprocess, "run", run)
    outcome = wps_install.install(tmp_path / "jsaddons", autostart=True)
    assert calls == [["--user", "daemon-reload"], ["--user", "enable", "kjreport-serve.socket"],
                     ["--user", "restart", "kjreport-serve.socket"]]
    assert any("第一次点击按钮时服务自动启动" in note for note in outcome.notes)


def test_autostart_on_windows_is_a_startup_folder_script(tmp_path, monkeypatch):
    monkeypatch.setattr(wps_install.sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    path = wps_install.install_autostart()
    assert path.parent == tmp_path / "Roaming/Microsoft/Windows/Start Menu/Programs/Startup"
    data = path.read_bytes()
    assert b"-m kjreport serve" in data and b"\r\n" in data and data.isascii()


def test_the_cli_installs_and_uninstalls(tmp_path):
    runner = CliRunner()
    root = tmp_path / "jsaddons"
    done = runner.invoke(main, ["wps", "install", "--dir", str(root), "--port", "24567"])
    assert done.exit_code == 0, done.output
    assert "已安装 WPS 加载项" in done.output and "publish.xml" in done.output
    assert config_of(root / f"kjreport_{__version__}")["port"] == 24567
    done = runner.invoke(main, ["wps", "uninstall", "--dir", str(root)])
    assert done.exit_code == 0 and "已删除或修改" in done.output
    done = runner.invoke(main, ["wps", "uninstall", "--dir", str(root)])
    assert "无需卸载" in done.output


def test_status_says_when_the_service_is_not_running(tmp_path):
    runner = CliRunner()
    done = runner.invoke(main, ["wps", "status"])
    assert done.exit_code == 1 and "请先运行 kjreport wps install" in done.output
    load_settings(port=1)  # nothing listens on port 1
    done = runner.invoke(main, ["wps", "status"])
    assert done.exit_code == 1 and "没有在 127.0.0.1:1 上运行" in done.output


def test_status_reports_a_running_service(tmp_path):
    from tests.serve.client import running

    settings = load_settings()
    with running(settings) as server:
        load_settings(port=server.port)
        done = CliRunner().invoke(main, ["wps", "status"])
    assert done.exit_code == 0, done.output
    assert "kjreport 服务运行正常" in done.output and "计算指标" in done.output


def test_every_addin_file_ships_in_the_package():
    """The wheel (and so the offline bundle) carries the add-in: pyproject's package-data
    globs cover every file under kjreport/wps/assets."""
    import fnmatch

    tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from 3.11")

    root = Path(__file__).resolve().parents[2]
    globs = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"]["package-data"]["kjreport"]
    assets = root / "kjreport" / "wps" / "assets"
    files = [p.relative_to(root / "kjreport").as_posix() for p in assets.rglob("*") if p.is_file()]
    assert files
    for name in files:
        assert any(fnmatch.fnmatch(name, g) and name.count("/") == g.count("/") for g in globs), name
