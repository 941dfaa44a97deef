"""'Controle van het plan' on the plan page, with a real file, in an offscreen Qt session."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.pages.plan.checks_panel import COLOURS, PlanChecksPanel
from werkdrukdesk.ui.pages.plan.page import PlanPage
from werkdrukdesk.ui.steps import steps

LONG_AGO = date(2020, 3, 1)
LATER = date(2099, 1, 31)


@pytest.fixture
def path(tmp_path):
    """A bakery with a PVT and one team: every source looked at, time pressure a problem in
    Keuken, covered by one measure without a responsible person; one measure is overdue; no
    consent and no coherence yet."""
    path = tmp_path / "bakkerij.werkdruk"
    profile = m.Profile("Bakkerij Ayşe Yılmaz",
                        participation_body=m.ParticipationBody.STAFF_REPRESENTATION)
    with create_file(path, profile, PINNED_DAY) as file:
        org = file.load()
        cycle = org.cycles[0]
        ids = {s.catalogue_key: s.id for s in org.sources}
        keuken = m.Team("Keuken", 6)
        file.save(keuken, cycle.id)
        for source in org.sources:
            rating = m.Rating.PROBLEM if source.catalogue_key == "time_pressure" else m.Rating.FINE
            file.save(m.SourceRating(source.id, keuken.id, rating), cycle.id)
        file.save(m.Measure("Taken schrappen", level=m.Level.TEAM, deadline=LATER,
                            staff_involvement="In het werkoverleg bedacht.",
                            targets=[m.Target(ids["time_pressure"], keuken.id)]), cycle.id)
        file.save(m.Measure("Coaching", level=m.Level.INDIVIDUAL, responsible="R&D <Noord>",
                            deadline=LONG_AGO), cycle.id)
    return path


@pytest.fixture
def page(qtbot, path):
    file = open_file(path)
    doc = OpenDocument(file, file.load())
    page = PlanPage(next(s for s in steps() if s.key == "plan"))
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.set_document(doc)
    page.show()
    yield page
    file.close()


def _settled(qtbot, panel) -> None:
    """Checks are redone once the event loop runs after a stored change."""
    qtbot.waitUntil(lambda: not panel.later.isActive())


def _lines(panel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def _line(panel, start: str):
    return next(panel.list.item(i) for i in range(panel.list.count())
                if panel.list.item(i).text().startswith(start))


def _measure(page, title: str) -> m.Measure:
    return next(x for x in page.doc.cycle.measures if x.title == title)


def _reload(path) -> m.Cycle:
    with open_file(path, read_only=True) as file:
        return file.load().cycles[-1]


def test_what_needs_doing_is_listed_red_first_and_what_passes_is_a_count(page):
    panel = page.checks
    lines = _lines(panel)
    assert lines[0] == ("✗ Geef 'Taken schrappen' een verantwoordelijke en een uiterste datum "
                        "(termijn).")
    assert lines[1].strip() == "✗ Maatregel 'Taken schrappen': vul in wie verantwoordelijk is."
    assert lines[1].startswith(" ")  # the measure stands under its check
    assert any("'Coaching' is te laat (uiterste datum 01-03-2020)" in x for x in lines)
    assert any("Vraag de personeelsvertegenwoordiging (PVT) om instemming" in x for x in lines)
    # How staff were involved is a check now, not a hint (Arbowet art. 12).
    assert any(x.startswith("✗ Schrijf bij het plan op hoe medewerkers hebben meegedacht")
               and "'Coaching'" in x for x in lines)
    assert not any(x.startswith("!") for x in lines)
    assert not any(x.startswith("✓") for x in lines)
    assert panel.summary.text() == "✗ 5 om op te lossen · ✓ 4 in orde"
    first = panel.list.item(0)
    assert first.foreground().color() == COLOURS["problem"]
    assert first.data(Qt.AccessibleTextRole).startswith("Ontbreekt: Geef 'Taken")
    assert panel.list.accessibleName() == "Controle van het plan"


def test_the_panel_says_what_klaar_voor_de_inspectie_says(page):
    """One verdict per check: the failed lines are the open plan checks of the readiness list,
    word for word, in the same order."""
    from werkdrukdesk.core.readiness.chain import readiness
    from werkdrukdesk.core.readiness.plan_review import PLAN_CHECKS

    doc = page.doc
    open_ = [c.action for c in readiness(doc.org, doc.cycle, doc.today)
             if c.key in PLAN_CHECKS and not c.ok]
    failed = [x[2:] for x in _lines(page.checks) if x.startswith("✗ ")]
    assert failed == open_


def test_the_passing_checks_can_be_shown(page):
    panel = page.checks
    panel.show_passed.setChecked(True)
    lines = _lines(panel)
    assert "✓ Een maatregel tegen elk knelpunt" in lines
    assert "✓ Maatregelen voor rust en herstel" in lines
    panel.show_passed.setChecked(False)
    assert not any(x.startswith("✓") for x in _lines(panel))


def test_clicking_a_line_opens_its_measure_even_when_filtered_out(page):
    panel = page.checks
    page.filters.level.setCurrentIndex(page.filters.level.findData(m.Level.TEAM))
    assert [x.title for x in page.model.measures] == ["Taken schrappen"]
    item = _line(panel, "      ✗ Maatregel 'Coaching'")
    panel.list.itemClicked.emit(item)
    coaching = _measure(page, "Coaching")
    assert page.editor.measure is coaching and page.current is coaching
    assert page.model.measures[page.table.selectionModel().selectedRows()[0].row()] is coaching
    # A line without a measure leaves the choice alone.
    panel.list.itemActivated.emit(_line(panel, "✗ Vraag de personeelsvertegenwoordiging"))
    assert page.editor.measure is coaching


def test_edits_are_checked_again_at_once_and_stored(qtbot, page, path):
    panel = page.checks
    panel.list.itemActivated.emit(_line(panel, "      ✗ Maatregel 'Taken schrappen'"))
    page.editor.responsible.setText("Łukasz Ĳsselmeer")
    page.editor.responsible.editingFinished.emit()
    _settled(qtbot, panel)
    assert not any("'Taken schrappen'" in x for x in _lines(panel))
    approval = page.approval
    approval.consent_body.setCurrentIndex(
        approval.consent_body.findData(m.ParticipationBody.STAFF_REPRESENTATION))
    approval.consent_body.activated.emit(approval.consent_body.currentIndex())
    approval.consent_date.setText("04-06-2026")
    approval.consent_date.editingFinished.emit()
    _settled(qtbot, panel)
    assert any("PVT) ook om instemming met de aanpak van de RI&E" in x for x in _lines(panel))
    approval.rie_consent_date.setText("04-02-2026")
    approval.rie_consent_date.editingFinished.emit()
    _settled(qtbot, panel)
    assert not any("PVT" in x for x in _lines(panel))
    panel.show_passed.setChecked(True)
    assert "✓ Instemming met RI&E-aanpak en plan, of medewerkers geraadpleegd" in _lines(panel)
    cycle = _reload(path)
    assert cycle.approval.consent_date == date(2026, 6, 4)
    assert next(x for x in cycle.measures if x.title == "Taken schrappen").responsible == (
        "Łukasz Ĳsselmeer")


def test_changes_from_other_pages_show_too(qtbot, page):
    """A new problem stored elsewhere (the inventory page) appears without a page switch."""
    doc = page.doc
    ids = {s.catalogue_key: s.id for s in doc.org.sources}
    keuken = doc.cycle.teams[0].id
    rating = next(r for r in doc.cycle.ratings
                  if (r.source_id, r.team_id) == (ids["too_few_breaks"], keuken))
    assert doc.apply(SetFields(rating, {"rating": m.Rating.PROBLEM}))
    _settled(qtbot, page.checks)
    lines = _lines(page.checks)
    assert any(x.startswith("✗ Neem een maatregel tegen 'Te weinig pauzes' (Keuken)")
               for x in lines)
    assert any(x.startswith("✗ Neem een maatregel voor rust en herstel") for x in lines)


def test_deleting_a_measure_is_checked_again(qtbot, page, monkeypatch):
    page.show_measure_with_id(_measure(page, "Taken schrappen").id)
    page.delete_button.click()
    _settled(qtbot, page.checks)
    assert _lines(page.checks)[0].startswith("✗ Neem een maatregel tegen 'Te veel werk in te "
                                             "weinig tijd' (Keuken)")


def test_a_plan_that_holds_up_says_so_in_one_line(qtbot, page):
    doc = page.doc
    for measure in doc.cycle.measures:
        assert doc.apply(SetFields(measure, {"responsible": "Ayşe Yılmaz", "deadline": LATER,
                                             "staff_involvement": "Samen bedacht."}))
    coaching = _measure(page, "Coaching")
    assert doc.apply(SetFields(coaching, {"status": m.MeasureStatus.DONE,
                                          "completed_on": date(2026, 5, 1)}))
    cycle = doc.cycle
    consent = {"consent_body": m.ParticipationBody.STAFF_REPRESENTATION,
               "consent_date": date(2026, 6, 4), "rie_consent_date": date(2026, 2, 4)}
    coherence = {"plan_coherence": "Het team schrapt taken; de coaching helpt wie vastloopt."}
    assert doc.apply(SetFields(cycle, consent, part=cycle.approval, in_cycle=False),
                     SetFields(cycle, coherence, in_cycle=False))
    _settled(qtbot, page.checks)
    assert _lines(page.checks) == ["✓ Alles is in orde: het plan doorstaat alle 9 controles."]
    assert page.checks.summary.text() == "✓ 9 in orde"


def test_a_closed_cycle_is_still_checked_and_its_measures_can_be_looked_at(page):
    doc = page.doc
    old = doc.cycle
    doc.start_next_cycle()
    doc.choose_cycle(old)
    panel = page.checks
    assert panel.isEnabled()
    assert not any("te laat" in x for x in _lines(panel))  # carried on in the next cycle
    panel.list.itemClicked.emit(_line(panel, "      ✗ Maatregel 'Taken schrappen'"))
    assert page.editor.measure.title == "Taken schrappen"
    assert page.editor.title.isReadOnly()


def test_without_a_document_the_panel_is_empty_and_disabled(qtbot):
    panel = PlanChecksPanel()
    qtbot.addWidget(panel)
    panel.set_document(None)
    assert panel.list.count() == 0 and not panel.isEnabled()


def test_the_panel_leaves_the_table_room_on_a_laptop_screen(page):
    page.resize(1100, 600)
    page.show()
    assert page.table.height() >= page.table.verticalHeader().defaultSectionSize() * 5
    assert page.checks.list.height() >= page.checks.list.fontMetrics().lineSpacing() * 3
    hint = page.minimumSizeHint()
    assert hint.width() <= 1100 and hint.height() <= 600
