"""A file about the whole PSA policy says so wherever a printed document says what it is about;
a werkdruk-only file keeps its werkdruk words. Read back from real PDFs."""

from __future__ import annotations

import pytest

from tests.reports.conftest import small_org, squash
from tests.reports.test_psa_reports import text_of, werkdruk_only, whole_org
from werkdrukdesk.core import model as m

# (document, what the whole-PSA file prints, what the werkdruk-only file prints instead)
SAYINGS = [
    ("dossier", "alles wat {org} in deze cyclus heeft vastgelegd over psychosociale "
     "arbeidsbelasting: werkdruk, ongewenst gedrag binnen het bedrijf, en agressie",
     "alles wat {org} in deze cyclus over werkdruk heeft vastgelegd"),
    ("dossier", "waarnaar het beleid op psychosociale arbeidsbelasting verwijst",
     "waarnaar het werkdrukbeleid verwijst"),
    ("dossier", "uitleg kregen over werkdruk en werkstress, over ongewenst gedrag binnen het "
     "bedrijf en over agressie", "uitleg kregen over werkdruk en werkstress."),
    ("plan", "welke risico's we hebben gevonden op werkdruk, op ongewenst gedrag",
     "welke werkdrukrisico's we hebben gevonden"),
    ("evaluation", "terug op de aanpak van werkdruk, van ongewenst gedrag binnen het bedrijf "
     "en van agressie en geweld van buitenaf in deze cyclus",
     "terug op de aanpak van werkdruk in deze cyclus"),
    ("attendance", "Wie bij deze voorlichting over werkdruk, ongewenst gedrag of agressie is",
     "Wie bij deze voorlichting over werkdruk is"),
    ("attendance", "Voorlichting over psychosociale arbeidsbelasting Datum",
     "Voorlichting over werkdruk Datum"),  # the blank sheet's heading
]


@pytest.mark.parametrize(("kind", "whole", "werkdruk"), SAYINGS,
                         ids=[f"{kind}-{n}" for n, (kind, _, _) in enumerate(SAYINGS)])
def test_a_document_names_what_the_file_covers(kind, whole, werkdruk):
    org = whole_org()
    name = org.profile.name
    whole, werkdruk = (squash(x.format(org=name)) for x in (whole, werkdruk))
    printed_whole = text_of(org, kind)
    printed_werkdruk = text_of(werkdruk_only(), kind)
    assert whole in printed_whole and werkdruk not in printed_whole
    assert werkdruk in printed_werkdruk and whole not in printed_werkdruk


def test_a_session_without_a_title_is_named_after_what_the_file_covers():
    org = whole_org()
    session = org.cycles[-1].sessions[0]
    session.title = ""
    assert squash("Voorlichting over psychosociale arbeidsbelasting Datum") in text_of(
        org, "attendance", session_id=session.id)


WHOLE_TITLE = squash("Vragenlijst werkdruk en sociale veiligheid")
WHOLE_QUESTION = squash("Wilt u nog iets kwijt over werkdruk, over de omgang op het werk of "
                        "over agressie? (schrijf geen namen)")
WERKDRUK_QUESTION = squash("Wilt u nog iets kwijt over werkdruk? (schrijf geen namen)")


def test_a_questionnaire_that_asks_about_behaviour_and_aggression_says_so():
    printed = text_of(whole_org(), "questionnaire")  # no measurement: every source it has
    assert WHOLE_TITLE in printed and WHOLE_QUESTION in printed
    assert WERKDRUK_QUESTION not in printed


def test_a_questionnaire_about_werkdruk_alone_keeps_its_werkdruk_words():
    werkdruk_sources = text_of(small_org(), "questionnaire")
    org = whole_org()  # a whole-PSA file whose measurement asked werkdruk sources only
    org.cycles[-1].measurements.append(m.Measurement(name="Alleen werkdruk", source_ids=[1],
                                                     id=90))
    asked_werkdruk = text_of(org, "questionnaire", measurement_id=90)
    for printed in (werkdruk_sources, asked_werkdruk):
        assert squash("Vragenlijst werkdruk") in printed and WERKDRUK_QUESTION in printed
        assert WHOLE_TITLE not in printed and WHOLE_QUESTION not in printed


def test_the_plans_risks_say_how_behaviour_and_aggression_count_where_they_are_apart():
    whole = squash("Bij ongewenst gedrag en agressie telt hoe vaak het voorkomt; "
                   "energiebronnen maken dat niet goed.")
    werkdruk = squash("Hieronder staat wat de inventarisatie van deze cyclus daarover liet zien.")
    printed = text_of(whole_org(), "plan")
    assert whole in printed and werkdruk not in printed
    printed = text_of(small_org(), "plan")  # werkdruk only, no strand rated
    assert werkdruk in printed and whole not in printed


def test_the_dossiers_inventory_calls_no_source_of_aggression_a_werkdrukbron():
    printed = text_of(whole_org(), "dossier")
    assert squash("Agressie van klanten agressie en geweld van buitenaf") in printed
    assert squash("Agressie van klanten werkdrukbron") not in printed
    assert squash("Te veel werk in te weinig tijd werkdrukbron") in printed
