"""The open organisation as the window sees it: the file, its loaded model and the chosen cycle.

Every edit passes through here as one *operation* (`storage.history`): pages describe what
they change as edits (`core.model.edits`) and hand them to `apply()`, which changes the model
and the file together; a dialog that writes through the file itself does so inside
`operation()`. Each writes at once in one transaction (every edit is
committed), is kept with its name for *Bewerken › Ongedaan maken*, and is announced through
`changed`, with `last_change` saying which tables it touched, so that only what shows them
follows. Undo and redo write at once too, then read the model again from the file.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Signal

from werkdrukdesk import clock
from werkdrukdesk.core import model as m
from werkdrukdesk.core.cycles import current_cycle
from werkdrukdesk.core.errors import WerkdrukError
from werkdrukdesk.core.model.edits import Edit, RemoveRecord, SetFields
from werkdrukdesk.core.privacy import remove_person
from werkdrukdesk.core.psa.scope import set_scope
from werkdrukdesk.core.readiness.base import Check
from werkdrukdesk.core.readiness.chain import readiness
from werkdrukdesk.paths import backups_dir
from werkdrukdesk.storage import WerkdrukFile
from werkdrukdesk.storage.errors import explain
from werkdrukdesk.storage.forget import store_removal
from werkdrukdesk.storage.history import Change, History
from werkdrukdesk.storage.records.answers import attach_answers, loaded_answers
from werkdrukdesk.storage.retention import purge_expired, purge_in_backups
from werkdrukdesk.ui.answers import AnswerLoader
from werkdrukdesk.ui.edits import names

ORGANISATION_WIDE = (m.Profile, m.PsaPolicy, m.SurveySettings, m.Document, m.Source,
                     m.OrganisationChange)


class OpenDocument(QObject):
    changed = Signal()  # something was stored; `last_change` says what
    # Another cycle was chosen, a new one started, or the model was read again (undo, redo).
    cycle_changed = Signal()
    day_changed = Signal()  # midnight passed while the file was open: overdue and due dates move
    failed = Signal(str)  # a store did not succeed; the message is for the user

    def __init__(self, file: WerkdrukFile, org: m.Organisation):
        super().__init__()
        self.file = file
        self.org = org
        self.cycle = current_cycle(org)
        self.today = clock.today()  # the day pages judge deadlines by; see `notice_new_day`
        # Goes up with every announced change and every other cycle, so a page can keep what
        # it worked out from the model (the comparison of measurements) until it is out of date.
        self.version = 0
        self._judged: tuple[tuple[int, int, object], list[Check]] | None = None
        self.changed.connect(self._count_change)
        self.cycle_changed.connect(self._count_change)
        self.day_changed.connect(self._count_change)
        # Incidents whose retention period has ended leave the file when it opens for writing.
        self.purged = 0 if file.read_only else self._purge_expired()
        # Undo and redo of this window's edits, from here on; none for a file only read.
        self.history = None if file.read_only else History(file)
        self.last_change: Change | None = None

    def _purge_expired(self) -> int:
        try:
            purged = purge_expired(self.file, self.org, self.today)
        except (sqlite3.Error, WerkdrukError):
            return 0  # nothing was removed; the next opening tries again
        if purged:
            # The copy made on opening, and older ones, still hold what just expired.
            purge_in_backups(self.file.path, backups_dir(), self.today)
        return purged

    def purge_notice(self) -> str | None:
        """Plain words for the owner on opening, when entries were removed."""
        if not self.purged:
            return None
        if self.purged == 1:
            return self.tr("1 melding is uit het meldingenregister verwijderd, omdat de "
                           "bewaartermijn voorbij is.")
        return self.tr("{0} meldingen zijn uit het meldingenregister verwijderd, omdat de "
                       "bewaartermijn voorbij is.").format(self.purged)

    def _count_change(self) -> None:
        self.version += 1

    def readiness(self) -> list[Check]:
        """"Klaar voor de inspectie?" for the chosen cycle today, judged once per change: the
        step marks, the plan's panel and the overview all ask after every edit."""
        key = (self.version, self.cycle.number, self.today)
        if self._judged is None or self._judged[0] != key:
            self._judged = (key, readiness(self.org, self.cycle, self.today))
        return self._judged[1]

    def notice_new_day(self) -> bool:
        """Move `today` on when the clock has passed midnight; True (and `day_changed`) if so."""
        day = clock.today()
        if day == self.today:
            return False
        self.today = day
        if not self.file.read_only:
            self.purged = self._purge_expired()  # an entry may expire while the file is open
            if self.purged:
                self._forget_history()  # an undo must never bring an expired entry back
        self.day_changed.emit()
        return True

    @property
    def read_only(self) -> bool:
        """Closed cycles are history and files opened for reading stay as they are."""
        return self.file.read_only or self.cycle.closed

    def _locked(self, record: Any) -> bool:
        """Organisation-wide records stay editable while an old cycle is being looked at."""
        if self.file.read_only:
            self.failed.emit(self.tr("Dit bestand is alleen om te lezen geopend."))
            return True
        if self.cycle.closed and not isinstance(record, ORGANISATION_WIDE):
            self.failed.emit(self.tr("Deze cyclus is afgesloten; u kunt hem alleen bekijken."))
            return True
        return False

    def team_name(self, team_id: int | None) -> str:
        if team_id is None:
            return self.tr("Hele organisatie")
        return next((t.name for t in self.cycle.teams if t.id == team_id), "?")

    def source(self, source_id: int) -> m.Source:
        return next(s for s in self.org.sources if s.id == source_id)

    def active_sources(self) -> list[m.Source]:
        return [s for s in self.org.sources if not s.archived]

    def snapshot(self) -> tuple[m.Organisation, m.Cycle]:
        """A copy of the organisation and the chosen cycle for work in another thread (a
        report), so that edits made meanwhile neither change nor trip it. A pickle round trip:
        a few hundredths of a second for the large sample, a third of a deep copy's time.
        With every questionnaire's answers (see "Answers on demand" below): a copy without
        them would refuse to be scored in the worker."""
        self.ensure_answers()
        org = pickle.loads(pickle.dumps(self.org, protocol=pickle.HIGHEST_PROTOCOL))
        return org, next(c for c in org.cycles if c.number == self.cycle.number)

    # == Answers on demand (issue #18, point 4) ==============================================
    # The window opens the file without the questionnaires' answers (`m.NOT_LOADED`, which
    # refuses to be read); `ui/answers.py` reads them in the background once the window shows.
    # Whatever scores answers (the questionnaire window, reports through `snapshot()`) calls
    # `ensure_answers()` first; a screen that need not wait (the evaluation's comparison) asks
    # `answers_follow()`. A model read anew from the file (`reread`) keeps what was read.
    _answer_loader: AnswerLoader | None = None

    def answers_ready(self) -> bool:
        """Every questionnaire of every cycle has its answers in memory."""
        return self._answers().ready()

    def ensure_answers(self) -> bool:
        """Have every answer in memory before using one: at once when the background reading
        is done, else waiting for it (with a wait cursor). False, and `failed`, when the file
        cannot be read; the answers then still refuse to be used. Every cycle's records
        come with them (`ensure_cycles`): whatever scores answers may look back at them."""
        return self._answers().ensure()

    def ensure_cycles(self) -> bool:
        """Have the records of every cycle in memory before reading an older one: the file
        opens with its newest cycle and the one before (`Records.load_recent`); the others
        are read here the first time a screen, report or AVG removal asks. False, and
        `failed`, when the file cannot be read; they then still refuse to be read."""
        if all(c.loaded for c in self.org.cycles):
            return True
        try:
            self.file.load_older_cycles(self.org)
        except WerkdrukError as error:
            self.failed.emit(str(error))
            return False
        except sqlite3.Error as error:
            self.failed.emit(self.tr("Het bestand kon niet worden gelezen: {0}.").format(
                explain(error)))
            return False
        return True

    def load_answers_in_background(self) -> None:
        self._answers().start()

    def answers_follow(self, then) -> bool:
        """For a screen that need not wait: `then` is called once the background reading
        ends (then ask `ensure_answers()`, which has what was read); False when the answers
        cannot be read in the background, and the screen should call `ensure_answers()`."""
        return self._answers().follow(then)

    def stop_loading_answers(self) -> None:
        """The file closes: a reading still under way is called off."""
        self._answers().cancel()

    def _answers(self) -> AnswerLoader:
        if self._answer_loader is None:
            self._answer_loader = AnswerLoader(self)
        return self._answer_loader

    # == end of answers on demand ===========================================================

    def choose_cycle(self, cycle: m.Cycle) -> None:
        if not cycle.loaded and not self.ensure_cycles():
            return  # said why; the shown cycle stays
        self.cycle = cycle
        self.cycle_changed.emit()

    def apply(self, *edits: Edit, label: str | None = None) -> bool:
        """The one way a screen changes the organisation: the edits are applied to the model
        and written in one transaction, kept as one step for *Ongedaan maken* (named `label`,
        or after the first edit), and announced with `changed`. Refused, they are taken back
        in memory too, `failed` explains why, and the result is False."""
        if not edits or any(self._locked(edit.record) for edit in edits):
            return False
        if all(isinstance(edit, SetFields) and not edit.changes_anything() for edit in edits):
            return True  # nothing to write, and nothing for Ongedaan maken
        undo_in_memory = [edit.apply() for edit in edits]
        # A new record gets its id while written; rolled back, it must be new again, or its
        # next edit would update a row that is not there.
        ids = [(edit.record, getattr(edit.record, "id", None)) for edit in edits]
        parent = self.cycle.id

        def write() -> None:
            written: list[object] = []  # a record changed by two edits is written once
            for edit in edits:
                if not any(edit.record is record for record in written):
                    self._write(edit, parent)
                    written.append(edit.record)

        if not self._edit(write, label or names.of(edits[0], self), announce=False):
            for undo in reversed(undo_in_memory):
                undo()
            for record, was in ids:
                if was is None and getattr(record, "id", None) is not None:
                    record.id = None
            return False
        if any(isinstance(edit, RemoveRecord) and not edit.undoable for edit in edits):
            self._forget_history()
        self.changed.emit()  # only now, so whoever listens sees the model as the file holds it
        return True

    def _write(self, edit: Edit, cycle_id: int | None) -> None:
        record = edit.record
        if isinstance(edit, RemoveRecord):
            self.file.delete(record)
        elif isinstance(record, m.Profile):
            self.file.save_profile(record)
        elif isinstance(record, m.PsaPolicy):
            self.file.save_psa_policy(record)
        elif isinstance(record, m.SurveySettings):
            self.file.save_survey_settings(record)
        else:
            self.file.save(record, cycle_id if edit.in_cycle else None)

    def change_scope(self, scope: m.PsaScope) -> bool:
        """Widen or narrow the file (`core.psa.scope.set_scope`) and store the profile with
        every source that changed, together or not at all; refused, the model goes back."""
        if self._locked(self.org.profile):
            return False
        before = self.org.profile.psa_scope
        sources = list(self.org.sources)
        archived = [s.archived for s in sources]
        changed = set_scope(self.org, scope)

        def store_all() -> None:
            self.file.save_profile(self.org.profile)
            for source in changed:
                self.file.save(source)

        if self._edit(store_all, self.tr("wat het beleid omvat")):
            return True
        self.org.profile.psa_scope = before
        self.org.sources[:] = sources  # new sources out again, the others as they were
        for source, was in zip(sources, archived):
            source.archived = was
        return False

    @contextmanager
    def operation(self, label: str) -> Iterator[None]:
        """For a dialog that writes through the file itself (an import of answers): all the
        body writes is one edit, in one transaction, undone as one under `label`. What the
        file refuses, in the body or at the commit, reaches the caller as a WerkdrukError
        that says why in the owner's words; the caller explains it, and announces with
        `changed` once the model follows."""
        try:
            if self.history is None:
                with self.file.db.atomic():
                    yield
                return
            with self.history.operation(label):
                yield
        except sqlite3.Error as error:
            raise WerkdrukError(self._refusal(error)) from error
        self.last_change = self.history.latest

    def _edit(self, action: Callable[[], object], label: str, announce: bool = True) -> bool:
        def run() -> None:
            with self.operation(label):
                action()

        return self._guarded(run, announce)

    # -- undo and redo ------------------------------------------------------------------

    def _forget_history(self) -> None:
        if self.history is not None:
            self.history.forget()

    @property
    def undo_label(self) -> str | None:
        return None if self.history is None else self.history.undo_label

    @property
    def redo_label(self) -> str | None:
        return None if self.history is None else self.history.redo_label

    def undo(self) -> bool:
        """Take the newest edit back (committed at once) and read the model again."""
        return self._step_history(lambda history: history.undo())

    def redo(self) -> bool:
        return self._step_history(lambda history: history.redo())

    def _step_history(self, step: Callable[[History], Change | None]) -> bool:
        if self.history is None:
            return False
        history = self.history
        done: list[Change | None] = []
        if not self._guarded(lambda: done.append(step(history)), announce=False):
            return False
        if done[0] is None:
            return False
        self.last_change = done[0]
        return self._guarded(self.reread, announce=False)  # explained if it cannot be read

    def reread(self) -> None:
        """The model again from the file (after undo or redo, or a refused AVG removal), on
        the same cycle if it is still there; every page fills itself again."""
        before = self.org
        kept = loaded_answers(before)  # what was read stays read (by questionnaire)
        self.org = self.file.load_recent()
        number = self.cycle.number
        cycle = next((c for c in self.org.cycles if c.number == number), None)
        if all(c.loaded for c in before.cycles) or (cycle is not None and not cycle.loaded):
            self.file.load_older_cycles(self.org)  # what was in memory stays so
        attach_answers(self.org, kept)
        self.cycle = cycle or current_cycle(self.org)
        self.cycle_changed.emit()

    def remove_person(self, name: str) -> int:
        """Take a person out of every record, closed cycles included (an AVG request
        overrides history); all changes are stored together or not at all."""
        if self.file.read_only:
            self.failed.emit(self.tr("Dit bestand is alleen om te lezen geopend."))
            return 0
        if not self.ensure_cycles():  # the person may be named in any cycle
            return 0
        changed = remove_person(self.org, name)

        def store_all() -> None:
            store_removal(self.file, changed)  # and the old text out of the free pages

        if not self._guarded(store_all):
            self.reread()  # the file is unchanged; so is what is shown
            return 0
        self._forget_history()  # the name must not stay behind in what undo keeps
        return len(changed)

    def start_next_cycle(self) -> m.Cycle | None:
        cycle = None

        def start() -> None:
            nonlocal cycle
            cycle = self.file.start_next_cycle(self.org, self.today)

        if self._edit(start, self.tr("nieuwe cyclus gestart"), announce=False):
            self.choose_cycle(cycle)
        return cycle

    def _guarded(self, action, announce: bool = True) -> bool:
        try:
            action()
        except WerkdrukError as error:
            self.failed.emit(str(error))
            return False
        except sqlite3.Error as error:
            self.failed.emit(self._refusal(error))
            return False
        if announce:
            self.changed.emit()
        return True

    def _refusal(self, error: sqlite3.Error) -> str:
        """Why the file refused a write, in words for the owner."""
        if isinstance(error, sqlite3.IntegrityError):
            return self.tr("Dit kan niet worden opgeslagen: het botst met wat er al staat.")
        return self.tr(
            "Opslaan is mislukt: {0}. Wat eerder was opgeslagen, staat veilig in het bestand."
        ).format(explain(error))
