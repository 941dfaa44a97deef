"""User text on its way into a PDF: escaping, cleaning, shortening; the words catalogue."""

import re

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from werkdrukdesk.core import i18n
from werkdrukdesk.reports import styles, words
from werkdrukdesk.reports.figures import grouped
from werkdrukdesk.reports.fonts import BOLD, REGULAR, drawable
from werkdrukdesk.reports.text import (
    DASH,
    REPLACEMENT,
    escape,
    markup,
    one_line,
    plain,
    printable,
)


def test_escape_makes_the_three_markup_characters_literal():
    assert escape("R&D <Noord> &amp;") == "R&amp;D &lt;Noord&gt; &amp;amp;"


@pytest.mark.parametrize("blank", ["", "   ", "\n\t ", None])
def test_empty_text_shows_a_dash(blank):
    assert markup(blank) == DASH
    assert markup(blank, empty="niets & zo") == "niets &amp; zo"


def test_line_breaks_of_every_kind_are_kept():
    assert markup("een\r\ntwee\rdrie\u2028vier\nvijf") == "een<br/>twee<br/>drie<br/>vier<br/>vijf"


def test_runs_of_empty_lines_shrink_to_one():
    assert markup("een\n\n\n\n\ntwee\n \ndrie") == "een<br/><br/>twee<br/><br/>drie"


def test_control_characters_and_lone_surrogates_are_dropped():
    assert printable("a\x00b\x07c\ud800d\x1fe") == "abcde"


def test_a_character_without_a_glyph_prints_as_the_replacement_character():
    assert 0x4E2D not in drawable()  # DejaVu Sans has no Chinese
    assert printable("中") == REPLACEMENT
    assert printable("a\u2066b") == "ab"  # an invisible format character the font lacks


def test_european_names_and_tabs():
    assert printable("Ayşe Yılmaz\tŁukasz Ĳsbrand") == "Ayşe Yılmaz Łukasz Ĳsbrand"


def test_markup_survives_the_paragraph_parser_literally():
    text = '<b>vet</b> & <font name="Helvetica">x</font> &amp; <br/> ]]>'
    paragraph = Paragraph(markup(text), styles.styles().body)
    assert "".join(frag.text for frag in paragraph.frags) == text


def test_one_line_shortens_with_an_ellipsis_only_when_needed():
    assert one_line("Bakkerij", REGULAR, 8, 200) == "Bakkerij"
    long_name = "Zorgkring " * 40
    short = one_line(long_name, BOLD, 8, 200)
    assert short.endswith("…") and stringWidth(short, BOLD, 8) <= 200
    word = "x" * 300  # no spaces at all
    assert stringWidth(one_line(word, REGULAR, 8, 100), REGULAR, 8) <= 100


def test_plain_is_one_line():
    assert plain(" R&D\n<Noord>\x00 ") == "R&D <Noord>"


def test_every_style_names_a_dejavu_font_and_splits_long_words():
    for style in vars(styles.styles()).values():
        assert style.fontName.startswith("DejaVuSans")
        assert style.splitLongWords


def test_every_catalogue_entry_formats():
    for key, text in words._NL.items():
        names = re.findall(r"{(\w+)}", text)
        assert words.word(key, **{name: "x" for name in names})


def test_phrase_escapes_the_catalogue_but_not_the_values():
    assert words.phrase("rie_no_date", instrument="<b>x</b>") == "opgesteld met: <b>x</b>"
    assert words.phrase("facts_heading") == "Organisatie en RI&amp;E"


@pytest.mark.parametrize("value, text", [(486, "486"), (6480, "6.480"), (37.5, "37,5"),
                                          (1234.5, "1.234,5")])
def test_dutch_numbers(value, text):
    with i18n.language("nl"):
        assert grouped(value) == text


def test_the_cycle_line_does_not_repeat_the_word_cycle():
    from werkdrukdesk.core.model import Cycle
    from werkdrukdesk.reports.page import cycle_line

    assert cycle_line(Cycle(3, title="Cyclus 2026-2027")) == "Cyclus 3: 2026-2027"
    assert cycle_line(Cycle(3, title="Cyclusplanning")) == "Cyclus 3: Cyclusplanning"
    assert cycle_line(Cycle(3, title="Teams eerst")) == "Cyclus 3: Teams eerst"
    assert cycle_line(Cycle(3, title="")) == "Cyclus 3"
