"""Verified, encrypted copies of a journal.

A copy is written to a temporary file beside its destination, flushed,
opened with the passphrase and checked, and only then renamed into place.
A copy that fails any check is deleted and :class:`BackupFailed` raised.

Below the vault: a backup is given what it reads (a :class:`CopySource`, or
a passphrase and cost), never the journal object itself.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from . import connection, fsutil
from .connection import CopySource, KdfSettings, classify_open_failure, precheck_file, resolve_journal_path
from .errors import BackupDamaged, BackupFailed, BackupSourceUnreadable, JournalDamaged, StorageFull, WrongPassphrase
from .journal_lock import ProcessLock
from .timestamps import utc_now


def _attachment_count(conn: sqlcipher3.Connection, schema: str = "main") -> int | None:
    """How many attachments (core.attachments) a journal holds; None before schema 8."""
    found = conn.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = 'attachment_data'")
    if found.fetchone() is None:
        return None
    return int(conn.execute(f"SELECT count(*) FROM {schema}.attachment_data").fetchone()[0])


def verify_copy(
    path: Path,
    passphrase: str,
    kdf: KdfSettings,
    *,
    expected_entries: int | None,
    expected_attachments: int | None = None,
) -> None:
    """Open ``path`` as a journal would be opened and check it through
    (the attachments' bytes are read by the integrity checks too)."""
    folder = Path(path).parent
    try:
        precheck_file(Path(path))
        conn = connection.connect(Path(path), passphrase, kdf, create=False)
    except (sqlcipher3.Error, JournalDamaged) as exc:
        _raise_if_full(exc, folder)
        raise BackupDamaged("The backup is damaged or is not a journal.") from None
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            # Opening a copy in WAL mode needs room for its -shm and -wal files.
            _raise_if_full(exc, folder)
            if isinstance(classify_open_failure(conn), WrongPassphrase):
                raise WrongPassphrase("That passphrase does not open this backup.") from None
            raise BackupDamaged("The backup is damaged.") from None
        cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = conn.execute("PRAGMA quick_check").fetchall()
        count = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        attachments = _attachment_count(conn)
    except sqlcipher3.Error as exc:
        _raise_if_full(exc, folder)
        raise BackupDamaged("The backup is damaged: it could not be read through.") from None
    finally:
        conn.close()
    if cipher:
        raise BackupDamaged("The backup is damaged: it fails SQLCipher's integrity check.")
    if quick != [("ok",)]:
        raise BackupDamaged("The backup is damaged: it fails SQLite's integrity check.")
    if expected_entries is not None and count != expected_entries:
        raise BackupDamaged(f"The copy holds {count} entries, not {expected_entries}.")
    if expected_attachments is not None and attachments != expected_attachments:
        raise BackupDamaged(f"The copy holds {attachments} attachments, not {expected_attachments}.")


def _raise_if_full(exc: BaseException, folder: Path) -> None:
    """A full disk while checking a copy is a full disk, not a damaged copy."""
    if isinstance(exc, sqlcipher3.Error | OSError) and fsutil.is_disk_full(exc, folder):
        raise StorageFull("The disk is full, so the copy could not be checked; nothing was changed.") from None


def _refuse_non_file(path: Path, what: str) -> None:
    """Refuse a backup or destination that exists but is not a regular file
    (a named pipe would hang the copy; a device would be written to)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(info.st_mode):
        raise BackupFailed(f"{path} is {fsutil.describe_file_kind(info.st_mode)}, not {what}. Choose a file.")


def write_verified_copy(source: CopySource, dest: Path) -> Path:
    """Copy through a connection of its own, in a read transaction: in WAL
    mode saves go on while a large journal is copied (about 17 s at 100,000
    entries), so the app can take its daily backup on a worker thread.

    ``source`` is what the open journal hands out (``Journal.copy_source``)."""
    dest = Path(os.path.realpath(Path(dest).expanduser()))
    live = {source.path, *(Path(str(source.path) + suffix) for suffix in ("-wal", "-shm", ".lock"))}
    if dest in live or (dest.exists() and any(p.exists() and os.path.samefile(dest, p) for p in live)):
        # Renaming over the open journal would leave the connection writing
        # to an unlinked file: every later save would be lost.
        raise BackupFailed("A backup cannot be written over the journal itself. Choose another file.")
    _refuse_non_file(dest, "a backup file")
    fsutil.ensure_private_dir(dest.parent)
    tmp = dest.with_name(f".{dest.name}.tmp")
    for leftover in (tmp, Path(str(tmp) + "-journal")):
        fsutil.remove_quietly(leftover)
    conn = source.connect()
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 5000")
    try:
        # The copy is made from the tables; the indexes are built afresh in
        # it, so a damaged index page of the journal would never be read.
        # SQLCipher's page check reads every page (about 2 s at 100,000
        # entries) and says the journal is damaged before anything is written.
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise BackupSourceUnreadable(
                "The journal could not be read through to the end, so no backup was written: "
                "part of the journal file may be damaged."
            )
        fsutil.create_private_file(tmp)
        # No KEY clause: the attached copy takes the journal's own key.
        # (KEY '' would write plaintext.)
        conn.execute("ATTACH DATABASE ? AS backup", (str(tmp),))
        try:
            # One read transaction, so the count and the copy see the same
            # snapshot; writes to the attached copy lock only the copy.
            conn.execute("BEGIN")
            try:
                expected = conn.execute("SELECT count(*) FROM main.entries").fetchone()[0]
                expected_attachments = _attachment_count(conn)
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
        verify_copy(
            tmp, source.passphrase, source.kdf, expected_entries=expected, expected_attachments=expected_attachments
        )
        fsutil.atomic_replace(tmp, dest)
    except BaseException as exc:
        fsutil.remove_quietly(tmp)
        fsutil.remove_quietly(Path(str(tmp) + "-journal"))
        if isinstance(exc, sqlcipher3.Error | OSError) and fsutil.is_disk_full(exc, dest.parent):
            raise StorageFull("The disk is full; the backup was not written.") from None
        if isinstance(exc, StorageFull):
            raise StorageFull("The disk is full; the backup was not written.") from None
        if type(exc) in (sqlcipher3.DatabaseError, sqlcipher3.OperationalError):  # not read through
            raise BackupSourceUnreadable(
                "The journal could not be read through to the end, so no backup was written: "
                "part of the journal file may be damaged."
            ) from None
        if isinstance(exc, sqlcipher3.Error | OSError):
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "a file or database error"
            raise BackupFailed(f"The backup could not be written: {reason}.") from None
        raise
    finally:
        conn.close()
    return dest


# -- listing, rotating and restoring ------------------------------------------

_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str


@dataclass(frozen=True)
class RotationPolicy:
    """How many automatic backups to keep: the newest of each of the last
    ``daily`` days and of the last ``weekly`` weeks before those."""

    daily: int = 7
    weekly: int = 4


def backup_name(stem: str, taken_at: dt.datetime, reason: str) -> str:
    return f"{stem}-{taken_at.astimezone(dt.UTC).strftime(_STAMP_FORMAT)}-{reason}.rjournal"


def list_backups(folder: Path, stem: str) -> list[BackupInfo]:
    """Backups of the journal named ``stem`` in ``folder``, newest first."""
    pattern = re.compile(rf"^{re.escape(stem)}-(\d{{8}}T\d{{6}}Z)-([a-z0-9-]+)\.rjournal$")
    found = []
    if Path(folder).is_dir():
        for path in Path(folder).iterdir():
            match = pattern.match(path.name)
            if match and path.is_file():
                taken = dt.datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=dt.UTC)
                found.append(BackupInfo(path, taken, match.group(2)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def rotate_backups(folder: Path, stem: str, policy: RotationPolicy = RotationPolicy()) -> list[Path]:
    """Delete automatic ("daily") backups the policy no longer keeps.

    Backups taken before an upgrade or a passphrase change, and manual
    ones, are never deleted here. Returns the paths removed.
    """
    daily = [b for b in list_backups(folder, stem) if b.reason == "daily"]
    keep: set[Path] = set()
    days_seen: list[dt.date] = []
    weeks_seen: list[tuple[int, ...]] = []
    for b in daily:  # newest first
        day = b.taken_at.date()
        if day not in days_seen and len(days_seen) < policy.daily:
            days_seen.append(day)
            keep.add(b.path)
            continue
        if day in days_seen:
            continue
        week = tuple(b.taken_at.isocalendar())[:2]
        if week not in weeks_seen and len(weeks_seen) < policy.weekly:
            weeks_seen.append(week)
            keep.add(b.path)
    removed = []
    for b in daily:
        if b.path not in keep:
            fsutil.remove_quietly(b.path)
            removed.append(b.path)
    if removed:
        fsutil.fsync_dir(Path(folder))
    return removed


def inspect_backup(path: Path, passphrase: str, kdf: KdfSettings) -> int:
    """Verify a backup and return its entry count; BackupFailed if it fails."""
    verify_copy(path, passphrase, kdf, expected_entries=None)
    conn = connection.connect(Path(path), passphrase, kdf, create=False)
    try:
        count: int = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        return count
    finally:
        conn.close()


def restore_backup(
    backup: Path,
    target: Path,
    passphrase: str,
    kdf: KdfSettings,
    *,
    keep_current_in: Path | None = None,
    clock: Callable[[], dt.datetime] | None = None,
) -> Path:
    """Put a verified copy of ``backup`` at ``target``.

    The copy is made beside the target and verified before anything at the
    target changes. If a journal is already there, it is first kept as a
    backup in ``keep_current_in`` (byte for byte, so even a damaged journal
    is kept). The caller must hold no connection to ``target``.
    """
    target = resolve_journal_path(target)
    backup = resolve_journal_path(backup)
    _refuse_non_file(backup, "a backup file")
    fsutil.ensure_private_dir(target.parent)
    lock = ProcessLock(target)
    # JournalInUse if the app or a command has it open, by this name or any
    # other; JournalHasLinks or JournalNotAFile if the target is not one file
    # with one name (replacing one name of two would split the journal).
    lock.acquire()
    try:
        return _restore_locked(backup, target, passphrase, kdf, keep_current_in, clock)
    finally:
        lock.release()


def _copy_private(src: Path, dest: Path) -> None:
    """Copy a file to a new 0600 file and flush it."""
    fsutil.create_private_file(dest)
    with open(src, "rb") as fin, open(dest, "wb") as fout:
        shutil.copyfileobj(fin, fout, 1024 * 1024)
    fsutil.fsync_file(dest)


def _fold_log(path: Path, passphrase: str, kdf: KdfSettings) -> None:
    """Write a copy's log back into it and leave it one self-contained file."""
    conn = connection.connect(path, passphrase, kdf, create=False)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _restore_locked(
    backup: Path,
    target: Path,
    passphrase: str,
    kdf: KdfSettings,
    keep_current_in: Path | None,
    clock: Callable[[], dt.datetime] | None,
) -> Path:
    if backup == target:
        raise BackupFailed("A backup cannot be restored over itself.")
    tmp = target.with_name(f".{target.name}.restore-tmp")
    companions = [Path(str(tmp) + suffix) for suffix in ("-wal", "-shm", "-journal")]
    for leftover in (tmp, *companions):
        fsutil.remove_quietly(leftover)
    try:
        _copy_private(backup, tmp)
        backup_wal = Path(str(backup) + "-wal")
        if backup_wal.exists() and backup_wal.stat().st_size:
            # A kept copy whose last commits are still in its log.
            _copy_private(backup_wal, companions[0])
        verify_copy(tmp, passphrase, kdf, expected_entries=None)
        _fold_log(tmp, passphrase, kdf)
        fsutil.fsync_file(tmp)
    except BaseException as exc:
        for leftover in (tmp, *companions):
            fsutil.remove_quietly(leftover)
        if isinstance(exc, StorageFull) or (
            isinstance(exc, sqlcipher3.Error | OSError) and fsutil.is_disk_full(exc, target.parent)
        ):
            raise StorageFull("The disk is full; nothing was restored.") from None
        if isinstance(exc, FileNotFoundError):
            raise BackupFailed("The backup file could not be found.") from None
        if isinstance(exc, sqlcipher3.Error):
            raise BackupDamaged("The backup is damaged: it could not be read through.") from None
        raise
    folder = Path(keep_current_in) if keep_current_in else target.parent / "backups"
    now = (clock or utc_now)()
    kept = folder / backup_name(target.stem, now, "before-restore")
    target_wal, target_shm = Path(str(target) + "-wal"), Path(str(target) + "-shm")
    try:
        fsutil.ensure_private_dir(folder)
        if target.exists():
            # Kept byte for byte (even a damaged journal), with its log.
            _copy_private(target, kept)
            if target_wal.exists() and target_wal.stat().st_size:
                _copy_private(target_wal, Path(str(kept) + "-wal"))
            fsutil.fsync_dir(folder)
        elif target_wal.exists() and target_wal.stat().st_size:
            # A log left by a journal moved away without it: SQLite would
            # replay it into the restored file. Keep it, out of the way.
            _copy_private(target_wal, Path(str(kept).removesuffix(".rjournal") + "-orphaned.rjournal-wal"))
            fsutil.fsync_dir(folder)
    except BaseException as exc:
        for leftover in (tmp, kept, Path(str(kept) + "-wal")):
            fsutil.remove_quietly(leftover)
        if isinstance(exc, OSError) and fsutil.is_disk_full(exc, folder):
            raise StorageFull("The disk is full; nothing was restored.") from None
        raise
    for stale in (target_wal, target_shm):
        fsutil.remove_quietly(stale)
    fsutil.atomic_replace(tmp, target)
    return target
