"""What may be attached: the kinds of file, the size limit, and the checksum.

The limit: a 100-page RI&E scanned at 300 dpi, or a phone photo of a signed sheet, stays well
under 25 MB. Larger files make the .werkdruk file slow to copy and e-mail, and every daily
backup copy carries them again; such a file is better scanned at a lower resolution or split.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate

MAX_BYTES = 25 * 1024 * 1024

PDF, PNG, JPEG = "application/pdf", "image/png", "image/jpeg"

# By ending; the office files are kept and opened, not printed in the dossier.
MEDIA_TYPES = {
    ".pdf": PDF,
    ".png": PNG,
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".doc": "application/msword",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xls": "application/vnd.ms-excel",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
}

# The first bytes of the kinds the dossier prints: a file named .pdf that is no PDF is refused
# when it is added, not found out on the day of the inspection.
SIGNATURES = {PDF: (b"%PDF-",), PNG: (b"\x89PNG\r\n\x1a\n",), JPEG: (b"\xff\xd8\xff",)}
SIGNATURE_BYTES = max(len(s) for starts in SIGNATURES.values() for s in starts)


def checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def media_type(file_name: str) -> str:
    """The media type of a file that may be attached, from its ending; refused otherwise."""
    ending = PurePath(file_name).suffix.lower()
    if ending not in MEDIA_TYPES:
        raise WerkdrukError(translate(
            "Attachments", "{file} kan niet als bijlage worden bewaard. Een bijlage is een "
            "PDF, een foto of scan (PNG of JPEG) of een Office-bestand (Word, Excel, "
            "PowerPoint, OpenDocument).").format(file=file_name))
    return MEDIA_TYPES[ending]


def too_large(file_name: str, size: int) -> str:
    """The message for a file over the limit (also said before reading one from disk)."""
    return translate(
        "Attachments", "{file} is {size} MB; een bijlage mag hoogstens {most} MB zijn. "
        "Scan het document met een lagere resolutie of splits het in delen.").format(
            file=file_name, size=f"{size / 1024 / 1024:.0f}", most=MAX_BYTES // 1024 // 1024)


def check_content(file_name: str, data: bytes) -> str:
    """The media type of `data` named `file_name`, after checking its size and, for the kinds
    the dossier prints, that it is what its name says."""
    return check_start(file_name, len(data), data[:SIGNATURE_BYTES])


def check_start(file_name: str, size: int, start: bytes) -> str:
    """As `check_content`, for a file of `size` bytes that begins with `start` (at least its
    first `SIGNATURE_BYTES`): for a file read in pieces."""
    if size > MAX_BYTES:
        raise WerkdrukError(too_large(file_name, size))
    if not size:
        raise WerkdrukError(translate("Attachments", "{file} is leeg.").format(file=file_name))
    kind = media_type(file_name)
    if not start.startswith(SIGNATURES.get(kind, (b"",))):
        raise WerkdrukError(translate(
            "Attachments", "{file} is geen echt {kind}-bestand, ook al eindigt de naam zo. "
            "Sla het opnieuw op als {kind} en voeg het dan toe.").format(
                file=file_name, kind=PurePath(file_name).suffix.lstrip(".").upper()))
    return kind
