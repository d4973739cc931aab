"""The team folder: a folder (often shared or synced, managed by an employer)
where newer prompt packs are looked for at unlock. No Qt.

:func:`scan` only reads. It never installs anything: it returns the packs
that are new to the journal or newer than the installed version, and the app
offers each through the same preview and signature checks as any import.
It runs on a worker thread and is built to end, whatever the folder is:

- at most :data:`MAX_ENTRIES` folder entries are looked at and at most
  :data:`MAX_DEPTH` levels of subfolders; symbolic links to folders are
  never followed and every folder is visited once (by device and inode),
  so a symlink loop or a bind-mount cycle cannot trap it;
- a time limit (``time_limit`` seconds) is checked between files, and a
  ``cancelled`` callback lets the caller stop it (at lock);
- a pack file is read with the reader's own caps (2 MiB, no FIFOs or
  devices), so no single file can hang it on a local disk. A network drive
  that stops answering inside one read can still hold the worker; the app
  stops waiting at its own deadline and says so.

Every problem is a sentence in the result, never an exception.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .errors import PackInvalid
from .packs import FILE_SUFFIX, PromptPack, builtin_id_problem, compare_versions, read_pack_file

__all__ = ["DEFAULT_TIME_LIMIT", "MAX_DEPTH", "MAX_ENTRIES", "ScanResult", "TeamPack", "scan"]

# A team folder holds tens of packs; a thousand is already a lot. More
# entries than this (files and folders together) are left unread, and said so.
MAX_ENTRIES = 5_000
MAX_DEPTH = 3  # the folder itself is depth 0
DEFAULT_TIME_LIMIT = 20.0  # seconds; a slow network drive is given up after this
MAX_SKIPPED_LISTED = 20
# (path, size, mtime_ns, inode) -> (pack id, version) of valid packs read before,
# so a scan at each unlock reads again only the files that changed. Holds no
# pack text; bounded.
_SEEN: dict[tuple[str, int, int, int], tuple[str, str]] = {}
_SEEN_MAX = 20_000

# The journal settings the app keeps for the team folder.
FOLDER_KEY = "packs.team_folder"
DECLINED_KEY = "packs.team_folder_declined"  # {pack id: version the user said no to}


@dataclass(frozen=True)
class TeamPack:
    """A pack in the team folder that is new to the journal or newer."""

    path: Path
    pack: PromptPack
    change: str  # "new" or "update"
    installed_version: str | None


@dataclass
class ScanResult:
    folder: Path
    offers: list[TeamPack] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "file name: why", at most MAX_SKIPPED_LISTED
    skipped_count: int = 0
    problem: str = ""  # the folder as a whole could not be used, in a sentence
    entries_seen: int = 0
    packs_read: int = 0
    timed_out: bool = False
    truncated: bool = False  # more than MAX_ENTRIES, or deeper than MAX_DEPTH
    cancelled: bool = False
    seconds: float = 0.0

    def skip(self, name: str, why: str) -> None:
        self.skipped_count += 1
        if len(self.skipped) < MAX_SKIPPED_LISTED:
            self.skipped.append(f"{name}: {why}")


def _folder_problem(folder: Path, exc: OSError) -> str:
    shown = str(folder)
    if exc.errno == errno.ENOENT:
        return f"The team folder {shown} cannot be found: it may have been moved or deleted, or its drive is not connected."
    if exc.errno == errno.ENOTDIR:
        return f"The team folder {shown} is not a folder."
    if exc.errno == errno.ELOOP:
        return f"The team folder {shown} is a symbolic link that leads round in a loop."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"reflectjournal is not allowed to read the team folder {shown}."
    reason = exc.strerror or "the system gave no reason"
    return f"The team folder {shown} could not be read ({reason})."


def scan(
    folder: str | os.PathLike[str],
    installed: Mapping[str, str],
    *,
    declined: Mapping[str, str] | None = None,
    time_limit: float = DEFAULT_TIME_LIMIT,
    cancelled: Callable[[], bool] = lambda: False,
    clock: Callable[[], float] = time.monotonic,
    max_entries: int = MAX_ENTRIES,
) -> ScanResult:
    """Look in ``folder`` for packs to offer.

    ``installed`` maps each installed pack's id to its version; ``declined``
    the versions the user already said no to. Of several files with the same
    pack id, the highest version is offered; a pack the same as or older than
    the installed version, or than a version declined, is not.
    """
    root = Path(folder)
    result = ScanResult(root)
    start = clock()
    declined = declined or {}
    best: dict[str, TeamPack] = {}
    visited: set[tuple[int, int]] = set()
    try:
        info = os.stat(root)  # follows a link named as the folder itself (ELOOP if it loops)
        if not stat.S_ISDIR(info.st_mode):
            raise NotADirectoryError(errno.ENOTDIR, "not a folder")
    except OSError as exc:
        result.problem = _folder_problem(root, exc)
        result.seconds = clock() - start
        return result
    pending: list[tuple[Path, int]] = [(root, 0)]
    visited.add((info.st_dev, info.st_ino))

    def out_of_time() -> bool:
        if cancelled():
            result.cancelled = True
            return True
        if clock() - start > time_limit:
            result.timed_out = True
            return True
        return False

    while pending and not result.timed_out and not result.cancelled:
        current, depth = pending.pop(0)
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    if out_of_time():
                        break
                    result.entries_seen += 1
                    if result.entries_seen > max_entries:
                        result.truncated = True
                        break
                    _look_at(entry, depth, pending, visited, result, installed, declined, best)
        except OSError as exc:
            if current == root:
                result.problem = _folder_problem(root, exc)
                break
            result.skip(current.name, "this subfolder could not be read")
        if result.truncated:
            break
    result.offers = sorted(best.values(), key=lambda offer: (offer.pack.title.casefold(), offer.pack.id))
    result.seconds = clock() - start
    return result


def _wanted(pack_id: str, version: str, installed: Mapping[str, str], declined: Mapping[str, str]) -> bool:
    """Newer than the installed version, and than any version the user said no to."""
    if compare_versions(installed.get(pack_id), version) not in ("new", "update"):
        return False
    refused = declined.get(pack_id)
    try:
        return refused is None or compare_versions(refused, version) == "update"
    except ValueError:  # a damaged setting: offer it again
        return True


def _look_at(
    entry: os.DirEntry[str],
    depth: int,
    pending: list[tuple[Path, int]],
    visited: set[tuple[int, int]],
    result: ScanResult,
    installed: Mapping[str, str],
    declined: Mapping[str, str],
    best: dict[str, TeamPack],
) -> None:
    if entry.name.startswith("."):
        return  # hidden files, and the temporary files of sync tools
    try:
        if entry.is_dir(follow_symlinks=False):
            if depth + 1 > MAX_DEPTH:
                result.truncated = True
                return
            info = entry.stat(follow_symlinks=False)
            key = (info.st_dev, info.st_ino)
            if key not in visited:
                visited.add(key)
                pending.append((Path(entry.path), depth + 1))
            return
        if not entry.name.lower().endswith(FILE_SUFFIX):
            return
        if entry.is_symlink() and entry.is_dir():
            return  # a link to a folder named like a pack: never followed
    except OSError:
        result.skip(entry.name, "could not be looked at")
        return
    path = Path(entry.path)
    try:
        info = entry.stat()  # the file a link points to, if it is one
        seen_key = (entry.path, info.st_size, info.st_mtime_ns, info.st_ino)
    except OSError:
        result.skip(entry.name, "could not be looked at")
        return
    seen = _SEEN.get(seen_key)
    if seen is not None:
        pack_id, version = seen
        if declined.get(pack_id) == version or compare_versions(installed.get(pack_id), version) not in (
            "new",
            "update",
        ):
            result.packs_read += 1
            return
    try:
        pack = read_pack_file(path)
    except PackInvalid as exc:
        first = exc.problems[0] if exc.problems else "not a valid prompt pack"
        result.skip(entry.name, f"not a valid prompt pack ({first})")
        return
    except OSError as exc:
        result.skip(entry.name, f"could not be read ({exc.strerror or 'the system gave no reason'})")
        return
    result.packs_read += 1
    if len(_SEEN) >= _SEEN_MAX:
        _SEEN.clear()
    _SEEN[seen_key] = (pack.id, pack.version)
    if builtin_id_problem(pack) is not None:
        result.skip(entry.name, "takes the id of a pack built into reflectjournal")
        return
    if not _wanted(pack.id, pack.version, installed, declined):
        return
    change = compare_versions(installed.get(pack.id), pack.version)
    held = best.get(pack.id)  # several files of one pack: the highest version
    if held is None or compare_versions(held.pack.version, pack.version) == "update":
        best[pack.id] = TeamPack(path, pack, change, installed.get(pack.id))
