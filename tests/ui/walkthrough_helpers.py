"""The steps of the walkthrough test: one function per step, each filling the page in the main
window the way a user would (typing, choosing, ticking, clicking), and the values typed.

Widgets are driven through their signals as a user's keyboard would fire them: a line edit or
date gets `setText` + `editingFinished`, a multi-line text `setPlainText` + `flush()` (what
leaving the box does), a choice `setCurrentIndex` + `activated`, a tick `setChecked`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit, QTableWidgetItem

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.ui.files import actions as file_actions
from werkdrukdesk.ui.files import dialogs as file_dialogs
from werkdrukdesk.ui.intake.dialog import IntakeDialog
from werkdrukdesk.ui.main_window import MainWindow

ORGANISATION, INVENTORY, BALANCE, PLAN, SESSIONS, EVALUATION, OVERVIEW = range(7)

# -- what the user types ---------------------------------------------------------------------

PROFILE = m.Profile(
    name="Kapsalon Ayşe Yılmaz & Zn <Noord>",
    kvk_number="12345678",
    headcount=14,
    prevention_officer="Ayşe Yılmaz",
    prevention_officer_contact="Kantoor achter de salon, 06-12345678",
    participation_body=m.ParticipationBody.STAFF_REPRESENTATION,
    participation_body_contact="Çiğdem Öztürk (voorzitter PVT)",
    occupational_health_service="ArboNed Zuid <regio 3>",
    rie_date=date(2026, 2, 10),
    rie_covers_werkdruk=True,
    rie_werkdruk_place="Hoofdstuk 4 & 5 <psychosociale arbeidsbelasting>",
    rie_werkdruk_date=date(2026, 2, 10),
    rie_review=m.ReviewStatus.DONE,
    rie_review_date=date(2026, 3, 2),
    rie_review_by="Jörg Ødegaard, kerndeskundige",
)
HYBRID_TEAM = m.Team("Planning & Thuiswerk", 6, hybrid=True)
RD_TEAM = m.Team("R&D <Noord>", 8, manager="Łukasz Kowalczyk")
DOCUMENT = m.Document("RI&E 2026 <definitief>", m.DocumentKind.RIE, date(2026, 2, 10),
                      "Map 'Arbo' op de server", "Werkdruk staat op blz. 4 & 5.")
OWN_SOURCE = m.Source("Lawaai van föhns & tondeuses", m.SourceKind.DEMAND,
                      "Het geluid <in de salon> maakt moe.")
DEMAND_TOO_HIGH = "Te veel werk in te weinig tijd"
RESOURCE_TOO_LOW = "Steun van je leidinggevende"
DEMAND_RATING = m.SourceRating(0, None, m.Rating.PROBLEM, m.Evidence.GROUP_DISCUSSION,
                               "Teamoverleg 12-03-2026", "Spoedklussen voor Ayşe's klanten")
RESOURCE_RATING = m.SourceRating(0, None, m.Rating.PROBLEM, m.Evidence.QUESTIONNAIRE,
                                 "Vragenlijst maart 2026", "Leidinggevende is vaak <weg>")
BULK_REFERENCE = "Vragenlijst maart 2026"
HYBRID_CONSIDERATION = "Thuiswerkdagen apart besproken met Planning & Thuiswerk."
BALANCES = {  # team name -> verdict, priority, rest and recovery
    RD_TEAM.name: (m.Verdict.OUT_OF_BALANCE, 1, "Na drukke weken geen tijd om bij te komen."),
    HYBRID_TEAM.name: (m.Verdict.IN_BALANCE, 2, "Genoeg pauzes; thuis wel 's avonds mail."),
}
ORG_MEASURE = m.Measure(
    "Planning met vaste buffer voor spoedwerk", "Elke dag twee uur vrij voor spoed.",
    m.Level.ORGANISATION, "Ayşe Yılmaz", "Çiğdem Öztürk", date(2026, 4, 1),
    date(2026, 9, 30), "€ 1.500 & 40 uur", m.MeasureStatus.IN_PROGRESS,
    staff_involvement="Besproken in het teamoverleg.", council_involvement="PVT gaf advies.",
    coherence="Eerst de planning, dan de gesprekken.")
TEAM_MEASURE = m.Measure(
    "Wekelijks gesprek met de leidinggevende", "Elke maandag 15 minuten.", m.Level.TEAM,
    "Łukasz Kowalczyk", "Łukasz Kowalczyk", date(2026, 4, 15), date(2026, 12, 31),
    "Geen", m.MeasureStatus.PLANNED, staff_involvement="Team koos zelf het moment.",
    council_involvement="PVT op de hoogte.", coherence="Volgt op de buffer in de planning.")
APPROVAL = m.PlanApproval(m.ParticipationBody.STAFF_REPRESENTATION, date(2026, 3, 30),
                          "Instemming in de PVT-vergadering.", "Ayşe Yılmaz", date(2026, 3, 31),
                          rie_consent_date=date(2026, 1, 20))
PLAN_STAFF_INVOLVEMENT = "Het team & de PVT kozen de maatregelen mee in het werkoverleg."
PLAN_COHERENCE = "De buffer haalt de druk eraf; de gesprekken houden het vol."
STAFF_TOPICS = [t for t in m.STRAND_TOPICS[m.Strand.WERKDRUK]  # the walk follows werkdruk
                if t != m.Topic.SIGNALS_IN_OTHERS]
STAFF_SESSION = m.InformationSession(
    date(2026, 4, 20), "Werkstress: wat is het & wat doen we?", m.SessionForm.MEETING,
    m.Audience.STAFF, "Ayşe Yılmaz", STAFF_TOPICS, notes="Vragen over thuiswerk.")
STAFF_ATTENDEE = "Łukasz Kowalczyk"
RD_COUNT = 8  # all of R&D <Noord>
HYBRID_COUNT = 5  # with the one named person: all six of the hybrid team
MANAGER_SESSION = m.InformationSession(
    date(2026, 5, 4), "Signalen herkennen <voor leidinggevenden>", m.SessionForm.TRAINING,
    m.Audience.MANAGERS, "Arbodienst", [m.Topic.SIGNALS_IN_OTHERS], notes="Met casussen.")
MANAGER_ATTENDEE = "Ayşe Yılmaz"
COMPLETED_ON = date(2026, 8, 15)
MEASURE_EVALUATION = m.MeasureEvaluation(
    m.Effect.EFFECTIVE, "Gesprek met het team & de PVT", "Minder overwerk in R&D <Noord>.",
    "Buffer houden.", date(2026, 10, 1))
PROCESS = m.ProcessEvaluation(
    [m.EvaluationMethod.GROUP_MEETINGS, m.EvaluationMethod.INDIVIDUAL_TALKS],
    "Zorgvuldig; iedereen deed mee.", "Eerder beginnen.", "Werkdruk vast op de agenda.",
    date(2026, 10, 15))


# -- small actions of a user -----------------------------------------------------------------

def type_in(edit: QLineEdit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def type_date(edit: QLineEdit, value: date) -> None:
    type_in(edit, format_date(value))


def write(box, text: str) -> None:
    box.setPlainText(text)
    box.flush()


def choose(combo, code) -> None:
    index = combo.findData(code.value)  # the combos keep each enum code's value as item data
    assert index >= 0, f"{code!r} is not offered in {combo.accessibleName()!r}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def go_to(window: MainWindow, row: int) -> None:
    """Move with the Volgende button when the step is next, else through the sidebar."""
    if row == window.sidebar.currentRow() + 1:
        window.next_button.click()
    else:
        window.sidebar.setCurrentRow(row)
    assert window.pages.currentWidget() is window.step_pages[row]


def step_mark(window: MainWindow, row: int) -> str:
    """What the sidebar says after the step title: '✓' or 'nn%'."""
    return window.sidebar.item(row).text().split("\n")[-1]


def team_id(window: MainWindow, name: str) -> int:
    return next(t.id for t in window.doc.cycle.teams if t.name == name)


def source_id(window: MainWindow, name: str) -> int:
    return next(s.id for s in window.doc.org.sources if s.name == name)


# -- step 0: a new organisation through the intake -------------------------------------------

def start_new_organisation(window: MainWindow, qtbot, monkeypatch, path: Path) -> None:
    def fill_intake(dialog: IntakeDialog) -> int:
        dialog.name.setText("Kapsalon Ayşe")
        dialog.teams.setItem(0, 0, QTableWidgetItem(HYBRID_TEAM.name))
        dialog.teams.setItem(0, 1, QTableWidgetItem(str(HYBRID_TEAM.headcount)))
        dialog.teams.item(0, 2).setCheckState(Qt.Checked)
        # The walk follows werkdruk; the other strands have tests of their own.
        dialog.scope.buttons[m.PsaScope.WERKDRUK].click()
        dialog.accept()
        return dialog.result()

    warned: list[str] = []
    monkeypatch.setattr(IntakeDialog, "exec", fill_intake)
    monkeypatch.setattr(file_dialogs, "ask", lambda dialog: str(path))
    # A warning box would wait for a click forever offscreen; record it and fail with it.
    monkeypatch.setattr(file_actions.QMessageBox, "warning", lambda *a: warned.append(a[-1]))
    with qtbot.waitSignal(window.file_opened, timeout=10000, raising=False) as opened:
        window.welcome.new_button.click()
    assert opened.signal_triggered, f"the new organisation did not open: {warned}"
    assert window.screens.currentIndex() == 1 and window.sidebar.currentRow() == ORGANISATION


# -- step 1: organisation --------------------------------------------------------------------

def fill_organisation(window: MainWindow) -> None:
    page = window.step_pages[ORGANISATION]
    p = PROFILE
    type_in(page.name, p.name)
    type_in(page.kvk, p.kvk_number)
    page.headcount.setValue(p.headcount)
    page.headcount.editingFinished.emit()
    care = {w.accessibleName(): w for w in page.findChildren(QLineEdit)}
    type_in(care["Preventiemedewerker"], p.prevention_officer)
    type_in(care["Zo bereiken medewerkers hem of haar"], p.prevention_officer_contact)
    choose(page.body_choice, p.participation_body)
    type_in(care["Contact OR/PVT"], p.participation_body_contact)
    type_in(care["Arbodienst"], p.occupational_health_service)
    type_date(page.rie_date, p.rie_date)
    page.covers_werkdruk.setChecked(True)  # the RI&E covers werkdruk, and where
    type_in(page.werkdruk_place, p.rie_werkdruk_place)
    type_date(page.werkdruk_date, p.rie_werkdruk_date)
    choose(page.review, p.rie_review)
    type_date(page.review_date, p.rie_review_date)
    type_in(care["Getoetst door"], p.rie_review_by)
    add_team(page.teams, RD_TEAM)
    add_document(page.documents, DOCUMENT)
    assert page.problems.isHidden(), page.problems.text()
    assert page.teams.problems.isHidden(), page.teams.problems.text()


def add_team(box, team: m.Team) -> None:
    """'Team toevoegen' opens the new row's name for typing; type the name, press Enter."""
    box.add_button.click()
    row = box.table.rowCount() - 1
    editor = box.table.viewport().findChild(QLineEdit)
    assert editor is not None, "Team toevoegen should open the name of the new team for typing"
    editor.setText(team.name)
    box.table.commitData(editor)
    box.table.closeEditor(editor, QAbstractItemDelegate.NoHint)
    box.table.item(row, 1).setText(str(team.headcount))
    box.table.item(row, 3).setText(team.manager)
    if team.hybrid:
        box.table.item(row, 2).setCheckState(Qt.Checked)


