"""The form for one prompt of a pack: title, questions, when it is useful,
model, guidance (with a live safe preview), sources, tags, and its id under
"Advanced". A prompt is held as a draft, a plain dict of what the form
shows; ``prompt_data`` turns a draft into the prompt's object in the pack
file.

Fields start empty with grey hints (placeholders): a hint is never saved.
A new prompt's id is made from its title (``auto_id`` in its draft) until
the author changes the id or the pack is saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import packs as P
from ...core.frameworks import Framework, builtin_frameworks
from ..evidence.picker import EvidencePicker
from ..evidence.row import EvidenceRow
from ..preview import SafeTextBrowser
from .advanced import AdvancedSection
from .labels import plain_label, tr, when_labels

SOURCE_COLUMNS = ("author", "title", "year", "publisher", "url")
PREVIEW_DELAY_MS = 200


def go_to_line(edit: QPlainTextEdit, line: int) -> None:
    """The cursor to the start of the ``line``-th non-blank line (from 0)."""
    block, seen = edit.document().begin(), -1
    while block.isValid():
        if block.text().strip():
            seen += 1
            if seen == line:
                cursor = edit.textCursor()
                cursor.setPosition(block.position())
                edit.setTextCursor(cursor)
                edit.ensureCursorVisible()
                return
        block = block.next()


def non_blank_lines(text: str) -> list[str]:
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
        "auto_id": True,
        "title": "",
        "when": [],
        "model": "",
        "questions": [],
        "guidance": "",
        "sources": [],
        "tags": [],
        "serves": [],
        "self_care": "",
    }


def draft_from_prompt(prompt: P.Prompt) -> dict[str, Any]:
    return {
        "id": prompt.id,
        "auto_id": False,  # a prompt read from a file keeps its id: entries record it
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
        # Not edited in the form (yet), but kept, so editing a prompt never drops them.
        "serves": list(prompt.serves),
        "self_care": prompt.self_care,
    }


def prompt_data(draft: dict[str, Any]) -> dict[str, Any]:
    """A draft as the prompt's object in the pack file."""
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
    if draft.get("serves"):
        prompt["serves"] = draft["serves"]
    if draft.get("self_care"):
        prompt["self_care"] = draft["self_care"]
    return prompt


