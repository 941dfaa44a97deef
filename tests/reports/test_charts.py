"""Charts: drawn in the reports' font and colours, counted as core.balance counts, every label in
Dutch and readable back from a PDF."""

import io
import re
from datetime import date

import pypdf
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from tests.pinned import PINNED_DAY
from tests.reports.conftest import fonts_used, squash
from werkdrukdesk.core import model as m
from werkdrukdesk.core.balance import (
    RatedSource,
    TeamPicture,
    team_picture,
    team_pictures,
)
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.demo.build import build_demo
from werkdrukdesk.reports import charts
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.charts import balance as chart_balance
from werkdrukdesk.reports.fonts import BOLD, REGULAR
from werkdrukdesk.reports.page import page_info, render

WIDTH = s.CONTENT_WIDTH


def shapes(drawing: Drawing | Group):
    for shape in drawing.contents:
        if isinstance(shape, Group):
            yield from shapes(shape)
        else:
            yield shape


def blocks(drawing: Drawing, fill) -> list[Rect]:
    return [x for x in shapes(drawing) if isinstance(x, Rect) and x.fillColor == fill
            and x.height == charts.BAR_HEIGHT]


def pdf_text(drawing: Drawing) -> tuple[str, pypdf.PdfReader]:
    """The drawing on a report page, read back."""
    org = m.Organisation(m.Profile(name="Proef"), cycles=[m.Cycle(number=1)])
    info = page_info("Grafiek", org, org.cycles[0], date(2026, 11, 28))
    reader = pypdf.PdfReader(io.BytesIO(render(info, [drawing])))
    return "\n".join(page.extract_text() for page in reader.pages), reader


def picture(high=0, demand_attention=0, low=0, resource_attention=0) -> TeamPicture:
    """A picture with the given number of sources on each side."""

    def rated(kind: m.SourceKind, n: int) -> tuple[RatedSource, ...]:
        return tuple(RatedSource(m.Source("bron", kind), m.Rating.PROBLEM) for _ in range(n))

    demand, resource = m.SourceKind.DEMAND, m.SourceKind.RESOURCE
    return TeamPicture(None, rated(demand, high), rated(demand, demand_attention),
                       rated(resource, low), rated(resource, resource_attention),
                       rated=high + demand_attention + low + resource_attention + 1, total=20)


def test_the_chart_prints_its_dutch_labels_and_the_team_names():
    rows = [("Team van Łukasz", picture(2, 1, 1, 0)), ("R&D <Noord>", picture(0, 0, 3, 2)),
            ("Ayşe Yılmaz", TeamPicture(None))]
    text, reader = pdf_text(charts.balance_chart(rows, WIDTH))
    flat = squash(text)
    for expected in ["◀ Werkdrukbronnen", "Energiebronnen ▶", "Team van Łukasz", "R&D <Noord>",
                     "Ayşe Yılmaz", "nog niets beoordeeld", "aandacht nodig",
                     "te hoog (werkdrukbron) of te laag (energiebron)", "één blokje is één bron"]:
        assert squash(expected) in flat, expected
    fonts = fonts_used(reader)
    assert fonts and all(re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-\w+)?", f) for f in fonts)


def test_blocks_are_counted_as_core_balance_counts_them():
    org = build_demo("small", today=PINNED_DAY)
    cycle = current_cycle(org)
    pictures = team_pictures(org, cycle)
    rows = [(t.name, pictures[t.id]) for t in cycle.teams]
    drawing = charts.balance_chart(rows, WIDTH)
    # The bar holds werkdruk and energy only: unwanted behaviour and aggression are not werkdruk.
    problems = sum(len(p.werkdruk_too_high) + len(p.resources_too_low) for p in pictures.values())
    attention = sum(len(p.werkdruk_attention) + len(p.resources_attention)
                    for p in pictures.values())
    assert len(blocks(drawing, charts.PROBLEM)) == problems
    assert len(blocks(drawing, charts.ATTENTION)) == attention
    assert problems + attention > 0


def test_demands_grow_left_and_resources_right_of_the_middle_line():
    drawing = charts.balance_chart([("A", picture(2, 0, 0, 3))], WIDTH)
    layout = chart_balance._Layout(WIDTH, 1, 3)
    problems = blocks(drawing, charts.PROBLEM)
    attention = blocks(drawing, charts.ATTENTION)
    assert len(problems) == 2 and all(x.x + x.width <= layout.middle for x in problems)
    assert len(attention) == 3 and all(x.x >= layout.middle for x in attention)


