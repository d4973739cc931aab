"""Imported prompt packs, kept inside the encrypted journal.

A pack is stored as its canonical file bytes (``write_pack``) and read back
through the same strict reader as any file, so a journal can never hold a
pack the reader would refuse. Built-in packs ship with the app and are not
stored; an imported pack may not take a built-in pack's id.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import fsutil
from .errors import PackInvalid, PackNotInstalled
from .packs import (
    PackProblem,
    PromptPack,
    builtin_id_problem,
    builtin_packs,
    compare_versions,
    read_pack,
    write_pack,
)
from .timestamps import iso_utc, parse_moment
from .unicode_safety import titles_look_alike

if TYPE_CHECKING:
    from .vault import Journal


@dataclass(frozen=True)
class InstalledPack:
    pack: PromptPack
    enabled: bool
    imported_at: dt.datetime | None
    builtin: bool = False


@dataclass(frozen=True)
class ImportPreview:
    """What importing ``pack`` would change, for the preview before import."""

    pack: PromptPack
    change: str  # "new", "update", "same" or "older"
    installed_version: str | None
    # Built-in or imported packs with another id whose title looks like this
    # one's: the preview shows their authors and ids beside this pack's.
    look_alikes: tuple[PromptPack, ...] = ()

    @property
    def needs_confirmation(self) -> bool:
        return self.change == "older"

    @property
    def nothing_to_do(self) -> bool:
        return self.change == "same"


class PackStore:
    """``journal.packs``: import, list, turn off, remove and export packs."""

    def __init__(self, journal: Journal):
        self._journal = journal

    def installed(self) -> list[InstalledPack]:
        """Imported packs, by title (built-ins not included)."""
        rows = self._journal.conn.execute(
            "SELECT pack_id, enabled, imported_at, data FROM packs ORDER BY title COLLATE NOCASE, pack_id"
        ).fetchall()
        out = []
        for pack_id, enabled, imported_at, data in rows:
            pack = read_pack(bytes(data), name=pack_id)
            out.append(InstalledPack(pack, bool(enabled), parse_moment(imported_at)))
        return out

    def available(self, *, include_disabled: bool = False) -> list[PromptPack]:
        """Every pack prompts are drawn from: built-in, then imported."""
        imported = [p.pack for p in self.installed() if include_disabled or p.enabled]
        return [*builtin_packs(), *imported]

    def preview(self, pack: PromptPack) -> ImportPreview:
        problem = builtin_id_problem(pack)  # the rule `pack validate` reports too
        if problem is not None:
            raise PackInvalid(pack.id, [problem])
        row = self._journal.conn.execute("SELECT version FROM packs WHERE pack_id = ?", (pack.id,)).fetchone()
        alike = tuple(
            other
            for other in self.available(include_disabled=True)
            if other.id != pack.id and titles_look_alike(other.title, pack.title)
        )
        if row is None:
            return ImportPreview(pack, "new", None, alike)
        return ImportPreview(pack, compare_versions(row[0], pack.version), row[0], alike)

    def import_pack(self, pack: PromptPack, *, allow_older: bool = False) -> ImportPreview:
        """Store (or replace) a pack in one transaction: all or nothing.

        An older version than the one installed is refused unless
        ``allow_older``; the same version changes nothing.
        """
        preview = self.preview(pack)
        if preview.nothing_to_do:
            return preview
        if preview.needs_confirmation and not allow_older:
            raise PackInvalid(
                pack.id,
                [
                    PackProblem(
                        "version", f"version {pack.version} is older than the installed {preview.installed_version}"
                    )
                ],
            )
        data = write_pack(pack)  # canonical, and checked by the reader
        now = iso_utc(self._journal.clock())
        with self._journal.write() as conn:
            conn.execute(
                "INSERT INTO packs(pack_id, version, title, enabled, imported_at, data) VALUES (?, ?, ?, 1, ?, ?)"
                " ON CONFLICT(pack_id) DO UPDATE SET version = excluded.version, title = excluded.title,"
                " imported_at = excluded.imported_at, data = excluded.data",
                (pack.id, pack.version, pack.title, now, data),
            )
        return preview

    def set_enabled(self, pack_id: str, enabled: bool) -> None:
        with self._journal.write() as conn:
            if conn.execute("UPDATE packs SET enabled = ? WHERE pack_id = ?", (int(enabled), pack_id)).rowcount == 0:
                raise PackNotInstalled("That pack is not installed.")

    def remove(self, pack_id: str) -> None:
        with self._journal.write() as conn:
            if conn.execute("DELETE FROM packs WHERE pack_id = ?", (pack_id,)).rowcount == 0:
                raise PackNotInstalled("That pack is not installed.")

    def get(self, pack_id: str) -> PromptPack:
        for pack in self.available(include_disabled=True):
            if pack.id == pack_id:
                return pack
        raise PackNotInstalled("That pack is not installed.")

    def export(self, pack_id: str, path: Path) -> Path:
        """Write a pack back to a ``.rjpack`` file (0600). Packs hold no
        journal text, so this carries no warning."""
        fsutil.write_private_bytes(Path(path), write_pack(self.get(pack_id)))
        return Path(path)
