"""The main window, the composition root: it builds the parts, reacts to the
journal unlocking and locking, and switches between entries.

The parts, one job each: the start pages (ui/start_flow.py), the entry list
with its filters and search (ui/list_pane.py), the editor with its autosaver
(ui/editor_pane.py), and the actions, menus and the commands behind them
(ui/main_actions.py). Every connection between parts is made in
:meth:`MainWindow._connect_signals`; a part wires only its own widgets.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QSplitter, QVBoxLayout, QWidget

from .. import APP_NAME
from ..core import settings as S
from ..core.errors import JournalError
from ..core.models import Entry
from . import screen_fit
from .announce import announce_status_bar, name_splitter_handles
from .attachments import AttachmentController
from .backups import BackupController
from .clipboard import ClipboardGuard
from .cpd import CpdController
from .desktop_lock import DesktopLockWatcher
from .dialogs import open_https_link, support_text
from .editor_pane import EntryEditorPane
from .evidence.controller import EvidenceController
from .idle import IdleWatcher
from .importing import ImportExportController
from .keyboard import set_up_main_window as set_up_keyboard
from .list_pane import EntryListPane
from .looking_back.controller import LookingBackController
from .main_actions import MainActions
from .packs import PacksController
from .preferences import Preferences
from .prompter import Prompter
from .screen_fit import ScrollingStack
from .session import Changes, JournalSession
from .spelling import SpellingController
from .start_flow import StartFlow
from .supervision import SupervisionController
from .theme import apply_theme


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
        self._lock_reason = ""
        self._resume_after_unlock: tuple[Path | None, int] | None = None
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")

        self.idle_watcher = idle_watcher or IdleWatcher(parent=self)
        if self.idle_watcher.parent() is None:
            self.idle_watcher.setParent(self)
        QApplication.instance().installEventFilter(self.idle_watcher)
        self.desktop_lock = DesktopLockWatcher(self)

        self.pages = ScrollingStack()  # the start pages scroll on a small screen or with large text
        self.start_flow = StartFlow(session, prompter, self.pages, default_journal_path, self)
        self.list_pane = EntryListPane(session, lambda: self.editor.entry_id)
        self.editor_pane = EntryEditorPane(session)
        self._name_parts()
        self._build_journal_view()
        self.pages.add_scrolling(self.welcome_page)
        self.pages.add_scrolling(self.unlock_page)
        self.pages.addWidget(self.journal_view)
        self.setCentralWidget(self.pages)
        self.statusBar().addPermanentWidget(self.save_status)
        announce_status_bar(self.statusBar())

        self.main_actions = MainActions(self)
        self._name_actions()
        self._build_controllers()
        self.main_actions.fill_menu_bar(self.menuBar())
        self._connect_signals()
        self.apply_preferences()
        self.main_actions.set_journal_actions_enabled(False)
        name_splitter_handles(self)

        last = str(prefs.get(S.LAST_JOURNAL))
        if last and Path(last).is_file():
            self.show_unlock(Path(last))
        else:
            self.show_welcome()
        # The saved size if it still fits a screen (not after undocking from a
        # large monitor), else a size from this screen; dialogs kept on screen.
        screen_fit.install()
        screen_fit.restore_or_first_size(self, prefs.window_geometry(), QSize(1180, 760))

    # -- building --------------------------------------------------------

    def _name_parts(self) -> None:
        """The names the controllers and the tests reach the parts' widgets by."""
        flow, pane, editor = self.start_flow, self.list_pane, self.editor_pane
        self.welcome_page, self.unlock_page = flow.welcome_page, flow.unlock_page
        self.search_edit, self.search_timer = pane.search_edit, pane.search_timer
        self.kind_filter, self.tag_filter = pane.kind_filter, pane.tag_filter
        self.from_filter, self.to_filter, self.trash_check = pane.from_filter, pane.to_filter, pane.trash_check
        self.entry_model, self.entry_proxy, self.entry_view = pane.entry_model, pane.entry_proxy, pane.entry_view
        self.results_model, self.results_view = pane.results_model, pane.results_view
        self.results_note, self.results_empty = pane.results_note, pane.results_empty
        self.list_empty, self.list_stack, self.list_index = pane.list_empty, pane.list_stack, pane.list_index
        self.editor, self.banner, self.save_status = editor.editor, editor.banner, editor.save_status
        self.discussed_bar, self.autosave_timer = editor.discussed_bar, editor.autosaver.timer

    def _name_actions(self) -> None:
        actions = self.main_actions
        self.new_action, self.find_action = actions.new_action, actions.find_action
        self.lock_action, self.export_action = actions.lock_action, actions.export_action
        self.settings_action, self.quit_action = actions.settings_action, actions.quit_action
        self.undo_action, self.redo_action = actions.undo_action, actions.redo_action
        self.preview_action, self.about_action = actions.preview_action, actions.about_action
        self.trash_action, self.restore_action = actions.trash_action, actions.restore_action
        self.delete_forever_action = actions.delete_forever_action

    def _build_journal_view(self) -> None:
        # Room for the prompt panel (a later issue) beside the editor.
        self.prompt_panel_slot = QWidget()
        self.prompt_panel_slot.setObjectName("promptPanelSlot")
        QVBoxLayout(self.prompt_panel_slot).setContentsMargins(0, 0, 0, 0)
        self.prompt_panel_slot.hide()

        self.journal_view = QSplitter(Qt.Orientation.Horizontal)
        self.journal_view.addWidget(self.list_pane)
        self.journal_view.addWidget(self.editor_pane)
        self.journal_view.addWidget(self.prompt_panel_slot)
        self.journal_view.setStretchFactor(0, 0)
        self.journal_view.setStretchFactor(1, 1)
        self.journal_view.setSizes([340, 840, 0])
        self.journal_view.setChildrenCollapsible(False)
        QWidget.setTabOrder(self.results_view, self.editor.title_edit)

    def _build_controllers(self) -> None:
        # Supervision: its actions, windows and lock handling live in ui/supervision.
        self.supervision = SupervisionController(
            self.session, self.prompter, self.discussed_bar, self, prefs=self.prefs
        )
        self.list_pane.add_below_list(self.supervision.search_bar)
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
        # Pictures and PDFs kept in the journal with the entry (ui/attachments.py).
        self.attachments = AttachmentController(self)
        # Spell checking in the editor; the personal dictionary is in the journal (ui/spelling.py).
        self.spelling = SpellingController(self.session, self.prefs, self.editor, self)
        self.looking_back = LookingBackController(self.session, self.prefs, self.prompter, self)  # ui/looking_back
        # Above the list once unlocked: the next supervision and overdue actions, then "On this day".
        # CPD records for registration (ui/cpd); its note shows in the renewal window until met.
        self.cpd = CpdController(self.session, self.prompter, self)
        self.evidence = EvidenceController(self.session, self.prompter, self)  # ui/evidence: links and the map
        self.cpd.standards_row = self.evidence.record_row_for
        self.supervision.agenda_row = self.evidence.attach_agenda
        for position, bar in enumerate((self.supervision.reminders.bar, self.looking_back.on_this_day, self.cpd.note)):
            self.list_pane.layout().insertWidget(position, bar)

    def _connect_signals(self) -> None:
        session, flow, pane, editor, actions = (
            self.session, self.start_flow, self.list_pane, self.editor_pane, self.main_actions
        )  # fmt: skip
        # Session
        session.busy_changed.connect(flow.on_session_busy_changed)
        session.unlocked.connect(self._on_session_unlocked)
        session.unlock_failed.connect(flow.on_session_unlock_failed)
        session.register_lock_step("save", self._on_session_lock_save)
        session.register_lock_step("clear", self._on_session_lock_clear)
        session.locked.connect(self._on_session_locked)
        session.changed.connect(self._on_session_changed)
        # Start screens
        self.welcome_page.create_requested.connect(flow.on_welcome_create_requested)
        self.welcome_page.open_existing_requested.connect(flow.on_open_existing_requested)
        self.welcome_page.choose_location_requested.connect(flow.on_welcome_choose_location_requested)
        self.unlock_page.unlock_requested.connect(flow.on_unlock_requested)
        self.unlock_page.open_other_requested.connect(flow.on_open_existing_requested)
        self.unlock_page.create_new_requested.connect(self.show_welcome)
        # Editor (its autosaver is wired inside the editor pane)
        editor.saved.connect(pane.on_entry_saved)
        self.editor.link_activated.connect(self._on_preview_link_activated)
        self.editor.preview_button.toggled.connect(self._on_preview_toggled)
        # List, filters and search (the filters and the search box are wired inside the list pane)
        pane.entry_chosen.connect(self.open_entry)
        pane.result_activated.connect(self._on_list_pane_result_activated)
        pane.kinds_loaded.connect(self.editor.set_kinds)
        pane.tags_loaded.connect(self.editor.set_known_tags)
        self.looking_back.agenda_item_requested.connect(self.supervision.add_affecting_me)
        self.looking_back.open_entry_requested.connect(self.open_entry)
        pane.searched.connect(self.supervision.show_search)
        pane.searched.connect(editor.show_search)  # the words searched for, marked in the entry
        pane.trash_check.toggled.connect(actions.on_trash_view_toggled)
        editor.restore_requested.connect(actions.restore_entry)
        # Actions
        self.new_action.triggered.connect(self.new_entry)
        self.find_action.triggered.connect(self.focus_search)
        self.lock_action.triggered.connect(lambda: self.session.lock("manual"))
        self.export_action.triggered.connect(actions.export_markdown)
        self.settings_action.triggered.connect(actions.edit_settings)
        self.quit_action.triggered.connect(self.close)
        self.undo_action.triggered.connect(actions.undo)
        self.redo_action.triggered.connect(actions.redo)
        self.preview_action.toggled.connect(self.editor.set_preview_visible)
        self.trash_action.triggered.connect(actions.trash_entry)
        self.restore_action.triggered.connect(actions.restore_entry)
        self.delete_forever_action.triggered.connect(actions.delete_entry_forever)
        actions.trash_key_action.triggered.connect(actions.trash_key)
        actions.undo_trash_action.triggered.connect(actions.undo_trash)
        self.about_action.triggered.connect(actions.show_about)
        actions.guide_action.triggered.connect(actions.show_guide)
        actions.shortcuts_action.triggered.connect(actions.show_shortcuts)
        set_up_keyboard(self)  # Tab order and date fields (ui/keyboard.py)
        # Supervision
        self.supervision.open_entry_requested.connect(self._on_supervision_open_entry_requested)
        # Prompts and packs
        self.packs.link_activated.connect(self._on_preview_link_activated)
        # Lock triggers
        self.idle_watcher.idle.connect(lambda: self.session.lock("idle"))
        self.desktop_lock.screen_locked.connect(lambda: self.session.lock("screen"))
        self.desktop_lock.going_to_sleep.connect(lambda: self.session.lock("sleep"))

    # -- pages -----------------------------------------------------------

    def show_welcome(self) -> None:
        self.start_flow.show_welcome()

    def show_unlock(self, path: Path, message: str = "") -> None:
        self.start_flow.show_unlock(path, message)

    def _on_session_unlocked(self) -> None:
        path = self.session.path
        self.start_flow.clear()
        if path is not None:
            self.prefs.set(S.LAST_JOURNAL, str(path))
        self.list_pane.populate_filters()
        self.list_pane.reload()
        self.pages.setCurrentWidget(self.journal_view)
        self.main_actions.set_journal_actions_enabled(True)
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

    # -- locking ---------------------------------------------------------

    def _on_session_changed(self, changes: Changes) -> None:
        """The session's change notice: this window refreshes what it shows
        (the editor's own saves it has shown already)."""
        if changes.settings:
            self.apply_preferences()
        if changes.origin is self.editor_pane or not self.session.is_unlocked:
            return
        if changes.all_entries:
            self.list_pane.populate_filters()  # new tags and kinds in the filters and the editor
        if changes.entries:
            self.list_pane.reload()

    def _on_session_lock_save(self) -> None:
        """The lock sequence's first step: save what is typed while the journal is still open."""
        saved = self.save_now()
        entry_id = self.editor.entry_id
        self._resume_after_unlock = (self.session.path, entry_id) if saved and entry_id is not None else None
        if not saved:
            # Locking wins over a failed save (a full disk, a read-only file): the screen
            # must not stay readable. The message says what was lost.
            self._lock_reason = "unsaved"

    def _on_session_lock_clear(self) -> None:
        """The lock sequence's clearing step: nothing of the journal stays on screen."""
        self.idle_watcher.stop()
        self.editor_pane.autosaver.stop()
        self.list_pane.search_timer.stop()
        self.close_open_dialogs()
        self.clear_journal_view()
        self.main_actions.set_journal_actions_enabled(False)

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
            message += " " + self.tr("The last changes could not be saved; the message above the editor said why.")
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
        self.editor_pane.clear()
        self.list_pane.clear()
        self.statusBar().clearMessage()
        self._clear_clipboard_if_ours()
        self.setWindowTitle(APP_NAME)

    def _clear_clipboard_if_ours(self) -> None:
        # Only our own marked copy is cleared; see ui/clipboard.py.
        self.clipboard_guard.clear_if_ours("lock")

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
                self.tr(
                    "The last changes could not be saved (the message above the editor says why). Quit anyway and lose them?"
                ),
            ):
                event.ignore()
                return
            self.editor_pane.autosaver.discard()
        self.prefs.set_window_geometry(self.saveGeometry())
        if self.session.is_unlocked:
            self.session.lock("quit")
        event.accept()

    # -- entries ---------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        return self.editor_pane.is_dirty

    def save_now(self) -> bool:
        """Save the entry being edited if it changed. False if that failed."""
        return self.editor_pane.save_now()

    def new_entry(self) -> None:
        if not self.session.is_unlocked or not self.save_now():
            return
        now = dt.datetime.now()
        self.editor.load(Entry(happened_on=now.date(), happened_at=dt.time(now.hour, now.minute)))
        self.supervision.show_entry_links(None)
        self.list_pane.select(None)
        self.editor.focus_title()

    def open_entry(self, entry_id: int) -> None:
        """Switch to another entry, saving the current one first."""
        if entry_id == self.editor.entry_id or not self.session.is_unlocked:
            return
        if not self.save_now():
            self.list_pane.select(self.editor.entry_id)
            return
        try:
            entry = self.session.entries.get(entry_id)
        except JournalError:
            self.list_pane.reload()
            return
        self.editor.load(entry)
        self.supervision.show_entry_links(entry_id)
        self.list_pane.select(entry_id)

    def _on_list_pane_result_activated(self, entry_id: int) -> None:
        self.open_entry(entry_id)
        self.editor.body_edit.setFocus()

    def focus_search(self) -> None:
        if self.pages.currentWidget() is self.journal_view:
            self.list_pane.focus_search()

    # -- links -----------------------------------------------------------

    def _on_preview_link_activated(self, url: QUrl) -> None:
        if self.attachments.on_link(url):  # an attachment of the entry: "Save a copy…"
            return
        if not open_https_link(self.prompter, self, url):
            self.statusBar().showMessage(self.tr("Only https links can be opened, and only after you confirm."), 5000)

    def _on_supervision_open_entry_requested(self, entry_id: int) -> None:
        """A reflection linked to a supervision session: show it here."""
        self.open_entry(entry_id)
        self.raise_()
        self.activateWindow()

    def _on_preview_toggled(self, visible: bool) -> None:
        self.preview_action.setChecked(visible)
        self.prefs.set(S.PREVIEW_VISIBLE, visible)

    # -- preferences -----------------------------------------------------

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
        self.editor.wellbeing.set_support(
            support_text(self.prefs.get(S.SUPPORT_CONTACTS)), bool(self.prefs.get(S.OFFER_SUPPORT))
        )
