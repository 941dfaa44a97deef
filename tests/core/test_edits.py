"""Edits as values: each applies to the model and takes itself back exactly."""

from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.core.model.edits import AddRecord, RemoveRecord, SetFields


def test_new_values_apply_and_go_back_to_what_was_there():
    measure = m.Measure("Pauzes volgens het rooster", responsible="Ayşe Yılmaz")
    edit = SetFields(measure, {"status": m.MeasureStatus.DONE, "responsible": "R&D <Noord>"})
    assert edit.changes_anything()
    undo = edit.apply()
    assert (measure.status, measure.responsible) == (m.MeasureStatus.DONE, "R&D <Noord>")
    assert not edit.changes_anything()
    undo()
    assert (measure.status, measure.responsible) == (m.MeasureStatus.PLANNED, "Ayşe Yılmaz")


def test_a_part_changes_inside_the_record_that_stores_it():
    cycle = m.Cycle(1, start_date=date(2026, 1, 5))
    edit = SetFields(cycle.approval, {"consent_date": date(2026, 3, 1)}, caption="Datum")
    inside = edit.within(cycle, in_cycle=False)
    assert inside.record is cycle and inside.target is cycle.approval
    assert inside.caption == "Datum" and not inside.in_cycle
    undo = inside.apply()
    assert cycle.approval.consent_date == date(2026, 3, 1)
    undo()
    assert cycle.approval.consent_date is None


def test_a_record_added_and_removed_keeps_its_place_when_taken_back():
    teams = [m.Team("Keuken"), m.Team("Bediening"), m.Team("Afwas")]
    middle = teams[1]
    undo = RemoveRecord(middle, teams).apply()
    assert [t.name for t in teams] == ["Keuken", "Afwas"]
    undo()
    assert teams[1] is middle
    new = m.Team("Keuken")  # equal in name to another: identity decides, not equality
    undo = AddRecord(new, teams).apply()
    assert teams[-1] is new
    undo()
    assert all(t is not new for t in teams) and len(teams) == 3


def test_removing_a_record_that_is_in_no_list_changes_no_list():
    teams = [m.Team("Keuken")]
    undo = RemoveRecord(m.Team("Keuken"), teams).apply()  # an equal team, not the same one
    assert len(teams) == 1
    undo()
    assert len(teams) == 1
