"""The dossier followed by its appendix (see the package's description)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.reports.attachments.describe import dossier_order, what_it_proves
from werkdrukdesk.reports.attachments.merge import Assembly, page_count, readable_pdf
from werkdrukdesk.reports.attachments.pages import (
    Entry,
    appendix_info,
    contents,
    image_problem,
    title_and_image_pages,
)
from werkdrukdesk.reports.registry import builder

PDF, IMAGES = "application/pdf", ("image/png", "image/jpeg")


def dossier_with_attachments(
    org: m.Organisation, cycle: m.Cycle, *, printed_on: date,
    attachments: Sequence[tuple[m.Attachment, bytes]], **options: object,
) -> bytes:
    """The dossier of `cycle` followed by the attachments that belong to it (each given with
    its content, already checked against its checksum)."""
    dossier = builder("dossier")(org, cycle, printed_on=printed_on, **options)
    content = {id(a): data for a, data in attachments}
    chosen = dossier_order(org, cycle, [a for a, _ in attachments])
    if not chosen:
        return dossier
    entries = [_entry(n, org, a, content[id(a)]) for n, a in enumerate(chosen, start=1)]
    info = appendix_info(org, cycle, printed_on)
    # The contents name pages that come after them: number, measure, and again until the
    # contents themselves keep the same length.
    contents_pages, listing = 1, b""
    for _ in range(3):
        _number_pages(entries, page_count(dossier) + contents_pages + 1)
        listing = contents(info, entries)
        if page_count(listing) == contents_pages:
            break
        contents_pages = page_count(listing)
    own = title_and_image_pages(info, entries)
    whole = Assembly()
    whole.add(dossier)
    whole.add(listing)
    page = 0  # in `own`
    for entry in entries:
        if not entry.first_page:
            continue
        whole.add(own, page, 1)
        page += 1
        if entry.problem:
            continue
        if entry.pdf is not None:
            whole.add(entry.pdf)
        else:
            whole.add(own, page, 1)
            page += 1
    return whole.pdf(metadata_of=dossier)


def _entry(number: int, org: m.Organisation, attachment: m.Attachment, data: bytes) -> Entry:
    entry = Entry(number, attachment, what_it_proves(org, attachment))
    if attachment.media_type == PDF:
        found = readable_pdf(data)
        if isinstance(found, str):
            entry.problem = found
        else:
            entry.pdf, entry.pages = found
    elif attachment.media_type in IMAGES:
        entry.problem = image_problem(data)
        entry.image, entry.pages = data, 1
    return entry


def _number_pages(entries: list[Entry], first: int) -> None:
    """Give each printed entry the page of the whole PDF its title page is on."""
    page = first
    for entry in entries:
        printed = entry.pdf is not None or entry.image is not None or entry.problem
        if not printed:
            entry.first_page = 0
            continue
        entry.first_page = page
        page += 1 + (0 if entry.problem else entry.pages)

