"""A calendar for the entry list (issue 15, item 5): pick a day or a month
and the list shows it; "Any date" brings every date back. Days with
entries are shown in bold, read from the journal a month at a time."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .announce import announce
from .filters import DateFilter

DaysWithEntries = Callable[[dt.date, dt.date], set[dt.date]]


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def set_filter_dates(from_filter: DateFilter, to_filter: DateFilter, first: dt.date | None, last: dt.date | None,
                     changed: Callable[[], object]) -> None:  # fmt: skip
    """Set a pane's From and To date filters (filters.DateFilter) together,
    then call ``changed`` once: the list filters once, not twice."""
    for date_filter, day in ((from_filter, first), (to_filter, last)):
        edit = date_filter.edit
        edit.blockSignals(True)
        if day is None:
            edit.set_any()
        else:
            edit.setDate(QDate(day.year, day.month, day.day))
        edit.blockSignals(False)
        date_filter.update_button()
    changed()


class CalendarPicker(QFrame):
    """The calendar, as a popup under its button."""

    day_chosen = Signal(object)  # dt.date
    month_chosen = Signal(object, object)  # first day, last day
    any_chosen = Signal()

    def __init__(self, days_with_entries: DaysWithEntries, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("calendarPicker")
        self._days_with_entries = days_with_entries
        self._marked: set[dt.date] = set()
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("Calendar: days in bold have entries"))
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.hint = QLabel(self.tr("Days in bold have entries. Enter shows the day."))
        self.hint.setWordWrap(True)
        self.day_button = QPushButton(self.tr("Show this &day"))
        self.month_button = QPushButton(self.tr("Show this &month"))
        self.any_button = QPushButton(self.tr("&Any date"))
        buttons = QHBoxLayout()
        for button in (self.day_button, self.month_button, self.any_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.calendar.activated.connect(lambda _d: self._choose_day())
        self.day_button.clicked.connect(self._choose_day)
        self.month_button.clicked.connect(self._choose_month)
        self.any_button.clicked.connect(self._choose_any)
        self.calendar.currentPageChanged.connect(self._mark_month)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)

    def selected(self) -> dt.date:
        return self.calendar.selectedDate().toPython()  # type: ignore[return-value]

    def open_at(self, anchor: QWidget, day: dt.date | None) -> None:
        day = day or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self._mark_month(day.year, day.month)
        self.adjustSize()
        self.move(anchor.mapToGlobal(QPoint(0, anchor.height())))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _mark_month(self, year: int, month: int) -> None:
        """Bold the days of the shown month that have entries (one query)."""
        plain = QTextCharFormat()
        for day in self._marked:
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), plain)
        first, last = month_bounds(year, month)
        self._marked = self._days_with_entries(first - dt.timedelta(days=7), last + dt.timedelta(days=14))
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setFontUnderline(True)  # not by weight alone
        for day in self._marked:
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), bold)

    def marked(self) -> set[dt.date]:
        return set(self._marked)

    def _choose_day(self) -> None:
        self.day_chosen.emit(self.selected())
        self.close()

    def _choose_month(self) -> None:
        day = self.selected()
        self.month_chosen.emit(*month_bounds(day.year, day.month))
        self.close()

    def _choose_any(self) -> None:
        self.any_chosen.emit()
        self.close()


class CalendarButton(QToolButton):
    """ "Calendar…" beside the date filters: opens the picker and applies
    what is chosen to the pane's From and To dates in one step."""

    def __init__(self, days_with_entries: DaysWithEntries, set_dates: Callable[[dt.date | None, dt.date | None], None],
                 current: Callable[[], dt.date | None], parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.setText(self.tr("Calendar…"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a tool button is skipped by Tab otherwise
        self.setAccessibleName(self.tr("Pick a day or month on a calendar"))
        self.setToolTip(self.tr("Pick a day or month on a calendar"))
        self._set_dates, self._current = set_dates, current
        self.picker = CalendarPicker(days_with_entries, self)
        self.picker.day_chosen.connect(lambda day: self._apply(day, day, self.tr("Showing %1.")))
        self.picker.month_chosen.connect(lambda first, last: self._apply(first, last, self.tr("Showing %1.")))
        self.picker.any_chosen.connect(lambda: self._apply(None, None, self.tr("Showing every date.")))
        self.clicked.connect(lambda: self.picker.open_at(self, self._current()))

    def _apply(self, first: dt.date | None, last: dt.date | None, message: str) -> None:
        self._set_dates(first, last)
        if first is None:
            words = ""
        elif first == last:
            words = f"{first.day} {QLocale().monthName(first.month)} {first.year}"
        else:
            words = f"{QLocale().monthName(first.month)} {first.year}"
        announce(self, message.replace("%1", words))
        self.setFocus(Qt.FocusReason.OtherFocusReason)
