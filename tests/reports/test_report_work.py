"""Reports do their work once: one layout pass for the dossier, each measurement scored once,
markup parsed once per shape, lines broken once per width; and print what they printed
before (the same fragments and lines as ReportLab's own Paragraph). (The tests look at
ReportLab's internals to compare; the program does not: tests/test_public_apis.py.)"""

import io
from datetime import date

import pypdf
import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from tests.reports.conftest import PRINTED_ON, read_pdf
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.survey import scoring as survey
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.reports import page, paragraphs
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.dossier import document as dossier
from werkdrukdesk.reports.fonts import REGULAR, register_fonts
from werkdrukdesk.reports.paragraphs import Para, one_build
from werkdrukdesk.reports.survey import results as survey_results

MARKUP = [
    "Gewone tekst",
    "  spaties   en\nregels  ",
    "R&amp;D &lt;Noord&gt; en &amp;amp;",
    "<b>3,12</b><br/><font size=\"7.5\" color=\"#5b6770\">aandacht nodig</font>",
    "<b>2,87</b><br/><font size=\"7.5\" color=\"#5b6770\">in orde</font>",
    "<b></b>leeg <b> </b>en<br/><br/>twee regels",
    "x &amp; x<br/>x",
    "&nbsp;een ander teken &#233; en &euro;",
    "<i>schuin</i> <b><i>beide</i></b> <font color=\"red\">rood</font>",
    "a > b",
    "Ayşe Yılmaz, Łukasz, Ĳsselmeer",
    "",
]


@pytest.fixture(scope="module")
def style() -> ParagraphStyle:
    return s.styles().cell


@pytest.mark.parametrize("text", MARKUP)
def test_a_paragraph_within_one_build_has_reportlabs_own_fragments(text, style):
    with one_build():
        first, second = Para(text, style), Para(text, style)
    expected = Paragraph(text, style)
    for made in (first, second):
        assert made.text == expected.text
        assert [f.__dict__ for f in made.frags] == [f.__dict__ for f in expected.frags]
    assert all(a is not b for a, b in zip(first.frags, second.frags))  # copies, not shared


def test_a_shape_stands_for_markup_that_differs_only_in_text(style):
    with one_build():
        Para("<b>1,00</b><br/>een", style)
        shapes = paragraphs._SHAPES.get()
        Para("<b>4,50</b><br/>twee woorden", style)
        assert len(shapes) == 1


def test_markup_the_parser_rejects_still_fails_within_one_build(style):
    with one_build(), pytest.raises(ValueError):
        Para("<b>open", style)


def test_nothing_is_kept_after_the_build(style):
    with one_build():
        Para("iets", style)
    assert paragraphs._SHAPES.get() is None


@pytest.mark.parametrize("width", [40.0, 90.0, 400.0])
def test_a_size_kept_for_a_width_is_what_reportlab_finds(width, style):
    text = "Een wat langere tekst<br/>die over <b>meer</b> regels loopt in een smalle kolom"
    with one_build():
        para = Para(text, style)
        sizes = [para.wrap(w, 800) for w in (width, width, 150.0, width)]
    own = Paragraph(text, style)
    assert sizes == [own.wrap(w, 800) for w in (width, width, 150.0, width)]
    assert (para.width, para.height) == (own.width, own.height)
    assert _line_texts(para) == _line_texts(own)


def test_a_paragraph_splits_as_reportlab_splits_after_kept_wraps(style):
    text = "<br/>".join(f"regel {n} met <b>wat</b> tekst erbij" for n in range(12))
    with one_build():
        para = Para(text, style)
        para.wrap(120, 800)
        para.wrap(120, 800)
        parts = para.split(120, 60)
    own = Paragraph(text, style)
    own.wrap(120, 800)
    expected = own.split(120, 60)
    assert len(parts) == len(expected) == 2
    for part, wanted in zip(parts, expected):
        assert part.wrap(120, 800) == wanted.wrap(120, 800)
        assert _line_texts(part) == _line_texts(wanted)


def test_a_table_of_like_cells_prints_as_plain_reportlab_does(style):
    register_fonts()
    rows = [[f"Label {n % 3}", "waarde met <b>vet</b><br/>en een tweede regel " * (n % 4 + 1)]
            for n in range(120)]

    def pdf(make) -> list[str]:
        buffer = io.BytesIO()
        table = Table([[make(text, style) for text in row] for row in rows], colWidths=[80, 200],
                      splitInRow=1, repeatRows=1)
        SimpleDocTemplate(buffer, initialFontName=REGULAR, invariant=1).build([table])
        return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages]

    with one_build():
        ours = pdf(Para)
    assert ours == pdf(Paragraph)


def _line_texts(paragraph: Paragraph) -> list[str]:
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        return [" ".join(words) for _, words in lines]
    return ["".join(getattr(f, "text", "") for f in line.words) for line in lines]


# -- the dossier -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def large():
    org = build_demo("large", today=date(2026, 6, 1))
    return org, current_cycle(org)


def test_the_dossier_is_laid_out_once(large, monkeypatch):
    passes = []
    real = page.render
    monkeypatch.setattr(dossier, "render", lambda *a, **k: passes.append(1) or real(*a, **k))
    dossier.build(*large, printed_on=PRINTED_ON)
    assert passes == [1]


def test_the_dossier_scores_each_measurement_once(large, monkeypatch):
    org, cycle = large
    scored = []
    real = survey.score_measurement

    def counting(measurement, *args, **kwargs):
        scored.append(measurement.id)
        return real(measurement, *args, **kwargs)

    monkeypatch.setattr(survey_results, "score_measurement", counting)
    assert len(cycle.measurements) >= 2
    dossier.build(org, cycle, printed_on=PRINTED_ON)
    assert sorted(scored) == sorted(x.id for x in cycle.measurements)


def test_page_numbers_written_in_later_stand_where_the_contents_are(large):
    pdf = read_pdf(dossier.build(*large, printed_on=PRINTED_ON))
    first = " ".join(pdf.pages[0].split())
    contents = first[first.index("Inhoud"):first.index("pagina 1 van")]
    assert contents.count("pagina ") == 9  # one per section (the whole PSA: two more), in order


def test_what_is_drawn_later_stands_where_it_would_have_stood_now():
    """A moved origin: the form is drawn in page coordinates (so pypdf reads it in place); a
    scaled one: the form takes the page's transformation."""
    register_fonts()
    buffer = io.BytesIO()
    info = page.PageInfo("Rapport", "Organisatie", "Cyclus 1", PRINTED_ON)
    canvas = page._NumberedCanvas(info, buffer, initialFontName=REGULAR)
    canvas.translate(100, 200)
    canvas.later(lambda c: (c.setFont(REGULAR, 10), c.drawString(0, 0, "verschoven")))
    canvas.scale(2, 2)
    canvas.later(lambda c: (c.setFont(REGULAR, 10), c.drawString(5, 5, "vergroot")))
    canvas.showPage()
    canvas.save()
    placed = {}

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            placed[text.strip()] = (round(tm[4] * cm[0] + cm[4]), round(tm[5] * cm[3] + cm[5]))

    reader = pypdf.PdfReader(io.BytesIO(buffer.getvalue()))
    text = reader.pages[0].extract_text(visitor_text=visit)
    assert "verschoven" in text and "vergroot" in text and "pagina 1 van 1" in text
    assert placed["verschoven"] == (100, 200)
