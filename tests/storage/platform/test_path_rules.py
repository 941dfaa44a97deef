"""Comparing paths the way each system does, and the recent files that follow it."""

import pytest

from werkdrukdesk.storage.platform.paths import path_key, same_path, system_kind


@pytest.mark.parametrize(("platform", "kind"), [
    ("win32", "windows"), ("darwin", "macos"), ("linux", "linux"), ("freebsd14", "linux")])
def test_system_kinds(platform, kind):
    assert system_kind(platform) == kind


@pytest.mark.parametrize(("first", "second", "windows", "macos", "linux"), [
    (r"C:\Users\Ayşe\Documents\Bakkerij.werkdruk", r"c:\users\AYŞE\documents\bakkerij.WERKDRUK",
     True, True, False),
    (r"C:\Users\a\Documents\b.werkdruk", "C:/Users/a/Documents/b.werkdruk", True, False, False),
    (r"C:\Users\a\x\..\b.werkdruk", r"C:\Users\a\b.werkdruk", True, False, False),
    ("/home/a/x/../org.werkdruk", "/home/a/org.werkdruk", True, True, True),
    ("/Users/ayse/Café.werkdruk", "/Users/ayse/Cafe\u0301.werkdruk", True, True, False),
    ("/home/a/Org.werkdruk", "/home/a/org.werkdruk", True, True, False),
    ("/home/a/org.werkdruk", "/home/a/org.werkdruk", True, True, True),
    ("/home/a/org.werkdruk", "/home/b/org.werkdruk", False, False, False),
])
def test_same_file_by_each_systems_rule(first, second, windows, macos, linux):
    assert same_path(first, second, "win32") is windows
    assert same_path(first, second, "darwin") is macos
    assert same_path(first, second, "linux") is linux


def test_the_key_follows_this_system_by_default(tmp_path):
    assert path_key(tmp_path / "a") == path_key(str(tmp_path / "a"))


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_recent_files_hold_one_file_once(platform, tmp_path, monkeypatch):
    from werkdrukdesk.storage.platform import paths
    from werkdrukdesk.ui import settings

    real = paths.path_key
    monkeypatch.setattr(settings, "path_key", lambda p, _platform=None: real(p, platform))
    monkeypatch.setattr(settings, "settings_dir", lambda: tmp_path / "instellingen")
    settings.remember_file(tmp_path / "Bakkerij.werkdruk")
    settings.remember_file(tmp_path / "andere.werkdruk")
    settings.remember_step(tmp_path / "Bakkerij.werkdruk", "plan")
    settings.remember_file(tmp_path / "BAKKERIJ.werkdruk")
    names = [p.name for p in settings.recent_files()]
    if platform == "linux":  # two files there, one file elsewhere
        assert names == ["BAKKERIJ.werkdruk", "andere.werkdruk", "Bakkerij.werkdruk"]
        assert settings.last_step(tmp_path / "BAKKERIJ.werkdruk") is None
    else:
        assert names == ["BAKKERIJ.werkdruk", "andere.werkdruk"]
        assert settings.last_step(tmp_path / "BAKKERIJ.werkdruk") == "plan"
