"""A plain bar chart of one group's comparison: per source a pair of bars, before and after,
on the 1-5 answer scale (the bars start at 1, the lowest answer), each with its value."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from werkdrukdesk.core.catalogue import answer_labels
from werkdrukdesk.core.i18n import format_number
from werkdrukdesk.core.model import SourceKind
from werkdrukdesk.core.survey.compare import VERDICT_LABELS, Change, ChangeVerdict
from werkdrukdesk.ui.survey.common import tr

BEFORE, AFTER = QColor("#9aa5b1"), QColor("#1d5fa8")
VERDICT_COLOURS = {ChangeVerdict.CLEARLY_BETTER: QColor("#0f5132"),
                   ChangeVerdict.CLEARLY_WORSE: QColor("#842029")}
BAR, GAP, ROW_GAP, MARGIN, LEGEND, AXIS = 13, 3, 12, 8, 28, 34
LOW, HIGH = 1, 5


class ComparisonChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.changes: list[Change] = []
        self.rows: list[str | Change] = []
        self.names = ("", "")
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setAccessibleName(tr("Grafiek: gemiddelde per bron voor en na"))

    def show_changes(self, changes: Sequence[Change], before: str, after: str) -> None:
        self.changes, self.names = list(changes), (before, after)
        self.rows = self._rows()
        self._fit_height()
        self.setAccessibleDescription("; ".join(self.labels()))
        self.update()

    def labels(self) -> list[str]:
        """What the chart says, in words: for screen readers and for checking."""
        return [f"{c.source_name}: {format_number(c.before_mean)} → "
                f"{format_number(c.after_mean)}, {VERDICT_LABELS[c.verdict]}"
                for c in self.changes]

    def _rows(self) -> list[str | Change]:
        """Demands first, then resources, each under a heading that says which way is better."""
        rows: list[str | Change] = []
        for kind, title in ((SourceKind.DEMAND, tr("Werkdrukbronnen: lager is beter")),
                            (SourceKind.RESOURCE, tr("Energiebronnen: hoger is beter"))):
            of_kind = [c for c in self.changes if c.kind == kind]
            rows += [title, *of_kind] if of_kind else []
        return rows

    # -- geometry --------------------------------------------------------------------------------

    def _label_width(self) -> int:
        return max(140, min(300, self.width() // 3))

    def _row_heights(self) -> list[int]:
        width = self._label_width()
        metrics = self.fontMetrics()
        pair = 2 * BAR + GAP
        return [metrics.height() + ROW_GAP if isinstance(row, str) else
                max(pair, metrics.boundingRect(QRect(0, 0, width, 1000), Qt.TextWordWrap,
                                               row.source_name).height()) + ROW_GAP
                for row in self.rows]

    def _fit_height(self) -> None:
        self.setFixedHeight(LEGEND + sum(self._row_heights()) + AXIS + 2 * MARGIN)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_height()  # labels wrap differently at another width

    # -- painting --------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        left = MARGIN + self._label_width() + 10
        value_room = self.fontMetrics().horizontalAdvance("0,00  duidelijk slechter") + 10
        right = max(left + 100, self.width() - MARGIN - value_room)
        scale = (right - left) / (HIGH - LOW)
        self._legend(painter, left)
        top = MARGIN + LEGEND
        bottom = top + sum(self._row_heights())
        self._grid(painter, left, scale, top, bottom)
        for row, height in zip(self.rows, self._row_heights()):
            if isinstance(row, str):
                font = painter.font()
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(QColor("#1d3557"))
                painter.drawText(MARGIN, top + self.fontMetrics().ascent() + 4, row)
                painter.setFont(self.font())
            else:
                self._row(painter, row, top, height, left, scale)
            top += height
        painter.end()

    def _legend(self, painter: QPainter, left: int) -> None:
        x = left
        for colour, name in ((BEFORE, self.names[0]), (AFTER, self.names[1])):
            painter.fillRect(QRectF(x, MARGIN + 4, 14, 12), colour)
            text = self.fontMetrics().elidedText(name, Qt.ElideRight, 320)
            painter.setPen(QColor("#222"))
            painter.drawText(x + 20, MARGIN + 15, text)
            x += 20 + self.fontMetrics().horizontalAdvance(text) + 24

    def _grid(self, painter: QPainter, left: int, scale: float, top: int, bottom: int) -> None:
        words = answer_labels()
        for value in range(LOW, HIGH + 1):
            x = left + (value - LOW) * scale
            painter.setPen(QPen(QColor("#d0d4d9"), 1))
            painter.drawLine(int(x), top - 4, int(x), bottom)
            painter.setPen(QColor("#444"))
            text = f"{value} {words.get(value, '')}"
            width = self.fontMetrics().horizontalAdvance(text)
            painter.drawText(int(x - width / 2), bottom + 18, text)

    def _row(self, painter: QPainter, change: Change, top: int, height: int, left: int,
             scale: float) -> None:
        painter.setPen(QColor("#222"))
        label_box = QRect(MARGIN, top, self._label_width(), height - ROW_GAP)
        painter.drawText(label_box, Qt.TextWordWrap | Qt.AlignVCenter, change.source_name)
        middle = top + (height - ROW_GAP) / 2
        bars = ((change.before_mean, BEFORE, middle - BAR - GAP / 2),
                (change.after_mean, AFTER, middle + GAP / 2))
        for value, colour, y in bars:
            end = left + (min(max(value, LOW), HIGH) - LOW) * scale
            painter.fillRect(QRectF(left, y, max(end - left, 2), BAR), colour)
            painter.setPen(QColor("#222"))
            painter.drawText(int(end + 5), int(y + BAR - 2), format_number(value))
        if change.verdict in VERDICT_COLOURS:
            painter.setPen(VERDICT_COLOURS[change.verdict])
            x = int(left + (min(max(change.after_mean, LOW), HIGH) - LOW) * scale) + 45
            painter.drawText(x, int(middle + BAR - 2), VERDICT_LABELS[change.verdict])
