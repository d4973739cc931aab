"""Light Markdown highlighting for the plain-text body editor."""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QSyntaxHighlighter, QTextCharFormat


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

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if len(text) > 5000:  # a huge paragraph: keep typing fast
            return
        for pattern, fmt in self._RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
