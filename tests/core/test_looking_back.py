"""Looking back (issue 15): the figures equal those computed here, by
other means, from the same generated entries."""

from __future__ import annotations

import datetime as dt
import random
import statistics
from collections import Counter

import pytest

from reflectjournal.core import looking_back as lb
from reflectjournal.core.models import Entry, EntryFilter, Wellbeing

KINDS = ["home_visit", "court", "core_group", "supervision", "other"]


@pytest.fixture
def generated(journal):
    """Eight months of entries: some days none, some several; about half with
    a check-in; a few in the trash (which must count for nothing)."""
    rng = random.Random(15)
    entries = []
    day = dt.date(2026, 1, 1)
    while day <= dt.date(2026, 8, 31):
        for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
            wellbeing = Wellbeing(rng.randint(1, 5), rng.choice(["", "tired", "ok"])) if rng.random() < 0.5 else None
            entries.append(Entry(title=f"On {day}", happened_on=day, kind=rng.choice(KINDS), wellbeing=wellbeing))
        day += dt.timedelta(days=1)
    journal.entries.save_many(entries)
    saved = [journal.entries.get(i) for i in journal.entries.ids(EntryFilter())]
    binned = saved[::17]
    for entry in binned:
        journal.entries.trash(entry.id)
    live = [e for e in saved if e.id not in {b.id for b in binned}]
    return live


def test_figures_equal_an_independent_count(journal, generated):
    start, end = dt.date(2026, 3, 10), dt.date(2026, 6, 9)
    view = lb.look_back(journal, start, end)
    inside = [e for e in generated if start <= e.happened_on <= end]
    # Days reflected on, and how many entries each.
    assert view.days == dict(Counter(e.happened_on for e in inside))
    assert view.entries == len(inside)
    # Counts by week (Monday to Sunday) and kind, every week present.
    expected: dict[dt.date, Counter] = {}
    monday = start - dt.timedelta(days=start.weekday())
    while monday <= end:
        expected[monday] = Counter()
        monday += dt.timedelta(days=7)
    for e in inside:
        expected[e.happened_on - dt.timedelta(days=e.happened_on.weekday())][e.kind] += 1
    assert [w.monday for w in view.weeks] == list(expected)
    assert [w.counts for w in view.weeks] == [dict(c) for c in expected.values()]
    # Check-ins, their mean, and the mean of the same length just before.
    scored = sorted((e for e in inside if e.wellbeing), key=lambda e: (e.happened_on, e.id))
    assert [c.score for c in view.check_ins] == [e.wellbeing.score for e in scored]
    assert view.average == pytest.approx(statistics.mean(e.wellbeing.score for e in scored))
    before = [
        e.wellbeing.score
        for e in generated
        if e.wellbeing and start - (end - start) - dt.timedelta(days=1) <= e.happened_on < start
    ]
    assert view.previous_average == pytest.approx(statistics.mean(before))


