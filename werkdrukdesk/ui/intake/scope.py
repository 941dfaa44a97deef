"""The choice of how much of the PSA policy a file covers: asked at the intake of a new
organisation and shown again in step 1, where the owner can widen or narrow it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from werkdrukdesk.core import model as m
from werkdrukdesk.ui.forms.widgets import plain, spoken

EXPLANATION_STYLE = "color: #4a5560; margin-left: 22px;"  # under its button, in step with it


class ScopeChoice(QWidget):
    """Two buttons with one plain sentence each; `chosen` when the user picks one (by click
    or arrow key), never when the program sets it."""

    chosen = Signal(object)  # m.PsaScope

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[m.PsaScope, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for scope, caption, explanation in (
            (m.PsaScope.WHOLE, self.tr("Het &hele PSA-beleid (aanbevolen)"), self.tr(
                "Werkdruk, en ook ongewenst gedrag binnen het bedrijf (pesten, intimidatie, "
                "seksuele intimidatie, discriminatie) en agressie en geweld van klanten of "
                "bezoekers. Naar alle drie vraagt de Arbeidsinspectie.")),
            (m.PsaScope.WERKDRUK, self.tr("A&lleen werkdruk"), self.tr(
                "Alleen werkdruk en werkstress. Ongewenst gedrag en agressie regelt u dan op "
                "een andere manier; u kunt ze hier later alsnog toevoegen.")),
        ):
            button = QRadioButton(caption)
            button.setAccessibleName(spoken(caption))
            button.setAccessibleDescription(explanation)
            self.group.addButton(button)
            self.buttons[scope] = button
            layout.addWidget(button)
            layout.addWidget(plain(explanation, EXPLANATION_STYLE))
        self.buttons[m.PsaScope.WHOLE].setChecked(True)  # the default for a new organisation
        self.group.buttonClicked.connect(lambda _button: self.chosen.emit(self.scope()))

    def scope(self) -> m.PsaScope:
        return next(s for s, b in self.buttons.items() if b.isChecked())

    def set_scope(self, scope: m.PsaScope) -> None:
        """Show `scope` without announcing it."""
        self.buttons[scope].setChecked(True)
