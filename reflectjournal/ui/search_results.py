"""Search results: ranked hits with the matching words highlighted.

The snippet is escaped and the only markup is our own ``<b>``; it is drawn
through a document that loads no resources.
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
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QFontMetrics, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..core.models import SearchHit, snippet_segments
from ..core.search_query import BROAD_PREFIX, MIN_PREFIX_CHARS, SHORT_PREFIX, SearchNote
from .entry_list import DETAIL_ROLE, ENTRY_ID_ROLE
from .preview import SafeTextDocument

SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 10
SNIPPET_TEXT_ROLE = Qt.ItemDataRole.UserRole + 11
_SPACES = re.compile(r"\s+")


def snippet_html(snippet: str) -> str:
    """Escape every piece; wrap the matching words in <b>. Newlines become spaces."""
    out = []
    for text, highlighted in snippet_segments(snippet):
        piece = html.escape(_SPACES.sub(" ", text), quote=True)
        out.append(f"<b>{piece}</b>" if highlighted else piece)
    return "".join(out)


def snippet_text(snippet: str) -> str:
    return " ".join("".join(text for text, _ in snippet_segments(snippet)).split())


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
        else:
            text = _tr("Showing the best %1 matches; there are more. Add words or filters to narrow the search.")
            lines.append(text.replace("%1", locale.toString(note.count)))
    return "\n".join(lines)


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._kind_labels: dict[str, str] = {}

    def set_hits(self, hits: list[SearchHit], kind_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._kind_labels = dict(kind_labels)
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
        if role == SNIPPET_HTML_ROLE:
            return snippet_html(hit.snippet)
        if role == SNIPPET_TEXT_ROLE:
            return snippet_text(hit.snippet)
        if role == DETAIL_ROLE:
            return f"{hit.entry.happened_on.isoformat()} · {self._kind_labels.get(hit.entry.kind, hit.entry.kind)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.entry.title or self.tr('Untitled')}. {snippet_text(hit.snippet)}"
        return None


class SearchResultDelegate(QStyledItemDelegate):
    """Title in bold, then date and kind, then the snippet with highlights."""

    LINES = 4

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        return QSize(200, QFontMetrics(option.font).height() * self.LINES + 12)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = option.palette.color(role)
        rect = option.rect.adjusted(8, 4, -8, -4)
        doc = SafeTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setTextWidth(rect.width())
        title = html.escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), quote=True)
        detail = html.escape(str(index.data(DETAIL_ROLE) or ""), quote=True)
        doc.setHtml(f"<div><b>{title}</b></div><div>{detail}</div><div>{index.data(SNIPPET_HTML_ROLE) or ''}</div>")
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, color)
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()
