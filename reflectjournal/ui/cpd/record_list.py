"""The records on the left of the CPD window: this year's, then last
year's (read-only), under headings that cannot be chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ...core.cpd import CpdRecord, RegistrationYear
from .labels import long_date, tr, type_labels

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class CpdRecordList(QListWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(tr("Records"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(2)

    def fill(self, year: RegistrationYear, this_year: list[CpdRecord], last_year: list[CpdRecord]) -> None:
        self.clear()
        self._add_heading(tr("This year, %1").replace("%1", year.label))
        for record in this_year:
            self._add_record(record)
        if not this_year:
            self._add_heading(tr("No records yet"), muted=True)
        if last_year:
            self._add_heading(tr("Last year, %1 (read-only)").replace("%1", year.previous.label))
            for record in last_year:
                self._add_record(record)

    def _add_heading(self, text: str, *, muted: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled if not muted else Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(not muted)
        item.setFont(font)
        self.addItem(item)

    def _add_record(self, record: CpdRecord) -> None:
        kind = type_labels().get(record.cpd_type, record.cpd_type)
        text = f"{long_date(record.started_on)}\n{kind}"
        if record.has_peer_reflection:
            text += "\n" + tr("With peer reflection")
        item = QListWidgetItem(text)
        item.setData(RECORD_ROLE, record.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
        self.addItem(item)

    def select(self, record_id: int | None) -> None:
        """Make ``record_id``'s row current (none if it is not listed)."""
        self.setCurrentItem(None)
        for row in range(self.count()):
            item = self.item(row)
            if record_id is not None and item.data(RECORD_ROLE) == record_id:
                self.setCurrentItem(item)
                return

    def texts(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]
