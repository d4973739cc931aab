"""The pack widgets' one door to the journal: ``session.packs``, a thin
adapter over the journal's pack store that announces when packs changed
(``Changes(packs=True)`` on ``session.changed``).

Widgets never hold the journal; they ask this service, which asks the
session for the store each time (so a locked journal is never used).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ...core.pack_store import ImportPreview, InstalledPack, Pin
from ...core.packs import PromptPack, builtin_packs

if TYPE_CHECKING:
    from ..session import JournalSession, _Access

Today = Callable[[], dt.date]


class PackService:
    """Import, list, turn off, remove and export packs in the open journal."""

    def __init__(self, session: JournalSession, access: _Access, today: Today = dt.date.today):
        self._session = session
        self._access = access
        self.today = today

    @property
    def changed(self):
        """The session's one change notice (``Changes``)."""
        return self._session.changed

    def _announce(self) -> None:
        from ..session import Changes

        self._session.announce(Changes(packs=True))

    @property
    def is_unlocked(self) -> bool:
        return self._session.is_unlocked

    def builtin(self) -> list[PromptPack]:
        """The packs that ship with the app; readable before unlock."""
        return builtin_packs()

    def available(self) -> list[PromptPack]:
        """Packs prompts are drawn from: built-in and imported ones turned on
        (only built-in ones while the journal is locked)."""
        if not self.is_unlocked:
            return self.builtin()
        return self._access.packs().available()

    def installed(self) -> list[InstalledPack]:
        """Every pack, built-in first (marked), then imported ones."""
        builtin = [InstalledPack(pack, True, None, builtin=True) for pack in self.builtin()]
        if not self.is_unlocked:
            return builtin
        return [*builtin, *self._access.packs().installed()]

    def preview(self, pack: PromptPack) -> ImportPreview:
        return self._access.packs().preview(pack)

    def import_pack(
        self, pack: PromptPack, *, allow_older: bool = False, insist: bool = False, auto_update: bool | None = None
    ) -> ImportPreview:
        """Import (core.pack_store.PackStore.import_pack). ``auto_update``,
        for a signed pack, records whether its publisher's later updates from
        the team folder install without asking (None: leave it as it is)."""
        store = self._access.packs(write=True)
        result = store.import_pack(pack, allow_older=allow_older, insist=insist)
        fingerprint = result.fingerprint
        if auto_update is not None and result.trust in ("trusted", "first") and fingerprint is not None:
            if fingerprint.hex in store.pins():
                store.set_auto_update(fingerprint.hex, auto_update)
        if not result.nothing_to_do:
            self._announce()
        return result

    def pins(self) -> dict[str, Pin]:
        """Pinned publishers' keys by fingerprint (hex)."""
        return self._access.packs().pins()

    def forget_publisher(self, fingerprint_hex: str) -> None:
        self._access.packs(write=True).forget_publisher(fingerprint_hex)
        self._announce()

    def set_enabled(self, pack_id: str, enabled: bool) -> None:
        self._access.packs(write=True).set_enabled(pack_id, enabled)
        self._announce()

    def remove(self, pack_id: str) -> None:
        self._access.packs(write=True).remove(pack_id)
        self._announce()

    def export(self, pack_id: str, path: Path, *, data: bytes | None = None) -> Path:
        """Write the pack; ``data`` is the outgoing copy the identifying-
        information check's preview made (checked again as a pack first)."""
        if data is None:
            return self._access.packs().export(pack_id, path)
        from ...core import fsutil
        from ...core.packs import read_pack

        read_pack(data, name=path.name)  # raises PackInvalid if a replacement broke it
        fsutil.write_private_bytes(Path(path), data)
        return Path(path)

    def session_for_check(self):  # type: ignore[no-untyped-def]
        return self._session

    def pack_text(self, pack_id: str) -> str:
        """The pack file's text, for the export preview."""
        from ...core.packs import write_pack

        return write_pack(self._access.packs().get(pack_id)).decode("utf-8")
