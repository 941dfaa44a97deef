"""The conformance suite: small organisations, each with the verdict an inspector would give.

Every `*.toml` here that does not start with "_" is one scenario: a short story from the
inspector's side (`story`), the point of the inspection it pins (`inspection_point`) and the
expected verdict (`expect.open`: exactly the readiness checks that stay open; empty means
ready; `expect.says`: words an action point must contain; `expect.scope`: words the note on
what the checks cover must contain). `build.py` turns the file into model objects; the checks
run on the pinned day.
"""

from pathlib import Path

import pytest

from tests.pinned import PINNED_DAY
from tests.scenarios.build import load, organisation
from werkdrukdesk.core import model as m
from werkdrukdesk.core.readiness.base import STRAND_KEYS, scope
from werkdrukdesk.core.readiness.chain import TITLES, is_ready, readiness

HERE = Path(__file__).parent
SCENARIOS = sorted(p.stem for p in HERE.glob("*.toml") if not p.stem.startswith("_"))


def test_there_are_enough_scenarios_and_each_says_what_it_pins():
    assert len(SCENARIOS) >= 12
    for name in SCENARIOS:
        data = load(name)
        assert data["inspection_point"].strip() and data["story"].strip(), name
        assert set(data["expect"]["open"]) <= set(TITLES), name


@pytest.mark.parametrize("name", SCENARIOS)
def test_the_verdict_is_what_the_inspector_expects(name):
    data = load(name)
    org = organisation(data)
    checks = readiness(org, org.cycles[0], PINNED_DAY)
    opened = {c.key: c.action for c in checks if not c.ok}
    assert sorted(opened) == sorted(data["expect"]["open"]), opened
    assert is_ready(checks) == (not data["expect"]["open"])
    for key, words in data["expect"].get("says", {}).items():
        assert words in opened[key], (key, opened[key])
    if "scope" in data["expect"]:
        assert data["expect"]["scope"] in scope(org)


@pytest.mark.parametrize("name", SCENARIOS)
def test_a_werkdruk_only_file_is_asked_about_werkdruk_alone(name):
    """The other strands' checks join only a whole-PSA file; a werkdruk-only file's "ready"
    comes with the note that it covers werkdruk only."""
    org = organisation(load(name))
    keys = {c.key for c in readiness(org, org.cycles[0], PINNED_DAY)}
    if org.profile.psa_scope == m.PsaScope.WERKDRUK:
        assert not keys & set(STRAND_KEYS)
        assert "alleen over werkdruk" in scope(org)
    else:
        assert set(STRAND_KEYS) <= keys
        assert "alleen over werkdruk" not in scope(org)


def test_each_strand_has_scenarios_in_both_directions():
    verdicts = {name: load(name)["expect"]["open"] for name in SCENARIOS}
    for key in STRAND_KEYS:
        failing = [n for n, opened in verdicts.items() if key in opened and len(opened) <= 3]
        assert failing, key
    whole = [n for n in SCENARIOS if load(n).get("organisation", {}).get("psa_scope") == "whole"]
    assert any(not verdicts[n] for n in whole)  # and a whole-PSA file can be ready
