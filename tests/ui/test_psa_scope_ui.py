"""The whole PSA policy in the window (#17): the scope at the intake and in step 1, the
arrangements tab, and the voorlichting topics that follow the scope; every edit read back from
the real file."""

from datetime import date

import pytest
from PySide6.QtWidgets import QLineEdit, QTableWidgetItem

from tests.pinned import PINNED_DAY
from tests.ui.conftest import open_in
from tests.ui.test_keyboard_walk import reachable_controls, tab_round
from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import MIXED_UNWANTED_KEY
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.files import dialogs as file_dialogs
from werkdrukdesk.ui.intake.dialog import IntakeDialog
from werkdrukdesk.ui.main_window import MainWindow
from werkdrukdesk.ui.pages.organisation import page as organisation_page
from werkdrukdesk.ui.pages.organisation.page import OrganisationPage
from werkdrukdesk.ui.pages.sessions.page import SessionsPage
from werkdrukdesk.ui.steps import steps

STRAND_KEYS = {"unwanted_internal", "aggression_external"}


def _load(path) -> m.Organisation:
    with open_file(path, read_only=True) as file:
        return file.load()


def _in_use(org: m.Organisation) -> set[str]:
    return {s.catalogue_key for s in org.sources if not s.archived}


# -- the intake ------------------------------------------------------------------------------


def _new_through_intake(window, qtbot, monkeypatch, target, choose=None):
    def fill_intake(dialog: IntakeDialog) -> int:
        dialog.name.setText("Bakkerij Ayşe")
        dialog.teams.setItem(0, 0, QTableWidgetItem("R&D <Noord>"))
        dialog.teams.setItem(0, 1, QTableWidgetItem("4"))
        if choose is not None:
            dialog.scope.buttons[choose].click()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(IntakeDialog, "exec", fill_intake)
    monkeypatch.setattr(file_dialogs, "ask", lambda dialog: str(target))
    with qtbot.waitSignal(window.file_opened, timeout=10000):
        window.actions_.new_file()
    return _load(target)


def test_the_intake_makes_a_whole_psa_file_by_default(window, qtbot, tmp_path, monkeypatch):
    dialog = IntakeDialog()
    qtbot.addWidget(dialog)
    assert dialog.scope.scope() == m.PsaScope.WHOLE
    assert dialog.scope.buttons[m.PsaScope.WHOLE].isChecked()
    org = _new_through_intake(window, qtbot, monkeypatch, tmp_path / "heel.werkdruk")
    assert org.profile.psa_scope == m.PsaScope.WHOLE
    assert STRAND_KEYS <= _in_use(org)
    assert MIXED_UNWANTED_KEY not in _in_use(org)  # asked about per strand instead
    assert [t.name for t in org.cycles[0].teams] == ["R&D <Noord>"]


def test_the_intake_makes_a_werkdruk_only_file_when_chosen(window, qtbot, tmp_path,
                                                           monkeypatch):
    org = _new_through_intake(window, qtbot, monkeypatch, tmp_path / "werkdruk.werkdruk",
                              choose=m.PsaScope.WERKDRUK)
    assert org.profile.psa_scope == m.PsaScope.WERKDRUK
    assert not {s.catalogue_key for s in org.sources} & STRAND_KEYS
    assert MIXED_UNWANTED_KEY in _in_use(org)


# -- step 1 ----------------------------------------------------------------------------------


@pytest.fixture
def organisation(qtbot, tmp_path):
    def make(scope: m.PsaScope):
        path = tmp_path / f"{scope.value}.werkdruk"
        file = create_file(path, m.Profile("Bakkerij Ayşe", psa_scope=scope), PINNED_DAY)
        doc = OpenDocument(file, file.load())
        page = OrganisationPage(next(s for s in steps() if s.key == "organisation"))
        qtbot.addWidget(page)
        page.set_document(doc)
        opened.append(file)
        return page, doc, path

    opened: list = []
    yield make
    for file in opened:
        file.close()


def _answer(monkeypatch, answer, asked: list) -> None:
    def question(*args, **kwargs):
        asked.append(args[2])
        return answer

    monkeypatch.setattr(organisation_page.QMessageBox, "question", question)


