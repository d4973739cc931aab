"""Reminders to reflect (core.reflect_reminders): due at its time on the
days chosen, once a day, never made up after the app was closed; the
home-visit nudge only while a visit of the day has nothing written."""

from __future__ import annotations

import datetime as dt

from reflectjournal.core import settings as S
from reflectjournal.core.answers import PromptRecord
from reflectjournal.core.models import Entry
from reflectjournal.core.reflect_reminders import (
    GRACE,
    NUDGE,
    REMINDER,
    ReflectRule,
    due,
    home_visits_without_reflection,
    rule_from,
    shown_from,
    shown_text,
)

ON = ReflectRule(enabled=True, at=dt.time(16, 30), nudge=True, nudge_at=dt.time(17, 30))
FRIDAY = dt.date(2026, 12, 4)


def at(day: dt.date, hour: int, minute: int, second: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, second)


def test_off_by_default_and_due_only_from_its_time_for_a_while():
    assert due(ReflectRule(), at(FRIDAY, 16, 30)) == []  # off unless asked for
    assert due(ON, at(FRIDAY, 16, 29, 59)) == []
    assert due(ON, at(FRIDAY, 16, 30)) == [REMINDER]
    assert due(ON, at(FRIDAY, 16, 30) + GRACE - dt.timedelta(seconds=1)) == [REMINDER]
    assert due(ON, at(FRIDAY, 16, 30) + GRACE) == []  # a time missed while the app was closed is not made up


def test_once_a_day_and_again_the_next_working_day():
    shown = [(REMINDER, FRIDAY)]
    assert due(ON, at(FRIDAY, 16, 35), shown) == []
    saturday, monday = FRIDAY + dt.timedelta(days=1), FRIDAY + dt.timedelta(days=3)
    assert due(ON, at(saturday, 16, 35), shown) == []  # not a day chosen
    assert due(ON, at(monday, 16, 35), shown) == [REMINDER]
    weekend = ReflectRule(enabled=True, days=frozenset({5}))
    assert due(weekend, at(saturday, 16, 35)) == [REMINDER] and due(weekend, at(monday, 16, 35)) == []


def test_the_nudge_has_its_own_time_and_is_chosen_apart():
    assert due(ON, at(FRIDAY, 17, 31)) == [NUDGE]
    assert due(ON, at(FRIDAY, 17, 31), [(NUDGE, FRIDAY)]) == []
    assert due(ReflectRule(enabled=True, nudge=False), at(FRIDAY, 17, 31)) == []
    together = ReflectRule(enabled=True, at=dt.time(17, 0), nudge=True, nudge_at=dt.time(17, 0))
    assert due(together, at(FRIDAY, 17, 0)) == [REMINDER, NUDGE]


def test_friday_to_monday_at_the_edges_of_the_half_hour():
    monday = FRIDAY + dt.timedelta(days=3)
    for day, expected in (
        (FRIDAY, [REMINDER]),
        (FRIDAY + dt.timedelta(days=1), []),
        (FRIDAY + dt.timedelta(days=2), []),
        (monday, [REMINDER]),
    ):
        assert due(ON, at(day, 16, 30)) == expected
        assert due(ON, at(day, 16, 29, 59)) == []
        assert due(ON, at(day, 16, 59, 59)) == expected
        assert due(ON, at(day, 17, 0)) == []
    assert due(ReflectRule(enabled=True, days=frozenset()), at(monday, 16, 30)) == []  # no day chosen: never
    assert due(ReflectRule(enabled=False, nudge=True), at(FRIDAY, 17, 31)) == []  # the nudge needs reminders on


def test_local_times_on_the_days_the_clocks_change():
    from zoneinfo import ZoneInfo

    london = ZoneInfo("Europe/London")
    for day in (dt.date(2026, 3, 30), dt.date(2026, 10, 26)):  # the Mondays after the clocks change (BST begins, ends)
        sunday = day - dt.timedelta(days=1)
        assert due(
            ReflectRule(enabled=True, days=frozenset({6})), dt.datetime.combine(sunday, dt.time(16, 30), london)
        ) == [REMINDER]
        assert due(ON, dt.datetime.combine(day, dt.time(16, 30), london)) == [REMINDER]
        assert due(ON, dt.datetime.combine(day, dt.time(16, 29), london)) == []


def test_what_was_shown_is_kept_between_runs_without_journal_text():
    shown = [(REMINDER, FRIDAY), (NUDGE, FRIDAY)]
    assert shown_text(shown) == "reminder 2026-12-04;nudge 2026-12-04"
    assert shown_from(shown_text(shown)) == shown
    assert shown_from("") == [] and shown_from("reminder 2026-13-40;Visit x;nudge") == []
    assert due(ON, at(FRIDAY, 16, 35), shown_from(shown_text(shown))) == []


def test_the_rule_from_settings():
    assert rule_from({}) == ReflectRule()
    rule = rule_from(
        {S.REFLECT_REMIND: True, S.REFLECT_AT_MINUTES: 9 * 60 + 5, S.REFLECT_DAYS: "024x9", S.REFLECT_NUDGE: "true"}
    )
    assert rule.enabled and rule.at == dt.time(9, 5) and rule.days == {0, 2, 4} and rule.nudge
    assert rule_from({S.REFLECT_AT_MINUTES: 99_999}).at == dt.time(23, 59)  # clamped, never an error


def test_a_home_visit_with_nothing_written_counts_until_something_is(journal):
    record = PromptRecord("org.example/p1", "org.example", "Before the visit", ("What do I know already?",))
    planned = journal.entries.save(
        Entry(
            title="Visit",
            body="> **What do I know already?**\n\n",
            kind="home_visit",
            happened_on=FRIDAY,
            prompt_ids=["org.example/p1"],
            prompt_records=[record],
        )
    )
    journal.entries.save(Entry(title="Empty visit", body="", kind="home_visit", happened_on=FRIDAY))
    journal.entries.save(Entry(title="Written", body="The baby was asleep.", kind="home_visit", happened_on=FRIDAY))
    journal.entries.save(Entry(title="Call", body="", kind="phone_call", happened_on=FRIDAY))
    journal.entries.save(
        Entry(title="Yesterday", body="", kind="home_visit", happened_on=FRIDAY - dt.timedelta(days=1))
    )
    assert home_visits_without_reflection(journal, FRIDAY) == 2
    entry = journal.entries.get(planned.id)
    entry.body += "Mum had moved the cot since last week.\n"
    journal.entries.save(entry)
    assert home_visits_without_reflection(journal, FRIDAY) == 1
