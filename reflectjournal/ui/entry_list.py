"""The entry list: a lazy model over ids, grouped by month, newest first.

The model holds only (id, month) pairs. Summaries are fetched in chunks
when a row is first painted, so 100,000 entries cost one narrow query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..core.models import EntrySummary

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
IS_HEADER_ROLE = Qt.ItemDataRole.UserRole + 2
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 4

CHUNK = 200

SummaryFetcher = Callable[[Sequence[int]], list[EntrySummary]]


def month_heading(month: str) -> str:
    year, mon = (int(part) for part in month.split("-"))
    return QLocale().toString(dt.date(year, mon, 1), "MMMM yyyy")


class EntryListModel(QAbstractListModel):
    """Rows are month headings (an int month is not an id) and entries."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[bool, int | str]] = []  # (is_header, id or month)
        self._row_of: dict[int, int] = {}
        self._cache: dict[int, EntrySummary] = {}
        self._fetch: SummaryFetcher | None = None
        self._kind_labels: dict[str, str] = {}

    # -- loading ---------------------------------------------------------

    def load(self, id_months: Sequence[tuple[int, str]], fetch: SummaryFetcher, kind_labels: dict[str, str]) -> None:
        self.beginResetModel()
        rows: list[tuple[bool, int | str]] = []
        last_month = None
        for entry_id, month in id_months:
            if month != last_month:
                rows.append((True, month))
                last_month = month
            rows.append((False, entry_id))
        self._rows = rows
        self._row_of = {value: i for i, (is_header, value) in enumerate(rows) if not is_header}
        self._cache = {}
        self._fetch = fetch
        self._kind_labels = dict(kind_labels)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._row_of, self._cache, self._fetch, self._kind_labels = [], {}, {}, None, {}
        self.endResetModel()

    def refresh_entry(self, entry_id: int) -> None:
        """Forget the cached summary of one entry and repaint its row."""
        self._cache.pop(entry_id, None)
        row = self._row_of.get(entry_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    # -- queries ---------------------------------------------------------

    def row_of(self, entry_id: int) -> int | None:
        return self._row_of.get(entry_id)

    def entry_count(self) -> int:
        return len(self._row_of)

    def cached_summaries(self) -> list[EntrySummary]:
        return list(self._cache.values())

    def _summary(self, row: int) -> EntrySummary | None:
        is_header, value = self._rows[row]
        if is_header:
            return None
        summary = self._cache.get(value)  # type: ignore[arg-type]
        if summary is None and self._fetch is not None:
            start = max(0, row - CHUNK // 4)
            chunk = [v for h, v in self._rows[start : start + CHUNK] if not h and v not in self._cache]
            for item in self._fetch(chunk):  # type: ignore[arg-type]
                self._cache[item.id] = item
            summary = self._cache.get(value)  # type: ignore[arg-type]
        return summary

    # -- Qt model --------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][0]:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        is_header, value = self._rows[index.row()]
        if role == IS_HEADER_ROLE:
            return is_header
        if is_header:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return month_heading(str(value))
            return None
        if role == ENTRY_ID_ROLE:
            return value
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, DETAIL_ROLE, SUMMARY_ROLE):
            return None
        summary = self._summary(index.row())
        if summary is None:
            return None
        if role == SUMMARY_ROLE:
            return summary
        title = summary.title or self.tr("Untitled")
        detail = self.detail_text(summary)
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == DETAIL_ROLE:
            return detail
        return f"{title}. {detail}"

    def detail_text(self, summary: EntrySummary) -> str:
        parts = [QLocale().toString(summary.happened_on, "d MMM yyyy")]
        if summary.happened_at:
            parts[0] += " " + summary.happened_at.strftime("%H:%M")
        parts.append(self._kind_labels.get(summary.kind, summary.kind))
        if summary.tags:
            parts.append(", ".join(summary.tags))
        return " · ".join(parts)


class EntryDelegate(QStyledItemDelegate):
    """Two lines per entry (title; date · kind · tags); headings in bold.

    Painted with drawText: plain text, so titles can never become markup.
    Every row has the same height so the view can use uniform sizes.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + 10)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        rect: QRect = option.rect.adjusted(8, 4, -8, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        if index.data(IS_HEADER_ROLE):
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(option.palette.color(group, QPalette.ColorRole.Link))
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
            painter.restore()
            return
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        detail = str(index.data(DETAIL_ROLE) or "")
        line = metrics.height()
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(group, text_role))
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(font)
        if not selected:
            painter.setPen(option.palette.color(group, QPalette.ColorRole.PlaceholderText))
        bottom = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()
