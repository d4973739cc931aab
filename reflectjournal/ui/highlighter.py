"""Light Markdown highlighting for the plain-text body editor, with a
prompt's question lines set apart (bold, on a shaded band)."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QPalette, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QWidget

from ..core.answers import is_question_line

# How much of the palette's highlight colour tints a question's band. The
# text keeps the palette's own Text colour, so its contrast stays what the
# theme gives it (well above 4.5:1 in the app's light and dark palettes).
QUESTION_TINT = 0.16


def _fmt(*, bold: bool = False, italic: bool = False, fixed: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if fixed:
        fmt.setFontFixedPitch(True)
        fmt.setFontFamilies(["monospace"])
    return fmt


def question_format(palette: QPalette) -> QTextCharFormat:
    """Bold text in the palette's Text colour on a band tinted from Base
    toward Highlight: visibly apart in light and dark themes alike."""
    base, tint = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight)
    mix = QColor(
        round(base.red() + (tint.red() - base.red()) * QUESTION_TINT),
        round(base.green() + (tint.green() - base.green()) * QUESTION_TINT),
        round(base.blue() + (tint.blue() - base.blue()) * QUESTION_TINT),
    )
    fmt = _fmt(bold=True)
    fmt.setForeground(palette.color(QPalette.ColorRole.Text))
    fmt.setBackground(mix)
    return fmt


class MarkdownHighlighter(QSyntaxHighlighter):
    _RULES = (
        (re.compile(r"^#{1,6}\s.*$"), _fmt(bold=True)),
        (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s"), _fmt(bold=True)),
        (re.compile(r"^\s*>.*$"), _fmt(italic=True)),
        (re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"), _fmt(bold=True)),
        (re.compile(r"(?<![*\w])\*[^*\n]+\*(?!\*)|(?<![_\w])_[^_\n]+_(?!_)"), _fmt(italic=True)),
        (re.compile(r"`[^`\n]+`"), _fmt(fixed=True)),
        (re.compile(r"\[[^\]\n]*\]\([^)\n]*\)"), _fmt(italic=True)),
    )

    def _editor(self) -> QWidget | None:
        """The editor showing the document (an AnswerEdit knows the entry's
        questions; its palette colours them). The document's parent is the
        editor's text control, whose parent is the editor."""
        obj: QObject | None = self.document()
        while obj is not None and not isinstance(obj, QWidget):
            obj = obj.parent()
        return obj

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if len(text) > 5000:  # a huge paragraph: keep typing fast
            return
        if text.startswith("> **"):
            editor = self._editor()
            questions = getattr(editor, "questions", frozenset())
            if editor is not None and is_question_line(text, questions):
                palette = editor.palette()
                self.setFormat(0, len(text), question_format(palette))
                # The Markdown marks around the question, quieter than it.
                marks = question_format(palette)
                marks.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
                end = text.rstrip().rfind("**")
                self.setFormat(0, 4, marks)
                self.setFormat(end, len(text) - end, marks)
                return
        for pattern, fmt in self._RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
