"""Portfolio → Evidence map: for a framework and a period, each item with
the entries, CPD records and supervision items linked to it and the most
recent; items with none say "none yet" in words. The evidence of the
selected item is listed under the table; Enter or a double-click opens an
entry in the journal or a record in the CPD window. A newly qualified
worker with a start date chooses a review period of the first year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.cpd import registration_year
from ...core.errors import JournalError, StorageFull
from ...core.evidence import MapRow
from ...core.frameworks import Framework
from ..announce import announce
from ..cpd.labels import long_date
from ..keyboard import EscapeCloses
from ..messages import error_text
from .labels import short_name, tr
from .service import EvidenceService

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2


class EvidenceMapWindow(EscapeCloses, QMainWindow):
    open_entry = Signal(int)
    open_record = Signal(int)

    def __init__(self, service: EvidenceService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("EvidenceMapWindow")
        self.setWindowTitle(tr("Evidence map"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.service = service
        self._frameworks: tuple[Framework, ...] = ()
        self.framework_combo = QComboBox()
        self.framework_combo.setAccessibleName(tr("Framework"))
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(tr("Period"))
        for combo in (self.framework_combo, self.period_combo):
            # Long names elide: the window fits a small screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        framework_label = QLabel(tr("Fra&mework:"))
        framework_label.setBuddy(self.framework_combo)
        period_label = QLabel(tr("&Period:"))
        period_label.setBuddy(self.period_combo)
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [tr("Item"), tr("Entries"), tr("CPD records"), tr("Supervision"), tr("Most recent")]
        )
        self.table.setAccessibleName(tr("Framework items and their evidence"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.evidence_label = QLabel(tr("&Evidence for the selected item:"))
        self.evidence_list = QListWidget()
        self.evidence_label.setBuddy(self.evidence_list)
        self.evidence_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 10)

        top = QHBoxLayout()
        top.addWidget(framework_label)
        top.addWidget(self.framework_combo, 2)
        top.addWidget(period_label)
        top.addWidget(self.period_combo, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.evidence_label)
        layout.addWidget(self.evidence_list)
        self.setCentralWidget(central)

        self.framework_combo.currentIndexChanged.connect(self.refresh)
        self.period_combo.currentIndexChanged.connect(self.refresh)
        self.table.currentCellChanged.connect(lambda *_: self._show_evidence())
        self.table.cellActivated.connect(lambda *_: self._focus_evidence())
        self.table.cellDoubleClicked.connect(lambda *_: self._focus_evidence())
        self.evidence_list.itemActivated.connect(self._open)
        width = self.fontMetrics().horizontalAdvance("M") * 60
        self.resize(width, self.fontMetrics().lineSpacing() * 34)

    # -- filling -----------------------------------------------------------

    def start(self) -> None:
        """Fill the choosers from the journal and show the map."""
        try:
            self._frameworks = self.service.frameworks()
            began = self.service.first_year_began()
        except (JournalError, StorageFull):
            return
        current = self.framework_combo.currentData()
        for combo in (self.framework_combo, self.period_combo):
            combo.blockSignals(True)
            combo.clear()
        for framework in self._frameworks:
            self.framework_combo.addItem(framework.name, framework.id)
        self.framework_combo.setCurrentIndex(max(0, self.framework_combo.findData(current)))
        today = self.service.today()
        year = registration_year(today)
        self.period_combo.addItem(tr("The last 12 months"), (today.replace(year=today.year - 1), today))
        self.period_combo.addItem(
            tr("This registration year (%1 to %2)")
            .replace("%1", long_date(year.start))
            .replace("%2", long_date(year.end)),
            (year.start, year.end),
        )
        self.period_combo.addItem(tr("All time"), (None, None))
        if began is not None:
            from ...core.reflection_log import review_periods

            for period in review_periods(began):
                self.period_combo.addItem(period.heading, (period.start, period.end))
        for combo in (self.framework_combo, self.period_combo):
            combo.blockSignals(False)
        self.refresh()

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        data = self.period_combo.currentData()
        return data if isinstance(data, tuple) else (None, None)

    def refresh(self) -> None:
        framework_id = str(self.framework_combo.currentData() or "")
        if not framework_id:
            return
        first, last = self.period()
        try:
            rows = self.service.evidence_map(framework_id, first, last)
        except (JournalError, StorageFull) as error:
            self.summary_label.setText(error_text(error))
            return
        selected = self.current_item()
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            self._fill_row(number, row)
        with_evidence = sum(1 for r in rows if r.title is not None and r.total)
        in_framework = sum(1 for r in rows if r.title is not None)
        text = (
            tr("%1 of %2 items have evidence in this period; %3 have none yet.")
            .replace("%1", str(with_evidence))
            .replace("%2", str(in_framework))
            .replace("%3", str(in_framework - with_evidence))
        )
        self.summary_label.setText(text)
        announce(self.summary_label, text)
        index = next((n for n, r in enumerate(rows) if r.item == selected), 0)
        if rows:
            self.table.setCurrentCell(index, 0)
        self._show_evidence()

    def _fill_row(self, number: int, row: MapRow) -> None:
        framework_id, _, item_id = row.item.partition(":")
        name = f"{short_name(framework_id)} {item_id} · {row.title}" if row.title is not None else (
            tr("%1 %2 (no longer in this framework)").replace("%1", short_name(framework_id)).replace("%2", item_id)
        )  # fmt: skip
        latest = long_date(row.latest) if row.latest else tr("none yet")
        cells = [name, str(row.entries), str(row.records), str(row.sessions), latest]
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setData(ITEM_ROLE, row.item)
            if column:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if not row.total:
                font = cell.font()
                font.setItalic(True)
                cell.setFont(font)
            self.table.setItem(number, column, cell)

    def current_item(self) -> str:
        cell = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return str(cell.data(ITEM_ROLE)) if cell is not None else ""

    def _show_evidence(self) -> None:
        self.evidence_list.clear()
        item = self.current_item()
        if not item:
            return
        first, last = self.period()
        try:
            found = self.service.evidence_of(item)
        except (JournalError, StorageFull):
            return
        for kind, target, day, title in found:
            if (first and day < first) or (last and day > last):
                continue
            what = tr("Entry") if kind == "entry" else tr("CPD record")
            row = QListWidgetItem(f"{long_date(day)} · {what} · {title or tr('Untitled')}")
            row.setData(TARGET_ROLE, (kind, target))
            self.evidence_list.addItem(row)
        if not self.evidence_list.count():
            empty = QListWidgetItem(tr("No evidence for this item in this period yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.evidence_list.addItem(empty)

    def _focus_evidence(self) -> None:
        self.evidence_list.setFocus()
        if self.evidence_list.currentRow() < 0 and self.evidence_list.count():
            self.evidence_list.setCurrentRow(0)

    def _open(self, row: QListWidgetItem) -> None:
        target = row.data(TARGET_ROLE)
        if not target:
            return
        kind, target_id = target
        (self.open_entry if kind == "entry" else self.open_record).emit(int(target_id))

    # -- closing -----------------------------------------------------------

    def clear_all(self) -> None:
        self.table.setRowCount(0)
        self.evidence_list.clear()
        self.summary_label.clear()
        self.hide()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        super().closeEvent(event)
