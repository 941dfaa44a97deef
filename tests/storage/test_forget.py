"""An AVG request leaves the name nowhere: no record, no free page of the file, no backup."""

import dataclasses
import itertools
from enum import Enum

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.privacy import fold, remove_person
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.paths import backups_dir
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.backup import backups_of
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.storage.forget import backups_holding, forget_in_backups, store_removal

# How people write one name: accents or not, any case, more than one space, a line break.
WRITTEN = itertools.cycle(["Ayşe Yılmaz", "AYSE  YILMAZ", "ayşe\nyılmaz", "Ayse Yilmaz"])
IDENTIFIERS = {"key", "catalogue_key"}


def _plant(record) -> None:
    """The name in every text of `record` and of everything it holds."""
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, str) and not isinstance(value, Enum) and f.name not in IDENTIFIERS:
            setattr(record, f.name, f"{value} (met {next(WRITTEN)})".strip())
        elif dataclasses.is_dataclass(value):
            _plant(value)
        elif isinstance(value, list):
            for part in value:
                if dataclasses.is_dataclass(part):
                    _plant(part)


def _organisation() -> m.Organisation:
    org = build_demo("small", today=PINNED_DAY)
    org.sources.append(m.Source("Overleg met Ayşe Yılmaz", m.SourceKind.DEMAND,
                                explanation="Sinds Ayse  Yilmaz vertrok",
                                items=[m.Item("eigen_1", "Hoe vaak belt Ayşe Yılmaz?")]))
    _plant(org)
    org.cycles[0].sessions[0].attendees.append(m.Attendee("Ayşe Yılmaz"))
    return org


def _holds_name(path) -> bool:
    text = fold(path.read_bytes().decode("utf-8", "ignore"))[0]
    return "yilmaz" in text


def test_a_name_planted_everywhere_is_found_nowhere_after(tmp_path):
    path = tmp_path / "org.werkdruk"
    write_new_file(path, _organisation()).close()
    with open_file(path) as file:  # opening made the day's backup: it holds the name
        changed = remove_person(file.load(), "ayse yilmaz")
        assert changed
        store_removal(file, changed)
        assert "yilmaz" not in fold(str(dataclasses.asdict(file.load())))[0]
    assert not _holds_name(path)  # neither in a record nor in a free page
    copies = backups_of(path, backups_dir())
    assert copies and all(_holds_name(copy) for copy in copies)
    assert backups_holding(path, backups_dir(), "Ayşe Yılmaz") == copies
    assert forget_in_backups(path, backups_dir(), "Ayşe Yılmaz") == (len(copies), 0)
    assert not any(_holds_name(copy) for copy in backups_of(path, backups_dir()))
    assert backups_holding(path, backups_dir(), "Ayşe Yılmaz") == []
