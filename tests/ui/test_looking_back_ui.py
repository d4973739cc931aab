"""The Looking back window (issue 15): its figures, keyboard, signal, lock."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPalette

from reflectjournal.core import looking_back as lb
from reflectjournal.core import settings as S
from reflectjournal.core.models import Entry, Wellbeing
from reflectjournal.ui.looking_back.charts import DaysChart, WellbeingChart, WorkChart
from reflectjournal.ui.theme import dark_palette, light_palette

TODAY = dt.date(2026, 6, 14)


def put(window, *entries: Entry) -> None:
    window.session.journal_for_tests.entries.save_many(list(entries))


@pytest.fixture
def looking(open_window):
    window = open_window
    window.looking_back._today = lambda: TODAY
    return window


def test_the_window_shows_the_period_in_words_and_charts(qtbot, looking):
    window = looking
    put(
        window,
        Entry(title="a", happened_on=dt.date(2026, 6, 1), kind="home_visit", wellbeing=Wellbeing(2, "tired")),
        Entry(title="b", happened_on=dt.date(2026, 6, 2), kind="court", wellbeing=Wellbeing(4)),
        Entry(title="c", happened_on=dt.date(2026, 6, 2), kind="home_visit"),
        Entry(title="before", happened_on=dt.date(2026, 5, 1), kind="court", wellbeing=Wellbeing(5)),
    )
    assert window.looking_back.action.isEnabled()
    window.looking_back.action.trigger()
    view = window.looking_back.window
    qtbot.waitExposed(view)
    assert view.wellbeing_summary.text() == "Average 3.0 over the last 4 weeks (2 check-ins), down from 5.0."
    assert view.work_summary.text().startswith("3 entries over the last 4 weeks: Home visit 2, Court 1.")
    assert view.days_summary.text() == "You reflected on 2 of 28 days."
    assert view.wellbeing_chart.item_count() == 2 and view.days_chart.item_count() == 28
    assert "Home visit" in view.legend.text() and "&lt;" not in view.legend.text()
    # Keyboard: the newest point is current; Left goes back; its words are its description.
    chart = view.wellbeing_chart
    chart.setFocus()
    assert chart.current == 1
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.current == 0
    assert chart.accessibleDescription() == "Monday 1 June 2026: 2 out of 5, rolling average 2.0 (tired)"
    days = view.days_chart
    days.set_current(0)
    qtbot.keyClick(days, Qt.Key.Key_Right)  # a week on
    assert days.current == 7
    qtbot.keyClick(days, Qt.Key.Key_Down)  # a day on
    assert days.current == 8
    # A longer period.
    view.period_combo.setCurrentIndex(view.period_combo.findData("12m"))
    assert view.view.start == dt.date(2025, 6, 15)
    assert "(3 check-ins)" in view.wellbeing_summary.text()
    # Chosen dates start from the period shown, and follow the date fields.
    view.period_combo.setCurrentIndex(view.period_combo.findData("custom"))
    assert view.from_edit.isVisible() and view.view.start == dt.date(2025, 6, 15)
    view.from_edit.setDate(dt.date(2026, 6, 2))
    assert view.view.start == dt.date(2026, 6, 2)
    assert view.days_summary.text() == "You reflected on 1 of 13 days."


def test_a_kind_named_like_markup_is_shown_as_written(qtbot, looking):
    window = looking
    with window.session.journal_for_tests.write() as conn:
        conn.execute("INSERT INTO kinds(key, label, builtin, position) VALUES ('x', '<b>Bold</b> & co', 0, 99)")
    put(window, Entry(title="a", happened_on=TODAY, kind="x"))
    view = window.looking_back.show_window()
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in view.legend.text()


def test_the_low_signal_offers_the_agenda_once_and_can_be_turned_off(qtbot, looking, prefs):
    window = looking
    put(
        window,
        *[Entry(title="low", happened_on=TODAY - dt.timedelta(days=d), wellbeing=Wellbeing(1)) for d in range(4)],
    )
    view = window.looking_back.show_window()
    assert view.signal_frame.isVisible()
    assert "over the last two weeks have been low (average 1.0 from 4 check-ins)" in view.signal_label.text()
    window.looking_back.add_to_agenda()
    window.looking_back.add_to_agenda()
    sv = window.supervision.window
    assert sv.save_now()
    session = window.session.supervision.get(sv.editor.session_id)
    assert [(i.function, i.text) for i in session.agenda].count(("support", "How the work is affecting me")) == 1
    window.supervision.close_all()
    view.signal_off_button.click()
    assert not view.signal_frame.isVisible() and prefs.get(S.LOW_SIGNAL) is False


def test_locking_forgets_every_figure(qtbot, looking):
    window = looking
    put(window, Entry(title="a", happened_on=TODAY, wellbeing=Wellbeing(3, "fine")))
    view = window.looking_back.show_window()
    assert view.wellbeing_summary.text()
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: not window.session.is_unlocked, timeout=5000)
    assert not view.isVisible() and view.view is None
    assert view.wellbeing_summary.text() == "" and not window.looking_back.action.isEnabled()


def sample_view(empty: bool = False) -> lb.LookingBack:
    start, end = dt.date(2025, 6, 15), TODAY
    points = (
        () if empty else tuple(lb.CheckIn(start + dt.timedelta(days=d), 1 + d % 5, "w", d) for d in range(0, 365, 3))
    )
    weeks = tuple(
        lb.WeekOfWork(
            lb.monday_of(start) + dt.timedelta(days=7 * w), {} if empty else {"home_visit": w % 4, "court": 1}
        )
        for w in range(53)
    )
    days = {} if empty else {start + dt.timedelta(days=d): d % 4 for d in range(0, 365, 2) if d % 4}
    return lb.LookingBack(start, end, points, tuple(lb.rolling_averages(list(points))), weeks, days, None)


@pytest.mark.parametrize("size", [QSize(180, 110), QSize(700, 260), QSize(1900, 700)])
@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("empty", [False, True])
def test_every_chart_draws_at_every_size_and_theme(qapp, size, dark, empty):
    palette = dark_palette() if dark else light_palette()
    view = sample_view(empty)
    for chart in (WellbeingChart(), WorkChart(), DaysChart()):
        chart.setPalette(palette)
        if isinstance(chart, WorkChart):
            chart.set_view(view, {"home_visit": "Home visit", "court": "Court"})
        else:
            chart.set_view(view)
        chart.resize(size)
        image = QImage(size, QImage.Format.Format_ARGB32)
        chart.render(image)
        ground = palette.color(QPalette.ColorRole.Base).rgb()
        inked = sum(
            1 for x in range(0, size.width(), 4) for y in range(0, size.height(), 4) if image.pixel(x, y) != ground
        )
        assert inked > 0, (type(chart).__name__, size, dark, empty)  # something was drawn: data, axes or "nothing"
        if not empty:
            assert chart.item_count() > 0 and all(chart.item_rect(i).isValid() for i in range(chart.item_count()))


def test_on_this_day_lists_titles_opens_them_and_can_be_hidden_or_turned_off(qtbot, looking, prefs):
    window = looking
    month = Entry(title="A month back & more", happened_on=dt.date(2026, 5, 14))
    year = Entry(title="A year back", happened_on=dt.date(2025, 6, 14))
    put(window, month, year, Entry(title="Not today", happened_on=dt.date(2026, 5, 13)))
    window.looking_back.refresh_on_this_day()  # as after unlocking (put writes below the session)
    bar = window.looking_back.on_this_day
    assert bar.isVisible()
    assert [b.accessibleName() for b in bar.buttons] == ["A month ago: A month back & more", "A year ago: A year back"]
    assert bar.buttons[0].text().startswith("A month ago: A month back && more")  # "&" is not a shortcut
    bar.buttons[1].click()
    assert window.editor.title_edit.text() == "A year back"
    bar.close_button.click()
    assert not bar.isVisible()
    window.looking_back._hidden_on = None
    prefs.set(S.ON_THIS_DAY, False)
    window.looking_back.refresh_on_this_day()
    assert not bar.isVisible()
    prefs.set(S.ON_THIS_DAY, True)
    window.looking_back.refresh_on_this_day()
    assert bar.isVisible()
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: not window.session.is_unlocked, timeout=5000)
    assert not bar.isVisible() and bar.buttons == []  # nothing while locked


def test_settings_turn_looking_back_notes_on_and_off(qtbot, looking, prefs, prompter):
    from reflectjournal.ui.dialogs import SettingsDialog

    dialog = SettingsDialog({s: prefs.get(s) for s in S.ALL_SETTINGS}, prompter)
    assert dialog.on_this_day_check.isChecked() and dialog.low_signal_check.isChecked()
    assert dialog.low_signal_spin.value() == 14
    dialog.on_this_day_check.setChecked(False)
    dialog.low_signal_spin.setValue(21)
    values = dialog.values()
    assert values[S.ON_THIS_DAY] is False and values[S.LOW_SIGNAL_DAYS] == 21
    dialog.deleteLater()
