"""The dossier's balance section names unwanted behaviour and aggression apart from werkdruk in
a file on the whole PSA policy, read back from the real PDF; a werkdruk-only file prints as
before."""

from tests.reports.conftest import squash
from tests.reports.test_dossier_report import dossier_pdf, full_org
from werkdrukdesk.core import model as m

AGGRESSION = "Agressie van klanten <balie>"
BULLYING = "Pesten door Łukasz' collega's"


def balance_section(pdf, org: m.Organisation) -> str:
    """Section 3 as printed (the contents at the front name it too: take the last heading)."""
    text = pdf.body_squashed(org.profile.name)
    start = text.rfind(squash("3. Balans per team"))
    return text[start:text.rfind(squash("4. Maatregelen"))]


def whole_org() -> tuple[m.Organisation, m.Cycle]:
    """The full sample on the whole PSA policy, its salon meeting aggression and bullying too
    often (one for the whole organisation) and its office one point of attention."""
    org = full_org()
    org.profile.psa_scope = m.PsaScope.WHOLE
    org.sources += [
        m.Source(AGGRESSION, m.SourceKind.DEMAND, position=6, strand=m.Strand.AGGRESSION, id=4),
        m.Source(BULLYING, m.SourceKind.DEMAND, position=7, strand=m.Strand.UNWANTED, id=5),
    ]
    cycle = org.cycles[1]
    cycle.ratings += [m.SourceRating(4, 1, m.Rating.PROBLEM, m.Evidence.DOCUMENT, "Register"),
                      m.SourceRating(5, None, m.Rating.PROBLEM, m.Evidence.DOCUMENT, "Register"),
                      m.SourceRating(4, 2, m.Rating.ATTENTION, m.Evidence.DOCUMENT, "Register")]
    return org, cycle


def test_a_whole_psa_dossier_counts_aggression_and_bullying_apart_from_werkdruk():
    org, cycle = whole_org()
    section = balance_section(dossier_pdf(org, cycle), org)
    # The salon: one werkdruk source too high (not three), the two strands on their own line.
    for expected in [
        "zijn geen werkdruk", "Gedrag, agressie",  # the intro and the chart's column
        "werkdrukbronnen: 1 te hoog, 1 aandacht nodig; energiebronnen: 0 te laag",
        "Ongewenst gedrag of agressie", "2 te vaak, 0 aandacht nodig",
        f"Te vaak: {AGGRESSION}, {BULLYING}",
        # the office: only the organisation-wide bullying too often, aggression needs attention
        "werkdrukbronnen: 0 te hoog, 0 aandacht nodig; energiebronnen: 1 te laag",
        "1 te vaak, 1 aandacht nodig", f"Te vaak: {BULLYING}",
    ]:
        assert squash(expected) in section, expected
    assert squash("werkdrukbronnen: 3 te hoog") not in section


def test_a_werkdruk_only_dossier_prints_its_balance_as_before():
    org = full_org()
    section = balance_section(dossier_pdf(org, org.cycles[1]), org)
    assert squash("werkdrukbronnen: 1 te hoog, 1 aandacht nodig; energiebronnen: 0 te laag, "
                  "0 aandacht nodig") in section
    for absent in ["agressie", "Gedrag,", "te vaak", "geen werkdruk"]:
        assert squash(absent) not in section, absent
