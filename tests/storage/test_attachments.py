"""Attachments inside the file: stored byte for byte, checked on reading, limited in size,
removed with the record they prove, and never loaded with the organisation."""

import sqlite3

import pytest

from tests.pinned import PINNED_DAY
from werkdrukdesk.core import model as m
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.storage import attachments, open_file
from werkdrukdesk.storage.attachments.media import MAX_BYTES

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
PDF = b"%PDF-1.4\n" + b"Ayse " * 1000


@pytest.fixture
def session(file):
    cycle = file.load().cycles[0]
    return file.save(m.InformationSession(
        held_on=PINNED_DAY, title="Werkdruk herkennen", form=m.SessionForm.MEETING,
        audience=m.Audience.STAFF), cycle.id)


def test_stored_and_read_back_byte_for_byte(file, session):
    added = attachments.add(file, m.Proves.SESSION, session.id, "Presentielijst Ayşe.png", PNG,
                            PINNED_DAY)
    [found] = attachments.listed(file)
    assert found == added
    assert (found.file_name, found.media_type, found.size) == (
        "Presentielijst Ayşe.png", "image/png", len(PNG))
    assert found.added_on == PINNED_DAY and found.target_id == session.id
    assert attachments.read(file, found) == PNG


def test_file_name_is_made_safe(file, session):
    added = attachments.add(file, m.Proves.SESSION, session.id, 'R&D <Noord>: lijst?.pdf', PDF,
                            PINNED_DAY)
    assert added.file_name == "R&D _Noord__ lijst_.pdf"


def test_size_limit_refused_with_a_message(file, session):
    data = b"%PDF-" + b"0" * MAX_BYTES
    with pytest.raises(WerkdrukError, match="hoogstens 25 MB"):
        attachments.add(file, m.Proves.SESSION, session.id, "groot.pdf", data, PINNED_DAY)
    assert attachments.listed(file) == []
    # Exactly at the limit is still taken.
    attachments.add(file, m.Proves.SESSION, session.id, "precies.pdf", data[:MAX_BYTES],
                    PINNED_DAY)


@pytest.mark.parametrize("name, data, words", [
    ("notities.txt", b"tekst", "kan niet als bijlage"),
    ("scan.pdf", b"\x89PNG\r\n\x1a\nnot a pdf", "geen echt PDF-bestand"),
    ("leeg.png", b"", "leeg"),
])
def test_wrong_kinds_refused(file, session, name, data, words):
    with pytest.raises(WerkdrukError, match=words):
        attachments.add(file, m.Proves.SESSION, session.id, name, data, PINNED_DAY)


def test_checksum_mismatch_detected(file, session, path):
    added = attachments.add(file, m.Proves.SESSION, session.id, "lijst.png", PNG, PINNED_DAY)
    conn = sqlite3.connect(path)
    with conn:  # another program changes one byte of the stored content
        conn.execute("UPDATE attachment_contents SET content = ?", [PNG[:-1] + b"\x00"])
    conn.close()
    with pytest.raises(attachments.ChecksumError, match="beschadigd"):
        attachments.read(file, added)


def test_removing_the_session_removes_its_attachment(file, session):
    attachments.add(file, m.Proves.SESSION, session.id, "lijst.png", PNG, PINNED_DAY)
    file.delete(session)
    assert attachments.listed(file) == []
    assert file.db.execute("SELECT count(*) FROM attachment_contents").fetchone()[0] == 0


def test_each_kind_of_proof_follows_its_record(file):
    org = file.load()
    cycle = org.cycles[0]
    doc = file.save(m.Document("RI&E 2026", m.DocumentKind.RIE))
    measure = file.save(m.Measure(title="Pauzes plannen"), cycle.id)
    talk = file.save(m.GroupConversation(team_id=None), cycle.id)
    for proves, target in [(m.Proves.DOCUMENT, doc.id), (m.Proves.CONSENT, cycle.id),
                           (m.Proves.PROCESS_EVALUATION, cycle.id),
                           (m.Proves.MEASURE_EVALUATION, measure.id),
                           (m.Proves.CONVERSATION, talk.id)]:
        attachments.add(file, proves, target, f"{proves}.pdf", PDF, PINNED_DAY)
    assert [(a.proves, a.target_id) for a in attachments.listed(file)][0] == (
        m.Proves.DOCUMENT, doc.id)
    file.delete(doc)
    file.delete(measure)
    file.delete(talk)
    assert {a.proves for a in attachments.listed(file)} == {
        m.Proves.CONSENT, m.Proves.PROCESS_EVALUATION}


def test_a_missing_record_is_refused(file):
    with pytest.raises(WerkdrukError, match="bestaat niet"):
        attachments.add(file, m.Proves.SESSION, 999, "lijst.png", PNG, PINNED_DAY)
    assert attachments.listed(file) == []


def test_not_loaded_with_the_organisation_and_kept_on_reopening(file, session, path):
    attachments.add(file, m.Proves.SESSION, session.id, "lijst.png", PNG, PINNED_DAY)
    file.load()  # loads without touching the content (nothing in the model holds it)
    file.close()
    with open_file(path, read_only=True) as again:
        [found] = attachments.listed(again)
        assert attachments.read(again, found) == PNG
        with pytest.raises(WerkdrukError, match="alleen om te lezen"):
            attachments.remove(again, found)
