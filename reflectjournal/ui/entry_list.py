"""The entry list: a lazy model over ids, grouped by month, newest first.

The model holds the ids and a count per month. Summaries are fetched in
chunks when a row is first painted. The view reaches it through a
QSortFilterProxyModel that only forwards: QListView asks rowCount() once
per row when it lays out, and 100,000 calls into Python cost ~150 ms,
while the proxy answers them in C++.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..core.first_screen import LaterIds
from ..core.hardening import release_freed_memory
from ..core.models import EntrySummary

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
IS_HEADER_ROLE = Qt.ItemDataRole.UserRole + 2
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 4

CHUNK = 200
# Summaries kept at most: scrolling through 100,000 entries kept every one
# (about 60 MB). Past this the oldest-fetched half is let go; a row scrolled
# back to is fetched again, a chunk at a time (under 1 ms).
MAX_CACHED = 4_000
# The ids not read at unlock (core.first_screen.LaterIds) are read this long
# after the list is loaded with them: by then it has painted (issue 19).
READ_REST_AFTER_MS = 150

SummaryFetcher = Callable[[Sequence[int]], list[EntrySummary]]


def house_date(day: dt.date) -> str:
    """A date as the app shows it everywhere: "2 Dec 2026"."""
    return QLocale().toString(day, "d MMM yyyy")


def month_heading(month: str) -> str:
    year, mon = (int(part) for part in month.split("-"))
    return QLocale().toString(dt.date(year, mon, 1), "MMMM yyyy")


class EntryListModel(QAbstractListModel):
    """Rows are month headings and entries.

    Holds the list of ids and, per month, how many entries it has; a row is
    found by bisecting the heading positions. Nothing is built per entry, so
    loading 100,000 entries costs two narrow queries.
    """

    ids_stale = Signal()  # the ids read after the unlock no longer match the counts: reload

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: Sequence[int] = []
        self._months: list[str] = []
        self._month_starts: list[int] = []  # index in _ids of each month's first entry
        self._header_rows: list[int] = []  # row of each month heading
        self._cache: dict[int, EntrySummary] = {}
        self._fetch: SummaryFetcher | None = None
        self._kind_labels: dict[str, str] = {}

    # -- loading ---------------------------------------------------------

    def load(
        self,
        ids: Sequence[int],
        month_counts: Sequence[tuple[str, int]],
        fetch: SummaryFetcher,
        kind_labels: dict[str, str],
    ) -> None:
        """``ids`` newest first and ``month_counts`` newest month first, as
        EntryStore.ids and EntryStore.month_counts return them. ``ids`` may
        be a LaterIds, whose rest is read when a row past its first ids is
        asked for, or READ_REST_AFTER_MS after this load."""
        self.beginResetModel()
        self._ids = ids if isinstance(ids, LaterIds) else list(ids)
        self._months, self._month_starts, self._header_rows = [], [], []
        start = 0
        for k, (month, count) in enumerate(month_counts):
            self._months.append(month)
            self._month_starts.append(start)
            self._header_rows.append(start + k)
            start += count
        if start != len(self._ids):  # never expected: show the entries without headings
            self._months, self._month_starts, self._header_rows = [], [], []
        self._cache = {}
        self._fetch = fetch
        self._kind_labels = dict(kind_labels)
        self.endResetModel()
        if isinstance(ids, LaterIds) and not ids.all_read:
            QTimer.singleShot(READ_REST_AFTER_MS, lambda: self._read_rest_of(ids))

    def _read_rest_of(self, ids: LaterIds) -> None:
        """Read the ids not read at unlock (30-60 ms at 100,000), unless the
        list has been loaded again or cleared (locked) since."""
        if self._ids is ids and not ids.all_read:
            matches = ids.read_rest()
            release_freed_memory()  # the rows read on the way (4 MB at 100,000)
            if not matches:
                self.ids_stale.emit()  # the journal changed in between

    def clear(self) -> None:
        self.beginResetModel()
        self._ids, self._months, self._month_starts, self._header_rows = [], [], [], []
        self._cache, self._fetch, self._kind_labels = {}, None, {}
        self.endResetModel()

    def refresh_entry(self, entry_id: int) -> None:
        """Forget the cached summary of one entry and repaint its row."""
        self._cache.pop(entry_id, None)
        row = self.row_of(entry_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    # -- rows ------------------------------------------------------------

    def _locate(self, row: int) -> tuple[bool, int]:
        """(is_header, month number) or (False, index into _ids)."""
        k = bisect_right(self._header_rows, row) - 1
        if k >= 0 and self._header_rows[k] == row:
            return True, k
        return False, row - (k + 1)

    def row_of(self, entry_id: int) -> int | None:
        try:
            position = self._ids.index(entry_id)  # a C-speed scan: about 1 ms at 100,000
        except ValueError:
            return None
        return position + bisect_right(self._month_starts, position)

    def entry_count(self) -> int:
        return len(self._ids)

    def has_ids_to_read(self) -> bool:
        return isinstance(self._ids, LaterIds) and not self._ids.all_read

    def cached_summaries(self) -> list[EntrySummary]:
        return list(self._cache.values())

    def _entry_id(self, position: int) -> int | None:
        try:
            return self._ids[position]
        except IndexError:  # ids read later that no longer match the count: a reload follows
            return None

    def _summary(self, position: int) -> EntrySummary | None:
        entry_id = self._entry_id(position)
        if entry_id is None:
            return None
        summary = self._cache.get(entry_id)
        if summary is None and self._fetch is not None:
            start = max(0, position - CHUNK // 4)
            end = start + CHUNK
            if isinstance(self._ids, LaterIds) and position < self._ids.read_so_far:
                end = min(end, self._ids.read_so_far)  # a chunk does not make the rest be read
            chunk = [i for i in self._ids[start:end] if i not in self._cache]
            if len(self._cache) + len(chunk) > MAX_CACHED:
                for old_id in list(self._cache)[: len(self._cache) // 2]:
                    del self._cache[old_id]
            for item in self._fetch(chunk):
                self._cache[item.id] = item
            summary = self._cache.get(entry_id)
        return summary

    # -- Qt model --------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids) + len(self._months)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._locate(index.row())[0]:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        is_header, value = self._locate(index.row())
        if role == IS_HEADER_ROLE:
            return is_header
        if is_header:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return month_heading(self._months[value])
            return None
        if role == ENTRY_ID_ROLE:
            return self._entry_id(value)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, DETAIL_ROLE, SUMMARY_ROLE):
            return None
        summary = self._summary(value)
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
        parts = [house_date(summary.happened_on)]
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
        group = (
            QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        if index.data(IS_HEADER_ROLE):
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(option.palette.color(group, QPalette.ColorRole.Link))
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
            )
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
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(font)
        if not selected:
            painter.setPen(option.palette.color(group, QPalette.ColorRole.PlaceholderText))
        bottom = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()
