"""Adding, listing, reading and removing the attachments of an open file.

Never part of `Records.load()`: the descriptions are listed when asked for, and the content is
read one attachment at a time, its checksum checked every time.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from io import BufferedReader
from pathlib import Path
from typing import Any

from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.reading import open_bounded, unreadable
from werkdrukdesk.storage.attachments.media import (
    SIGNATURE_BYTES,
    check_content,
    check_start,
    checksum,
)
from werkdrukdesk.storage.errors import explain, primary_code
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
PIECE = 1024 * 1024  # read, hashed and written at a time: large enough to cost few calls
CACHE_MARGIN_KIB = 8 * 1024  # page cache beyond the content, while an attachment is stored
UNKNOWN = "0" * 64  # the checksum's place until the content has been read
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
    _store(records, attachment, lambda blob: blob.write(data))
    return attachment


def add_file(records: Records, proves: m.Proves, target_id: int,
             path: str | os.PathLike[str], today: date) -> m.Attachment:
    """As `add`, for the file at `path`, read in pieces: each piece is added to the checksum
    and written into the file as it is read, so the content is never held in memory whole
    and never read twice. A file that changes while it is read is refused."""
    source = Path(path)
    name = safe_file_name(source.name, fallback=translate("Attachments", "bijlage"))
    # No limit of its own here: check_start says "too large" in the attachment's words.
    with open_bounded(source, sys.maxsize) as (handle, size):
        try:
            kind = check_start(name, size, handle.read(SIGNATURE_BYTES))
            handle.seek(0)
        except OSError as error:
            raise unreadable(source, error) from None
        attachment = m.Attachment(proves=proves, target_id=target_id, file_name=name,
                                  media_type=kind, size=size, sha256=UNKNOWN, added_on=today)

        def fill(blob: sqlite3.Blob) -> None:
            attachment.sha256 = _copy_hashed(handle, blob, source)

        _store(records, attachment, fill)
    return attachment


def insert(records: Records, attachment: m.Attachment, data: bytes) -> None:
    """Store a described attachment with its content, keeping its id when it has one (an
    import); the description must match the content."""
    if checksum(data) != attachment.sha256 or len(data) != attachment.size:
        raise ChecksumError(_changed(attachment))
    _store(records, attachment, lambda blob: blob.write(data))


def _store(records: Records, attachment: m.Attachment,
           fill: Callable[[sqlite3.Blob], None]) -> None:
    """One transaction: the description, room for the content (SQLite's zeroblob, of the
    content's size), `fill` writing the content straight into that room (SQLite's incremental
    blob I/O: no copy of the whole content is made on the way), then the checksum as `fill`
    left it. Whatever goes wrong (a full disk, a file changed while read) undoes all of it."""
    _require_writable(records)
    column = TARGET_COLUMNS[attachment.proves]
    given_id = attachment.id
    db = records.db
    # The zeroblob's pages stay in SQLite's page cache until `fill` has written them, so
    # each page goes to disk once, at the commit; with the usual small cache SQLite would
    # write the zeros out, read them back and write them again. (Traced for 20 MB: one write
    # per page, about 5,100, and the four syncs of a FULL commit: the journal, its folder,
    # the journal's header, the file. Most of what is left is those writes of one 4 KB page
    # each, the file's sync and the checksum; see README "Speed".)
    usual = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {-(attachment.size // 1024 + CACHE_MARGIN_KIB)}")
    try:
        with db.atomic():
            try:
                cursor = db.execute(
                    f"INSERT INTO attachments (id, proves, {column}, file_name, media_type, "
                    "size, sha256, added_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [attachment.id, attachment.proves.value, attachment.target_id,
                     attachment.file_name, attachment.media_type, attachment.size,
                     attachment.sha256, attachment.added_on.isoformat()])
            except sqlite3.IntegrityError:  # the record it proves is not there
                raise WerkdrukError(translate(
                    "Attachments", "Het onderdeel waar de bijlage {file} bij hoort, bestaat "
                    "niet (meer) in dit bestand.").format(file=attachment.file_name)) from None
            attachment.id = cursor.lastrowid
            db.execute("INSERT INTO attachment_contents (attachment_id, content) "
                       "VALUES (?, zeroblob(?))", [attachment.id, attachment.size])
            with db.conn.blobopen("attachment_contents", "content", stored_id(attachment)) as blob:
                fill(blob)
            db.execute("UPDATE attachments SET sha256 = ? WHERE id = ?",
                       [attachment.sha256, attachment.id])
    except sqlite3.Error as error:
        attachment.id = given_id
        raise WerkdrukError(translate(
            "Attachments", "De bijlage {file} is niet bewaard: {reason}. Het bestand is niet "
            "gewijzigd.").format(file=attachment.file_name, reason=explain(error))) from None
    except BaseException:
        attachment.id = given_id
        raise
    finally:
        db.execute(f"PRAGMA cache_size = {int(usual)}")


def _copy_hashed(handle: BufferedReader, blob: sqlite3.Blob, source: Path) -> str:
    """Copy all of `handle` into `blob` (its size is the file's size when it was opened) in
    pieces, and return the content's checksum. (Hashing each piece on a second thread
    while the next is written was measured no faster; see `read`.)"""
    digest = hashlib.sha256()
    piece = bytearray(PIECE)
    view = memoryview(piece)
    size, done = len(blob), 0
    try:
        while done < size:
            count = handle.readinto(view[:min(PIECE, size - done)])
            if not count:
                break
            digest.update(view[:count])
            blob.write(view[:count])
            done += count
        grew = bool(handle.read(1))
    except OSError as error:
        raise unreadable(source, error) from None
    if done != size or grew:
        raise WerkdrukError(translate(
            "Attachments", "{file} veranderde terwijl het werd ingelezen. Sluit het programma "
            "dat het bewerkt en voeg het opnieuw toe.").format(file=source.name))
    return digest.hexdigest()


def listed(records: Records) -> list[m.Attachment]:
    """Every attachment's description (no content), in the order they were added."""
    rows = records.conn.execute(f"SELECT {_COLUMNS} FROM attachments ORDER BY id").fetchall()
    return [_attachment(row) for row in rows]


def read(records: Records, attachment: m.Attachment) -> bytes:
    """The content of one attachment, refused when it is not what was stored.

    Read in one piece straight from SQLite's pages into the bytes returned (incremental blob
    I/O: a SELECT makes SQLite gather a copy first), then checked. Hashing piece by piece
    while reading was measured slower: the pieces must then be joined into one more copy.
    So was hashing them on a second thread as they are read (hashlib and the blob both let
    go of the GIL), on a shared two-core machine: no core was free to gain from it."""
    try:
        with records.conn.blobopen("attachment_contents", "content", stored_id(attachment),
                                      readonly=True) as blob:
            data = blob.read() if len(blob) == attachment.size else b""
    except sqlite3.Error as error:
        if primary_code(error) != "SQLITE_ERROR":  # else: no such row, the content is gone
            raise WerkdrukError(translate(
                "Attachments", "De bijlage {file} kon niet worden gelezen: {reason}.").format(
                    file=attachment.file_name, reason=explain(error))) from None
        data = b""
    if len(data) != attachment.size or checksum(data) != attachment.sha256:
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
