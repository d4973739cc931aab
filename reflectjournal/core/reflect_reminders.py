"""Reminders to reflect (issue 15, item 6): when "Time to reflect?" is due,
and when a home visit of the day still has no reflection.

Off by default. On the days chosen (Monday to Friday unless changed), the
reminder is due from the time chosen until :data:`GRACE` later, once a day:
a time that passed while the app was closed is not made up afterwards (the
app opened at 19:00 says nothing about 16:30), and what was shown is kept
in the settings (:func:`shown_text`) so a restart within the half hour does
not show it twice. The home-visit nudge, if
chosen, is due the same way at its own time ("the end of the day") when an
entry of kind "Home visit" dated today has no reflection in it yet: its body
is empty, or holds only the questions of the prompts it was started from
with nothing written under them (a visit planned before going, with the
reflection still to write).

The words a notification may carry are fixed here and never hold journal
text: :data:`TIME_TO_REFLECT` and :data:`HOME_VISIT_NUDGE`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .vault import Journal

TIME_TO_REFLECT = "Time to reflect?"
HOME_VISIT_NUDGE = "A home visit today has no reflection yet."
GRACE = dt.timedelta(minutes=30)
WORKING_DAYS = frozenset(range(5))  # Monday (0) to Friday (4)
HOME_VISIT = "home_visit"
REMINDER, NUDGE = "reminder", "nudge"


@dataclass(frozen=True)
class ReflectRule:
    enabled: bool = False
    at: dt.time = dt.time(16, 30)
    days: frozenset[int] = field(default=WORKING_DAYS)
    nudge: bool = False  # the home-visit nudge
    nudge_at: dt.time = dt.time(17, 30)


def rule_from(values: dict[object, object]) -> ReflectRule:
    """The rule as the settings (core.settings REFLECT_*) say it."""
    from . import settings as S

    def value(setting: S.Setting) -> object:
        return setting.coerce(values.get(setting, setting.default))

    def clock(minutes: object) -> dt.time:
        whole = int(str(minutes))
        return dt.time(whole // 60, whole % 60)

    days = frozenset(int(ch) for ch in str(value(S.REFLECT_DAYS)) if ch in "0123456")
    return ReflectRule(
        enabled=bool(value(S.REFLECT_REMIND)),
        at=clock(value(S.REFLECT_AT_MINUTES)),
        days=days,
        nudge=bool(value(S.REFLECT_NUDGE)),
        nudge_at=clock(value(S.REFLECT_NUDGE_AT_MINUTES)),
    )


def _in_window(now: dt.datetime, at: dt.time) -> bool:
    start = dt.datetime.combine(now.date(), at, tzinfo=now.tzinfo)
    return start <= now < start + GRACE


def due(rule: ReflectRule, now: dt.datetime, shown: Iterable[tuple[str, dt.date]] = ()) -> list[str]:
    """What is due at ``now`` (local time): :data:`REMINDER`, :data:`NUDGE`
    or both, leaving out what was already shown today (``shown`` holds
    (what, day) pairs). The nudge's condition on the journal is the
    caller's (:func:`home_visits_without_reflection`)."""
    if not rule.enabled or now.weekday() not in rule.days:
        return []
    done = {what for what, day in shown if day == now.date()}
    out = []
    if REMINDER not in done and _in_window(now, rule.at):
        out.append(REMINDER)
    if rule.nudge and NUDGE not in done and _in_window(now, rule.nudge_at):
        out.append(NUDGE)
    return out


def shown_from(text: str) -> list[tuple[str, dt.date]]:
    """What was shown on which day, as kept in the settings
    (:func:`shown_text`); anything unreadable is left out."""
    out = []
    for part in text.split(";"):
        what, _, day = part.strip().partition(" ")
        if what in (REMINDER, NUDGE):
            try:
                out.append((what, dt.date.fromisoformat(day)))
            except ValueError:
                continue
    return out


def shown_text(shown: Iterable[tuple[str, dt.date]]) -> str:
    """``shown`` as kept in the settings: only the day's kind and date,
    never anything from the journal."""
    return ";".join(f"{what} {day.isoformat()}" for what, day in shown)


def has_reflection(body: str, records: object) -> bool:
    """Whether anything is written in an entry beyond the questions of the
    prompts it was started from."""
    from .answers import split_answers

    return any(answer.text.strip() for answer in split_answers(body, records))  # type: ignore[arg-type]


def home_visits_without_reflection(journal: Journal, day: dt.date) -> int:
    """How many live entries of kind "Home visit" dated ``day`` have no
    reflection written in them yet."""
    from .models import EntryFilter

    count = 0
    flt = EntryFilter(kind=HOME_VISIT, date_from=day, date_to=day)
    for summary in journal.entries.list_entries(flt, limit=50):
        entry = journal.entries.get(summary.id)
        if not has_reflection(entry.body, entry.prompt_records):
            count += 1
    return count
