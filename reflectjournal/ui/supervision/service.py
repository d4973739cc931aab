"""A thin adapter between the supervision widgets and the open journal.

Widgets never hold a database handle: they ask this object
(``session.supervision``), which goes through the
:class:`~reflectjournal.ui.session.JournalSession` every time (so a locked
journal raises ``JournalClosed`` instead of touching a closed connection)
and announces what changed on the session's ``changed`` notice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ...core.models import (
    SESSION_PREPARING,
    Action,
    EntryFilter,
    EntrySummary,
    Kind,
    SupervisionSession,
    Wellbeing,
)
from ...core.supervision_export import ExportOptions, SessionExport

if TYPE_CHECKING:
    from ...core.looking_back import LowSignal, SignalRule
    from ...core.reminders import SupervisionReminder
    from ...core.supervision import SupervisionStore
    from ..session import JournalSession, _Access

Today = Callable[[], dt.date]


class SupervisionService:
    """Supervision calls for the UI. ``today`` is injectable for tests.

    Changes are announced as ``Changes(supervision_sessions=...,
    supervision_actions=...)``: a session was added, saved or deleted; an
    action's status changed, or a session's actions were saved."""

    def __init__(self, session: JournalSession, access: _Access, today: Today = dt.date.today):
        self._session = session
        self._access = access
        self.today = today

    @property
    def is_unlocked(self) -> bool:
        return self._session.is_unlocked

    @property
    def changed(self):
        """The session's one change notice (``Changes``)."""
        return self._session.changed

    def _announce(self, *, sessions: bool = False, actions: bool = False) -> None:
        from ..session import Changes

        self._session.announce(Changes(supervision_sessions=sessions, supervision_actions=actions))

    @property
    def _store(self) -> SupervisionStore:
        return self._access.supervision()

    @property
    def _writable_store(self) -> SupervisionStore:
        return self._access.supervision(write=True)

    # -- sessions --------------------------------------------------------

    def list_sessions(self) -> list[SupervisionSession]:
        return self._store.list_sessions()

    def get(self, session_id: int) -> SupervisionSession:
        return self._store.get(session_id)

    def search(self, text: str) -> list[SupervisionSession]:
        """Sessions whose notes match, as the entry search reads the text."""
        return self._store.search(text)

    def save(self, session: SupervisionSession) -> SupervisionSession:
        saved = self._writable_store.save(session)
        self._announce(sessions=True, actions=bool(session.actions or saved.actions))
        return saved

    def delete(self, session_id: int) -> None:
        self._writable_store.delete(session_id)
        self._announce(sessions=True, actions=True)

    def prepare(self) -> tuple[SupervisionSession, bool]:
        """The preparation under way (reopened), or a new one for the next
        meeting; and whether it was made now. Never a second preparation
        for the same meeting."""
        session, made = self._writable_store.prepare(self.today())
        if made:
            self._announce(sessions=True)
        return session, made

    def next_meeting(self) -> dt.date | None:
        return self._store.next_meeting(self.today())

    def reminder(self) -> SupervisionReminder:
        from ...core.reminders import supervision_reminder

        return supervision_reminder(self._store, self.today())

    def overdue_actions(self) -> list[Action]:
        return self._store.overdue_actions(self.today())

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
        return [hit.entry for hit in self._session.entries.search(text, flt, limit=limit)]

    def list_entries(self, flt: EntryFilter, limit: int = 500) -> list[EntrySummary]:
        return self._session.entries.list_entries(flt, limit=limit)

    def summaries(self, ids: Sequence[int]) -> list[EntrySummary]:
        return self._session.entries.summaries(list(ids))

    def kinds(self) -> list[Kind]:
        return self._session.entries.kinds()

    def tags(self) -> list[str]:
        return self._session.entries.tags()

    def wellbeing_of(self, entry_ids: Sequence[int]) -> list[tuple[dt.date, Wellbeing]]:
        return self._store.wellbeing_of(list(entry_ids))

    # -- actions ---------------------------------------------------------

    def carried_forward(self, session: SupervisionSession) -> list[Action]:
        return self._store.carried_forward(session)

    def open_actions(self) -> list[Action]:
        return self._store.open_actions()

    def set_action_status(self, action_id: int, status: str) -> None:
        self._writable_store.set_action_status(action_id, status, on=self.today())
        self._announce(actions=True)

    # -- prompts ---------------------------------------------------------

    def prompt_packs(self) -> list[object] | None:
        """Built-in and imported packs that are turned on (None: built-in only)."""
        return list(self._access.packs().available())

    # -- export ----------------------------------------------------------

    def record_names(self, session: SupervisionSession) -> tuple[str, str]:
        """Supervisee and supervisor for the record: the names remembered in
        the journal (the session's own name for its supervisor first)."""
        from ...core.supervision_export import SUPERVISEE_KEY, SUPERVISOR_KEY

        settings = self._session.journal_settings
        supervisee = str(settings.get(SUPERVISEE_KEY, "") or "")
        supervisor = session.with_name or str(settings.get(SUPERVISOR_KEY, "") or "")
        return supervisee, supervisor

    def remember_names(self, supervisee: str, supervisor: str) -> None:
        """Keep the names in the encrypted journal, so they are asked once."""
        from ...core.supervision_export import SUPERVISEE_KEY, SUPERVISOR_KEY

        settings = self._session.journal_settings
        for key, value in ((SUPERVISEE_KEY, supervisee.strip()), (SUPERVISOR_KEY, supervisor.strip())):
            if value:
                settings.set(key, value)

    def findings_panel(self):  # type: ignore[no-untyped-def]
        """The identifying-information check's panel for the export preview."""
        from ..identifying.preview import panel_for

        return panel_for(self._session)

    def build_export(self, session_id: int, options: ExportOptions) -> SessionExport:
        return self._access.supervision_export(session_id, options, self.today())

    # -- the low check-ins note (core.low_signal) ---------------------------

    def low_signal(self, rule: SignalRule | None) -> LowSignal | None:
        """The signal for today under ``rule`` (None: switched off)."""
        if rule is None:
            return None
        return self._session.entries.low_signal(self.today(), rule)

    def signal_dismissed(self, session_id: int) -> bool:
        from ...core.low_signal import is_dismissed

        return is_dismissed(self._access.journal_settings(), session_id)

    def dismiss_signal(self, session_id: int) -> None:
        from ...core.low_signal import DISMISSED_KEY, dismiss

        dismiss(self._access.journal_settings(write=True), session_id)
        self._session.announce(_settings_changed(DISMISSED_KEY))

    def ask_for_chart(self, session_id: int) -> None:
        from ...core.low_signal import CHART_KEY, ask_for_chart

        ask_for_chart(self._access.journal_settings(write=True), session_id)
        self._session.announce(_settings_changed(CHART_KEY))

    def chart_by_default(self, session: SupervisionSession) -> bool:
        """The export's chart box starts ticked (never for a line manager)."""
        from ...core.low_signal import chart_asked, chart_by_default

        asked = session.id is not None and chart_asked(self._access.journal_settings(), session.id)
        return chart_by_default(session, asked)


def _settings_changed(key: str):  # type: ignore[no-untyped-def]
    from ..session import Changes

    return Changes(journal_settings=frozenset({key}))
