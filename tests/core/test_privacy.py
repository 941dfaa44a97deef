from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.codec import to_plain
from werkdrukdesk.core.privacy import REPLACEMENT, remove_person
from werkdrukdesk.demo.build import build_demo


def test_a_person_disappears_from_every_record():
    org = build_demo("large", today=PINNED_DAY)
    name = "Ayşe Yılmaz"
    assert name in str(to_plain(org))
    changed = remove_person(org, name)
    assert changed
    text = str(to_plain(org))
    assert name not in text and name.casefold() not in text.casefold()
    assert REPLACEMENT in text


def test_only_whole_names_are_replaced():
    org = m.Organisation(m.Profile("Bakkerij", prevention_officer="Jan Jansen",
                                   notes="Jan Jansenius doet de kas; Jan Jansen de RI&E."))
    remove_person(org, "Jan Jansen")
    assert org.profile.prevention_officer == REPLACEMENT
    assert org.profile.notes == f"Jan Jansenius doet de kas; {REPLACEMENT} de RI&E."


def test_attendees_are_taken_off_the_list_and_nothing_else_changes():
    session = m.InformationSession(None, attendees=[m.Attendee("Łukasz Kowalczyk", 1),
                                                    m.Attendee("Priya Ramdin", 1)])
    org = m.Organisation(m.Profile("X"), cycles=[m.Cycle(1, sessions=[session])])
    assert remove_person(org, "łukasz kowalczyk") == [session]
    assert [a.name for a in session.attendees] == ["Priya Ramdin"]
    assert remove_person(org, "Niemand Bekend") == []
    assert remove_person(org, " ") == []


def test_a_person_leaves_the_conversations_and_external_studies():
    talk = m.GroupConversation(1, led_by="Femke de Groot", outcomes="Femke de Groot plant te krap.",
                               id=1)
    study = m.ExternalStudy("Adviseur Femke de Groot", id=1)
    cycle = m.Cycle(1, teams=[m.Team("Winkel", 5, id=1)], conversations=[talk],
                    external_studies=[study], id=1)
    org = m.Organisation(m.Profile("Bakkerij"), cycles=[cycle])
    changed = remove_person(org, "femke de groot")
    assert talk in changed and study in changed
    assert talk.led_by == REPLACEMENT and "Femke" not in talk.outcomes
    assert study.carried_out_by == f"Adviseur {REPLACEMENT}"


def test_a_person_leaves_the_outcomes_per_source():
    talk = m.GroupConversation(1, outcomes="Druk.", outcomes_per_source=[
        m.ConversationOutcome(7, "Ayşe Yılmaz plant de zaterdag te krap."),
        m.ConversationOutcome(8, "Pauzes lukken meestal.")], id=1)
    cycle = m.Cycle(1, teams=[m.Team("Winkel", 5, id=1)], conversations=[talk], id=1)
    org = m.Organisation(m.Profile("Bakkerij"), cycles=[cycle])
    assert remove_person(org, "ayse yilmaz") == [talk]
    assert [o.text for o in talk.outcomes_per_source] == [
        f"{REPLACEMENT} plant de zaterdag te krap.", "Pauzes lukken meestal."]
