"""The low check-ins signal (issue 15, item 2) at its boundaries, with an
injected today; its words; the per-preparation memory; and the chart's
period and words (item 3). No Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from reflectjournal.core import low_signal as ls
from reflectjournal.core import settings as S
from reflectjournal.core.journal_settings import JournalSettings
from reflectjournal.core.looking_back import CheckIn, LowSignal, SignalRule
from reflectjournal.core.models import AgendaItem, Entry, SupervisionSession, Wellbeing
from reflectjournal.core.wellbeing_chart import chart_for_session, chart_period, chart_summary, chart_table

TODAY = dt.date(2026, 6, 14)
RULE = SignalRule()  # the default: at or below 2 over 14 days, at least 4 check-ins


def on(days_back: list[int], scores: list[int]) -> list[CheckIn]:
    return [
        CheckIn(TODAY - dt.timedelta(days=d), s, "", i) for i, (d, s) in enumerate(zip(days_back, scores, strict=True))
    ]


def test_the_default_rule_is_two_weeks_at_or_below_2_from_4():
    assert ls.signal_rule(lambda s: s.default) == SignalRule(days=14, threshold=2.0, min_check_ins=4)


def test_an_average_of_exactly_2_fires_and_2_01_does_not():
    exactly = on([0] * 100, [2] * 100)
    just_over = on([0] * 100, [2] * 99 + [3])  # 201 / 100 = 2.01
    signal = ls.signal_for(exactly, TODAY, RULE)
    assert signal is not None and signal.average == 2.0 and signal.check_ins == 100
    assert ls.signal_for(just_over, TODAY, RULE) is None


def test_four_check_ins_fire_and_three_do_not():
    assert ls.signal_for(on([0, 1, 2, 3], [1, 1, 1, 1]), TODAY, RULE) is not None
    assert ls.signal_for(on([0, 1, 2], [1, 1, 1]), TODAY, RULE) is None


def test_the_window_edges():
    # 13 days back is the window's first day; 14 days back is outside it.
    inside = on([0, 1, 2, 13], [1, 1, 1, 1])
    signal = ls.signal_for(inside, TODAY, RULE)
    assert signal is not None and signal.since == dt.date(2026, 6, 1)
    assert ls.signal_for(on([0, 1, 2, 14], [1, 1, 1, 1]), TODAY, RULE) is None
    # A check-in after "today" (a future-dated entry) counts for nothing.
    assert ls.signal_for(on([0, 1, 2, -1], [1, 1, 1, 1]), TODAY, RULE) is None
    # A well check-in just outside the window does not lift the average.
    assert ls.signal_for(on([0, 1, 2, 3, 14], [2, 2, 2, 2, 5]), TODAY, RULE) is not None


def test_days_without_a_check_in_are_ignored_not_zero(journal):
    """Four low check-ins spread over two weeks, entries without a check-in
    between them: the mean is of the check-ins only (a zero would pull it
    down; counting the entries would make it fire with fewer)."""
    days = [0, 4, 8, 12]
    journal.entries.save_many(
        [Entry(title="low", happened_on=TODAY - dt.timedelta(days=d), wellbeing=Wellbeing(2)) for d in days[:3]]
        + [Entry(title="no check-in", happened_on=TODAY - dt.timedelta(days=d)) for d in range(14)]
    )
    assert ls.signal_in(journal, TODAY, RULE) is None  # three check-ins, however many entries
    journal.entries.save(Entry(title="fourth", happened_on=TODAY - dt.timedelta(days=12), wellbeing=Wellbeing(2)))
    signal = ls.signal_in(journal, TODAY, RULE)
    assert signal == LowSignal(since=dt.date(2026, 6, 1), average=2.0, check_ins=4)


def test_switched_off_it_never_fires(journal):
    values = {s: s.default for s in S.ALL_SETTINGS} | {S.LOW_SIGNAL: False}
    rule = ls.signal_rule(values.__getitem__)
    assert rule is None
    assert ls.signal_for(on([0, 1, 2, 3], [1, 1, 1, 1]), TODAY, rule) is None
    journal.entries.save_many([Entry(title="low", happened_on=TODAY, wellbeing=Wellbeing(1)) for _ in range(5)])
    assert ls.signal_in(journal, TODAY, rule) is None
    assert ls.signal_in(journal, TODAY, RULE) is not None


def test_the_rule_follows_the_settings():
    values = {s: s.default for s in S.ALL_SETTINGS} | {
        S.LOW_SIGNAL_DAYS: 21,
        S.LOW_SIGNAL_TENTHS: 25,
        S.LOW_SIGNAL_CHECK_INS: 6,
    }
    rule = ls.signal_rule(values.__getitem__)
    assert rule == SignalRule(days=21, threshold=2.5, min_check_ins=6)
    six = on([0, 3, 6, 9, 12, 20], [3, 3, 2, 2, 3, 2])  # 15 / 6 = 2.5, the last 20 days back: inside 21
    assert ls.signal_for(six, TODAY, rule) is not None
    assert ls.signal_for(six[:5], TODAY, rule) is None


def test_the_note_is_calm_and_british():
    signal = LowSignal(since=dt.date(2026, 6, 1), average=1.8, check_ins=5)
    assert ls.note_text(signal, 14) == (
        "Your check-ins over the last two weeks have been low (average 1.8 from 5 check-ins). "
        "If you want, you can add “How the work is affecting me” to the support part of the agenda."
    )
    assert ls.period_words(7) == "the last week"
    assert ls.period_words(21) == "the last three weeks"
    assert ls.period_words(10) == "the last 10 days"


def test_the_note_shows_once_per_preparation(journal):
    settings = JournalSettings(journal)
    signal = LowSignal(since=dt.date(2026, 6, 1), average=1.5, check_ins=4)
    preparing = SupervisionSession(held_on=TODAY, status="preparing", id=7)
    assert ls.shows_note(preparing, signal, ls.is_dismissed(settings, 7))
    ls.dismiss(settings, 7)
    assert not ls.shows_note(preparing, signal, ls.is_dismissed(settings, 7))
    assert not ls.is_dismissed(settings, 8)  # a later preparation may show it again
    assert not ls.shows_note(SupervisionSession(held_on=TODAY, status="held", id=9), signal, False)
    assert not ls.shows_note(preparing, None, False)
    with_item = SupervisionSession(held_on=TODAY, agenda=[AgendaItem("support", " how the work is  affecting me ")])
    assert not ls.shows_note(with_item, signal, False)
    # Under another function, it is not the support item.
    elsewhere = SupervisionSession(held_on=TODAY, agenda=[AgendaItem("management", ls.AFFECTING_ME)])
    assert ls.shows_note(elsewhere, signal, False)


def test_the_chart_is_asked_for_per_preparation_and_never_ticked_for_a_line_manager(journal):
    settings = JournalSettings(journal)
    ls.ask_for_chart(settings, 3)
    assert ls.chart_asked(settings, 3) and not ls.chart_asked(settings, 4)
    for role, expected in (("line_manager", False), ("practice_supervisor", True), ("professional_educator", True)):
        assert ls.chart_by_default(SupervisionSession(with_role=role, id=3), True) is expected
    assert ls.chart_by_default(SupervisionSession(with_role="practice_supervisor", id=4), False) is False


def test_the_remembered_ids_stay_few(journal):
    settings = JournalSettings(journal)
    for session_id in range(ls.MAX_REMEMBERED + 20):
        ls.dismiss(settings, session_id)
    assert len(settings.get(ls.DISMISSED_KEY)) == ls.MAX_REMEMBERED
    assert ls.is_dismissed(settings, ls.MAX_REMEMBERED + 19) and not ls.is_dismissed(settings, 0)
    settings.set(ls.DISMISSED_KEY, "not a list")
    assert not ls.is_dismissed(settings, 1)


# -- the chart's period and words (item 3) -------------------------------------


def test_the_chart_covers_the_time_since_the_last_session_or_four_weeks():
    prep = SupervisionSession(held_on=dt.date(2026, 6, 20))
    last = SupervisionSession(held_on=dt.date(2026, 5, 20), status="held")
    assert chart_period(prep, last, TODAY) == (dt.date(2026, 5, 20), TODAY, dt.date(2026, 5, 20))
    assert chart_period(prep, None, TODAY) == (dt.date(2026, 5, 18), TODAY, None)
    held = SupervisionSession(held_on=dt.date(2026, 6, 1), status="held")
    assert chart_period(held, last, TODAY) == (dt.date(2026, 5, 20), dt.date(2026, 6, 1), dt.date(2026, 5, 20))


def test_the_chart_reads_the_journal_and_says_what_it_shows(journal):
    journal.supervision.save(SupervisionSession(held_on=dt.date(2026, 6, 1), status="held"))
    prep = journal.supervision.save(SupervisionSession(held_on=dt.date(2026, 6, 15)))
    journal.entries.save_many(
        [
            Entry(title="before", happened_on=dt.date(2026, 5, 30), wellbeing=Wellbeing(5)),
            Entry(title="a", happened_on=dt.date(2026, 6, 2), wellbeing=Wellbeing(2, "WORDS-STAY-HOME")),
            Entry(title="none", happened_on=dt.date(2026, 6, 3)),
            Entry(title="b", happened_on=dt.date(2026, 6, 10), wellbeing=Wellbeing(3)),
        ]
    )
    chart = chart_for_session(journal, prep.id, TODAY)
    assert (chart.start, chart.end) == (dt.date(2026, 6, 1), TODAY)
    assert [(p.day.day, p.score) for p in chart.points] == [(2, 2), (10, 3)]
    summary = chart_summary(chart)
    assert summary == (
        "Wellbeing check-ins since the last supervision session (1 June 2026 to 14 June 2026): 2 check-ins on 2 of "
        "14 days, average 2.5 on a scale of 1 (struggling) to 5 (well), lowest 2, highest 3. Days without a "
        "check-in are left blank, never counted as zero."
    )
    table = "\n".join(chart_table(chart))
    assert "| 2 June 2026 | 2 | 2.0 |" in table and "| 10 June 2026 | 3 | 3.0 |" in table
    assert "WORDS-STAY-HOME" not in summary + table
    assert "3 June" not in table  # no row, and no zero, for a day without a check-in


def test_a_chart_with_no_check_ins_says_so():
    from reflectjournal.core.wellbeing_chart import chart_from

    chart = chart_from([], dt.date(2026, 5, 18), TODAY, None)
    assert chart_summary(chart) == (
        "Wellbeing check-ins over the last 4 weeks (18 May 2026 to 14 June 2026; no earlier session is recorded): "
        "none were given."
    )
    assert chart_table(chart) == []


@pytest.mark.parametrize("days", [1, 5, 14, 28, 60, 120, 400])
def test_the_charts_date_labels_stay_few_and_inside(days):
    from reflectjournal.record_chart import tick_days

    start = TODAY - dt.timedelta(days=days - 1)
    ticks = tick_days(start, TODAY)
    assert 1 <= len(ticks) <= 9
    assert all(start <= t <= TODAY for t in ticks)
