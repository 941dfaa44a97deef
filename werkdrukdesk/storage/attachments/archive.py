"""The JSON export with the attachments: the JSON names each attachment (its description and
checksum, never its content); an archive (.zip) holds that JSON and every attachment's bytes,
and is taken back whole or not at all.

The JSON's `attachments` list is an addition older versions of the program simply skip, so the
format version stays the same. In the archive each entry's `archive_name` says where its bytes
are; reading checks every size and checksum before anything is written.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Sequence
from pathlib import PurePosixPath

from werkdrukdesk.core import model as m
from werkdrukdesk.core.codec import DecodeError, from_plain, to_plain
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.storage.attachments.media import MAX_BYTES, checksum
from werkdrukdesk.storage.attachments.store import insert, stored_id
from werkdrukdesk.storage.interchange import from_json, to_json
from werkdrukdesk.storage.records import Records

JSON_NAME = "werkdrukdesk.json"
FOLDER = "bijlagen"
MAX_JSON_BYTES = 256 * 1024 * 1024  # as for a JSON export on its own
MAX_ENTRIES = 10_000
ZIP_START = b"PK\x03\x04"

Stored = Sequence[tuple[m.Attachment, bytes]]


def is_archive(data: bytes) -> bool:
    return data.startswith(ZIP_START)


def to_json_with_references(org: m.Organisation, listed: Sequence[m.Attachment],
                            with_answers: bool = False, in_archive: bool = False) -> str:
    """The JSON export, naming every attachment (description and checksum, no content)."""
    document = json.loads(to_json(org, with_answers))
    references = []
    for attachment in listed:
        reference = to_plain(attachment)
        if in_archive:
            reference["archive_name"] = archive_name(attachment)
        references.append(reference)
    document["attachments"] = references
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def archive_name(attachment: m.Attachment) -> str:
    return f"{FOLDER}/{stored_id(attachment)}-{attachment.file_name}"


def archive_bytes(org: m.Organisation, stored: Stored, with_answers: bool = False) -> bytes:
    """One .zip: the JSON with its references, and each attachment's bytes as they are."""
    text = to_json_with_references(org, [a for a, _ in stored], with_answers, in_archive=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(JSON_NAME, text, compress_type=zipfile.ZIP_DEFLATED)
        for attachment, data in stored:
            # PDFs and images are compressed already: stored as they are.
            archive.writestr(archive_name(attachment), data, compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()


def read_archive(data: bytes, name: str) -> tuple[m.Organisation, list[tuple[m.Attachment, bytes]]]:
    """The organisation and its attachments from an archive, every one checked; a damaged or
    incomplete archive is refused whole (`name` is how the message calls it)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = {info.filename: info for info in archive.infolist()}
            if len(infos) > MAX_ENTRIES or JSON_NAME not in infos:
                raise WerkdrukError(_not_ours(name))
            if infos[JSON_NAME].file_size > MAX_JSON_BYTES:
                raise WerkdrukError(_damaged(name))
            text = archive.read(JSON_NAME).decode("utf-8-sig")
            org = from_json(text)
            stored = []
            for attachment, entry in _references(text, name):
                info = infos.get(entry)
                if info is None or info.file_size != attachment.size or info.file_size > MAX_BYTES:
                    raise WerkdrukError(_damaged(name))
                content = archive.read(info)  # checks the archive's own CRC as well
                if checksum(content) != attachment.sha256:
                    raise WerkdrukError(_damaged(name))
                stored.append((attachment, content))
            _targets_exist(org, [a for a, _ in stored], name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, UnicodeDecodeError,
            NotImplementedError, ValueError, OSError):
        # NotImplementedError: a compression this program does not read.
        raise WerkdrukError(_damaged(name)) from None
    return org, stored


def write_attachments(stored: Stored) -> Callable[[Records], None]:
    """What `write_new_file(..., then=...)` calls to put the attachments in the new file."""
    def write(records: Records) -> None:
        for attachment, content in stored:
            insert(records, attachment, content)
    return write


def _references(text: str, name: str) -> list[tuple[m.Attachment, str]]:
    found = json.loads(text).get("attachments", [])
    if not isinstance(found, list):
        raise WerkdrukError(_damaged(name))
    references = []
    for n, plain in enumerate(found, start=1):
        if not isinstance(plain, dict) or not isinstance(plain.get("archive_name"), str):
            raise WerkdrukError(_damaged(name))
        entry = plain.pop("archive_name")
        try:
            attachment = from_plain(m.Attachment, plain, f"bijlage {n}")
        except DecodeError as error:
            raise WerkdrukError(translate(
                "Attachments", "Het archief {file} klopt niet: {problem}. Er is niets "
                "geschreven.").format(file=name, problem=error)) from None
        if PurePosixPath(entry).parts[:1] != (FOLDER,) or len(attachment.sha256) != 64:
            raise WerkdrukError(_damaged(name))
        references.append((attachment, entry))
    if len({a.id for a, _ in references}) != len(references):
        raise WerkdrukError(_damaged(name))
    return references


def _targets_exist(org: m.Organisation, listed: Sequence[m.Attachment], name: str) -> None:
    """Every attachment proves a record the archive's organisation has (checked before the
    new file is written, so a wrong reference writes nothing)."""
    cycles = [c.id for c in org.cycles]
    ids = {
        m.Proves.DOCUMENT: {d.id for d in org.documents},
        m.Proves.CONSENT: set(cycles),
        m.Proves.PROCESS_EVALUATION: set(cycles),
        m.Proves.SESSION: {s.id for c in org.cycles for s in c.sessions},
        m.Proves.CONVERSATION: {t.id for c in org.cycles for t in c.conversations},
        m.Proves.MEASURE_EVALUATION: {x.id for c in org.cycles for x in c.measures},
    }
    for attachment in listed:
        if attachment.target_id not in ids[attachment.proves]:
            raise WerkdrukError(translate(
                "Attachments", "Het onderdeel waar de bijlage {file} bij hoort, bestaat niet "
                "(meer) in dit bestand.").format(file=attachment.file_name))


def _damaged(name: str) -> str:
    return translate(
        "Attachments", "Het archief {file} is beschadigd of onvolledig: niet elke bijlage is "
        "precies zoals ze werd uitgevoerd. Er is niets geschreven; maak het archief opnieuw "
        "met 'export --with-attachments'.").format(file=name)


def _not_ours(name: str) -> str:
    return translate(
        "Attachments", "{file} is geen archief van WerkdrukDesk (het bevat geen {json}).").format(
            file=name, json=JSON_NAME)
