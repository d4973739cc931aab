"""Supervision reminders in the app: a line on the unlocked journal view,
a count on the Supervision menu, and (only if the preference is on) one
desktop notification per day.

A notification goes through a :class:`Notifier` (the desktop's, through
QSystemTrayIcon; a fake in tests) and says only one of a few fixed phrases
("Supervision tomorrow", "2 actions overdue"), made here from counts
(core.reminders): no name, date of a meeting or word of an action ever
leaves the app this way. Nothing shows while the journal is locked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ...core import settings as S
from ...core.errors import JournalError
from ...core.reminders import ACTIONS_OVERDUE, MEETING_TODAY, MEETING_TOMORROW, SupervisionReminder
from ..announce import announce
from ..message_bar import MessageBar
from ..notifications import DesktopNotifier, Notifier
from .labels import long_date, tr


def notice_text(kind: str, count: int) -> str:
    """The only words a notification can carry."""
    if kind == MEETING_TODAY:
        return tr("Supervision today")
    if kind == MEETING_TOMORROW:
        return tr("Supervision tomorrow")
    if kind == ACTIONS_OVERDUE:
        return tr("1 action overdue") if count == 1 else tr("%1 actions overdue").replace("%1", str(count))
    return ""


def reminder_line(reminder: SupervisionReminder) -> str:
    """The line on the journal view (inside the unlocked app only)."""
    parts = []
    days = reminder.days_to_meeting
    if reminder.next_meeting is not None and days is not None:
        if days == 0:
            parts.append(tr("Supervision today"))
        elif days == 1:
            parts.append(tr("Supervision tomorrow"))
        else:
            parts.append(tr("Next supervision: %1").replace("%1", long_date(reminder.next_meeting)))
    if reminder.overdue:
        parts.append(notice_text(ACTIONS_OVERDUE, reminder.overdue))
    return " · ".join(parts)


class SupervisionReminders(QObject):
    """Keeps the reminder line, the menu's count and the notification up to date."""

    def __init__(
        self,
        reminder: Callable[[], SupervisionReminder | None],
        prefs,
        parent: QWidget,
        *,
        notifier: Notifier | None = None,
        open_actions: Callable[[], object] | None = None,
        prepare: Callable[[], object] | None = None,
    ):
        super().__init__(parent)
        self._reminder = reminder
        self.prefs = prefs
        self.notifier: Notifier = notifier or DesktopNotifier(self)
        self._open_actions = open_actions
        self._prepare = prepare
        self._notified_on: dt.date | None = None
        self.menu: QMenu | None = None
        self.current: SupervisionReminder | None = None
        self.bar = MessageBar(tr("Supervision reminder"))
        self.bar.setObjectName("supervisionReminder")
        self.notify_action = QAction(tr("Remind me with a desktop &notification"), parent)
        self.notify_action.setObjectName("supervisionNotify")
        self.notify_action.setCheckable(True)
        self.notify_action.setChecked(bool(prefs.get(S.SUPERVISION_NOTIFY)) if prefs is not None else False)
        self.notify_action.setToolTip(
            tr("Says only “Supervision tomorrow” or how many actions are overdue, never what they are")
        )
        self.notify_action.toggled.connect(self._on_notify_toggled)

    def attach_menu(self, menu: QMenu) -> None:
        self.menu = menu
        self._show_badge()

    def _on_notify_toggled(self, on: bool) -> None:
        if self.prefs is not None:
            self.prefs.set(S.SUPERVISION_NOTIFY, on)
        if on:
            self._notified_on = None
            self.refresh()

    def refresh(self) -> None:
        """Read the reminder again (unlocked only) and show it."""
        try:
            reminder = self._reminder()
        except JournalError:
            reminder = None
        self.current = reminder
        text = reminder_line(reminder) if reminder is not None else ""
        if text:
            buttons = []
            if reminder is not None and reminder.overdue and self._open_actions is not None:
                buttons.append((tr("Open actions"), self._open_actions))
            if self._prepare is not None and reminder is not None and reminder.next_meeting is not None:
                buttons.append((tr("Prepare"), self._prepare))
            if self.bar.label.text() != text:
                self.bar.show_message(text, buttons)
                announce(self.bar.label, text)
        else:
            self.bar.label.setText("")
            self.bar.hide()
        self._show_badge()
        if reminder is not None:
            self._maybe_notify(reminder)

    def _show_badge(self) -> None:
        if self.menu is None:
            return
        count = self.current.badge if self.current is not None else 0
        if count:
            self.menu.setTitle(tr("&Supervision (%1)").replace("%1", str(count)))
            self.menu.menuAction().setToolTip(reminder_line(self.current) if self.current else "")
        else:
            self.menu.setTitle(tr("&Supervision"))
            self.menu.menuAction().setToolTip("")

    def _maybe_notify(self, reminder: SupervisionReminder) -> None:
        if self.prefs is None or not self.prefs.get(S.SUPERVISION_NOTIFY):
            return
        if self._notified_on == reminder.today:
            return  # once a day
        words = [notice_text(kind, count) for kind, count in reminder.notices()]
        if not words:
            return
        self._notified_on = reminder.today
        self.notifier.notify(tr("reflectjournal"), "; ".join(words))

    def clear(self) -> None:
        """Locked: no reminder anywhere."""
        self.current = None
        self.bar.label.setText("")
        self.bar.hide()
        self._show_badge()
