"""The incident register in the inventory step, on a real file: adding, names caught, the
aggression risks per team, the purge on opening, and nothing of it in a werkdruk-only file."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.pinned import PINNED_DAY
from tests.ui.conftest import open_in
from werkdrukdesk import clock
from werkdrukdesk.core import model as m
from werkdrukdesk.core.model.edits import AddRecord
from werkdrukdesk.paths import backups_dir
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.storage.backup import backups_of
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.pages.inventory.page import InventoryPage
from werkdrukdesk.ui.steps import steps


def make_file(path, scope=m.PsaScope.WHOLE, incidents=()):
    profile = m.Profile("Bakkerij Ayşe", headcount=9, prevention_officer="Ayşe Yılmaz",
                        psa_scope=scope)
    with create_file(path, profile, PINNED_DAY) as file:
        cycle = file.load().cycles[0]
        file.save(m.Team("Winkel", 6), cycle.id)
        file.save(m.Team("R&D <Noord>", 3), cycle.id)
        for incident in incidents:
            file.save(incident, cycle.id)


def stored(path) -> m.Organisation:
    with open_file(path, read_only=True) as file:
        return file.load()


@pytest.fixture
def open_page(qtbot, tmp_path):
    opened = []

    def make(scope=m.PsaScope.WHOLE):
        path = tmp_path / "bakkerij.werkdruk"
        make_file(path, scope)
        file = open_file(path)
        opened.append(file)
        doc = OpenDocument(file, file.load())
        page = InventoryPage(next(s for s in steps() if s.key == "inventory"))
        qtbot.addWidget(page)
        page.set_document(doc)
        page.resize(1200, 900)
        page.show()
        return page, doc, path

    yield make
    for file in opened:
        file.close()


def test_a_werkdruk_only_file_shows_neither_tab(open_page):
    page, _doc, _path = open_page(m.PsaScope.WERKDRUK)
    assert not page.tabs.isTabVisible(page.register_tab)
    assert not page.tabs.isTabVisible(page.risks_tab)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())
            if page.tabs.isTabVisible(i)] == ["&Beoordeling", "&Eigen bronnen", "Onder&zoek",
                                               "&Conclusie"]


def test_an_incident_added_and_filled_in_is_in_the_file(open_page, qtbot):
    page, doc, path = open_page()
    assert page.tabs.isTabVisible(page.register_tab)
    page.tabs.setCurrentIndex(page.register_tab)
    box = page.register.incidents
    qtbot.mouseClick(box.new_button, Qt.LeftButton)
    assert box.records.count() == 1
    box.strand.set_code(m.Strand.AGGRESSION)
    box.strand.activated.emit(box.strand.currentIndex())
    kinds = [box.kind.itemText(i) for i in range(box.kind.count())]
    assert "bedreiging" in kinds and "pesten" not in kinds  # the strand's own kinds
    box.kind.setCurrentIndex(kinds.index("bedreiging"))
    box.kind.activated.emit(box.kind.currentIndex())
    box.team.setCurrentIndex(box.team.findData(doc.cycle.teams[0].id))
    box.team.activated.emit(box.team.currentIndex())
    box.police.setChecked(True)
    box.description.setPlainText("Een klant dreigde bij de kassa; de politie kwam.")
    box.description.flush()
    incident = stored(path).cycles[0].incidents[0]
    assert (incident.occurred_on, incident.kind, incident.team_id, incident.police_report) == (
        PINNED_DAY, m.IncidentKind.THREAT, doc.cycle.teams[0].id, True)
    assert incident.description == "Een klant dreigde bij de kassa; de politie kwam."
    assert "Winkel" in box.records.item(0).text() and "politie" in box.records.item(0).text()
    # Winkel (6) on its own; the pool of R&D alone (3) is too small, so Winkel joins it.
    assert "hele organisatie, agressie en geweld van buitenaf: 1" in page.register.counts.text()
    assert "Winkel" not in page.register.counts.text()
    assert "om mensen te beschermen" in page.register.counts.text()
    assert "02-10-2028" not in page.register.retention.text()
    assert "24 maanden" in page.register.retention.text()
    assert "28-11-2028" in page.register.retention.text()  # the next removal


def test_a_known_name_is_never_stored_and_a_guess_only_on_purpose(open_page, qtbot):
    page, _doc, path = open_page()
    page.tabs.setCurrentIndex(page.register_tab)
    box = page.register.incidents
    qtbot.mouseClick(box.new_button, Qt.LeftButton)
    box.description.setPlainText("De klant schold ayse yilmaz uit.")
    box.description.flush()
    assert box.name_warning.isVisible() and "'ayse yilmaz'" in box.name_warning.text()
    assert not box.keep_anyway.isVisible()  # a known person's name: rewrite, no way around
    assert stored(path).cycles[0].incidents[0].description == ""
    assert box.description.toPlainText() == "De klant schold ayse yilmaz uit."  # kept to edit
    box.description.setPlainText("De klant schold Johan uit.")
    box.description.flush()
    assert "'Johan'" in box.name_warning.text() and box.keep_anyway.isVisible()
    assert stored(path).cycles[0].incidents[0].description == ""
    qtbot.mouseClick(box.keep_anyway, Qt.LeftButton)
    assert stored(path).cycles[0].incidents[0].description == "De klant schold Johan uit."
    assert not box.name_warning.isVisible()
    box.description.setPlainText("Een klant schold een collega uit.")
    box.description.flush()
    assert stored(path).cycles[0].incidents[0].description == "Een klant schold een collega uit."


def test_the_aggression_risks_of_a_team_are_stored(open_page):
    page, doc, path = open_page()
    team = doc.cycle.teams[1]
    check = page.risks.checks[team.id, m.AggressionRisk.WORKING_ALONE]
    assert check.accessibleName() == "R&D <Noord>: alleen werken"
    check.setChecked(True)
    page.risks.checks[team.id, m.AggressionRisk.CASH_OR_GOODS].setChecked(True)
    assert stored(path).cycles[0].teams[1].aggression_risks == [
        m.AggressionRisk.WORKING_ALONE, m.AggressionRisk.CASH_OR_GOODS]
    check.setChecked(False)
    assert stored(path).cycles[0].teams[1].aggression_risks == [m.AggressionRisk.CASH_OR_GOODS]


def test_the_rating_editor_says_what_the_register_holds_for_an_aggression_source(open_page):
    page, doc, _path = open_page()
    doc.apply(AddRecord(m.Incident(PINNED_DAY, team_id=doc.cycle.teams[0].id),
                        doc.cycle.incidents))
    page._reload_grid()
    row = next(r for r, x in enumerate(page.model.rows)
               if x.source is not None and x.source.strand == m.Strand.AGGRESSION)
    page.grid.setCurrentIndex(page.model.index(row, 1))
    assert page.editor.register_note.isVisibleTo(page)
    assert "deze cyclus 1 melding van agressie" in page.editor.register_note.text()
    register_row = list(m.Evidence).index(m.Evidence.INCIDENT_REGISTER)
    assert not page.editor.evidence.view().isRowHidden(register_row)
    page.editor.evidence.set_code(m.Evidence.INCIDENT_REGISTER)
    page.editor.evidence.activated.emit(page.editor.evidence.currentIndex())
    assert any(r.evidence == m.Evidence.INCIDENT_REGISTER for r in stored(_path).cycles[0].ratings)
    werkdruk = next(r for r, x in enumerate(page.model.rows)
                    if x.source is not None and x.source.strand == m.Strand.WERKDRUK)
    page.grid.setCurrentIndex(page.model.index(werkdruk, 1))
    assert not page.editor.register_note.isVisibleTo(page)
    assert page.editor.evidence.view().isRowHidden(register_row)  # werkdruk: not offered


# -- the purge on opening, driven by the clock ---------------------------------------------

def test_an_entry_goes_on_the_day_its_retention_ends_not_the_day_before(window, qtbot,
                                                                        tmp_path):
    path = tmp_path / "bewaard.werkdruk"
    expires = PINNED_DAY
    occurred = date(expires.year - 2, expires.month, expires.day)  # 24 months before
    make_file(path, incidents=[
        m.Incident(occurred, description="Klant dreigde met een mes"),
        m.Incident(PINNED_DAY - timedelta(days=3), description="Schelden")])
    clock.pin(expires - timedelta(days=1))
    open_in(window, qtbot, path)
    assert window.doc.purged == 0 and len(window.doc.cycle.incidents) == 2
    assert "meldingenregister" not in window.deadline_notice.text()
    window.close_document()
    clock.pin(expires)
    open_in(window, qtbot, path)
    assert window.doc.purged == 1
    assert window.deadline_notice.isVisible()
    assert window.deadline_notice.text().startswith(
        "1 melding is uit het meldingenregister verwijderd, omdat de bewaartermijn voorbij is.")
    assert [i.description for i in window.doc.cycle.incidents] == ["Schelden"]
    window.close_document()
    assert b"Klant dreigde met een mes" not in path.read_bytes()
    copies = backups_of(path, backups_dir())  # one from each day the file was opened
    assert len(copies) == 2
    assert not any(b"Klant dreigde met een mes" in c.read_bytes() for c in copies)


def test_a_file_opened_for_reading_keeps_its_entries(window, qtbot, tmp_path):
    path = tmp_path / "lezen.werkdruk"
    make_file(path, incidents=[m.Incident(date(2020, 1, 1))])
    with qtbot.waitSignal(window.file_opened, timeout=10000):
        window.open_path(path, read_only=True)
    assert window.doc.purged == 0 and len(window.doc.cycle.incidents) == 1


def test_no_alt_letter_twice_on_the_register_tab(open_page):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    page, _, _ = open_page()
    texts = [w.text() for w in page.register.findChildren(QAbstractButton) if w.text()]
    texts += [w.text() for w in page.register.findChildren(QLabel) if w.buddy() is not None]
    texts += [page.tabs.tabText(i) for i in range(page.tabs.count())]
    texts += [page.fill_button.text(), page.survey_button.text()]
    letters = [match.group(1).lower() for t in texts
               for match in [re.search(r"(?<!&)&(?!&)(\w)", t)] if match]
    assert len(letters) == len(set(letters)), sorted(letters)


def _evaluation_page(qtbot, path):
    from werkdrukdesk.ui.pages.evaluation.page import EvaluationPage

    file = open_file(path)
    page = EvaluationPage(next(s for s in steps() if s.key == "evaluation"))
    qtbot.addWidget(page)
    page.show()
    page.set_document(OpenDocument(file, file.load()))
    return page, file


def test_the_evaluation_shows_incidents_before_and_after_only_for_the_whole_policy(
        qtbot, tmp_path):
    path = tmp_path / "evaluatie.werkdruk"
    make_file(path, incidents=[m.Incident(PINNED_DAY), m.Incident(PINNED_DAY)])
    with open_file(path) as file:
        org = file.load()
        file.start_next_cycle(org, PINNED_DAY + timedelta(days=1))
        org = file.load()
        file.save(m.Incident(PINNED_DAY + timedelta(days=2)), org.cycles[1].id)
    page, file = _evaluation_page(qtbot, path)
    try:
        assert page.incidents.isVisibleTo(page)
        text = page.incidents.lines.text()
        assert "Agressie en geweld van buitenaf: vorige cyclus 2, deze cyclus 1" in text
        assert "Ongewenst gedrag binnen het bedrijf: vorige cyclus 0, deze cyclus 0" in text
    finally:
        file.close()
    werkdruk = tmp_path / "werkdruk.werkdruk"
    make_file(werkdruk, m.PsaScope.WERKDRUK, incidents=[m.Incident(PINNED_DAY)])
    page, file = _evaluation_page(qtbot, werkdruk)
    try:
        assert not page.incidents.isVisibleTo(page)
    finally:
        file.close()


def test_an_incident_is_deleted_from_the_file_and_the_form_has_spoken_names(open_page, qtbot):
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

    page, _doc, path = open_page()
    box = page.register.incidents
    qtbot.mouseClick(box.new_button, Qt.LeftButton)
    qtbot.mouseClick(box.new_button, Qt.LeftButton)
    assert len(stored(path).cycles[0].incidents) == 2
    fields = [w for kind in (QCheckBox, QComboBox, QPlainTextEdit, QLineEdit)
              for w in box.fields.findChildren(kind) if not isinstance(w.parent(), QComboBox)]
    unnamed = [w for w in fields if not (w.accessibleName() or w.parent().accessibleName())]
    assert len(fields) >= 9 and unnamed == []
    box.records.setCurrentRow(0)
    qtbot.mouseClick(box.remove_button, Qt.LeftButton)  # no question: undo brings it back
    assert len(stored(path).cycles[0].incidents) == 1
    assert box.records.count() == 1
    assert _doc.undo_label.startswith("melding '") and _doc.undo()
    assert len(stored(path).cycles[0].incidents) == 2


def test_an_entry_that_expires_while_the_file_is_open_goes_at_midnight(window, qtbot,
                                                                       tmp_path):
    from datetime import datetime, time

    path = tmp_path / "nacht.werkdruk"
    occurred = date(PINNED_DAY.year - 2, PINNED_DAY.month, PINNED_DAY.day)
    make_file(path, incidents=[m.Incident(occurred, description="Klant sloeg")])
    clock.pin(datetime.combine(PINNED_DAY - timedelta(days=1), time(23, 59, 30)))
    open_in(window, qtbot, path)
    assert len(window.doc.cycle.incidents) == 1
    clock.pin(datetime.combine(PINNED_DAY, time(0, 0, 30)))
    with qtbot.waitSignal(window.doc.day_changed, timeout=5000):
        window.day_watch.timeout.emit()
    assert window.doc.cycle.incidents == []
    assert stored(path).cycles[0].incidents == []
    assert "1 melding is uit het meldingenregister verwijderd" in window.deadline_notice.text()
