"""Reading an attached PDF and putting the whole document together, with pypdf.

An attached PDF comes from anywhere: it may be damaged, encrypted or odd in ways a reader only
finds out while copying its pages. Each one is therefore copied on its own first; what cannot
be copied whole is not appended, and its title page says so, so one bad attachment never stops
the dossier.
"""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader, PdfWriter, Transformation

from werkdrukdesk.core.i18n import translate
from werkdrukdesk.reports.attachments.stamp import Stamp, overlays

log = logging.getLogger(__name__)


def readable_pdf(data: bytes) -> tuple[bytes, int] | str:
    """The PDF copied page by page, with its page count; or, when it cannot be, why not."""
    try:
        reader = PdfReader(io.BytesIO(data))
        # Encrypted with an empty password (only printing or copying is restricted) opens for
        # anyone; with a real password it cannot be read without it.
        if reader.is_encrypted and not reader.decrypt(""):
            return translate("AttachmentsReport", "het document is met een wachtwoord beveiligd")
        writer = PdfWriter()
        for page in reader.pages:
            writer.add_page(page)
        if not writer.pages:
            return translate("AttachmentsReport", "het document heeft geen pagina's")
        buffer = io.BytesIO()
        writer.write(buffer)
        copied = buffer.getvalue()
        return copied, len(PdfReader(io.BytesIO(copied)).pages)
    except Exception:  # noqa: BLE001 - a damaged PDF makes pypdf raise many kinds of error
        log.info("An attached PDF could not be read", exc_info=True)
        return translate("AttachmentsReport",
                         "het document is beschadigd of geen PDF die te lezen is")


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


class Assembly:
    """The whole PDF, put together from the pages of several PDFs in order; the pages of the
    appendix numbered as part of the whole (`stamp.py`)."""

    def __init__(self) -> None:
        self.writer = PdfWriter()
        self._stamps: list[tuple[int, Stamp]] = []  # index in the writer, what it gets

    def add(self, data: bytes, first: int = 0, count: int | None = None,
            numbered: bool = False) -> None:
        """Pages `first` to `first + count` of `data` (all of it when count is None), as
        they are; `numbered`: our own A4 pages, which get the number in their foot."""
        reader = PdfReader(io.BytesIO(data))
        end = len(reader.pages) if count is None else first + count
        for index in range(first, end):
            page = self.writer.add_page(reader.pages[index])
            if numbered:
                box = page.mediabox
                self._stamps.append((len(self.writer.pages) - 1,
                                     Stamp(float(box.width), float(box.height))))

    def add_attached(self, data: bytes, label: str) -> None:
        """Every page of an attached PDF, upright and unscaled, each on a page with a band
        below it for `label` and the number."""
        # pypdf changes a page's content only in a writer: a scratch one, left behind.
        for page in PdfWriter(clone_from=io.BytesIO(data)).pages:
            # A turned page (/Rotate: a landscape scan) is turned in its content, so that
            # "below" is below as the page is read.
            page.transfer_rotation_to_content()
            seen = page.cropbox  # the part a reader shows (the media box when not set)
            stamp = Stamp(float(seen.width), float(seen.height), label)
            placed = self.writer.add_blank_page(*stamp.size)
            placed.merge_transformed_page(
                page, Transformation().translate(-float(seen.left),
                                                 stamp.band - float(seen.bottom)))
            self._stamps.append((len(self.writer.pages) - 1, stamp))

    def pdf(self, metadata_of: bytes) -> bytes:
        """The whole PDF, with the title, author and subject of `metadata_of` (the dossier)."""
        if self._stamps:
            total = len(self.writer.pages)
            over = PdfReader(io.BytesIO(overlays(
                [(stamp, index + 1) for index, stamp in self._stamps], total))).pages
            for (index, _), overlay in zip(self._stamps, over, strict=True):
                self.writer.pages[index].merge_page(overlay)
        metadata = PdfReader(io.BytesIO(metadata_of)).metadata
        if metadata:
            self.writer.add_metadata({key: str(value) for key, value in metadata.items()})
        buffer = io.BytesIO()
        self.writer.write(buffer)
        return buffer.getvalue()
