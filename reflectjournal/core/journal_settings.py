"""Settings that belong to one journal, kept inside it (schema version 7).

The plain settings file (core.settings) holds preferences only. Anything
that may name a person, such as the supervisor's name or a word the
identifying-information check is told to ignore, lives here instead: it is
encrypted with the journal and gone from memory when it locks. Each value
is stored as JSON, so a key may hold a string, a number, a list or a map.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .vault import Journal

# A key is a short, dotted name chosen by the code ("supervision.supervisor_name").
MAX_KEY_LENGTH = 100
# Enough for a long list of names; refuses a value that is plainly not a setting.
MAX_VALUE_LENGTH = 1_000_000


class JournalSettings:
    def __init__(self, journal: Journal):
        self._journal = journal

    def get(self, key: str, default: Any = None) -> Any:
        """The value stored under ``key``, or ``default`` if there is none
        or it cannot be read (a damaged value is never fatal)."""
        row = self._journal.conn.execute("SELECT value FROM journal_settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except ValueError:
            return default

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` (anything JSON can hold) under ``key``.
        ``None`` removes the key."""
        if not key or len(key) > MAX_KEY_LENGTH:
            raise ValueError(f"a journal setting's key must be 1 to {MAX_KEY_LENGTH} characters")
        with self._journal.write() as conn:
            if value is None:
                conn.execute("DELETE FROM journal_settings WHERE key = ?", (key,))
                return
            text = json.dumps(value, ensure_ascii=False, sort_keys=True)
            if len(text) > MAX_VALUE_LENGTH:
                raise ValueError("this setting's value is too large to keep in the journal")
            conn.execute(
                "INSERT INTO journal_settings(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, text),
            )

    def keys(self) -> list[str]:
        return [row[0] for row in self._journal.conn.execute("SELECT key FROM journal_settings ORDER BY key")]
