"""The body editor that keeps a prompt's questions whole.

The body holds each question of an inserted prompt as a question block
(core.answers): the question line, a blank line, then the answer. The
question lines are not for typing on. Typing, pasting or pressing Enter on
one goes to its answer line instead (made if it is missing), and Backspace,
Delete or a cut that would change part of a question does nothing. A
selection that takes whole lines, questions included, can still be deleted:
the writer can always remove a question they do not want.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence, QSyntaxHighlighter, QTextBlock, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ..core.answers import is_question_line

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AnswerEdit(QPlainTextEdit):
    """A plain-text editor that never lets a keystroke change a question."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._questions: frozenset[str] = frozenset()
        # Files and pictures dropped or pasted (ui/attachments.py): (accepts, insert).
        self.attachment_drop: tuple[Callable[[QMimeData], bool], Callable[[QMimeData], bool]] | None = None

    # -- questions ---------------------------------------------------------

    @property
    def questions(self) -> frozenset[str]:
        return self._questions

    def set_questions(self, questions: frozenset[str]) -> None:
        """The questions (core.answers.known_questions) whose lines are kept
        whole and set apart by the highlighter (which asks this editor)."""
        if frozenset(questions) != self._questions:
            self._questions = frozenset(questions)
            self._rehighlight()

    def _rehighlight(self) -> None:
        for highlighter in self.document().findChildren(QSyntaxHighlighter):
            if highlighter.document() is not None:
                highlighter.rehighlight()

    def is_question_block(self, block: QTextBlock) -> bool:
        return block.isValid() and is_question_line(block.text(), self._questions)

    def answer_cursor(self, question: QTextBlock) -> QTextCursor:
        """A cursor at the end of the answer's first line under ``question``,
        making the blank line and the answer line when they are missing."""
        cursor = QTextCursor(question)
        gap = question.next()
        if not gap.isValid():  # the question is the last line
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertText("\n\n")
            return cursor
        if gap.text().strip() and not self.is_question_block(gap):
            answer = gap  # typed straight under the question, no blank line
        else:
            answer = gap.next() if not self.is_question_block(gap) else QTextBlock()
            if not answer.isValid() or self.is_question_block(answer):
                # Make an empty answer line (and the gap, if the next line
                # is another question) before what follows.
                cursor = QTextCursor(gap if not self.is_question_block(gap) else question)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                cursor.insertText("\n\n" if self.is_question_block(gap) else "\n")
                return cursor
        cursor = QTextCursor(answer)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        return cursor

    def go_to_answer(self, question: QTextBlock) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        try:
            answer = self.answer_cursor(question)
        finally:
            cursor.endEditBlock()
        self.setTextCursor(answer)
        self.ensureCursorVisible()

    def _selection_cuts_a_question(self, cursor: QTextCursor) -> bool:
        """Whether the selection starts or ends part-way into a question
        line (deleting it would leave part of the question)."""
        doc = self.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        first, last = doc.findBlock(start), doc.findBlock(end)
        if self.is_question_block(first) and start != first.position():
            return True
        return self.is_question_block(last) and end != last.position() + last.length() - 1 and end != last.position()

    def _would_change_a_question(self, event: QKeyEvent) -> bool:
        """Backspace, Delete or Cut that would change a question's line."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return self._selection_cuts_a_question(cursor)
        block = cursor.block()
        key = event.key()
        backwards = key == Qt.Key.Key_Backspace
        if self.is_question_block(block):
            at_start = cursor.positionInBlock() == 0
            at_end = cursor.atBlockEnd()
            # Backspace at a question's start would join it to the line above;
            # Delete at its end would pull the next line into it (both only
            # harmless when that other line is empty).
            if backwards and at_start:
                above = block.previous()
                return above.isValid() and bool(above.text())
            if not backwards and at_end:
                below = block.next()
                return below.isValid() and bool(below.text())
            return True
        if backwards and cursor.positionInBlock() == 0:
            return self.is_question_block(block.previous()) and bool(block.text())
        if not backwards and cursor.atBlockEnd():
            return self.is_question_block(block.next()) and bool(block.text())
        return False

    # -- Qt overrides ------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if self._questions:
            key = event.key()
            cursor = self.textCursor()
            deleting = key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) or event.matches(QKeySequence.StandardKey.Cut)
            if deleting and self._would_change_a_question(event):
                event.accept()
                return
            on_question = not cursor.hasSelection() and self.is_question_block(cursor.block())
            typing = bool(event.text()) and event.text().isprintable() and not deleting
            if on_question and (key in _ENTER or typing or event.matches(QKeySequence.StandardKey.Paste)):
                self.go_to_answer(cursor.block())
                if key in _ENTER:
                    event.accept()
                    return
            elif typing and cursor.hasSelection() and self._selection_cuts_a_question(cursor):
                event.accept()
                return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt override)
        # Text composed with an input method goes where typed text would.
        cursor = self.textCursor()
        if self._questions and event.commitString() and not cursor.hasSelection():
            if self.is_question_block(cursor.block()):
                self.go_to_answer(cursor.block())
        super().inputMethodEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt override)
        cursor = self.textCursor()
        if self._questions:
            if cursor.hasSelection() and self._selection_cuts_a_question(cursor):
                return
            if not cursor.hasSelection() and self.is_question_block(cursor.block()):
                self.go_to_answer(cursor.block())
        if self.attachment_drop is not None and self.attachment_drop[0](source) and self.attachment_drop[1](source):
            return  # attached: its reference is inserted at the cursor
        super().insertFromMimeData(source)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt override)
        if self.attachment_drop is not None and not self.isReadOnly() and self.attachment_drop[0](source):
            return True
        return super().canInsertFromMimeData(source)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._questions:
            self._rehighlight()  # the question shading follows the theme
