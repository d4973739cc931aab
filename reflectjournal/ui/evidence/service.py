"""A thin adapter between the evidence widgets and the open journal: every
call goes through the session (a locked journal raises ``JournalClosed``)
and every change of links is announced as ``Changes(cpd=True)``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...core.evidence import MapRow
    from ...core.frameworks import Framework
    from ...core.reflection_log import ReviewPeriod
    from ..session import JournalSession, _Access


class EvidenceService:
    def __init__(self, session: JournalSession, access: _Access, today: Callable[[], dt.date] = dt.date.today):
        self._session = session
        self._access = access
        self.today = today

    @property
    def is_unlocked(self) -> bool:
        return self._session.is_unlocked

    def frameworks(self) -> tuple[Framework, ...]:
        return self._access.portfolio().frameworks()

    def links_of(self, kind: str, target_id: int) -> list[str]:
        return self._access.portfolio().evidence().links_of(kind, target_id)

    def set_links(self, kind: str, target_id: int, items: list[str]) -> None:
        from ..session import Changes

        self._access.portfolio(write=True).evidence().set_links(kind, target_id, items)
        self._session.announce(Changes(cpd=True))

    def suggested_items(self, entry_id: int) -> list[str]:
        return self._access.portfolio().suggested_items(entry_id)

    def first_year_began(self) -> dt.date | None:
        return self._access.portfolio().first_year_began()

    def evidence_map(self, framework_id: str, first: dt.date | None, last: dt.date | None) -> list[MapRow]:
        return self._access.portfolio().evidence_map(framework_id, first, last)

    def evidence_map_by_period(self, framework_id: str, start: dt.date) -> list[tuple[ReviewPeriod, list[MapRow]]]:
        return self._access.portfolio().evidence_map_by_period(framework_id, start)

    def evidence_of(self, item: str) -> list[tuple[str, int, dt.date, str]]:
        """What evidences ``item``: (kind, id, date, title), newest first;
        entries by title, CPD records by their description's first words."""
        targets = self._access.portfolio().evidence().targets_of(item)
        out: list[tuple[str, int, dt.date, str]] = []
        entry_ids = [i for kind, i in targets if kind == "entry"]
        summaries = {s.id: s for s in self._session.entries.summaries(entry_ids)} if entry_ids else {}
        cpd = self._access.cpd()
        for kind, target in targets:
            if kind == "entry" and target in summaries:
                s = summaries[target]
                out.append((kind, target, s.happened_on, " ".join(s.title.split())))
            elif kind == "cpd":
                record = cpd.get(target)
                out.append((kind, target, record.started_on, " ".join(record.description.split())[:80]))
        out.sort(key=lambda found: found[2], reverse=True)  # newest first, whatever its kind
        return out
