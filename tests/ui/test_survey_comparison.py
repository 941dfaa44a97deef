"""The comparison of two measurements in the evaluation step."""

from datetime import date

import pytest

from tests.ui.survey_helpers import (
    SMALL_TEAM,
    assert_no_small_group,
    demo_file,
    open_doc,
    texts,
)
from werkdrukdesk.core import model as m
from werkdrukdesk.storage import open_file
from werkdrukdesk.ui.pages.evaluation.comparison import bound
from werkdrukdesk.ui.pages.evaluation.page import EvaluationPage
from werkdrukdesk.ui.steps import steps


@pytest.fixture
def page_for(qtbot, tmp_path):
    docs = []

    def make(path):
        doc = open_doc(path)
        docs.append(doc)
        page = EvaluationPage(next(s for s in steps() if s.key == "evaluation"))
        qtbot.addWidget(page)
        page.resize(1100, 640)
        page.show()
        page.set_document(doc)
        return page, doc

    yield make
    for doc in docs:
        doc.file.close()


def test_this_cycle_is_compared_with_the_last_measurement_of_the_one_before(page_for, tmp_path):
    page, doc = page_for(demo_file(tmp_path / "bakkerij.werkdruk"))
    box = page.comparison
    assert not box.isHidden()
    assert box.pair.itemText(0) == ("'Werkdrukvragenlijst april 2025' → "
                                    "'Werkdrukvragenlijst april 2026'")
    groups = [box.group.itemText(i) for i in range(box.group.count())]
    assert groups == ["Hele organisatie", "Bakkerij", "Winkel en lunchroom", SMALL_TEAM]
    assert box.table.rowCount() == 18 == len(box.chart.labels())
    verdicts = {box.table.item(r, 6).text() for r in range(box.table.rowCount())}
    assert verdicts <= {"duidelijk beter", "duidelijk slechter", "geen duidelijk verschil"}
    first = box.table.item(0, 0).text()
    assert box.chart.labels()[0].startswith(first + ": ")
    assert "95%-interval" in box.intro.text() and "keer duidelijk" in box.summary.text()
    box.group.setCurrentIndex(1)
    assert box.table.item(0, 4).text() == "5 / 5"


def test_small_groups_are_named_as_not_compared_and_never_shown(page_for, tmp_path):
    page, doc = page_for(demo_file(tmp_path / "bakkerij.werkdruk", small_team_size=3))
    box = page.comparison
    names = [box.group.itemText(i) for i in range(box.group.count())]
    assert SMALL_TEAM not in names
    assert f"{SMALL_TEAM}: in een van beide metingen te weinig" in box.not_compared.text()
    seen = []
    for index in range(box.group.count()):
        box.group.setCurrentIndex(index)
        seen += texts(box)
        counts = [box.table.item(r, 4).text() for r in range(box.table.rowCount())]
        assert all(int(n) >= 5 for pair in counts for n in pair.split(" / "))
    assert_no_small_group(seen, SMALL_TEAM)


def test_two_measurements_in_one_cycle_are_compared_with_each_other(page_for, tmp_path):
    path = demo_file(tmp_path / "bakkerij.werkdruk")
    with open_file(path) as file:
        cycle = file.load().cycles[-1]
        first = cycle.measurements[0]
        later = [m.Response(r.team_id, {k: max(1, v - 1) for k, v in r.answers.items()})
                 for r in first.responses]
        file.save(m.Measurement("Nameting <oktober>", date(2026, 10, 1), m.CollectionMethod.PAPER,
                                list(first.source_ids[1:]), responses=later), cycle.id)
    page, doc = page_for(path)
    box = page.comparison
    dropped = doc.source(first.source_ids[0]).name
    assert f"'{dropped}' is alleen gevraagd in 'Werkdrukvragenlijst april 2026'" in (
        box.warnings.text())
    assert box.table.rowCount() == 17
    assert box.pair.count() == 1 and "'Nameting <oktober>'" in box.pair.itemText(0)
    assert "2025" not in box.pair.itemText(0)
    assert "duidelijk" in " ".join(box.chart.labels())


def test_no_comparison_without_two_measurements_with_answers(page_for, tmp_path):
    page, doc = page_for(demo_file(tmp_path / "bakkerij.werkdruk"))
    doc.choose_cycle(doc.org.cycles[0])  # the first cycle: nothing before it
    assert page.comparison.isHidden()


def test_an_interval_bound_near_zero_keeps_its_sign():
    assert bound(-0.004) == "-0,004" and bound(0.12) == "+0,12" and bound(0.0) == "0,00"


def test_two_measurements_without_answers_say_the_comparison_is_coming(page_for, tmp_path):
    path = demo_file(tmp_path / "bakkerij.werkdruk")
    with open_file(path) as file:
        org = file.load()
        file.save(m.Measurement("Nameting <leeg>"), org.cycles[0].id)
    page, doc = page_for(path)
    doc.choose_cycle(doc.org.cycles[0])
    assert not page.comparison.isHidden() and page.comparison.details.isHidden()
    assert "Zodra ze allebei ingevulde vragenlijsten" in page.comparison.waiting.text()
