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
import struct
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

import sqlcipher3

from . import fsutil
from .errors import (
    BackupFailed,
    EmptyPassphrase,
    JournalClosed,
    JournalDamaged,
    JournalError,
    JournalExists,
    JournalHasLinks,
    JournalInUse,
    JournalNotAFile,
    JournalNotFound,
    LockFileInvalid,
    NotAJournal,
    SchemaTooNew,
    StorageFull,
    WrongPassphrase,
)
from .schema import APPLICATION_ID, SCHEMA_VERSION, migrate

if TYPE_CHECKING:
    from .backup import RotationPolicy

PAGE_SIZE = 4096
SQLITE_HEADER = b"SQLite format 3\x00"

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


def _check_journal_file(path: Path) -> os.stat_result:
    """Refuse, before anything opens it, a journal path that is not one
    regular file with one name. ``stat`` never blocks, where opening a named
    pipe would wait for a writer for ever."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise JournalNotFound("There is no journal at that path.") from None
    _refuse_unsafe_journal(path, info)
    return info


def _refuse_unsafe_journal(path: Path, info: os.stat_result, *, one_name: bool = True) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise NotAJournal("That path is a folder, not a journal file.")
    if not stat.S_ISREG(info.st_mode):
        kind = fsutil.describe_file_kind(info.st_mode)
        raise JournalNotAFile(
            f"{path} is {kind}, not a journal file; reflectjournal opens only regular files. "
            "Point it at your journal file."
        )
    if one_name and info.st_nlink > 1:
        raise JournalHasLinks(
            f"{path} has {info.st_nlink} names (hard links). Each name would keep its own log of recent "
            "changes, so saving under two names at once, or after a crash, can lose entries. Keep one name "
            "and remove the other links (`ls -i` shows them with the same number; if a file ending in "
            "“-wal” sits beside one of the names, keep that one), then try again."
        )


def _precheck_file(path: Path, fd: int | None = None) -> None:
    """Reject files SQLCipher would misread, before handing it the key.

    With ``fd`` (the journal's locked descriptor) the header is read through
    it. Otherwise (a backup or a copy, only ever read) the path is checked to
    be a regular file first and opened without blocking; it may have other
    names, as backups in hard-linked snapshots do.
    """
    if fd is None:
        try:
            info = os.stat(path)
            _refuse_unsafe_journal(path, info, one_name=False)
            fd_own = os.open(path, os.O_RDONLY | _NONBLOCK | _CLOEXEC)
        except FileNotFoundError:
            raise JournalNotFound("There is no journal at that path.") from None
        try:
            info = os.fstat(fd_own)
            _refuse_unsafe_journal(path, info, one_name=False)
            head = os.pread(fd_own, 16, 0)
        finally:
            os.close(fd_own)
    else:
        info = os.fstat(fd)
        head = os.pread(fd, 16, 0)
    size = info.st_size
    if size == 0:
        # SQLCipher would open an empty file as a brand-new database.
        raise JournalDamaged("The journal file is empty (0 bytes).")
    if head == SQLITE_HEADER:
        raise NotAJournal("The file is an unencrypted SQLite database, not a journal.")
    if size % PAGE_SIZE:
        raise JournalDamaged("The journal file has been cut short or is not a journal.")
    if head == bytes(16):
        raise JournalDamaged("The start of the journal file has been overwritten with zeros.")


def _open_failure_as_storage(exc: BaseException, path: Path) -> StorageFull | None:
    """A StorageFull for an open that failed because the disk is full (or
    failed a write), else None. A full disk shows at open when SQLite cannot
    grow the -shm file or write the -wal file: never call that damage."""
    if not (isinstance(exc, sqlcipher3.Error | OSError) and fsutil.is_disk_full(exc, path.parent)):
        return None
    free = fsutil.free_bytes(path.parent)
    if free is not None and free < fsutil.LOW_SPACE_BYTES:
        return StorageFull(
            "The disk is full, so the journal could not be opened: it needs a little room for its log of "
            "recent changes. Nothing was changed."
        )
    return StorageFull("The disk reported a write error while the journal was being opened. Nothing was changed.")


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


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)

# The identity lock is one byte of SQLite's lock-byte page (the page at 1 GiB
# that SQLite never reads or writes). SQLite's own POSIX locks use only its
# first 512 bytes (PENDING, RESERVED and the SHARED range), so ours never
# meets theirs, not even on NFS, where the server sees both as byte ranges.
_IDENTITY_LOCK_BYTE = 0x40000000 + 2048

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

    def _try_identity_lock(fd: int) -> None:
        # Windows refuses to delete or rename an open file, and SQLite's own
        # locks there are mandatory: the path lock is enough.
        return

else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    # struct flock on 64-bit Linux: short l_type, short l_whence, off_t l_start,
    # off_t l_len, pid_t l_pid (0 for open-file-description locks), padding.
    _FLOCK_LAYOUT = "@hhqqi4x"
    _HAVE_OFD = hasattr(fcntl, "F_OFD_SETLK") and struct.calcsize("@l") == 8

    def _try_identity_lock(fd: int) -> None:
        """Lock the journal file itself, through its own descriptor.

        An open-file-description (OFD) lock belongs to this descriptor, not to
        the process, so SQLite closing its own descriptors to the same file
        (POSIX locks' trap) never drops it, and it conflicts with the same
        lock taken through any name, in any process. Elsewhere: flock, which
        is independent of SQLite's fcntl locks on local disks.
        """
        if not _HAVE_OFD:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        request = struct.pack(_FLOCK_LAYOUT, fcntl.F_WRLCK, os.SEEK_SET, _IDENTITY_LOCK_BYTE, 1, 0)
        try:
            fcntl.fcntl(fd, fcntl.F_OFD_SETLK, request)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                raise BlockingIOError from None
            raise


IN_USE_MESSAGE = "The journal is already open in another reflectjournal window or command."


class _IdentityLock:
    """An exclusive lock on the journal file itself (its device and inode),
    held through a descriptor of its own. It stops a second opener that
    reaches the same file by another name: a hard link made after the first
    opened it, or a rename while it was open."""

    def __init__(self, fd: int, info: os.stat_result):
        self._fd: int | None = fd
        self.identity = (info.st_dev, info.st_ino)

    @classmethod
    def take(cls, path: Path) -> _IdentityLock:
        try:
            fd = os.open(path, os.O_RDWR | _NONBLOCK | _NOFOLLOW | _CLOEXEC)
        except FileNotFoundError:
            raise JournalNotFound("There is no journal at that path.") from None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise JournalNotAFile(f"{path} was replaced by a link while it was being opened.") from None
            raise
        try:
            info = os.fstat(fd)
            # Checked again on the descriptor: the path may have changed since.
            _refuse_unsafe_journal(path, info)
            try:
                _try_identity_lock(fd)
            except BlockingIOError:
                raise JournalInUse(IN_USE_MESSAGE) from None
        except BaseException:
            os.close(fd)
            raise
        return cls(fd, info)

    @property
    def fd(self) -> int | None:
        return self._fd

    def names_this_file(self, path: Path) -> bool:
        try:
            info = os.stat(path)
        except OSError:
            return False
        return (info.st_dev, info.st_ino) == self.identity

    def release(self) -> None:
        # Closing the only descriptor of this open file description drops the
        # lock. SQLite's connection to the file is closed by now, so its POSIX
        # locks cannot be dropped by this close.
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class _ProcessLock:
    """An exclusive advisory lock on ``<journal>.lock``, and (once the file
    exists) on the journal file itself, whatever its name.

    The kernel drops both when their process dies, so a lock left by a
    killed process is reclaimed by simply taking it again.
    """

    def __init__(self, journal_path: Path):
        self.journal_path = journal_path
        self.path = journal_path.with_name(journal_path.name + ".lock")
        self._fd: int | None = None
        self.identity: _IdentityLock | None = None

    def acquire(self) -> None:
        """Take the lock file's lock, then the journal's own if it exists."""
        self._lock_file()
        try:
            if os.path.lexists(self.journal_path):
                self.identity = _IdentityLock.take(self.journal_path)
        except BaseException:
            self.release()
            raise

    def hold_identity(self) -> None:
        """Lock a journal file created while holding the lock file."""
        self.identity = _IdentityLock.take(self.journal_path)

    def replace_identity(self, new: _IdentityLock) -> None:
        """After renaming a locked new file over the journal, let go of the old one."""
        old, self.identity = self.identity, new
        if old is not None:
            old.release()

    def _lock_file(self) -> None:
        self._refuse_odd_lock_file()
        # O_NOFOLLOW: a planted symlink must not make us truncate another
        # file; O_NONBLOCK: a planted named pipe must not hang the open.
        flags = os.O_CREAT | os.O_RDWR | _NOFOLLOW | _NONBLOCK | _CLOEXEC
        try:
            fd = os.open(self.path, flags, fsutil.PRIVATE_FILE)
        except OSError as exc:
            if fsutil.is_disk_full(exc):
                raise StorageFull("The disk is full; the journal's lock file could not be written.") from None
            if exc.errno == errno.ELOOP:
                raise self._odd_lock_file("a symbolic link") from None
            raise
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise self._odd_lock_file(fsutil.describe_file_kind(info.st_mode))
            if info.st_nlink > 1:
                raise self._odd_lock_file("a second name (hard link) of another file")
            try:
                _try_lock(fd)
            except BlockingIOError:
                raise JournalInUse(IN_USE_MESSAGE) from None
        except BaseException:
            os.close(fd)
            raise
        try:  # the process id is only a courtesy for people looking
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            pass
        self._fd = fd

    def _refuse_odd_lock_file(self) -> None:
        try:
            info = os.lstat(self.path)
        except FileNotFoundError:
            return
        if not stat.S_ISREG(info.st_mode):
            raise self._odd_lock_file(fsutil.describe_file_kind(info.st_mode))

    def _odd_lock_file(self, kind: str) -> LockFileInvalid:
        return LockFileInvalid(
            f"The journal's lock file {self.path} is {kind}, not a file reflectjournal made. "
            "It was not opened or changed. Remove it, then open the journal again."
        )

    def release(self) -> None:
        if self.identity is not None:
            self.identity.release()
            self.identity = None
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
            lock.hold_identity()
            conn = _connect(path, passphrase, kdf, create=True)
            conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
            _apply_session_settings(conn)
            migrate(conn)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if not isinstance(exc, JournalInUse | JournalHasLinks | JournalNotAFile):
                # (never remove a file someone else has linked or opened)
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
        _check_journal_file(path)
        lock = _ProcessLock(path)
        lock.acquire()
        assert lock.identity is not None  # set by acquire()
        conn = None
        try:
            _precheck_file(path, fd=lock.identity.fd)
            _remove_stale_temporaries(path)
            conn = _connect(path, passphrase, kdf, create=False)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError as exc:
                raise _open_failure_as_storage(exc, path) or _classify_open_failure(conn) from None
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
            _apply_session_settings(conn, wal=version == SCHEMA_VERSION)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            lock.release()
            storage = _open_failure_as_storage(exc, path)
            if storage is not None:
                raise storage from None
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
        version: int = self.conn.execute("PRAGMA user_version").fetchone()[0]
        return version

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

    def backup_due(self, max_age: dt.timedelta = dt.timedelta(hours=24)) -> bool:
        """True when there is no "daily" backup, or the newest is ``max_age``
        old or older. Reads the backup folder (OSError if it cannot)."""
        from .backup import list_backups

        daily = [b for b in list_backups(self.backup_dir, self.path.stem) if b.reason == "daily"]
        return not daily or self.clock() - daily[0].taken_at >= max_age

    def backup_if_due(
        self, max_age: dt.timedelta = dt.timedelta(hours=24), policy: RotationPolicy | None = None
    ) -> Path | None:
        """Take a "daily" backup if the newest one is older than ``max_age``,
        then rotate the daily backups. Returns the new backup, if any."""
        from .backup import RotationPolicy, rotate_backups

        if not self.backup_due(max_age):
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
        # The new file is locked before it takes the journal's name, so no
        # other process can open it by any name in between.
        try:
            identity = _IdentityLock.take(tmp)
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
                    self._reopen(cast(str, self._passphrase), "The passphrase was not changed")
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
            conn = _connect(self.path, passphrase, self.kdf, create=False)
            _apply_session_settings(conn)
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
