"""The conformance suite: small organisations, each with the verdict an inspector would give.

Every `*.toml` here that does not start with "_" is one scenario: a short story from the
inspector's side (`story`), the point of the inspection it pins (`inspection_point`) and the
expected verdict (`expect.open`: exactly the readiness checks that stay open; empty means
ready). `build.py` turns the file into model objects; the checks run on the pinned day.
"""

from pathlib import Path

import pytest

from tests.pinned import PINNED_DAY
from tests.scenarios.build import load, organisation
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
