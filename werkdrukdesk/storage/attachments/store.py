"""Adding, listing, reading and removing the attachments of an open file.

Never part of `Records.load()`: the descriptions are listed when asked for, and the content is
read one attachment at a time, its checksum checked every time.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.storage.attachments.media import check_content, checksum
from werkdrukdesk.storage.platform.names import safe_file_name
from werkdrukdesk.storage.records import Records

# The column that points at the record an attachment proves.
TARGET_COLUMNS = {
    m.Proves.DOCUMENT: "document_id",
    m.Proves.CONSENT: "cycle_id",
    m.Proves.CONVERSATION: "conversation_id",
    m.Proves.SESSION: "session_id",
    m.Proves.PROCESS_EVALUATION: "cycle_id",
    m.Proves.MEASURE_EVALUATION: "measure_id",
}
_COLUMNS = ("id, proves, document_id, cycle_id, conversation_id, session_id, measure_id, "
            "file_name, media_type, size, sha256, added_on")


class ChecksumError(WerkdrukError):
    """The stored content is not what was added: changed or damaged since."""


def add(records: Records, proves: m.Proves, target_id: int, file_name: str, data: bytes,
        today: date) -> m.Attachment:
    """Store `data` as proof of the record (`proves`, `target_id`); refused with a message
    when it is too large, of a kind that may not be attached, or not what its name says."""
    name = safe_file_name(file_name, fallback=translate("Attachments", "bijlage"))
    kind = check_content(name, data)
    attachment = m.Attachment(proves=proves, target_id=target_id, file_name=name,
                              media_type=kind, size=len(data), sha256=checksum(data),
                              added_on=today)
    _insert(records, attachment, data)
    return attachment


def insert(records: Records, attachment: m.Attachment, data: bytes) -> None:
    """Store a described attachment with its content, keeping its id when it has one (an
    import); the description must match the content."""
    if checksum(data) != attachment.sha256 or len(data) != attachment.size:
        raise ChecksumError(_changed(attachment))
    _insert(records, attachment, data)


def _insert(records: Records, attachment: m.Attachment, data: bytes) -> None:
    _require_writable(records)
    column = TARGET_COLUMNS[attachment.proves]
    with records.db.atomic():
        try:
            cursor = records.db.execute(
                f"INSERT INTO attachments (id, proves, {column}, file_name, media_type, size, "
                "sha256, added_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [attachment.id, attachment.proves.value, attachment.target_id,
                 attachment.file_name, attachment.media_type, attachment.size,
                 attachment.sha256, attachment.added_on.isoformat()])
        except sqlite3.IntegrityError:  # the record it proves is not there
            raise WerkdrukError(translate(
                "Attachments", "Het onderdeel waar de bijlage {file} bij hoort, bestaat niet "
                "(meer) in dit bestand.").format(file=attachment.file_name)) from None
        attachment.id = cursor.lastrowid
        records.db.execute(
            "INSERT INTO attachment_contents (attachment_id, content) VALUES (?, ?)",
            [attachment.id, data])


def listed(records: Records) -> list[m.Attachment]:
    """Every attachment's description (no content), in the order they were added."""
    rows = records.db.execute(f"SELECT {_COLUMNS} FROM attachments ORDER BY id").fetchall()
    return [_attachment(row) for row in rows]


def read(records: Records, attachment: m.Attachment) -> bytes:
    """The content of one attachment, refused when it is not what was stored."""
    row = records.db.execute(
        "SELECT content FROM attachment_contents WHERE attachment_id = ?",
        [stored_id(attachment)]).fetchone()
    data = bytes(row[0]) if row else b""
    if not row or len(data) != attachment.size or checksum(data) != attachment.sha256:
        raise ChecksumError(_changed(attachment))
    return data


def remove(records: Records, attachment: m.Attachment) -> None:
    _require_writable(records)
    with records.db.atomic():
        records.db.execute("DELETE FROM attachments WHERE id = ?", [stored_id(attachment)])


def _attachment(row: tuple[Any, ...]) -> m.Attachment:
    (id_, proves, document_id, cycle_id, conversation_id, session_id, measure_id,
     file_name, media_type, size, sha256, added_on) = row
    target = next(t for t in (document_id, cycle_id, conversation_id, session_id, measure_id)
                  if t is not None)
    return m.Attachment(proves=m.Proves(proves), target_id=target, file_name=file_name,
                        media_type=media_type, size=size, sha256=sha256,
                        added_on=date.fromisoformat(added_on), id=id_)


def stored_id(attachment: m.Attachment) -> int:
    """The id the file gave `attachment` (one without is a programming error)."""
    if attachment.id is None:
        raise ValueError("Attachment has not been stored")
    return attachment.id


def _require_writable(records: Records) -> None:
    if records.read_only:
        raise WerkdrukError(translate(
            "Storage", "Dit bestand is alleen om te lezen geopend; wijzigen kan niet."))


def _changed(attachment: m.Attachment) -> str:
    return translate(
        "Attachments", "De bijlage {file} is beschadigd: de inhoud klopt niet meer met wat er "
        "is bewaard. Voeg het document opnieuw toe.").format(file=attachment.file_name)
