"""Opening a journal file: its key, its connection settings and the checks
made before SQLCipher is handed the key.

The bottom of core, with :mod:`timestamps`. Every connection to a journal,
a backup or a copy is made through :func:`connect`, which applies the key
and checks that the library really is SQLCipher. The stores, the backup
module and the vault build on this; nothing here imports them.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

import sqlcipher3

from . import fsutil
from .errors import (
    EmptyPassphrase,
    JournalDamaged,
    JournalError,
    JournalHasLinks,
    JournalNotAFile,
    JournalNotFound,
    NotAJournal,
    StorageFull,
    WrongPassphrase,
)
from .records import FrozenRecord

# Flags POSIX has and Windows lacks are 0 where missing: looked up, never assumed.
O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
O_BINARY = getattr(os, "O_BINARY", 0)

PAGE_SIZE = 4096
SQLITE_HEADER = b"SQLite format 3\x00"


class KdfSettings(FrozenRecord):
    """Key-derivation cost. SQLCipher 4 uses PBKDF2-HMAC-SHA512.

    Production always uses :data:`PRODUCTION_KDF`; only tests pass a lower
    cost, through the ``kdf`` argument, never through the environment.
    """

    __slots__ = ("iterations",)
    iterations: int

    def __init__(self, iterations: int = 256_000) -> None:
        if iterations < 1:
            raise ValueError("iterations must be positive")
        self._set(iterations=iterations)


PRODUCTION_KDF = KdfSettings()


def resolve_journal_path(path: Path | str) -> Path:
    """The journal's real path, symlinks followed. Lock, temporary and
    re-key files are named after it, and renames land on the real file: a
    journal opened through a link must not be split in two by a re-key, or
    locked twice under two names."""
    return Path(os.path.realpath(Path(path).expanduser()))


def sql_string(value: str) -> str:
    """Quote a value for a PRAGMA, which cannot take bound parameters."""
    return "'" + value.replace("'", "''") + "'"


def connect(path: Path, passphrase: str, kdf: KdfSettings, *, create: bool) -> sqlcipher3.Connection:
    """Open ``path`` with the key and the settings every connection needs.

    ``create=False`` opens with ``mode=rw`` so SQLite can never make a new,
    empty database where a journal was expected.
    """
    mode = "rwc" if create else "rw"
    uri = f"file:{uri_path(path)}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        # Silence SQLCipher's own stderr logging: it would print on every
        # wrong passphrase. Never TRACE, which crashes at PRAGMA key.
        conn.execute("PRAGMA cipher_log_level = NONE")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise RuntimeError("The SQLite library in use is not SQLCipher; refusing to continue.")
        conn.execute(f"PRAGMA key = {sql_string(passphrase)}")
        conn.execute(f"PRAGMA kdf_iter = {int(kdf.iterations)}")
    except BaseException:
        conn.close()
        raise
    return conn


def uri_path(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(Path(path).absolute()))


def apply_session_settings(conn: sqlcipher3.Connection, *, wal: bool = True) -> None:
    # Temp tables and sorts stay in memory: a temp file would hold plaintext.
    conn.execute("PRAGMA temp_store = MEMORY")
    # A 4 MB page cache, where this SQLCipher's default is 8 MB: fewer
    # decrypted pages held in memory, and the app 4 MB smaller at the end of
    # ui_bench's session at 100,000 entries, with searches painted as fast
    # (2 MB, SQLite's own default, saved 2 MB more but made them 20-50%
    # slower once scrolling had filled the cache; issue 19, item 6).
    conn.execute("PRAGMA cache_size = -4000")
    if wal:
        # Switching to WAL rewrites the header, so an older journal is
        # switched only after its backup is taken (see Journal.open).
        conn.execute("PRAGMA journal_mode = WAL")
    # FULL: each commit is on disk before save() returns.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # A second connection (a backup check, say) waits briefly, not fails.
    conn.execute("PRAGMA busy_timeout = 5000")


def check_journal_file(path: Path) -> os.stat_result:
    """Refuse, before anything opens it, a journal path that is not one
    regular file with one name. ``stat`` never blocks, where opening a named
    pipe would wait for a writer for ever."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise JournalNotFound("There is no journal at that path.") from None
    refuse_unsafe_journal(path, info)
    return info


def refuse_unsafe_journal(path: Path, info: os.stat_result, *, one_name: bool = True) -> None:
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


def precheck_file(path: Path, fd: int | None = None) -> None:
    """Reject files SQLCipher would misread, before handing it the key.

    With ``fd`` (the journal's locked descriptor) the header is read through
    it. Otherwise (a backup or a copy, only ever read) the path is checked to
    be a regular file first and opened without blocking; it may have other
    names, as backups in hard-linked snapshots do.
    """
    if fd is None:
        try:
            info = os.stat(path)
            refuse_unsafe_journal(path, info, one_name=False)
            fd_own = os.open(path, os.O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_BINARY)
        except FileNotFoundError:
            raise JournalNotFound("There is no journal at that path.") from None
        try:
            info = os.fstat(fd_own)
            refuse_unsafe_journal(path, info, one_name=False)
            head = read_at(fd_own, 16, 0)
        finally:
            os.close(fd_own)
    else:
        info = os.fstat(fd)
        head = read_at(fd, 16, 0)
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


def open_failure_as_storage(exc: BaseException, path: Path) -> StorageFull | None:
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


def classify_open_failure(conn: sqlcipher3.Connection) -> JournalError:
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


def read_at(fd: int, size: int, offset: int) -> bytes:
    """``os.pread`` where there is one (POSIX); elsewhere a seek and a read."""
    pread = getattr(os, "pread", None)
    if pread is not None:
        return bytes(pread(fd, size, offset))
    os.lseek(fd, offset, os.SEEK_SET)
    return os.read(fd, size)


def normalise_passphrase(passphrase: str) -> str:
    """NFC-normalise so the same passphrase typed on another keyboard or
    input method unlocks the journal; refuse an empty one."""
    if passphrase is None or not passphrase.strip():
        raise EmptyPassphrase("The passphrase must not be empty.")
    if "\x00" in passphrase:
        raise EmptyPassphrase("The passphrase must not contain a NUL character.")
    return unicodedata.normalize("NFC", passphrase)


class CopySource(FrozenRecord):
    """What a backup needs to read an open journal through a connection of
    its own: the file, its passphrase and its key-derivation cost. The vault
    hands one to :mod:`backup`; the passphrase never shows in a repr."""

    __slots__ = ("path", "passphrase", "kdf")
    _hidden_in_repr = frozenset({"passphrase"})
    path: Path
    passphrase: str
    kdf: KdfSettings

    def __init__(self, path: Path, passphrase: str, kdf: KdfSettings) -> None:
        self._set(path=path, passphrase=passphrase, kdf=kdf)

    def connect(self) -> sqlcipher3.Connection:
        return connect(self.path, self.passphrase, self.kdf, create=False)
