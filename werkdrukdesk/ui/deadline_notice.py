"""Keeping control: on opening a file, the measures of the newest cycle that are past their
term or due within 30 days, as a calm notice (information, not an error)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle, due_soon, overdue_measures
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.ui.document import OpenDocument

SOON_DAYS = 30
MAX_LISTED = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a bare tr() under ""


def deadline_notice(doc: OpenDocument) -> str | None:
    """Plain Dutch text naming the overdue and soon-due measures of the newest cycle (at most
    eight, then "en nog N"); None when there are none."""
    today = doc.today
    cycle = current_cycle(doc.org)
    late = sorted(overdue_measures(cycle, today), key=_order)
    soon = sorted(due_soon(cycle, today, SOON_DAYS), key=_order)
    if not late and not soon:
        return None
    lines = [_heading(cycle.number, len(late), len(soon))]
    listed = [_line(x, tr("te laat")) for x in late]
    listed += [_line(x, tr("binnenkort")) for x in soon]
    lines += listed[:MAX_LISTED]
    if len(listed) > MAX_LISTED:
        lines.append(tr("en nog {0}").format(len(listed) - MAX_LISTED))
    return "\n".join(lines)


def _order(measure: m.Measure) -> tuple:
    return (measure.deadline or date.max, measure.title.casefold())


def _heading(number: int, late: int, soon: int) -> str:
    parts = []
    if late:
        parts.append(tr("1 maatregel is over de termijn") if late == 1 else
                     tr("{0} maatregelen zijn over de termijn").format(late))
    if soon:
        parts.append(tr("1 maatregel moet binnen 30 dagen klaar zijn") if soon == 1 else
                     tr("{0} maatregelen moeten binnen 30 dagen klaar zijn").format(soon))
    return tr("Termijnen in cyclus {0}: {1}.").format(number, tr(" en ").join(parts))


def _line(measure: m.Measure, state: str) -> str:
    who = " ".join(measure.responsible.split()) or tr("nog niemand aangewezen")
    title = " ".join(measure.title.split()) or tr("(maatregel zonder naam)")
    return tr("• {0} — uiterlijk {1} ({2}), verantwoordelijk: {3}").format(
        title, format_date(measure.deadline), state, who)


class DeadlineLabel(QLabel):
    """The notice in the window's banner area: neutral colours, plain text, hidden when empty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deadlineNotice")
        self.setWordWrap(True)
        self.setTextFormat(Qt.PlainText)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.setAccessibleName(tr("Termijnen die aandacht vragen"))
        self.setToolTip(tr("Verdwijnt als u naar een andere stap gaat; de termijnen staan ook "
                           "bij Overzicht & afdrukken."))
        self.setStyleSheet(
            "QLabel#deadlineNotice { background: #f3f5f7; border: 1px solid #d5dbe1;"
            " border-radius: 4px; padding: 6px 8px; color: #2b3a48; }"
        )
        self.hide()

    def show_notice(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))
