"""The writing in the entry editor: the Markdown body beside its safe
preview, the button that shows or hides the preview, and the word count."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSplitter, QWidget

from .highlighter import MarkdownHighlighter
from .preview import SafeTextBrowser

_WORD = re.compile(r"\w+(?:['’]\w+)*")
PREVIEW_DELAY_MS = 250


def count_words(*texts: str) -> int:
    return sum(len(_WORD.findall(text)) for text in texts)


class EntryBody(QSplitter):
    """The body being written (Markdown, highlighted) and, beside it, the
    rendered preview, brought up to date a moment after typing stops.
    ``preview_button`` is laid out by the editor, with the tags."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Reflection"))
        self.body_edit.setPlaceholderText(self.tr("What happened? What did you notice, think and feel? (Markdown)"))
        self.body_edit.setTabChangesFocus(True)
        self.highlighter = MarkdownHighlighter(self.body_edit.document())

        self.preview = SafeTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setChecked(True)
        self.preview_button.setAccessibleDescription(self.tr("Show the preview"))
        self.preview_button.setToolTip(self.tr("Show the rendered text beside the editor"))

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)

        self.addWidget(self.body_edit)
        self.addWidget(self.preview)
        self.setChildrenCollapsible(False)

        self.body_edit.textChanged.connect(self._preview_timer.start)
        self.preview_button.toggled.connect(self.set_preview_visible)
        self._preview_timer.timeout.connect(self.update_preview)

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        if self.preview_button.isChecked() != visible:
            self.preview_button.setChecked(visible)
        if visible:
            self.update_preview()

    def update_preview(self) -> None:
        if self.preview.isVisibleTo(self) or not self.isVisible():
            self.preview.show_markdown(self.body_edit.toPlainText())

    def clear_all(self) -> None:
        """Forget the text, its undo stack and the preview."""
        self._preview_timer.stop()
        self.body_edit.setPlainText("")
        self.body_edit.document().clearUndoRedoStacks()
        self.preview.clear_all()


class WordCountLabel(QLabel):
    """The word count under the editor ("N words")."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_count(self, *texts: str) -> None:
        words = count_words(*texts)
        self.setText(self.tr("1 word") if words == 1 else self.tr("%n words", "", words))