def test_a_werkdruk_only_file_shows_no_tab_bar_and_no_arrangements(organisation):
    page, doc, path = organisation(m.PsaScope.WERKDRUK)
    assert page.scope.scope() == m.PsaScope.WERKDRUK
    assert not page.tabs.tabBar().isVisibleTo(page)
    assert not page.tabs.isTabVisible(1)


def test_widening_adds_the_strand_sources_and_narrowing_archives_them(organisation,
                                                                      monkeypatch):
    page, doc, path = organisation(m.PsaScope.WERKDRUK)
    page.scope.buttons[m.PsaScope.WHOLE].click()  # widening asks nothing
    org = _load(path)
    assert org.profile.psa_scope == m.PsaScope.WHOLE
    assert STRAND_KEYS <= _in_use(org) and MIXED_UNWANTED_KEY not in _in_use(org)
    assert page.tabs.isTabVisible(1) and page.tabs.tabBar().isVisibleTo(page)
    assert {s.id for s in doc.org.sources} == {s.id for s in org.sources}  # ids as stored

    asked: list[str] = []
    _answer(monkeypatch, organisation_page.QMessageBox.No, asked)
    page.scope.buttons[m.PsaScope.WERKDRUK].click()
    assert "niets gewist" in asked[0].replace("\n", " ")
    assert _load(path).profile.psa_scope == m.PsaScope.WHOLE  # not confirmed: unchanged
    assert page.scope.scope() == m.PsaScope.WHOLE

    _answer(monkeypatch, organisation_page.QMessageBox.Yes, asked)
    page.scope.buttons[m.PsaScope.WERKDRUK].click()
    org = _load(path)
    assert org.profile.psa_scope == m.PsaScope.WERKDRUK
    assert not STRAND_KEYS & _in_use(org) and MIXED_UNWANTED_KEY in _in_use(org)
    assert STRAND_KEYS <= {s.catalogue_key for s in org.sources}  # archived, not deleted
    assert not page.tabs.isTabVisible(1) and not page.tabs.tabBar().isVisibleTo(page)


def test_a_refused_scope_change_leaves_model_and_choice_as_the_file_holds(organisation):
    page, doc, path = organisation(m.PsaScope.WERKDRUK)
    before = [(s.catalogue_key, s.archived) for s in doc.org.sources]
    doc.file.read_only = True  # the file refuses every write
    failed: list[str] = []
    doc.failed.connect(failed.append)
    page.scope.buttons[m.PsaScope.WHOLE].click()
    assert failed and "alleen om te lezen" in failed[0]
    assert doc.org.profile.psa_scope == m.PsaScope.WERKDRUK
    assert [(s.catalogue_key, s.archived) for s in doc.org.sources] == before
    assert page.scope.scope() == m.PsaScope.WERKDRUK
    doc.file.read_only = False
    assert _load(path).profile.psa_scope == m.PsaScope.WERKDRUK


