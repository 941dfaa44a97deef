"""The short intake for a new organisation: its name, its teams and how much of the PSA policy
the file covers; nothing more."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.plan.own_library import Library
from werkdrukdesk.core.rules import problems_profile, problems_team
from werkdrukdesk.ui.forms import wheel_guard
from werkdrukdesk.ui.forms.widgets import InlineProblems, form
from werkdrukdesk.ui.intake.scope import ScopeChoice
from werkdrukdesk.ui.intake.teams import HEADCOUNT, HYBRID, NAME, TeamsTable


@dataclass
class Intake:
    profile: m.Profile
    teams: list[m.Team] = field(default_factory=list)
    library: Library | None = None  # an adviser's own sources and measures to start with


class IntakeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe organisatie"))
        self.resize(640, 620)
        intro = QLabel(
            self.tr(
                "Begin met de naam van uw organisatie en de teams of afdelingen. Werkt een team "
                "(deels) thuis of op wisselende plekken, vink dan 'hybride' aan. Alles is later "
                "aan te vullen."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Naam van de organisatie"))
        names = form()
        names.addRow(self.tr("&Naam van de organisatie"), self.name)
        self.teams = TeamsTable(3)  # Tab walks name → headcount → next team's name
        self.teams.prepare_row = self._prepare_row
        self.teams.setHorizontalHeaderLabels(
            [self.tr("Team of afdeling"), self.tr("Medewerkers"), self.tr("Hybride")]
        )
        self.teams.setAccessibleName(self.tr("Teams"))
        self.teams.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.Stretch)
        self.teams.verticalHeader().hide()
        for row in range(self.teams.rowCount()):
            self._prepare_row(row)
        more = QPushButton(self.tr("Nog een &team"))
        more.clicked.connect(self._add_row)
        # After the teams, so Tab still walks name → teams → this choice (tests/ui/test_edges).
        scope_box = QGroupBox(self.tr("Wat wilt u met dit programma regelen?"))
        self.scope = ScopeChoice()
        QVBoxLayout(scope_box).addWidget(self.scope)
        self.library: Library | None = None
        self.library_button = QPushButton(self.tr("Start met &bibliotheek…"))
        self.library_button.setToolTip(self.tr(
            "Optioneel: begin met de eigen bronnen en maatregelen uit een bibliotheekbestand "
            "dat u bij een andere klant hebt gemaakt (Bestand › Eigen bibliotheek)."))
        self.library_button.clicked.connect(self.choose_library)
        self.library_label = QLabel()
        self.library_label.setWordWrap(True)
        self.problems = InlineProblems()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Aanmaken"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro,):
            layout.addWidget(widget)
        layout.addLayout(names)
        layout.addWidget(self.teams, 1)
        layout.addWidget(more, 0, Qt.AlignLeft)
        layout.addWidget(scope_box)
        layout.addWidget(self.library_button, 0, Qt.AlignLeft)
        layout.addWidget(self.library_label)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        wheel_guard.guard(self)  # the wheel scrolls; it changes only the field in use

    def _prepare_row(self, row: int) -> None:
        hybrid = QTableWidgetItem()
        hybrid.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable | Qt.ItemIsSelectable)
        hybrid.setCheckState(Qt.Unchecked)
        self.teams.setItem(row, HYBRID, hybrid)

    def _add_row(self) -> None:
        self.teams.setCurrentCell(self.teams.add_row(), NAME)

    def choose_library(self) -> None:
        from werkdrukdesk.ui.files import dialogs as file_dialogs

        name = file_dialogs.open_file_name(self, self.tr("Bibliotheek kiezen"),
                                           self.tr("Bibliotheek (*.json)"))
        if name:
            self.use_library(Path(name))

    def use_library(self, path: Path) -> bool:
        """Read and check the library now, so a bad one is said before anything is made."""
        from werkdrukdesk.storage.library import read_library

        try:
            self.library = read_library(path)
        except WerkdrukError as error:
            self.library = None
            self.library_label.setText(str(error))
            return False
        self.library_label.setText(self.tr(
            "Bibliotheek {0}: {1} eigen bronnen en {2} maatregelen gaan mee.").format(
                path.name, len(self.library.sources), len(self.library.measures)))
        return True

    def intake(self) -> tuple[Intake, list[str]]:
        """What was filled in, and what is wrong with it."""
        teams, problems = [], []
        for row in range(self.teams.rowCount()):
            name = _text(self.teams.item(row, NAME))
            count = _text(self.teams.item(row, HEADCOUNT))
            if not name and not count:
                continue
            if count and not count.isdigit():
                problems.append(
                    self.tr("Rij {0}: vul het aantal medewerkers in als getal.").format(row + 1)
                )
                count = "0"
            hybrid = self.teams.item(row, HYBRID).checkState() == Qt.Checked
            teams.append(m.Team(name, int(count or 0), hybrid))
        for team in teams:
            problems += problems_team(team, teams)
        profile = m.Profile(
            name=self.name.text().strip(), headcount=sum(t.headcount for t in teams),
            psa_scope=self.scope.scope(),
        )
        problems = problems_profile(profile) + list(dict.fromkeys(problems))
        if self.library is not None and not problems:
            from werkdrukdesk import clock
            from werkdrukdesk.storage.library import check_for_new

            try:  # a clash with a built-in question code is said here, before the file exists
                check_for_new(profile, self.library, clock.today())
            except WerkdrukError as error:
                problems.append(str(error))
        return Intake(profile, teams, self.library), problems

    def accept(self) -> None:
        _, problems = self.intake()
        self.problems.show_problems(problems)
        if not problems:
            super().accept()


def _text(item: QTableWidgetItem | None) -> str:
    return item.text().strip() if item else ""
