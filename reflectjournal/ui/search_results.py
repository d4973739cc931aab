"""Search results: ranked hits with the matching words highlighted, and the
search box that leads into them (Down goes to the results, Enter opens one).

The snippet is plain text made from the Markdown (core.search_query.plain_text),
escaped, and the only markup is our own ``<b>``; it is drawn through a
document that loads no resources, and each row is as tall as its wrapped text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette
from PySide6.QtWidgets import QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..core.models import SearchHit, snippet_segments
from ..core.search_query import BROAD_PREFIX, MIN_PREFIX_CHARS, RANKED_RECENT, SHORT_PREFIX, SearchNote, plain_text
from .entry_list import DETAIL_ROLE, ENTRY_ID_ROLE, house_date
from .preview import SafeTextDocument

SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 10
SNIPPET_TEXT_ROLE = Qt.ItemDataRole.UserRole + 11
_SPACES = re.compile(r"\s+")


class SearchLineEdit(QLineEdit):
    """The search box: ``down_pressed`` when Down is pressed (the pane moves
    into the results); Enter is ``returnPressed`` as usual."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Down and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


def snippet_html(snippet: str) -> str:
    """Plain text made from the snippet's Markdown, every piece escaped, the
    matching words in <b>."""
    out = []
    for text, highlighted in snippet_segments(plain_text(snippet)):
        piece = html.escape(_SPACES.sub(" ", text), quote=True)
        out.append(f"<b>{piece}</b>" if highlighted else piece)
    return "".join(out)


def snippet_text(snippet: str) -> str:
    return " ".join("".join(text for text, _ in snippet_segments(plain_text(snippet))).split())


def _tr(text: str) -> str:
    return QCoreApplication.translate("search_results", text)


def search_notes_text(notes: Iterable[SearchNote]) -> str:
    """What the results say about how the search was bounded (the app's
    wording of search_query.SearchNote), one line each; "" for none."""
    locale = QLocale()
    lines = []
    for note in notes:
        if note.kind == SHORT_PREFIX:
            text = _tr("Prefixes need at least %1 letters: '%2*' was searched as the word '%2'.")
            lines.append(text.replace("%1", locale.toString(MIN_PREFIX_CHARS)).replace("%2", note.term))
        elif note.kind == BROAD_PREFIX:
            text = _tr(
                "'%2*' starts more than %1 different words, so it was searched as the word '%2'. "
                "Type more letters before the *."
            )
            lines.append(text.replace("%1", locale.toString(note.count)).replace("%2", note.term))
        elif note.kind == RANKED_RECENT:
            text = _tr(
                "More than %1 entries match, so the best were chosen from the %1 written most recently. "
                "Add words or filters to narrow the search."
            )
            lines.append(text.replace("%1", locale.toString(note.count)))
        else:
            text = _tr("Showing the best %1 matches; there are more. Add words or filters to narrow the search.")
            lines.append(text.replace("%1", locale.toString(note.count)))
    return "\n".join(lines)


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._kind_labels: dict[str, str] = {}
        self._shown: dict[tuple[int, int], str] = {}  # (row, role): a snippet made once, asked for often

    def set_hits(self, hits: list[SearchHit], kind_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._kind_labels = dict(kind_labels)
        self._shown = {}
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([], {})

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.entry.title or self.tr("Untitled")
        if role == ENTRY_ID_ROLE:
            return hit.entry.id
        if role in (SNIPPET_HTML_ROLE, SNIPPET_TEXT_ROLE):
            key = (index.row(), int(role))
            if key not in self._shown:
                self._shown[key] = (snippet_html if role == SNIPPET_HTML_ROLE else snippet_text)(hit.snippet)
            return self._shown[key]
        if role == DETAIL_ROLE:
            return f"{house_date(hit.entry.happened_on)} · {self._kind_labels.get(hit.entry.kind, hit.entry.kind)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.entry.title or self.tr('Untitled')}. {snippet_text(hit.snippet)}"
        return None


class SearchResultDelegate(QStyledItemDelegate):
    """Title in bold, then date and kind, then the snippet with highlights;
    each row as tall as its text wrapped to the view's width (never cut)."""

    PADDING = 4
    # Laid-out documents kept for the rows shown: the view asks each row's
    # size more than once, and paint needs the same layout again.
    CACHE_SIZE = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        self._docs: dict[tuple[str, str, str, str, int], SafeTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index, width: float) -> SafeTextDocument:
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        detail = str(index.data(DETAIL_ROLE) or "")
        snippet = str(index.data(SNIPPET_HTML_ROLE) or "")
        text_width = max(40, int(width))
        key = (option.font.key(), title, detail, snippet, text_width)
        doc = self._docs.get(key)
        if doc is not None:
            return doc
        if len(self._docs) >= self.CACHE_SIZE:
            self._docs.clear()
        doc = SafeTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setTextWidth(text_width)
        title, detail = html.escape(title, quote=True), html.escape(detail, quote=True)
        doc.setHtml(f"<div><b>{title}</b></div><div>{detail}</div><div>{snippet}</div>")
        self._docs[key] = doc
        return doc

    def _text_width(self, option: QStyleOptionViewItem) -> float:
        view = option.widget
        width = option.rect.width()
        if view is not None and hasattr(view, "viewport"):
            width = view.viewport().width()
        return float(width - 16)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        width = self._text_width(option)
        doc = self._document(option, index, width)
        return QSize(int(width) + 16, int(doc.size().height()) + 2 * self.PADDING + 4)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = option.palette.color(role)
        rect = option.rect.adjusted(8, self.PADDING, -8, -self.PADDING)
        doc = self._document(option, index, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, color)
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()
