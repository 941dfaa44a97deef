"""What an attachment proves, in words, and which attachments belong to a cycle's dossier.

The window's list of attachments and the dossier's appendix both ask here, so an attachment is
named the same way on screen and on paper.
"""

from __future__ import annotations

from werkdrukdesk.core import model as m
from werkdrukdesk.core.dates import format_date
from werkdrukdesk.core.i18n import QT_TRANSLATE_NOOP, format_number, translate

CONTEXT = "AttachmentsReport"

# The kinds of proof, in the order of the policy cycle (and of the dossier's appendix).
PROVES_WORDS: dict[m.Proves, str] = {
    m.Proves.DOCUMENT: QT_TRANSLATE_NOOP("AttachmentsReport", "Document (RI&E, MTO, onderzoek)"),
    m.Proves.CONVERSATION: QT_TRANSLATE_NOOP("AttachmentsReport", "Groepsgesprek"),
    m.Proves.CONSENT: QT_TRANSLATE_NOOP("AttachmentsReport",
                                        "Instemming OR/PVT of raadpleging personeel"),
    m.Proves.SESSION: QT_TRANSLATE_NOOP("AttachmentsReport", "Voorlichting (presentielijst)"),
    m.Proves.MEASURE_EVALUATION: QT_TRANSLATE_NOOP("AttachmentsReport",
                                                   "Maatregel en de evaluatie ervan"),
    m.Proves.PROCESS_EVALUATION: QT_TRANSLATE_NOOP("AttachmentsReport",
                                                   "Evaluatie van het proces"),
}
ORDER = {proves: n for n, proves in enumerate(PROVES_WORDS)}


def proves_word(proves: m.Proves) -> str:
    return translate(CONTEXT, PROVES_WORDS[proves])


def target_name(org: m.Organisation, attachment: m.Attachment) -> str:
    """The record an attachment proves, as the owner knows it: 'RI&E 2026', 'Voorlichting
    Werkdruk herkennen, 12-03-2026', 'Cyclus 2'."""
    target, proves = attachment.target_id, attachment.proves
    if proves is m.Proves.DOCUMENT:
        doc = next((d for d in org.documents if d.id == target), None)
        return _joined(doc.title, format_date(doc.document_date)) if doc else ""
    for cycle in org.cycles:
        if proves in (m.Proves.CONSENT, m.Proves.PROCESS_EVALUATION) and cycle.id == target:
            return translate("AttachmentsReport", "Cyclus {number}").format(number=cycle.number)
        if proves is m.Proves.SESSION:
            for session in cycle.sessions:
                if session.id == target:
                    return _joined(session.title, format_date(session.held_on))
        if proves is m.Proves.CONVERSATION:
            for talk in cycle.conversations:
                if talk.id == target:
                    team = next((t.name for t in cycle.teams if t.id == talk.team_id), "")
                    return _joined(team, format_date(talk.held_on))
        if proves is m.Proves.MEASURE_EVALUATION:
            for measure in cycle.measures:
                if measure.id == target:
                    return measure.title
    return ""


def what_it_proves(org: m.Organisation, attachment: m.Attachment) -> str:
    """'Voorlichting (presentielijst): Werkdruk herkennen, 12-03-2026'."""
    name = target_name(org, attachment)
    kind = proves_word(attachment.proves)
    return f"{kind}: {name}" if name else kind


def in_dossier(org: m.Organisation, cycle: m.Cycle, attachment: m.Attachment) -> bool:
    """Whether the dossier of `cycle` carries `attachment`: the organisation's documents in
    every cycle's dossier, everything else in the dossier of its own cycle."""
    target, proves = attachment.target_id, attachment.proves
    if proves is m.Proves.DOCUMENT:
        return any(d.id == target for d in org.documents)
    if proves in (m.Proves.CONSENT, m.Proves.PROCESS_EVALUATION):
        return cycle.id == target
    records = {m.Proves.SESSION: cycle.sessions, m.Proves.CONVERSATION: cycle.conversations,
               m.Proves.MEASURE_EVALUATION: cycle.measures}[proves]
    return any(r.id == target for r in records)


def dossier_order(org: m.Organisation, cycle: m.Cycle,
                  attachments: list[m.Attachment]) -> list[m.Attachment]:
    """The attachments of `cycle`'s dossier, in the order of the policy cycle, then as added."""
    chosen = [a for a in attachments if in_dossier(org, cycle, a)]
    return sorted(chosen, key=lambda a: (ORDER[a.proves], a.id or 0))


def size_text(size: int) -> str:
    """'340 kB', '12,4 MB': as a file manager shows it."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{format_number(size / 1024 / 1024, 1)} MB"


def _joined(*parts: str) -> str:
    return ", ".join(p for p in parts if p)
