"""Incidents before and after, for the whole PSA policy only: per strand the organisation's
count in the cycle before and in this one (`core.psa.incidents.before_and_after`), only where a
count cannot point at a person. A change in the count is a hint, not a verdict: more reports can
also mean people dare to report."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from werkdrukdesk.core import model as m
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.psa.incidents import before_and_after
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.forms.widgets import plain


class IncidentsBeforeAfter(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Meldingen: vorige cyclus en deze"), parent)
        self.lines = plain()
        self.lines.setAccessibleName(self.tr("Meldingen in de vorige cyclus en in deze"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines)
        layout.addWidget(plain(self.tr(
            "Meer meldingen hoeft niet slechter te zijn: het kan ook betekenen dat mensen "
            "eerder durven te melden. Bespreek wat erachter zit."), "color: #4a4a4a;"))
        self.hide()

    def set_document(self, doc: OpenDocument | None) -> None:
        whole = doc is not None and doc.org.profile.psa_scope == m.PsaScope.WHOLE
        self.setVisible(whole)
        if doc is None or not whole:
            self.lines.setText("")
            return
        lines = []
        for change in before_and_after(doc.org, doc.cycle):
            lines.append(self.tr("{0}: vorige cyclus {1}, deze cyclus {2}").format(
                label(change.strand)[:1].upper() + label(change.strand)[1:],
                self._count(change.before, first=doc.cycle.number == 1),
                self._count(change.after)))
        self.lines.setText("\n".join(lines))

    def _count(self, count: int | None, first: bool = False) -> str:
        if count is not None:
            return str(count)
        if first:
            return self.tr("(er is geen vorige cyclus)")
        return self.tr("(niet getoond: de groep is te klein)")
