"""Parts of the list pane's filters: a date field that can say "Any date",
and what the list says when it shows nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

NO_DATE = QDate(1900, 1, 1)  # shown as "Any date"

_STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class AnyDateEdit(QDateEdit):
    """A date filter whose lowest value reads "Any date".

    Starting from "Any date", typing or stepping starts at today (not at
    1 Jan 1900) and the calendar opens at this month; Delete, or Backspace
    over the whole date, goes back to "Any date"; Tab always leaves the
    field (QDateTimeEdit keeps it to move between the day, month and year,
    and keeps it for good while "Any date" shows)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("Any date"))
        self.setDate(NO_DATE)
        self.setDisplayFormat("d MMM yyyy")
        self.setToolTip(self.tr("Delete sets any date"))
        self.calendarWidget().installEventFilter(self)

    def is_any(self) -> bool:
        return self.date() == NO_DATE

    def set_any(self) -> None:
        self.setDate(NO_DATE)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())

    def _start_today(self) -> None:
        self.setDate(QDate.currentDate())
        self.setSelectedSection(QDateEdit.Section.DaySection)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt override)
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            return
        whole = self.lineEdit().selectedText() == self.lineEdit().text()
        if key == Qt.Key.Key_Delete or (key == Qt.Key.Key_Backspace and whole):
            self.set_any()
            return
        if self.is_any():
            if key in _STEP_KEYS:
                self._start_today()
                return
            if event.text()[:1].isalnum():
                self._start_today()
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        if self.is_any():
            self._start_today()
            return
        super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget() and self.is_any():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


class DateFilter(QWidget):
    """An :class:`AnyDateEdit` with a button beside it that sets "Any date"."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = AnyDateEdit()
        self.edit.setAccessibleName(accessible_name)
        self.any_button = QToolButton()
        self.any_button.setText("×")
        self.any_button.setAccessibleName(self.tr("%1: any date").replace("%1", accessible_name))
        self.any_button.setToolTip(self.tr("Any date"))
        self.any_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Delete in the field does the same
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.any_button)
        self.any_button.clicked.connect(self.edit.set_any)
        self.edit.dateChanged.connect(self.update_button)
        self.update_button()

    def update_button(self, *_args) -> None:
        self.any_button.setEnabled(not self.edit.is_any())


class EmptyList(QWidget):
    """What the list shows when it has no rows: "No entries yet", or how many
    entries the filters hide, with a button to clear them."""

    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self.tr("No entries yet. Start writing on the right."))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.clear_button.clicked.connect(self.clear_requested)

    def show_state(self, *, trash: bool, hidden: int) -> None:
        """``hidden``: how many entries (in the trash, with ``trash``) the
        filters hide; 0 when there are none at all."""
        if hidden == 0:
            text = self.tr("Nothing in the trash.") if trash else self.tr("No entries yet. Start writing on the right.")
        elif trash:
            text = (
                self.tr("The filters hide the only entry in the trash.")
                if hidden == 1
                else self.tr("The filters hide all %n entries in the trash.", "", hidden)
            )
        else:
            text = (
                self.tr("The filters hide the only entry.")
                if hidden == 1
                else self.tr("The filters hide all %n entries.", "", hidden)
            )
        self.label.setText(text)
        self.clear_button.setVisible(hidden > 0)
