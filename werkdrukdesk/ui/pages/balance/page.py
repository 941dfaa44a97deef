"""Step 3: per team the demands too high against the resources too low; verdict and priority."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import (
    TeamPicture,
    balance_for,
    balance_summary,
    strands_apart,
    team_picture,
    team_pictures,
)
from werkdrukdesk.core.model.edits import AddRecord, SetFields
from werkdrukdesk.ui.forms.widgets import plain
from werkdrukdesk.ui.pages.balance.bar import bar_scale
from werkdrukdesk.ui.pages.balance.editor import TeamDetail
from werkdrukdesk.ui.pages.balance.team_list import STRANDS, TeamList, TeamListModel
from werkdrukdesk.ui.pages.base import StepPage
from werkdrukdesk.ui.pages.inventory.page import scrolling
from werkdrukdesk.ui.steps import Step

# px the chosen team's detail keeps beside the list: below it the two counts under its bar
# ('1 too high, 3 needing attention', '0 too low, …') run into each other.
DETAIL_KEEPS = 420


class BalancePage(StepPage):
    scrolls = False  # the team list and the detail beside it scroll on their own

    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(step, parent)
        self.pictures: dict[int, TeamPicture] = {}
        self.wide_picture = TeamPicture(None)  # the organisation-wide ratings, with `pictures`
        self.strands = False  # unwanted behaviour and aggression named apart (`strands_apart`)
        self.model = TeamListModel(self)
        self.list = TeamList()
        self.list.setModel(self.model)
        self.list.selectionModel().currentRowChanged.connect(self._team_chosen)
        self.detail = TeamDetail(self._apply)
        self.splitter = splitter = QSplitter(Qt.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._list_part())
        splitter.addWidget(scrolling(self.detail))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 560])
        # Once the owner moves the border, where it stands is theirs (see `_room_for_names`).
        self.border_moved = False
        splitter.splitterMoved.connect(lambda: setattr(self, "border_moved", True))
        self.body.addWidget(splitter, 1)

    def _list_part(self) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = caption = QLabel(self._caption_text())
        caption.setWordWrap(True)
        caption.setBuddy(self.list)
        self.summary = plain()
        self.summary.setAccessibleName(self.tr("Samenvatting van de balans"))
        layout.addWidget(caption)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        return part

    def _caption_text(self) -> str:
        text = self.tr(
            "&Teams, de belangrijkste eerst. Links van de streep de werkdrukbronnen die te hoog "
            "zijn (rood) of aandacht nodig hebben (oranje), rechts de energiebronnen die te laag "
            "zijn of aandacht nodig hebben. Eén blokje is één bron.")
        if self.strands:
            text += " " + self.tr(
                "Ongewenst gedrag en agressie zijn geen werkdruk: die staan apart, onder "
                "'Gedrag, agressie'.")
        return text

    # -- filling ---------------------------------------------------------------------------

    def need_fields(self) -> dict[str, QWidget]:
        return {"verdicts": self.list}

    def refresh(self) -> None:
        self._reload(keep_detail=False)

    def _reload(self, keep_detail: bool, pictures: bool = True) -> None:
        """Rebuild the list in priority order and keep the chosen team chosen; the teams'
        pictures are worked out again unless only a balance changed (`pictures` False: they
        come from the inventory's ratings, which a verdict or a priority leaves alone)."""
        if not keep_detail:
            self.detail.flush()  # may store, which reloads once more; do it before we start
        chosen = self._team_at(self.list.currentIndex())
        cycle = self.doc.cycle if self.doc else None
        if pictures or not self.pictures:
            self.pictures = team_pictures(self.doc.org, cycle) if self.doc else {}
            self.wide_picture = (team_picture(self.doc.org, cycle, None) if self.doc
                                 else TeamPicture(None))
            self.strands = self.doc is not None and strands_apart(
                self.doc.org, [self.wide_picture, *self.pictures.values()])
            self.list.setColumnHidden(STRANDS, not self.strands)
            self.caption.setText(self._caption_text())
        scale = bar_scale(list(self.pictures.values()))
        rescaled = scale != self.list.bars.scale
        self.list.set_scale(scale)
        self.list.selectionModel().blockSignals(True)
        # Repaints only the rows that changed.
        changed = self.model.load(cycle, self.pictures, self.strands)
        if rescaled:
            self.list.viewport().update()  # every bar is drawn to the new scale
        self.list.fit_columns(None if rescaled else changed)
        if changed is None or rescaled:  # other teams or wider bars: the list may need room
            self._room_for_names()
        row = self.model.row_of(chosen.id) if chosen else -1
        if row < 0 and self.model.rowCount():
            row, keep_detail = 0, False
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.list.selectionModel().blockSignals(False)
        if not keep_detail:
            self._team_chosen(self.list.currentIndex())
        self._show_summary()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)  # the splitter has its new width by now
        self._room_for_names()

    def _room_for_names(self) -> None:
        """Widen the list until every team's name shows in full, as far as the detail beside
        it keeps DETAIL_KEEPS: beside the bar, 'Gedrag, agressie' and the verdict, the list's
        first share of the window cut names short ('Financiën e…')."""
        if self.border_moved:
            return
        sizes = self.splitter.sizes()
        total = sum(sizes)
        wanted = min(self.list.full_width(), total - DETAIL_KEEPS)
        if wanted > sizes[0]:
            self.splitter.setSizes([wanted, total - wanted])

    def _team_at(self, index: QModelIndex) -> m.Team | None:
        if not index.isValid() or index.row() >= len(self.model.teams):
            return None
        return self.model.teams[index.row()]

    def _team_chosen(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        team = self._team_at(index)  # before flushing: a store re-sorts the rows
        self.detail.flush()  # typing belongs to the team shown before
        cycle = self.doc.cycle if self.doc else None
        if team is None:
            self.detail.show_team(None, None, cycle, TeamPicture(None), 1, False)
            return
        # A team without a balance gets a fresh one; it is stored on its first edit only.
        balance = balance_for(cycle, team.id) or m.TeamBalance(team.id)
        self.detail.show_team(team, balance, cycle, self.pictures[team.id], self.model.scale(),
                              not self.doc.read_only, self.strands)

    def _show_summary(self) -> None:
        if self.doc is None:
            self.summary.setText("")
            return
        if not self.doc.cycle.teams:
            self.summary.setText(self.tr("Voeg eerst bij Organisatie de teams toe."))
            return
        self.summary.setText(self._summary_text())

    def _summary_text(self) -> str:
        summary = balance_summary(self.doc.org, self.doc.cycle, self.pictures)
        lines = [self.tr("Oordeel gegeven: {0} van {1} teams (uit balans: {2}, let op: {3}). "
                         "Met prioriteit: {4}.").format(
            summary.decided, summary.teams, summary.verdicts[m.Verdict.OUT_OF_BALANCE],
            summary.verdicts[m.Verdict.AT_RISK], summary.with_priority)]
        wide = self.wide_picture
        if wide.problem_count and self.strands:
            lines.append(self.tr(
                "Hele organisatie: te hoge werkdrukbronnen {0}, te lage energiebronnen {1}, "
                "ongewenst gedrag of agressie te vaak {2}. Die tellen mee bij ieder team dat die "
                "bron niet zelf heeft beoordeeld.").format(
                len(wide.werkdruk_too_high), len(wide.resources_too_low),
                len(wide.strands_too_often)))
        elif wide.problem_count:
            lines.append(self.tr(
                "Hele organisatie: te hoge werkdrukbronnen {0}, te lage energiebronnen {1}. Die "
                "tellen mee bij ieder team dat die bron niet zelf heeft beoordeeld.").format(
                len(wide.werkdruk_too_high), len(wide.resources_too_low)))
        return "\n".join(lines)

    # -- editing ---------------------------------------------------------------------------

    def _apply(self, edit: SetFields) -> bool:
        if self.doc is None:
            return False
        if edit.values.get("priority") == 0:  # the spin box shows 0 as 'geen': no priority
            edit = replace(edit, values={**edit.values, "priority": None})
        balance = edit.record
        # A team's first verdict makes its balance: the edit names the field, the record joins.
        joins = [] if balance.id is not None else [AddRecord(balance, self.doc.cycle.balances)]
        stored = self.doc.apply(edit, *joins)
        if stored:
            self._reload(keep_detail=True, pictures=False)
            self.detail.update_hint()
        return stored

    def leave(self) -> None:
        self.detail.flush()
