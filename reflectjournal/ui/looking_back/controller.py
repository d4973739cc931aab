"""Looking back in the main window: its menu item, its window, the signal's
settings, and forgetting every figure on lock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ...core import settings as S
from ...core.errors import JournalError
from ...core.looking_back import LowSignal, SignalRule
from ...core.low_signal import signal_rule
from ..preferences import Preferences
from ..prompter import Prompter
from ..session import Changes, JournalSession
from .chart import tr
from .on_this_day import OnThisDay

if TYPE_CHECKING:
    from .window import LookingBackWindow


def current_rule(prefs: Preferences) -> SignalRule | None:
    """The rule set in Settings; None when the note is switched off."""
    return signal_rule(prefs.get)


class LookingBackController(QObject):
    """Owns the Looking back window; clears it on lock."""

    agenda_item_requested = Signal()  # "How the work is affecting me", with the chart
    open_entry_requested = Signal(int)  # from "On this day"

    def __init__(
        self,
        session: JournalSession,
        prefs: Preferences,
        prompter: Prompter,
        parent: QWidget,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent)
        self._session, self._prefs, self._prompter, self._parent_widget = session, prefs, prompter, parent
        self._today = today
        self._window: LookingBackWindow | None = None
        self.on_this_day = OnThisDay()
        self._hidden_on: dt.date | None = None
        self.on_this_day.open_requested.connect(self.open_entry_requested)
        self.on_this_day.hide_requested.connect(self._hide_on_this_day)
        self.action = QAction(tr("Looking &back…"), parent)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.action.setObjectName("lookingBack")
        self.action.setToolTip(tr("Your check-ins and your work over the last weeks or months"))
        self.action.setEnabled(False)
        parent.addAction(self.action)
        self.action.triggered.connect(self.show_window)
        session.unlocked.connect(self._on_unlocked)
        session.changed.connect(self._on_changed)
        session.register_lock_step("clear", self.clear)
        # Reminders to reflect, if asked for in Settings (ui/reflect_reminders.py).
        from ..reflect_reminders import ReflectReminders

        self.reflect_reminders = ReflectReminders(session, prefs, self)

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.action)

    # -- the window ------------------------------------------------------

    @property
    def window(self) -> LookingBackWindow:
        if self._window is None:
            from .window import LookingBackWindow  # on first use: not needed to start

            entries = self._session.entries
            self._window = LookingBackWindow(
                entries.look_back,
                lambda: {kind.key: kind.label for kind in entries.kinds()},
                self.low_signal,
                self._parent_widget,
                today=self._today,
            )
            self._window.add_to_agenda_requested.connect(self.add_to_agenda)
            self._window.signal_off_requested.connect(self.turn_signal_off)
        return self._window

    def show_window(self) -> LookingBackWindow | None:
        if not self._session.is_unlocked:
            return None
        window = self.window
        window.refresh()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def low_signal(self, today: dt.date) -> LowSignal | None:
        """The signal, unless it is turned off in Settings."""
        rule = current_rule(self._prefs)
        if rule is None or not self._session.is_unlocked:
            return None
        return self._session.entries.low_signal(today, rule)

    def _on_unlocked(self) -> None:
        self.action.setEnabled(True)
        self.refresh_on_this_day()

    def _on_changed(self, changes: Changes) -> None:
        if changes.entries or changes.settings:
            self.refresh_on_this_day()
        if self._window is not None and self._window.isVisible() and (changes.entries or changes.settings):
            self._window.refresh()

    def clear(self) -> None:
        if self._window is not None:
            self._window.clear()
            self._window.hide()
        self.on_this_day.clear()
        self.action.setEnabled(False)

    # -- on this day -----------------------------------------------------

    def refresh_on_this_day(self) -> None:
        today = self._today()
        if not self._session.is_unlocked or not self._prefs.get(S.ON_THIS_DAY) or self._hidden_on == today:
            self.on_this_day.clear()
            return
        try:
            self.on_this_day.show_items(self._session.entries.on_this_day(today))
        except JournalError:
            self.on_this_day.clear()

    def _hide_on_this_day(self) -> None:
        self._hidden_on = self._today()
        self.on_this_day.clear()

    # -- the signal ------------------------------------------------------

    def turn_signal_off(self) -> None:
        self._prefs.set(S.LOW_SIGNAL, False)
        self._session.announce(Changes(settings=True))  # the supervision preparation's note goes too
        if self._window is not None:
            self._window.refresh_signal()
        self._prompter.inform(
            self._parent_widget,
            tr("Looking back"),
            tr("The note about low check-ins is off. You can turn it on again in Settings."),
        )

    def add_to_agenda(self) -> None:
        """Ask for "How the work is affecting me" on the support part of the
        supervision being prepared, with the chart: the supervision window
        adds it through its agenda editor (ui/supervision/low_signal.py), so
        a preparation open there keeps what is typed in it."""
        self.agenda_item_requested.emit()