def add_document(box, document: m.Document) -> None:
    box.add_button.click()
    type_in(box.title_edit, document.title)
    choose(box.kind, document.kind)
    type_date(box.date, document.document_date)
    type_in(box.reference, document.reference)
    write(box.summary, document.summary)


# -- step 2: inventory -----------------------------------------------------------------------

def rate(page, source: int, team: int | None, wanted: m.SourceRating) -> None:
    """Choose a cell in the grid and fill the rating form beside it."""
    index = page.model.index_of(source, team)
    assert index.isValid(), f"no cell in the grid for source {source}, team {team}"
    page.grid.setCurrentIndex(index)
    editor = page.editor
    choose(editor.rating, wanted.rating)
    choose(editor.evidence, wanted.evidence)
    type_in(editor.reference, wanted.evidence_reference)
    if wanted.note:
        write(editor.note, wanted.note)


def fill_inventory_problems(window: MainWindow) -> None:
    """The owner's own source, the two problems of R&D <Noord> and how hybrid work counted."""
    page = window.step_pages[INVENTORY]
    own = page.own_sources
    page.tabs.setCurrentIndex(1)
    type_in(own.name, OWN_SOURCE.name)
    choose(own.kind, OWN_SOURCE.kind)
    own.explanation.setPlainText(OWN_SOURCE.explanation)
    own.add_button.click()
    assert own.problems.isHidden(), own.problems.text()
    assert OWN_SOURCE.name in [row.source.name for row in page.model.rows if row.source]
    page.tabs.setCurrentIndex(0)
    rd = team_id(window, RD_TEAM.name)
    rate(page, source_id(window, DEMAND_TOO_HIGH), rd, DEMAND_RATING)
    rate(page, source_id(window, RESOURCE_TOO_LOW), rd, RESOURCE_RATING)
    assert page.editor.problems.isHidden(), page.editor.problems.text()
    page.tabs.setCurrentIndex(2)
    write(page.conclusion.hybrid, HYBRID_CONSIDERATION)
    assert page.conclusion.problems.isHidden(), page.conclusion.problems.text()


