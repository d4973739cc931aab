"""Retention: how long reflections are kept before the journal asks to review
them, and deletion that really removes the text.

The review age is a journal setting (never, 1, 2, 3 or 6 years; default
never). :func:`due_for_review` lists entries that happened longer ago than
that and were not kept at a review since. :func:`delete_permanently`
removes entries with ``secure_delete`` on (freed space is overwritten with
zeros), takes their rows out of the search index and rebuilds the index's
segments (FTS5 otherwise keeps the old tokens until a merge), then
checkpoints the write-ahead log and truncates it. Backups made earlier still
hold the entries until they rotate: the caller must say so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .entries import unindex
from .journal_settings import JournalSettings

if TYPE_CHECKING:
    from .vault import Journal

REVIEW_YEARS_KEY = "retention.review_years"
KEPT_KEY = "retention.kept"  # {entry uid: ISO date it was kept at a review}
REVIEW_CHOICES = (0, 1, 2, 3, 6)  # 0: never
DEFAULT_REVIEW_YEARS = 0


def review_years(settings: JournalSettings) -> int:
    value = settings.get(REVIEW_YEARS_KEY, DEFAULT_REVIEW_YEARS)
    return value if isinstance(value, int) and value in REVIEW_CHOICES else DEFAULT_REVIEW_YEARS


def set_review_years(settings: JournalSettings, years: int) -> None:
    if years not in REVIEW_CHOICES:
        raise ValueError(f"the review age must be one of {REVIEW_CHOICES} years (0: never)")
    settings.set(REVIEW_YEARS_KEY, years or None)


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def due_for_review(journal: Journal, today: dt.date) -> list[int]:
    """Ids of entries (not in the trash) that happened before the review age,
    oldest first, leaving out those kept at a review less than that long ago."""
    settings = JournalSettings(journal)
    years = review_years(settings)
    if not years:
        return []
    cutoff = years_before(today, years).isoformat()
    kept = settings.get(KEPT_KEY, {})
    kept = kept if isinstance(kept, dict) else {}
    rows = journal.conn.execute(
        "SELECT id, uid FROM entries WHERE deleted_at IS NULL AND happened_on < ? ORDER BY happened_on, id", (cutoff,)
    )
    return [entry_id for entry_id, uid in rows if not (isinstance(kept.get(uid), str) and kept[uid] >= cutoff)]


def keep(journal: Journal, entry_ids: Iterable[int], today: dt.date) -> None:
    """Keep these entries: they are not listed again for another review period."""
    settings = JournalSettings(journal)
    kept = settings.get(KEPT_KEY, {})
    kept = dict(kept) if isinstance(kept, dict) else {}
    ids = list(entry_ids)
    if not ids:
        return
    marks = ",".join("?" * len(ids))
    for (uid,) in journal.conn.execute(f"SELECT uid FROM entries WHERE id IN ({marks})", ids):  # noqa: S608 (only ?s)
        kept[uid] = today.isoformat()
    settings.set(KEPT_KEY, kept)


def delete_permanently(journal: Journal, entry_ids: Iterable[int]) -> int:
    """Remove these entries for good and overwrite what they occupied; returns
    how many were removed. Earlier backups still hold them."""
    ids = sorted(set(entry_ids))
    conn = journal.conn
    # Why: without secure_delete SQLite leaves deleted records in free pages
    # and free blocks, where they can be read back with the key.
    conn.execute("PRAGMA secure_delete = ON")
    removed = 0
    with journal.write() as tx:
        uids = []
        for entry_id in ids:
            row = tx.execute("SELECT uid FROM entries WHERE id = ?", (entry_id,)).fetchone()
            if row is None:
                continue
            uids.append(row[0])
            unindex(tx, entry_id)  # before the entry goes: the index reads its words from it
            removed += tx.execute("DELETE FROM entries WHERE id = ?", (entry_id,)).rowcount
        # FTS5 records a deletion as a marker and keeps the old tokens in
        # earlier segments until they merge: rebuild the segments now.
        tx.execute("INSERT INTO entries_fts(entries_fts) VALUES ('optimize')")
    if uids:
        settings = JournalSettings(journal)
        kept = settings.get(KEPT_KEY, {})
        if isinstance(kept, dict) and any(uid in kept for uid in uids):
            settings.set(KEPT_KEY, {k: v for k, v in kept.items() if k not in uids})
    # The write-ahead log holds copies of changed pages, the deleted text's
    # among them: copy them into the file and empty the log.
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return removed


def export_entries(journal: Journal, entry_ids: Iterable[int], out_dir: Path) -> int:
    """ "Export then delete": these entries as Markdown files (NOT encrypted)
    in a new or empty folder; returns how many were written."""
    from . import fsutil
    from .export import entry_to_markdown, markdown_file_name, prepare_folder

    folder = prepare_folder(Path(out_dir))
    labels = {kind.key: kind.label for kind in journal.entries.kinds()}
    count = 0
    for entry_id in entry_ids:
        entry = journal.entries.get(entry_id)
        fsutil.write_private_text(folder / markdown_file_name(entry), entry_to_markdown(entry, labels.get(entry.kind)))
        count += 1
    return count


def fresh_backup_removing_older(journal: Journal) -> tuple[Path, int]:
    """A new, verified backup, then every older backup of this journal in
    its backup folder removed (they still hold deleted entries). Returns the
    new backup and how many were removed."""
    from .backup import list_backups

    new = journal.backup(reason="manual")
    removed = 0
    for info in list_backups(journal.backup_dir, journal.path.stem):
        if info.path != new:
            info.path.unlink(missing_ok=True)
            removed += 1
    return new, removed