def test_the_rolling_average_ignores_days_without_a_check_in(journal):
    days = {dt.date(2026, 5, 1): 1, dt.date(2026, 5, 2): 5, dt.date(2026, 5, 20): 3, dt.date(2026, 5, 26): 2}
    journal.entries.save_many([Entry(title="x", happened_on=d, wellbeing=Wellbeing(s)) for d, s in days.items()])
    journal.entries.save(Entry(title="no check-in", happened_on=dt.date(2026, 5, 10)))
    view = lb.look_back(journal, dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    # 1 May: itself. 2 May: 1 and 5. 20 May: alone (2 May is 18 days back),
    # never pulled down by the days between. 26 May: 20 and 26 May.
    assert list(view.rolling) == [1.0, 3.0, 3.0, 2.5]


def test_several_check_ins_on_one_day_share_that_days_average(journal):
    day = dt.date(2026, 5, 3)
    journal.entries.save_many([Entry(title=str(s), happened_on=day, wellbeing=Wellbeing(s)) for s in (1, 2, 5)])
    assert list(lb.look_back(journal, day, day).rolling) == [pytest.approx(8 / 3)] * 3


@pytest.mark.parametrize(
    ("scores", "fires"),
    [
        ([2, 2, 2, 2], True),  # four at exactly the threshold
        ([2, 2, 2], False),  # too few
        ([2, 2, 2, 3], False),  # mean 2.25
        ([1, 1, 3, 3], True),  # mean 2.0
        ([1, 1, 1, 1, 5, 5, 5, 5], False),  # mean 2.5
    ],
)
def test_the_low_signal_at_its_boundaries(scores, fires):
    today = dt.date(2026, 6, 14)
    points = [lb.CheckIn(today - dt.timedelta(days=i), s, "", i) for i, s in enumerate(scores)]
    signal = lb.low_signal(points, today)
    assert (signal is not None) == fires
    if signal:
        assert signal.since == dt.date(2026, 6, 1) and signal.check_ins == len(scores)


def test_the_low_signal_counts_only_its_window(journal):
    today = dt.date(2026, 6, 14)
    rule = lb.SignalRule(days=14, threshold=2.0, min_check_ins=4)
    low = [today - dt.timedelta(days=d) for d in (0, 3, 6, 13)]  # 13 days back is the window's first day
    journal.entries.save_many([Entry(title="low", happened_on=d, wellbeing=Wellbeing(1)) for d in low])
    assert lb.low_signal_now(journal, today, rule) is not None
    assert lb.low_signal_now(journal, today + dt.timedelta(days=1), rule) is None  # the oldest has left it
    journal.entries.save(Entry(title="well", happened_on=today, wellbeing=Wellbeing(5)))  # mean 1.8
    assert lb.low_signal_now(journal, today, rule) is not None
    journal.entries.save(Entry(title="well", happened_on=today, wellbeing=Wellbeing(5)))  # mean 2.33
    assert lb.low_signal_now(journal, today, rule) is None


def test_periods_and_months():
    end = dt.date(2026, 3, 31)
    assert lb.period_start("4w", end) == dt.date(2026, 3, 4)
    assert lb.period_start("3m", end) == dt.date(2026, 1, 1)
    assert lb.period_start("12m", end) == dt.date(2025, 4, 1)
    assert lb.minus_months(dt.date(2024, 3, 31), 1) == dt.date(2024, 2, 29)
    assert lb.minus_months(dt.date(2026, 1, 15), 1) == dt.date(2025, 12, 15)
    assert lb.minus_months(dt.date(2024, 2, 29), 12) == dt.date(2023, 2, 28)


def test_on_this_day_finds_a_month_and_a_year_ago(journal):
    today = dt.date(2026, 3, 31)
    month = journal.entries.save(Entry(title="A month ago", happened_on=dt.date(2026, 2, 28)))
    year = journal.entries.save(Entry(title="A year ago", happened_on=dt.date(2025, 3, 31)))
    journal.entries.save(Entry(title="Not this one", happened_on=dt.date(2026, 3, 1)))
    binned = journal.entries.save(Entry(title="Binned", happened_on=dt.date(2025, 3, 31)))
    journal.entries.trash(binned.id)
    found = lb.on_this_day(journal, today)
    assert [(r.ago, r.entry_id, r.title) for r in found] == [
        ("month", month.id, "A month ago"),
        ("year", year.id, "A year ago"),
    ]


def test_check_ins_never_read_the_entries_text(journal):
    plan = journal.conn.execute(
        "EXPLAIN QUERY PLAN SELECT happened_on, wellbeing_score, wellbeing_words, id FROM entries"
        " WHERE deleted_at IS NULL AND happened_on BETWEEN ? AND ? AND wellbeing_score IS NOT NULL"
        " ORDER BY happened_on, happened_at, id",
        ("2026-01-01", "2026-12-31"),
    ).fetchall()
    assert "COVERING INDEX entries_wellbeing" in plan[0][3]


def test_an_empty_period_has_no_figures_and_is_not_an_error(journal):
    view = lb.look_back(journal, dt.date(2026, 1, 1), dt.date(2026, 1, 28))
    assert view.average is None and view.previous_average is None and view.entries == 0
    assert len(view.weeks) == 5 and all(w.total == 0 for w in view.weeks)
    with pytest.raises(ValueError):
        lb.look_back(journal, dt.date(2026, 1, 2), dt.date(2026, 1, 1))