def rate_every_other_cell(window: MainWindow) -> int:
    """Go down the grid, team by team, and rate what is still open as fine; returns how many."""
    page = window.step_pages[INVENTORY]
    page.tabs.setCurrentIndex(0)
    fine = m.SourceRating(0, None, m.Rating.FINE, m.Evidence.QUESTIONNAIRE, BULK_REFERENCE)
    rated = 0
    for row in page.model.rows:
        for team in window.doc.cycle.teams:
            if row.source is not None and (row.source.id, team.id) not in page.model.cells:
                rate(page, row.source.id, team.id, fine)
                rated += 1
    return rated


# -- step 3: balance -------------------------------------------------------------------------

def fill_balance(window: MainWindow) -> None:
    """Per team: pick it in the list, give the verdict, the priority and rest & recovery."""
    page = window.step_pages[BALANCE]
    for name, (verdict, priority, rest) in BALANCES.items():
        names = [page.model.teams[r].name for r in range(page.model.rowCount())]
        page.list.setCurrentIndex(page.model.index(names.index(name), 1))
        assert page.detail.heading.text() == name
        choose(page.detail.verdict, verdict)
        page.detail.priority.setValue(priority)
        page.detail.priority.editingFinished.emit()
        write(page.detail.rest, rest)
        assert page.detail.problems.isHidden(), page.detail.problems.text()


