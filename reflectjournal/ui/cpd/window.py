"""The CPD window: the registration year (status, renewal window), this
year's records and last year's (read-only) on the left; one record's form
on the right with what it draws on beside it; autosaved; export of the year."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.cpd import CpdRecord, RegistrationYear, draft_from_entry, draft_from_session, registration_year
from ...core.cpd_export import cpd_fields, redact_cpd_export, suggested_name
from ...core.errors import JournalError, StorageFull
from ..announce import announce, name_splitter_handles, show_and_announce
from ..autosave import Autosaver
from ..document_export import MARKDOWN, PDF, export_document
from ..keyboard import DateFieldKeys
from ..messages import save_error_text
from ..prompter import Prompter
from ..screen_fit import ScrollingStack, scrolling, set_first_size
from ..supervision.export import ExportedBar
from .editor import CpdRecordEditor
from .labels import renewal_text, status_text, still_needed_text, tr, year_heading
from .record_list import RECORD_ROLE, CpdRecordList
from .service import CpdService
from .sources import source_text


class CpdWindow(QMainWindow):
    """A separate, non-modal window. Its title never holds journal text."""

    copy_requested = Signal(str)  # text for the clipboard (through the main window's guard)

    def __init__(self, service: CpdService, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("CPD records"))
        self.setObjectName("CpdWindow")
        self.service = service
        self.prompter = prompter
        self._filling = False
        self._year: RegistrationYear | None = None

        self.year_label = QLabel()
        self.year_label.setTextFormat(Qt.TextFormat.PlainText)
        heading = QFont(self.year_label.font())
        heading.setBold(True)
        self.year_label.setFont(heading)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.renewal_label = QLabel()
        self.renewal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.renewal_label.setWordWrap(True)

        self.new_button = QPushButton(tr("&New record"))
        self.from_session_button = QPushButton(tr("From a supervision &session…"))
        self.from_session_button.setAccessibleDescription(tr("Make a record from a supervision session"))
        self.record_list = CpdRecordList()
        self.delete_button = QPushButton(tr("D&elete record…"))

        self.editor = CpdRecordEditor()
        from .source_pane import SourcePane

        self.source = SourcePane()
        self.placeholder = QLabel(tr("Choose a record on the left, or start a new one."))
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.record_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.record_splitter.addWidget(scrolling(self.editor, horizontal=False))
        self.record_splitter.addWidget(self.source)
        self.record_splitter.setStretchFactor(0, 3)
        self.record_splitter.setStretchFactor(1, 2)
        self.record_splitter.setChildrenCollapsible(False)
        self.record_splitter.setSizes([640, 340])  # the form first; the starting point beside it
        self.stack = ScrollingStack()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.record_splitter)

        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: palette(highlight); color: palette(highlighted-text); padding: 6px; }"
        )
        self.banner.hide()
        self.exported_bar = ExportedBar(prompter)
        self.save_status = QLabel()
        self.save_status.setTextFormat(Qt.TextFormat.PlainText)
        self.autosaver = Autosaver(
            self._write,
            can_save=lambda: self.service.is_unlocked and self.editor.has_record and not self.editor.read_only,
            problem_text=save_error_text,
            show_problem=self.show_message,
            status=self.save_status,
            parent=self,
        )
        self.pdf_button = QPushButton(tr("E&xport the year as PDF…"))
        self.markdown_button = QPushButton(tr("Export the year as &Markdown…"))
        self.save_action = QAction(tr("Save now"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.close_action = QAction(tr("Close"), self)
        self.close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        for action in (self.save_action, self.close_action):
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
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.from_session_button)
        records_label = QLabel(tr("&Records:"))
        records_label.setBuddy(self.record_list)
        left_layout.addWidget(records_label)
        left_layout.addWidget(self.record_list, 1)
        left_layout.addWidget(self.delete_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 8, 8, 8)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.exported_bar)
        right_layout.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_status, 1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.markdown_button)
        right_layout.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1020])
        splitter.setChildrenCollapsible(False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(8, 8, 8, 0)
        top_layout.setSpacing(2)
        top_layout.addWidget(self.year_label)
        top_layout.addWidget(self.status_label)
        top_layout.addWidget(self.renewal_label)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(top)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        QWidget.setTabOrder(self.markdown_button, self.new_button)
        DateFieldKeys.install_under(self)

    def _connect_signals(self) -> None:
        self.editor.edited.connect(self.autosaver.edited)
        self.editor.copy_requested.connect(lambda _key, text: self.copy_requested.emit(text))
        self.source.insert_requested.connect(self.editor.insert_text)
        self.editor.links_button.clicked.connect(self.choose_links)
        self.record_list.currentItemChanged.connect(self._on_record_list_current_changed)
        self.new_button.clicked.connect(lambda: self.new_record())
        self.from_session_button.clicked.connect(self.choose_session)
        self.delete_button.clicked.connect(self._on_delete)
        self.pdf_button.clicked.connect(lambda: self.export(PDF))
        self.markdown_button.clicked.connect(lambda: self.export(MARKDOWN))
        self.save_action.triggered.connect(self.save_now)
        self.close_action.triggered.connect(self.close)
        self.service.changed.connect(self._on_journal_changed)

    # -- the year --------------------------------------------------------

    def reload(self) -> None:
        """The year's heading, status and records (keeping the one shown)."""
        if not self.service.is_unlocked:
            return
        year = self._year = self.service.year()
        today = self.service.today()
        this_year = self.service.records(year)
        last_year = self.service.records(year.previous)
        status = self.service.status(year)
        self.year_label.setText(year_heading(year))
        said = status_text(status) + ". " + still_needed_text(status)
        if said != self.status_label.text() and self.status_label.text() and self.isVisible():
            announce(self.status_label, said)  # a record saved or deleted changed where the year stands
        self.status_label.setText(said)
        self.renewal_label.setText(renewal_text(year, today))
        self._filling = True
        try:
            self.record_list.fill(year, this_year, last_year)
            self.record_list.select(self.editor.record_id)
        finally:
            self._filling = False
        self._update_buttons()

    # -- records ---------------------------------------------------------

    def show_record(self, record: CpdRecord) -> None:
        """Open ``record`` (new or stored), saving the one being edited first."""
        if not self.save_now():
            return
        closed = record.id is not None and self.service.is_closed(record)
        note = ""
        if closed:
            year = registration_year(record.last_day)
            note = tr("This record is from %1, a registration year that has ended: it is kept as it was.").replace(
                "%1", year.label
            )
        self.editor.load(record, read_only=closed, closed_note=note)
        try:
            self.source.set_text(source_text(self.service, record))
        except JournalError:
            self.source.set_text("")
        self.source.choose_target("peer_reflection" if record.session_ids else "learned")
        self.stack.setCurrentWidget(self.record_splitter)
        self.save_status.setText("")
        self._select(record.id)
        self._update_buttons()

    def show_record_id(self, record_id: int) -> None:
        if record_id == self.editor.record_id:
            return
        try:
            self.show_record(self.service.get(record_id))
        except JournalError:
            self.reload()

    def new_record(self, record: CpdRecord | None = None) -> CpdRecord | None:
        """A new record (not saved until something is typed)."""
        if not self.service.is_unlocked:
            return None
        record = record or CpdRecord(started_on=self.service.today())
        self.show_record(record)
        self.editor.focus_first()
        show_and_announce(self.save_status, tr("New record: it is saved once you type in it"))
        return record

    def new_from_entry(self, entry_id: int) -> CpdRecord | None:
        try:
            return self.new_record(draft_from_entry(self.service.entry(entry_id), self.service.today()))
        except JournalError as error:
            self.show_message(str(error))
            return None

    def new_from_session(self, session_id: int) -> CpdRecord | None:
        try:
            record = self.new_record(
                draft_from_session(self.service.supervision_session(session_id), self.service.today())
            )
        except JournalError as error:
            self.show_message(str(error))
            return None
        self.editor.fields["peer_reflection"].edit.setFocus()
        return record

    def choose_session(self) -> int | None:
        from .chooser import SessionChooser

        sessions = self.service.held_sessions()
        if not sessions:
            self.prompter.inform(
                self, tr("No supervision sessions"), tr("There are no supervision sessions in the journal yet.")
            )
            return None
        chosen = SessionChooser.choose(self, self.prompter, sessions)
        if chosen is not None:
            self.new_from_session(chosen)
        return chosen

    def choose_links(self) -> bool:
        """Tick what the record draws on; the starting point follows."""
        from .links import LinkChooser

        if not self.editor.has_record or self.editor.read_only or not self.service.is_unlocked:
            return False
        record = self.editor.current_record()
        try:
            chosen = LinkChooser.choose(
                self,
                self.prompter,
                self.service.entries_to_link(record),
                self.service.held_sessions(),
                record.entry_ids,
                record.session_ids,
            )
        except JournalError:
            return False
        if chosen is None:
            return False
        self.editor.set_links(*chosen)
        try:
            self.source.set_text(source_text(self.service, self.editor.current_record()))
        except JournalError:
            self.source.set_text("")
        return True

    def _select(self, record_id: int | None) -> None:
        self._filling = True
        try:
            self.record_list.select(record_id)
        finally:
            self._filling = False

    def _on_record_list_current_changed(self, current, _previous) -> None:
        if self._filling or current is None or current.data(RECORD_ROLE) is None:
            return
        self.show_record_id(int(current.data(RECORD_ROLE)))

    def _on_delete(self) -> None:
        record_id = self.editor.record_id
        if record_id is None:
            self.autosaver.discard()
            self._show_placeholder()
            return
        if not self.prompter.confirm_named(
            self,
            tr("Delete this CPD record?"),
            tr("The record will be removed from the journal. The entries and sessions it draws on stay."),
            tr("Delete record"),
            tr("Keep"),
        ):
            return
        self.autosaver.discard()
        try:
            self.service.delete(record_id)
        except JournalError:
            self.show_message(tr("The record could not be deleted. Nothing was changed."))
            return
        self._show_placeholder()
        announce(self.record_list, tr("Record deleted"))

    def _show_placeholder(self) -> None:
        self.editor.clear_all()
        self.source.clear_all()
        self.stack.setCurrentWidget(self.placeholder)
        self.reload()
        self.new_button.setFocus()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.editor.has_record)

    # -- saving ----------------------------------------------------------

    def save_now(self) -> bool:
        return self.autosaver.save_now()

    def _write(self) -> None:
        self.editor.mark_saved(self.service.save(self.editor.current_record()))

    def show_message(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        announce(self.banner, text, assertive=True)

    def _on_journal_changed(self, changes) -> None:  # type: ignore[no-untyped-def]
        if changes.cpd and self.isVisible():
            self.reload()
            self._select(self.editor.record_id)

    # -- export ----------------------------------------------------------

    def export(self, fmt: str) -> None:
        if not self.service.is_unlocked:
            return
        if not self.save_now():
            self.prompter.warn(self, tr("Not exported"), tr("Save the record first: see the message at the top."))
            return
        year = self.service.year()
        title = tr("Save the CPD records as PDF") if fmt == PDF else tr("Save the CPD records as Markdown")
        try:
            path = export_document(
                self,
                self.prompter,
                self.service.build_export(year),
                fmt,
                self.service.findings_panel(),
                fields_of=cpd_fields,
                redact=redact_cpd_export,
                title=title,
                suggested=suggested_name(year, fmt),
                generated=self.service.today(),
                still_unlocked=lambda: self.service.is_unlocked,
            )
        except (JournalError, StorageFull):
            return
        if path is not None:
            self.save_status.setText(tr("Exported (not encrypted)"))
            self.exported_bar.show_path(path)

    # -- closing ---------------------------------------------------------

    def clear_all(self) -> None:
        """Leave nothing of the journal in the window."""
        self.autosaver.discard()
        self.editor.clear_all()
        self.source.clear_all()
        self.record_list.clear()
        for label in (self.year_label, self.status_label, self.renewal_label, self.save_status):
            label.setText("")
        self.show_message("")
        self.exported_bar.clear_all()
        self.stack.setCurrentWidget(self.placeholder)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_now()
        super().closeEvent(event)
