"""The measure library offers the measures of the strands a file covers (#17), grouped under
a heading per strand when there is more than one."""

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.plan.library import Suggestion, all_suggestions
from werkdrukdesk.storage import create_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.pages.plan import library as plan_library
from werkdrukdesk.ui.pages.plan.library import LibraryDialog


@dataclasses.dataclass(frozen=True)
class StrandSuggestion(Suggestion):
    """A library measure that says its strand, as the catalogue's measures will."""

    strand: m.Strand = m.Strand.WERKDRUK


CODE = StrandSuggestion("code_of_conduct", ("unwanted_internal",), m.Level.ORGANISATION,
                        "Gedragscode opstellen", "Schrijf op wat wel en niet past.",
                        strand=m.Strand.UNWANTED)
PAIRS = StrandSuggestion("work_in_pairs", ("aggression_external",), m.Level.TEAM,
                         "Met z'n tweeën in de avond", "Niemand alleen na 20 uur.",
                         strand=m.Strand.AGGRESSION)


@pytest.fixture
def library(qtbot, tmp_path, monkeypatch):
    werkdruk = [StrandSuggestion(**vars(s)) for s in all_suggestions()[:3]]
    monkeypatch.setattr(plan_library, "suggestions",
                        lambda keys, level: [CODE, *werkdruk, PAIRS])
    opened = []

    def make(scope: m.PsaScope) -> LibraryDialog:
        path = tmp_path / f"{scope.value}.werkdruk"
        file = create_file(path, m.Profile("Bakkerij Ayşe", psa_scope=scope), PINNED_DAY)
        opened.append(file)
        dialog = LibraryDialog(OpenDocument(file, file.load()), None)
        qtbot.addWidget(dialog)
        return dialog

    yield make
    for file in opened:
        file.close()


def _rows(dialog) -> list[tuple[str, bool]]:
    """Each row's text and whether it can be chosen."""
    items = [dialog.list.item(n) for n in range(dialog.list.count())]
    return [(i.text(), bool(i.flags() & Qt.ItemIsSelectable)) for i in items]


def test_a_werkdruk_only_file_offers_werkdruk_measures_without_headings(library):
    dialog = library(m.PsaScope.WERKDRUK)
    rows = _rows(dialog)
    assert len(rows) == 3 and all(choosable for _text, choosable in rows)
    assert not any("Gedragscode" in text or "tweeën" in text for text, _ in rows)
    assert dialog.count.text() == "3 voorbeelden"
    assert dialog.chosen().strand == m.Strand.WERKDRUK
    assert "Onderdeel" not in dialog.details.toPlainText()  # one strand: nothing to tell apart


def test_a_whole_psa_file_groups_the_measures_per_strand(library):
    dialog = library(m.PsaScope.WHOLE)
    rows = _rows(dialog)
    headings = [text for text, choosable in rows if not choosable]
    assert headings == ["Werkdruk", "Ongewenst gedrag binnen het bedrijf",
                        "Agressie en geweld van buitenaf"]
    assert rows[0] == ("Werkdruk", False)
    assert rows[4] == ("Ongewenst gedrag binnen het bedrijf", False)
    assert rows[5][0].startswith("Gedragscode opstellen") and rows[5][1]
    assert rows[7][0].startswith("Met z'n tweeën")
    assert dialog.count.text() == "5 voorbeelden"  # headings are not examples
    assert dialog.list.currentRow() == 1 and dialog.chosen() is not None  # never a heading
    dialog.list.setCurrentRow(5)
    assert "Onderdeel: ongewenst gedrag binnen het bedrijf" in dialog.details.toPlainText()


def test_the_sources_to_choose_from_follow_the_scope(library):
    whole = library(m.PsaScope.WHOLE)
    werkdruk = library(m.PsaScope.WERKDRUK)

    def offered(dialog) -> set[str]:
        data = [dialog.scope.itemData(n) for n in range(dialog.scope.count())]
        return {keys[0] for keys in data if isinstance(keys, list) and len(keys) == 1}

    assert {"unwanted_internal", "aggression_external"} <= offered(whole)
    assert "unwanted_behaviour" not in offered(whole)  # archived in a whole-PSA file
    assert "unwanted_behaviour" in offered(werkdruk)
    assert not {"unwanted_internal", "aggression_external"} & offered(werkdruk)


def test_arrow_keys_pass_over_the_headings(library):
    dialog = library(m.PsaScope.WHOLE)
    dialog.show()
    dialog.list.setFocus()
    dialog.list.setCurrentRow(3)  # the last werkdruk measure; a heading follows
    QTest.keyClick(dialog.list, Qt.Key_Down)
    assert dialog.list.currentRow() == 5
    QTest.keyClick(dialog.list, Qt.Key_Up)
    assert dialog.list.currentRow() == 3
