"""The words being searched for, marked in the open entry: in the writing,
"keeping the child in mind" and the preview (as extra selections, so the
text and its undo history are untouched). Where they are is worked out in
core (search_query.match_spans); the marks follow edits and re-renders."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from ..core.search_query import match_spans

MARK_DELAY_MS = 150
MARK_BACKGROUND = QColor(255, 214, 102)  # readable with black text in light and dark themes
MARK_TEXT = QColor(0, 0, 0)
MAX_MARKS = 500  # per field: enough to see, never a slow repaint


def _utf16(text: str, offsets: list[int]) -> list[int]:
    """Python offsets as Qt's (UTF-16) positions."""
    if text.isascii():
        return offsets
    return [len(text[:offset].encode("utf-16-le")) // 2 for offset in offsets]


class SearchMarks(QObject):
    """Marks ``query``'s words in each field; "" clears them."""

    def __init__(self, fields: list[QPlainTextEdit | QTextEdit], parent: QObject | None = None):
        super().__init__(parent)
        self._fields = fields
        self.query = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(MARK_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        for field in fields:
            field.textChanged.connect(self._on_field_text_changed)

    def set_query(self, query: str) -> None:
        """Mark ``query`` a moment later (the results are painted first: a long
        open entry takes a while to mark); an entry opened meanwhile is marked
        as it loads. An empty query clears the marks at once."""
        self.query = query.strip()
        if self.query:
            self._timer.start()
        else:
            self.refresh()

    def _on_field_text_changed(self) -> None:
        if self.query:  # with no search there is nothing to move
            self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        for field in self._fields:
            field.setExtraSelections(self._selections(field) if self.query else [])

    def reveal_first(self, field: QPlainTextEdit | QTextEdit) -> None:
        """Put ``field``'s cursor at its first mark and scroll it into view."""
        selections = field.extraSelections()
        if selections:
            cursor = QTextCursor(field.document())
            cursor.setPosition(selections[0].cursor.selectionStart())
            field.setTextCursor(cursor)
            field.ensureCursorVisible()

    def marked(self, field: QPlainTextEdit | QTextEdit) -> list[str]:
        """The text of each mark in ``field`` (for tests and accessibility)."""
        return [selection.cursor.selectedText() for selection in field.extraSelections()]

    def _selections(self, field: QPlainTextEdit | QTextEdit) -> list[QTextEdit.ExtraSelection]:
        text = field.document().toPlainText()
        spans = match_spans(text, self.query)[:MAX_MARKS]
        if not spans:
            return []
        positions = _utf16(text, [offset for span in spans for offset in span])
        fmt = QTextCharFormat()
        fmt.setBackground(MARK_BACKGROUND)  # a marker pen: not the selection's colour
        fmt.setForeground(MARK_TEXT)
        selections = []
        for k in range(0, len(positions), 2):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(field.document())
            cursor.setPosition(positions[k])
            cursor.setPosition(positions[k + 1], QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        return selections
