"""The writing in the entry editor: the Markdown body beside its safe
preview, the button that shows or hides the preview, and the word count.

The preview is off until asked for (the choice is remembered by the main
window), scrolls with the text, and never takes the keyboard: it has no
focus, so Tab goes from the body on to "Keeping the child in mind", and if
it is ever focused all the same, what is typed goes to the body."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollBar, QSizePolicy, QSplitter, QWidget

from ..core.answers import PromptRecord, known_questions, separate_questions
from .answer_edit import AnswerEdit
from .highlighter import MarkdownHighlighter
from .preview import SafeTextBrowser

_WORD = re.compile(r"\w+(?:['’]\w+)*")
PREVIEW_DELAY_MS = 250


def count_words(*texts: str) -> int:
    return sum(len(_WORD.findall(text)) for text in texts)


class EntryPreview(SafeTextBrowser):
    """The rendered body: read-only, out of the tab order. Keys that reach
    it (it should never have the focus) go to the body editor instead, so
    nothing typed is ever lost in it."""

    def __init__(self, typing_target: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self._typing_target = typing_target
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        target = self._typing_target
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        copy = QKeyEvent(
            event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat(), event.count()
        )
        QApplication.sendEvent(target, copy)
        event.accept()


def _follow(source: QScrollBar, target: QScrollBar) -> None:
    """Scroll ``target`` to the same proportion of its range as ``source``."""
    span = source.maximum() - source.minimum()
    fraction = (source.value() - source.minimum()) / span if span > 0 else 0.0
    target.setValue(target.minimum() + round(fraction * (target.maximum() - target.minimum())))


class EntryBody(QSplitter):
    """The body being written (Markdown, highlighted) and, beside it, the
    rendered preview, brought up to date a moment after typing stops.
    ``preview_button`` is laid out by the editor, with the tags."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.body_edit = AnswerEdit()
        self.body_edit.setAccessibleName(self.tr("Reflection"))
        self.body_edit.setPlaceholderText(self.tr("What happened? What did you notice, think and feel? (Markdown)"))
        self.body_edit.setTabChangesFocus(True)
        self.highlighter = MarkdownHighlighter(self.body_edit.document())
        self._records: tuple[PromptRecord, ...] = ()

        self.preview = EntryPreview(self.body_edit)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setAccessibleDescription(self.tr("The reflection as it will look. Read only."))
        self.preview.setVisible(False)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setChecked(False)
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
        self.body_edit.verticalScrollBar().valueChanged.connect(self.sync_preview_scroll)
        self.body_edit.verticalScrollBar().rangeChanged.connect(self.sync_preview_scroll)
        self.preview.verticalScrollBar().rangeChanged.connect(self.sync_preview_scroll)

    @property
    def prompt_records(self) -> tuple[PromptRecord, ...]:
        return self._records

    def set_prompt_records(self, records: Sequence[PromptRecord]) -> None:
        """The prompts the entry used: their question lines are set apart
        and kept whole, and the preview keeps each answer out of its quote."""
        self._records = tuple(records)
        self.body_edit.set_questions(known_questions(self._records))

    def sync_preview_scroll(self, *_args) -> None:
        """Scroll the preview to where the body is (in proportion)."""
        if self.preview.isVisibleTo(self):
            _follow(self.body_edit.verticalScrollBar(), self.preview.verticalScrollBar())

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        if self.preview_button.isChecked() != visible:
            self.preview_button.setChecked(visible)
        if visible:
            self.update_preview()

    def update_preview(self) -> None:
        if self.preview.isVisibleTo(self) or not self.isVisible():
            self.preview.show_markdown(separate_questions(self.body_edit.toPlainText(), self._records))
            self.sync_preview_scroll()

    def clear_all(self) -> None:
        """Forget the text, its undo stack and the preview."""
        self._preview_timer.stop()
        self.body_edit.setPlainText("")
        self.body_edit.document().clearUndoRedoStacks()
        self.set_prompt_records(())
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