def test_everything_stays_inside_the_width_even_with_many_sources_and_long_names():
    word = "Werkdrukbeleidsmaatregelen" * 8
    rows = [(word, picture(30, 10, 0, 0)), (f"{word} {word} {word}", picture(0, 0, 1, 40))]
    drawing = charts.balance_chart(rows, WIDTH)
    for shape in shapes(drawing):
        if isinstance(shape, Rect):
            assert -0.01 <= shape.x and shape.x + shape.width <= WIDTH + 0.01
        if isinstance(shape, String):
            font = BOLD if shape.fontName == BOLD else REGULAR
            width = stringWidth(shape.text, font, shape.fontSize)
            left = {"start": shape.x, "end": shape.x - width,
                    "middle": shape.x - width / 2}[shape.textAnchor]
            assert -0.01 <= left and left + width <= WIDTH + 0.01, shape.text
    labels = [x.text for x in shapes(drawing) if isinstance(x, String) and x.x == 2]
    assert all(label.endswith("…") for label in labels) and len(labels) == 3


def test_short_labels_stay_whole_and_long_ones_take_two_lines():
    assert charts.fitted_label("Wijkteam Noord", 40 * mm) == ["Wijkteam Noord"]
    lines = charts.fitted_label("Klantenservice en zorgbemiddeling Noord", 35 * mm)
    assert len(lines) == 2 and not lines[-1].endswith("…")
    assert charts.fitted_label("   ", 30 * mm) == ["—"]


def test_many_rows_go_into_several_drawings_on_one_scale():
    rows = [(f"Team {n}", picture(n % 5, 0, 0, 1)) for n in range(70)]
    drawings = charts.balance_charts(rows, WIDTH, per_chart=30)
    assert [len(blocks(d, charts.ATTENTION)) for d in drawings] == [30, 30, 10]
    sizes = {round(b.width, 3) for d in drawings for b in blocks(d, charts.ATTENTION)}
    assert len(sizes) == 1
    assert all(d.height < s.CONTENT_HEIGHT for d in drawings)


def test_an_empty_chart_says_so():
    text, _ = pdf_text(charts.balance_chart([], WIDTH))
    assert "Er is nog niets om te tonen." in text
    assert len(charts.balance_charts([], WIDTH)) == 1


def test_the_organisation_row_uses_the_organisation_wide_picture():
    org = build_demo("small", today=PINNED_DAY)
    cycle = current_cycle(org)
    whole = team_picture(org, cycle, None)
    drawing = charts.balance_chart([("Hele organisatie", whole)], WIDTH)
    assert len(blocks(drawing, charts.PROBLEM)) == (len(whole.werkdruk_too_high)
                                                    + len(whole.resources_too_low))
    assert len(blocks(drawing, charts.ATTENTION)) == (len(whole.werkdruk_attention)
                                                      + len(whole.resources_attention))


def strand_picture(often: int, attention: int, werkdruk: int = 0) -> TeamPicture:
    """Aggression sources too often or needing attention, beside werkdruk sources too high."""
    def rated(n: int, rating: m.Rating, strand: m.Strand) -> tuple[RatedSource, ...]:
        return tuple(RatedSource(m.Source("bron", m.SourceKind.DEMAND, strand=strand), rating)
                     for _ in range(n))

    aggression, werk = m.Strand.AGGRESSION, m.Strand.WERKDRUK
    return TeamPicture(None, rated(werkdruk, m.Rating.PROBLEM, werk)
                       + rated(often, m.Rating.PROBLEM, aggression),
                       rated(attention, m.Rating.ATTENTION, aggression),
                       rated=often + attention + werkdruk, total=20)


def test_aggression_has_a_column_of_its_own_and_no_block_on_the_werkdruk_side():
    rows = [("Balie", strand_picture(2, 1, werkdruk=1)), ("Kantoor", strand_picture(0, 0, 1))]
    drawing = charts.balance_chart(rows, WIDTH, strands=True)
    assert len(blocks(drawing, charts.PROBLEM)) == 2  # one werkdruk source per team
    assert not blocks(drawing, charts.ATTENTION)
    words = [x.text for x in shapes(drawing) if isinstance(x, String)]
    assert {"Gedrag, agressie", "2 te vaak", "1 aandachtspunt"} <= set(words)
    assert "—" in words  # nothing for Kantoor: a dash, not a made-up 'nothing reported'
    layout = chart_balance._Layout(WIDTH, 2, 1, strands=True)
    assert layout.strands is not None
    assert all(b.x + b.width <= layout.strands for b in blocks(drawing, charts.PROBLEM))
    plain = charts.balance_chart(rows, WIDTH)  # a werkdruk-only file: no such column
    assert "Gedrag, agressie" not in [
        x.text for x in shapes(plain) if isinstance(x, String)]
