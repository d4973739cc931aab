"""A thin adapter between the CPD widgets and the open journal: every call
goes through the session (a locked journal raises ``JournalClosed``) and
every change is announced as ``Changes(cpd=True)``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from ...core.cpd import CpdRecord, RegistrationYear, YearStatus, registration_year

if TYPE_CHECKING:
    from ...core.cpd_export import CpdExport
    from ...core.models import Entry, EntrySummary, SupervisionSession
    from ...core.reflection_log import LogChoice, ReflectionLog, ReviewPeriod
    from ..session import JournalSession, _Access

Today = Callable[[], dt.date]


class CpdService:
    """CPD calls for the UI. ``today`` is injectable for tests (the year
    boundary and the renewal window depend on it)."""

    def __init__(self, session: JournalSession, access: _Access, today: Today = dt.date.today):
        self._session = session
        self._access = access
        self.today = today

    @property
    def is_unlocked(self) -> bool:
        return self._session.is_unlocked

    @property
    def changed(self):  # type: ignore[no-untyped-def]
        return self._session.changed

    def _announce(self) -> None:
        from ..session import Changes

        self._session.announce(Changes(cpd=True))

    # -- the year --------------------------------------------------------

    def year(self) -> RegistrationYear:
        return registration_year(self.today())

    def records(self, year: RegistrationYear) -> list[CpdRecord]:
        return self._access.cpd().in_year(year)

    def status(self, year: RegistrationYear | None = None) -> YearStatus:
        return self._access.cpd().status(year or self.year())

    def is_closed(self, record: CpdRecord) -> bool:
        return self._access.cpd().is_closed(record, self.today())

    # -- records ---------------------------------------------------------

    def get(self, record_id: int) -> CpdRecord:
        return self._access.cpd().get(record_id)

    def save(self, record: CpdRecord) -> CpdRecord:
        saved = self._access.cpd(write=True).save(record, self.today())
        self._announce()
        return saved

    def delete(self, record_id: int) -> None:
        self._access.cpd(write=True).delete(record_id)
        self._announce()

    # -- what a record draws on ---------------------------------------------

    def entry(self, entry_id: int) -> Entry:
        return self._session.entries.get(entry_id)

    def supervision_session(self, session_id: int) -> SupervisionSession:
        return self._session.supervision.get(session_id)

    def entries_to_link(self, record: CpdRecord) -> list[EntrySummary]:
        """Entries a record may draw on: those of this registration year and
        last, newest first, and any it already links to."""
        from ...core.models import EntryFilter

        listed = self._session.entries.list_entries(EntryFilter(date_from=self.year().previous.start), limit=1000)
        shown = {e.id for e in listed}
        missing = [i for i in record.entry_ids if i not in shown]
        return listed + (self._session.entries.summaries(missing) if missing else [])

    def held_sessions(self) -> list[SupervisionSession]:
        """Supervision sessions, newest first (headers only)."""
        return self._session.supervision.list_sessions()

    # -- export ----------------------------------------------------------

    def build_export(self, year: RegistrationYear) -> CpdExport:
        return self._access.cpd_export(year, self.today())

    def findings_panel(self):  # type: ignore[no-untyped-def]
        from ..identifying.preview import panel_for

        return panel_for(self._session)

    # -- the critical reflection log ----------------------------------------

    def reflections_between(self, first: dt.date, last: dt.date, limit: int = 2000) -> list[EntrySummary]:
        """Live entries that happened in the period, oldest first."""
        from ...core.models import EntryFilter

        listed = self._session.entries.list_entries(EntryFilter(date_from=first, date_to=last), limit=limit)
        return listed[::-1]

    def first_year_began(self) -> dt.date | None:
        return self._access.portfolio().first_year_began()

    def set_first_year_began(self, day: dt.date | None) -> None:
        self._access.portfolio(write=True).set_first_year_began(day)

    def period_summary(self, period: ReviewPeriod) -> str:
        return self._access.portfolio().period_summary(period)

    def set_period_summary(self, period: ReviewPeriod, text: str) -> None:
        self._access.portfolio(write=True).set_period_summary(period, text)

    def build_log(self, choice: LogChoice, links: dict[int, list[str]]) -> ReflectionLog:
        return self._access.portfolio().build_log(choice, links, self.today())

    def log_frameworks(self) -> list[tuple[str, str, list[tuple[str, str]]]]:
        """The frameworks offered to group the log by: (id, name, [(item id, title)])."""
        return [
            (f.id, f.name, [(item.id, item.title) for item in f.items]) for f in self._access.portfolio().frameworks()
        ]

    def log_links(self, entry_ids: list[int], framework_id: str) -> dict[int, list[str]]:
        """Each entry's linked items of ``framework_id``, as the items' own ids ("3")."""
        links = self._access.portfolio().evidence().links_for("entry", entry_ids, framework_id)
        return {entry: [item.partition(":")[2] for item in items] for entry, items in links.items()}
