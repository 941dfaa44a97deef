"""The printed documents of the whole PSA policy: the dossier's strand sections, the plan's
measures per strand, the sheet for the wall, the attendance sheet, the questionnaire and the
evaluation's incidents before and after; read back from real PDFs.

Incidents print as counts only, never one by one and never with what was written about them,
and a count that could point at a person is never printed."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reports.conftest import PRINTED_ON, build_report, read_pdf, small_org, squash
from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.reports import registry

SECRET = "Zij werd in het magazijn door K. uitgescholden"  # never printed
NAME = "Ayşe Yılmaz"
TEAM = "R&D <Noord>"


def whole_org(teams: tuple[tuple[str, int], ...] = ((TEAM, 12), ("Winkel", 9))) -> m.Organisation:
    """A whole-PSA organisation: werkdruk as in `small_org`, the two other strands' sources
    rated, the arrangements filled in, incidents registered in two cycles."""
    org = small_org("Bakkerij " + NAME)
    org.profile.psa_scope = m.PsaScope.WHOLE
    org.profile.headcount = sum(n for _, n in teams)
    org.profile.rie_covers_unwanted = True
    unwanted = m.Source("Ongewenst gedrag door collega's", m.SourceKind.DEMAND,
                        strand=m.Strand.UNWANTED, id=2,
                        items=[m.Item("u1", "Ik werd gepest door een collega.")])
    aggression = m.Source("Agressie van klanten", m.SourceKind.DEMAND,
                          strand=m.Strand.AGGRESSION, id=3,
                          items=[m.Item("a1", "Een klant schold mij uit.")])
    org.sources += [unwanted, aggression]
    previous = m.Cycle(number=1, title="Cyclus 2025", id=2,
                       teams=[m.Team(name, headcount=n, id=10 + k)
                              for k, (name, n) in enumerate(teams)],
                       incidents=[m.Incident(date(2025, 5, 1), m.Strand.AGGRESSION,
                                             m.IncidentKind.THREAT, id=50)])
    cycle = org.cycles[0]
    cycle.number = 2
    cycle.teams = [m.Team(name, headcount=n, id=k + 1,
                          aggression_risks=[m.AggressionRisk.CASH_OR_GOODS] if k else [])
                   for k, (name, n) in enumerate(teams)]
    cycle.ratings += [m.SourceRating(3, 2, m.Rating.PROBLEM, evidence=m.Evidence.INCIDENT_REGISTER)]
    cycle.measures.append(m.Measure("Huisregels bij de kassa", level=m.Level.ORGANISATION,
                                    targets=[m.Target(3, None)], responsible=NAME, id=2))
    cycle.incidents = [
        m.Incident(date(2026, 3, 2), m.Strand.AGGRESSION, m.IncidentKind.VERBAL_AGGRESSION,
                   team_id=2, description=SECRET, id=60),
        m.Incident(date(2026, 4, 2), m.Strand.AGGRESSION, m.IncidentKind.VERBAL_AGGRESSION,
                   team_id=2, description=SECRET, id=61),
    ]
    cycle.sessions.append(m.InformationSession(date(2026, 2, 1), "Melden en opvang",
                                               topics=[m.Topic.HOW_TO_REPORT], id=70))
    org.cycles.insert(0, previous)
    policy = org.psa_policy
    policy.code = m.CodeOfConduct(date(2026, 1, 5), core_text="Wij behandelen elkaar met "
                                  "respect. Pesten, schelden en intimideren accepteren we niet.",
                                  how_staff_know="uitgereikt bij indiensttreding")
    policy.adviser = m.ConfidentialAdviser(m.AdviserKind.EXTERNAL, name=NAME,
                                           how_to_reach="06-12345678, ma–vr 9–17 uur",
                                           trained=True)
    policy.reporting = m.IncidentReporting(date(2026, 1, 5),
                                           how_to_report="Meld het dezelfde dag bij de "
                                           "leidinggevende of de preventiemedewerker.")
    return org


def text_of(org: m.Organisation, kind: str, cycle: m.Cycle | None = None, **options) -> str:
    return read_pdf(build_report(org, cycle, kind=kind, **options)).squashed


def werkdruk_only() -> m.Organisation:
    org = whole_org()
    org.profile.psa_scope = m.PsaScope.WERKDRUK
    return org


# -- the dossier -------------------------------------------------------------------------------


def test_the_dossier_has_a_section_per_strand_with_its_contents():
    org = whole_org()
    read = read_pdf(build_report(org, kind="dossier"))
    text = read.squashed
    for title in ("7.Ongewenstgedragbinnenhetbedrijf", "8.Agressieengeweldvanbuitenaf",
                  "9.Eerderecycli"):
        assert text.count(title) == 2, title  # in the contents and as the heading
    unwanted = text[text.rindex("7.Ongewenstgedrag"):text.rindex("8.Agressie")]
    assert "DeRI&Ebrengtditrisicoinkaart." in unwanted
    assert squash("Klachtenregeling Ontbreekt nog.") in unwanted  # nothing recorded
    assert squash(NAME) in unwanted and "06-12345678" in unwanted  # the vertrouwenspersoon
    assert squash("Ongewenst gedrag door collega's") in unwanted  # its source
    aggression = text[text.rindex("8.Agressie"):text.rindex("9.Eerderecycli")]
    assert "DitrisicostaatnognietindeRI&E." in aggression
    assert squash("Huisregels voor bezoekers Ontbreekt nog.") in aggression
    assert squash("Winkel geld, medicijnen of waardevolle spullen") in aggression
    assert squash(f"{TEAM} geen vastgelegd") in aggression  # every team's factors
    assert squash("hele organisatie schelden of schreeuwen 2") in aggression  # counts only
    assert squash("M1 Huisregels bij de kassa") in aggression
    assert squash("hoe je een voorval meldt en een klacht indient behandeld (1×)") in aggression
    assert squash("Huisregels bij de kassa") not in unwanted  # a measure of the other strand


def test_the_werkdruk_only_dossier_has_no_strand_section():
    text = text_of(werkdruk_only(), "dossier")
    assert "Ongewenstgedragbinnenhetbedrijf" not in text
    assert "Agressieengeweldvanbuitenaf" not in text
    assert text.count("7.Eerderecycli") == 2
    assert "wat de gedragscode zegt" not in read_pdf(
        build_report(werkdruk_only(), kind="dossier")).text  # no strand topics in section 5


def test_a_count_under_the_minimum_group_is_never_printed():
    """One incident in an organisation of 3: no count at all, only that some were held back."""
    org = whole_org(teams=(("Kantoor", 3),))
    cycle = org.cycles[-1]
    cycle.incidents = [m.Incident(date(2026, 3, 2), m.Strand.UNWANTED,
                                  m.IncidentKind.SEXUAL_HARASSMENT, team_id=1,
                                  description=SECRET, id=80)]
    text = text_of(org, "dossier")
    unwanted = text[text.rindex("7.Ongewenstgedrag"):text.rindex("8.Agressie")]
    counts = unwanted[unwanted.index("Meldingenindezecyclus"):unwanted.index("Sommigeaantallen")]
    assert "seksueleintimidatie" not in counts and "Aantal" not in counts
    assert not any(char.isdigit() for char in counts)  # no count of any kind
    evaluation = text_of(org, "evaluation")
    assert squash("Ongewenst gedrag binnen het bedrijf niet getoond") in evaluation


@pytest.mark.parametrize("kind", ["plan", "dossier", "attendance", "questionnaire", "evaluation",
                                  "poster"])
def test_no_document_prints_an_incident_description(kind):
    text = read_pdf(build_report(whole_org(), kind=kind)).text
    assert squash(SECRET) not in squash(text)
    assert "magazijn" not in text


# -- the plan, the attendance sheet, the questionnaire, the evaluation -------------------------


def test_the_plan_groups_its_measures_per_strand():
    text = text_of(whole_org(), "plan")
    assert squash("Maatregelen per onderdeel") in text
    part = text[text.index("Maatregelenperonderdeel"):]
    assert part.index("WerkdrukM2Vastepauzes") < part.index("Ongewenstgedrag") < part.index(
        "AgressieengeweldvanbuitenafM1Huisregelsbijdekassa")
    assert squash("Maatregelen per onderdeel") not in text_of(werkdruk_only(), "plan")


def test_the_attendance_sheet_follows_the_scope():
    whole = text_of(whole_org(), "attendance")
    assert squash("Agressie en geweld van buitenaf ☐ wat je doet tijdens en na agressie") in whole
    only = text_of(werkdruk_only(), "attendance")
    assert "gedragscode" not in only and "Agressie" not in only
    assert squash("wat werkstress is") in only


def test_the_questionnaire_asks_each_strand_under_its_own_heading():
    text = text_of(whole_org(), "questionnaire")
    order = [squash(x) for x in ("Ongewenst gedrag door collega's", "1. Ik werd gepest door "
                                 "een collega.", "Agressie van klanten",
                                 "2. Een klant schold mij uit.")]
    positions = [text.index(x) for x in order]
    assert positions == sorted(positions)


def test_the_evaluation_compares_incidents_before_and_after():
    text = text_of(whole_org(), "evaluation")
    assert squash("5. Meldingen voor en na") in text
    assert squash("Agressie en geweld van buitenaf 1 2 schelden of schreeuwen 0 2 "
                  "bedreiging 1 0") in text
    assert "Meldingenvoorenna" not in text_of(werkdruk_only(), "evaluation")


# -- the sheet for the wall --------------------------------------------------------------------


def test_the_poster_shows_how_to_reach_the_vertrouwenspersoon():
    read = read_pdf(build_report(whole_org(), kind="poster"))
    assert len(read.pages) == 1
    text = read.squashed
    assert squash(f"Naam {NAME} Bereikbaar via 06-12345678, ma–vr 9–17 uur") in text
    assert squash("Wij behandelen elkaar met respect.") in text
    assert squash("Meld het dezelfde dag") in text
    assert squash(f"Bakkerij {NAME} · stand van 28-11-2026") in text


def test_the_poster_leaves_a_line_where_nothing_is_recorded():
    org = whole_org()
    org.psa_policy.code.core_text = ""
    org.psa_policy.adviser = m.ConfidentialAdviser()
    text = text_of(org, "poster")
    assert squash("Onze afspraken (nog in te vullen)") in text
    assert squash("Naam Bereikbaar via Wat je vertelt") in text  # both left blank to fill in


def test_the_poster_belongs_to_the_whole_psa_policy():
    with pytest.raises(WerkdrukError, match="hele PSA-beleid"):
        build_report(werkdruk_only(), kind="poster")


def test_the_poster_command(tmp_path, run_cli):
    whole, only = tmp_path / f"{TEAM}.werkdruk", tmp_path / "werkdruk.werkdruk"
    assert run_cli("new", whole, "--name", TEAM)[0] == 0  # a new file covers the whole PSA
    code, _, err = run_cli("report", "poster", whole, "-o", tmp_path / "muur.pdf")
    assert (code, err) == (0, "")
    assert squash(TEAM) in read_pdf((tmp_path / "muur.pdf").read_bytes()).squashed
    assert run_cli("new", only, "--name", TEAM, "--scope", "werkdruk")[0] == 0
    code, _, err = run_cli("report", "poster", only, "-o", tmp_path / "x.pdf")
    assert code == 2 and "hele PSA-beleid" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("kind", ["dossier", "plan", "evaluation", "poster", "attendance"])
def test_the_whole_psa_documents_in_english_leave_no_dutch_sentence(kind):
    from tests.reports.test_report_language import dutch_patterns

    org = whole_org()
    pdf = registry.build(kind, org, org.cycles[-1], printed_on=PRINTED_ON, language="en")
    text = read_pdf(pdf).text
    if kind != "poster":  # the poster names no strand; the others name both
        assert "nwanted behaviour within the organisation" in " ".join(text.split())
    left = [dutch for dutch, pattern in dutch_patterns() if pattern.search(text)]
    assert left == []


def test_the_poster_stays_on_one_page_however_long_the_code():
    org = whole_org()
    org.psa_policy.code.core_text = "\n".join(["Wij zijn aardig tegen elkaar, ook op drukke "
                                               "dagen en als het tegenzit."] * 40)
    read = read_pdf(build_report(org, kind="poster"))
    assert len(read.pages) == 1 and "06-12345678" in read.text


def test_a_cycle_without_registrations_shows_a_dash_not_a_zero():
    org = whole_org()
    org.cycles[0].incidents = []  # the register was not kept in the previous cycle
    text = text_of(org, "evaluation")
    assert squash("Agressie en geweld van buitenaf — 2 schelden of schreeuwen — 2") in text
    assert squash("in Cyclus 1: 2025 is geen enkele melding geregistreerd") in text
