"""'Uit de bibliotheek': pick a suggested measure, which becomes a new measure of the plan
aimed at this cycle's problems; the owner then adapts it in the measure editor.

Only the measures of the strands the file covers are offered; with the whole PSA policy they
are grouped under a heading per strand (werkdruk, unwanted behaviour, aggression)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.catalogue import builtin_sources
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.model.edits import AddRecord
from werkdrukdesk.core.plan.library import (
    Suggestion,
    measure_keys,
    problem_keys,
    search,
    suggestions,
    targets_for,
    to_measure,
)
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.widgets import side_by_side

ALL = "all"  # scope: every source


class LibraryDialog(QDialog):
    """Suggestions filtered by sources, level and words; `chosen()` after acceptance."""

    def __init__(self, doc: OpenDocument, focus: m.Measure | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc, self.focus = doc, focus
        self.names = self._source_names()
        self.existing = {x.title.strip().casefold() for x in doc.cycle.measures}
        self.by_key: dict[str, Suggestion] = {}  # what the list shows
        self.setWindowTitle(self.tr("Maatregel uit de bibliotheek"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Kies een voorbeeld. Het komt als nieuwe maatregel in uw plan, gekoppeld aan de "
            "knelpunten die erbij horen. Pas het daarna aan uw eigen bedrijf aan: wie, wanneer "
            "en hoe precies."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._filters())
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Voorbeeldmaatregelen"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._show_details)
        self.list.itemActivated.connect(self._accept_item)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Uitleg bij het gekozen voorbeeld"))
        self.details.setOpenLinks(False)
        layout.addWidget(side_by_side(self.list, self.details, (380, 420), (1, 1)), 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        layout.addWidget(self._buttons())
        self.resize(860, 540)
        self._fill()

    def _filters(self) -> QGridLayout:
        grid = QGridLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("woord in de titel of uitleg…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.scope = QComboBox()
        self.scope.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.scope.setMinimumContentsLength(16)
        self._fill_scope()
        self.scope.currentIndexChanged.connect(self._fill)
        self.level = QComboBox()
        self.level.addItem(self.tr("Alle niveaus"), None)
        for level in m.Level:
            self.level.addItem(label(level), level.value)
        self.level.currentIndexChanged.connect(self._fill)
        for column, (caption, widget) in enumerate((
            (self.tr("&Zoeken"), self.search),
            (self.tr("&Voor"), self.scope),
            (self.tr("&Niveau"), self.level),
        )):
            text = QLabel(caption)
            text.setBuddy(widget)
            widget.setAccessibleName(caption.replace("&", ""))
            grid.addWidget(text, 0, column * 2)
            grid.addWidget(widget, 0, column * 2 + 1)
            grid.setColumnStretch(column * 2 + 1, 2 if widget is self.scope else 1)
        return grid

    def _fill_scope(self) -> None:
        """The chosen measure's sources or this cycle's problems first, then any source."""
        keys = measure_keys(self.doc.org, self.focus)
        if keys:
            self.scope.addItem(self.tr("Bronnen van de gekozen maatregel"), sorted(keys))
        problems = problem_keys(self.doc.org, self.doc.cycle)
        if problems:
            self.scope.addItem(self.tr("Knelpunten van deze cyclus"), sorted(problems))
        self.scope.addItem(self.tr("Alle bronnen"), ALL)
        self.scope.insertSeparator(self.scope.count())
        archived = {s.catalogue_key for s in self.doc.org.sources if s.archived}
        for key, name in self.names.items():
            if key not in archived:  # the mixed source of a whole-PSA file, for one
                self.scope.addItem(name, [key])

    def _source_names(self) -> dict[str, str]:
        """Names by catalogue key as this file calls them (the owner may have renamed one)."""
        names = {s.catalogue_key: s.name
                 for s in builtin_sources(scope=self.doc.org.profile.psa_scope)}
        names.update({s.catalogue_key: s.name for s in self.doc.org.sources if s.catalogue_key})
        return names

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox()
        self.add_button = QPushButton(self.tr("&Toevoegen"))
        self.add_button.setAccessibleName(self.tr("Gekozen voorbeeld aan het plan toevoegen"))
        box.addButton(self.add_button, QDialogButtonBox.AcceptRole)
        close = box.addButton(QDialogButtonBox.Close)
        close.setText(self.tr("&Sluiten"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        return box

    # -- filling -----------------------------------------------------------------------------

    def _fill(self) -> None:
        wanted = self.scope.currentData()
        keys = None if wanted in (ALL, None) else set(wanted)
        level = self.level.currentData()
        found = search(suggestions(keys, m.Level(level) if level else None), self.search.text())
        strands = self.doc.org.strands
        # Grouped by strand in the inspector's order; within a strand the library's own order.
        found = sorted((s for s in found if _strand(s) in strands),
                       key=lambda s: strands.index(_strand(s)))
        before = self.chosen()
        self.list.clear()
        heading = None
        for suggestion in found:
            if len(strands) > 1 and _strand(suggestion) != heading:
                heading = _strand(suggestion)
                self.list.addItem(self._heading(heading))
            text = f"{suggestion.title}  ({label(suggestion.level)})"
            if suggestion.statutory:
                text += self.tr(" — wettelijk verplicht")
            if suggestion.title.strip().casefold() in self.existing:
                text += self.tr(" — staat al in uw plan")
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, suggestion.key)
            self.list.addItem(item)
        self.by_key = {s.key: s for s in found}
        rows = [n for n in range(self.list.count()) if self.list.item(n).data(Qt.UserRole)]
        chosen = [n for n in rows if before and self.list.item(n).data(Qt.UserRole) == before.key]
        self.list.setCurrentRow((chosen or rows or [-1])[0])
        self.count.setText(self.tr("{0} voorbeelden").format(len(found)))
        self._show_details()

    def _heading(self, strand: m.Strand) -> QListWidgetItem:
        """A strand's name above its measures: read, never chosen."""
        item = QListWidgetItem(label(strand)[:1].upper() + label(strand)[1:])
        item.setFlags(Qt.NoItemFlags)
        font = QFont(self.list.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(self.list.palette().windowText())  # not the grey of 'disabled'
        return item

    def chosen(self) -> Suggestion | None:
        item = self.list.currentItem()
        return self.by_key.get(item.data(Qt.UserRole)) if item is not None else None

    def _show_details(self, *_args) -> None:
        suggestion = self.chosen()
        self.add_button.setEnabled(suggestion is not None)
        if suggestion is None:
            self.details.setPlainText(self.tr("Geen voorbeeld gevonden. Kies 'Alle bronnen' "
                                              "of zoek op een ander woord."))
            return
        self.details.setHtml(self._describe(suggestion))

    def _describe(self, s: Suggestion) -> str:
        """The suggestion in full; every text is escaped, source names may be the owner's."""
        e = html.escape
        sources = ", ".join(e(self.names.get(k, k)) for k in s.sources)
        strand = ""
        if len(self.doc.org.strands) > 1:
            part = self.tr("Onderdeel")
            strand = f"<b>{e(part)}:</b> {e(label(_strand(s)))}<br>"
        parts = [f"<h3>{e(s.title)}</h3>",
                 f"<p>{strand}<b>{e(self.tr('Niveau'))}:</b> {e(label(s.level))}<br>"
                 f"<b>{e(self.tr('Pakt aan'))}:</b> {sources}</p>",
                 *self._legal(s),
                 f"<p>{e(s.description)}</p>"]
        if s.carried_out_by:
            parts.append(f"<p><b>{e(self.tr('Wie voert het uit'))}:</b> {e(s.carried_out_by)}</p>")
        if s.coherence:
            parts.append(f"<p><b>{e(self.tr('Samenhang'))}:</b> {e(s.coherence)}</p>")
        parts.append(f"<p><b>{e(self.tr('Wordt gekoppeld aan'))}:</b> {self._targets_text(s)}</p>")
        return "".join(parts)

    def _legal(self, s: Suggestion) -> list[str]:
        """A legal minimum is said first, with its source of law: it is no optional extra."""
        if not s.statutory:
            return []
        e = html.escape
        required = self.tr("Wettelijk verplicht")
        minimum = self.tr("Dit is geen keuze maar een minimum; wat u verder doet, komt erbovenop.")
        return [f"<p><b>{e(required)}</b> ({e(s.law)}): {e(s.legal)}<br>{e(minimum)}</p>"]

    def _targets_text(self, suggestion: Suggestion) -> str:
        targets = targets_for(suggestion, self.doc.org, self.doc.cycle, self._focus_targets())
        if not targets:
            return html.escape(self.tr("nog geen knelpunt uit deze cyclus; kies dat daarna zelf "
                                       "bij de maatregel."))
        return "<br>".join(
            html.escape(f"{self.doc.source(t.source_id).name} — {self.doc.team_name(t.team_id)}")
            for t in targets
        )

    def _focus_targets(self) -> list[m.Target]:
        return list(self.focus.targets) if self.focus is not None else []

    def _accept_item(self, _item: QListWidgetItem) -> None:
        if self.chosen() is not None:
            self.accept()


def _strand(suggestion: Suggestion) -> m.Strand:
    # Measures say their strand (core.plan.library); a library without it is all werkdruk.
    return getattr(suggestion, "strand", m.Strand.WERKDRUK)


def add_suggestion(
    doc: OpenDocument, suggestion: Suggestion, focus: m.Measure | None = None
) -> m.Measure | None:
    """Store a new measure made from `suggestion`; None when the file refused it."""
    focus_targets = focus.targets if focus is not None else []
    measure = to_measure(suggestion, targets_for(suggestion, doc.org, doc.cycle, focus_targets))
    return measure if doc.apply(AddRecord(measure, doc.cycle.measures)) else None


def choose_and_add(
    parent: QWidget, doc: OpenDocument, focus: m.Measure | None
) -> m.Measure | None:
    """Show the library; the measure added, or None when the owner closed it."""
    dialog = LibraryDialog(doc, focus, parent)
    if dialog.exec() != QDialog.Accepted or dialog.chosen() is None:
        return None
    return add_suggestion(doc, dialog.chosen(), focus)
