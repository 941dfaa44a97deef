"""What an edit is called in the Bewerken menu: "status van 'Werk per dienst eerlijk verdelen'".

An edit is named by what it changed (the caption of the field, when the form knows it) and the
record it changed, in words the owner saw on the screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from werkdrukdesk.core import model as m
from werkdrukdesk.core.labels import label
from werkdrukdesk.core.model.edits import AddRecord, Edit, RemoveRecord

SHORTEST, LONGEST = 2, 48  # a caption word shorter is left alone; a longer name is cut


def tr(text: str) -> str:
    return QCoreApplication.translate("Edits", text)


def _kinds() -> dict[type, str]:
    return {
        m.Document: tr("document"),
        m.OrganisationChange: tr("verandering"),
        m.Source: tr("bron"),
        m.Cycle: tr("cyclus"),
        m.Team: tr("team"),
        m.SourceRating: tr("beoordeling"),
        m.TeamBalance: tr("balans"),
        m.Measure: tr("maatregel"),
        m.InformationSession: tr("bijeenkomst"),
        m.Measurement: tr("meting"),
        m.GroupConversation: tr("groepsgesprek"),
        m.ExternalStudy: tr("extern onderzoek"),
        m.Incident: tr("melding"),
    }


def kind_of(record: Any) -> str:
    return _kinds().get(type(record), tr("gegevens"))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LONGEST else text[: LONGEST - 1].rstrip() + "…"


def name_of(record: Any, doc: Any = None) -> str:
    """The words that point at `record`: its title or name, or what it is about. `doc` (the
    open document) names the teams and sources a record points at by id."""

    def team(team_id: int | None) -> str:
        return doc.team_name(team_id) if doc is not None else "?"

    if isinstance(record, m.Profile):
        return _short(record.name) or tr("de organisatie")
    if isinstance(record, m.PsaPolicy):
        return tr("gedragscode en opvang")
    if isinstance(record, m.SurveySettings):
        return tr("instellingen van de vragenlijst")
    if isinstance(record, m.Cycle):
        return tr("cyclus {0}").format(record.number)
    if isinstance(record, m.SourceRating):
        source = _source_name(doc, record.source_id)
        return tr("{0} bij {1}").format(source, team(record.team_id)) if source else team(
            record.team_id)
    if isinstance(record, m.TeamBalance | m.GroupConversation):
        return team(record.team_id)
    if isinstance(record, m.Incident):
        return label(record.kind)
    if isinstance(record, m.OrganisationChange):
        return _short(record.description) or label(record.kind)
    for attribute in ("title", "name"):
        text = getattr(record, attribute, "")
        if isinstance(text, str) and text.strip():
            return _short(text)
    return kind_of(record)


def _source_name(doc: Any, source_id: int) -> str:
    try:
        return _short(doc.source(source_id).name) if doc is not None else ""
    except StopIteration:  # a source the model no longer holds
        return ""


def changed(record: Any, what: str | None, doc: Any = None) -> str:
    """`status van 'Werk per dienst eerlijk verdelen'`; without a caption, the kind."""
    what = _caption(what) or kind_of(record)
    return tr("{0} van '{1}'").format(what, name_of(record, doc))


def added(record: Any, doc: Any = None) -> str:
    return tr("{0} '{1}' toegevoegd").format(kind_of(record), name_of(record, doc))


def removed(record: Any, doc: Any = None) -> str:
    return tr("{0} '{1}' verwijderd").format(kind_of(record), name_of(record, doc))


def _caption(text: str | None) -> str:
    """A form caption as words in a sentence: without its colon or asterisk, and without
    the capital of its first word unless that word is an abbreviation (KvK, RI&E)."""
    words = (text or "").strip(" :*")
    first = words.split(" ", 1)[0]
    if len(first) >= SHORTEST and first[0].isupper() and first[1:].islower():
        words = words[0].lower() + words[1:]
    return words


def of(edit: Edit, doc: Any = None) -> str:
    """The name of an edit in the Bewerken menu."""
    if isinstance(edit, AddRecord):
        return added(edit.record, doc)
    if isinstance(edit, RemoveRecord):
        return removed(edit.record, doc)
    return changed(edit.record, edit.caption, doc)
