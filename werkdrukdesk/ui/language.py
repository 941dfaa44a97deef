"""Which language the windows speak: the user's choice, else the system's; and the Qt
translators that make it so, for our own words and for Qt's dialogs."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox

from werkdrukdesk.core import i18n
from werkdrukdesk.paths import resources_dir
from werkdrukdesk.ui import settings

LOCALES = {
    "nl": QLocale(QLocale.Dutch, QLocale.Netherlands),
    "en": QLocale(QLocale.English, QLocale.UnitedKingdom),
}


def chosen_language(choice: str | None, system_languages: Sequence[str]) -> str:
    """The user's choice if it is one we have; else the first of the system's preferred
    languages that we speak; else Dutch, the language of the law the program is about."""
    if choice in i18n.LANGUAGES:
        return choice
    for tag in system_languages:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in i18n.LANGUAGES:
            return code
    return i18n.SOURCE_LANGUAGE


def install(app: QApplication, code: str) -> None:
    """Speak `code` from now on: our words, Qt's own dialogs, numbers, and core's sentences."""
    for old in getattr(app, "_werkdruk_translators", []):
        app.removeTranslator(old)
    translators = []
    for folder, name in _catalogues(code):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
        else:  # a broken installation; the words stay Dutch or Qt's English, nothing else fails
            print(f"WerkdrukDesk: could not load translation {name} from {folder}",
                  file=sys.stderr)
    app._werkdruk_translators = translators  # Qt does not own them; keep them alive
    QLocale.setDefault(LOCALES[code])
    i18n.set_language(code)


def _catalogues(code: str) -> list[tuple[str, str]]:
    """(folder, file) of each .qm for `code`. Our words are written in Dutch, so Dutch needs
    only Qt's own; Qt's own are written in English, so English needs only ours."""
    if code == i18n.SOURCE_LANGUAGE:
        return [(QLibraryInfo.path(QLibraryInfo.TranslationsPath), f"qtbase_{code}")]
    return [(str(resources_dir() / "i18n"), f"werkdrukdesk_{code}")]


def add_language_menu(window: QMainWindow, menu: QMenu) -> QMenu:
    """Bestand > Taal: follow the system, or always Nederlands or English."""
    submenu = menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Taal (Language)"))
    group = QActionGroup(submenu)
    current = settings.language_choice()
    options = [(None, QCoreApplication.translate("LanguageMenu", "Zoals het systeem"))]
    options += [(code, name) for code, name in i18n.LANGUAGES.items()]
    for code, name in options:
        action = submenu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _=False, c=code: _choose(window, c))
        group.addAction(action)
    return submenu


def _choose(window: QMainWindow, code: str | None) -> None:
    if code == settings.language_choice():
        return
    settings.set_language_choice(code)
    shown = code or chosen_language(None, QLocale.system().uiLanguages())
    with i18n.language(shown):  # say it in the language the user just chose
        message = i18n.translate(
            "LanguageMenu", "De nieuwe taal gaat in wanneer u WerkdrukDesk opnieuw start."
        )
    QMessageBox.information(window, "WerkdrukDesk", message)
