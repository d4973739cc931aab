"""Small file-system helpers that keep journal files private and durable."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from .errors import StorageFull

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


def is_disk_full(exc: BaseException) -> bool:
    """True for an OSError or SQLite error that means the write did not fit."""
    if isinstance(exc, OSError) and exc.errno in FULL_ERRNOS:
        return True
    text = str(exc).lower()
    return "database or disk is full" in text or "disk i/o error" in text


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
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
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
