"""Step 3, the balance per team, in a real widget on a real file."""

import pytest
from PySide6.QtCore import Qt

from tests.pinned import PINNED_DAY
from tests.ui.conftest import open_in, speaking
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.pages.balance.page import BalancePage
from werkdrukdesk.ui.pages.balance.team_list import BAR, STRANDS, TEAM, VERDICT
from werkdrukdesk.ui.steps import steps

TEAMS = ("Salon", "R&D <Noord>", "Ayşe Yılmaz' team")


def make_file(path, closed=False):
    with create_file(path, m.Profile("Kapsalon Ayşe Yılmaz", headcount=12), PINNED_DAY) as file:
        org = file.load()
        cycle = org.cycles[0]
        for name in TEAMS:
            file.save(m.Team(name, 4, hybrid=name == "Salon"), cycle.id)
        salon, rnd, _ = file.load().cycles[0].teams
        demands = [s for s in org.sources if s.kind == m.SourceKind.DEMAND]
        resources = [s for s in org.sources if s.kind == m.SourceKind.RESOURCE]
        for source, team, rating in [
            (demands[0], rnd, m.Rating.PROBLEM),
            (demands[1], rnd, m.Rating.PROBLEM),
            (resources[0], rnd, m.Rating.PROBLEM),
            (demands[2], salon, m.Rating.ATTENTION),
            (resources[1], None, m.Rating.ATTENTION),
        ]:
            file.save(m.SourceRating(source.id, team.id if team else None, rating), cycle.id)
        if closed:
            file.save(m.TeamBalance(salon.id, m.Verdict.AT_RISK, priority=1), cycle.id)
            cycle.closed = True
            file.save(cycle)


@pytest.fixture
def open_page(qtbot, tmp_path):
    opened = []

    def make(closed=False):
        path = tmp_path / "salon.werkdruk"
        make_file(path, closed)
        file = open_file(path)
        opened.append(file)
        doc = OpenDocument(file, file.load())
        page = BalancePage(next(s for s in steps() if s.key == "balance"))
        qtbot.addWidget(page)
        page.set_document(doc)
        page.resize(1100, 600)
        page.show()
        return page, doc, path

    yield make
    for file in opened:
        file.close()


def names_in_order(page):
    return [page.model.data(page.model.index(r, TEAM)) for r in range(page.model.rowCount())]


def choose(page, name):
    page.list.setCurrentIndex(page.model.index(names_in_order(page).index(name), TEAM))


def test_teams_show_their_sources_and_the_heaviest_comes_first(open_page):
    page, doc, _ = open_page()
    assert names_in_order(page) == ["R&D <Noord>", "Salon", "Ayşe Yılmaz' team"]
    words = page.model.data(page.model.index(0, BAR), Qt.AccessibleTextRole)
    assert "2 te hoog" in words and "1 te laag" in words
    assert page.detail.heading.text() == "R&D <Noord>"
    assert "Werkdrukbronnen te hoog (2)" in page.detail.sources.text()
    assert "(hele organisatie)" in page.detail.sources.text()  # the organisation-wide rating
    assert "uit balans" in page.detail.hint.text()
    assert page.detail.verdict.code() is m.Verdict.UNDECIDED
    choose(page, "Salon")
    assert "werkt (deels) hybride" in page.detail.facts.text()
    assert "let op" in page.detail.hint.text()


