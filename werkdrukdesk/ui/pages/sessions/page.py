"""Step 5, voorlichting en onderricht: the sessions of the cycle, an editor, and their reach."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.model.edits import AddRecord, RemoveRecord
from werkdrukdesk.ui.forms.widgets import side_by_side
from werkdrukdesk.ui.pages.base import StepPage
from werkdrukdesk.ui.pages.sessions.editor import SessionEditor
from werkdrukdesk.ui.pages.sessions.summary import CoverageSummary
from werkdrukdesk.ui.steps import Step

WHEN, TITLE, FORM, AUDIENCE, PRESENT = range(5)


def _by_date(session: m.InformationSession) -> tuple:
    # Undated sessions (just made, or still to fill in) sort last, where they catch the eye.
    return (session.held_on is None, session.held_on or date.min)


class SessionsPage(StepPage):
    scrolls = False  # the list and the editor scroll on their own

    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        self.shown: list[m.InformationSession] = []
        self.summary = CoverageSummary()
        self.editor = SessionEditor()
        self.editor.stored.connect(self._stored)
        # the list has five columns; the form wraps its rows
        splitter = side_by_side(self._list_side(), self._editor_side(), (600, 480), (1, 1))
        self.body.addWidget(splitter, 1)
        self.refresh()

    def _list_side(self) -> QWidget:
        self.table = QTableWidget(0, 5)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels([
            self.tr("Datum"), self.tr("Titel"), self.tr("Vorm"), self.tr("Doelgroep"),
            self.tr("Aanwezig"),
        ])
        self.table.setAccessibleName(self.tr("Voorlichtingen in deze cyclus"))
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (WHEN, PRESENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.Stretch)
        # Form and audience labels wrap, so the title keeps most of the width.
        self.table.setColumnWidth(FORM, 120)
        self.table.setColumnWidth(AUDIENCE, 110)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        self.new_button = QPushButton(self.tr("&Nieuwe voorlichting"))
        self.new_button.clicked.connect(self.add_session)
        self.remove_button = QPushButton(self.tr("&Verwijderen"))
        self.remove_button.setAccessibleName(self.tr("Gekozen voorlichting verwijderen"))
        self.remove_button.clicked.connect(self.remove_session)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return side

    def _editor_side(self) -> QWidget:
        self.empty_hint = QLabel(self.tr(
            "Kies links een voorlichting om die te bekijken of aan te vullen, of maak een "
            "nieuwe met 'Nieuwe voorlichting'."
        ))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.NoFrame)
        scroller.setWidget(self.editor)
        scroller.setAccessibleName(self.tr("Gegevens van de gekozen voorlichting"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_hint)
        self.stack.addWidget(scroller)
        return self.stack

    # -- filling ---------------------------------------------------------------------------

    def need_fields(self) -> dict[str, QWidget]:
        return {key: self.new_button
                for key in ("topics", "strand_topics", "everyone", "managers")}

    def refresh(self, select: m.InformationSession | None = None) -> None:
        current = select or self.current_session()
        sessions = sorted(self.doc.cycle.sessions, key=_by_date) if self.doc else []
        self.shown = sessions
        self.table.blockSignals(True)
        self.table.setRowCount(len(sessions))
        for row, session in enumerate(sessions):
            self._fill_row(row, session)
        self.table.blockSignals(False)
        # Row heights follow the final column widths, known once the layout has run.
        QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)
        editable = self.doc is not None and not self.doc.read_only
        self.new_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and bool(sessions))
        self.summary.setVisible(self.doc is not None)
        self.summary.show_cycle(self.doc.cycle if self.doc else None, self._headcount(),
                               self.doc.today if self.doc else None)
        row = next((i for i, s in enumerate(sessions) if s is current), -1)
        if row < 0 and sessions:
            row = len(sessions) - 1  # the newest: the one most likely still being filled in
        self.table.blockSignals(True)
        self.table.setCurrentCell(row, TITLE)
        self.table.blockSignals(False)
        self._select(row)

    def _fill_row(self, row: int, session: m.InformationSession) -> None:
        texts = {
            WHEN: format_date(session.held_on) or self.tr("(geen datum)"),
            TITLE: session.title,
            FORM: label(session.form),
            AUDIENCE: label(session.audience),
            PRESENT: str(session.attendance()),
        }
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            if column == PRESENT:
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.table.setItem(row, column, item)

    def _headcount(self) -> int:
        return self.doc.org.profile.headcount if self.doc else 0

    def current_session(self) -> m.InformationSession | None:
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _select(self, row: int) -> None:
        if self.editor.session is not None and self.editor.session is not self._at(row):
            self.editor.flush()
        session = self._at(row)
        if session is None or self.doc is None:
            self.editor.session = None
            self.stack.setCurrentIndex(0)
            return
        self.editor.show_session(self.doc, session)
        self.stack.setCurrentIndex(1)

    def _at(self, row: int) -> m.InformationSession | None:
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _stored(self, session: m.InformationSession) -> None:
        if session in self.shown:
            self._fill_row(self.shown.index(session), session)
            self.table.resizeRowToContents(self.shown.index(session))
        self.summary.show_cycle(self.doc.cycle, self._headcount(), self.doc.today)

    # -- adding and removing ---------------------------------------------------------------

    def add_session(self) -> None:
        if self.doc is None or self.doc.read_only:
            return
        self.editor.flush()
        session = m.InformationSession(held_on=self.doc.today, title=self.tr("Nieuwe voorlichting"))
        if self.doc.apply(AddRecord(session, self.doc.cycle.sessions)):
            self.refresh(select=session)
            self.editor.title_edit.setFocus()
            self.editor.title_edit.selectAll()

    def remove_session(self) -> None:
        session = self.current_session()
        if session is None or self.doc is None:
            return
        self.editor.flush()
        # No question first: Bewerken › Ongedaan maken brings it back, with who was there.
        row = self.table.currentRow()
        if not self.doc.apply(RemoveRecord(session, self.doc.cycle.sessions)):
            return
        self.editor.session = None  # nothing left to flush into a removed record
        remaining = sorted(self.doc.cycle.sessions, key=_by_date)
        self.refresh(select=remaining[min(row, len(remaining) - 1)] if remaining else None)

    def leave(self) -> None:
        self.editor.flush()
