"""Create, open, re-key, verify and back up the encrypted journal file.

One journal is one SQLCipher 4 database. Every connection is made through
:func:`connection.connect`, which applies the security settings and checks
that the library really is SQLCipher. Every open goes through
:meth:`Journal.open`, which never creates a file in place of one that failed
to open.

The top of core's stack: :mod:`timestamps` and :mod:`connection` at the
bottom, then :mod:`journal_lock`, the stores and :mod:`backup`, then this
module, which holds them together. Nothing below imports it (except for
type hints).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from . import fsutil
from .connection import (
    PAGE_SIZE,
    PRODUCTION_KDF,
    SQLITE_HEADER,
    CopySource,
    KdfSettings,
    apply_session_settings,
    check_journal_file,
    classify_open_failure,
    connect,
    normalise_passphrase,
    open_failure_as_storage,
    precheck_file,
    resolve_journal_path,
    sql_string,
)
from .errors import (
    BackupFailed,
    JournalClosed,
    JournalDamaged,
    JournalError,
    JournalExists,
    JournalHasLinks,
    JournalInUse,
    JournalNotAFile,
    JournalNotFound,
    NotAJournal,
    SchemaTooNew,
    StorageFull,
    WriteFailed,
    WrongPassphrase,
)
from .journal_lock import IdentityLock, ProcessLock
from .records import FrozenRecord
from .schema import APPLICATION_ID, SCHEMA_VERSION, migrate
from .timestamps import Clock, utc_now

TYPE_CHECKING = False  # not typing's: importing typing costs ~3 ms at every start (issue 19); mypy reads the name
if TYPE_CHECKING:
    from . import backup as backups
    from .attachments import AttachmentStore
    from .pack_store import PackStore
    from .supervision import SupervisionStore

# Names other modules have always found here (the vault is the way in).
__all__ = [
    "PAGE_SIZE",
    "PRODUCTION_KDF",
    "SQLITE_HEADER",
    "Clock",
    "Journal",
    "KdfSettings",
    "VerifyReport",
    "default_backup_dir",
    "normalise_passphrase",
    "resolve_journal_path",
    "utc_now",
]


class VerifyReport(FrozenRecord):
    """What :meth:`Journal.verify` found: SQLCipher's and SQLite's problems,
    and whether the search index matches the entries."""

    __slots__ = ("cipher_problems", "sqlite_problems", "search_index_ok")
    cipher_problems: list[str]
    sqlite_problems: list[str]
    search_index_ok: bool

    def __init__(self, cipher_problems: list[str], sqlite_problems: list[str], search_index_ok: bool) -> None:
        self._set(cipher_problems=cipher_problems, sqlite_problems=sqlite_problems, search_index_ok=search_index_ok)

    @property
    def ok(self) -> bool:
        return not self.cipher_problems and not self.sqlite_problems and self.search_index_ok


# The schema at which the search index stopped keeping its own copy of the
# text: upgrading past it frees about 40% of the file.
SEARCH_INDEX_WITHOUT_COPY = 8


def _give_back_space(conn: sqlcipher3.Connection) -> None:
    """VACUUM after an upgrade that freed much of the file. Best effort: the
    journal is whole either way (a VACUUM that fails, say on a full disk,
    changes nothing), and free pages are reused by later writes."""
    try:
        conn.execute("VACUUM")
    except sqlcipher3.Error:
        pass


def default_backup_dir(journal_path: Path) -> Path:
    return Path(journal_path).parent / "backups"


class Journal:
    """An open, unlocked journal. Use :meth:`create` or :meth:`open`."""

    def __init__(
        self,
        path: Path,
        conn: sqlcipher3.Connection,
        lock: ProcessLock,
        passphrase: str,
        kdf: KdfSettings,
        clock: Clock,
        backup_dir: Path,
    ):
        # The entry store is imported when a journal is opened, not when this
        # module is; the pack and supervision stores on first use, so that a
        # command such as `search` never loads them.
        from .entries import EntryStore

        self.path = path
        self._conn: sqlcipher3.Connection | None = conn
        self._lock = lock
        # Kept to verify backups and re-keys. A Python str cannot be wiped;
        # docs/security.md says what this means after lock.
        self._passphrase: str | None = passphrase
        self.kdf = kdf
        self.clock = clock
        self.backup_dir = backup_dir
        self.entries = EntryStore(self)
        self._supervision: SupervisionStore | None = None
        self._packs: PackStore | None = None
        self._attachments: AttachmentStore | None = None

    @property
    def supervision(self) -> SupervisionStore:
        if self._supervision is None:
            from .supervision import SupervisionStore

            self._supervision = SupervisionStore(self)
        return self._supervision

    @property
    def packs(self) -> PackStore:
        if self._packs is None:
            from .pack_store import PackStore

            self._packs = PackStore(self)
        return self._packs

    @property
    def attachments(self) -> AttachmentStore:
        if self._attachments is None:
            from .attachments import AttachmentStore

            self._attachments = AttachmentStore(self)
        return self._attachments

    # -- opening and closing ---------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        kdf: KdfSettings = PRODUCTION_KDF,
        clock: Clock = utc_now,
        backup_dir: Path | None = None,
    ) -> Journal:
        """Create a new, empty journal. Refuses to overwrite any file."""
        path = resolve_journal_path(path)
        passphrase = normalise_passphrase(passphrase)
        if path.exists():
            raise JournalExists("A file already exists at that path; choose another name.")
        if _wal(path).exists() or _shm(path).exists():
            # SQLite would replay a stale log from an earlier file into the new one.
            raise JournalExists("Files of an earlier journal with that name are still there; choose another name.")
        fsutil.ensure_private_dir(path.parent)
        lock = ProcessLock(path)
        lock.acquire()
        if lock.identity is not None:
            # Another process made a file there after our check: it is theirs.
            lock.release()
            raise JournalExists("A file already exists at that path; choose another name.")
        conn = None
        created = False
        try:
            fsutil.create_private_file(path)
            created = True
            lock.hold_identity()
            conn = connect(path, passphrase, kdf, create=True)
            conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
            apply_session_settings(conn)
            migrate(conn)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if created and not isinstance(exc, JournalInUse | JournalHasLinks | JournalNotAFile):
                # Only what this call made (never a file someone else made, linked or opened).
                for leftover in (path, _wal(path), _shm(path)):
                    fsutil.remove_quietly(leftover)
            lock.release()
            if isinstance(exc, sqlcipher3.Error | OSError) and fsutil.is_disk_full(exc, path.parent):
                raise StorageFull("The disk is full; the journal was not created.") from None
            raise
        return cls(path, conn, lock, passphrase, kdf, clock, backup_dir or default_backup_dir(path))

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        kdf: KdfSettings = PRODUCTION_KDF,
        clock: Clock = utc_now,
        backup_dir: Path | None = None,
    ) -> Journal:
        """Unlock an existing journal, upgrading its schema if it is older.

        Raises :class:`WrongPassphrase`, :class:`JournalDamaged` (or its
        subclass :class:`NotAJournal`), :class:`SchemaTooNew`,
        :class:`JournalInUse` or :class:`JournalNotFound`. On any error the
        file is left exactly as it was.
        """
        path = resolve_journal_path(path)
        passphrase = normalise_passphrase(passphrase)
        # One regular file with one name, checked before anything opens it.
        check_journal_file(path)
        lock = ProcessLock(path)
        lock.acquire()
        if lock.identity is None:  # the file went between the check and the lock
            lock.release()
            raise JournalNotFound("There is no journal at that path.")
        conn = None
        try:
            precheck_file(path, fd=lock.identity.fd)
            _remove_stale_temporaries(path)
            conn = connect(path, passphrase, kdf, create=False)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError as exc:
                raise open_failure_as_storage(exc, path) or classify_open_failure(conn) from None
            if not lock.identity.names_this_file(path):
                # Renamed or replaced between our lock and SQLite's open.
                raise JournalInUse("The journal file was moved or replaced while it was being opened; try again.")
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotAJournal("The file is an encrypted database, but not a reflectjournal journal.")
            if version > SCHEMA_VERSION:
                raise SchemaTooNew(
                    f"This journal was written by a newer version of reflectjournal "
                    f"(format {version}; this version reads up to {SCHEMA_VERSION}). Update the app to open it."
                )
            apply_session_settings(conn, wal=version == SCHEMA_VERSION)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            lock.release()
            storage = open_failure_as_storage(exc, path)
            if storage is not None:
                raise storage from None
            if isinstance(exc, sqlcipher3.DatabaseError):
                raise JournalDamaged("The journal could not be read; it may be damaged.") from None
            raise
        journal = cls(path, conn, lock, passphrase, kdf, clock, backup_dir or default_backup_dir(path))
        try:
            try:
                _remove_stale_backup_temporaries(journal.backup_dir, path.stem)
            except OSError:
                pass  # clutter only (encrypted); a backups folder we cannot list must not stop the open
            if version < SCHEMA_VERSION:
                journal.backup(reason=f"before-upgrade-from-v{version}")
                conn.execute("PRAGMA journal_mode = WAL")
                migrate(conn)
                if version < SEARCH_INDEX_WITHOUT_COPY:
                    _give_back_space(conn)
        except BaseException:
            journal.close()  # never leave the connection and the locks held behind a failed open
            raise
        return journal

    def close(self) -> None:
        """Checkpoint, close the database and release the process lock."""
        conn, self._conn = self._conn, None
        try:
            if conn is not None:
                try:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlcipher3.Error:
                    pass  # closing must still happen; SQLite replays the WAL next time
                conn.close()
        finally:
            # Let go whatever closing the connection did.
            self._passphrase = None
            self._lock.release()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise JournalClosed("The journal is locked.")
        return self._conn

    def change_count(self) -> int:
        """Rows changed through this connection since it opened: any write
        since an earlier reading makes what was read then stale."""
        return int(self.conn.total_changes)

    @contextmanager
    def write(self) -> Iterator[sqlcipher3.Connection]:
        """One write transaction. A full disk becomes :class:`StorageFull`
        and the transaction is rolled back, leaving earlier data intact."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.Error as exc:
            raise _write_error(exc) from None
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            try:
                conn.execute("ROLLBACK")
            except sqlcipher3.Error:
                pass
            if isinstance(exc, sqlcipher3.Error | OSError):
                # Every driver error leaves as a typed error, so no caller
                # (an autosave timer, the lock sequence) meets a raw one.
                raise _write_error(exc) from None
            raise

    @property
    def schema_version(self) -> int:
        version: int = self.conn.execute("PRAGMA user_version").fetchone()[0]
        return version

    def check_passphrase(self, passphrase: str) -> bool:
        if self._passphrase is None:
            raise JournalClosed("The journal is locked.")
        given = unicodedata.normalize("NFC", passphrase or "").encode()
        import hmac

        return hmac.compare_digest(given, self._passphrase.encode())

    # -- integrity ---------------------------------------------------------

    def verify(self) -> VerifyReport:
        """SQLCipher's page HMAC check, SQLite's integrity check and the
        search index's own check. Reads the whole file: seconds at 100k."""
        conn = self.conn
        cipher = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        try:
            sqlite = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        except sqlcipher3.DatabaseError as exc:
            sqlite = [f"SQLite could not check the file: {exc}"]
        if sqlite == ["ok"]:
            sqlite = []
        try:
            # rank 1: also check the index against the entries it is read
            # from (the index has kept no copy of the text since schema 8).
            conn.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)")
            fts_ok = True
        except sqlcipher3.DatabaseError:
            fts_ok = False
        return VerifyReport(cipher, sqlite, fts_ok)

    # -- backups and re-keying -----------------------------------------------

    def backup(self, dest: Path | None = None, *, reason: str = "manual") -> Path:
        """Write a verified, encrypted copy and return its path.

        The copy goes to a temporary file, is flushed, opened with the
        passphrase and checked (both integrity checks, same entry count),
        and only then renamed into place.
        """
        from . import backup as backups

        if dest is None:
            fsutil.ensure_private_dir(self.backup_dir)
            dest = self.backup_dir / backups.backup_name(self.path.stem, self.clock(), reason)
        return backups.write_verified_copy(self.copy_source(), Path(dest))

    def copy_source(self) -> CopySource:
        """What a copy of this journal is read through: its file, key and
        cost. For :mod:`backup`, which must not reach into the journal."""
        if self._passphrase is None:
            raise BackupFailed("The journal is locked.")
        return CopySource(self.path, self._passphrase, self.kdf)

    def backup_due(self, max_age: dt.timedelta = dt.timedelta(hours=24)) -> bool:
        """True when there is no "daily" backup, or the newest is ``max_age``
        old or older. Reads the backup folder (OSError if it cannot)."""
        from . import backup as backups

        daily = [b for b in backups.list_backups(self.backup_dir, self.path.stem) if b.reason == "daily"]
        return not daily or self.clock() - daily[0].taken_at >= max_age

    def backup_if_due(
        self, max_age: dt.timedelta = dt.timedelta(hours=24), policy: backups.RotationPolicy | None = None
    ) -> Path | None:
        """Take a "daily" backup if the newest one is older than ``max_age``,
        then rotate the daily backups. Returns the new backup, if any."""
        from . import backup as backups

        if not self.backup_due(max_age):
            return None
        made = self.backup(reason="daily")
        backups.rotate_backups(self.backup_dir, self.path.stem, policy or backups.RotationPolicy())
        return made

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-key the journal so that a crash leaves exactly one passphrase
        working: the old one until the final rename, the new one after.

        The journal is copied under the new key to a temporary file, which is
        verified and then renamed over the journal. A full disk leaves the
        old journal untouched and raises :class:`StorageFull`.
        """
        from . import backup as backups

        if not self.check_passphrase(old):
            raise WrongPassphrase("The current passphrase is not correct.")
        current = self._passphrase
        assert current is not None  # check_passphrase is False while locked
        new = normalise_passphrase(new)
        self.backup(reason="before-passphrase-change")
        conn = self.conn
        tmp = self.path.with_name(self.path.name + ".rekey-tmp")
        fsutil.remove_quietly(tmp)
        expected = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        try:
            fsutil.create_private_file(tmp)
            conn.execute("ATTACH DATABASE ? AS rekey KEY " + sql_string(new), (str(tmp),))
            try:
                conn.execute(f"PRAGMA rekey.kdf_iter = {int(self.kdf.iterations)}")
                conn.execute("SELECT sqlcipher_export('rekey')")
                conn.execute(f"PRAGMA rekey.user_version = {self.schema_version}")
                conn.execute(f"PRAGMA rekey.application_id = {APPLICATION_ID}")
            finally:
                conn.execute("DETACH DATABASE rekey")
            fsutil.fsync_file(tmp)
            backups.verify_copy(tmp, new, self.kdf, expected_entries=expected)
        except BaseException as exc:
            fsutil.remove_quietly(tmp)
            fsutil.remove_quietly(Path(str(tmp) + "-journal"))
            if isinstance(exc, sqlcipher3.Error | OSError) and fsutil.is_disk_full(exc):
                raise StorageFull("The disk is full; the passphrase was not changed.") from None
            if isinstance(exc, BackupFailed):
                raise BackupFailed("The re-keyed copy did not verify; the passphrase was not changed.") from None
            raise
        # The new file is locked before it takes the journal's name, so no
        # other process can open it by any name in between.
        try:
            identity = IdentityLock.take(tmp)
        except BaseException:
            fsutil.remove_quietly(tmp)
            raise
        # Close so the WAL is checkpointed and removed: no stale WAL may sit
        # beside the new file. We still hold the process lock.
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            self._conn = None
            fsutil.atomic_replace(tmp, self.path)
        except BaseException as exc:
            if not identity.names_this_file(self.path):  # the rename did not happen
                identity.release()
                fsutil.remove_quietly(tmp)
                full = isinstance(exc, sqlcipher3.Error | OSError) and fsutil.is_disk_full(exc, self.path.parent)
                if self._conn is None:  # closed for the rename: open the old file again
                    self._reopen(current, "The passphrase was not changed")
                if full:
                    raise StorageFull("The disk is full; the passphrase was not changed.") from None
                raise
            # Renamed, but the folder could not be flushed: the change is made.
        self._lock.replace_identity(identity)
        self._passphrase = new
        self._reopen(new, "The passphrase was changed")

    def _reopen(self, passphrase: str, done: str) -> None:
        """Open the journal file again after a re-key closed it. A full disk
        leaves the journal closed (still locked) with a StorageFull that
        says whether the passphrase changed."""
        conn = None
        try:
            conn = connect(self.path, passphrase, self.kdf, create=False)
            apply_session_settings(conn)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, sqlcipher3.Error | OSError) and fsutil.is_disk_full(exc, self.path.parent):
                raise StorageFull(
                    f"{done}, but the disk is full, so the journal could not be opened again. "
                    "Free some space, then open it again."
                ) from None
            raise
        self._conn = conn


def _wal(path: Path) -> Path:
    return Path(str(path) + "-wal")


def _shm(path: Path) -> Path:
    return Path(str(path) + "-shm")


def _remove_stale_backup_temporaries(folder: Path, stem: str) -> None:
    """Half-written backups left by a crash (encrypted, but clutter). We hold
    the journal's lock, so no other process is writing one now."""
    if folder.is_dir():
        own = re.compile(rf"^\.{re.escape(stem)}-\d{{8}}T\d{{6}}Z-[a-z0-9-]+\.rjournal\.tmp(-journal)?$")
        for leftover in folder.iterdir():
            if own.match(leftover.name):
                fsutil.remove_quietly(leftover)


def _remove_stale_temporaries(path: Path) -> None:
    """Remove copies left by a re-key or backup that a crash interrupted.

    They are encrypted, but the live journal is the only truth: a re-key
    that did not reach its rename never happened.
    """
    for leftover in (path.with_name(path.name + ".rekey-tmp"), path.with_name(path.name + ".rekey-tmp-journal")):
        fsutil.remove_quietly(leftover)


def _write_error(exc: BaseException) -> JournalError:
    """The typed error for a write SQLite (or the disk) refused."""
    if fsutil.is_disk_full(exc):
        return StorageFull("The disk is full; nothing was saved.")
    return WriteFailed(
        "The journal could not be written (the file may have become read-only, or another program may hold it); "
        "nothing was saved."
    )
