"""Every page of the dossier with its attachments carries "pagina X van Y" of the whole PDF:
the dossier's own pages count the appendix, and the appendix's pages (its own and the attached
ones, of any size and turn) are stamped, the attached ones in a band below the page."""

import io
import re

import pypdf
import pytest
from reportlab.lib.pagesizes import A3, A4, A5, landscape
from reportlab.pdfgen.canvas import Canvas

from tests.reports.conftest import PRINTED_ON, read_pdf
from tests.reports.test_dossier_attachments import org_file, rie_pdf, scanned_sheet  # noqa: F401
from werkdrukdesk.core import i18n
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.reports.attachments.dossier import dossier_with_attachments
from werkdrukdesk.reports.registry import builder
from werkdrukdesk.storage import attachments

BAND = 12 * 72 / 25.4  # 12 mm in points


def plan_pages() -> bytes:
    """A landscape scan, an A4 page turned a quarter (/Rotate 90), an A3 drawing and an A5
    note whose box does not start at 0,0; each with a line of text along its lower edge."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    for size, text in [(landscape(A4), "Liggende scan"), (A4, "Gedraaid blad"),
                       (A3, "Plattegrond A3"), (A5, "Notitie A5")]:
        canvas.setPageSize(size)
        canvas.drawString(20, 12, f"{text} onderrand")
        canvas.showPage()
    canvas.save()
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(buffer.getvalue()))
    writer.pages[1].rotate(90)
    note = writer.pages[3]
    note.mediabox = pypdf.generic.RectangleObject([-50, -40, A5[0] - 50, A5[1] - 40])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _whole(file) -> tuple[int, bytes]:
    org = file.load()
    cycle = current_cycle(org)
    rie, session = org.documents[0], cycle.sessions[0]
    attachments.add(file, m.Proves.DOCUMENT, rie.id, "RI&E Ayşe.pdf", rie_pdf(30), PRINTED_ON)
    attachments.add(file, m.Proves.DOCUMENT, rie.id, "R&D <Noord> plan.pdf", plan_pages(),
                    PRINTED_ON)
    attachments.add(file, m.Proves.SESSION, session.id, "presentielijst.png", scanned_sheet(),
                    PRINTED_ON)
    stored = [(a, attachments.read(file, a)) for a in attachments.listed(file)]
    plain = builder("dossier")(org, cycle, printed_on=PRINTED_ON)
    whole = dossier_with_attachments(org, cycle, printed_on=PRINTED_ON, attachments=stored)
    return len(pypdf.PdfReader(io.BytesIO(plain)).pages), whole


@pytest.mark.parametrize("language, words", [("nl", "pagina {} van {}"), ("en", "page {} of {}")])
def test_every_page_is_numbered_in_the_whole(org_file, language, words):  # noqa: F811
    with i18n.language(language):
        dossier_pages, whole = _whole(org_file)
    read = read_pdf(whole)
    total = len(read.pages)
    # dossier + contents + (title + 30) + (title + 4) + (title + the sheet)
    assert total == dossier_pages + 1 + 31 + 5 + 2
    pattern = words.replace("{}", r"(\d+)")
    for number, text in enumerate(read.pages, start=1):
        found = [tuple(map(int, x)) for x in re.findall(pattern, text)]
        # "blad 3 van 30" is the RI&E's own text; only the program's number is "pagina".
        assert found == [(number, total)], (number, text[-200:])


def test_attached_pages_keep_their_size_and_turn_with_a_band_below(org_file):  # noqa: F811
    dossier_pages, whole = _whole(org_file)
    reader = pypdf.PdfReader(io.BytesIO(whole))
    first_plan_page = dossier_pages + 1 + 31 + 1  # after the plan's title page
    pages = reader.pages[first_plan_page:first_plan_page + 4]
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages]
    band = round(BAND)
    assert sizes == [(842, 595 + band), (842, 595 + band), (842, 1191 + round(BAND * 1191 / 842)),
                     (420, 595 + band)]
    assert all(p.rotation == 0 for p in pages)  # the turn is in the content now
    # The band is 12 mm, larger in the same measure as a page larger than A4.
    for page, text, band in zip(pages, ["Liggende scan", "Gedraaid blad", "Plattegrond A3",
                                        "Notitie A5"], [BAND, BAND, BAND * A3[1] / A4[1], BAND],
                                strict=True):
        placed = _heights(page)
        document = [y for words, y in placed if "onderrand" in words]
        stamp = [y for words, y in placed if "Bijlage 2: R&D _Noord_ plan.pdf" in words
                 or re.search(r"pagina \d+ van \d+", words)]
        # The document's own lower edge is above the band, as far as on its own page (12 pt,
        # or its left edge when turned); the stamp's two texts are within the band.
        assert len(document) == 1 and document[0] >= band + 11, (text, placed)
        assert len(stamp) == 2 and all(0 < y < band for y in stamp), (text, placed)
    # Our own pages stay A4, numbered in their foot.
    own = reader.pages[dossier_pages]
    assert (round(float(own.mediabox.width)), round(float(own.mediabox.height))) == (595, 842)


def _heights(page: pypdf.PageObject) -> list[tuple[str, float]]:
    """Each piece of text on the page with the height on the page where it starts."""
    found: list[tuple[str, float]] = []

    def seen(text, cm, tm, font, size):
        if text.strip():
            found.append((text, tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=seen)
    return found
