"""Verified, encrypted copies of a journal.

A copy is written to a temporary file beside its destination, flushed,
opened with the passphrase and checked, and only then renamed into place.
A copy that fails any check is deleted and :class:`BackupFailed` raised.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from . import fsutil
from .errors import BackupFailed, StorageFull

if TYPE_CHECKING:
    from .vault import Journal, KdfSettings


def verify_copy(path: Path, passphrase: str, kdf: KdfSettings, *, expected_entries: int | None) -> None:
    """Open ``path`` as a journal would be opened and check it through."""
    from .vault import _connect

    try:
        conn = _connect(Path(path), passphrase, kdf, create=False)
    except sqlcipher3.Error as exc:
        raise BackupFailed(f"The copy could not be opened: {exc}") from None
    try:
        cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = conn.execute("PRAGMA quick_check").fetchall()
        count = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    except sqlcipher3.Error as exc:
        raise BackupFailed(f"The copy could not be read: {exc}") from None
    finally:
        conn.close()
    if cipher:
        raise BackupFailed("The copy failed SQLCipher's integrity check.")
    if quick != [("ok",)]:
        raise BackupFailed("The copy failed SQLite's integrity check.")
    if expected_entries is not None and count != expected_entries:
        raise BackupFailed(f"The copy holds {count} entries, not {expected_entries}.")


def write_verified_copy(journal: Journal, dest: Path) -> Path:
    dest = Path(dest).absolute()
    fsutil.ensure_private_dir(dest.parent)
    tmp = dest.with_name(f".{dest.name}.tmp")
    for leftover in (tmp, Path(str(tmp) + "-journal")):
        fsutil.remove_quietly(leftover)
    conn = journal.conn
    try:
        fsutil.create_private_file(tmp)
        # No KEY clause: the attached copy takes the journal's own key.
        # (KEY '' would write plaintext.)
        conn.execute("ATTACH DATABASE ? AS backup", (str(tmp),))
        try:
            # One transaction, so the count and the copy see the same data.
            conn.execute("BEGIN IMMEDIATE")
            try:
                expected = conn.execute("SELECT count(*) FROM main.entries").fetchone()[0]
                conn.execute("SELECT sqlcipher_export('backup')")
                version = conn.execute("PRAGMA main.user_version").fetchone()[0]
                app_id = conn.execute("PRAGMA main.application_id").fetchone()[0]
                conn.execute(f"PRAGMA backup.user_version = {int(version)}")
                conn.execute(f"PRAGMA backup.application_id = {int(app_id)}")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        finally:
            conn.execute("DETACH DATABASE backup")
        fsutil.fsync_file(tmp)
        verify_copy(tmp, journal._passphrase or "", journal.kdf, expected_entries=expected)
        fsutil.atomic_replace(tmp, dest)
    except BaseException as exc:
        fsutil.remove_quietly(tmp)
        fsutil.remove_quietly(Path(str(tmp) + "-journal"))
        if isinstance(exc, sqlcipher3.Error | OSError) and fsutil.is_disk_full(exc):
            raise StorageFull("The disk is full; the backup was not written.") from None
        if isinstance(exc, sqlcipher3.Error | OSError):
            raise BackupFailed(f"The backup could not be written: {exc.__class__.__name__}") from None
        raise
    return dest
