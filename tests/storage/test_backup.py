"""Daily copies when a file is opened, kept per file, and putting one back."""

import os
import stat
from datetime import datetime, time, timedelta

import pytest

from tests.pinned import PINNED_DAY, PINNED_MOMENT
from werkdrukdesk import clock
from werkdrukdesk.core import model as m
from werkdrukdesk.paths import backups_dir
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.storage.backup import KEEP_DAILY, backups_of, restore
from werkdrukdesk.storage.lock import FileInUseError


def test_opening_makes_one_copy_a_day(tmp_path):
    path = tmp_path / "korenaar.werkdruk"
    create_file(path, m.Profile("Korenaar"), PINNED_DAY).close()
    open_file(path).close()
    open_file(path).close()
    copies = backups_of(path, backups_dir())
    assert len(copies) == 1 and copies[0].name.endswith("-dagelijks.werkdruk")
    with open_file(copies[0], read_only=True) as copy:
        assert copy.load().profile.name == "Korenaar"
    open_file(path, read_only=True).close()  # looking never writes a copy
    assert len(backups_of(path, backups_dir())) == 1


def test_files_with_the_same_name_keep_their_own_copies(tmp_path):
    first, second = tmp_path / "a" / "klant.werkdruk", tmp_path / "b" / "klant.werkdruk"
    for path, name in ((first, "Eerste"), (second, "Tweede")):
        path.parent.mkdir()
        create_file(path, m.Profile(name), PINNED_DAY).close()
        open_file(path).close()
    assert len(backups_of(first, backups_dir())) == len(backups_of(second, backups_dir())) == 1
    assert backups_of(first, backups_dir()) != backups_of(second, backups_dir())


def test_old_daily_copies_are_pruned(tmp_path):
    path = tmp_path / "korenaar.werkdruk"
    create_file(path, m.Profile("Korenaar"), PINNED_DAY).close()
    for day in range(KEEP_DAILY + 3):
        clock.pin(PINNED_MOMENT + timedelta(days=day))
        open_file(path).close()
    assert len(backups_of(path, backups_dir())) == KEEP_DAILY


def test_a_new_day_by_the_clock_makes_a_new_copy_whatever_the_file_times(tmp_path):
    path = tmp_path / "korenaar.werkdruk"
    create_file(path, m.Profile("Korenaar"), PINNED_DAY).close()
    clock.pin(datetime.combine(PINNED_DAY, time(23, 59, 59)))
    open_file(path).close()
    clock.pin(datetime.combine(PINNED_DAY + timedelta(days=1), time(0, 0, 1)))
    open_file(path).close()
    open_file(path).close()
    assert len(backups_of(path, backups_dir())) == 2


def test_a_copy_can_be_put_back(tmp_path):
    path = tmp_path / "korenaar.werkdruk"
    create_file(path, m.Profile("Korenaar"), PINNED_DAY).close()
    open_file(path).close()
    (copy,) = backups_of(path, backups_dir())
    with open_file(path) as file:
        file.save(m.Document("Later toegevoegd"))
    restore(copy, path)
    with open_file(path, read_only=True) as file:
        assert file.load().documents == []


ODD_NAMES = ["klant [2026].werkdruk", "a*b?c.werkdruk", "100% zeker.werkdruk",
             "  twee  spaties .werkdruk", "[!x]-*.werkdruk"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_copies_of_a_file_with_pattern_letters_are_found_pruned_and_restored(tmp_path, name):
    path = tmp_path / name
    create_file(path, m.Profile("Korenaar"), PINNED_DAY).close()
    for day in range(KEEP_DAILY + 2):
        clock.pin(PINNED_MOMENT + timedelta(days=day))
        open_file(path).close()
    copies = backups_of(path, backups_dir())
    assert len(copies) == KEEP_DAILY
    with open_file(path) as file:
        file.save(m.Document("Later toegevoegd"))
    restore(backups_of(path, backups_dir())[-1], path)  # opening again pruned the oldest
    with open_file(path, read_only=True) as file:
        assert file.load().documents == []
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert {stat.S_IMODE(c.stat().st_mode) for c in backups_of(path, backups_dir())} == {0o600}


def test_a_copy_is_not_put_back_while_the_file_is_open(tmp_path):
    path = tmp_path / "open [1].werkdruk"
    create_file(path, m.Profile("Korenaar"), PINNED_DAY).close()
    open_file(path).close()
    (copy,) = backups_of(path, backups_dir())
    with open_file(path) as file:
        file.save(m.Document("Blijft"))
        with pytest.raises(FileInUseError, match="in gebruik"):
            restore(copy, path)
    with open_file(path, read_only=True) as file:
        assert [d.title for d in file.load().documents] == ["Blijft"]
