"""The dossier of the large demo, against a bare ReportLab document with the same tables.

The bare document is what any ReportLab program would print from the same data: one
SimpleDocTemplate, the same DejaVu font, and per part of the dossier a plain Table (header row,
repeated on every page; every cell a Paragraph so text wraps) with one row per team, document,
rating, balance, measure, session, evaluation, measurement and earlier cycle of the current
cycle, holding the same texts. The dossier adds what the bare one lacks: its own layout,
the balance chart and the comparison of measurements (which score every answer), the running
head and foot with "pagina X van Y", and the table of contents with the page of each section
(written in when the PDF is saved: the dossier is laid out once).

Both are built in this process after one warm-up build each (fonts, imports); median of 5.
Goals: at most 1.5 times the bare document, and under 2 s. Nothing is asserted about time.
"""

import io
import time
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.benchmarks.conftest import median_of, show
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.labels import label as _label
from werkdrukdesk.reports.fonts import REGULAR, register_fonts
from werkdrukdesk.reports.registry import builder
from werkdrukdesk.storage import open_file

GOAL_RATIO, GOAL_SECONDS = 1.5, 2.0
PRINTED_ON = date(2026, 6, 1)
WIDTH = A4[0] - 40 * mm


def label(code) -> str:
    try:
        return _label(code)
    except KeyError:  # a code the catalogue has no word for: its value will do
        return str(code)


def _tables(org: m.Organisation, cycle: m.Cycle) -> list[tuple[list[str], list[list[str]]]]:
    """(header, rows) per part of the dossier, all plain text taken from the organisation."""
    sources = {s.id: s.name for s in org.sources}
    teams = {t.id: t.name for t in cycle.teams}

    def team(team_id: int | None) -> str:
        return teams.get(team_id, "hele organisatie")

    measures = cycle.measures
    return [
        (["Team", "Leidinggevende", "Aantal", "Hybride"],
         [[t.name, t.manager, str(t.headcount), "ja" if t.hybrid else "nee"]
          for t in cycle.teams]),
        (["Document", "Datum", "Bewaard", "Samenvatting"],
         [[f"{d.title} ({label(d.kind)})", format_date(d.document_date), d.reference, d.summary]
          for d in org.documents]),
        (["Bron", "Team", "Oordeel", "Onderbouwing", "Toelichting"],
         [[sources.get(r.source_id, ""), team(r.team_id), label(r.rating), label(r.evidence)
           + " " + r.evidence_reference, r.note] for r in cycle.ratings]),
        (["Team", "Oordeel", "Prioriteit", "Herstel en rust", "Werk-privé", "Toelichting"],
         [[team(b.team_id), label(b.verdict), str(b.priority or ""), b.rest_and_recovery,
           b.work_private_balance, b.note] for b in cycle.balances]),
        (["Maatregel", "Niveau en status", "Wie en wanneer", "Betrokkenheid en samenhang"],
         [[f"{x.title}: {x.description}", f"{label(x.level)}, {label(x.status)}",
           (f"{x.responsible}; {x.carried_out_by}; {format_date(x.start_date)} tot "
            f"{format_date(x.deadline)}; {x.budget}"),
           f"{x.staff_involvement} {x.council_involvement} {x.coherence}"] for x in measures]),
        (["Datum", "Voorlichting", "Vorm en publiek", "Gegeven door", "Onderwerpen",
          "Aanwezig"],
         [[format_date(v.held_on), v.title, f"{label(v.form)}, {label(v.audience)}", v.given_by,
           ", ".join(label(t) for t in v.topics), ", ".join(a.name for a in v.attendees)]
          for v in cycle.sessions]),
        (["Maatregel", "Effect", "Hoe beoordeeld", "Uitkomst", "Vervolg"],
         [[x.title, label(x.evaluation.effect), x.evaluation.how_assessed,
           x.evaluation.outcome, x.evaluation.next_steps] for x in measures if x.evaluation]),
        (["Meting", "Datum", "Methode", "Antwoorden", "Besproken"],
         [[v.name, format_date(v.held_on), label(v.method), str(len(v.responses)),
           v.discussed_with_staff] for v in cycle.measurements]),
        (["Cyclus", "Titel", "Van", "Tot", "Maatregelen", "Voorlichtingen"],
         [[str(c.number), c.title, format_date(c.start_date), format_date(c.end_date),
           str(len(c.measures)), str(len(c.sessions))]
          for c in org.cycles if c is not cycle]),
    ]


def bare_document(org: m.Organisation, cycle: m.Cycle) -> bytes:
    register_fonts()
    style = ParagraphStyle("bare", fontName=REGULAR, fontSize=8.5, leading=11.2,
                           splitLongWords=1)
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#C5CDD3"),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")])
    story = []
    for header, rows in _tables(org, cycle):
        widths = [WIDTH / len(header)] * len(header)
        cells = [[Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), style)
                  for text in row] for row in [header, *rows]]
        story += [Table(cells, colWidths=widths, repeatRows=1, splitInRow=1, style=grid),
                  Spacer(1, 12)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      initialFontName=REGULAR).build(story)
    return buffer.getvalue()


def timed(build, keep: list) -> float:
    """Seconds `build` takes; its result goes into `keep` (replacing the one before)."""
    start = time.perf_counter()
    result = build()
    seconds = time.perf_counter() - start
    keep[:] = [result]
    return seconds


def text_volume(pdf: bytes) -> tuple[int, int]:
    """(pages, characters of text) of a PDF."""
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), sum(len(page.extract_text() or "") for page in reader.pages)


@pytest.mark.benchmark
def test_dossier_of_the_large_demo_against_a_bare_document(large_demo, capsys):
    with open_file(large_demo, read_only=True) as file:
        org = file.load()
    cycle = current_cycle(org)
    build = builder("dossier")

    dossier_pdf, bare_pdf = [], []
    dossier, dossier_runs = median_of(
        lambda: timed(lambda: build(org, cycle, printed_on=PRINTED_ON), dossier_pdf))
    bare, bare_runs = median_of(lambda: timed(lambda: bare_document(org, cycle), bare_pdf))

    rows = sum(len(rows) for _, rows in _tables(org, cycle))
    dossier_pages, dossier_chars = text_volume(dossier_pdf[0])
    bare_pages, bare_chars = text_volume(bare_pdf[0])
    ratio = dossier / bare
    show(capsys, (
        f"dossier: large demo, cycle {cycle.number}: {dossier:.2f} s "
        f"(runs {', '.join(f'{t:.2f}' for t in dossier_runs)}; {dossier_pages} pages, "
        f"{dossier_chars} characters); bare ReportLab document with the same {rows} rows "
        f"{bare:.2f} s (runs {', '.join(f'{t:.2f}' for t in bare_runs)}; {bare_pages} pages, "
        f"{bare_chars} characters); ratio {ratio:.1f}x "
        f"(goals <= {GOAL_RATIO}x: {'met' if ratio <= GOAL_RATIO else 'MISSED'}, "
        f"< {GOAL_SECONDS:.0f} s: {'met' if dossier < GOAL_SECONDS else 'MISSED'})"
    ))
    assert dossier_pages > 1 and bare_pages > 1
