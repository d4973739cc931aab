"""The main window: start screens, entry list, search, editor, autosave and lock.

Every widget-to-widget connection is made in :meth:`MainWindow._connect_signals`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..core import settings as S
from ..core.errors import InvalidEntry, InvalidTitle, JournalError, StorageFull, WrongPassphrase
from ..core.models import Entry, EntryFilter
from .backups import BackupController
from .clipboard import ClipboardGuard
from .desktop_lock import DesktopLockWatcher
from .dialogs import AboutDialog, SettingsDialog
from .editor import EntryEditor
from .entry_list import ENTRY_ID_ROLE, EntryDelegate, EntryListModel
from .idle import IdleWatcher
from .importing import ImportExportController
from .messages import open_error_text
from .packs import PacksController
from .preferences import Preferences
from .prompter import Prompter
from .search_results import SearchResultDelegate, SearchResultsModel, search_notes_text
from .session import Changes, JournalSession
from .spelling import SpellingController
from .start_pages import UnlockPage, WelcomePage
from .supervision import DiscussedInBar, SupervisionController
from .theme import apply_theme

AUTOSAVE_MS = 1500  # saved within 2 s of the last keystroke
SEARCH_DEBOUNCE_MS = 150
_NO_DATE = QDate(1900, 1, 1)


class MainWindow(QMainWindow):
    """One window for the whole app. Its title is only the app's name."""

    def __init__(
        self,
        session: JournalSession,
        prefs: Preferences,
        prompter: Prompter,
        default_journal_path: Path,
        *,
        idle_watcher: IdleWatcher | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.prefs = prefs
        self.prompter = prompter
        self._dirty = False
        self._clipboard_ours = False
        self._lock_reason = ""
        self._resume_after_unlock: tuple[Path | None, int] | None = None
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")

        self.idle_watcher = idle_watcher or IdleWatcher(parent=self)
        if self.idle_watcher.parent() is None:
            self.idle_watcher.setParent(self)
        QApplication.instance().installEventFilter(self.idle_watcher)
        self.desktop_lock = DesktopLockWatcher(self)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)

        self.welcome_page = WelcomePage(default_journal_path)
        self.unlock_page = UnlockPage()
        self._build_journal_view()
        self.pages = QStackedWidget()
        for page in (self.welcome_page, self.unlock_page, self.journal_view):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

        self.save_status = QLabel()
        self.save_status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.save_status)

        self._build_actions()
        self._build_menus()
        self._connect_signals()
        self.apply_preferences()
        self._set_journal_actions_enabled(False)

        last = str(prefs.get(S.LAST_JOURNAL))
        if last and Path(last).is_file():
            self.show_unlock(Path(last))
        else:
            self.show_welcome()
        geometry = prefs.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)

    # -- building --------------------------------------------------------

    def _build_journal_view(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search the journal"))
        self.search_edit.setClearButtonEnabled(True)

        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show entries of this kind"))
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Show entries with this tag"))
        self.from_filter = QDateEdit()
        self.to_filter = QDateEdit()
        for edit, name in ((self.from_filter, self.tr("From date")), (self.to_filter, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(_NO_DATE)
            edit.setSpecialValueText(self.tr("Any date"))
            edit.setDate(_NO_DATE)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
        self.trash_check = QCheckBox(self.tr("Trash"))
        self.trash_check.setAccessibleName(self.tr("Show the trash"))

        self.entry_model = EntryListModel(self)
        # A forwarding proxy: see entry_list's docstring (rowCount from C++).
        self.entry_proxy = QSortFilterProxyModel(self)
        self.entry_proxy.setSourceModel(self.entry_model)
        self.entry_view = QListView()
        self.entry_view.setModel(self.entry_proxy)
        self.entry_view.setItemDelegate(EntryDelegate(self.entry_view))
        self.entry_view.setUniformItemSizes(True)
        self.entry_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entry_view.setAccessibleName(self.tr("Entries"))
        self.entry_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.results_model = SearchResultsModel(self)
        self.results_view = QListView()
        self.results_view.setModel(self.results_model)
        self.results_view.setItemDelegate(SearchResultDelegate(self.results_view))
        self.results_view.setUniformItemSizes(True)
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_empty = QLabel(self.tr("Nothing found."))
        self.results_empty.setTextFormat(Qt.TextFormat.PlainText)
        self.results_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # How a search was bounded (a short or broad prefix, more matches than shown).
        self.results_note = QLabel()
        self.results_note.setTextFormat(Qt.TextFormat.PlainText)
        self.results_note.setWordWrap(True)
        self.results_note.hide()
        self.list_empty = QLabel(self.tr("No entries yet. Start writing on the right."))
        self.list_empty.setTextFormat(Qt.TextFormat.PlainText)
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.list_stack = QStackedWidget()
        for widget in (self.entry_view, self.results_view, self.results_empty, self.list_empty):
            self.list_stack.addWidget(widget)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.search_edit)
        filters = QGridLayout()
        filters.addWidget(self.kind_filter, 0, 0)
        filters.addWidget(self.tag_filter, 0, 1)
        filters.addWidget(self.from_filter, 1, 0)
        filters.addWidget(self.to_filter, 1, 1)
        filters.addWidget(self.trash_check, 2, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.results_note)
        left_layout.addWidget(self.list_stack, 1)
        self._left_layout = left_layout  # the supervision search hits go under the list

        self.editor = EntryEditor()
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Problem saving"))
        self.banner.setStyleSheet(
            "QLabel { background: palette(highlight); color: palette(highlighted-text); padding: 6px; }"
        )
        self.banner.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.editor, 1)
        self.discussed_bar = DiscussedInBar()  # "Discussed in supervision: …" under the entry
        right_layout.addWidget(self.discussed_bar)

        # Room for the prompt panel (a later issue) beside the editor.
        self.prompt_panel_slot = QWidget()
        self.prompt_panel_slot.setObjectName("promptPanelSlot")
        QVBoxLayout(self.prompt_panel_slot).setContentsMargins(0, 0, 0, 0)
        self.prompt_panel_slot.hide()

        self.journal_view = QSplitter(Qt.Orientation.Horizontal)
        self.journal_view.addWidget(left)
        self.journal_view.addWidget(right)
        self.journal_view.addWidget(self.prompt_panel_slot)
        self.journal_view.setStretchFactor(0, 0)
        self.journal_view.setStretchFactor(1, 1)
        self.journal_view.setSizes([340, 840, 0])
        self.journal_view.setChildrenCollapsible(False)

        QWidget.setTabOrder(self.search_edit, self.kind_filter)
        QWidget.setTabOrder(self.kind_filter, self.tag_filter)
        QWidget.setTabOrder(self.tag_filter, self.from_filter)
        QWidget.setTabOrder(self.from_filter, self.to_filter)
        QWidget.setTabOrder(self.to_filter, self.trash_check)
        QWidget.setTabOrder(self.trash_check, self.entry_view)
        QWidget.setTabOrder(self.entry_view, self.results_view)
        QWidget.setTabOrder(self.results_view, self.editor.title_edit)

    def _action(self, text: str, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New entry"), std.New, "newEntry")
        self.find_action = self._action(self.tr("&Find…"), std.Find, "find")
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", "lock")
        self.export_action = self._action(self.tr("&Export as Markdown files…"), None, "export")
        self.settings_action = self._action(self.tr("&Settings…"), std.Preferences, "settings")
        self.quit_action = self._action(self.tr("&Quit"), std.Quit, "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self._action(self.tr("&Undo"), std.Undo, "undo")
        self.redo_action = self._action(self.tr("&Redo"), std.Redo, "redo")
        # The editors handle Ctrl+Z themselves; the menu items are for mouse users.
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.preview_action = self._action(self.tr("Show &preview"), "Ctrl+Shift+P", "preview")
        self.preview_action.setCheckable(True)
        self.trash_action = self._action(self.tr("Move to &trash"), None, "trash")
        self.restore_action = self._action(self.tr("&Restore from trash"), None, "restore")
        self.delete_forever_action = self._action(self.tr("&Delete forever…"), None, "deleteForever")
        self.about_action = self._action(self.tr("&About reflectjournal"), std.HelpContents, "about")
        # Supervision: its actions, windows and lock handling live in ui/supervision.
        self.supervision = SupervisionController(self.session, self.prompter, self.discussed_bar, self)
        self._left_layout.addWidget(self.supervision.search_bar)
        # Prompts and packs: the panel beside the editor, import, manage, the pack editor.
        self.packs = PacksController(
            self.session, self.prompter, self.editor, self.prompt_panel_slot, self,
            new_entry=self.new_entry, start_pages=(self.welcome_page, self.unlock_page),
        )  # fmt: skip
        # Backups and restore (ui/backups.py); journal text on the clipboard (ui/clipboard.py).
        self.backups = BackupController(self.session, self.prefs, self.prompter, self)
        # Import from other journals; printable (HTML/PDF) export (ui/importing.py).
        self.importing = ImportExportController(self.session, self.prompter, self)
        self.clipboard_guard = ClipboardGuard(self.prefs, self)
        self.copy_entry_action = self.clipboard_guard.attach(self)
        # Spell checking in the editor; the personal dictionary is in the journal (ui/spelling.py).
        self.spelling = SpellingController(self.session, self.prefs, self.editor, self)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        journal_menu = bar.addMenu(self.tr("&Journal"))
        journal_menu.addAction(self.new_action)
        self.packs.fill_journal_menu(journal_menu)
        journal_menu.addSeparator()
        journal_menu.addAction(self.export_action)
        self.importing.fill_journal_menu(journal_menu, self.export_action)
        self.backups.fill_journal_menu(journal_menu)
        journal_menu.addAction(self.lock_action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addAction(self.copy_entry_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        entry_menu = bar.addMenu(self.tr("E&ntry"))
        entry_menu.addAction(self.preview_action)
        self.packs.fill_entry_menu(entry_menu)
        entry_menu.addSeparator()
        entry_menu.addAction(self.trash_action)
        entry_menu.addAction(self.restore_action)
        entry_menu.addAction(self.delete_forever_action)
        self.supervision.fill_menu(bar.addMenu(self.tr("&Supervision")))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        session = self.session
        # Session
        session.busy_changed.connect(self._on_session_busy_changed)
        session.unlocked.connect(self._on_session_unlocked)
        session.unlock_failed.connect(self._on_session_unlock_failed)
        session.register_lock_step("save", self._on_session_lock_save)
        session.register_lock_step("clear", self._on_session_lock_clear)
        session.locked.connect(self._on_session_locked)
        session.changed.connect(self._on_session_changed)
        # Start screens
        self.welcome_page.create_requested.connect(self._on_welcome_create_requested)
        self.welcome_page.open_existing_requested.connect(self._on_open_existing_requested)
        self.welcome_page.choose_location_requested.connect(self._on_welcome_choose_location)
        self.unlock_page.unlock_requested.connect(self._on_unlock_requested)
        self.unlock_page.open_other_requested.connect(self._on_open_existing_requested)
        self.unlock_page.create_new_requested.connect(self.show_welcome)
        # Editor and autosave
        self.editor.edited.connect(self._on_editor_edited)
        self.editor.link_activated.connect(self._on_preview_link_activated)
        self.editor.preview_button.toggled.connect(self._on_preview_toggled)
        self.autosave_timer.timeout.connect(self.save_now)
        # List, filters and search
        self.entry_view.selectionModel().currentChanged.connect(self._on_entry_view_current_changed)
        self.results_view.selectionModel().currentChanged.connect(self._on_results_view_current_changed)
        self.results_view.activated.connect(self._on_results_view_activated)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_timer.timeout.connect(self._run_search)
        for combo in (self.kind_filter, self.tag_filter):
            combo.activated.connect(self._on_filters_changed)
        for date_edit in (self.from_filter, self.to_filter):
            date_edit.dateChanged.connect(self._on_filters_changed)
        self.trash_check.toggled.connect(self._on_filters_changed)
        # Actions
        self.new_action.triggered.connect(self.new_entry)
        self.find_action.triggered.connect(self.focus_search)
        self.lock_action.triggered.connect(lambda: self.session.lock("manual"))
        self.export_action.triggered.connect(self._on_export)
        self.settings_action.triggered.connect(self._on_settings)
        self.quit_action.triggered.connect(self.close)
        self.undo_action.triggered.connect(self._on_undo)
        self.redo_action.triggered.connect(self._on_redo)
        self.preview_action.toggled.connect(self.editor.set_preview_visible)
        self.trash_action.triggered.connect(self._on_trash)
        self.restore_action.triggered.connect(self._on_restore)
        self.delete_forever_action.triggered.connect(self._on_delete_forever)
        self.about_action.triggered.connect(self._on_about)
        # Supervision
        self.supervision.open_entry_requested.connect(self._on_supervision_open_entry_requested)
        # Prompts and packs
        self.packs.link_activated.connect(self._on_preview_link_activated)
        # Lock triggers
        self.idle_watcher.idle.connect(lambda: self.session.lock("idle"))
        self.desktop_lock.screen_locked.connect(lambda: self.session.lock("screen"))
        self.desktop_lock.going_to_sleep.connect(lambda: self.session.lock("sleep"))
        QApplication.clipboard().dataChanged.connect(self._on_clipboard_changed)

    # -- pages -----------------------------------------------------------

    def show_welcome(self) -> None:
        self.welcome_page.clear_all()
        self.pages.setCurrentWidget(self.welcome_page)
        self.welcome_page.passphrase_edit.setFocus()

    def show_unlock(self, path: Path, message: str = "") -> None:
        self.unlock_page.clear_all()
        self.unlock_page.set_path(path)
        if message:
            self.unlock_page.error_label.setText(message)
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase_edit.setFocus()

    def _on_welcome_create_requested(self, path: Path, passphrase: str) -> None:
        self.session.create_journal(path, passphrase)

    def _on_welcome_choose_location(self) -> None:
        chosen = self.prompter.save_file(
            self,
            self.tr("Where should the new journal be saved?"),
            self.welcome_page.path.parent,
            self.tr("Journals (*.rjournal)"),
        )
        if chosen is not None:
            if chosen.suffix != ".rjournal":
                chosen = chosen.with_name(chosen.name + ".rjournal")
            self.welcome_page.set_path(chosen)

    def _on_open_existing_requested(self) -> None:
        start = self.unlock_page.path.parent if self.unlock_page.path else Path.home()
        chosen = self.prompter.open_file(
            self, self.tr("Open a journal"), start, self.tr("Journals (*.rjournal);;All files (*)")
        )
        if chosen is not None:
            self.show_unlock(chosen)

    def _on_unlock_requested(self, path: Path, passphrase: str) -> None:
        self.session.open_journal(path, passphrase)

    def _on_session_busy_changed(self, busy: bool) -> None:
        self.welcome_page.set_busy(busy)
        self.unlock_page.set_busy(busy)

    def _on_session_unlock_failed(self, error: BaseException) -> None:
        message = open_error_text(error)
        if self.pages.currentWidget() is self.welcome_page:
            self.welcome_page.show_error(message)
            return
        self.unlock_page.show_error(message, clear_passphrase=True)
        if not isinstance(error, WrongPassphrase):
            self.unlock_page.passphrase_edit.setText("")

    def _on_session_unlocked(self) -> None:
        path = self.session.path
        self.welcome_page.clear_all()
        self.unlock_page.clear_all()
        if path is not None:
            self.prefs.set(S.LAST_JOURNAL, str(path))
        self._populate_filters()
        self._reload_list()
        self.pages.setCurrentWidget(self.journal_view)
        self._set_journal_actions_enabled(True)
        self.idle_watcher.set_limit_minutes(int(self.prefs.get(S.IDLE_LOCK_MINUTES)))
        self.idle_watcher.start()
        self.save_status.setText("")
        # Back to the entry that was open when this journal locked (its id
        # was kept in memory only); a fresh unlock starts a new entry.
        resume, self._resume_after_unlock = self._resume_after_unlock, None
        if resume is not None and resume[0] == path:
            self.open_entry(resume[1])
        if self.editor.entry_id is None:  # nothing to resume, or it is gone
            self.new_entry()

    def _on_session_changed(self, changes: Changes) -> None:
        """The session's change notice: this window refreshes what it shows
        (its own saves it has shown already)."""
        if changes.settings:
            self.apply_preferences()
        if changes.origin is self or not self.session.is_unlocked:
            return
        if changes.all_entries:
            self._populate_filters()  # new tags and kinds in the filters and the editor
        if changes.entries:
            self._reload_list()

    # -- locking ---------------------------------------------------------

    def _on_session_lock_save(self) -> None:
        """The lock sequence's first step: save what is typed while the journal is still open."""
        saved = self.save_now()
        entry_id = self.editor.entry_id
        self._resume_after_unlock = (self.session.path, entry_id) if saved and entry_id is not None else None
        if not saved:
            # Locking wins over a failed save (the disk is full): the screen
            # must not stay readable. The message says what was lost.
            self._lock_reason = "unsaved"

    def _on_session_lock_clear(self) -> None:
        """The lock sequence's clearing step: nothing of the journal stays on screen."""
        self.idle_watcher.stop()
        self.autosave_timer.stop()
        self.search_timer.stop()
        self.close_open_dialogs()
        self.clear_journal_view()
        self._set_journal_actions_enabled(False)

    def _on_session_locked(self, reason: str) -> None:
        lost = self._lock_reason == "unsaved"
        self._lock_reason = ""
        if reason == "quit":
            return
        messages = {
            "idle": self.tr("Locked after a time without activity."),
            "minimised": self.tr("Locked when the window was minimised."),
            "screen": self.tr("Locked when the screen locked."),
            "sleep": self.tr("Locked when the computer went to sleep."),
        }
        message = messages.get(reason, self.tr("Locked."))
        if lost:
            message += " " + self.tr("The last changes could not be saved because the disk is full.")
        path = Path(str(self.prefs.get(S.LAST_JOURNAL)))
        self.show_unlock(path, message)

    def close_open_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()

    def clear_journal_view(self) -> None:
        """Leave nothing of the journal in any widget, model or undo stack."""
        self._dirty = False
        self.editor.clear_all()
        self.search_edit.setText("")  # setText also empties its undo history
        self.results_model.clear()
        self.results_note.setText("")
        self.results_note.hide()
        self.entry_model.clear()
        for combo in (self.kind_filter, self.tag_filter):
            combo.clear()
        self.from_filter.setDate(_NO_DATE)
        self.to_filter.setDate(_NO_DATE)
        self.trash_check.blockSignals(True)
        self.trash_check.setChecked(False)
        self.trash_check.blockSignals(False)
        self.banner.setText("")
        self.banner.hide()
        self.save_status.setText("")
        self.statusBar().clearMessage()
        self.list_stack.setCurrentWidget(self.list_empty)
        self._clear_clipboard_if_ours()
        self.setWindowTitle(APP_NAME)

    def _on_clipboard_changed(self) -> None:
        clipboard = QApplication.clipboard()
        focus = QApplication.focusWidget()
        # Text copied while one of our widgets has focus came from the app.
        self._clipboard_ours = bool(clipboard.text()) and (clipboard.ownsClipboard() or focus is not None)

    def _clear_clipboard_if_ours(self) -> None:
        # Only our own marked copy is cleared; see ui/clipboard.py.
        self.clipboard_guard.clear_if_ours("lock")
        self._clipboard_ours = False

    def _set_journal_actions_enabled(self, enabled: bool) -> None:
        for action in (
            self.new_action,
            self.find_action,
            self.lock_action,
            self.export_action,
            self.trash_action,
            self.restore_action,
            self.delete_forever_action,
            self.preview_action,
        ):
            action.setEnabled(enabled)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self.session.is_unlocked
            and self.prefs.get(S.LOCK_WHEN_MINIMISED)
        ):
            self.session.lock("minimised")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.session.is_unlocked and not self.save_now():
            if not self.prompter.confirm(
                self,
                self.tr("Your last changes are not saved"),
                self.tr("The last changes could not be saved because the disk is full. Quit anyway and lose them?"),
            ):
                event.ignore()
                return
            self._dirty = False
        self.prefs.set_window_geometry(self.saveGeometry())
        if self.session.is_unlocked:
            self.session.lock("quit")
        event.accept()

    # -- entries ---------------------------------------------------------

    def _current_filter(self) -> EntryFilter:
        def date_of(edit: QDateEdit) -> dt.date | None:
            value = edit.date()
            return None if value == _NO_DATE else dt.date(value.year(), value.month(), value.day())

        return EntryFilter(
            tag=self.tag_filter.currentData() or None,
            kind=self.kind_filter.currentData() or None,
            date_from=date_of(self.from_filter),
            date_to=date_of(self.to_filter),
            trash=self.trash_check.isChecked(),
        )

    def _kind_labels(self) -> dict[str, str]:
        return {kind.key: kind.label for kind in self.session.entries.kinds()}

    def _populate_filters(self) -> None:
        kinds = self.session.entries.kinds()
        self.editor.set_kinds(kinds)
        current_kind = self.kind_filter.currentData()
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in kinds:
            self.kind_filter.addItem(kind.label, kind.key)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current_kind or "")))
        self._populate_tags()

    def _populate_tags(self) -> None:
        tags = self.session.entries.tag_names()
        self.editor.set_known_tags(tags)
        current_tag = self.tag_filter.currentData()
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current_tag or "")))

    def _reload_list(self) -> None:
        if not self.session.is_unlocked:
            return
        flt = self._current_filter()
        self.entry_model.load(
            self.session.entries.ids(flt),
            self.session.entries.month_counts(flt),
            self.session.entries.summaries,
            self._kind_labels(),
        )
        self._select_in_list(self.editor.entry_id)
        if not self.search_edit.text().strip():
            self._show_list()

    def _show_list(self) -> None:
        has_rows = self.entry_model.rowCount() > 0
        if not has_rows:
            self.list_empty.setText(
                self.tr("Nothing in the trash.")
                if self.trash_check.isChecked()
                else self.tr("No entries to show. Start writing on the right.")
            )
        self.list_stack.setCurrentWidget(self.entry_view if has_rows else self.list_empty)

    def _select_in_list(self, entry_id: int | None) -> None:
        row = self.entry_model.row_of(entry_id) if entry_id is not None else None
        selection = self.entry_view.selectionModel()
        selection.blockSignals(True)
        try:
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            else:
                index = self.list_index(row)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.entry_view.scrollTo(index)
        finally:
            selection.blockSignals(False)
        self.entry_view.viewport().update()

    def list_index(self, row: int) -> QModelIndex:
        """The view's index for a row of the entry model."""
        return self.entry_proxy.mapFromSource(self.entry_model.index(row))

    def _on_filters_changed(self, *_args) -> None:
        self._reload_list()
        if self.search_edit.text().strip():
            self._run_search()

    def new_entry(self) -> None:
        if not self.session.is_unlocked or not self.save_now():
            return
        now = dt.datetime.now()
        self.editor.load(Entry(happened_on=now.date(), happened_at=dt.time(now.hour, now.minute)))
        self.supervision.show_entry_links(None)
        self._select_in_list(None)
        self.editor.focus_title()

    def open_entry(self, entry_id: int) -> None:
        """Switch to another entry, saving the current one first."""
        if entry_id == self.editor.entry_id or not self.session.is_unlocked:
            return
        if not self.save_now():
            self._select_in_list(self.editor.entry_id)
            return
        try:
            entry = self.session.entries.get(entry_id)
        except JournalError:
            self._reload_list()
            return
        self.editor.load(entry)
        self.supervision.show_entry_links(entry_id)
        self._select_in_list(entry_id)

    def _on_entry_view_current_changed(self, current, _previous) -> None:
        entry_id = current.data(ENTRY_ID_ROLE) if current.isValid() else None
        if entry_id is not None:
            self.open_entry(int(entry_id))

    def _on_results_view_current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.open_entry(int(current.data(ENTRY_ID_ROLE)))

    def _on_results_view_activated(self, index) -> None:
        if index.isValid():
            self.open_entry(int(index.data(ENTRY_ID_ROLE)))
            self.editor.body_edit.setFocus()

    # -- autosave --------------------------------------------------------

    def _on_editor_edited(self) -> None:
        self._dirty = True
        self.save_status.setText(self.tr("Saving…"))
        self.autosave_timer.start()

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def save_now(self) -> bool:
        """Save the entry being edited if it changed. False if that failed."""
        self.autosave_timer.stop()
        if not self._dirty or not self.session.is_unlocked or not self.editor.has_entry:
            return True
        entry = self.editor.current_entry()
        was_new = entry.id is None
        before = self.entry_model.row_of(entry.id) if entry.id is not None else None
        refused_title = None
        try:
            try:
                saved = self.session.entries.save(entry, origin=self)
            except InvalidTitle as error:
                # Look-alike or invisible characters in the title: save the rest
                # under the title kept so far, and say why beside the title.
                refused_title = error.problem
                entry.title = self.editor.saved_title
                saved = self.session.entries.save(entry, origin=self)
        except StorageFull:
            self._show_save_problem(
                self.tr(
                    "The disk is full, so your latest changes are not saved yet. They are still here in the editor. "
                    "Free some space; saving will be tried again as you type."
                )
            )
            return False
        except InvalidEntry as error:  # core messages hold no journal text
            self._show_save_problem(
                self.tr("Your latest changes are not saved yet: %1 They are still here in the editor.").replace(
                    "%1", str(error)
                )
            )
            return False
        except JournalError as error:
            self._show_save_problem(
                self.tr("Your latest changes could not be saved (%1). They are still here in the editor.").replace(
                    "%1", type(error).__name__
                )
            )
            return False
        self._dirty = False
        self.editor.mark_saved(saved)
        self.editor.show_title_problem(refused_title)
        self.banner.hide()
        self.banner.setText("")
        self.save_status.setText(self.tr("Saved, except the title") if refused_title else self.tr("Saved"))
        self._after_save(saved, was_new, before)
        return True

    def _show_save_problem(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()
        self.save_status.setText(self.tr("Not saved"))

    def _after_save(self, saved: Entry, was_new: bool, row_before: int | None) -> None:
        if set(saved.tags) - {self.tag_filter.itemData(i) for i in range(self.tag_filter.count())}:
            self._populate_tags()
        summary_moved = True
        if not was_new and row_before is not None:
            cached = {s.id: s for s in self.entry_model.cached_summaries()}.get(saved.id)
            summary_moved = (
                cached is None or cached.happened_on != saved.happened_on or cached.happened_at != saved.happened_at
            )
        if was_new or summary_moved:
            self._reload_list()
        else:
            self.entry_model.refresh_entry(int(saved.id))

    # -- search ----------------------------------------------------------

    def focus_search(self) -> None:
        if self.pages.currentWidget() is self.journal_view:
            self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_edit.selectAll()

    def _run_search(self) -> None:
        if not self.session.is_unlocked:
            return
        text = self.search_edit.text().strip()
        note = ""
        if not text:
            self.results_model.clear()
            self.supervision.show_search("")
            self._show_list()
        else:
            hits = self.session.entries.search(text, self._current_filter())
            self.results_model.set_hits(hits, self._kind_labels())
            note = search_notes_text(getattr(hits, "notes", ()))
            self.supervision.show_search(text)
            self.list_stack.setCurrentWidget(self.results_view if hits else self.results_empty)
        self.results_note.setText(note)
        self.results_note.setVisible(bool(note))

    # -- links -----------------------------------------------------------

    def _on_preview_link_activated(self, url: QUrl) -> None:
        if url.scheme() != "https" or not url.isValid() or not url.host():
            self.statusBar().showMessage(self.tr("Only https links can be opened, and only after you confirm."), 5000)
            return
        address = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        if self.prompter.confirm(
            self,
            self.tr("Open this link?"),
            self.tr("This will open the following address in your web browser:\n\n%1\n\nOpen it?").replace(
                "%1", address
            ),
        ):
            self.prompter.open_url(QUrl(address))

    def _on_supervision_open_entry_requested(self, entry_id: int) -> None:
        """A reflection linked to a supervision session: show it here."""
        self.open_entry(entry_id)
        self.raise_()
        self.activateWindow()

    def _on_preview_toggled(self, visible: bool) -> None:
        self.preview_action.setChecked(visible)
        self.prefs.set(S.PREVIEW_VISIBLE, visible)

    # -- actions ---------------------------------------------------------

    def _on_undo(self) -> None:
        widget = QApplication.focusWidget()
        if hasattr(widget, "undo"):
            widget.undo()

    def _on_redo(self) -> None:
        widget = QApplication.focusWidget()
        if hasattr(widget, "redo"):
            widget.redo()

    def _on_trash(self) -> None:
        entry_id = self.editor.entry_id
        if entry_id is None or not self.save_now():
            return
        self.session.entries.trash(entry_id)
        self.new_entry()
        self.statusBar().showMessage(self.tr("Moved to the trash. Tick “Trash” to see it or restore it."), 5000)

    def _on_restore(self) -> None:
        entry_id = self.editor.entry_id
        if entry_id is None or not self.save_now():
            return
        self.session.entries.restore(entry_id)
        self.editor.load(self.session.entries.get(entry_id))

    def _on_delete_forever(self) -> None:
        entry_id = self.editor.entry_id
        if entry_id is None:
            return
        if not self.prompter.confirm(
            self,
            self.tr("Delete this entry forever?"),
            self.tr("The entry will be removed from the journal. This cannot be undone."),
        ):
            return
        self._dirty = False
        self.session.entries.delete_forever(entry_id)
        self.new_entry()

    def _on_export(self) -> None:
        if not self.session.is_unlocked or not self.save_now():
            return
        if not self.prompter.confirm(
            self,
            self.tr("Export without encryption?"),
            self.tr(
                "The export is NOT encrypted: anyone who can open the folder can read every entry. "
                "Export only to a place you trust, and delete the files when you no longer need them. Continue?"
            ),
        ):
            return
        folder = self.prompter.choose_folder(self, self.tr("Choose an empty folder for the export"), Path.home())
        if folder is None or not self.session.is_unlocked:
            return
        try:  # on the runner: a long export does not freeze the window
            self.session.entries.export_markdown(folder, on_done=self._on_exported, on_error=self._on_export_failed)
        except JournalError as error:
            self._on_export_failed(error)

    def _on_export_failed(self, error: BaseException) -> None:
        if not isinstance(error, JournalError | OSError):
            raise error
        self.prompter.warn(
            self, self.tr("Export failed"), open_error_text(error) if isinstance(error, StorageFull) else str(error)
        )

    def _on_exported(self, count: int) -> None:
        self.prompter.inform(
            self,
            self.tr("Export finished"),
            (self.tr("1 entry exported.") if count == 1 else self.tr("%n entries exported.", "", count))
            + " "
            + self.tr("The files are not encrypted."),
        )

    def _on_settings(self) -> None:
        if SettingsDialog.edit(self, self.prefs, self.prompter):
            self.session.announce(Changes(settings=True))

    def _on_about(self) -> None:
        journal = str(self.prefs.get(S.LAST_JOURNAL)) or str(self.welcome_page.path)
        backups = str(self.prefs.get(S.BACKUP_FOLDER)) or str(Path(journal).parent / "backups")
        places = [
            (self.tr("Journal"), journal),
            (self.tr("Backups"), backups),
            (self.tr("Settings"), str(self.prefs.path)),
        ]
        AboutDialog.show_about(self, places, self.prompter)

    def apply_preferences(self) -> None:
        family = str(self.prefs.get(S.EDITOR_FONT_FAMILY))
        font = QFont(family) if family else QFont(QApplication.font())
        font.setPointSize(int(self.prefs.get(S.EDITOR_FONT_SIZE)))
        self.editor.set_editor_font(font)
        self.idle_watcher.set_limit_minutes(int(self.prefs.get(S.IDLE_LOCK_MINUTES)))
        backup = str(self.prefs.get(S.BACKUP_FOLDER))
        self.session.backup_dir = Path(backup) if backup else None
        visible = bool(self.prefs.get(S.PREVIEW_VISIBLE))
        self.editor.set_preview_visible(visible)
        self.preview_action.setChecked(visible)
        apply_theme(str(self.prefs.get(S.THEME)))
        self.spelling.apply_preferences()
