"""The service's token and port in the user's configuration folder."""

from __future__ import annotations

import json
import stat

import pytest

from kjreport.serve.settings import (
    DEFAULT_PORT,
    ServiceSettings,
    SettingsError,
    config_dir,
    load_settings,
    settings_path,
)


@pytest.fixture(autouse=True)
def conf(tmp_path, monkeypatch):
    monkeypatch.setenv("KJREPORT_CONFIG_DIR", str(tmp_path / "conf"))
    return tmp_path / "conf"


def test_a_random_token_is_made_once_and_kept_private(conf):
    first = load_settings()
    assert config_dir() == conf and settings_path() == conf / "serve.json"
    assert first.port == DEFAULT_PORT and len(first.token) >= 40
    assert stat.S_IMODE(settings_path().stat().st_mode) == 0o600
    assert load_settings() == first  # the same install keeps its token
    other_install = conf.parent / "other"
    settings_path().rename(other_install)
    assert load_settings().token != first.token


def test_a_new_port_is_saved_with_the_same_token(conf):
    first = load_settings()
    moved = load_settings(port=23456)
    assert moved == ServiceSettings(23456, first.token)
    assert json.loads(settings_path().read_text()) == {"port": 23456, "token": first.token}
    assert stat.S_IMODE(settings_path().stat().st_mode) == 0o600


def test_settings_are_not_made_when_only_read(conf):
    with pytest.raises(SettingsError, match="请先运行 kjreport wps install"):
        load_settings(create=False)


def test_a_damaged_file_is_named(conf):
    conf.mkdir()
    (conf / "serve.json").write_text("{port: 1", encoding="utf-8")
    with pytest.raises(SettingsError, match="无法读取服务设置文件 .*serve.json"):
        load_settings()
    (conf / "serve.json").write_text('{"port": "80a", "token": "%s"}' % ("t" * 43))
    with pytest.raises(SettingsError, match="端口「80a」无效"):
        load_settings()


def test_the_token_is_compared_whole():
    settings = ServiceSettings(1, "a" * 43)
    assert settings.accepts("a" * 43)
    for wrong in (None, "", "a" * 42, "a" * 44, "b" + "a" * 42, "Ä" * 43):
        assert not settings.accepts(wrong)
