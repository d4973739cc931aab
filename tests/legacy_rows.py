"""Rows as an older version of reflectjournal stored them.

Today every save (``save`` and ``save_many`` alike) refuses a title with
invisible or direction-changing characters; journals written before that
check may still hold such titles, and exports and the command line must
still cope with them. Tests write them here, below the store's checks.
"""

from __future__ import annotations

from reflectjournal.core.entries import unindex
from reflectjournal.core.models import Entry


def save_as_older_version(journal, entry: Entry) -> Entry:
    """Save ``entry`` with its title written as it is, unchecked (and not
    normalised), as an older version (or an older import) stored it."""
    saved = journal.entries.save(entry.replace(title=""))
    with journal.write() as conn:
        unindex(conn, saved.id)
        conn.execute("UPDATE entries SET title = ? WHERE id = ?", (entry.title, saved.id))
        conn.execute(
            "INSERT INTO entries_fts(rowid, title, body, tags, child_in_mind)"
            " SELECT id, title, body, tags, child_in_mind FROM entry_search_source WHERE id = ?",
            (saved.id,),
        )
    return journal.entries.get(saved.id)
