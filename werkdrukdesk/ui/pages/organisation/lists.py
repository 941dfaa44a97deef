"""The lists on the organisation step: teams of the cycle, and documents."""

from __future__ import annotations

import copy
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.model.edits import AddRecord, RemoveRecord, SetFields
from werkdrukdesk.core.rules import problems_team
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.binding import Binder
from werkdrukdesk.ui.forms.widgets import CodeChoice, DateField, InlineProblems, LongText, form

NAME, HEADCOUNT, HYBRID, MANAGER = range(4)


class TeamsBox(QGroupBox):
    """Teams with headcount and hybrid work, edited in place in a table."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Teams en afdelingen in deze cyclus"), parent)
        self.doc: OpenDocument | None = None
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Naam"),
                self.tr("Medewerkers"),
                self.tr("Hybride"),
                self.tr("Leidinggevende"),
            ]
        )
        self.table.setAccessibleName(self.tr("Teams"))
        self.table.horizontalHeaderItem(HYBRID).setToolTip(
            self.tr("Werkt het team (deels) thuis of op wisselende plekken en tijden?")
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.Stretch)
        header.setSectionResizeMode(MANAGER, QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(160)
        self.table.itemChanged.connect(self._edited)
        self.problems = InlineProblems()
        self.add_button = QPushButton(self.tr("Team &toevoegen"))
        self.remove_button = QPushButton(self.tr("Team ver&wijderen"))
        self.add_button.clicked.connect(self.add_team)
        self.remove_button.clicked.connect(self.remove_team)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_document(self, doc: OpenDocument | None) -> None:
        self.doc = doc
        self.refresh()

    def refresh(self) -> None:
        teams = self.doc.cycle.teams if self.doc else []
        editable = bool(self.doc) and not self.doc.read_only
        self.table.blockSignals(True)
        self.table.setRowCount(len(teams))
        for row, team in enumerate(teams):
            self._fill_row(row, team, editable)
        self.table.blockSignals(False)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and bool(teams))
        self._show_total()

    def _fill_row(self, row: int, team: m.Team, editable: bool) -> None:
        flags = (
            Qt.ItemIsSelectable
            | Qt.ItemIsEnabled
            | (Qt.ItemIsEditable if editable else Qt.NoItemFlags)
        )
        for column, text in (
            (NAME, team.name),
            (HEADCOUNT, str(team.headcount) if team.headcount else ""),  # no made-up 0
            (MANAGER, team.manager),
        ):
            item = QTableWidgetItem(text)
            item.setFlags(flags)
            self.table.setItem(row, column, item)
        hybrid = QTableWidgetItem(self.tr("ja") if team.hybrid else self.tr("nee"))
        hybrid.setFlags(
            Qt.ItemIsSelectable
            | Qt.ItemIsEnabled
            | (Qt.ItemIsUserCheckable if editable else Qt.NoItemFlags)
        )
        hybrid.setCheckState(Qt.Checked if team.hybrid else Qt.Unchecked)
        self.table.setItem(row, HYBRID, hybrid)

    def _edited(self, item: QTableWidgetItem) -> None:
        team = self.doc.cycle.teams[item.row()]
        column, text = item.column(), item.text().strip()
        problems: list[str] = []
        values: dict[str, object] = {}
        if column == NAME:
            values["name"] = text
        elif column == MANAGER:
            values["manager"] = text
        elif column == HYBRID:
            values["hybrid"] = item.checkState() == Qt.Checked
        elif text.isdigit() or not text:
            values["headcount"] = int(text or 0)  # empty: not filled in
        else:
            problems.append(self.tr("Vul het aantal medewerkers in als getal, bijvoorbeeld 12."))
        candidate = copy.copy(team)  # judged before anything changes
        vars(candidate).update(values)
        others = [candidate if t is team else t for t in self.doc.cycle.teams]
        problems += problems_team(candidate, others)
        what = self.table.horizontalHeaderItem(column).text()
        if not problems and values:
            self.doc.apply(SetFields(team, values, caption=what))
        self.refresh()  # shows what the file holds, also when refused
        self.problems.show_problems(problems)

    def _show_total(self) -> None:
        if not self.doc:
            return
        total = sum(t.headcount for t in self.doc.cycle.teams)
        headcount = self.doc.org.profile.headcount
        if self.doc.cycle.teams and headcount and total != headcount:
            self.setTitle(
                self.tr(
                    "Teams en afdelingen in deze cyclus — samen {0} van de {1} medewerkers"
                ).format(total, headcount)
            )
        else:
            self.setTitle(self.tr("Teams en afdelingen in deze cyclus"))

    def add_team(self) -> None:
        existing = {t.name for t in self.doc.cycle.teams}
        name = next(
            n
            for n in (self.tr("Nieuw team {0}").format(i) for i in range(1, 999))
            if n not in existing
        )
        if self.doc.apply(AddRecord(m.Team(name), self.doc.cycle.teams)):
            self.refresh()
            row = len(self.doc.cycle.teams) - 1
            self.table.setCurrentCell(row, NAME)
            self.table.editItem(self.table.item(row, NAME))

    def remove_team(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.problems.show_problems([self.tr("Kies eerst het team dat weg moet.")])
            return
        team = self.doc.cycle.teams[row]
        answer = QMessageBox.question(
            self,
            self.tr("Team verwijderen"),
            self.tr(
                "Team '{0}' verwijderen? Wat in deze cyclus over dit team is vastgelegd "
                "(beoordelingen, balans) gaat dan ook weg."
            ).format(team.name),
        )
        if answer == QMessageBox.Yes and self.doc.apply(RemoveRecord(team, self.doc.cycle.teams)):
            self.refresh()


class DocumentsBox(QGroupBox):
    """RI&E, MTO, deeper study and other documents, with a small editor."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Documenten (RI&&E, MTO, verdiepend onderzoek)"), parent)
        self.doc: OpenDocument | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Documenten"))
        self.list.setMaximumWidth(340)
        self.list.currentRowChanged.connect(self._select)
        self.problems = InlineProblems()
        self.binder = Binder(
            self._apply,
            self.problems,
            lambda d: [] if d.title.strip() else [self.tr("Geef het document een titel.")],
        )
        editor = QWidget()
        layout = form(editor)
        self.title_edit = QLineEdit()
        self.kind = CodeChoice(list(m.DocumentKind))
        self.date = DateField()
        self.reference = QLineEdit()
        self.summary = LongText(lines=2)
        for caption, widget in (
            (self.tr("Titel"), self.title_edit),
            (self.tr("Soort"), self.kind),
            (self.tr("Datum"), self.date),
            (self.tr("Waar te vinden"), self.reference),
            (self.tr("Samenvatting"), self.summary),
        ):
            layout.addRow(caption, widget)
            widget.setAccessibleName(caption)
        self.binder.text(self.title_edit, "title")
        self.binder.choice(self.kind, "kind")
        self.binder.date(self.date, "document_date")
        self.binder.text(self.reference, "reference")
        self.binder.text(self.summary, "summary")
        layout.addRow(self.problems.holder())
        self.add_button = QPushButton(self.tr("Document toe&voegen"))
        self.remove_button = QPushButton(self.tr("Document verwijderen"))
        self.add_button.clicked.connect(self.add_document)
        self.remove_button.clicked.connect(self.remove_document)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)
        row = QHBoxLayout(self)
        row.addLayout(left)
        row.addWidget(editor, 1)

    def set_document(self, doc: OpenDocument | None) -> None:
        self.doc = doc
        self.refresh()

    def refresh(self, select: int = 0) -> None:
        documents = self.doc.org.documents if self.doc else []
        self.list.blockSignals(True)
        self.list.clear()
        for document in documents:
            self.list.addItem(self._caption(document))
        self.list.blockSignals(False)
        editable = bool(self.doc) and not self.doc.file.read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and bool(documents))
        if documents:
            self.list.setCurrentRow(min(select, len(documents) - 1))
            self._select(self.list.currentRow())
        else:
            self.binder.show(None, False)

    def _caption(self, document: m.Document) -> str:
        when = format_date(document.document_date)
        return f"{document.title} ({label(document.kind)}{', ' + when if when else ''})"

    def _select(self, row: int) -> None:
        if self.doc and 0 <= row < len(self.doc.org.documents):
            self.binder.show(self.doc.org.documents[row], not self.doc.file.read_only)

    def _apply(self, edit: SetFields) -> bool:
        document = edit.record
        stored = self.doc.apply(replace(edit, in_cycle=False))
        row = self.doc.org.documents.index(document)
        self.list.item(row).setText(self._caption(document))
        return stored

    def add_document(self) -> None:
        document = m.Document(self.tr("Nieuw document"))
        if self.doc.apply(AddRecord(document, self.doc.org.documents, in_cycle=False)):
            self.refresh(select=len(self.doc.org.documents) - 1)
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def remove_document(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        document = self.doc.org.documents[row]
        answer = QMessageBox.question(
            self,
            self.tr("Document verwijderen"),
            self.tr("'{0}' uit de lijst halen? Het document zelf blijft waar het is.").format(
                document.title
            ),
        )
        removal = RemoveRecord(document, self.doc.org.documents)
        if answer == QMessageBox.Yes and self.doc.apply(removal):
            self.refresh(select=row)

    def leave(self) -> None:
        self.binder.flush()
