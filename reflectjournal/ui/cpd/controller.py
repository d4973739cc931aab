"""CPD in the main window: the Portfolio menu's items and shortcut, "Make
a CPD record from this" on the entry, the start-screen note, Copy field
through the clipboard guard, and clearing everything on lock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ...core.cpd import show_start_note
from ...core.errors import JournalError
from ..announce import show_and_announce
from ..prompter import Prompter
from ..session import Changes, JournalSession
from .labels import long_date, status_text, still_needed_text, tr
from .start_note import CpdStartNote

if TYPE_CHECKING:
    from .log_dialog import ReflectionLogDialog
    from .window import CpdWindow

SHORTCUT = "Ctrl+Shift+D"  # "development": free in the main window (ui/shortcuts.py lists them all)


class CpdController(QObject):
    """Owns the CPD window and the start note. ``parent`` is the main window."""

    def __init__(self, session: JournalSession, prompter: Prompter, parent: QWidget):
        super().__init__(parent)
        self._session, self._prompter, self._parent_widget = session, prompter, parent
        self.service = session.cpd
        self._window: CpdWindow | None = None
        self._hidden_on: dt.date | None = None
        self.open_action = QAction(tr("CPD &records…"), parent)
        self.open_action.setObjectName("cpdRecords")
        self.open_action.setShortcut(QKeySequence(SHORTCUT))
        self.open_action.setToolTip(tr("Your CPD records for this registration year"))
        self.from_session_action = QAction(tr("&CPD record from a supervision session…"), parent)
        self.from_session_action.setObjectName("cpdFromSession")
        self.from_entry_action = QAction(tr("Make a &CPD record from this"), parent)
        self.from_entry_action.setObjectName("cpdFromEntry")
        self.from_entry_action.setToolTip(tr("Start a CPD record that draws on this entry"))
        self.log_action = QAction(tr("Reflection &log for my assessor…"), parent)
        self.log_action.setObjectName("reflectionLog")
        self.log_action.setToolTip(tr("Your reflections grouped by review period and framework item, to export"))
        self._log_dialog: ReflectionLogDialog | None = None
        # The evidence links' row for the form's "Professional standards" (ui/evidence), set by the window.
        self.standards_row: Callable[[CpdWindow], QWidget] | None = None
        self.actions = [self.open_action, self.from_session_action, self.from_entry_action, self.log_action]
        for action in self.actions:
            action.setEnabled(False)
            parent.addAction(action)
        self.note = CpdStartNote()
        self.open_action.triggered.connect(self.show_window)
        self.from_session_action.triggered.connect(self.make_from_session)
        self.from_entry_action.triggered.connect(self.make_from_entry)
        self.log_action.triggered.connect(self.show_log)
        self.note.open_requested.connect(self.show_window)
        self.note.hide_requested.connect(self._hide_note)
        session.unlocked.connect(self._on_unlocked)
        session.changed.connect(self._on_changed)
        session.register_lock_step("save", self.save_all)
        session.register_lock_step("clear", self.clear)

    def fill_menu(self, menu: QMenu) -> QMenu:
        menu.addAction(self.open_action)
        menu.addAction(self.from_session_action)
        menu.addSeparator()
        menu.addAction(self.log_action)
        return menu

    def show_log(self) -> ReflectionLogDialog | None:
        """Portfolio → Reflection log: one dialog, filled afresh each time."""
        if not self.service.is_unlocked:
            return None
        if self._log_dialog is None:
            from .log_dialog import ReflectionLogDialog  # on first use: not needed to start

            self._log_dialog = ReflectionLogDialog(
                self.service,
                self._prompter,
                self._parent_widget,
                frameworks=self.service.log_frameworks,
                links=self.service.log_links,
            )
        dialog = self._log_dialog
        dialog.start()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def fill_entry_menu(self, menu: QMenu) -> None:
        menu.addAction(self.from_entry_action)

    def fill_supervision_menu(self, menu: QMenu) -> None:
        """The same "from a supervision session" item, where supervision is."""
        menu.addSeparator()
        menu.addAction(self.from_session_action)

    # -- the window ------------------------------------------------------

    @property
    def window(self) -> CpdWindow:
        if self._window is None:
            from .window import CpdWindow  # on first use: not needed to start

            self._window = CpdWindow(self.service, self._prompter, self._parent_widget)
            self._window.copy_requested.connect(self.copy_field)
            if self.standards_row is not None:
                self._window.editor.set_standards_widget(self.standards_row(self._window))
        return self._window

    def show_window(self) -> CpdWindow | None:
        if not self.service.is_unlocked:
            return None
        window = self.window
        window.reload()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def make_from_entry(self) -> CpdWindow | None:
        """A new record drawing on the entry in the main editor (saved first)."""
        parent = self._parent_widget
        save_now = getattr(parent, "save_now", None)
        if callable(save_now) and not save_now():
            return None
        entry_id = getattr(getattr(parent, "editor", None), "entry_id", None)
        if entry_id is None:
            self._prompter.inform(
                parent, tr("CPD records"), tr("Write and save an entry first, then make a record from it.")
            )
            return None
        window = self.show_window()
        if window is not None:
            window.new_from_entry(int(entry_id))
        return window

    def make_from_session(self, session_id: int | None = None) -> CpdWindow | None:
        window = self.show_window()
        if window is None:
            return None
        if session_id is None:
            window.choose_session()
        else:
            window.new_from_session(int(session_id))
        return window

    # -- Copy field ------------------------------------------------------

    def copy_field(self, text: str) -> bool:
        """One field on the clipboard through the main window's guard (marked
        as journal text, cleared after the set time); more than a sentence
        goes through the identifying-information check's preview first."""
        from ..clipboard import more_than_a_sentence

        window = self._window
        status = window.save_status if window is not None else None
        if not text.strip():
            if status is not None:
                show_and_announce(status, tr("Nothing to copy: the field is empty"))
            return False
        guard = getattr(self._parent_widget, "clipboard_guard", None)
        if guard is None or not self._session.is_unlocked:
            return False
        if more_than_a_sentence(text):
            from ..identifying.preview import check_outgoing_text

            checked = check_outgoing_text(window or self._parent_widget, self._session, self._prompter, text)
            if checked is None:
                return False
            text = checked
        guard.copy_text(text)
        if status is not None:
            show_and_announce(status, tr("Copied; the clipboard is cleared after a short time"))
        return True

    # -- the start note --------------------------------------------------

    def refresh_note(self) -> None:
        today = self.service.today()
        if not self.service.is_unlocked or self._hidden_on == today:
            self.note.clear()
            return
        year = self.service.year()
        if not year.in_renewal_window(today):
            self.note.clear()  # outside 1 September to 30 November: nothing to read at unlock
            return
        try:
            status = self.service.status(year)
        except JournalError:
            self.note.clear()
            return
        if not show_start_note(status, year, today):
            self.note.clear()
            return
        self.note.show_text(
            tr("CPD for registration: %1. %2 The renewal window closes on %3.")
            .replace("%1", status_text(status))
            .replace("%2", still_needed_text(status))
            .replace("%3", long_date(year.end))
        )

    def _hide_note(self) -> None:
        self._hidden_on = self.service.today()
        self.note.clear()

    # -- session state -----------------------------------------------------

    def _on_unlocked(self) -> None:
        for action in self.actions:
            action.setEnabled(True)
        self.refresh_note()

    def _on_changed(self, changes: Changes) -> None:
        if changes.cpd and self.service.is_unlocked:
            self.refresh_note()

    def save_all(self) -> None:
        if self._window is not None:
            self._window.save_now()
        if self._log_dialog is not None:
            self._log_dialog.save_summary()

    def clear(self) -> None:
        if self._window is not None:
            self._window.clear_all()
            self._window.hide()
        if self._log_dialog is not None:
            self._log_dialog.clear_all()
        self.note.clear()
        for action in self.actions:
            action.setEnabled(False)
