"""Attachments: the documents that prove a record (the RI&E itself, the OR/PVT's consent
letter, the minutes of a team conversation, a scan of a signed attendance sheet).

Only the description lives in the model; the content stays in the file and is read when it is
needed (`storage.attachments`), so loading an organisation never loads megabytes of scans.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Proves(StrEnum):
    """What an attachment is the proof of, and so which record it belongs to."""

    DOCUMENT = "document"  # a Document: the RI&E, an MTO, a study report (target: document id)
    CONSENT = "consent"  # the cycle's OR/PVT consent or the consultation (target: cycle id)
    CONVERSATION = "conversation"  # a group conversation's minutes (target: conversation id)
    SESSION = "session"  # a voorlichting session's signed sheet (target: session id)
    PROCESS_EVALUATION = "process_evaluation"  # the cycle's process evaluation (cycle id)
    MEASURE_EVALUATION = "measure_evaluation"  # a measure and its evaluation (measure id)


@dataclass
class Attachment:
    """One stored document: its name, kind, size, checksum and what it proves."""

    proves: Proves
    target_id: int  # the id of the record it proves (see Proves)
    file_name: str
    media_type: str  # application/pdf, image/png, image/jpeg, an office type
    size: int  # bytes
    sha256: str  # hex digest of the content, checked whenever it is read
    added_on: date
    id: int | None = None
