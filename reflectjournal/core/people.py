"""The People list, and everything the identifying-information check reads
from the journal (schema version 8 and core.journal_settings).

Each person has a name, the other ways it is written ("Tayo", "T") and the
stand-in an export uses ("Child A"). The list names real children and
families, so it lives only inside the encrypted journal and no export ever
writes it. Words the check is told to always ignore and the case-number
patterns are journal settings, for the same reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .identifying import MAX_CASE_PATTERNS, Detector, Person, WordCheck, compile_case_pattern, normalise
from .journal_settings import JournalSettings
from .timestamps import iso_utc

if TYPE_CHECKING:
    from .vault import Journal

MAX_NAME_LENGTH = 100
MAX_VARIANTS = 20
IGNORED_WORDS_KEY = "identifying.ignored_words"
CASE_PATTERNS_KEY = "identifying.case_patterns"
MAX_IGNORED_WORDS = 5000


def _clean(text: str) -> str:
    return " ".join(text.split())


def _clean_variants(name: str, variants: Iterable[str]) -> list[str]:
    out: list[str] = []
    seen = {normalise(name)}
    for v in variants:
        v = _clean(v)
        if v and len(v) <= MAX_NAME_LENGTH and normalise(v) not in seen:
            seen.add(normalise(v))
            out.append(v)
    return out[:MAX_VARIANTS]


class PeopleStore:
    def __init__(self, journal: Journal):
        self._journal = journal

    def all(self) -> list[Person]:
        rows = self._journal.conn.execute(
            "SELECT id, name, variants, stand_in FROM people ORDER BY name COLLATE NOCASE"
        )
        out = []
        for pid, name, variants, stand_in in rows:
            try:
                parsed = [str(v) for v in json.loads(variants)]
            except (ValueError, TypeError):
                parsed = []
            out.append(Person(name=name, stand_in=stand_in, variants=tuple(parsed), id=pid))
        return out

    def get(self, person_id: int) -> Person | None:
        return next((p for p in self.all() if p.id == person_id), None)

    def _validate(self, name: str, stand_in: str) -> tuple[str, str]:
        name, stand_in = _clean(name), _clean(stand_in)
        if not name or len(name) > MAX_NAME_LENGTH:
            raise ValueError(f"a name must be 1 to {MAX_NAME_LENGTH} characters")
        if not stand_in or len(stand_in) > MAX_NAME_LENGTH:
            raise ValueError(f"a stand-in must be 1 to {MAX_NAME_LENGTH} characters")
        return name, stand_in

    def add(self, name: str, stand_in: str, variants: Iterable[str] = ()) -> int:
        name, stand_in = self._validate(name, stand_in)
        with self._journal.write() as conn:
            cursor = conn.execute(
                "INSERT INTO people(name, variants, stand_in, created_at) VALUES (?, ?, ?, ?)",
                (
                    name,
                    json.dumps(_clean_variants(name, variants), ensure_ascii=False),
                    stand_in,
                    iso_utc(self._journal.clock()),
                ),
            )
            return int(cursor.lastrowid or 0)

    def update(self, person_id: int, name: str, stand_in: str, variants: Iterable[str] = ()) -> bool:
        name, stand_in = self._validate(name, stand_in)
        with self._journal.write() as conn:
            return (
                conn.execute(
                    "UPDATE people SET name = ?, variants = ?, stand_in = ? WHERE id = ?",
                    (name, json.dumps(_clean_variants(name, variants), ensure_ascii=False), stand_in, person_id),
                ).rowcount
                > 0
            )

    def remove(self, person_id: int) -> bool:
        with self._journal.write() as conn:
            return conn.execute("DELETE FROM people WHERE id = ?", (person_id,)).rowcount > 0

    def merge(self, keep_id: int, other_id: int) -> bool:
        """Fold ``other`` into ``keep``: its name and variants become
        variants of ``keep``, whose stand-in stays; ``other`` is removed."""
        keep, other = self.get(keep_id), self.get(other_id)
        if keep is None or other is None or keep_id == other_id:
            return False
        variants = _clean_variants(keep.name, [*keep.variants, other.name, *other.variants])
        with self._journal.write() as conn:
            conn.execute(
                "UPDATE people SET variants = ? WHERE id = ?", (json.dumps(variants, ensure_ascii=False), keep_id)
            )
            conn.execute("DELETE FROM people WHERE id = ?", (other_id,))
        return True


def ignored_words(settings: JournalSettings) -> list[str]:
    value = settings.get(IGNORED_WORDS_KEY, [])
    return [str(w) for w in value] if isinstance(value, list) else []


def ignore_word(settings: JournalSettings, word: str) -> bool:
    """ "Always ignore this word": stored in the journal; False if already there."""
    word = _clean(word)
    words = ignored_words(settings)
    if not word or len(word) > MAX_NAME_LENGTH or normalise(word) in {normalise(w) for w in words}:
        return False
    settings.set(IGNORED_WORDS_KEY, sorted([*words, word], key=str.casefold)[-MAX_IGNORED_WORDS:])
    return True


def unignore_word(settings: JournalSettings, word: str) -> bool:
    words = ignored_words(settings)
    kept = [w for w in words if normalise(w) != normalise(word)]
    if len(kept) == len(words):
        return False
    settings.set(IGNORED_WORDS_KEY, kept)
    return True


def case_patterns(settings: JournalSettings) -> list[str]:
    value = settings.get(CASE_PATTERNS_KEY, [])
    return [str(p) for p in value][:MAX_CASE_PATTERNS] if isinstance(value, list) else []


def set_case_patterns(settings: JournalSettings, patterns: Iterable[str]) -> None:
    """Raises ValueError (from :func:`compile_case_pattern`) on a bad pattern."""
    cleaned = [p.strip() for p in patterns if p.strip()][:MAX_CASE_PATTERNS]
    for p in cleaned:
        compile_case_pattern(p)
    settings.set(CASE_PATTERNS_KEY, cleaned or None)


def detector_for(journal: Journal, word_check: WordCheck | None = None) -> Detector:
    """A detector with this journal's People list, ignored words and case
    patterns. Read it when an export starts; it holds no database handle."""
    settings = JournalSettings(journal)
    return Detector(
        people=PeopleStore(journal).all(),
        ignored=ignored_words(settings),
        case_patterns=case_patterns(settings),
        word_check=word_check,
    )
