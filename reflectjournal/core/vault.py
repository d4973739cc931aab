"""Create, open, re-key, verify and back up the encrypted journal file.

One journal is one SQLCipher 4 database. Every connection is made through
:func:`_connect`, which applies the security settings and checks that the
library really is SQLCipher. Every open goes through :meth:`Journal.open`,
which never creates a file in place of one that failed to open.
"""

from __future__ import annotations

import datetime as dt
import errno
import hmac
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from . import fsutil
from .errors import (
    BackupFailed,
    EmptyPassphrase,
    JournalClosed,
    JournalDamaged,
    JournalError,
    JournalExists,
    JournalInUse,
    JournalNotFound,
    NotAJournal,
    SchemaTooNew,
    StorageFull,
    WrongPassphrase,
)
from .schema import APPLICATION_ID, SCHEMA_VERSION, migrate

PAGE_SIZE = 4096
SQLITE_HEADER = b"SQLite format 3\x00"
JOURNAL_SUFFIX = ".rjournal"

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class KdfSettings:
    """Key-derivation cost. SQLCipher 4 uses PBKDF2-HMAC-SHA512.

    Production always uses :data:`PRODUCTION_KDF`; only tests pass a lower
    cost, through the ``kdf`` argument, never through the environment.
    """

    iterations: int = 256_000

    def __post_init__(self) -> None:
        if self.iterations < 1:
            raise ValueError("iterations must be positive")


PRODUCTION_KDF = KdfSettings()


def resolve_journal_path(path: Path | str) -> Path:
    """The journal's real path, symlinks followed. Lock, temporary and
    re-key files are named after it, and renames land on the real file: a
    journal opened through a link must not be split in two by a re-key, or
    locked twice under two names."""
    return Path(os.path.realpath(Path(path).expanduser()))


def normalise_passphrase(passphrase: str) -> str:
    """NFC-normalise so the same passphrase typed on another keyboard or
    input method unlocks the journal; refuse an empty one."""
    if passphrase is None or not passphrase.strip():
        raise EmptyPassphrase("The passphrase must not be empty.")
    if "\x00" in passphrase:
        raise EmptyPassphrase("The passphrase must not contain a NUL character.")
    return unicodedata.normalize("NFC", passphrase)


def _sql_string(value: str) -> str:
    """Quote a value for a PRAGMA, which cannot take bound parameters."""
    return "'" + value.replace("'", "''") + "'"


def _connect(path: Path, passphrase: str, kdf: KdfSettings, *, create: bool) -> sqlcipher3.Connection:
    """Open ``path`` with the key and the settings every connection needs.

    ``create=False`` opens with ``mode=rw`` so SQLite can never make a new,
    empty database where a journal was expected.
    """
    mode = "rwc" if create else "rw"
    uri = f"file:{_uri_path(path)}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        # Silence SQLCipher's own stderr logging: it would print on every
        # wrong passphrase. Never TRACE, which crashes at PRAGMA key.
        conn.execute("PRAGMA cipher_log_level = NONE")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise RuntimeError("The SQLite library in use is not SQLCipher; refusing to continue.")
        conn.execute(f"PRAGMA key = {_sql_string(passphrase)}")
        conn.execute(f"PRAGMA kdf_iter = {int(kdf.iterations)}")
    except BaseException:
        conn.close()
        raise
    return conn


def _uri_path(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(Path(path).absolute()))


def _apply_session_settings(conn: sqlcipher3.Connection, *, wal: bool = True) -> None:
    # Temp tables and sorts stay in memory: a temp file would hold plaintext.
    conn.execute("PRAGMA temp_store = MEMORY")
    if wal:
        # Switching to WAL rewrites the header, so an older journal is
        # switched only after its backup is taken (see Journal.open).
        conn.execute("PRAGMA journal_mode = WAL")
    # FULL: each commit is on disk before save() returns.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # A second connection (a backup check, say) waits briefly, not fails.
    conn.execute("PRAGMA busy_timeout = 5000")


