"""Supervision in the main window: the menu, the windows, and locking.

The main window makes one :class:`SupervisionController` and wires its
few hooks; everything else about supervision lives in this package.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ...core.errors import JournalError
from ...core.looking_back import SignalRule
from ...core.low_signal import signal_rule
from ...core.reminders import SupervisionReminder
from ..prompter import Prompter
from ..session import Changes, JournalSession
from .actions import OpenActionsView
from .discussed import DiscussedInBar
from .labels import tr
from .reminders import SupervisionReminders
from .service import SupervisionService, Today

if TYPE_CHECKING:
    from .window import SupervisionWindow


class SupervisionController(QObject):
    """Owns the supervision windows; saves and clears them on lock."""

    open_entry_requested = Signal(int)

    def __init__(
        self,
        session: JournalSession,
        prompter: Prompter,
        discussed_bar: DiscussedInBar,
        parent: QWidget,
        *,
        today: Today = dt.date.today,
        prefs=None,
        notifier=None,
    ):
        super().__init__(parent)
        self._parent_widget = parent
        self.service: SupervisionService = session.supervision
        if today is not dt.date.today:
            self.service.today = today
        self.prompter = prompter
        self._prefs = prefs
        self.discussed_bar = discussed_bar
        # Under the search results: supervision notes are searched with the entries.
        self.search_bar = DiscussedInBar(caption=tr("Supervision notes that match:"), vertical=True)
        self._window: SupervisionWindow | None = None
        self.agenda_row: Callable[[SupervisionWindow], object] | None = None
        self._actions_view: OpenActionsView | None = None
        self._entry_id: int | None = None

        self.prepare_action = QAction(tr("&Prepare for supervision…"), parent)
        self.prepare_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.prepare_action.setObjectName("prepareSupervision")
        self.sessions_action = QAction(tr("&Supervision sessions…"), parent)
        self.sessions_action.setObjectName("supervisionSessions")
        self.open_actions_action = QAction(tr("&Open actions…"), parent)
        self.open_actions_action.setObjectName("openActions")
        self.discussed_action = QAction(tr("Sessions that &discussed this entry…"), parent)
        self.discussed_action.setObjectName("sessionsForEntry")
        self.actions = (self.prepare_action, self.sessions_action, self.open_actions_action, self.discussed_action)
        for action in self.actions:
            parent.addAction(action)
        self.reminders = SupervisionReminders(
            self._reminder,
            prefs,
            parent,
            notifier=notifier,
            open_actions=self.show_open_actions,
            prepare=self.prepare,
        )
        self.set_enabled(False)

        self.prepare_action.triggered.connect(self.prepare)
        self.sessions_action.triggered.connect(lambda: self.show_sessions())
        self.open_actions_action.triggered.connect(self.show_open_actions)
        self.discussed_action.triggered.connect(self._on_discussed_action)
        self.discussed_bar.session_requested.connect(self.show_sessions)
        self.discussed_bar.more_requested.connect(lambda: self.show_sessions())
        self.search_bar.session_requested.connect(self.show_sessions)
        self.search_bar.more_requested.connect(lambda: self.show_sessions())
        session.changed.connect(self._on_session_changed)
        session.unlocked.connect(self._on_session_unlocked)
        session.register_lock_step("save", self.save_all)
        session.register_lock_step("clear", self.close_all)

    # -- menu ------------------------------------------------------------

    def fill_menu(self, menu: QMenu) -> QMenu:
        menu.addAction(self.prepare_action)
        menu.addAction(self.sessions_action)
        menu.addAction(self.open_actions_action)
        menu.addSeparator()
        menu.addAction(self.discussed_action)
        menu.addSeparator()
        menu.addAction(self.reminders.notify_action)
        self.reminders.attach_menu(menu)
        return menu

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)
        self.discussed_action.setEnabled(enabled and self._entry_id is not None)

    # -- windows ---------------------------------------------------------

    @property
    def window(self) -> SupervisionWindow:
        if self._window is None:
            from .window import SupervisionWindow  # on first use: not needed to start

            self._window = SupervisionWindow(self.service, self.prompter, self._parent_widget)
            self._window.open_entry_requested.connect(self.open_entry_requested)
            self._window.open_actions_requested.connect(self.show_open_actions)
            self._window.low_signal_note.rule = self._signal_rule
            if self.agenda_row is not None:  # the framework items an agenda item evidences (ui/evidence)
                self.agenda_row(self._window)
        return self._window

    def _signal_rule(self) -> SignalRule | None:
        """The low check-ins rule from Settings (None: switched off)."""
        return None if self._prefs is None else signal_rule(self._prefs.get)

    @property
    def actions_view(self) -> OpenActionsView:
        if self._actions_view is None:
            self._actions_view = OpenActionsView(self.service, self._parent_widget)
            self._actions_view.open_session_requested.connect(self.show_sessions)
        return self._actions_view

    def _raise(self, widget: QWidget) -> None:
        widget.show()
        widget.raise_()
        widget.activateWindow()

    def show_sessions(self, session_id: int | None = None) -> SupervisionWindow | None:
        if not self.service.is_unlocked:
            return None
        window = self.window
        if not window.isVisible():
            window.reload_sessions()
        self._raise(window)
        if session_id is not None:
            window.show_session(int(session_id))
        elif not window.editor.has_session:
            sessions = self.service.list_sessions()
            if sessions:
                window.show_session(sessions[0].id)
        return window

    def prepare(self) -> SupervisionWindow | None:
        """Start a new preparation (saving what the main editor holds first,
        so the latest reflection is among those offered)."""
        if not self.service.is_unlocked:
            return None
        save_now = getattr(self._parent_widget, "save_now", None)
        if callable(save_now):
            save_now()
        window = self.window
        if not window.isVisible():
            window.reload_sessions()
        self._raise(window)
        window.prepare()
        return window

    def add_affecting_me(self) -> int | None:
        """From the Looking back note: open the preparation under way (or a
        new one) and put "How the work is affecting me" on its support part,
        once, with the chart; returns the session's id."""
        window = self.prepare()
        if window is None or window.editor.session_id is None:
            return None
        window.low_signal_note.add_to_agenda()
        window.save_now()
        return window.editor.session_id

    def show_open_actions(self) -> OpenActionsView | None:
        if not self.service.is_unlocked:
            return None
        if self._window is not None and self._window.isVisible():
            self._window.save_now()
        view = self.actions_view
        view.reload()
        self._raise(view)
        return view

    # -- the entry in the main editor -------------------------------------

    def show_entry_links(self, entry_id: int | None) -> None:
        """The main editor now shows this entry (None: a new, unsaved one)."""
        self._entry_id = entry_id
        self.discussed_action.setEnabled(self.service.is_unlocked and entry_id is not None)
        self._refresh_discussed()

    def show_search(self, text: str) -> None:
        """Show the sessions whose notes match ``text`` (nothing when empty)."""
        if not text.strip() or not self.service.is_unlocked:
            self.search_bar.clear_all()
            return
        try:
            sessions = self.service.search(text)
        except JournalError:
            sessions = []
        self.search_bar.set_sessions(sessions)

    def _refresh_discussed(self) -> None:
        if self._entry_id is None or not self.service.is_unlocked:
            self.discussed_bar.clear_all()
            return
        try:
            sessions = self.service.sessions_for_entry(self._entry_id)
        except JournalError:
            sessions = []
        self.discussed_bar.set_sessions(sessions)

    def _on_discussed_action(self) -> None:
        if self._entry_id is None or not self.service.is_unlocked:
            return
        sessions = self.service.sessions_for_entry(self._entry_id)
        if not sessions:
            self.prompter.inform(
                self._parent_widget,
                tr("Not discussed yet"),
                tr("This entry is not linked to any supervision session yet. Link it from “Prepare for supervision…”."),
            )
            return
        self.show_sessions(sessions[0].id)

    # -- session state -----------------------------------------------------

    def _reminder(self) -> SupervisionReminder | None:
        if not self.service.is_unlocked:
            return None
        return self.service.reminder()

    def _on_session_unlocked(self) -> None:
        self.set_enabled(True)
        self.reminders.refresh()

    def _on_session_changed(self, changes: Changes) -> None:
        if (changes.supervision_sessions or changes.supervision_actions) and self.service.is_unlocked:
            self.reminders.refresh()
        if changes.supervision_sessions:
            self._refresh_discussed()
        if changes.supervision_actions:
            self._on_actions_changed()
        if (changes.entries or changes.settings) and self._window is not None and self._window.isVisible():
            self._window.low_signal_note.refresh()  # a new check-in, or the rule changed in Settings
        if changes.entries and changes.origin is None:  # trash, restore, delete, import
            if self._window is not None and self._window.isVisible() and self._window.editor.has_session:
                self._window.editor.picker.refresh_candidates()

    def _on_actions_changed(self) -> None:
        if self._actions_view is not None and self._actions_view.isVisible():
            if not self._actions_view.list.changing:  # keep a row just ticked in view
                self._actions_view.reload()

    def save_all(self) -> None:
        """Before the journal closes: save what is typed."""
        if self._window is not None:
            self._window.save_now()

    def close_all(self) -> None:
        """Hide every supervision window and leave no text in any of them."""
        for widget in (self._window, self._actions_view):
            if widget is not None:
                widget.clear_all()
                widget.hide()
        self._entry_id = None
        self.discussed_bar.clear_all()
        self.search_bar.clear_all()
        self.reminders.clear()
        self.set_enabled(False)
