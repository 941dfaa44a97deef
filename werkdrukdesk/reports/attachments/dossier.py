"""The dossier followed by its appendix (see the package's description)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from werkdrukdesk.core import model as m
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.reports.attachments.describe import dossier_order, what_it_proves
from werkdrukdesk.reports.attachments.merge import Assembly, page_count, readable_pdf
from werkdrukdesk.reports.attachments.pages import (
    Entry,
    appendix_info,
    contents,
    image_problem,
    title_and_image_pages,
)
from werkdrukdesk.reports.attachments.stamp import WIDEST_NUMBER
from werkdrukdesk.reports.registry import builder

PDF, IMAGES = "application/pdf", ("image/png", "image/jpeg")


def dossier_with_attachments(
    org: m.Organisation, cycle: m.Cycle, *, printed_on: date,
    attachments: Sequence[tuple[m.Attachment, bytes]], **options: object,
) -> bytes:
    """The dossier of `cycle` followed by the attachments that belong to it (each given with
    its content, already checked against its checksum), numbered as one document."""
    build = builder("dossier")
    content = {id(a): data for a, data in attachments}
    chosen = dossier_order(org, cycle, [a for a, _ in attachments])
    if not chosen:
        return build(org, cycle, printed_on=printed_on, **options)
    entries = [_entry(n, org, a, content[id(a)]) for n, a in enumerate(chosen, start=1)]
    info = appendix_info(org, cycle, printed_on)
    # The appendix's length is known before the dossier is laid out, so that every page of
    # the dossier counts it in its "pagina X van Y": its contents (measured with the widest
    # page numbers), then per printed attachment a title page and its own pages.
    _number_pages(entries, WIDEST_NUMBER)
    contents_pages = page_count(contents(info, entries))
    attached = sum(1 + (0 if e.problem else e.pages) for e in entries if e.first_page)
    for _ in range(3):  # again only if the contents came out longer after all
        dossier = build(org, cycle, printed_on=printed_on,
                        **{**options, "pages_after": contents_pages + attached})
        _number_pages(entries, page_count(dossier) + contents_pages + 1)
        listing = contents(info, entries)
        if page_count(listing) == contents_pages:
            break
        contents_pages = page_count(listing)
    own = title_and_image_pages(info, entries)
    whole = Assembly()
    whole.add(dossier)
    whole.add(listing, numbered=True)
    page = 0  # in `own`
    for entry in entries:
        if not entry.first_page:
            continue
        whole.add(own, page, 1, numbered=True)
        page += 1
        if entry.problem:
            continue
        if entry.pdf is not None:
            whole.add_attached(entry.pdf, translate("AttachmentsReport", "Bijlage {number}: {file}")
                               .format(number=entry.number, file=entry.attachment.file_name))
        else:
            whole.add(own, page, 1, numbered=True)
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

