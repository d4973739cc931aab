"""The portfolio's calls on one open journal (CPD records aside, which
core.cpd keeps): the first year's start date, the review periods'
summaries, the critical reflection log, the frameworks and the evidence
links and map. The desktop app reaches them only through its session
(ui/session.py ``_Access.portfolio``); each call is one of the core
functions it names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from . import reflection_log
from .evidence import EvidenceStore, MapRow, evidence_map, evidence_map_by_period, suggested_items
from .frameworks import Framework, available_frameworks

if TYPE_CHECKING:
    from .reflection_log import LogChoice, ReflectionLog, ReviewPeriod
    from .vault import Journal


class Portfolio:
    def __init__(self, journal: Journal):
        self._journal = journal

    # -- the first year and the reflection log -------------------------------------

    def first_year_began(self) -> dt.date | None:
        return reflection_log.first_year_began(self._journal)

    def set_first_year_began(self, day: dt.date | None) -> None:
        reflection_log.set_first_year_began(self._journal, day)

    def period_summary(self, period: ReviewPeriod) -> str:
        return reflection_log.period_summary(self._journal, period)

    def set_period_summary(self, period: ReviewPeriod, text: str) -> None:
        reflection_log.set_period_summary(self._journal, period, text)

    def build_log(self, choice: LogChoice, links: Mapping[int, Sequence[str]], today: dt.date) -> ReflectionLog:
        return reflection_log.build_log(self._journal, choice, links, today)

    # -- frameworks and evidence -------------------------------------------------------

    def frameworks(self) -> tuple[Framework, ...]:
        return available_frameworks(self._journal)

    def evidence(self) -> EvidenceStore:
        return EvidenceStore(self._journal)

    def suggested_items(self, entry_id: int) -> list[str]:
        return suggested_items(self._journal, entry_id)

    def evidence_map(
        self, framework_id: str, first: dt.date | None = None, last: dt.date | None = None
    ) -> list[MapRow]:
        return evidence_map(self._journal, framework_id, first, last)

    def evidence_map_by_period(self, framework_id: str, start: dt.date) -> list[tuple[ReviewPeriod, list[MapRow]]]:
        return evidence_map_by_period(self._journal, framework_id, start)