class PromptForm(QWidget):
    """Edits one prompt: id, title, model, when, questions, guidance (with a
    live safe preview), sources and tags."""

    edited = Signal()
    title_edited = Signal(str)
    link_activated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        # Fields the form does not show (framework ids, the self-care mark), kept as loaded.
        self._kept: dict[str, Any] = {"serves": [], "self_care": ""}
        self._auto_id = False
        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(tr("Id of the prompt"))
        self.id_edit.setMaxLength(P.MAX_PROMPT_ID)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(tr("Title of the prompt"))
        self.title_edit.setPlaceholderText(tr("For example: Before a first home visit"))
        self.title_edit.setMaxLength(P.MAX_TITLE)
        self.model_edit = QLineEdit()
        self.model_edit.setAccessibleName(tr("Model it follows"))
        self.model_edit.setPlaceholderText(tr("Optional, for example Gibbs: Feelings"))
        self.model_edit.setMaxLength(P.MAX_MODEL)
        self.when_checks: dict[str, QCheckBox] = {}
        self.when_box = QGroupBox(tr("&When is it useful?"))
        when_grid = QGridLayout(self.when_box)
        for index, (key, label) in enumerate(when_labels().items()):
            check = QCheckBox(label)
            check.setAccessibleName(tr("Useful: %1").replace("%1", label))
            self.when_checks[key] = check
            when_grid.addWidget(check, index // 2, index % 2)
        self.questions_edit = QPlainTextEdit()
        self.questions_edit.setAccessibleName(tr("Questions, one per line"))
        self.questions_edit.setPlaceholderText(
            tr(
                "One question per line, in the order they are asked. For example:\n"
                "What did the child say, do or show?\nWhat will I do next, and by when?"
            )  # fmt: skip
        )
        self.questions_edit.setTabChangesFocus(True)
        self.guidance_edit = QPlainTextEdit()
        self.guidance_edit.setAccessibleName(tr("Guidance (Markdown)"))
        self.guidance_edit.setPlaceholderText(
            tr("Optional: a few lines to help the practitioner answer, in Markdown. The preview is on the right.")
        )
        self.guidance_edit.setTabChangesFocus(True)
        self.guidance_preview = SafeTextBrowser()
        self.guidance_preview.setAccessibleName(tr("Guidance preview"))
        self.sources_table = QTableWidget(0, len(SOURCE_COLUMNS))
        self.sources_table.setAccessibleName(tr("Sources"))
        self.sources_table.setHorizontalHeaderLabels(
            [tr("Author"), tr("Title"), tr("Year"), tr("Publisher"), tr("Address (https)")]
        )
        header = self.sources_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title takes the room left, so the table fits its width (no sideways scrolling at 1024 pixels).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((0, 140), (2, 56), (3, 140), (4, 130)):
            self.sources_table.setColumnWidth(column, width)
        self.sources_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.sources_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sources_table.setMinimumHeight(110)
        self.sources_hint = plain_label(
            tr(
                "The works the prompt draws on, one a row: practitioners see them under the prompt and can read "
                "further."
            )  # fmt: skip
        )
        self.add_source_button = QPushButton(tr("Add &source"))
        self.remove_source_button = QPushButton(tr("Remove source"))
        self.remove_source_button.setAccessibleDescription(tr("Remove the chosen source"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setAccessibleName(tr("Tags"))
        self.tags_edit.setPlaceholderText(tr("Optional, separated by commas"))
        self.advanced = AdvancedSection(tr("Shows the prompt's id"))
        self.advanced.form.addRow(tr("&Id:"), self.id_edit)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)

        form = QFormLayout()
        form.addRow(tr("&Title:"), self.title_edit)
        form.addRow(tr("&Questions:"), self.questions_edit)
        form.addRow(self.when_box)
        form.addRow(tr("&Model:"), self.model_edit)
        guidance_split = QSplitter(Qt.Orientation.Horizontal)
        guidance_split.addWidget(self.guidance_edit)
        guidance_split.addWidget(self.guidance_preview)
        guidance_split.setChildrenCollapsible(False)
        guidance_split.setMinimumHeight(150)
        form.addRow(tr("&Guidance:"), guidance_split)
        sources_box = QVBoxLayout()
        sources_box.addWidget(self.sources_hint)
        sources_box.addWidget(self.sources_table)
        source_buttons = QHBoxLayout()
        source_buttons.addWidget(self.add_source_button)
        source_buttons.addWidget(self.remove_source_button)
        source_buttons.addStretch(1)
        sources_box.addLayout(source_buttons)
        form.addRow(tr("Sources:"), sources_box)
        form.addRow(tr("T&ags:"), self.tags_edit)
        # The framework items the prompt serves, chosen with the evidence picker (ui/evidence).
        self.serves_row = EvidenceRow()
        self.serves_row.button.setText(tr("Choose…"))
        self.serves_row.button.setAccessibleName(tr("Choose the framework items it serves"))
        self.frameworks: Callable[[], tuple[Framework, ...]] = builtin_frameworks
        form.addRow(tr("Framework items it serves:"), self.serves_row)
        form.addRow(self.advanced)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.questions_edit.setMinimumHeight(90)

        chain = [self.title_edit, self.questions_edit, *self.when_checks.values(), self.model_edit,
                 self.guidance_edit, self.guidance_preview, self.sources_table, self.add_source_button,
                 self.remove_source_button, self.tags_edit, self.serves_row.button, self.advanced.toggle,
                 self.id_edit]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        for edit in (self.id_edit, self.title_edit, self.model_edit, self.tags_edit):
            edit.textEdited.connect(self._on_edit)
        self.serves_row.change_requested.connect(self.choose_serves)
        self.id_edit.textEdited.connect(self._on_id_edited)
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
            self._kept = {"serves": list(draft.get("serves", [])), "self_care": draft.get("self_care", "")}
            self._auto_id = bool(draft.get("auto_id", False))
            self.serves_row.show_items(self._kept["serves"], self.frameworks())
        finally:
            self._loading = False
        self.update_preview()

    def choose_serves(self) -> None:
        """The items this prompt serves, through the evidence picker; the
        prompter seam is the window's (tests answer it)."""
        window = self.window()
        prompter = getattr(window, "prompter", None)
        if prompter is None:
            return
        frameworks = self.frameworks()
        chosen = EvidencePicker.choose(
            window, prompter, frameworks, list(self._kept["serves"]), None, tr("This prompt serves:")
        )
        if chosen is None or chosen == self._kept["serves"]:
            return
        self._kept["serves"] = chosen
        self.serves_row.show_items(chosen, frameworks)
        self._on_edit()

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
            "auto_id": self._auto_id,
            "title": self.title_edit.text().strip(),
            "when": [key for key, check in self.when_checks.items() if check.isChecked()],
            "model": self.model_edit.text().strip(),
            "questions": non_blank_lines(self.questions_edit.toPlainText()),
            "guidance": self.guidance_edit.toPlainText().strip(),
            "sources": sources,
            "tags": _words(self.tags_edit.text()),
            "serves": list(self._kept["serves"]),
            "self_care": self._kept["self_care"],
        }

    @property
    def auto_id(self) -> bool:
        """Whether the id is still made from the title."""
        return self._auto_id

    def set_made_id(self, prompt_id: str) -> None:
        """Show the id made from the title (not an edit of the author's)."""
        if self._auto_id:
            self.id_edit.setText(prompt_id)

    def _on_id_edited(self, *_args) -> None:
        self._auto_id = False  # the author's own id is kept

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

    def focus_field(self, name: str, index: int | None = None, column: str = "") -> QWidget:
        """Put the focus on the field a problem names (``index``: the line of
        a question or the row of a source; ``column``: the source's field)."""
        widget: QWidget = {
            "id": self.id_edit,
            "title": self.title_edit,
            "model": self.model_edit,
            "questions": self.questions_edit,
            "guidance": self.guidance_edit,
            "sources": self.sources_table,
            "tags": self.tags_edit,
            "when": next(iter(self.when_checks.values())),
        }.get(name, self.title_edit)
        if widget is self.id_edit:
            self.advanced.set_open(True)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if name == "sources" and index is not None and index < self.sources_table.rowCount():
            col = SOURCE_COLUMNS.index(column) if column in SOURCE_COLUMNS else 0
            self.sources_table.setCurrentCell(index, col)
        elif name == "questions" and index is not None:
            go_to_line(self.questions_edit, index)
        return widget
