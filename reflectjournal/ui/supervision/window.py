"""The supervision window: the sessions on the left, one session's editor
on the right, autosaved like the entry editor, with export and print."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError, StorageFull
from ...core.models import SESSION_HELD, SupervisionSession
from ..announce import announce, name_splitter_handles, show_and_announce
from ..autosave import Autosaver
from ..keyboard import DateFieldKeys, EscapeCloses
from ..messages import save_error_text
from ..prompter import Prompter
from ..screen_fit import ScrollingStack, set_first_size
from .export import MARKDOWN, PDF, PRINT, ExportedBar, copy_agreed_actions, run_export
from .labels import long_date, status_label, tr, type_labels, with_whom
from .low_signal import LowSignalNote
from .prompts import supervision_prompts
from .service import SupervisionService
from .session_editor import SessionEditor

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def session_text(session: SupervisionSession) -> str:
    """A session's lines in the list: date and status, with whom, type."""
    types = type_labels()
    return f"{long_date(session.held_on)} · {status_label(session.status)}\n{with_whom(session)}\n" + types.get(
        session.session_type, session.session_type
    )


class SupervisionWindow(EscapeCloses, QMainWindow):
    """A separate, non-modal window. Its title never holds journal text."""

    open_entry_requested = Signal(int)
    open_actions_requested = Signal()

    def __init__(self, service: SupervisionService, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        # A QMainWindow, not a QWidget with the Window flag: only a main window
        # or dialog is exposed to screen readers as a window, with its title.
        self.setWindowTitle(tr("Supervision"))
        self.setObjectName("SupervisionWindow")
        self.service = service
        self.prompter = prompter
        self._filling = False

        self.prepare_button = QPushButton(tr("&Prepare for supervision"))
        self.prepare_button.setAccessibleDescription(tr("Prepare for a new supervision session"))
        self.session_list = QListWidget()
        self.session_list.setAccessibleName(tr("Supervision sessions"))
        self.session_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.session_list.setWordWrap(True)
        self.session_list.setSpacing(2)
        self.open_actions_button = QPushButton(tr("Open a&ctions…"))
        self.open_actions_button.setAccessibleDescription(tr("Show every open action"))
        self.delete_button = QPushButton(tr("D&elete session…"))
        self.delete_button.setAccessibleDescription(tr("Delete the chosen session"))

        self.editor = SessionEditor(service)
        self.placeholder = QLabel(tr("Choose a session on the left, or prepare for a new one."))
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        # The editor scrolls on a small screen, so the buttons below it stay in view.
        self.stack = ScrollingStack()
        self.stack.addWidget(self.placeholder)
        self.stack.add_scrolling(self.editor)

        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: palette(highlight); color: palette(highlighted-text); padding: 6px; }"
        )
        self.banner.hide()
        self.exported_bar = ExportedBar(prompter)
        self.low_signal_note = LowSignalNote(service, self.editor, parent=self)  # ui/supervision/low_signal.py
        self.save_status = QLabel()
        self.save_status.setTextFormat(Qt.TextFormat.PlainText)
        # The same autosaver as the entry editor's: saved within 2 s of the last change.
        self.autosaver = Autosaver(
            self._write,
            can_save=lambda: self.service.is_unlocked and self.editor.has_session,
            problem_text=save_error_text,
            show_problem=self.show_message,
            status=self.save_status,
            parent=self,
        )
        self.pdf_button = QPushButton(tr("E&xport as PDF…"))
        self.markdown_button = QPushButton(tr("Export as &Markdown…"))
        self.print_button = QPushButton(tr("P&rint…"))
        self.pdf_button.setAccessibleDescription(tr("Export this session as PDF"))
        self.markdown_button.setAccessibleDescription(tr("Export this session as Markdown"))
        self.print_button.setAccessibleDescription(tr("Print this session"))

        self.save_action = QAction(tr("Save now"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.close_action = QAction(tr("Close"), self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.print_action = QAction(tr("Print…"), self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        for action in (self.save_action, self.close_action, self.print_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

        self._build_layout()
        name_splitter_handles(self)
        self._connect_signals()
        self._update_buttons()
        set_first_size(self, QSize(1240, 800))

    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addWidget(self.prepare_button)
        sessions_label = QLabel(tr("Sessions"))
        sessions_label.setBuddy(self.session_list)
        left_layout.addWidget(sessions_label)
        left_layout.addWidget(self.session_list, 1)
        left_layout.addWidget(self.open_actions_button)
        left_layout.addWidget(self.delete_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 8, 8, 8)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.exported_bar)
        right_layout.addWidget(self.low_signal_note)
        right_layout.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_status, 1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.markdown_button)
        bottom.addWidget(self.print_button)
        right_layout.addLayout(bottom)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 990])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        order = [
            self.prepare_button,
            self.session_list,
            self.open_actions_button,
            self.delete_button,
            self.editor.date_edit,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.editor.tabs, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.markdown_button)
        QWidget.setTabOrder(self.markdown_button, self.print_button)
        DateFieldKeys.install_under(self)  # every date field one Tab stop (ui/keyboard.py)

    def _connect_signals(self) -> None:
        self.editor.edited.connect(self.autosaver.edited)
        self.editor.edited.connect(self._on_editor_edited)
        self.editor.open_entry_requested.connect(self.open_entry_requested)
        self.editor.problem.connect(self.show_message)
        self.editor.carried.status_changed.connect(lambda *_: show_and_announce(self.save_status, tr("Saved")))
        self.session_list.currentItemChanged.connect(self._on_session_list_current_changed)
        self.prepare_button.clicked.connect(self.prepare)
        self.open_actions_button.clicked.connect(self.open_actions_requested)
        self.delete_button.clicked.connect(self._on_delete)
        self.editor.actions_table.copy_button.clicked.connect(self.copy_actions)
        self.pdf_button.clicked.connect(lambda: self.export(PDF))
        self.markdown_button.clicked.connect(lambda: self.export(MARKDOWN))
        self.print_button.clicked.connect(lambda: self.export(PRINT))
        self.print_action.triggered.connect(lambda: self.export(PRINT))
        self.save_action.triggered.connect(self.save_now)
        self.close_action.triggered.connect(self.close)
        self.service.changed.connect(self._on_journal_changed)

    # -- sessions --------------------------------------------------------

    def reload_sessions(self) -> None:
        if not self.service.is_unlocked:
            return
        keep = self.editor.session_id
        self._filling = True
        try:
            self.session_list.clear()
            for session in self.service.list_sessions():
                text = session_text(session)
                item = QListWidgetItem(text)
                item.setData(SESSION_ID_ROLE, session.id)
                if session.status != SESSION_HELD:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
                self.session_list.addItem(item)
                if session.id == keep:
                    self.session_list.setCurrentItem(item)
        finally:
            self._filling = False
        self._update_buttons()

    def show_session(self, session_id: int | None) -> None:
        """Open a session (saving the one being edited first)."""
        if not self.service.is_unlocked:
            return
        if session_id is None:
            if not self.save_now():
                return
            self.editor.clear_all()
            self.stack.setCurrentWidget(self.placeholder)
            self._update_buttons()
            return
        if session_id == self.editor.session_id:
            self._select_in_list(session_id)
            self.low_signal_note.refresh()  # the check-ins may have changed since it was opened
            return
        if not self.save_now():
            self._select_in_list(self.editor.session_id)
            return
        try:
            session = self.service.get(session_id)
        except JournalError:
            self.reload_sessions()
            return
        try:
            packs = self.service.prompt_packs()
        except Exception:  # a damaged imported pack: fall back to the built-in ones
            packs = None
        self.editor.load(session, supervision_prompts(packs))
        self.low_signal_note.refresh()
        self.stack.setCurrentWidget(self.editor)
        self._select_in_list(session_id)
        self.save_status.setText("")
        self._update_buttons()

    def _select_in_list(self, session_id: int | None) -> None:
        self._filling = True
        try:
            for row in range(self.session_list.count()):
                item = self.session_list.item(row)
                if item.data(SESSION_ID_ROLE) == session_id:
                    self.session_list.setCurrentItem(item)
                    return
            self.session_list.setCurrentItem(None)
        finally:
            self._filling = False

    def _on_session_list_current_changed(self, current, _previous) -> None:
        if self._filling or current is None:
            return
        self.show_session(int(current.data(SESSION_ID_ROLE)))

    def prepare(self) -> SupervisionSession | None:
        """Carry on with the preparation under way, or start one for the next
        meeting from the reflections since the last held session."""
        if not self.service.is_unlocked or not self.save_now():
            return None
        try:
            session, made = self.service.prepare()
        except StorageFull:
            self.show_message(tr("The disk is full, so a new preparation could not be started."))
            return None
        if made:
            self.reload_sessions()
        self.show_session(session.id)
        self.editor.tabs.setCurrentWidget(self.editor.reflections_tab)
        self.editor.picker.search_edit.setFocus()
        if made:
            show_and_announce(self.save_status, tr("New preparation started"))
        else:
            show_and_announce(
                self.save_status,
                tr("Carrying on with the preparation for %1").replace("%1", long_date(session.held_on)),
            )
        return session

    def _on_delete(self) -> None:
        session_id = self.editor.session_id
        if session_id is None:
            return
        if not self.prompter.confirm_named(
            self,
            tr("Delete this supervision session?"),
            tr(
                "The session, its notes and the actions agreed at it will be removed from the journal. "
                "The reflections it links to stay. This cannot be undone."
            ),
            tr("Delete session"),
            tr("Keep"),
        ):
            return
        row = self.session_list.currentRow()
        self.autosaver.discard()
        try:
            self.service.delete(session_id)
        except JournalError:
            self.show_message(tr("The session could not be deleted. Nothing was changed."))
            return
        self.editor.clear_all()
        self.stack.setCurrentWidget(self.placeholder)
        self.reload_sessions()
        # The session that took its place in the list (or the one above).
        if self.session_list.count():
            item = self.session_list.item(min(max(row, 0), self.session_list.count() - 1))
            self.show_session(int(item.data(SESSION_ID_ROLE)))
            self.session_list.setFocus()
        else:
            self.prepare_button.setFocus()
        announce(self.session_list, tr("Session deleted"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.editor.has_session
        for widget in (self.delete_button, self.pdf_button, self.markdown_button, self.print_button):
            widget.setEnabled(has)
        self.print_action.setEnabled(has)

    # -- autosave --------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        return self.autosaver.is_dirty

    def save_now(self) -> bool:
        """Save the session being edited if it changed. False if that failed."""
        return self.autosaver.save_now()

    def _write(self) -> None:
        self.editor.mark_saved(self.service.save(self.editor.current_session()))

    def _on_editor_edited(self) -> None:
        """The list shows the date, status and name as they are typed."""
        item = self.session_list.currentItem()
        if item is None or self._filling or not self.editor.has_session:
            return
        text = session_text(self.editor.current_session())
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))

    def show_message(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        announce(self.banner, text, assertive=True)

    def _on_journal_changed(self, changes) -> None:
        """The session's change notice: this window refreshes what it shows."""
        if changes.supervision_sessions:
            self.reload_sessions()
        if changes.supervision_actions:
            self._on_actions_changed()

    def _on_actions_changed(self) -> None:
        if self.editor.has_session and self.isVisible():
            self.editor.refresh_action_statuses()

    # -- export ----------------------------------------------------------

    def export(self, fmt: str) -> None:
        """Preview, then write or print the session (export.run_export)."""
        run_export(self, fmt)

    def copy_actions(self) -> str | None:
        """The actions table on the clipboard, through the clipboard guard."""
        if self.editor.session_id is None or not self.service.is_unlocked or not self.save_now():
            return None
        return copy_agreed_actions(self, self.service, self.editor.session_id, self.save_status)

    # -- closing and locking ---------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.service.is_unlocked and not self.save_now():
            if not self.prompter.confirm(
                self,
                tr("Your last changes are not saved"),
                tr("The last changes to this session could not be saved. Close anyway and lose them?"),
            ):
                event.ignore()
                return
        self.clear_all()
        event.accept()

    def clear_all(self) -> None:
        """Leave no journal text in any widget, list or undo history."""
        self.autosaver.discard()
        self._filling = True
        try:
            self.session_list.clear()
        finally:
            self._filling = False
        self.editor.clear_all()
        self.stack.setCurrentWidget(self.placeholder)
        self.banner.setText("")
        self.banner.hide()
        self.exported_bar.clear_all()
        self.low_signal_note.clear_all()
        self.save_status.setText("")
        self._update_buttons()
