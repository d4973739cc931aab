"""Supervision reminders: on the unlocked journal view and the menu, and a
desktop notification (off by default) that never carries journal text."""

from __future__ import annotations

import datetime as dt

from reflectjournal.core import settings as S
from reflectjournal.core.models import Action, SupervisionSession

TODAY = dt.date(2026, 3, 9)
SECRETS = ("Priya Shah", "Okafor", "Team room", "chronology", "10 March", "Hill family")


class FakeNotifier:
    def __init__(self):
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> None:
        self.sent.append((title, message))


def _setup(window):
    sup = window.supervision
    sup.service.today = lambda: TODAY
    fake = FakeNotifier()
    sup.reminders.notifier = fake
    window.session.journal_for_tests.supervision.save(
        SupervisionSession(
            held_on=TODAY - dt.timedelta(days=28),
            status="held",
            with_name="Priya Shah",
            place="Team room",
            next_on=TODAY + dt.timedelta(days=1),
            actions=[
                Action("Update the Okafor chronology", "me", TODAY - dt.timedelta(days=2)),
                Action("Ask about co-working the Hill family", "Priya Shah", TODAY - dt.timedelta(days=1)),
                Action("Later", "me", TODAY + dt.timedelta(days=20)),
            ],
        )
    )
    return sup, fake


def test_reminders_show_on_the_unlocked_view_and_the_menu(qtbot, open_window):
    sup, fake = _setup(open_window)
    sup.reminders.refresh()
    bar = sup.reminders.bar
    assert bar.isVisibleTo(open_window)
    assert bar.label.text() == "Supervision tomorrow · 2 actions overdue"
    menu = sup.reminders.menu
    assert menu is not None and menu.title() == "&Supervision (3)"
    # Off by default: nothing was sent.
    assert open_window.prefs.get(S.SUPERVISION_NOTIFY) is False and fake.sent == []


def test_the_notification_says_only_fixed_words_and_never_journal_text(qtbot, open_window):
    sup, fake = _setup(open_window)
    sup.reminders.notify_action.setChecked(True)  # the user turns it on
    assert open_window.prefs.get(S.SUPERVISION_NOTIFY) is True
    assert fake.sent == [("reflectjournal", "Supervision tomorrow; 2 actions overdue")]
    sup.reminders.refresh()  # once a day only
    assert len(fake.sent) == 1
    for title, message in fake.sent:
        for secret in SECRETS:
            assert secret not in title and secret not in message
        allowed = {"Supervision today", "Supervision tomorrow", "1 action overdue", "2 actions overdue"}
        assert set(message.split("; ")) <= allowed


def test_nothing_shows_while_locked(qtbot, open_window):
    sup, fake = _setup(open_window)
    sup.reminders.notify_action.setChecked(True)
    fake.sent.clear()
    open_window.session.lock("manual")
    qtbot.waitUntil(lambda: not open_window.session.is_unlocked)
    assert sup.reminders.bar.isHidden() and sup.reminders.bar.label.text() == ""
    assert sup.reminders.menu.title() == "&Supervision"
    sup.reminders.refresh()  # e.g. a timer firing while locked
    assert sup.reminders.bar.isHidden() and fake.sent == []
