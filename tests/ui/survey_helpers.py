"""Files and widget helpers for the questionnaire screen tests."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QWidget,
)

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.ui.document import OpenDocument

SMALL_TEAM = "Catering en bestellingen"  # in the current cycle of the small demo


def demo_file(path: Path, small_team_size: int | None = None) -> Path:
    """The small demo; optionally with only `small_team_size` respondents left in the current
    cycle's measurement for SMALL_TEAM (below the threshold of 5)."""
    org = build_demo("small", today=PINNED_DAY)
    if small_team_size is not None:
        cycle = org.cycles[-1]
        team_id = next(t.id for t in cycle.teams if t.name == SMALL_TEAM)
        measurement = cycle.measurements[0]
        kept, others = [], []
        for response in measurement.responses:
            (kept if response.team_id == team_id else others).append(response)
        measurement.responses = others + kept[:small_team_size]
    write_new_file(path, org).close()
    return path


def open_doc(path: Path, read_only: bool = False) -> OpenDocument:
    file = open_file(path, read_only=read_only)
    return OpenDocument(file, file.load())


def reload(path: Path) -> m.Organisation:
    with open_file(path, read_only=True) as file:
        return file.load()


def texts(root: QWidget) -> list[str]:
    """Every text a user or a screen reader can get from the widgets under `root`."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            found += table_texts(widget)
    return [text for text in found if text]


def table_texts(table: QTableWidget) -> list[str]:
    rows = []
    for row in range(table.rowCount()):
        cells = [table.item(row, c).text() if table.item(row, c) else ""
                 for c in range(table.columnCount())]
        rows.append(" | ".join(cells))
    return rows


SMALL_COUNT = re.compile(
    r"(\b[1-4] (ingevuld|ingevulde|antwoord|antwoorden|vragenlijst|vragenlijsten|"
    r"respondent|respondenten|medewerker)\b)|(\bn = [1-4]\b)|(\b[1-4] / )|( / [1-4]\b)"
)
SCORE = re.compile(r"\b[1-5],\d\d\b")


def assert_no_small_group(all_texts: list[str], team: str, threshold: int = 5) -> None:
    """No text gives a count under the threshold, and none puts a number to the small team
    except its headcount and the threshold itself."""
    for text in all_texts:
        assert not SMALL_COUNT.search(text), text
        if team in text:
            rest = text.replace(f"minder dan {threshold}", "")
            assert not SCORE.search(rest), text
            assert not re.search(r"\b[0-46-9]\b", rest), text  # 5 is its headcount
