"""A thin adapter between the supervision widgets and the open journal.

Widgets never hold a database handle: they ask this object, which goes
through the :class:`~reflectjournal.ui.session.Session` every time (so a
locked journal raises ``JournalClosed`` instead of touching a closed
connection) and says what changed with signals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from ...core.models import (
    SESSION_PREPARING,
    Action,
    EntryFilter,
    EntrySummary,
    Kind,
    SupervisionSession,
    Wellbeing,
)
from ...core.supervision_export import ExportOptions, SessionExport, build_export
from ..session import Session

Today = Callable[[], dt.date]


class SupervisionService(QObject):
    """Supervision calls for the UI. ``today`` is injectable for tests."""

    sessions_changed = Signal()  # a session was added, saved or deleted
    actions_changed = Signal()  # an action's status changed, or a session's actions were saved

    def __init__(self, session: Session, today: Today = dt.date.today, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.today = today

    @property
    def is_unlocked(self) -> bool:
        return self.session.is_unlocked

    @property
    def _store(self):
        return self.session.journal.supervision

    # -- sessions --------------------------------------------------------

    def list_sessions(self) -> list[SupervisionSession]:
        return self._store.list_sessions()

    def get(self, session_id: int) -> SupervisionSession:
        return self._store.get(session_id)

    def search(self, text: str) -> list[SupervisionSession]:
        """Sessions whose notes match, as the entry search reads the text."""
        return self._store.search(text)

    def save(self, session: SupervisionSession) -> SupervisionSession:
        saved = self._store.save(session)
        self.sessions_changed.emit()
        if session.actions or saved.actions:
            self.actions_changed.emit()
        return saved

    def delete(self, session_id: int) -> None:
        self._store.delete(session_id)
        self.sessions_changed.emit()
        self.actions_changed.emit()

    def new_preparation(self) -> SupervisionSession:
        """A new session being prepared, dated today, with whom and how
        taken from the most recent session (usually the same person)."""
        sessions = self._store.list_sessions()
        session = SupervisionSession(held_on=self.today(), status=SESSION_PREPARING)
        if sessions:
            last = sessions[0]
            session.with_role, session.with_name, session.session_type = (
                last.with_role,
                last.with_name,
                last.session_type,
            )
        return self.save(session)

    def last_held(self, session: SupervisionSession) -> SupervisionSession | None:
        return self._store.last_held(before=session)

    def sessions_for_entry(self, entry_id: int) -> list[SupervisionSession]:
        return self._store.sessions_for_entry(entry_id)

    # -- reflections -----------------------------------------------------

    def reflections_since_last(self, session: SupervisionSession, flt: EntryFilter) -> list[EntrySummary]:
        return self._store.reflections_since_last(session, flt)

    def search_entries(self, text: str, flt: EntryFilter, limit: int = 200) -> list[EntrySummary]:
        return [hit.entry for hit in self.session.search(text, flt, limit=limit)]

    def list_entries(self, flt: EntryFilter, limit: int = 500) -> list[EntrySummary]:
        return self.session.journal.entries.list_entries(flt, limit=limit)

    def summaries(self, ids: Sequence[int]) -> list[EntrySummary]:
        return self.session.summaries(list(ids))

    def kinds(self) -> list[Kind]:
        return self.session.kinds()

    def tags(self) -> list[str]:
        return self.session.tags()

    def wellbeing_of(self, entry_ids: Sequence[int]) -> list[tuple[dt.date, Wellbeing]]:
        return self._store.wellbeing_of(list(entry_ids))

    # -- actions ---------------------------------------------------------

    def carried_forward(self, session: SupervisionSession) -> list[Action]:
        return self._store.carried_forward(session)

    def open_actions(self) -> list[Action]:
        return self._store.open_actions()

    def set_action_status(self, action_id: int, status: str) -> None:
        self._store.set_action_status(action_id, status, on=self.today())
        self.actions_changed.emit()

    # -- prompts ---------------------------------------------------------

    def prompt_packs(self) -> list[object] | None:
        """Built-in and imported packs that are turned on (None: built-in only)."""
        store = getattr(self.session.journal, "packs", None)
        return list(store.available()) if store is not None else None

    # -- export ----------------------------------------------------------

    def build_export(self, session_id: int, options: ExportOptions) -> SessionExport:
        return build_export(self.session.journal, session_id, options, today=self.today())
