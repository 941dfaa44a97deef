"""The balance step names unwanted behaviour and aggression apart from werkdruk in a file on the
whole PSA policy, and looks as before in a werkdruk-only file (real widgets, real files)."""

import pytest
from PySide6.QtCore import Qt

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.pages.balance.page import BalancePage
from werkdrukdesk.ui.pages.balance.team_list import BAR, STRANDS, TEAM
from werkdrukdesk.ui.steps import steps

TEAM_NAME = "Balie van Ayşe Yılmaz"


def make_file(path, scope: m.PsaScope) -> None:
    with create_file(path, m.Profile("Zorg & Welzijn <Noord>", headcount=20, psa_scope=scope),
                     PINNED_DAY) as file:
        org = file.load()
        cycle = org.cycles[0]
        file.save(m.Team(TEAM_NAME, 6), cycle.id)
        file.save(m.Team("R&D", 4), cycle.id)
        balie = file.load().cycles[0].teams[0]
        active = [s for s in org.sources if not s.archived]
        werkdruk = [s for s in active if s.kind == m.SourceKind.DEMAND
                    and s.strand == m.Strand.WERKDRUK]
        strands = [s for s in active if s.strand != m.Strand.WERKDRUK]
        assert bool(strands) == (scope == m.PsaScope.WHOLE)
        rated = [(werkdruk[0], m.Rating.PROBLEM)]
        rated += [(source, m.Rating.PROBLEM) for source in strands[:2]]
        for source, rating in rated:
            file.save(m.SourceRating(source.id, balie.id, rating), cycle.id)


@pytest.fixture
def balance_page(qtbot, tmp_path):
    opened = []

    def make(scope: m.PsaScope) -> BalancePage:
        path = tmp_path / f"{scope.value}.werkdruk"
        make_file(path, scope)
        file = open_file(path)
        opened.append(file)
        page = BalancePage(next(s for s in steps() if s.key == "balance"))
        qtbot.addWidget(page)
        page.set_document(OpenDocument(file, file.load()))
        page.resize(1100, 600)
        page.show()
        return page

    yield make
    for file in opened:
        file.close()


def row_of(page, name: str) -> int:
    return next(r for r in range(page.model.rowCount())
                if page.model.data(page.model.index(r, TEAM)) == name)


def test_a_whole_psa_file_counts_aggression_and_bullying_apart(balance_page):
    page = balance_page(m.PsaScope.WHOLE)
    row = row_of(page, TEAM_NAME)
    assert not page.list.isColumnHidden(STRANDS)
    assert page.model.headerData(STRANDS, Qt.Horizontal) == "Gedrag, agressie"
    assert page.model.data(page.model.index(row, STRANDS)) == "2 te vaak"
    bar = page.model.data(page.model.index(row, BAR), Qt.AccessibleTextRole)
    assert "Werkdrukbronnen: 1 te hoog" in bar  # not 3: the strands are not werkdruk
    assert "Ongewenst gedrag of agressie: 2 te vaak" in bar
    assert "geen werkdruk" in page.caption.text()
    page.list.setCurrentIndex(page.model.index(row, TEAM))
    sources = page.detail.sources.text()
    assert "Werkdrukbronnen te hoog (1)" in sources
    assert "Ongewenst gedrag of agressie te vaak (2)" in sources
    hint = page.detail.hint.text()
    assert "1 werkdrukbron is te hoog." in hint
    assert "2 bronnen van ongewenst gedrag of agressie komen te vaak voor" in hint
    assert "uit balans" in hint  # three problems: the verdict still counts them all
    other = page.model.index(row_of(page, "R&D"), STRANDS)
    assert page.model.data(other) == "–"


def test_a_werkdruk_only_file_shows_no_strand_column_or_words(balance_page):
    page = balance_page(m.PsaScope.WERKDRUK)
    row = row_of(page, TEAM_NAME)
    assert page.list.isColumnHidden(STRANDS)
    bar = page.model.data(page.model.index(row, BAR), Qt.AccessibleTextRole)
    assert bar == ("Werkdrukbronnen: 1 te hoog, 0 aandacht nodig. "
                   "Energiebronnen: 0 te laag, 0 aandacht nodig.")
    assert "agressie" not in page.caption.text()
    page.list.setCurrentIndex(page.model.index(row, TEAM))
    assert "agressie" not in page.detail.sources.text()
    assert "1 werkdrukbron is te hoog." in page.detail.hint.text()
