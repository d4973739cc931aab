"""The spell checker's personal dictionary, kept inside the encrypted journal.

The words a practitioner adds are often names of children, families and
places, so they never go to a plain file beside the journal (as most
spell checkers keep them): they live in the ``personal_words`` table
(schema version 4) and are gone from memory when the journal locks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .vault import Journal

# A word longer than this is not a word: refuse it rather than store it.
MAX_WORD_LENGTH = 100


class PersonalWordStore:
    def __init__(self, journal: Journal):
        self._journal = journal

    def words(self) -> list[str]:
        return [row[0] for row in self._journal.conn.execute("SELECT word FROM personal_words ORDER BY word")]

    def add(self, word: str) -> bool:
        """Add a word; False if it is empty, too long or already there."""
        word = word.strip()
        if not word or len(word) > MAX_WORD_LENGTH or any(ch.isspace() for ch in word):
            return False
        with self._journal.write() as conn:
            cursor = conn.execute("INSERT OR IGNORE INTO personal_words(word) VALUES (?)", (word,))
            return cursor.rowcount > 0

    def remove(self, word: str) -> bool:
        with self._journal.write() as conn:
            return conn.execute("DELETE FROM personal_words WHERE word = ?", (word,)).rowcount > 0
