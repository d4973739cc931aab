"""The prompt panel beside the entry editor, and inserting a prompt."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from ...core.answers import PromptRecord, known_questions
from ...core.packs import Prompt, PromptPack
from ..answer_edit import AnswerEdit
from .browser import PromptBrowser
from .labels import bold_label, questions_markdown, tr


class PromptPanel(QWidget):
    """Prompts for the entry being written: kind-suited first, searchable,
    by pack; "Insert" puts the chosen prompt's questions into the entry."""

    insert_requested = Signal(object)  # Prompt
    hide_requested = Signal()
    link_activated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("promptPanel")
        self.setAccessibleName(tr("Prompts"))  # a panel, named as its heading shows
        self.heading = bold_label(tr("Prompts"))
        self.hide_button = QToolButton()
        self.hide_button.setText("×")
        self.hide_button.setAutoRaise(True)
        self.hide_button.setAccessibleName(tr("Hide the prompts"))
        # Its tooltip, with the panel action's shortcut, is set by the controller.
        self.browser = PromptBrowser(Qt.Orientation.Vertical)
        self.insert_button = QPushButton(tr("&Insert into entry"))
        self.insert_button.setAccessibleDescription(tr("Insert the prompt's questions into the entry"))
        self.insert_button.setToolTip(
            tr("Adds the questions where the cursor is in your reflection, each with room for your answer")
        )
        self.insert_button.setEnabled(False)
        self._can_insert = False

        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.hide_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addLayout(head)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.insert_button)
        QWidget.setTabOrder(self.browser.details.sources_label, self.insert_button)
        QWidget.setTabOrder(self.insert_button, self.hide_button)
        self.setFocusProxy(self.browser)

        self.insert_button.clicked.connect(self._on_insert_clicked)
        self.hide_button.clicked.connect(self.hide_requested)
        self.browser.prompt_activated.connect(self._on_browser_prompt_activated)
        self.browser.current_prompt_changed.connect(self._update_buttons)
        self.browser.link_activated.connect(self.link_activated)

    def set_packs(self, packs: list[PromptPack]) -> None:
        self.browser.set_packs(packs)

    def set_kind(self, kind_key: str, kind_label: str = "") -> None:
        self.browser.set_kind(kind_key, kind_label)

    def set_can_insert(self, can: bool) -> None:
        """Whether there is an entry to insert into."""
        self._can_insert = can
        self._update_buttons()

    def current_prompt(self) -> Prompt | None:
        return self.browser.current_prompt()

    def clear_all(self) -> None:
        self.browser.clear_all()
        self.set_can_insert(False)

    def _update_buttons(self, *_args) -> None:
        self.insert_button.setEnabled(self._can_insert and self.browser.current_prompt() is not None)

    def _on_insert_clicked(self) -> None:
        prompt = self.browser.current_prompt()
        if prompt is not None and self._can_insert:
            self.insert_requested.emit(prompt)

    def _on_browser_prompt_activated(self, prompt: Prompt) -> None:
        if self._can_insert:
            self.insert_requested.emit(prompt)


def prompt_record(prompt: Prompt) -> PromptRecord:
    """What the entry keeps of a prompt it used (core.answers)."""
    return PromptRecord(prompt.pack_id, prompt.id, prompt.title, tuple(prompt.questions))


def insert_questions(edit: QPlainTextEdit, prompt: Prompt) -> None:
    """Put the prompt's questions into ``edit`` at the cursor as question
    blocks (core.answers: a quoted bold question, a blank line, the answer
    line), in one undo step, and leave the cursor on the first answer line.
    An ``AnswerEdit`` learns the questions first, so they are kept whole."""
    text = questions_markdown(prompt)
    if not text:
        return
    if isinstance(edit, AnswerEdit):
        edit.set_questions(edit.questions | known_questions([prompt_record(prompt)]))
    cursor = edit.textCursor()
    cursor.beginEditBlock()
    try:
        if cursor.hasSelection():
            cursor.removeSelectedText()
        block_text = cursor.block().text()
        before = block_text[: cursor.positionInBlock()]
        after = block_text[cursor.positionInBlock() :]
        prefix = ""
        if before.strip():
            prefix = "\n\n"  # a question starts its own line, after a blank one
        elif cursor.block().previous().isValid() and cursor.block().previous().text().strip():
            prefix = "\n"
        if after.strip():
            text += "\n"
        start = cursor.position()
        cursor.insertText(prefix + text)
    finally:
        cursor.endEditBlock()
    # The first answer line is two lines under the first question.
    first_answer = prefix + text.split("\n", 2)[0] + "\n\n"
    cursor.setPosition(start + _qt_length(first_answer))
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()


def _qt_length(text: str) -> int:
    """Length in Qt's units (UTF-16 code units), which text positions count."""
    return len(text.encode("utf-16-le")) // 2
