"""Reminders to reflect in the app: off by default; "Time to reflect?" at
its time; the home-visit nudge only while a visit of the day has nothing
written and only while unlocked; never any journal text (a fake
notification service records every word sent); the Settings rows."""

from __future__ import annotations

import datetime as dt

from reflectjournal.core import settings as S
from reflectjournal.core.models import Entry
from reflectjournal.ui.dialogs import EDITABLE, SettingsDialog

FRIDAY = dt.date(2026, 12, 4)
SECRETS = ("Tayo", "Okafor", "Flat 3", "bruise", "Visit to the Okafor family")


class FakeNotifier:
    def __init__(self):
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> None:
        self.sent.append((title, message))


class Clock:
    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def _reminders(window, now: dt.datetime):
    reminders = window.looking_back.reflect_reminders
    fake, clock = FakeNotifier(), Clock(now)
    reminders.notifier, reminders._clock, reminders.shown = fake, clock, []
    return reminders, fake, clock


def _never_journal_text(fake: FakeNotifier) -> None:
    for title, message in fake.sent:
        assert title == "reflectjournal"
        assert message in ("Time to reflect?", "A home visit today has no reflection yet.")
        assert not any(secret.casefold() in (title + message).casefold() for secret in SECRETS)


def test_off_by_default_then_once_at_its_time(qtbot, open_window, prefs):
    reminders, fake, clock = _reminders(open_window, dt.datetime(2026, 12, 4, 16, 30))
    assert reminders.timer.isActive()
    assert reminders.check() == [] and fake.sent == []  # off until asked for
    prefs.set(S.REFLECT_REMIND, True)
    clock.now = dt.datetime(2026, 12, 4, 16, 29)
    assert reminders.check() == []
    clock.now = dt.datetime(2026, 12, 4, 16, 31)
    assert reminders.check() == ["reminder"]
    clock.now = dt.datetime(2026, 12, 4, 16, 40)
    assert reminders.check() == []  # once a day
    assert fake.sent == [("reflectjournal", "Time to reflect?")]
    # Shown while locked too: one line, no journal text.
    open_window.session.lock("manual")
    clock.now = dt.datetime(2026, 12, 7, 16, 30)  # Monday
    assert reminders.check() == ["reminder"]
    _never_journal_text(fake)


def test_a_restart_within_the_half_hour_does_not_show_it_again(qtbot, open_window, prefs):
    from reflectjournal.ui.reflect_reminders import ReflectReminders

    prefs.set(S.REFLECT_REMIND, True)
    reminders, fake, _clock = _reminders(open_window, dt.datetime(2026, 12, 4, 16, 31))
    assert reminders.check() == ["reminder"]
    assert prefs.get(S.REFLECT_SHOWN) == "reminder 2026-12-04"
    again = ReflectReminders(open_window.session, prefs, notifier=fake, clock=lambda: dt.datetime(2026, 12, 4, 16, 45))
    assert again.check() == [] and len(fake.sent) == 1
    monday = ReflectReminders(open_window.session, prefs, notifier=fake, clock=lambda: dt.datetime(2026, 12, 7, 16, 45))
    assert monday.check() == ["reminder"] and prefs.get(S.REFLECT_SHOWN) == "reminder 2026-12-07"
    for r in (again, monday):
        r.timer.stop()


def test_the_home_visit_nudge_says_nothing_of_the_visit(qtbot, open_window, prefs):
    journal = open_window.session.journal_for_tests
    journal.entries.save(Entry(title="Visit to the Okafor family", body="", kind="home_visit", happened_on=FRIDAY))
    prefs.set(S.REFLECT_REMIND, True)
    prefs.set(S.REFLECT_NUDGE, True)
    reminders, fake, clock = _reminders(open_window, dt.datetime(2026, 12, 4, 17, 30))
    assert reminders.check() == ["nudge"]
    assert fake.sent == [("reflectjournal", "A home visit today has no reflection yet.")]
    _never_journal_text(fake)


def test_no_nudge_once_written_or_while_locked(qtbot, open_window, prefs):
    journal = open_window.session.journal_for_tests
    entry = journal.entries.save(
        Entry(title="Visit to the Okafor family", body="", kind="home_visit", happened_on=FRIDAY)
    )
    prefs.set(S.REFLECT_REMIND, True)
    prefs.set(S.REFLECT_NUDGE, True)
    reminders, fake, _clock = _reminders(open_window, dt.datetime(2026, 12, 4, 17, 35))
    entry.body = "Tayo showed me a bruise on her arm; Flat 3 was cold."
    journal.entries.save(entry)
    assert reminders.check() == [] and fake.sent == []
    # Locked with the visit written: nothing to say.
    open_window.session.lock("manual")
    reminders.shown = []
    assert reminders.check() == [] and fake.sent == []


def test_locked_at_the_end_of_the_day_the_nudge_says_only_time_to_reflect(qtbot, open_window, prefs):
    """The journal usually locks before 17:30: what the nudge needs is known
    at the lock (a date only), and locked it says only the reminder's line."""
    journal = open_window.session.journal_for_tests
    journal.entries.save(Entry(title="Visit to the Okafor family", body="", kind="home_visit", happened_on=FRIDAY))
    prefs.set(S.REFLECT_REMIND, True)
    prefs.set(S.REFLECT_NUDGE, True)
    reminders, fake, clock = _reminders(open_window, dt.datetime(2026, 12, 4, 17, 10))
    open_window.session.lock("manual")
    clock.now = dt.datetime(2026, 12, 4, 17, 31)
    assert reminders.check() == ["nudge"]
    assert fake.sent == [("reflectjournal", "Time to reflect?")]
    assert reminders.check() == []  # once
    clock.now = dt.datetime(2026, 12, 7, 17, 31)  # Monday, still locked: Friday's fact says nothing of Monday
    assert reminders.check() == [] and len(fake.sent) == 1
    _never_journal_text(fake)


def test_the_settings_rows_read_and_write_the_rule(qtbot, open_window, prompter, prefs):
    dialog = SettingsDialog({s: prefs.get(s) for s in EDITABLE}, prompter)
    qtbot.addWidget(dialog)
    group = dialog.reflect_group
    assert not group.check.isChecked() and not group.at_edit.isEnabled()
    assert [box.isChecked() for box in group.day_checks] == [True] * 5 + [False] * 2
    group.check.setChecked(True)
    assert group.at_edit.isEnabled() and not group.nudge_edit.isEnabled()
    group.day_checks[0].setChecked(False)
    group.day_checks[5].setChecked(True)
    group.nudge_check.setChecked(True)
    values = dialog.values()
    assert values[S.REFLECT_REMIND] is True and values[S.REFLECT_DAYS] == "12345" and values[S.REFLECT_NUDGE] is True
    assert values[S.REFLECT_AT_MINUTES] == 16 * 60 + 30
    assert "Time to reflect?" in group.check.text()
