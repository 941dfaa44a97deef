"""Reading an attached PDF and putting the whole document together, with pypdf.

An attached PDF comes from anywhere: it may be damaged, encrypted or odd in ways a reader only
finds out while copying its pages. Each one is therefore copied on its own first; what cannot
be copied whole is not appended, and its title page says so, so one bad attachment never stops
the dossier.
"""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader, PdfWriter

from werkdrukdesk.core.i18n import translate

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
    """The whole PDF, put together from the pages of several PDFs in order."""

    def __init__(self) -> None:
        self.writer = PdfWriter()

    def add(self, data: bytes, first: int = 0, count: int | None = None) -> None:
        """Pages `first` to `first + count` of `data` (all of it when count is None)."""
        reader = PdfReader(io.BytesIO(data))
        end = len(reader.pages) if count is None else first + count
        for index in range(first, end):
            self.writer.add_page(reader.pages[index])

    def pdf(self, metadata_of: bytes) -> bytes:
        """The whole PDF, with the title, author and subject of `metadata_of` (the dossier)."""
        metadata = PdfReader(io.BytesIO(metadata_of)).metadata
        if metadata:
            self.writer.add_metadata({key: str(value) for key, value in metadata.items()})
        buffer = io.BytesIO()
        self.writer.write(buffer)
        return buffer.getvalue()
