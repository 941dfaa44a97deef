"""The editor of one voorlichting: when, what, for whom, which topics and who came."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from werkdrukdesk.core import model as m
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.core.psa.topics import shown_topics, topic_groups
from werkdrukdesk.core.readiness.coverage import session_warnings
from werkdrukdesk.core.rules import problems_session
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.binding import Binder
from werkdrukdesk.ui.forms.widgets import CodeChoice, DateField, InlineProblems, LongText, form
from werkdrukdesk.ui.pages.sessions.people import AttendeesBox, TeamCountsBox


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class SessionEditor(QWidget):
    stored = Signal(object)  # the session, after every successful store

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc: OpenDocument | None = None
        self.session: m.InformationSession | None = None
        self.problems = InlineProblems()
        self.binder = Binder(self._apply, self.problems, self._check)
        self.attendees = AttendeesBox(self._update)
        self.counts = TeamCountsBox(self._update)
        self.total = QLabel()
        self.total.setTextFormat(Qt.PlainText)
        self.total.setAccessibleName(self.tr("Aantal aanwezigen in totaal"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(self.problems)
        layout.addWidget(self._details_box())
        layout.addWidget(self._topics_box())
        layout.addWidget(self.attendees)
        layout.addWidget(self.counts)
        layout.addWidget(self.total)
        layout.addWidget(self._notes_box())
        layout.addStretch()

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Voorlichting"))
        layout = form(box)
        self.held_on = DateField()
        self.title_edit = QLineEdit()
        self.form_choice = CodeChoice(list(m.SessionForm), names=lambda c: capitalised(label(c)))
        self.audience = CodeChoice(list(m.Audience), names=lambda c: capitalised(label(c)))
        self.given_by = QLineEdit()
        for caption, widget, bind, attr in (
            (self.tr("&Datum"), self.held_on, self.binder.date, "held_on"),
            (self.tr("&Titel"), self.title_edit, self.binder.text, "title"),
            (self.tr("Vor&m"), self.form_choice, self.binder.choice, "form"),
            (self.tr("Doel&groep"), self.audience, self.binder.choice, "audience"),
            (self.tr("G&egeven door"), self.given_by, self.binder.text, "given_by"),
        ):
            layout.addRow(caption, widget)
            widget.setAccessibleName(caption.replace("&", ""))
            bind(widget, attr)
        return box

    def _topics_box(self) -> QGroupBox:
        """Every strand's topics, each under a small heading; a file covers one strand or all
        three, and `show_session` hides what it does not cover (headings and all, so a
        werkdruk-only file shows the list it always did)."""
        box = QGroupBox(self.tr("Wat kwam aan bod?"))
        layout = QVBoxLayout(box)
        self.topic_boxes: dict[m.Topic, QCheckBox] = {}
        self.topic_headings: list[QLabel] = []
        for strands, topics in topic_groups(m.STRANDS[m.PsaScope.WHOLE]):
            heading = QLabel(self._heading(strands))
            heading.setStyleSheet("font-weight: 600; margin-top: 4px;")
            self.topic_headings.append(heading)
            layout.addWidget(heading)
            for topic in topics:
                check = QCheckBox(capitalised(label(topic)))
                check.setAccessibleName(capitalised(label(topic)))
                if topic == m.Topic.SIGNALS_IN_OTHERS:
                    check.setToolTip(self.tr(
                        "Bedoeld voor leidinggevenden: hoe zie je dat een medewerker last heeft "
                        "van werkstress, en wat doe je dan?"
                    ))
                check.toggled.connect(self._topics_toggled)
                layout.addWidget(check)
                self.topic_boxes[topic] = check
        self._show_topics((m.Strand.WERKDRUK,))  # as most files are, so nothing moves later
        return box

    def _heading(self, strands: tuple[m.Strand, ...]) -> str:
        if len(strands) == 1:
            return capitalised(label(strands[0]))
        return self.tr("Bij ongewenst gedrag én bij agressie")  # the one shared group

    def _show_topics(self, strands: tuple[m.Strand, ...]) -> None:
        shown = shown_topics(strands)
        for topic, check in self.topic_boxes.items():
            check.setHidden(topic not in shown)
        for heading in self.topic_headings:
            heading.setHidden(len(strands) < 2)

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Aantekeningen"))
        layout = form(box)
        self.notes = LongText(lines=3)
        self.notes.setMaximumHeight(self.notes.minimumHeight() * 2)  # long text scrolls inside
        layout.addRow(self.tr("Aante&keningen"), self.notes)
        self.notes.setAccessibleName(self.tr("Aantekeningen"))
        self.binder.text(self.notes, "notes")
        return box

    # -- showing ---------------------------------------------------------------------------

    def show_session(self, doc: OpenDocument, session: m.InformationSession) -> None:
        self.doc, self.session = doc, session
        editable = not doc.read_only
        self.binder.show(session, editable)
        self._show_topics(doc.org.strands)
        for topic, check in self.topic_boxes.items():
            check.blockSignals(True)
            check.setChecked(topic in session.topics)
            check.blockSignals(False)
            check.setEnabled(editable)
        self.attendees.show_session(session, doc.cycle.teams, editable)
        self.counts.show_session(session, doc.cycle.teams, editable)
        self._order_tabs()
        self._show_total()

    def _order_tabs(self) -> None:
        # The team spin boxes are made later than the notes; Tab should still follow the screen.
        chain = [self.attendees.remove_button, *self.counts.spins.values(), self.notes]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _show_total(self) -> None:
        self.total.setText(
            self.tr("Aanwezig in totaal: {0} (namen en aantallen samen)").format(
                self.session.attendance()
            )
        )

    def flush(self) -> None:
        """Store what is still being typed before another session or page is shown."""
        if self.session is not None and self.doc is not None and not self.doc.read_only:
            self.binder.flush()
            self.counts.flush()

    # -- storing ---------------------------------------------------------------------------

    def _check(self, session: m.InformationSession) -> list[str]:
        teams = self.doc.cycle.teams if self.doc else []
        return problems_session(session) + session_warnings(session, teams)

    def _apply(self, edit: SetFields) -> bool:
        stored = self.doc.apply(edit)
        if stored:
            self._show_total()
            self.stored.emit(edit.record)
        return stored

    def _update(self, attr: str, value: Any) -> bool:
        """Change a list-valued field; refused, the form shows the session as it is."""
        captions = {"attendees": self.tr("aanwezigen"), "topics": self.tr("onderwerpen"),
                    "team_counts": self.tr("aantallen per team")}
        if not self._apply(SetFields(self.session, {attr: value}, caption=captions.get(attr))):
            self.show_session(self.doc, self.session)
            return False
        self.problems.show_problems(self._check(self.session))
        return True

    def _topics_toggled(self) -> None:
        if self.session is None or self.doc is None:
            return
        shown = shown_topics(self.doc.org.strands)
        # Topics of a strand the file no longer covers stay on the session: nothing is lost
        # by narrowing, and widening again shows them ticked.
        kept = [t for t in self.session.topics if t not in shown]
        ticked = {t for t, check in self.topic_boxes.items() if t in shown and check.isChecked()}
        chosen = [t for t in m.Topic if t in ticked or t in kept]  # in the model's order
        if set(chosen) != set(self.session.topics):
            self._update("topics", chosen)
