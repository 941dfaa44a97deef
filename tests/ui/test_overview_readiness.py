"""The overview step's "Klaar voor de inspectie?" box."""

from datetime import timedelta

import pytest

from tests.core.readiness_org import TODAY, ready_org
from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.readiness.base import STRAND_KEYS
from werkdrukdesk.core.readiness.chain import TITLES, open_checks, readiness
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.storage import create_file, open_file
from werkdrukdesk.storage.file import write_new_file
from werkdrukdesk.ui.document import OpenDocument
from werkdrukdesk.ui.pages.overview.page import OverviewPage
from werkdrukdesk.ui.pages.overview.readiness import ReadinessBox
from werkdrukdesk.ui.steps import steps


@pytest.fixture
def opened(tmp_path):
    """Open an organisation as the program does; closes the files afterwards."""
    files = []

    def open_org(org: m.Organisation) -> OpenDocument:
        path = tmp_path / f"org{len(files)}.werkdruk"
        write_new_file(path, org).close()
        file = open_file(path)
        files.append(file)
        return OpenDocument(file, file.load())

    yield open_org
    for file in files:
        file.close()


@pytest.fixture
def box(qtbot):
    widget = ReadinessBox()
    qtbot.addWidget(widget)
    return widget


def test_open_points_show_their_action_and_step(box, opened):
    doc = opened(build_demo("large", today=TODAY))
    box.set_document(doc, today=TODAY)
    gaps = open_checks(readiness(doc.org, doc.cycle, TODAY))
    assert gaps and box.title() == "Klaar voor de inspectie?"
    total = len(readiness(doc.org, doc.cycle, TODAY))  # the strands in the file's scope
    assert f"Op orde: {total - len(gaps)} van de {total} punten; nog open: {len(gaps)}." \
        in box.summary.text()
    titles = {s.key: s.title for s in steps()}
    text = box.points_text()
    for n, check in enumerate(gaps, start=1):
        assert f"{n}. {check.title}\n{check.action}" in text
    assert [b.text() for b in box.buttons] == [f"Naar {titles[c.step]} →" for c in gaps]
    assert all(b.accessibleName() == f"Naar {titles[c.step]}: {c.title}"
               and b.accessibleDescription() == c.action for b, c in zip(box.buttons, gaps))
    assert not box.points.isHidden()
    assert "✓ Werkdruk staat in de RI&E" in box.summary.toolTip()
    points = [box.grid.itemAtPosition(row, 0).widget() for row in range(len(gaps))]
    assert [p.toolTip() for p in points] == [f"Wettelijke basis: {c.basis}" for c in gaps]


def test_a_ready_organisation_gets_a_calm_yes(box, opened):
    org = ready_org()
    for x in org.cycles[0].measures:
        if x.is_open:
            x.deadline = TODAY + timedelta(days=60)
    box.set_document(opened(org), today=TODAY)
    werkdruk = [k for k in TITLES if k not in STRAND_KEYS]
    # ready for werkdruk only, and the verdict itself says so
    assert box.summary.text().startswith(f"✓ Klaar voor werkdruk: alle {len(werkdruk)} punten")
    assert "Ongewenst gedrag en agressie zijn niet nagekeken" in box.summary.text()
    assert "alleen over werkdruk" in box.scope.text()  # says what "ready" covers
    assert box.points.isHidden()
    org.profile.psa_scope = m.PsaScope.WHOLE  # the same file, widened, is no longer ready
    box.set_document(opened(org), today=TODAY)
    assert "hele beleid" in box.scope.text() and not box.points.isHidden()
    assert "Een vertrouwenspersoon die bereikbaar is" in box.points_text()


def test_a_new_organisation_lists_every_gap(box, tmp_path):
    path = tmp_path / "nieuw.werkdruk"
    with create_file(path, m.Profile("Nieuw"), PINNED_DAY) as file:
        doc = OpenDocument(file, file.load())
        box.set_document(doc)
        gaps = [c for c in box.checks if not c.ok]
        assert len(gaps) >= 18 and len(box.checks) == len(TITLES) - len(STRAND_KEYS)
        assert all(f"{c.title}\n{c.action}" in box.points_text() for c in gaps)
    box.set_document(None)
    assert box.summary.text() == "" and box.checks == []


def test_the_overview_page_shows_the_box_and_follows_the_cycle(qtbot, opened):
    doc = opened(build_demo("large", today=TODAY))
    page = OverviewPage(next(s for s in steps() if s.key == "overview"))
    qtbot.addWidget(page)
    page.set_document(doc)
    total = len(readiness(doc.org, doc.cycle, PINNED_DAY))
    assert f"van de {total} punten" in page.readiness_box.summary.text()
    assert page.readiness_box.checks == readiness(doc.org, doc.cycle, PINNED_DAY)
    doc.choose_cycle(next(c for c in doc.org.cycles if c.number == 1))
    assert page.readiness_box.checks == readiness(doc.org, doc.cycle, PINNED_DAY)
