"""The session's door to the identifying-information check: a detector
built from this journal's People list, ignored words and case patterns, and
the People list itself. Everything it reads or writes is inside the
encrypted journal."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ...core.identifying import Detector, Person, WordCheck, load_word_check
from ...core.journal_settings import JournalSettings
from ...core.models import EntryFilter
from ...core.outgoing import export_preview_fields
from ...core.people import IGNORED_WORDS_KEY, PeopleStore, detector_for, ignore_word

if TYPE_CHECKING:
    from ..session import JournalSession, _Access

PEOPLE_KEY = "identifying.people"  # announced when the People list changes (not a stored key)

_word_check: WordCheck | None = None
_word_check_loaded = False
_word_check_lock = threading.Lock()


def shared_word_check() -> WordCheck | None:
    """The British English dictionary, loaded once (Enchant: about 0.1 s)."""
    global _word_check, _word_check_loaded
    with _word_check_lock:
        if not _word_check_loaded:
            _word_check = load_word_check()
            _word_check_loaded = True
        return _word_check


class IdentifyingService:
    def __init__(self, session: JournalSession, access: _Access):
        self._session = session
        self._access = access

    def _open_journal(self, *, write: bool = False):  # type: ignore[no-untyped-def]
        return self._session._open(write=write)

    def detector(self) -> Detector:
        return detector_for(self._open_journal(), shared_word_check())

    def export_fields(self, flt: EntryFilter | None = None) -> list[tuple[str, str]]:
        """The Markdown export's files, entry by entry, for its preview."""
        return export_preview_fields(self._open_journal(), flt)

    def ignore(self, word: str, *, origin: object = None) -> bool:
        from ..session import Changes

        done = ignore_word(JournalSettings(self._open_journal(write=True)), word)
        if done:
            self._session.announce(Changes(journal_settings=frozenset({IGNORED_WORDS_KEY}), origin=origin))
        return done

    # -- the People list -----------------------------------------------------

    def people(self) -> list[Person]:
        return PeopleStore(self._open_journal()).all()

    def _changed(self, origin: object = None) -> None:
        from ..session import Changes

        self._session.announce(Changes(journal_settings=frozenset({PEOPLE_KEY}), origin=origin))

    def add_person(self, name: str, stand_in: str, variants: list[str] | None = None) -> int:
        person_id = PeopleStore(self._open_journal(write=True)).add(name, stand_in, variants or [])
        self._changed()
        return person_id

    def update_person(self, person_id: int, name: str, stand_in: str, variants: list[str]) -> None:
        PeopleStore(self._open_journal(write=True)).update(person_id, name, stand_in, variants)
        self._changed()

    def merge_people(self, keep_id: int, other_id: int) -> None:
        PeopleStore(self._open_journal(write=True)).merge(keep_id, other_id)
        self._changed()

    def remove_person(self, person_id: int) -> None:
        PeopleStore(self._open_journal(write=True)).remove(person_id)
        self._changed()

    def case_patterns(self) -> list[str]:
        from ...core.people import case_patterns

        return case_patterns(JournalSettings(self._open_journal()))

    def set_case_patterns(self, patterns: list[str]) -> None:
        """Raises ValueError on a pattern the core's language does not allow."""
        from ...core.people import CASE_PATTERNS_KEY, set_case_patterns
        from ..session import Changes

        set_case_patterns(JournalSettings(self._open_journal(write=True)), patterns)
        self._session.announce(Changes(journal_settings=frozenset({CASE_PATTERNS_KEY})))

    def next_stand_in(self) -> str:
        """ "Person 1", "Person 2", ...: the first not yet used."""
        used = {p.stand_in for p in self.people()}
        n = 1
        while f"Person {n}" in used:
            n += 1
        return f"Person {n}"

    # -- retention ------------------------------------------------------------

    def review_years(self) -> int:
        from ...core.retention import review_years

        return review_years(JournalSettings(self._open_journal()))

    def set_review_years(self, years: int) -> None:
        from ...core.retention import REVIEW_YEARS_KEY, set_review_years
        from ..session import Changes

        set_review_years(JournalSettings(self._open_journal(write=True)), years)
        self._session.announce(Changes(journal_settings=frozenset({REVIEW_YEARS_KEY})))

    def due_for_review(self, today: dt.date) -> list[tuple[int, str]]:
        """(id, "date — title") of the entries due for review."""
        from ...core.retention import due_for_review

        journal = self._open_journal()
        out = []
        for entry_id in due_for_review(journal, today):
            entry = journal.entries.get(entry_id)
            out.append((entry_id, f"{entry.happened_on.isoformat()} — {entry.title or '(untitled)'}"))
        return out

    def keep(self, ids: list[int], today: dt.date) -> None:
        from ...core.retention import keep

        keep(self._open_journal(write=True), ids, today)

    def export_entries(self, ids: list[int], folder: Path) -> int:
        from ...core.retention import export_entries

        return export_entries(self._open_journal(), ids, folder)

    def delete_permanently(self, ids: list[int]) -> int:
        from ...core.retention import delete_permanently
        from ..session import Changes

        removed = delete_permanently(self._open_journal(write=True), ids)
        self._session.announce(Changes(all_entries=True))
        return removed

    def fresh_backup_removing_older(self) -> tuple[Path, int]:
        from ...core.retention import fresh_backup_removing_older

        return fresh_backup_removing_older(self._open_journal(write=True))
