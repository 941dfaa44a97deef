"""Widgets bound to the fields of one record: every finished edit updates and stores it.

A page makes a `Binder` per record it edits, binds its widgets once, and calls `show(record)`
to fill them. When the user finishes editing a field, the binder hands the page an edit of that
field (`core.model.edits.SetFields`) to apply, asks the core rules what is wrong and shows that
inline. The record changes only through that edit: refused, the form shows the record as it is.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from werkdrukdesk.core.model.edits import SetFields
from werkdrukdesk.ui.forms.widgets import CodeChoice, DateField, InlineProblems, LongText


class Binder:
    def __init__(
        self,
        apply: Callable[[SetFields], bool],
        problems: InlineProblems,
        check: Callable[[Any], list[str]] | None = None,
    ):
        self.record: Any = None
        self._apply = apply
        self._problems = problems
        self._check = check or (lambda record: [])
        self._fillers: list[Callable[[Any], None]] = []
        self._widgets: list[QWidget] = []
        self._widgets_of: dict[str, QWidget] = {}  # field -> its widget, for naming an edit
        self._editable = True

    # -- binding -------------------------------------------------------------------------

    def text(self, widget: QLineEdit | LongText, attr: str) -> None:
        if isinstance(widget, LongText):
            widget.editing_finished.connect(lambda: self._set(attr, widget.toPlainText()))
            widget.textChanged.connect(lambda: self._preview(attr, widget.toPlainText()))
            self._fill(widget, lambda r: widget.set_text_quietly(getattr(r, attr)), attr)
        else:
            widget.editingFinished.connect(lambda: self._set(attr, widget.text()))
            widget.textEdited.connect(lambda text: self._preview(attr, text))
            self._fill(widget, lambda r: _show_line(widget, getattr(r, attr)), attr)

    def number(self, widget: QSpinBox | QDoubleSpinBox, attr: str) -> None:
        widget.editingFinished.connect(lambda: self._set(attr, widget.value()))
        self._fill(widget, lambda r: widget.setValue(getattr(r, attr) or 0), attr)

    def flag(self, widget: QCheckBox, attr: str) -> None:
        widget.toggled.connect(lambda on: self._set(attr, on))
        self._fill(widget, lambda r: widget.setChecked(bool(getattr(r, attr))), attr)

    def choice(self, widget: CodeChoice, attr: str) -> None:
        widget.activated.connect(lambda _index: self._set(attr, widget.code()))
        self._fill(widget, lambda r: widget.set_code(getattr(r, attr)), attr)

    def item(self, widget: QComboBox, attr: str) -> None:
        """A choice whose items carry their value as data (a team id); none chosen: None."""
        widget.activated.connect(lambda _index: self._set(attr, widget.currentData()))
        self._fill(widget, lambda r: widget.setCurrentIndex(
            -1 if getattr(r, attr) is None else widget.findData(getattr(r, attr))), attr)

    def change(self, attr: str, value: Any) -> None:
        """Change one field from a widget the binder does not fill (a set of check boxes);
        refused, the form is filled again."""
        self._set(attr, value)

    def date(self, widget: DateField, attr: str) -> None:
        # A date that cannot be read is explained beside its field (DateField), not here.
        widget.date_edited.connect(lambda value: self._set(attr, value))
        self._fill(widget, lambda r: widget.set_date(getattr(r, attr)), attr)

    # -- use -----------------------------------------------------------------------------

    def show(self, record: Any, editable: bool | None = None) -> None:
        """Fill every bound widget from `record` without storing anything; `editable` None
        keeps what was last asked."""
        if editable is not None:
            self._editable = editable
        editable = self._editable
        self.record = record
        for widget in self._widgets:
            widget.blockSignals(True)
        try:
            for fill in self._fillers:
                fill(record)
        finally:
            for widget in self._widgets:
                widget.blockSignals(False)
                _allow_editing(widget, editable and record is not None, record is not None)
        self._problems.show_problems(self._check(record) if record is not None else [])

    def flush(self) -> None:
        """Store text still being typed in multi-line fields (before closing or switching)."""
        for widget in self._widgets:
            if isinstance(widget, LongText):
                widget.flush()

    def _fill(self, widget: QWidget, filler: Callable[[Any], None], attr: str = "") -> None:
        if attr:
            self._widgets_of[attr] = widget
        self._widgets.append(widget)
        self._fillers.append(lambda record: record is not None and filler(record))

    def _set(self, attr: str, value: Any) -> None:
        if self.record is None or getattr(self.record, attr) == value:
            self._refresh_problems()
            return
        widget = self._widgets_of.get(attr)
        caption = widget.accessibleName() if widget is not None else None
        if not self._apply(SetFields(self.record, {attr: value}, caption=caption)):
            self.show(self.record)  # refused: the widget shows what the file holds
            return
        self._refresh_problems()

    def _preview(self, attr: str, value: Any) -> None:
        """While typing: a hint goes as soon as what is typed would settle it (stored on leaving
        the field), on a copy so the record itself changes only when stored."""
        if self.record is None:
            return
        candidate = copy.copy(self.record)
        setattr(candidate, attr, value)
        self._problems.show_problems(self._check(candidate))

    def _refresh_problems(self) -> None:
        problems = self._check(self.record) if self.record is not None else []
        self._problems.show_problems(problems)


def _show_line(widget: QLineEdit, text: str) -> None:
    widget.setText(text)
    widget.setCursorPosition(0)  # long text shows its beginning, not its end


def _allow_editing(widget: QWidget, editable: bool, has_record: bool) -> None:
    """Text stays readable, selectable and reachable by Tab and screen readers when it may not
    be changed; other controls are disabled."""
    if isinstance(widget, (QLineEdit, LongText)):
        widget.setEnabled(has_record)
        widget.setReadOnly(not editable)
    else:
        widget.setEnabled(editable)
