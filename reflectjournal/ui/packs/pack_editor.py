"""The prompt pack editor: for educators who write packs to share.

A separate window. It works on a ``.rjpack`` file, not on the journal, so
it is usable before a journal is unlocked. What the form holds is turned
into the file's JSON and checked by the same reader that imports packs:
the problems shown here are exactly those an importer would see, each
with its field, and a pack is saved only when there are none.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import fsutil
from ...core import packs as P
from ...core.errors import PackInvalid
from ...core.packs import FILE_SUFFIX, FORMAT_NAME, FORMAT_VERSION, PackProblem, PromptPack
from ..preview import SafeTextBrowser
from ..prompter import Prompter
from .importing import PackProblemsDialog, problem_lines
from .labels import bold_label, one_line, plain_label, tr, when_labels

SOURCE_COLUMNS = ("author", "title", "year", "publisher", "url")
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_DELAY_MS = 200
LICENCES = ("CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC0-1.0", "All rights reserved")
_PROMPT_FIELD = re.compile(r"prompts\[(\d+)\](?:\.(\w+))?")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _words(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _year(text: str) -> int | str:
    """A whole number stays a number; anything else is left for the reader
    to report with its field."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 6 else text


def new_prompt_draft(prompt_id: str) -> dict[str, Any]:
    return {
        "id": prompt_id,
        "title": tr("New prompt"),
        "when": [],
        "model": "",
        "questions": [],
        "guidance": "",
        "sources": [],
        "tags": [],
    }


def draft_from_prompt(prompt: P.Prompt) -> dict[str, Any]:
    return {
        "id": prompt.id,
        "title": prompt.title,
        "when": list(prompt.when),
        "model": prompt.model,
        "questions": list(prompt.questions),
        "guidance": prompt.guidance,
        "sources": [
            {"author": s.author, "title": s.title, "year": str(s.year), "publisher": s.publisher, "url": s.url}
            for s in prompt.sources
        ],
        "tags": list(prompt.tags),
    }


