"""Keeping control: opening a file names the measures past their term or due within 30 days."""

from datetime import date, timedelta
from pathlib import Path

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle, due_soon, overdue_measures
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.ui.deadline_notice import MAX_LISTED, deadline_notice
from werkdrukdesk.ui.document import OpenDocument

TODAY = date(2026, 6, 1)


class Doc:
    """What the notice reads of an open document: the organisation and its day."""

    def __init__(self, org: m.Organisation, today: date):
        self.org, self.today = org, today


def org_with(*measures: m.Measure, cycles: int = 1) -> m.Organisation:
    made = [m.Cycle(n, id=n) for n in range(1, cycles + 1)]
    made[-1].measures = list(measures)
    return m.Organisation(m.Profile("Kapsalon Ayşe"), cycles=made)


def measure(title: str, days: int, status=m.MeasureStatus.PLANNED, who="Ayşe Yılmaz"):
    return m.Measure(title, responsible=who, deadline=TODAY + timedelta(days=days), status=status)


def test_nothing_due_means_no_notice():
    assert deadline_notice(Doc(org_with(), TODAY)) is None
    quiet = org_with(measure("Ver weg", 31), measure("Klaar", -5, m.MeasureStatus.DONE),
                     measure("Vervallen", -5, m.MeasureStatus.CANCELLED), m.Measure("Geen datum"))
    assert deadline_notice(Doc(quiet, TODAY)) is None


def test_overdue_and_soon_are_named_with_term_and_owner():
    org = org_with(measure("Vaste pauzes", -3, m.MeasureStatus.IN_PROGRESS),
                   measure("Rooster vooruit", 30), measure("Vandaag", 0, who=""))
    text = deadline_notice(Doc(org, TODAY))
    lines = text.splitlines()
    assert lines[0] == ("Termijnen in cyclus 1: 1 maatregel is over de termijn en 2 maatregelen "
                        "moeten binnen 30 dagen klaar zijn.")
    assert lines[1] == (f"• Vaste pauzes — uiterlijk {format_date(TODAY - timedelta(3))} "
                        "(te laat), verantwoordelijk: Ayşe Yılmaz")
    assert lines[2].startswith("• Vandaag — uiterlijk") and "nog niemand aangewezen" in lines[2]
    assert lines[3].startswith("• Rooster vooruit") and "(binnenkort)" in lines[3]


def test_only_the_newest_cycle_counts():
    org = org_with(measure("Nieuw", 5), cycles=2)
    org.cycles[0].measures = [measure("Oud en vergeten", -100)]
    text = deadline_notice(Doc(org, TODAY))
    assert "cyclus 2" in text and "Oud en vergeten" not in text


def test_at_most_eight_are_listed_then_a_count():
    org = org_with(*[measure(f"Maatregel {n:02d}", n - 6) for n in range(12)])
    lines = deadline_notice(Doc(org, TODAY)).splitlines()
    assert len(lines) == 1 + MAX_LISTED + 1 and lines[-1] == "en nog 4"
    assert "6 maatregelen zijn over de termijn" in lines[0]
    assert lines[1].startswith("• Maatregel 00")  # earliest term first


def test_the_demo_names_its_overdue_measures():
    org = build_demo("large", today=TODAY)
    cycle = current_cycle(org)
    text = deadline_notice(Doc(org, TODAY))
    late, soon = overdue_measures(cycle, TODAY), due_soon(cycle, TODAY)
    assert late
    listed = (late + soon)[:MAX_LISTED]
    assert sum(line.startswith("• ") for line in text.splitlines()) == len(listed)


# -- in the main window ------------------------------------------------------------------------


def open_in(window, qtbot, path: Path) -> None:
    with qtbot.waitSignal(window.file_opened, timeout=10000):
        window.open_path(path)


def test_opening_a_file_shows_the_notice_as_information(window, qtbot, tmp_path):
    path = tmp_path / "demo.werkdruk"
    write_new_file(path, build_demo("small", today=PINNED_DAY)).close()
    open_in(window, qtbot, path)
    notice = window.deadline_notice
    assert notice.isVisible() and notice.text().startswith("Termijnen in cyclus 2")
    with open_file(path, read_only=True) as file:
        expected = deadline_notice(OpenDocument(file, file.load()))
    assert notice.text() == expected
    assert "#a4161a" not in notice.styleSheet()  # not the red of a problem
    assert window.banner.isHidden()
    assert notice.accessibleName()


def test_a_file_without_deadlines_shows_no_notice(window, qtbot, tmp_path):
    first = tmp_path / "demo.werkdruk"
    write_new_file(first, build_demo("small", today=PINNED_DAY)).close()
    open_in(window, qtbot, first)
    calm = tmp_path / "rustig.werkdruk"
    create_file(calm, m.Profile("Rustig"), PINNED_DAY).close()
    open_in(window, qtbot, calm)
    assert window.deadline_notice.isHidden() and window.deadline_notice.text() == ""
