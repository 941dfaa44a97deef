"""Portefeuille: one printed overview of every client file in some folders, the most urgent
clients first, for an adviser's weekly round.

Most urgent: the most measures past their term, then the most open points of "Klaar voor de
inspectie?", then the nearest deadline. Files that could not be read (damaged, from a newer
version) follow in a table of their own with the reason, so none is silently missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.reports import styles as s
from werkdrukdesk.reports.blocks import body, heading
from werkdrukdesk.reports.page import PageInfo, render
from werkdrukdesk.reports.paragraphs import Para
from werkdrukdesk.reports.tables import cell, data_table
from werkdrukdesk.reports.text import escape

WIDTHS = (54 * mm, 14 * mm, 18 * mm, 14 * mm, 22 * mm, 22 * mm, s.CONTENT_WIDTH - 144 * mm)
UNREAD_WIDTHS = (60 * mm, 35 * mm, s.CONTENT_WIDTH - 95 * mm)
FAR = date.max


class ClientRow(Protocol):
    """What the overview reads of a row of `storage.portfolio.listing`."""

    path: Path
    organisation: str
    cycle: int | None
    checks: int | None
    open_checks: int | None
    overdue: int | None
    next_deadline: date | None
    changed: datetime | None
    note: str

    @property
    def readable(self) -> bool: ...

    def state_text(self) -> str: ...


def urgency(row: ClientRow) -> tuple[int, int, date, str]:
    """Sort key: most overdue measures, then most open points, then nearest deadline."""
    return (-(row.overdue or 0), -(row.open_checks or 0), row.next_deadline or FAR,
            row.organisation.casefold())


def build(rows: Sequence[ClientRow], *, printed_on: date) -> bytes:
    readable = sorted((r for r in rows if r.readable), key=urgency)
    unread = [r for r in rows if not r.readable]
    title = translate("PortfolioReport", "Portefeuille")
    info = PageInfo(title, translate("PortfolioReport", "{count} klantbestanden").format(
        count=len(rows)), translate("PortfolioReport", "meest dringend eerst"), printed_on)
    story: list[Flowable] = [
        Para(escape(title), s.styles().title),
        body(escape(translate(
            "PortfolioReport", "Alle klantbestanden in de gekozen mappen, de meest dringende "
            "eerst: de meeste maatregelen over hun termijn, dan de meeste open punten van "
            "'Klaar voor de inspectie?', dan de eerstvolgende termijn. Stand op {date}.").format(
                date=format_date(printed_on)))),
    ]
    if readable:
        story.append(_clients_table(readable))
    else:
        story.append(body(escape(translate("PortfolioReport", "Geen leesbare klantbestanden."))))
    if unread:
        story += [heading(translate("PortfolioReport", "Niet gelezen"), 2),
                  body(escape(translate(
                      "PortfolioReport", "Deze bestanden konden niet worden gelezen; open ze "
                      "zelf of vraag de klant om een nieuwe kopie."))),
                  data_table([translate("PortfolioReport", "Bestand"),
                              translate("PortfolioReport", "Staat"),
                              translate("PortfolioReport", "Waarom")],
                             [[cell(r.path.name), cell(r.state_text()), cell(r.note)]
                              for r in unread], UNREAD_WIDTHS)]
    return render(info, story)


def _clients_table(rows: Sequence[ClientRow]) -> Flowable:
    header = [translate("PortfolioReport", "Organisatie en bestand"),
              translate("PortfolioReport", "Cyclus"),
              translate("PortfolioReport", "Open punten"),
              translate("PortfolioReport", "Te laat"),
              translate("PortfolioReport", "Volgende termijn"),
              translate("PortfolioReport", "Gewijzigd"),
              translate("PortfolioReport", "Staat")]
    lines = []
    for r in rows:
        name = f"<b>{escape(r.organisation or '–')}</b><br/>{escape(r.path.name)}"
        lines.append([
            Para(name, s.styles().cell), cell(_number(r.cycle)),
            cell(f"{r.open_checks}/{r.checks}"), cell(_number(r.overdue)),
            cell(format_date(r.next_deadline) or "–"),
            cell(format_date(r.changed.date()) if r.changed else "–"), cell(r.state_text())])
    return data_table(header, lines, WIDTHS)


def _number(value: int | None) -> str:
    return "–" if value is None else str(value)
