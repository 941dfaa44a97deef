"""Helpers for report tests: build a report to bytes and read the PDF back the way a reader
(or an inspector's viewer) would, with pypdf.

The helpers are plain functions that tests import (`from tests.reports.conftest import ...`),
so Hypothesis tests can use them as well; Hypothesis refuses function-scoped fixtures.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass
from datetime import date

import pypdf
from reportlab.pdfbase.pdfmetrics import stringWidth

from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.reports.fonts import BOLD, REGULAR, register_fonts
from werkdrukdesk.reports.registry import builder

PRINTED_ON = date(2026, 11, 28)
A4_WIDTH = 595.2756
TOLERANCE = 1.0  # points: rounding in the PDF's numbers


@dataclass
class ReadPdf:
    pages: list[str]
    metadata: dict[str, str]
    reader: pypdf.PdfReader

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def squashed(self) -> str:
        return squash(self.text)

    def body_squashed(self, organisation: str) -> str:
        """The pages without their running head and foot, squashed and joined: a text that a
        page break cuts in two reads as one again. The head and foot are drawn last on each
        page (so they come last in its text) and the head starts with the organisation's name,
        shortened to fit."""
        start = squash(organisation)[:12]
        bodies = []
        for page in self.pages:
            text = squash(page)
            cut = text.rfind(start) if start else -1
            bodies.append(text[:cut] if cut >= 0 else text)
        return "".join(bodies)


def squash(text: str) -> str:
    """Text without any whitespace: line breaks fall where the layout puts them, so text is
    compared with all whitespace taken out (what remains must be there, in order)."""
    return re.sub(r"\s+", "", text)


def read_pdf(data: bytes) -> ReadPdf:
    reader = pypdf.PdfReader(io.BytesIO(data))
    meta = {key: str(value) for key, value in (reader.metadata or {}).items()}
    return ReadPdf([page.extract_text() for page in reader.pages], meta, reader)


def build_report(org: m.Organisation, cycle: m.Cycle | None = None, kind: str = "plan",
                 **options: object) -> bytes:
    options.setdefault("printed_on", PRINTED_ON)
    return builder(kind)(org, cycle or current_cycle(org), **options)


def fonts_used(reader: pypdf.PdfReader) -> dict[str, bool]:
    """Every font any page refers to (also inside form XObjects), and whether its file is
    embedded as a TrueType font program (/FontFile2)."""
    found: dict[str, bool] = {}

    def visit(resources) -> None:
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            for child in font.get("/DescendantFonts") or []:
                descriptor = descriptor or child.get_object().get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font.get("/BaseFont"))] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return found


def overflowing_text(reader: pypdf.PdfReader, margin: float = 0.0) -> list[str]:
    """Text drawn past the right or left edge of the paper (less `margin`), measured with the
    font's own widths: what a reader would find cut off."""
    register_fonts()
    found: list[str] = []

    def visit(text, cm, tm, font_dict, font_size) -> None:
        if not text.strip() or font_dict is None:
            return
        matrix = _multiply(tm, cm)
        x, scale = matrix[4], math.hypot(matrix[0], matrix[1])
        font = BOLD if "Bold" in str(font_dict.get("/BaseFont")) else REGULAR
        width = stringWidth(text.rstrip("\n"), font, font_size) * scale
        if x < margin - TOLERANCE or x + width > A4_WIDTH - margin + TOLERANCE:
            found.append(text)

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return found


def _multiply(a, b):
    return [
        a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5],
    ]


# -- organisations to print ---------------------------------------------------------------


def small_org(name: str = "Kapsalon Ayşe Yılmaz") -> m.Organisation:
    """The least an organisation can be: one cycle, one team, one measure, all ids set."""
    source = m.Source("Te veel werk in te weinig tijd", m.SourceKind.DEMAND, id=1)
    team = m.Team("Salon", headcount=6, id=1)
    measure = m.Measure("Vaste pauzes", description="Iedereen een half uur pauze.",
                        level=m.Level.TEAM, targets=[m.Target(1, 1)], id=1)
    cycle = m.Cycle(number=1, title="Cyclus 2026", teams=[team], measures=[measure],
                    ratings=[m.SourceRating(1, 1, m.Rating.PROBLEM)], id=1)
    return m.Organisation(m.Profile(name=name), sources=[source], cycles=[cycle])
