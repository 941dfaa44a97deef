"""A two-sided bar: demands that weigh on a team to the left, missing resources to the right.

One block is one source, red for 'too high' / 'too low' and amber for 'needs attention'; all teams
share one scale, so a longer bar really means more sources. Unwanted behaviour and aggression
are not werkdruk and stay off the bar; the team list and the team's details name them apart.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from werkdrukdesk.core.balance import TeamPicture

PROBLEM = QColor("#c62828")
ATTENTION = QColor("#f0a500")
AXIS = QColor("#555555")
MAX_BLOCK = 14  # px; few sources should not look like a wall
LIST_BLOCK = 8  # px per source in the team list; beyond 12 sources a side the blocks shrink
GAP = 2


def bar_scale(pictures: list[TeamPicture]) -> int:
    """The most blocks any side of any team needs, at least 1."""
    sides = [len(p.werkdruk_too_high) + len(p.werkdruk_attention) for p in pictures]
    sides += [len(p.resources_too_low) + len(p.resources_attention) for p in pictures]
    return max([1, *sides])


def paint_bar(painter: QPainter, rect: QRect, picture: TeamPicture, scale: int) -> None:
    """Blocks grow outward from the middle line: demands left, resources right."""
    middle = rect.center().x()
    block = max(2, min(MAX_BLOCK, (rect.width() // 2 - 4) // max(scale, 1)))
    top, height = rect.top() + 2, rect.height() - 4
    left = [PROBLEM] * len(picture.werkdruk_too_high) + [ATTENTION] * len(
        picture.werkdruk_attention)
    right = [PROBLEM] * len(picture.resources_too_low) + [ATTENTION] * len(
        picture.resources_attention)
    painter.save()
    painter.setPen(Qt.NoPen)
    for n, colour in enumerate(left):
        painter.setBrush(colour)
        painter.drawRect(middle - 2 - (n + 1) * block + GAP // 2, top, block - GAP, height)
    for n, colour in enumerate(right):
        painter.setBrush(colour)
        painter.drawRect(middle + 2 + n * block + GAP // 2, top, block - GAP, height)
    painter.setPen(QPen(AXIS, 2))
    painter.drawLine(middle, rect.top(), middle, rect.bottom())
    painter.restore()


class BarDelegate(QStyledItemDelegate):
    """Draws the bar in a table cell; the model gives the picture under Qt.UserRole."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.scale = 1

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        widget = option.widget
        style = widget.style() if widget else None
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""  # the words are for screen readers and tooltips; the cell shows blocks
        if style:
            style.drawControl(QStyle.CE_ItemViewItem, plain, painter, widget)
        picture = index.data(Qt.UserRole)
        if isinstance(picture, TeamPicture):
            paint_bar(painter, option.rect.adjusted(4, 3, -4, -3), picture, self.scale)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 (Qt's name)
        # As wide as the blocks; the column is never narrower than its header (on two lines),
        # so a bar of few sources does not shrink to nothing. Every pixel more goes from the
        # teams' names beside it.
        width = min(2 * LIST_BLOCK * self.scale + 16, 2 * LIST_BLOCK * 12 + 16)
        return QSize(width, option.fontMetrics.height() + 8)


class BalanceBar(QWidget):
    """The bar of one team, large, with its words above and below."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.picture: TeamPicture | None = None
        self.scale = 1
        self.setMinimumHeight(self.fontMetrics().height() * 2 + 30)

    def show_picture(self, picture: TeamPicture | None, scale: int, summary: str) -> None:
        self.picture, self.scale = picture, scale
        self.setAccessibleName(self.tr("Balans van werkdrukbronnen en energiebronnen"))
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.picture is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing, False)
        line = self.fontMetrics().height()
        area = self.rect().adjusted(2, 0, -2, 0)
        top = QRect(area.left(), area.top(), area.width(), line)
        bottom = QRect(area.left(), area.bottom() - line, area.width(), line)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(top, Qt.AlignLeft, self.tr("◀ Werkdrukbronnen"))
        painter.drawText(top, Qt.AlignRight, self.tr("Energiebronnen ▶"))
        p = self.picture
        painter.drawText(bottom, Qt.AlignLeft, self.tr("{0} te hoog, {1} aandacht").format(
            len(p.werkdruk_too_high), len(p.werkdruk_attention)))
        painter.drawText(bottom, Qt.AlignRight, self.tr("{0} te laag, {1} aandacht").format(
            len(p.resources_too_low), len(p.resources_attention)))
        blocks = QRect(area.left(), top.bottom() + 4, area.width(), bottom.top() - top.bottom() - 8)
        paint_bar(painter, blocks, p, self.scale)
        painter.end()
