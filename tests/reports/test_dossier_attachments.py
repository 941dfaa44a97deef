"""The dossier with its proof as one PDF: the dossier, the appendix's contents, and each
attachment announced by a title page; read back with pypdf."""

import io

import pypdf
import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.reports.conftest import PRINTED_ON, read_pdf, squash
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.reports.attachments.dossier import dossier_with_attachments
from werkdrukdesk.reports.registry import builder
from werkdrukdesk.storage import attachments
from werkdrukdesk.storage.file import write_new_file


def rie_pdf(pages: int = 30) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)  # the same bytes every time
    for number in range(1, pages + 1):
        canvas.drawString(72, 760, f"RI&E Bakkerij, blad {number} van {pages}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def scanned_sheet() -> bytes:
    image = Image.new("RGB", (1240, 1754), "white")  # A4 at 150 dpi
    draw = ImageDraw.Draw(image)
    for row in range(12):
        draw.line((100, 300 + row * 90, 1140, 300 + row * 90), fill="black", width=3)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(rie_pdf(2)))
    writer.encrypt("geheim")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture
def org_file(tmp_path):
    with write_new_file(tmp_path / "demo.werkdruk", build_demo("small", today=PRINTED_ON)) as f:
        yield f


def _dossier(file, added):
    org = file.load()
    cycle = current_cycle(org)
    stored = [(a, attachments.read(file, a)) for a in attachments.listed(file)]
    assert len(stored) == len(added)
    plain = builder("dossier")(org, cycle, printed_on=PRINTED_ON)
    return org, cycle, plain, dossier_with_attachments(org, cycle, printed_on=PRINTED_ON,
                                                       attachments=stored)


def test_dossier_with_a_30_page_rie_and_a_scanned_sheet(org_file):
    org = org_file.load()
    cycle = current_cycle(org)
    rie = org.documents[0]
    session = cycle.sessions[0]
    added = [attachments.add(org_file, m.Proves.DOCUMENT, rie.id, "RI&E Ayşe.pdf", rie_pdf(),
                             PRINTED_ON),
             attachments.add(org_file, m.Proves.SESSION, session.id, "presentielijst.png",
                             scanned_sheet(), PRINTED_ON)]
    org, cycle, plain, whole = _dossier(org_file, added)
    dossier_pages = len(pypdf.PdfReader(io.BytesIO(plain)).pages)
    read = read_pdf(whole)
    # dossier + the appendix's contents (1) + two title pages + 30 + the sheet's page
    assert len(read.pages) == dossier_pages + 1 + 2 + 30 + 1
    contents = squash(read.pages[dossier_pages])
    assert squash("Bijlagen bij het dossier") in contents
    assert squash("RI&E Ayşe.pdf") in contents and "presentielijst.png" in contents
    rie_title = dossier_pages + 2  # 1-based page of the first title page
    sheet_title = rie_title + 1 + 30
    assert f"{rie_title}" in contents and f"{sheet_title}" in contents
    first = squash(read.pages[rie_title - 1])
    assert squash("Bijlage 1") in first and added[0].sha256 in first
    assert squash(rie.title) in first
    assert squash("blad 1 van 30") in squash(read.pages[rie_title])
    assert squash("blad 30 van 30") in squash(read.pages[rie_title + 29])
    second = squash(read.pages[sheet_title - 1])
    assert squash("Bijlage 2") in second and added[1].sha256 in second
    assert squash(session.title) in second
    # The sheet's page holds the image itself.
    assert read.reader.pages[sheet_title].images
    # The dossier comes first, unchanged in its text but for its total of pages, which
    # counts the attachments too.
    total = len(read.pages)
    assert read.pages[0] == read_pdf(plain).pages[0].replace(
        f"pagina 1 van {dossier_pages}", f"pagina 1 van {total}")
    assert f"pagina 1 van {total}" in read.pages[0]


def test_damaged_and_encrypted_pdfs_get_a_title_page_that_says_so(org_file):
    org = org_file.load()
    rie = org.documents[0]
    damaged = rie_pdf(3)[:900]  # cut off: no pages, no cross-reference table
    added = [attachments.add(org_file, m.Proves.DOCUMENT, rie.id, "kapot.pdf", damaged,
                             PRINTED_ON),
             attachments.add(org_file, m.Proves.DOCUMENT, rie.id, "geheim.pdf",
                             encrypted_pdf(), PRINTED_ON),
             attachments.add(org_file, m.Proves.DOCUMENT, rie.id, "notulen.docx",
                             b"PK\x03\x04 not really office", PRINTED_ON)]
    _, _, plain, whole = _dossier(org_file, added)
    dossier_pages = len(pypdf.PdfReader(io.BytesIO(plain)).pages)
    read = read_pdf(whole)
    assert len(read.pages) == dossier_pages + 1 + 2  # contents, two title pages, no content
    contents = squash(read.pages[dossier_pages])
    assert "notulen.docx" in contents and squash("niet afgedrukt") in contents
    assert squash("kon niet aan de PDF worden toegevoegd") in squash(read.pages[-2])
    assert squash("beschadigd") in squash(read.pages[-2])
    assert squash("wachtwoord") in squash(read.pages[-1])


def test_without_attachments_of_the_cycle_the_dossier_is_as_it_was(org_file):
    org = org_file.load()
    cycle = current_cycle(org)
    plain = builder("dossier")(org, cycle, printed_on=PRINTED_ON)
    alone = dossier_with_attachments(org, cycle, printed_on=PRINTED_ON, attachments=[])
    assert read_pdf(alone).pages == read_pdf(plain).pages  # no appendix, no contents page