def test_the_first_edit_creates_the_balance_and_priority_reorders_the_list(open_page):
    page, doc, path = open_page()
    choose(page, "Ayşe Yılmaz' team")
    assert doc.cycle.balances == []
    page.detail.priority.setValue(1)
    page.detail.priority.editingFinished.emit()
    assert names_in_order(page)[0] == "Ayşe Yılmaz' team"
    assert page.detail.heading.text() == "Ayşe Yılmaz' team"  # still the team being edited
    page.detail.rest.setPlainText("Pauzes schieten erbij in bij drukte.")
    page.detail.private.setPlainText("Appjes na 20:00 uur.")
    page.detail.note.setPlainText("Nieuwe collega's & <stagiairs>")
    page.leave()
    stored = open_file(path, read_only=True).load().cycles[0].balances
    assert [(b.priority, b.rest_and_recovery, b.work_private_balance, b.note) for b in stored] == [
        (1, "Pauzes schieten erbij in bij drukte.", "Appjes na 20:00 uur.",
         "Nieuwe collega's & <stagiairs>")]
    page.detail.priority.setValue(0)  # 'geen'
    page.detail.priority.editingFinished.emit()
    assert open_file(path, read_only=True).load().cycles[0].balances[0].priority is None
    assert page.model.data(page.model.index(names_in_order(page).index("Ayşe Yılmaz' team"),
                                            0)) == "–"


def test_a_verdict_or_a_priority_renews_rows_in_place_and_moves_no_column(open_page):
    """Only the rows an edit changed repaint: a priority that reorders teams does not reset the
    list, and choosing between decided verdicts leaves every column's width alone."""
    page, doc, _ = open_page()
    resets = []
    page.model.modelReset.connect(lambda: resets.append(1))

    def decide(name, verdict):
        choose(page, name)
        page.detail.verdict.set_code(verdict)
        page.detail.verdict.activated.emit(page.detail.verdict.currentIndex())

    for name in TEAMS:
        decide(name, m.Verdict.AT_RISK)
    widths = [page.list.columnWidth(c) for c in range(page.model.columnCount())]
    for verdict in (m.Verdict.OUT_OF_BALANCE, m.Verdict.IN_BALANCE, m.Verdict.AT_RISK):
        decide("Salon", verdict)
        assert [page.list.columnWidth(c) for c in range(page.model.columnCount())] == widths
    choose(page, "Ayşe Yılmaz' team")
    page.detail.priority.setValue(1)
    page.detail.priority.editingFinished.emit()
    assert names_in_order(page)[0] == "Ayşe Yılmaz' team"
    assert names_in_order(page)[page.list.currentIndex().row()] == "Ayşe Yılmaz' team"
    assert page.model.data(page.model.index(0, 0)) == "1"
    assert resets == []
    decide("Salon", m.Verdict.UNDECIDED)  # the longest word still widens its column
    assert page.list.columnWidth(VERDICT) > widths[VERDICT]


def test_the_suggestion_is_only_taken_over_when_asked(open_page):
    page, doc, path = open_page()
    choose(page, "R&D <Noord>")
    assert page.detail.verdict.code() == m.Verdict.UNDECIDED
    assert page.detail.take_over.isEnabled()
    page.detail.take_suggestion()
    assert page.detail.verdict.code() == m.Verdict.OUT_OF_BALANCE
    assert not page.detail.take_over.isEnabled()
    row = names_in_order(page).index("R&D <Noord>")
    assert page.model.data(page.model.index(row, VERDICT)) == "uit balans"
    stored = open_file(path, read_only=True).load().cycles[0].balances[0]
    assert stored.verdict == m.Verdict.OUT_OF_BALANCE


def test_doubtful_verdicts_and_double_priorities_are_explained_inline(open_page):
    page, doc, path = open_page()
    choose(page, "Salon")
    page.detail.priority.setValue(1)
    page.detail.priority.editingFinished.emit()
    choose(page, "R&D <Noord>")
    page.detail.verdict.set_code(m.Verdict.IN_BALANCE)
    page.detail.verdict.activated.emit(page.detail.verdict.currentIndex())
    assert "Leg in de toelichting uit waarom" in page.detail.problems.text()
    page.detail.priority.setValue(1)
    page.detail.priority.editingFinished.emit()
    assert "Een ander team heeft ook prioriteit 1." in page.detail.problems.text()
    assert page.detail.problems.isVisibleTo(page)


def test_a_closed_cycle_is_shown_but_not_editable(open_page):
    page, doc, _ = open_page(closed=True)
    assert doc.read_only
    assert names_in_order(page)[0] == "Salon"  # priority 1 comes before the heaviest burden
    assert page.detail.verdict.code() == m.Verdict.AT_RISK
    assert not page.detail.verdict.isEnabled() and page.detail.rest.isReadOnly()
    assert not page.detail.take_over.isEnabled()


