"""The entry list's calendar (issue 15, item 5): a day or a month, then any date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView

from reflectjournal.core.models import Entry


def titles(window) -> list[str]:
    return [
        s.title for s in window.session.entries.summaries(window.session.entries.ids(window.list_pane.current_filter()))
    ]


def test_pick_a_day_a_month_then_any_date(qtbot, open_window):
    window = open_window
    pane = window.list_pane
    window.session.journal_for_tests.entries.save_many(
        [
            Entry(title="Third of May", happened_on=dt.date(2026, 5, 3)),
            Entry(title="Twentieth of May", happened_on=dt.date(2026, 5, 20)),
            Entry(title="June", happened_on=dt.date(2026, 6, 1)),
        ]
    )
    pane.reload()
    button = pane.calendar_button
    pane.from_filter.setDate(QDate(2026, 5, 3))  # the calendar opens at the From date
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    picker = button.picker
    qtbot.waitUntil(picker.isVisible, timeout=2000)
    assert picker.selected() == dt.date(2026, 5, 3)
    assert {dt.date(2026, 5, 3), dt.date(2026, 5, 20), dt.date(2026, 6, 1)} <= picker.marked()  # bold: has entries
    picker.calendar.setSelectedDate(QDate(2026, 5, 20))
    grid = picker.calendar.findChild(QAbstractItemView)  # the days, where the keyboard is
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # Enter shows the day
    assert not picker.isVisible()
    assert (pane.from_filter.value(), pane.to_filter.value()) == (dt.date(2026, 5, 20), dt.date(2026, 5, 20))
    assert titles(window) == ["Twentieth of May"]
    picker.open_at(button, dt.date(2026, 5, 20))
    picker.month_button.click()
    assert (pane.from_filter.value(), pane.to_filter.value()) == (dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    assert sorted(titles(window)) == ["Third of May", "Twentieth of May"]
    picker.open_at(button, None)
    picker.any_button.click()
    assert pane.from_filter.is_any() and pane.to_filter.is_any()
    assert sorted(titles(window)) == ["June", "Third of May", "Twentieth of May"]


def test_the_calendar_is_named_and_reached_by_tab(open_window):
    button = open_window.list_pane.calendar_button
    assert button.accessibleName() == "Pick a day or month on a calendar"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
