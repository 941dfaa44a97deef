"""Help at hand: every step has its help in Dutch and English, and F1 opens the help of the
step on screen in the real window."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import i18n
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import create_file
from werkdrukdesk.ui.help import texts as help_texts
from werkdrukdesk.ui.help.window import ALL_TERMS
from werkdrukdesk.ui.steps import steps

REQUIRED_TERMS = ("verdiepend_onderzoek", "werkdrukbron", "energiebron", "samenhang",
                  "instemming", "voorlichting_en_onderricht", "rie", "preventiemedewerker")


@pytest.fixture
def bakery(tmp_path):
    path = tmp_path / "bakkerij.werkdruk"
    with create_file(path, m.Profile("Bakkerij De Korenschoof", headcount=18), PINNED_DAY) as f:
        cycle = f.load().cycles[0]
        for name, count in (("Bakkerij", 8), ("Winkel", 7), ("Bezorging", 3)):
            f.save(m.Team(name, count), cycle.id)
    return path


@pytest.mark.parametrize("language", list(i18n.LANGUAGES))
def test_every_step_has_its_help_in_both_languages(language):
    topics = help_texts.topics()
    for key in [s.key for s in steps()] + [help_texts.START]:
        text = topics[key][language]
        assert text["title"].strip(), (key, language)
        for part in help_texts.PARTS:
            assert len(text[part].split()) >= 25, (key, language, part)
        assert all(t in help_texts.terms() for t in topics[key]["terms"]), key
    # the example is the same bakery everywhere
    assert all("bak" in topics[s.key][language]["example"].lower() for s in steps())


def test_the_words_an_owner_meets_are_explained_in_both_languages():
    words = help_texts.terms()
    for key in REQUIRED_TERMS:
        for language in i18n.LANGUAGES:
            assert words[key][language]["name"] and len(words[key][language]["text"]) > 80
    used = {t for topic in help_texts.topics().values() for t in topic["terms"]}
    assert set(REQUIRED_TERMS) <= used  # each is shown with a step, not only in the list


def test_user_visible_help_is_escaped_and_in_the_chosen_language():
    headings = help_texts.Headings("Vraagt", "Waarom", "Voorbeeld", "Begrippen")
    dutch = help_texts.topic_html("organisation", headings, "nl")
    english = help_texts.topic_html("organisation", headings, "en")
    assert "RI&amp;E" in dutch and "<li>" in dutch and "Preventiemedewerker" in dutch
    assert "prevention officer" in english and "Preventiemedewerker" not in english


def test_f1_opens_the_help_of_the_step_on_screen(window, qtbot, bakery):
    qtbot.keyClick(window, Qt.Key_F1)
    shown = window.help.window
    assert shown.isVisible() and shown.current_topic() == help_texts.START
    with qtbot.waitSignal(window.file_opened, timeout=10000):
        window.open_path(bakery)
    shown.close()
    for row, step in enumerate(steps()):
        qtbot.keyClick(window, Qt.Key_1 + row, Qt.ControlModifier)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key_F1)
        assert shown.isVisible() and shown.current_topic() == step.key
        text = shown.text.toPlainText()
        assert step.title in text and "Waarom de inspecteur dit wil zien" in text
        assert "Voorbeeld: een bakkerij met 18 medewerkers" in text
        shown.close()
    assert "Verdiepend onderzoek" in help_texts.topic_html(
        "inventory", shown.headings(), "nl")


def test_the_help_menu_lists_step_help_and_all_words(window, qtbot):
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Help" in titles
    assert window.help.step_action.shortcut().toString() == "F1"
    window.help.terms_action.trigger()
    shown = window.help.window
    assert shown.current_topic() == ALL_TERMS
    text = shown.text.toPlainText()
    assert all(help_texts.terms()[k]["nl"]["name"] in text for k in REQUIRED_TERMS)
    shown.topic.setCurrentIndex(shown.topic.findData("plan"))
    assert "Samenhang" in shown.text.toPlainText()
    assert shown.topic.accessibleName() and shown.text.accessibleName()