def test_no_teams_and_no_document(open_page, qtbot, tmp_path):
    path = tmp_path / "leeg.werkdruk"
    with create_file(path, m.Profile("Leeg"), PINNED_DAY) as file:
        doc = OpenDocument(file, file.load())
        page = BalancePage(next(s for s in steps() if s.key == "balance"))
        qtbot.addWidget(page)
        page.set_document(doc)
        assert "teams toe" in page.summary.text()
        assert page.detail.heading.text() == "Geen team gekozen"
        page.set_document(None)
        assert page.model.rowCount() == 0



def test_a_verdict_repaints_its_own_row_and_the_summary_follows(open_page, qtbot):
    """A verdict changes one team's row: only that row is announced as changed (the list
    repaints it, not the others), and the summary under the list counts the new verdict."""
    page, doc, _ = open_page()
    choose(page, "Salon")
    row = names_in_order(page).index("Salon")
    changed = []
    page.model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    page.detail.verdict.setCurrentIndex(page.detail.verdict.findData(m.Verdict.AT_RISK))
    page.detail.verdict.activated.emit(page.detail.verdict.currentIndex())
    assert changed == [(row, row)]
    assert page.model.data(page.model.index(row, VERDICT)) == "let op"
    assert "Oordeel gegeven: 1 van 3 teams" in page.summary.text()
    assert "let op: 1" in page.summary.text()


def test_the_fitted_columns_stay_as_wide_as_what_they_show(open_page):
    """Priority, bar and verdict are sized to their contents when those change (a verdict, a
    priority that reorders the list), not measured again at every edit."""
    from werkdrukdesk.ui.pages.balance.team_list import FITTED

    page, doc, _ = open_page()

    def fits() -> bool:
        header = page.list.horizontalHeader()
        return all(page.list.columnWidth(c) == max(page.list.sizeHintForColumn(c),
                                                   header.sectionSizeHint(c))
                   for c in FITTED if not page.list.isColumnHidden(c))

    assert fits()
    choose(page, "Ayşe Yılmaz' team")
    page.detail.verdict.setCurrentIndex(page.detail.verdict.findData(m.Verdict.OUT_OF_BALANCE))
    page.detail.verdict.activated.emit(page.detail.verdict.currentIndex())
    assert fits()
    page.detail.priority.setValue(3)
    page.detail.priority.editingFinished.emit()
    assert names_in_order(page)[0] == "Ayşe Yılmaz' team" and fits()


@pytest.fixture(params=["nl", "en"])
def speaking_either(request, qapp):
    yield from speaking(qapp, request.param)


def test_every_team_name_of_the_large_sample_shows_in_full(speaking_either, window, qtbot,
                                                           large_copy):
    """At the window's first size every team's name shows whole beside the bar, 'Gedrag,
    agressie' and the verdict: they were cut short ('Financiën en administ…'), worse in
    English, with the full name only in the tooltip."""
    open_in(window, qtbot, large_copy)
    assert window.size().toTuple() == (1280, 760)  # the size a window opens with
    window.go_to_step("balance")
    page = window.pages.currentWidget()
    listed = page.list
    assert page.model.rowCount() == 12 and not listed.isColumnHidden(STRANDS)
    names = [team.name for team in page.model.teams]
    longest = max(names, key=listed.fontMetrics().horizontalAdvance)
    assert longest == "Klantenservice en zorgbemiddeling"
    # The view's own measure of its widest name, with the cell's margins; once laid out.
    qtbot.waitUntil(lambda: listed.columnWidth(TEAM) >= listed.sizeHintForColumn(TEAM))
    assert listed.columnWidth(TEAM) > listed.fontMetrics().horizontalAdvance(longest)
    assert listed.horizontalScrollBar().maximum() == 0  # nothing pushed out of sight