def _type(edit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def _choose(combo, code) -> None:
    index = combo.findData(code.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_arrangements_tab_stores_what_is_typed(organisation):
    page, doc, path = organisation(m.PsaScope.WHOLE)
    tab = page.arrangements
    assert page.tabs.isTabVisible(1)
    _type(tab.code_set_on, "1-3-2026")
    tab.code_core.setPlainText("Wij behandelen elkaar met respect.")
    tab.code_core.flush()
    _type(tab.code_known, "bij indiensttreding uitgereikt")
    _choose(tab.adviser_kind, m.AdviserKind.EXTERNAL)
    _type(tab.adviser_name, "Ayşe Yılmaz")
    _type(tab.adviser_reach, "06-12345678, ma–vr")
    tab.adviser_trained.setChecked(True)
    _type(tab.committee, "R&D <Noord>")
    tab.independent.setChecked(True)
    tab.how_to_report.setPlainText("Bij de leidinggevende, dezelfde dag.")
    page.leave()  # the multi-line text still being typed is stored on leaving
    _type(tab.registered_by, "preventiemedewerker")
    tab.retention.setValue(36)
    tab.retention.editingFinished.emit()
    _type(tab.where_shown, "bij de ingang")
    tab.within_hours.setValue(24)
    tab.within_hours.editingFinished.emit()
    _type(tab.referral, "bedrijfsarts, Slachtofferhulp")

    policy = _load(path).psa_policy
    assert policy.code.set_on == date(2026, 3, 1)
    assert policy.code.core_text == "Wij behandelen elkaar met respect."
    assert policy.code.how_staff_know == "bij indiensttreding uitgereikt"
    assert policy.adviser == m.ConfidentialAdviser(
        m.AdviserKind.EXTERNAL, "Ayşe Yılmaz", "06-12345678, ma–vr", True, None)
    assert (policy.complaints.committee, policy.complaints.independent) == ("R&D <Noord>", True)
    assert policy.reporting.how_to_report == "Bij de leidinggevende, dezelfde dag."
    assert policy.reporting.registered_by == "preventiemedewerker"
    assert policy.retention_months == 36
    assert policy.house_rules.where_shown == "bij de ingang"
    assert (policy.aftercare.within_hours, policy.aftercare.referral) == (
        24, "bedrijfsarts, Slachtofferhulp")

    tab.within_hours.setValue(0)  # 'niet ingevuld': not said, not 'within 0 hours'
    tab.within_hours.editingFinished.emit()
    assert _load(path).psa_policy.aftercare.within_hours is None
    # What the file holds is what the tab shows when the page is filled again.
    page.set_document(doc)
    assert tab.adviser_name.text() == "Ayşe Yılmaz" and tab.committee.text() == "R&D <Noord>"
    assert tab.adviser_kind.code() == m.AdviserKind.EXTERNAL


def test_the_arrangements_are_read_only_when_the_file_is(organisation):
    page, doc, path = organisation(m.PsaScope.WHOLE)
    doc.file.read_only = True
    page.set_document(doc)
    tab = page.arrangements
    assert tab.adviser_name.isReadOnly() and not tab.adviser_trained.isEnabled()
    assert not tab.within_hours.isEnabled() and not page.scope.isEnabled()
    doc.file.read_only = False


# -- voorlichting topics ---------------------------------------------------------------------


@pytest.fixture
def sessions(qtbot, tmp_path):
    def make(scope: m.PsaScope):
        path = tmp_path / f"sessies-{scope.value}.werkdruk"
        file = create_file(path, m.Profile("Bakkerij Ayşe", psa_scope=scope), PINNED_DAY)
        doc = OpenDocument(file, file.load())
        page = SessionsPage(next(s for s in steps() if s.key == "sessions"))
        qtbot.addWidget(page)
        page.set_document(doc)
        page.show()
        opened.append(file)
        page.new_button.click()
        return page, doc, path

    opened: list = []
    yield make
    for file in opened:
        file.close()


def _shown(editor) -> list[m.Topic]:
    return [t for t, check in editor.topic_boxes.items() if check.isVisibleTo(editor)]


def _headings(editor) -> list[str]:
    return [h.text() for h in editor.topic_headings if h.isVisibleTo(editor)]


def test_a_werkdruk_only_file_shows_the_old_topics_without_headings(sessions):
    page, doc, path = sessions(m.PsaScope.WERKDRUK)
    assert _shown(page.editor) == list(m.STRAND_TOPICS[m.Strand.WERKDRUK])
    assert _headings(page.editor) == []


def test_a_whole_psa_file_shows_every_strands_topics_under_headings(sessions):
    page, doc, path = sessions(m.PsaScope.WHOLE)
    editor = page.editor
    assert set(_shown(editor)) == set(m.Topic)
    assert _headings(editor) == ["Werkdruk", "Ongewenst gedrag binnen het bedrijf",
                                 "Agressie en geweld van buitenaf",
                                 "Bij ongewenst gedrag én bij agressie"]
    editor.topic_boxes[m.Topic.HOW_TO_REPORT].setChecked(True)
    editor.topic_boxes[m.Topic.CODE_OF_CONDUCT].setChecked(True)
    [session] = _load(path).cycles[0].sessions
    assert session.topics == [m.Topic.CODE_OF_CONDUCT, m.Topic.HOW_TO_REPORT]


def test_narrowing_keeps_a_sessions_strand_topics(sessions):
    page, doc, path = sessions(m.PsaScope.WHOLE)
    page.editor.topic_boxes[m.Topic.DURING_AND_AFTER_AGGRESSION].setChecked(True)
    assert doc.change_scope(m.PsaScope.WERKDRUK)
    page.refresh(select=doc.cycle.sessions[0])
    assert m.Topic.DURING_AND_AFTER_AGGRESSION not in _shown(page.editor)
    page.editor.topic_boxes[m.Topic.CAUSES].setChecked(True)  # hidden topics stay
    [session] = _load(path).cycles[0].sessions
    assert session.topics == [m.Topic.CAUSES, m.Topic.DURING_AND_AFTER_AGGRESSION]


# -- the keyboard ----------------------------------------------------------------------------


def test_tab_reaches_every_arrangement_and_comes_back(qtbot, tmp_path):
    path = tmp_path / "toetsenbord.werkdruk"
    create_file(path, m.Profile("Bakkerij Ayşe", psa_scope=m.PsaScope.WHOLE), PINNED_DAY).close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.activateWindow()
    open_in(window, qtbot, path)
    try:
        page = window.pages.currentWidget()
        for tab in (0, 1):
            page.tabs.setCurrentIndex(tab)
            wanted = reachable_controls(page)
            visited, came_back = tab_round(window, limit=4 * len(wanted) + 40)
            assert came_back
            assert not [f"{type(w).__name__} {w.accessibleName()}" for w in wanted - set(visited)]
        names = [w.accessibleName() for w in visited if isinstance(w, QLineEdit)]
        assert names[:2] == ["Vastgesteld op", "Zo kennen medewerkers de code"]
        assert "Naam of bureau" in names and "" not in names
        # down the left column (unwanted behaviour) first, then the right
        assert names.index("Waar de regeling staat") < names.index("Wie houdt het register bij")
    finally:
        window.close_document()


@pytest.mark.parametrize("scope", [m.PsaScope.WHOLE, m.PsaScope.WERKDRUK])
def test_the_arrangements_tab_is_made_when_first_shown(window, qtbot, tmp_path, scope):
    """The organisation step's second tab is made the first time it shows (never, in a
    werkdruk-only file): filled from the file, its fields guarded against the wheel, and its
    checks still lead to its fields."""
    path = tmp_path / "R&D <Noord>.werkdruk"
    create_file(path, m.Profile("Bakkerij Ayşe", psa_scope=scope), PINNED_DAY).close()
    open_in(window, qtbot, path)
    page = window.pages.currentWidget()
    assert isinstance(page, OrganisationPage) and not page._arrangements.made
    if scope == m.PsaScope.WERKDRUK:
        page.refresh()
        assert not page._arrangements.made and not page.tabs.isTabVisible(1)
        return
    page.tabs.setCurrentIndex(1)
    assert page._arrangements.made and page.arrangements.isVisible()
    assert page.arrangements.doc is window.doc
    assert page.arrangements.adviser_kind.isVisibleTo(page)
    page.tabs.setCurrentIndex(0)
    assert page.focus_need("aftercare") and page.tabs.currentIndex() == 1


def test_each_steps_opening_words_follow_what_the_file_covers(window, qtbot, tmp_path):
    """A whole-PSA file's steps speak of unwanted behaviour and aggression where they ask
    about them; a werkdruk-only file keeps the werkdruk words; widening changes them at once."""
    path = tmp_path / "R&D <Noord>.werkdruk"
    create_file(path, m.Profile("Bakkerij Ayşe", psa_scope=m.PsaScope.WERKDRUK),
                PINNED_DAY).close()
    open_in(window, qtbot, path)
    shown = {}
    for row, step in enumerate(window.pages.steps):
        window.sidebar.setCurrentRow(row)
        shown[step.key] = window.pages.currentWidget().guidance.text()
    assert shown == {step.key: step.guidance for step in window.pages.steps}
    assert "agressie" not in " ".join(shown.values())

    window.sidebar.setCurrentRow(0)
    page = window.pages.currentWidget()
    page.scope.buttons[m.PsaScope.WHOLE].click()  # widening asks nothing
    assert "ongewenst gedrag en agressie een plek hebben" in page.guidance.text()
    for row, step in enumerate(window.pages.steps):
        window.sidebar.setCurrentRow(row)
        shown[step.key] = window.pages.currentWidget().guidance.text()
    assert shown == {step.key: step.guidance_for(True) for step in window.pages.steps}
    assert "hoe vaak ongewenst gedrag en agressie voorkomen" in shown["inventory"]
    assert "energiebronnen maken die niet goed" in shown["balance"]
    assert "wie de vertrouwenspersoon is" in shown["sessions"]
    window.close_document()
