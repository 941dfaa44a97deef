"""A baseline for the start benchmark: PySide6 alone showing a window of the size the program
shows at start, with nothing of the program in it.

It has what the organisation step shows with the large sample open (counted in the real
window): a sidebar of seven steps, an introduction with markup, two tabs, seven boxes in a
scrolling page with 21 text fields, 4 drop-downs, 4 tick boxes, 4 longer texts, 2 choice
buttons, 2 number fields, a list, a table, about 45 labels and 9 buttons, and a menu bar.
Its fields are empty: it reads no file and judges nothing. Run as a script; it quits once
the window is shown and the event queue is empty, as the program does with --exit-when-ready.
"""

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

STEPS = ("Organisatie", "Inventarisatie", "Balans", "Plan van aanpak", "Voorlichting",
         "Evaluatie", "Overzicht & afdrukken")
# The fields of each box, in the order of the organisation step's boxes.
BOXES = (
    (QLineEdit, QLineEdit, QLineEdit, QSpinBox, QComboBox),
    (QLineEdit, QLineEdit, QLineEdit, QCheckBox, QPlainTextEdit),
    (QLineEdit, QLineEdit, QLineEdit, QRadioButton, QRadioButton),
    (QLineEdit, QLineEdit, QLineEdit, QComboBox, QCheckBox, QPlainTextEdit),
    (QLineEdit, QLineEdit, QLineEdit, QDoubleSpinBox, QComboBox, QCheckBox),
    (QLineEdit, QLineEdit, QLineEdit, QComboBox, QCheckBox, QPlainTextEdit),
    (QLineEdit, QLineEdit, QLineEdit, QPlainTextEdit, QListWidget),
)


def page() -> QWidget:
    inner = QWidget()
    column = QVBoxLayout(inner)
    for number, fields in enumerate(BOXES, start=1):
        box = QGroupBox(f"Onderdeel {number}")
        form = QFormLayout(box)
        for place, field in enumerate(fields, start=1):
            form.addRow(f"Veld {number}.{place}", field())
        form.addRow(QLabel("Een korte uitleg onder de velden, over twee regels verdeeld."))
        form.addRow(QPushButton("Toevoegen"))
        column.addWidget(box)
    column.addWidget(QTableWidget(4, 3))
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    tabs = QTabWidget()
    tabs.addTab(scroll, "Gegevens")
    tabs.addTab(QWidget(), "Afspraken")
    whole = QWidget()
    layout = QVBoxLayout(whole)
    intro = QLabel("<b>Organisatie</b><p>Wat deze stap vraagt en <i>waarom</i>.</p>")
    intro.setWordWrap(True)
    intro.setTextInteractionFlags(Qt.TextBrowserInteraction)
    layout.addWidget(intro)
    layout.addWidget(tabs, 1)
    return whole


app = QApplication(sys.argv[:1])
app.setApplicationName("Plain form")
window = QMainWindow()
window.resize(1280, 760)
sidebar = QListWidget()
sidebar.setFixedWidth(230)
sidebar.addItems(STEPS)
buttons = QHBoxLayout()
buttons.addWidget(QLabel("Cyclus 3 van 3"))
buttons.addStretch()
buttons.addWidget(QPushButton("← Vorige"))
buttons.addWidget(QPushButton("Volgende →"))
right = QVBoxLayout()
right.addWidget(page(), 1)
right.addLayout(buttons)
body = QHBoxLayout()
body.addWidget(sidebar)
body.addLayout(right, 1)
central = QWidget()
central.setLayout(body)
window.setCentralWidget(central)
for menu in ("Bestand", "Bewerken", "Cyclus", "Help"):
    window.menuBar().addMenu(menu).addAction("…")
window.show()
QTimer.singleShot(0, app.quit)
status = app.exec()