# -- step 4: plan of action ------------------------------------------------------------------

def fill_measure(editor, measure: m.Measure) -> None:
    """Fill every field of the measure chosen in the editor except its targets and relations."""
    type_in(editor.title, measure.title)
    write(editor.description, measure.description)
    choose(editor.level, measure.level)
    type_in(editor.responsible, measure.responsible)
    type_in(editor.carried_out_by, measure.carried_out_by)
    type_date(editor.start_date, measure.start_date)
    type_date(editor.deadline, measure.deadline)
    type_in(editor.budget, measure.budget)
    choose(editor.status, measure.status)
    write(editor.staff, measure.staff_involvement)
    write(editor.council, measure.council_involvement)
    write(editor.coherence, measure.coherence)


def tick(list_widget, data) -> None:
    """Tick the entry of a checkable list that stands for `data`."""
    rows = [i for i in range(list_widget.count()) if list_widget.item(i).data(Qt.UserRole) == data]
    assert rows, f"{data!r} is not offered in {list_widget.accessibleName()!r}"
    list_widget.item(rows[0]).setCheckState(Qt.Checked)


def fill_plan(window: MainWindow) -> None:
    """An organisation-wide measure for the demand that is too high, ticked in the list of
    problems; a team measure for the resource that is too low, added with the source and team
    choices and related to the first; then consent and the plan's coherence."""
    page = window.step_pages[PLAN]
    rd = team_id(window, RD_TEAM.name)
    page.new_button.click()
    fill_measure(page.editor, ORG_MEASURE)
    tick(page.editor.targets.list, m.Target(source_id(window, DEMAND_TOO_HIGH), rd))
    first = page.editor.measure
    page.new_button.click()
    assert page.editor.measure is not first
    fill_measure(page.editor, TEAM_MEASURE)
    targets = page.editor.targets
    targets.source.setCurrentIndex(targets.source.findData(source_id(window, RESOURCE_TOO_LOW)))
    targets.team.setCurrentIndex(targets.team.findData(rd))
    targets.add_button.click()
    tick(page.editor.related.list, first.id)
    assert page.editor.problems.isHidden(), page.editor.problems.text()
    page.tabs.setCurrentIndex(1)
    fill_approval(page.approval)


