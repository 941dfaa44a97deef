"""Storing the accepted rows of an answer-file preview in a measurement: all of them or none.

Only what `core.survey.import_preview` accepted reaches the file: a team id and answers per
item key.
Names, e-mail addresses, IP addresses and timestamps were dropped in the preview and have no
column to go to here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date

from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.i18n import translate
from werkdrukdesk.core.model import CollectionMethod, Cycle, Measurement, Response, stored_id
from werkdrukdesk.core.survey.import_preview import Preview, RejectedRow
from werkdrukdesk.storage.errors import explain
from werkdrukdesk.storage.file import WerkdrukFile


@dataclass(frozen=True)
class ImportReport:
    measurement: Measurement
    created: bool  # a new measurement, or answers added to an existing one
    imported: int
    rejected: list[RejectedRow] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # identifying columns that were not read
    notices: list[str] = field(default_factory=list)


def import_answers(
    file: WerkdrukFile,
    cycle: Cycle,
    measurement_name: str,
    preview: Preview,
    held_on: date,
) -> ImportReport:
    """Add the preview's accepted responses to the named measurement of `cycle`, creating it
    (method 'file', sources = those with a mapped column) when the cycle has none of that name.
    One transaction: on any problem nothing at all is written."""
    name = " ".join(measurement_name.split())
    if not name:
        raise WerkdrukError(translate(
            "Storage", "Geef de meting een naam, bijvoorbeeld 'Werkdrukvragenlijst voorjaar'."
        ))
    if not preview.accepted:
        raise WerkdrukError(preview.empty_reason())
    _check_teams(cycle, preview.accepted)
    # Copies: storage gives them ids, and a failed import must leave the preview as it was.
    responses = [Response(r.team_id, dict(r.answers)) for r in preview.accepted]
    existing = find_measurement(cycle, name)
    try:
        if existing is None:
            measurement = _create(file, cycle, name, preview, responses, held_on)
        else:
            _check_sources(existing, preview)
            file.add_responses(stored_id(existing), responses)
            existing.responses.extend(responses)
            measurement = existing
    except sqlite3.Error as error:
        raise WerkdrukError(
            translate("Storage",
                      "De antwoorden konden niet worden opgeslagen ({reason}); er is niets "
                      "ingelezen.")
            .format(reason=explain(error))
        ) from None
    return ImportReport(
        measurement=measurement,
        created=existing is None,
        imported=len(responses),
        rejected=list(preview.rejected),
        dropped=[column.name for column in preview.dropped],
        notices=list(preview.notices),
    )


def find_measurement(cycle: Cycle, name: str) -> Measurement | None:
    """The cycle's measurement of that name, ignoring case and extra spaces."""
    wanted = " ".join(name.split()).casefold()
    return next(
        (m for m in cycle.measurements if " ".join(m.name.split()).casefold() == wanted), None
    )


def _create(
    file: WerkdrukFile,
    cycle: Cycle,
    name: str,
    preview: Preview,
    responses: list[Response],
    held_on: date,
) -> Measurement:
    measurement = Measurement(
        name=name,
        held_on=held_on,
        method=CollectionMethod.FILE,
        source_ids=preview.source_ids(),
        responses=responses,
    )
    file.save(measurement, cycle.id)  # the measurement with all its responses, in one go
    cycle.measurements.append(measurement)
    return measurement


def _check_teams(cycle: Cycle, responses: list[Response]) -> None:
    known = {team.id for team in cycle.teams}
    if any(r.team_id is not None and r.team_id not in known for r in responses):
        raise WerkdrukError(translate(
            "Storage",
            "De voorvertoning hoort bij een andere cyclus; lees het antwoordbestand opnieuw in.",
        ))


def _check_sources(measurement: Measurement, preview: Preview) -> None:
    """A measurement keeps the set of sources it was asked with, so comparisons stay fair."""
    asked = set(measurement.source_ids)
    sources = preview.questionnaire.item_sources
    answered = {key for r in preview.accepted for key in r.answers}
    outside = sorted(key for key in answered if sources.get(key) not in asked)
    if outside:
        example = preview.questionnaire.items[outside[0]].text
        if len(outside) == 1:
            message = translate(
                "Storage",
                "Er is niets ingelezen: de meting '{measurement}' vroeg niet naar 1 vraag uit het "
                "bestand, zoals '{example}'. Kies een nieuwe naam voor een nieuwe meting, of haal "
                "die kolommen uit het bestand.",
            )
        else:
            message = translate(
                "Storage",
                "Er is niets ingelezen: de meting '{measurement}' vroeg niet naar {count} vragen "
                "uit het bestand, zoals '{example}'. Kies een nieuwe naam voor een nieuwe meting, "
                "of haal die kolommen uit het bestand.",
            )
        raise WerkdrukError(
            message.format(measurement=measurement.name, count=len(outside), example=example)
        )
