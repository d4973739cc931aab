"""Small file-system helpers that keep journal files private and durable."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import StorageFull

TYPE_CHECKING = False  # not typing's: importing typing costs ~3 ms at every start (issue 19); mypy reads the name
if TYPE_CHECKING:
    from typing import IO

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700

# errno values that mean "the disk is full or will not take the write".
FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS}


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) as 0700 if missing.

    An existing folder the user chose is left as it is: changing the mode of,
    say, ~/Documents would surprise them. The files we write are 0600 anyway.
    """
    path = Path(path)
    if not path.exists():
        path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
        os.chmod(path, PRIVATE_DIR)  # mkdir's mode is filtered by the umask
    return path


def create_private_file(path: Path) -> None:
    """Create an empty 0600 file; fail if it exists.

    SQLite creates -wal and -shm files with the mode of the database, so
    creating the database 0600 first keeps its companions private too.
    """
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    os.close(fd)
    os.chmod(path, PRIVATE_FILE)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Flush a folder so that a rename in it survives a power cut."""
    if os.name == "nt":  # Windows cannot open a folder; its rename is journaled by NTFS
        return
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_replace(src: Path, dest: Path) -> None:
    """Rename ``src`` over ``dest`` and flush the folder."""
    fsync_file(src)
    os.replace(src, dest)
    fsync_dir(Path(dest).parent)


def remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


# SQLite's primary result codes for "the write did not fit" and "the disk
# failed a read or write". The sqlcipher3 wrapper reports primary codes only
# (its connections do not turn on extended codes), so SQLITE_IOERR_SHMSIZE,
# which is what a full disk gives while opening, arrives as plain IOERR.
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
# Below this much free space a file that cannot be created is taken to be a
# full disk: a journal needs its 32 KiB shared-memory file and room for its log.
LOW_SPACE_BYTES = 1024 * 1024


def free_bytes(folder: Path) -> int | None:
    """Bytes free to this user in ``folder``'s file system, or None if unknown."""
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        return None
    return info.f_bavail * info.f_frsize


def sqlite_code(exc: BaseException) -> int | None:
    """The SQLite result code an sqlcipher3 error carries, if any."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def is_disk_full(exc: BaseException, folder: Path | None = None) -> bool:
    """True for an OSError or SQLite error that means the write did not fit.

    SQLite errors are told by their result code (SQLITE_FULL, SQLITE_IOERR),
    or else by the message. A file that
    could not be created (SQLITE_CANTOPEN, or the -wal or -shm file failing
    to appear) counts when ``folder`` is given and nearly no space is left.
    """
    if isinstance(exc, OSError):
        return exc.errno in FULL_ERRNOS
    code = sqlite_code(exc)
    if code is not None:
        primary = code & 0xFF
        if primary in (SQLITE_FULL, SQLITE_IOERR):
            return True
        if primary == SQLITE_CANTOPEN and folder is not None and _low_on_space(folder):
            return True
    # sqlcipher_export() runs its own statements and reports their failure
    # as a plain SQLITE_ERROR that keeps only the message.
    text = str(exc).lower()
    return "database or disk is full" in text or "disk i/o error" in text


def _low_on_space(folder: Path) -> bool:
    free = free_bytes(folder)
    return free is not None and free < LOW_SPACE_BYTES


def describe_file_kind(mode: int) -> str:
    """Words for a file that is not a regular file ("a named pipe (FIFO)")."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "not a regular file"


class FileTooLarge(Exception):
    """Raised by :func:`read_capped`; ``size`` is what was found. Callers
    turn it into their own error with their own words."""

    def __init__(self, size: int):
        super().__init__(size)
        self.size = size


class NotRegularFile(Exception):
    """Raised by :func:`read_capped` for a folder, a device, a pipe, or a
    symbolic link it was told not to follow; ``mode`` says which."""

    def __init__(self, mode: int):
        super().__init__(mode)
        self.mode = mode


def open_capped(path: Path, cap: int, *, follow: bool = True) -> IO[bytes]:
    """An open binary file for a regular file of at most ``cap`` bytes (by
    its size when opened); the caller reads it and closes it.

    O_NONBLOCK keeps a FIFO from hanging the open (it is then refused as
    not a regular file, as are folders and devices). ``follow=False``
    refuses a symbolic link at the last step (O_NOFOLLOW, where there is
    one), so a link swapped in after a folder was listed is not followed
    either. OSError (missing, no permission) is left to the caller.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        if not follow and os.path.islink(path):
            raise NotRegularFile(stat.S_IFLNK) from None
        raise
    try:
        info = os.fstat(fd)  # before fdopen, which refuses a folder with its own error
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(info.st_mode)
        if info.st_size > cap:
            raise FileTooLarge(info.st_size)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def read_capped(path: Path, cap: int, *, follow: bool = True) -> bytes:
    """The bytes of a regular file of at most ``cap`` bytes, refused as
    :func:`open_capped` refuses it."""
    with open_capped(path, cap, follow=follow) as fh:
        size = os.fstat(fh.fileno()).st_size
        # Ask for the size stat gave (asking for the cap would allocate it
        # whole for every file); if there is more, the file grew since
        # fstat: read on, one byte past the cap at most.
        data = fh.read(size + 1)
        if len(data) > size:
            data += fh.read(cap + 1 - len(data))
    if len(data) > cap:
        raise FileTooLarge(len(data))
    return data


def write_private_text(path: Path, text: str) -> None:
    """Write an exported file 0600, atomically, refusing nothing silently."""
    write_private_bytes(path, text.encode("utf-8"))


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write a file 0600 through a temporary file and a rename, so a full
    disk never leaves half a file under the real name."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    remove_quietly(tmp)
    try:
        # O_BINARY (Windows only): without it the C library writes CR LF for
        # every LF, and a PDF's byte offsets (or an export's text) change.
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        remove_quietly(tmp)
        if is_disk_full(exc):
            raise StorageFull("The disk is full; the file was not written.") from None
        raise