def fill_approval(approval) -> None:
    write(approval.coherence, PLAN_COHERENCE)
    write(approval.staff_involvement, PLAN_STAFF_INVOLVEMENT)
    choose(approval.consent_body, APPROVAL.consent_body)
    type_date(approval.rie_consent_date, APPROVAL.rie_consent_date)
    type_date(approval.consent_date, APPROVAL.consent_date)
    write(approval.consent_note, APPROVAL.consent_note)
    type_in(approval.signed_by, APPROVAL.employer_signed_by)
    type_date(approval.signed_on, APPROVAL.employer_signed_on)
    assert approval.problems.isHidden(), approval.problems.text()


def mark_done(window: MainWindow, title: str, completed_on: date) -> None:
    """Back in the plan: choose the measure in the table and say it was carried out."""
    page = window.step_pages[PLAN]
    page.tabs.setCurrentIndex(0)
    page.table.selectRow([x.title for x in page.model.measures].index(title))
    assert page.editor.measure.title == title
    choose(page.editor.status, m.MeasureStatus.DONE)
    type_date(page.editor.completed_on, completed_on)
    assert page.editor.problems.isHidden(), page.editor.problems.text()


# -- step 5: voorlichting --------------------------------------------------------------------

def fill_session(editor, session: m.InformationSession) -> None:
    type_date(editor.held_on, session.held_on)
    type_in(editor.title_edit, session.title)
    choose(editor.form_choice, session.form)
    choose(editor.audience, session.audience)
    type_in(editor.given_by, session.given_by)
    for topic in session.topics:
        editor.topic_boxes[topic].setChecked(True)
    write(editor.notes, session.notes)


def add_attendee(editor, name: str, team: int | None) -> None:
    people = editor.attendees
    people.team_choice.setCurrentIndex(people.team_choice.findData(team))
    people.name_edit.setText(name)
    people.add_button.click()
    assert people.problems.isHidden(), people.problems.text()


def fill_sessions(window: MainWindow) -> None:
    """A meeting for staff on every staff topic, with one person by name from the hybrid team
    and head counts that reach everyone; then a training for managers on signals in others."""
    page = window.step_pages[SESSIONS]
    page.new_button.click()
    fill_session(page.editor, STAFF_SESSION)
    add_attendee(page.editor, STAFF_ATTENDEE, team_id(window, HYBRID_TEAM.name))
    for team, count in ((RD_TEAM, RD_COUNT), (HYBRID_TEAM, HYBRID_COUNT)):
        spin = page.editor.counts.spins[team_id(window, team.name)]
        spin.setValue(count)
        spin.editingFinished.emit()
    assert page.editor.problems.isHidden(), page.editor.problems.text()
    page.new_button.click()
    fill_session(page.editor, MANAGER_SESSION)
    add_attendee(page.editor, MANAGER_ATTENDEE, None)
    assert page.editor.problems.isHidden(), page.editor.problems.text()


# -- step 6: evaluation ----------------------------------------------------------------------

def evaluate_measure(window: MainWindow, title: str, wanted: m.MeasureEvaluation) -> None:
    box = window.step_pages[EVALUATION].measures
    box.table.setCurrentCell([x.title for x in window.doc.cycle.measures].index(title), 0)
    assert box.heading.text() == title
    assert box.table.item(box.table.currentRow(), 3).text() == "nog evalueren"
    choose(box.effect, wanted.effect)
    write(box.how_assessed, wanted.how_assessed)
    write(box.outcome, wanted.outcome)
    write(box.next_steps, wanted.next_steps)
    type_date(box.evaluated_on, wanted.evaluated_on)
    assert box.problems.isHidden(), box.problems.text()


def fill_process_evaluation(window: MainWindow, wanted: m.ProcessEvaluation) -> None:
    box = window.step_pages[EVALUATION].process
    for method in wanted.methods:
        box.method_boxes[method].setChecked(True)
    write(box.how_it_went, wanted.how_it_went)
    write(box.do_differently, wanted.do_differently)
    write(box.policy_changes, wanted.policy_changes)
    type_date(box.evaluated_on, wanted.evaluated_on)
    assert box.problems.isHidden(), box.problems.text()