def _precheck_file(path: Path) -> None:
    """Reject files SQLCipher would misread, before handing it the key."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        raise JournalNotFound("There is no journal at that path.") from None
    except IsADirectoryError:
        raise NotAJournal("That path is a folder, not a journal file.") from None
    if size == 0:
        # SQLCipher would open an empty file as a brand-new database.
        raise JournalDamaged("The journal file is empty (0 bytes).")
    if head == SQLITE_HEADER:
        raise NotAJournal("The file is an unencrypted SQLite database, not a journal.")
    if size % PAGE_SIZE:
        raise JournalDamaged("The journal file has been cut short or is not a journal.")
    if head == bytes(16):
        raise JournalDamaged("The start of the journal file has been overwritten with zeros.")


def _classify_open_failure(conn: sqlcipher3.Connection) -> JournalError:
    """Tell a wrong passphrase from damage.

    With the wrong key every page fails its HMAC; with damage only some do.
    """
    try:
        problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        page_count = max(1, Path(conn.execute("PRAGMA database_list").fetchone()[2]).stat().st_size // PAGE_SIZE)
    except (sqlcipher3.DatabaseError, OSError):
        return JournalDamaged("The journal could not be read.")
    failed_pages = sum(1 for (msg,) in problems if "page" in str(msg).lower())
    if failed_pages >= page_count:
        return WrongPassphrase("That passphrase does not unlock this journal.")
    return JournalDamaged("Part of the journal file is damaged.")


if sys.platform == "win32":  # pragma: no cover - not tested on this machine (packaging/windows/README.md)
    import msvcrt

    def _try_lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            raise BlockingIOError from None

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class _ProcessLock:
    """An exclusive advisory lock on ``<journal>.lock``.

    The kernel drops a flock when its process dies, so a lock left by a
    killed process is reclaimed by simply taking it again.
    """

    def __init__(self, journal_path: Path):
        self.path = journal_path.with_name(journal_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        # O_NOFOLLOW: a planted symlink must not make us truncate another file.
        flags = os.O_CREAT | os.O_RDWR | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self.path, flags, fsutil.PRIVATE_FILE)
        except OSError as exc:
            if fsutil.is_disk_full(exc):
                raise StorageFull("The disk is full; the journal's lock file could not be written.") from None
            if exc.errno == errno.ELOOP:
                raise JournalInUse("The journal's lock file is a link, which is never followed; remove it.") from None
            raise
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise JournalInUse("The journal's lock file is not a regular file; remove it and try again.")
            try:
                _try_lock(fd)
            except BlockingIOError:
                raise JournalInUse("The journal is already open in another reflectjournal window or command.") from None
        except BaseException:
            os.close(fd)
            raise
        try:  # the process id is only a courtesy for people looking
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            pass
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


@dataclass(frozen=True)
class VerifyReport:
    cipher_problems: list[str]
    sqlite_problems: list[str]
    search_index_ok: bool

    @property
    def ok(self) -> bool:
        return not self.cipher_problems and not self.sqlite_problems and self.search_index_ok


def default_backup_dir(journal_path: Path) -> Path:
    return Path(journal_path).parent / "backups"


class Journal:
    """An open, unlocked journal. Use :meth:`create` or :meth:`open`."""

    def __init__(
        self,
        path: Path,
        conn: sqlcipher3.Connection,
        lock: _ProcessLock,
        passphrase: str,
        kdf: KdfSettings,
        clock: Clock,
        backup_dir: Path,
    ):
        from .entries import EntryStore
        from .pack_store import PackStore
        from .supervision import SupervisionStore

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
        self.supervision = SupervisionStore(self)
        self.packs = PackStore(self)

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
        lock = _ProcessLock(path)
        lock.acquire()
        conn = None
        try:
            fsutil.create_private_file(path)
            conn = _connect(path, passphrase, kdf, create=True)
            conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
            _apply_session_settings(conn)
            migrate(conn)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            for leftover in (path, _wal(path), _shm(path)):
                fsutil.remove_quietly(leftover)
            lock.release()
            if isinstance(exc, sqlcipher3.Error | OSError) and fsutil.is_disk_full(exc):
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
        if not path.exists():
            raise JournalNotFound("There is no journal at that path.")
        lock = _ProcessLock(path)
        lock.acquire()
        conn = None
        try:
            _precheck_file(path)
            _remove_stale_temporaries(path)
            conn = _connect(path, passphrase, kdf, create=False)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError:
                raise _classify_open_failure(conn) from None
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotAJournal("The file is an encrypted database, but not a reflectjournal journal.")
            if version > SCHEMA_VERSION:
                raise SchemaTooNew(
                    f"This journal was written by a newer version of reflectjournal "
                    f"(format {version}; this version reads up to {SCHEMA_VERSION}). Update the app to open it."
                )
            _apply_session_settings(conn, wal=version == SCHEMA_VERSION)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            lock.release()
            if isinstance(exc, sqlcipher3.DatabaseError):
                raise JournalDamaged("The journal could not be read; it may be damaged.") from None
            raise
        journal = cls(path, conn, lock, passphrase, kdf, clock, backup_dir or default_backup_dir(path))
        _remove_stale_backup_temporaries(journal.backup_dir, path.stem)
        if version < SCHEMA_VERSION:
            try:
                journal.backup(reason=f"before-upgrade-from-v{version}")
                conn.execute("PRAGMA journal_mode = WAL")
                migrate(conn)
            except BaseException:
                journal.close()
                raise
        return journal

    def close(self) -> None:
        """Checkpoint, close the database and release the process lock."""
        if self._conn is not None:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlcipher3.Error:
                pass  # closing must still happen; SQLite replays the WAL next time
            self._conn.close()
            self._conn = None
        self._passphrase = None
        self._lock.release()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise JournalClosed("The journal is locked.")
        return self._conn

    @contextmanager
    def write(self) -> Iterator[sqlcipher3.Connection]:
        """One write transaction. A full disk becomes :class:`StorageFull`
        and the transaction is rolled back, leaving earlier data intact."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.Error as exc:
            if fsutil.is_disk_full(exc):
                raise StorageFull("The disk is full; nothing was saved.") from None
            raise
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            try:
                conn.execute("ROLLBACK")
            except sqlcipher3.Error:
                pass
            if isinstance(exc, sqlcipher3.Error | OSError) and fsutil.is_disk_full(exc):
                raise StorageFull("The disk is full; nothing was saved.") from None
            raise

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def check_passphrase(self, passphrase: str) -> bool:
        if self._passphrase is None:
            raise JournalClosed("The journal is locked.")
        given = unicodedata.normalize("NFC", passphrase or "").encode()
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
            conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('integrity-check')")
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
        from .backup import backup_name, write_verified_copy

        if dest is None:
            fsutil.ensure_private_dir(self.backup_dir)
            dest = self.backup_dir / backup_name(self.path.stem, self.clock(), reason)
        return write_verified_copy(self, Path(dest))

    def backup_if_due(self, max_age: dt.timedelta = dt.timedelta(hours=24), policy=None) -> Path | None:
        """Take a "daily" backup if the newest one is older than ``max_age``,
        then rotate the daily backups. Returns the new backup, if any."""
        from .backup import RotationPolicy, list_backups, rotate_backups

        daily = [b for b in list_backups(self.backup_dir, self.path.stem) if b.reason == "daily"]
        if daily and self.clock() - daily[0].taken_at < max_age:
            return None
        made = self.backup(reason="daily")
        rotate_backups(self.backup_dir, self.path.stem, policy or RotationPolicy())
        return made

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-key the journal so that a crash leaves exactly one passphrase
        working: the old one until the final rename, the new one after.

        The journal is copied under the new key to a temporary file, which is
        verified and then renamed over the journal. A full disk leaves the
        old journal untouched and raises :class:`StorageFull`.
        """
        from .backup import verify_copy

        if not self.check_passphrase(old):
            raise WrongPassphrase("The current passphrase is not correct.")
        new = normalise_passphrase(new)
        self.backup(reason="before-passphrase-change")
        conn = self.conn
        tmp = self.path.with_name(self.path.name + ".rekey-tmp")
        fsutil.remove_quietly(tmp)
        expected = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        try:
            fsutil.create_private_file(tmp)
            conn.execute("ATTACH DATABASE ? AS rekey KEY " + _sql_string(new), (str(tmp),))
            try:
                conn.execute(f"PRAGMA rekey.kdf_iter = {int(self.kdf.iterations)}")
                conn.execute("SELECT sqlcipher_export('rekey')")
                conn.execute(f"PRAGMA rekey.user_version = {self.schema_version}")
                conn.execute(f"PRAGMA rekey.application_id = {APPLICATION_ID}")
            finally:
                conn.execute("DETACH DATABASE rekey")
            fsutil.fsync_file(tmp)
            verify_copy(tmp, new, self.kdf, expected_entries=expected)
        except BaseException as exc:
            fsutil.remove_quietly(tmp)
            fsutil.remove_quietly(Path(str(tmp) + "-journal"))
            if isinstance(exc, sqlcipher3.Error | OSError) and fsutil.is_disk_full(exc):
                raise StorageFull("The disk is full; the passphrase was not changed.") from None
            if isinstance(exc, BackupFailed):
                raise BackupFailed("The re-keyed copy did not verify; the passphrase was not changed.") from None
            raise
        # Close so the WAL is checkpointed and removed: no stale WAL may sit
        # beside the new file. We still hold the process lock.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        self._conn = None
        fsutil.atomic_replace(tmp, self.path)
        self._conn = _connect(self.path, new, self.kdf, create=False)
        _apply_session_settings(self._conn)
        self._passphrase = new


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
