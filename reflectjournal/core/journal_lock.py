"""The journal's process lock: ``<journal>.lock`` and the journal file itself.

Above :mod:`connection` (whose file checks it uses), below the vault and
the backup module, which both take it. POSIX locks (``fcntl``) or Windows
ones (``msvcrt``) are chosen by which module imports, when a lock is first
taken, never at import.
"""

from __future__ import annotations

import errno
import os
import stat
import struct
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from . import fsutil
from .connection import O_CLOEXEC, O_NOFOLLOW, O_NONBLOCK, refuse_unsafe_journal
from .errors import JournalInUse, JournalNotAFile, JournalNotFound, LockFileInvalid, StorageFull

TYPE_CHECKING = False  # not typing's: importing typing costs ~3 ms at every start (issue 19); mypy reads the name
if TYPE_CHECKING:
    from typing import Any

# The identity lock is one byte of SQLite's lock-byte page (the page at 1 GiB
# that SQLite never reads or writes). SQLite's own POSIX locks use only its
# first 512 bytes (PENDING, RESERVED and the SHARED range), so ours never
# meets theirs, not even on NFS, where the server sees both as byte ranges.
IDENTITY_LOCK_BYTE = 0x40000000 + 2048

# Which lock calls a platform has is found by asking for them, at first use:
# importing this module never fails, whatever the platform.


def _fcntl() -> ModuleType | None:
    """The POSIX ``fcntl`` module, or None where there is none (Windows)."""
    try:
        import fcntl
    except ImportError:
        return None
    return fcntl


def _msvcrt() -> Any:  # the module, or None (typed loosely: it exists only on Windows)
    try:
        import msvcrt
    except ImportError:
        return None
    return msvcrt


# struct flock on 64-bit Linux: short l_type, short l_whence, off_t l_start,
# off_t l_len, pid_t l_pid (0 for open-file-description locks), padding.
_FLOCK_LAYOUT = "@hhqqi4x"


def try_lock(fd: int) -> None:
    """Take an exclusive lock on the lock file; BlockingIOError if held."""
    fcntl = _fcntl()
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    # Windows: not tested on this machine (packaging/windows/README.md).
    msvcrt = _msvcrt()
    if msvcrt is None:  # pragma: no cover - neither POSIX nor Windows
        raise OSError("This system offers no way to lock a file, so the journal cannot be opened safely.")
    os.lseek(fd, 0, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        raise BlockingIOError from None


def unlock(fd: int) -> None:
    fcntl = _fcntl()
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return
    msvcrt = _msvcrt()
    if msvcrt is not None:  # pragma: no cover - Windows
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def try_identity_lock(fd: int) -> None:
    """Lock the journal file itself, through its own descriptor.

    An open-file-description (OFD) lock belongs to this descriptor, not to
    the process, so SQLite closing its own descriptors to the same file
    (POSIX locks' trap) never drops it, and it conflicts with the same
    lock taken through any name, in any process. Elsewhere: flock, which
    is independent of SQLite's fcntl locks on local disks. Without fcntl
    (Windows) nothing is needed: Windows refuses to delete or rename an
    open file, and SQLite's own locks there are mandatory, so the path lock
    is enough.
    """
    fcntl = _fcntl()
    if fcntl is None:
        return
    if not (hasattr(fcntl, "F_OFD_SETLK") and struct.calcsize("@l") == 8):
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    request = struct.pack(_FLOCK_LAYOUT, fcntl.F_WRLCK, os.SEEK_SET, IDENTITY_LOCK_BYTE, 1, 0)
    try:
        fcntl.fcntl(fd, fcntl.F_OFD_SETLK, request)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            raise BlockingIOError from None
        raise


IN_USE_MESSAGE = "The journal is already open in another reflectjournal window or command."


def _lock_or_in_use(lock: Callable[[int], None], fd: int) -> None:
    """Take a lock, or say the journal is in use if another holds it."""
    try:
        lock(fd)
    except BlockingIOError:
        raise JournalInUse(IN_USE_MESSAGE) from None


class IdentityLock:
    """An exclusive lock on the journal file itself (its device and inode),
    held through a descriptor of its own. It stops a second opener that
    reaches the same file by another name: a hard link made after the first
    opened it, or a rename while it was open."""

    def __init__(self, fd: int, info: os.stat_result):
        self._fd: int | None = fd
        self.identity = (info.st_dev, info.st_ino)

    @classmethod
    def take(cls, path: Path) -> IdentityLock:
        try:
            fd = os.open(path, os.O_RDWR | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        except FileNotFoundError:
            raise JournalNotFound("There is no journal at that path.") from None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise JournalNotAFile(f"{path} was replaced by a link while it was being opened.") from None
            raise
        try:
            info = os.fstat(fd)
            # Checked again on the descriptor: the path may have changed since.
            refuse_unsafe_journal(path, info)
            _lock_or_in_use(try_identity_lock, fd)
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


class ProcessLock:
    """An exclusive advisory lock on ``<journal>.lock``, and (once the file
    exists) on the journal file itself, whatever its name.

    The kernel drops both when their process dies, so a lock left by a
    killed process is reclaimed by simply taking it again.
    """

    def __init__(self, journal_path: Path):
        self.journal_path = journal_path
        self.path = journal_path.with_name(journal_path.name + ".lock")
        self._fd: int | None = None
        self.identity: IdentityLock | None = None

    def acquire(self) -> None:
        """Take the lock file's lock, then the journal's own if it exists."""
        self._lock_file()
        try:
            if os.path.lexists(self.journal_path):
                self.identity = IdentityLock.take(self.journal_path)
        except BaseException:
            self.release()
            raise

    def hold_identity(self) -> None:
        """Lock a journal file created while holding the lock file."""
        self.identity = IdentityLock.take(self.journal_path)

    def replace_identity(self, new: IdentityLock) -> None:
        """After renaming a locked new file over the journal, let go of the old one."""
        old, self.identity = self.identity, new
        if old is not None:
            old.release()

    def _lock_file(self) -> None:
        self._refuse_odd_lock_file()
        # OO_NOFOLLOW: a planted symlink must not make us truncate another
        # file; OO_NONBLOCK: a planted named pipe must not hang the open.
        flags = os.O_CREAT | os.O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC
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
            _lock_or_in_use(try_lock, fd)
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
        """Let go of both locks; one failing never keeps the other held."""
        try:
            if self.identity is not None:
                identity, self.identity = self.identity, None
                identity.release()
        finally:
            if self._fd is not None:
                fd, self._fd = self._fd, None
                try:
                    unlock(fd)
                finally:
                    os.close(fd)