class PromptForm(QWidget):
    """Edits one prompt: id, title, model, when, questions, guidance (with a
    live safe preview), sources and tags."""

    edited = Signal()
    title_edited = Signal(str)
    link_activated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(tr("Prompt id"))
        self.id_edit.setPlaceholderText(tr("lower case, for example after-the-visit"))
        self.id_edit.setMaxLength(P.MAX_PROMPT_ID)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(tr("Prompt title"))
        self.title_edit.setMaxLength(P.MAX_TITLE)
        self.model_edit = QLineEdit()
        self.model_edit.setAccessibleName(tr("Model it follows"))
        self.model_edit.setPlaceholderText(tr("Optional, for example Gibbs: Feelings"))
        self.model_edit.setMaxLength(P.MAX_MODEL)
        self.when_checks: dict[str, QCheckBox] = {}
        when_box = QGroupBox(tr("Useful"))
        when_grid = QGridLayout(when_box)
        for index, (key, label) in enumerate(when_labels().items()):
            check = QCheckBox(label)
            check.setAccessibleName(tr("Useful: %1").replace("%1", label))
            self.when_checks[key] = check
            when_grid.addWidget(check, index // 2, index % 2)
        self.questions_edit = QPlainTextEdit()
        self.questions_edit.setAccessibleName(tr("Questions, one per line"))
        self.questions_edit.setPlaceholderText(tr("One question per line, in order"))
        self.questions_edit.setTabChangesFocus(True)
        self.guidance_edit = QPlainTextEdit()
        self.guidance_edit.setAccessibleName(tr("Guidance (Markdown)"))
        self.guidance_edit.setPlaceholderText(tr("Guidance for the writer, in Markdown"))
        self.guidance_edit.setTabChangesFocus(True)
        self.guidance_preview = SafeTextBrowser()
        self.guidance_preview.setAccessibleName(tr("Guidance preview"))
        self.sources_table = QTableWidget(0, len(SOURCE_COLUMNS))
        self.sources_table.setAccessibleName(tr("Sources"))
        self.sources_table.setHorizontalHeaderLabels(
            [tr("Author"), tr("Title"), tr("Year"), tr("Publisher"), tr("Address (https)")]
        )
        self.sources_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.sources_table.horizontalHeader().setStretchLastSection(True)
        self.sources_table.setColumnWidth(0, 160)
        self.sources_table.setColumnWidth(1, 220)
        self.sources_table.setColumnWidth(2, 60)
        self.sources_table.setColumnWidth(3, 160)
        self.sources_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.sources_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sources_table.setMinimumHeight(110)
        self.add_source_button = QPushButton(tr("Add &source"))
        self.remove_source_button = QPushButton(tr("Remove source"))
        self.remove_source_button.setAccessibleName(tr("Remove the chosen source"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setAccessibleName(tr("Tags"))
        self.tags_edit.setPlaceholderText(tr("Separated by commas"))
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)

        form = QFormLayout()
        form.addRow(tr("&Id:"), self.id_edit)
        form.addRow(tr("&Title:"), self.title_edit)
        form.addRow(tr("&Model:"), self.model_edit)
        form.addRow(when_box)
        form.addRow(tr("&Questions:"), self.questions_edit)
        guidance_split = QSplitter(Qt.Orientation.Horizontal)
        guidance_split.addWidget(self.guidance_edit)
        guidance_split.addWidget(self.guidance_preview)
        guidance_split.setChildrenCollapsible(False)
        guidance_split.setMinimumHeight(150)
        form.addRow(tr("&Guidance:"), guidance_split)
        sources_box = QVBoxLayout()
        sources_box.addWidget(self.sources_table)
        source_buttons = QHBoxLayout()
        source_buttons.addWidget(self.add_source_button)
        source_buttons.addWidget(self.remove_source_button)
        source_buttons.addStretch(1)
        sources_box.addLayout(source_buttons)
        form.addRow(tr("Sources:"), sources_box)
        form.addRow(tr("T&ags:"), self.tags_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.questions_edit.setMinimumHeight(90)

        chain = [self.id_edit, self.title_edit, self.model_edit, *self.when_checks.values(), self.questions_edit,
                 self.guidance_edit, self.guidance_preview, self.sources_table, self.add_source_button,
                 self.remove_source_button, self.tags_edit]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        for edit in (self.id_edit, self.title_edit, self.model_edit, self.tags_edit):
            edit.textEdited.connect(self._on_edit)
        self.title_edit.textEdited.connect(self.title_edited)
        for check in self.when_checks.values():
            check.toggled.connect(self._on_edit)
        for edit in (self.questions_edit, self.guidance_edit):
            edit.textChanged.connect(self._on_edit)
        self.guidance_edit.textChanged.connect(self._preview_timer.start)
        self._preview_timer.timeout.connect(self.update_preview)
        self.sources_table.itemChanged.connect(self._on_edit)
        self.add_source_button.clicked.connect(self.add_source)
        self.remove_source_button.clicked.connect(self.remove_source)
        self.guidance_preview.link_activated.connect(self.link_activated)

    def _on_edit(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def load(self, draft: dict[str, Any] | None) -> None:
        self._loading = True
        try:
            draft = draft or new_prompt_draft("")
            self.id_edit.setText(draft["id"])
            self.title_edit.setText(draft["title"])
            self.model_edit.setText(draft["model"])
            for key, check in self.when_checks.items():
                check.setChecked(key in draft["when"])
            self.questions_edit.setPlainText("\n".join(draft["questions"]))
            self.guidance_edit.setPlainText(draft["guidance"])
            self.sources_table.setRowCount(0)
            for source in draft["sources"]:
                self._append_source_row(source)
            self.tags_edit.setText(", ".join(draft["tags"]))
        finally:
            self._loading = False
        self.update_preview()

    def draft(self) -> dict[str, Any]:
        sources = []
        for row in range(self.sources_table.rowCount()):
            cells = {}
            for column, name in enumerate(SOURCE_COLUMNS):
                item = self.sources_table.item(row, column)
                cells[name] = item.text().strip() if item is not None else ""
            if any(cells.values()):
                sources.append(cells)
        return {
            "id": self.id_edit.text().strip(),
            "title": self.title_edit.text().strip(),
            "when": [key for key, check in self.when_checks.items() if check.isChecked()],
            "model": self.model_edit.text().strip(),
            "questions": _lines(self.questions_edit.toPlainText()),
            "guidance": self.guidance_edit.toPlainText().strip(),
            "sources": sources,
            "tags": _words(self.tags_edit.text()),
        }

    def _append_source_row(self, source: dict[str, str]) -> int:
        row = self.sources_table.rowCount()
        self.sources_table.insertRow(row)
        for column, name in enumerate(SOURCE_COLUMNS):
            self.sources_table.setItem(row, column, QTableWidgetItem(str(source.get(name, ""))))
        return row

    def add_source(self) -> None:
        row = self._append_source_row({})
        self.sources_table.setCurrentCell(row, 0)
        self.sources_table.setFocus()
        self.sources_table.editItem(self.sources_table.item(row, 0))
        self._on_edit()

    def remove_source(self) -> None:
        row = self.sources_table.currentRow()
        if row >= 0:
            self.sources_table.removeRow(row)
            self._on_edit()

    def update_preview(self) -> None:
        self._preview_timer.stop()
        self.guidance_preview.show_markdown(self.guidance_edit.toPlainText())

    def focus_field(self, name: str, index: int | None = None) -> None:
        widget = {
            "id": self.id_edit,
            "title": self.title_edit,
            "model": self.model_edit,
            "questions": self.questions_edit,
            "guidance": self.guidance_edit,
            "sources": self.sources_table,
            "tags": self.tags_edit,
            "when": next(iter(self.when_checks.values())),
        }.get(name, self.title_edit)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if name == "sources" and index is not None and index < self.sources_table.rowCount():
            self.sources_table.setCurrentCell(index, 0)


class PackEditorWindow(QMainWindow):
    """Create or open a pack, edit it, validate it and save it as ``.rjpack``."""

    def __init__(
        self, prompter: Prompter, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ):
        super().__init__(parent)
        self.prompter = prompter
        self._today = today
        self._drafts: list[dict[str, Any]] = []
        self._row = -1
        self._loading = False
        self._modified = False
        self._path: Path | None = None
        self.problems: list[PackProblem] = []
        self.setObjectName("PackEditorWindow")
        self.setWindowTitle(tr("Prompt pack editor"))
        self.resize(1100, 780)

        self._build_actions()
        self._build_details()
        self._build_prompts()
        self.problems_list = QListWidget()
        self.problems_list.setAccessibleName(tr("Problems, each with its field"))
        self.problems_list.setWordWrap(True)
        self.status_label = bold_label()
        self.status_label.setAccessibleName(tr("Validation result"))
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(6, 0, 6, 6)
        problems_layout.addWidget(self.status_label)
        problems_layout.addWidget(self.problems_list)
        self.file_label = plain_label()
        self.file_label.setAccessibleName(tr("File"))

        self.tabs = QTabWidget()
        self.tabs.addTab(self.details_page, tr("Pack &details"))
        self.tabs.addTab(self.prompts_page, tr("&Prompts"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(problems_box)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.file_label)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self._connect_signals()
        self.load_pack(P.new_pack_template(self._today()), None)

    # -- building --------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, shortcut, name: str) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.setObjectName(name)
            self.addAction(act)
            return act

        std = QKeySequence.StandardKey
        self.new_action = action(tr("&New pack"), std.New, "newPack")
        self.open_action = action(tr("&Open…"), std.Open, "openPack")
        self.save_action = action(tr("&Save"), std.Save, "savePack")
        self.save_as_action = action(tr("Save &as…"), std.SaveAs, "savePackAs")
        self.validate_action = action(tr("&Validate"), "Ctrl+Shift+V", "validatePack")
        self.close_action = action(tr("&Close"), std.Close, "closePackEditor")
        self.add_prompt_action = action(tr("&Add prompt"), "Ctrl+Shift+A", "addPrompt")
        self.remove_prompt_action = action(tr("&Remove prompt…"), None, "removePrompt")
        self.up_action = action(tr("Move &up"), "Alt+Shift+Up", "movePromptUp")
        self.down_action = action(tr("Move &down"), "Alt+Shift+Down", "movePromptDown")
        file_menu = self.menuBar().addMenu(tr("&File"))
        for act in (self.new_action, self.open_action, None, self.save_action, self.save_as_action, None,
                    self.validate_action, None, self.close_action):  # fmt: skip
            file_menu.addSeparator() if act is None else file_menu.addAction(act)
        prompt_menu = self.menuBar().addMenu(tr("P&rompt"))
        for act in (self.add_prompt_action, self.remove_prompt_action, None, self.up_action, self.down_action):
            prompt_menu.addSeparator() if act is None else prompt_menu.addAction(act)
        toolbar = self.addToolBar(tr("Pack"))
        toolbar.setObjectName("packEditorToolbar")
        toolbar.setMovable(False)
        for act in (self.new_action, self.open_action, self.save_action, self.validate_action):
            toolbar.addAction(act)

    def _build_details(self) -> None:
        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(tr("Pack id"))
        self.id_edit.setPlaceholderText(tr("reverse domain name, for example org.example.visits"))
        self.id_edit.setMaxLength(P.MAX_PACK_ID)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(tr("Pack title"))
        self.title_edit.setMaxLength(P.MAX_TITLE)
        self.version_edit = QLineEdit()
        self.version_edit.setAccessibleName(tr("Version"))
        self.version_edit.setPlaceholderText(tr("for example 1.0.0"))
        self.version_edit.setMaxLength(P.MAX_VERSION)
        self.authors_edit = QPlainTextEdit()
        self.authors_edit.setAccessibleName(tr("Authors, one per line"))
        self.authors_edit.setPlaceholderText(tr("One author per line"))
        self.authors_edit.setTabChangesFocus(True)
        self.authors_edit.setMaximumHeight(90)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setAccessibleName(tr("Organisation"))
        self.organisation_edit.setPlaceholderText(tr("Optional"))
        self.organisation_edit.setMaxLength(P.MAX_ORGANISATION)
        self.licence_combo = QComboBox()
        self.licence_combo.setEditable(True)
        self.licence_combo.addItems(list(LICENCES))
        self.licence_combo.setAccessibleName(tr("Licence"))
        self.language_edit = QLineEdit()
        self.language_edit.setAccessibleName(tr("Language"))
        self.language_edit.setMaxLength(P.MAX_LANGUAGE)
        self.updated_edit = QDateEdit()
        self.updated_edit.setCalendarPopup(True)
        self.updated_edit.setDisplayFormat("d MMM yyyy")
        self.updated_edit.setAccessibleName(tr("Date updated"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setAccessibleName(tr("Description (Markdown)"))
        self.description_edit.setTabChangesFocus(True)
        self.description_preview = SafeTextBrowser()
        self.description_preview.setAccessibleName(tr("Description preview"))
        self.today_button = QPushButton(tr("Toda&y"))
        self.today_button.setAccessibleName(tr("Set the date updated to today"))

        form = QFormLayout()
        form.addRow(tr("&Id:"), self.id_edit)
        form.addRow(tr("&Title:"), self.title_edit)
        form.addRow(tr("&Version:"), self.version_edit)
        form.addRow(tr("A&uthors:"), self.authors_edit)
        form.addRow(tr("&Organisation:"), self.organisation_edit)
        form.addRow(tr("&Licence:"), self.licence_combo)
        form.addRow(tr("Lan&guage:"), self.language_edit)
        date_row = QHBoxLayout()
        date_row.addWidget(self.updated_edit)
        date_row.addWidget(self.today_button)
        date_row.addStretch(1)
        form.addRow(tr("Updated:"), date_row)
        description_split = QSplitter(Qt.Orientation.Horizontal)
        description_split.addWidget(self.description_edit)
        description_split.addWidget(self.description_preview)
        description_split.setChildrenCollapsible(False)
        form.addRow(tr("D&escription:"), description_split)
        self.details_page = QWidget()
        QVBoxLayout(self.details_page).addLayout(form)
        chain = [self.id_edit, self.title_edit, self.version_edit, self.authors_edit, self.organisation_edit,
                 self.licence_combo, self.language_edit, self.updated_edit, self.today_button,
                 self.description_edit, self.description_preview]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _build_prompts(self) -> None:
        self.prompt_list = QListWidget()
        self.prompt_list.setAccessibleName(tr("Prompts in this pack"))
        self.prompt_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setAccessibleName(tr("Add a prompt"))
        self.remove_button = QPushButton(tr("Remove…"))
        self.remove_button.setAccessibleName(tr("Remove the chosen prompt"))
        self.up_button = QPushButton(tr("Up"))
        self.up_button.setAccessibleName(tr("Move the chosen prompt up"))
        self.down_button = QPushButton(tr("Down"))
        self.down_button.setAccessibleName(tr("Move the chosen prompt down"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.prompt_list, 1)
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        left_layout.addLayout(buttons)

        self.prompt_form = PromptForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.prompt_form)
        self.no_prompt_label = plain_label(tr("This pack has no prompts yet. Add one."))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.no_prompt_label)
        right_layout.addWidget(scroll, 1)

        self.prompts_page = QSplitter(Qt.Orientation.Horizontal)
        self.prompts_page.addWidget(left)
        self.prompts_page.addWidget(right)
        self.prompts_page.setStretchFactor(0, 1)
        self.prompts_page.setStretchFactor(1, 3)
        self.prompts_page.setChildrenCollapsible(False)
        for first, second in (
            (self.prompt_list, self.add_button),
            (self.add_button, self.remove_button),
            (self.remove_button, self.up_button),
            (self.up_button, self.down_button),
            (self.down_button, self.prompt_form.id_edit),
        ):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.new_action.triggered.connect(self.new_pack)
        self.open_action.triggered.connect(self.open_pack)
        self.save_action.triggered.connect(self.save)
        self.save_as_action.triggered.connect(self.save_as)
        self.validate_action.triggered.connect(self.validate)
        self.close_action.triggered.connect(self.close)
        self.add_prompt_action.triggered.connect(self.add_prompt)
        self.remove_prompt_action.triggered.connect(self.remove_prompt)
        self.up_action.triggered.connect(lambda: self.move_prompt(-1))
        self.down_action.triggered.connect(lambda: self.move_prompt(1))
        self.add_button.clicked.connect(self.add_prompt)
        self.remove_button.clicked.connect(self.remove_prompt)
        self.up_button.clicked.connect(lambda: self.move_prompt(-1))
        self.down_button.clicked.connect(lambda: self.move_prompt(1))
        self.prompt_list.currentRowChanged.connect(self._on_prompt_list_current_row_changed)
        self.prompt_form.edited.connect(self._mark_modified)
        self.prompt_form.title_edited.connect(self._on_prompt_title_edited)
        self.problems_list.itemActivated.connect(self._on_problem_activated)
        self.today_button.clicked.connect(lambda: self.updated_edit.setDate(_qdate(self._today())))
        for edit in (self.id_edit, self.title_edit, self.version_edit, self.organisation_edit, self.language_edit):
            edit.textEdited.connect(self._mark_modified)
        self.licence_combo.editTextChanged.connect(self._mark_modified)
        self.updated_edit.dateChanged.connect(self._mark_modified)
        for edit in (self.authors_edit, self.description_edit):
            edit.textChanged.connect(self._mark_modified)
        self.description_edit.textChanged.connect(self._update_description_preview)

    # -- state -----------------------------------------------------------

    @property
    def is_modified(self) -> bool:
        return self._modified

    @property
    def path(self) -> Path | None:
        return self._path

    def _mark_modified(self, *_args) -> None:
        if not self._loading:
            self._modified = True
            self._update_file_label()

    def _update_file_label(self) -> None:
        name = self._path.name if self._path else tr("New pack, not saved yet")
        if self._modified:
            name += " " + tr("(changed)")
        self.file_label.setText(name)

    def load_pack(self, pack: PromptPack, path: Path | None) -> None:
        """Show a pack in the form (the undo history starts afresh)."""
        self._loading = True
        try:
            self.id_edit.setText(pack.id)
            self.title_edit.setText(pack.title)
            self.version_edit.setText(pack.version)
            self.authors_edit.setPlainText("\n".join(pack.authors))
            self.organisation_edit.setText(pack.organisation)
            self.licence_combo.setEditText(pack.licence)
            self.language_edit.setText(pack.language)
            self.updated_edit.setDate(_qdate(pack.updated))
            self.description_edit.setPlainText(pack.description)
            self._drafts = [draft_from_prompt(prompt) for prompt in pack.prompts]
            self._row = -1
            self._refill_prompt_list(0 if self._drafts else -1)
        finally:
            self._loading = False
        self._path = path
        self._modified = False
        self.problems = []
        self.problems_list.clear()
        self.status_label.setText(tr("Validate (Ctrl+Shift+V) to check the pack as an importer would."))
        self._update_file_label()
        self._update_description_preview()

    # -- prompts list --------------------------------------------------------

    def _item_text(self, draft: dict[str, Any]) -> str:
        return one_line(draft["title"], 80) or tr("(no title)")

    def _refill_prompt_list(self, select: int) -> None:
        self.prompt_list.blockSignals(True)
        try:
            self.prompt_list.clear()
            for draft in self._drafts:
                self.prompt_list.addItem(QListWidgetItem(self._item_text(draft)))
        finally:
            self.prompt_list.blockSignals(False)
        self._row = -1
        self._select_row(select)

    def _select_row(self, row: int) -> None:
        self._row = row if 0 <= row < len(self._drafts) else -1
        self.prompt_list.blockSignals(True)
        self.prompt_list.setCurrentRow(self._row)
        self.prompt_list.blockSignals(False)
        loading, self._loading = self._loading, True
        try:
            self.prompt_form.load(self._drafts[self._row] if self._row >= 0 else None)
        finally:
            self._loading = loading
        has = self._row >= 0
        self.prompt_form.setEnabled(has)
        self.no_prompt_label.setVisible(not self._drafts)
        for widget in (self.remove_button, self.remove_prompt_action):
            widget.setEnabled(has)
        for widget in (self.up_button, self.up_action):
            widget.setEnabled(has and self._row > 0)
        for widget in (self.down_button, self.down_action):
            widget.setEnabled(has and self._row < len(self._drafts) - 1)

    def _commit_prompt(self) -> None:
        if 0 <= self._row < len(self._drafts):
            self._drafts[self._row] = self.prompt_form.draft()

    def _on_prompt_list_current_row_changed(self, row: int) -> None:
        self._commit_prompt()
        self._select_row(row)

    def _on_prompt_title_edited(self, text: str) -> None:
        item = self.prompt_list.item(self._row) if self._row >= 0 else None
        if item is not None:
            item.setText(one_line(text, 80) or tr("(no title)"))

    def prompt_drafts(self) -> list[dict[str, Any]]:
        self._commit_prompt()
        return [dict(draft) for draft in self._drafts]

    def current_row(self) -> int:
        return self._row

    def add_prompt(self) -> None:
        self._commit_prompt()
        taken = {draft["id"] for draft in self._drafts}
        number = len(self._drafts) + 1
        while f"prompt-{number}" in taken:
            number += 1
        self._drafts.append(new_prompt_draft(f"prompt-{number}"))
        self._refill_prompt_list(len(self._drafts) - 1)
        self._mark_modified()
        self.tabs.setCurrentWidget(self.prompts_page)
        self.prompt_form.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.prompt_form.title_edit.selectAll()

    def remove_prompt(self) -> None:
        if self._row < 0:
            return
        self._commit_prompt()
        title = self._item_text(self._drafts[self._row])
        if not self.prompter.confirm(
            self, tr("Remove this prompt?"), tr("“%1” will be removed from the pack.").replace("%1", title)
        ):
            return
        row = self._row
        del self._drafts[row]
        self._refill_prompt_list(min(row, len(self._drafts) - 1))
        self._mark_modified()

    def move_prompt(self, step: int) -> None:
        row, target = self._row, self._row + step
        if row < 0 or not 0 <= target < len(self._drafts):
            return
        self._commit_prompt()
        self._drafts[row], self._drafts[target] = self._drafts[target], self._drafts[row]
        self._refill_prompt_list(target)
        self._mark_modified()
        self.prompt_list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building the file ---------------------------------------------------

    def pack_data(self) -> dict[str, Any]:
        """What the form holds, as the file's JSON object."""
        date = self.updated_edit.date()
        data: dict[str, Any] = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "id": self.id_edit.text().strip(),
            "title": self.title_edit.text().strip(),
            "version": self.version_edit.text().strip(),
            "updated": dt.date(date.year(), date.month(), date.day()).isoformat(),
            "language": self.language_edit.text().strip(),
            "licence": self.licence_combo.currentText().strip(),
            "authors": _lines(self.authors_edit.toPlainText()),
        }
        organisation = self.organisation_edit.text().strip()
        if organisation:
            data["organisation"] = organisation
        data["description"] = self.description_edit.toPlainText().strip()
        prompts = []
        for draft in self.prompt_drafts():
            prompt: dict[str, Any] = {"id": draft["id"], "title": draft["title"], "when": draft["when"]}
            if draft["model"]:
                prompt["model"] = draft["model"]
            prompt["questions"] = draft["questions"]
            prompt["guidance"] = draft["guidance"]
            sources = []
            for source in draft["sources"]:
                out: dict[str, Any] = {
                    "author": source["author"],
                    "title": source["title"],
                    "year": _year(source["year"]),
                }
                if source.get("publisher"):
                    out["publisher"] = source["publisher"]
                if source.get("url"):
                    out["url"] = source["url"]
                sources.append(out)
            prompt["sources"] = sources
            prompt["tags"] = draft["tags"]
            prompts.append(prompt)
        data["prompts"] = prompts
        return data

    def file_bytes(self) -> bytes:
        text = json.dumps(self.pack_data(), ensure_ascii=False, indent=2) + "\n"
        # Lone surrogates cannot be UTF-8; let the reader report them.
        return text.encode("utf-8", errors="surrogatepass")

    def validate(self) -> list[PackProblem]:
        """Check the pack as an importer would; show and return every problem."""
        self.problems = P.validate_pack_bytes(self.file_bytes(), name=self._file_name())
        self.problems_list.clear()
        for problem, line in zip(self.problems, problem_lines(self.problems), strict=True):
            item = QListWidgetItem(line)
            item.setData(FIELD_ROLE, problem.field)
            self.problems_list.addItem(item)
        if self.problems:
            count = len(self.problems)
            self.status_label.setText(
                (
                    tr("1 problem to fix before the pack can be shared.")
                    if count == 1
                    else tr("%n problems to fix before the pack can be shared.", "", count)
                )
                + " "
                + tr("Press Enter or double-click on one to go to its field.")
            )
        else:
            self.status_label.setText(tr("No problems: the pack is ready to share."))
        return self.problems

    def build_pack(self) -> PromptPack:
        """The pack as the reader sees it. Raises PackInvalid."""
        return P.read_pack(self.file_bytes(), name=self._file_name())

    def _file_name(self) -> str:
        return self._path.name if self._path else (self.id_edit.text().strip() or "pack") + FILE_SUFFIX

    # -- files ---------------------------------------------------------------

    def _discard_ok(self) -> bool:
        self._commit_prompt()
        if not self._modified:
            return True
        return self.prompter.confirm(
            self,
            tr("Discard the changes to this pack?"),
            tr("The pack has changes that are not saved. Discard them?"),
        )

    def new_pack(self) -> None:
        if self._discard_ok():
            self.load_pack(P.new_pack_template(self._today()), None)

    def open_pack(self, path: Path | None = None) -> bool:
        if not self._discard_ok():
            return False
        if path is None:
            start = self._path.parent if self._path else Path.home()
            path = self.prompter.open_file(
                self, tr("Open a prompt pack"), start, tr("Prompt packs (*.rjpack);;All files (*)")
            )
            if path is None:
                return False
        try:
            pack = P.read_pack_file(path)
        except PackInvalid as error:
            PackProblemsDialog.show_problems(
                self, self.prompter, tr("This file cannot be opened as a prompt pack."), path.name, error.problems
            )
            return False
        except OSError as error:
            self.prompter.warn(self, tr("The file could not be opened"), error.strerror or str(error))
            return False
        self.load_pack(pack, Path(path))
        return True

    def save(self) -> bool:
        if self._path is None:
            return self.save_as()
        return self._save_to(self._path)

    def save_as(self) -> bool:
        if self.validate():
            self._show_problems_first()
            return False
        stem = self._path.name if self._path else (self.id_edit.text().strip() or "prompt-pack") + FILE_SUFFIX
        start = (self._path.parent if self._path else Path.home()) / stem
        chosen = self.prompter.save_file(self, tr("Save the prompt pack"), start, tr("Prompt packs (*.rjpack)"))
        if chosen is None:
            return False
        if chosen.suffix != FILE_SUFFIX:
            chosen = chosen.with_name(chosen.name + FILE_SUFFIX)
        return self._save_to(chosen)

    def _save_to(self, path: Path) -> bool:
        if self.validate():
            self._show_problems_first()
            return False
        try:
            data = P.write_pack(self.build_pack())  # canonical, checked again by the reader
            fsutil.write_private_bytes(path, data)  # 0600, atomically
        except PackInvalid as error:
            self.problems = list(error.problems)
            self._show_problems_first()
            return False
        except OSError as error:
            self.prompter.warn(self, tr("The pack could not be saved"), error.strerror or str(error))
            return False
        self._path = Path(path)
        self._modified = False
        self._update_file_label()
        self.status_label.setText(tr("Saved. The pack is ready to share."))
        return True

    def _show_problems_first(self) -> None:
        self.prompter.warn(
            self,
            tr("The pack has problems"),
            tr("Fix the problems listed at the bottom of the window, then save again."),
        )
        if self.problems_list.count():
            self.problems_list.setCurrentRow(0)
            self.problems_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_problem_activated(self, item: QListWidgetItem) -> None:
        self.go_to_field(item.data(FIELD_ROLE) or "")

    def go_to_field(self, field: str) -> None:
        """Show the form field a problem names."""
        match = _PROMPT_FIELD.match(field)
        if match:
            self._commit_prompt()
            row = int(match[1])
            if 0 <= row < len(self._drafts):
                self._select_row(row)
                self.tabs.setCurrentWidget(self.prompts_page)
                rest = field[match.end() :]
                index = re.match(r"\[(\d+)\]", rest)
                self.prompt_form.focus_field(match[2] or "title", int(index[1]) if index else None)
            return
        self.tabs.setCurrentWidget(self.details_page)
        name = field.split(".")[0].split("[")[0]
        widget = {
            "id": self.id_edit,
            "title": self.title_edit,
            "version": self.version_edit,
            "authors": self.authors_edit,
            "organisation": self.organisation_edit,
            "licence": self.licence_combo,
            "language": self.language_edit,
            "updated": self.updated_edit,
            "description": self.description_edit,
        }.get(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_description_preview(self) -> None:
        self.description_preview.show_markdown(self.description_edit.toPlainText())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self._discard_ok():
            event.ignore()
            return
        self._modified = False
        event.accept()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
