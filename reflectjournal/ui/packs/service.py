"""The pack widgets' one door to the journal: a thin adapter over
``journal.packs`` that says when the packs changed.

Widgets never hold the journal; they ask this service, which asks the
session for the open journal each time (so a locked journal is never used).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ...core.pack_store import ImportPreview, InstalledPack
from ...core.packs import PromptPack, builtin_packs
from ..session import Session

Today = Callable[[], dt.date]


class PackService(QObject):
    """Import, list, turn off, remove and export packs in the open journal."""

    packs_changed = Signal()

    def __init__(self, session: Session, today: Today = dt.date.today, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self.today = today

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
        return self._session.journal.packs.available()

    def installed(self) -> list[InstalledPack]:
        """Every pack, built-in first (marked), then imported ones."""
        builtin = [InstalledPack(pack, True, None, builtin=True) for pack in self.builtin()]
        if not self.is_unlocked:
            return builtin
        return [*builtin, *self._session.journal.packs.installed()]

    def preview(self, pack: PromptPack) -> ImportPreview:
        return self._session.journal.packs.preview(pack)

    def import_pack(self, pack: PromptPack, *, allow_older: bool = False) -> ImportPreview:
        result = self._session.journal.packs.import_pack(pack, allow_older=allow_older)
        if not result.nothing_to_do:
            self.packs_changed.emit()
        return result

    def set_enabled(self, pack_id: str, enabled: bool) -> None:
        self._session.journal.packs.set_enabled(pack_id, enabled)
        self.packs_changed.emit()

    def remove(self, pack_id: str) -> None:
        self._session.journal.packs.remove(pack_id)
        self.packs_changed.emit()

    def export(self, pack_id: str, path: Path) -> Path:
        return self._session.journal.packs.export(pack_id, path)
