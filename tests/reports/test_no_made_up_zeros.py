"""An empty field prints as empty or "niet ingevuld", never as a zero nobody filled in."""

from dataclasses import replace

import pytest

from tests.reports.conftest import build_report, read_pdf, small_org

HOURS_LINE = "betaalde uren per week"


@pytest.mark.parametrize("kind", ["plan", "dossier"])
@pytest.mark.parametrize(
    ("headcount", "hours", "shown", "absent"),
    [
        (18, 0.0, "18 medewerkers", HOURS_LINE),
        (0, 560.0, "samen 560 betaalde uren per week", "0 medewerkers"),
        (0, 0.0, "niet ingevuld", HOURS_LINE),
        (18, 560.0, "18 medewerkers, samen 560 betaalde uren per week", "niet ingevuld"),
    ],
    ids=["no-hours", "no-headcount", "neither", "both"],
)
def test_staff_and_hours_print_only_what_was_filled_in(kind, headcount, hours, shown, absent):
    org = small_org()
    org.profile = replace(org.profile, headcount=headcount, paid_hours_per_week=hours)
    text = " ".join(read_pdf(build_report(org, kind=kind)).text.split())
    assert shown in text
    assert absent not in text.split("Arbodienst")[0]  # the facts table, before the next row
    assert "samen 0 betaalde" not in text and " 0 medewerkers" not in text
