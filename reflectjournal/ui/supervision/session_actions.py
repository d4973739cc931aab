"""The actions agreed at one session: what, who, by when (a full date
editor), and done or not. Overdue ones are marked by colour, bold and the
word "overdue", as everywhere else."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.models import ACTION_DONE, ACTION_OPEN, Action
from .actions import _NO_DATE, ACTION_ROLE, DATE_ROLE, MAX_WHAT, MAX_WHO, due_text, overdue_brush
from .labels import action_status_label, from_qdate, short_date, to_qdate, tr

# -- actions agreed at a session -------------------------------------------------


class DueDateDelegate(QStyledItemDelegate):
    """Edits a date kept in DATE_ROLE (ISO text, or None for no date)."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt override)
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setMinimumDate(_NO_DATE)
        editor.setSpecialValueText(tr("No date"))
        editor.setDisplayFormat("d MMM yyyy")
        editor.setAccessibleName(tr("By when"))
        return editor

    def updateEditorGeometry(self, editor, option, index) -> None:  # noqa: N802 (Qt override)
        # The whole date ("28 Sep 2026"), not the column's width ("2 Dec").
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)

    def setEditorData(self, editor: QDateEdit, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(DATE_ROLE)
        editor.setDate(to_qdate(dt.date.fromisoformat(value)) if value else QDate.currentDate())

    def setModelData(self, editor: QDateEdit, model, index: QModelIndex) -> None:  # noqa: N802
        value = editor.date()
        day = None if value == _NO_DATE else from_qdate(value)
        model.setData(index, day.isoformat() if day else None, DATE_ROLE)
        model.setData(index, short_date(day) if day else tr("No date"), Qt.ItemDataRole.DisplayRole)


class ActionsTable(QWidget):
    """What, who, by when, and done or not, for the actions agreed at one session."""

    edited = Signal()
    WHAT, WHO, DUE, DONE = 0, 1, 2, 3

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self._filling = False
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Action"), tr("Who"), tr("By when"), tr("Done")])
        self.table.setAccessibleName(tr("Actions agreed at this session"))
        self.table.setToolTip(tr("F2 edits a cell; Space ticks “Done”."))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegateForColumn(self.DUE, DueDateDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.WHO, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.DUE, QHeaderView.ResizeMode.Interactive)
        # Room for "28 Sep 2026 (overdue)" and for the date editor.
        self.table.setColumnWidth(self.DUE, self.table.fontMetrics().horizontalAdvance("28 Sep 2026 (overdue)") + 24)
        header.setSectionResizeMode(self.DONE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(self.WHO, 140)
        self.add_button = QPushButton(tr("Add ac&tion"))
        self.add_button.setAccessibleDescription(tr("Add an action agreed at this session"))
        self.remove_button = QPushButton(tr("Remo&ve action"))
        self.remove_button.setAccessibleDescription(tr("Remove the chosen action"))
        self.copy_button = QPushButton(tr("&Copy the agreed actions"))
        self.copy_button.setAccessibleDescription(
            tr("Put the actions table on the clipboard as plain text, for your supervisor's own record")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentCellChanged.connect(self._update_buttons)
        self._update_buttons()

    def load(self, actions: list[Action]) -> None:
        self._filling = True
        try:
            self.table.setRowCount(0)
            for action in actions:
                self._append(action)
        finally:
            self._filling = False
        self._update_buttons()

    def _append(self, action: Action) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        what = QTableWidgetItem(action.what)
        what.setData(ACTION_ROLE, action)
        who = QTableWidgetItem(action.who)
        due = QTableWidgetItem(short_date(action.due_on) if action.due_on else tr("No date"))
        due.setData(DATE_ROLE, action.due_on.isoformat() if action.due_on else None)
        done = QTableWidgetItem()
        done.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        for column, item in ((self.WHAT, what), (self.WHO, who), (self.DUE, due), (self.DONE, done)):
            self.table.setItem(row, column, item)
        self._show_status(row, action.status)
        self._show_due(row)
        return row

    def _show_due(self, row: int) -> None:
        """The due date, and whether it is overdue: colour, bold and the word."""
        base: Action = self.table.item(row, self.WHAT).data(ACTION_ROLE) or Action(what="")
        value = self.table.item(row, self.DUE).data(DATE_ROLE)
        due = dt.date.fromisoformat(value) if value else None
        shown = Action(what="", due_on=due, status=base.status)
        overdue = shown.is_overdue(self._today())
        was = self._filling
        self._filling = True
        try:
            self.table.item(row, self.DUE).setText(due_text(shown, self._today()))
            for column in (self.WHAT, self.DUE):
                item = self.table.item(row, column)
                font = QFont(item.font())
                font.setBold(overdue)
                item.setFont(font)
                item.setForeground(overdue_brush() if overdue else QBrush())
        finally:
            self._filling = was

    def is_overdue(self, row: int) -> bool:
        """Shown as overdue (bold, in colour, with the word)."""
        return self.table.item(row, self.DUE).font().bold()

    def _show_status(self, row: int, status: str) -> None:
        done = self.table.item(row, self.DONE)
        done.setCheckState(Qt.CheckState.Checked if status == ACTION_DONE else Qt.CheckState.Unchecked)
        done.setText(action_status_label(status) if status != ACTION_OPEN else tr("not yet"))
        done.setData(Qt.ItemDataRole.AccessibleTextRole, tr("Done"))

    def actions(self) -> list[Action]:
        """The actions as the table shows them; rows without "what" are left out."""
        out = []
        for row in range(self.table.rowCount()):
            what = (self.table.item(row, self.WHAT).text() or "").strip()
            if not what:
                continue
            base: Action = self.table.item(row, self.WHAT).data(ACTION_ROLE) or Action(what="")
            due = self.table.item(row, self.DUE).data(DATE_ROLE)
            out.append(
                Action(
                    what=what[:MAX_WHAT],
                    who=(self.table.item(row, self.WHO).text() or "").strip()[:MAX_WHO],
                    due_on=dt.date.fromisoformat(due) if due else None,
                    status=base.status,
                    closed_on=base.closed_on,
                    id=base.id,
                    session_id=base.session_id,
                )
            )
        return out

    def adopt_saved(self, saved: list[Action]) -> None:
        """Give new rows the ids the journal gave them (same order)."""
        rows = [r for r in range(self.table.rowCount()) if (self.table.item(r, self.WHAT).text() or "").strip()]
        if len(rows) != len(saved):
            return
        self._filling = True
        try:
            for row, action in zip(rows, saved, strict=True):
                base: Action = self.table.item(row, self.WHAT).data(ACTION_ROLE) or Action(what="")
                base.id, base.session_id = action.id, action.session_id
                base.status, base.closed_on = action.status, action.closed_on
                self.table.item(row, self.WHAT).setData(ACTION_ROLE, base)
        finally:
            self._filling = False

    def refresh_statuses(self, statuses: dict[int, tuple[str, dt.date | None]]) -> None:
        """Statuses changed elsewhere (open actions view, a later preparation)."""
        self._filling = True
        try:
            for row in range(self.table.rowCount()):
                base: Action | None = self.table.item(row, self.WHAT).data(ACTION_ROLE)
                if base is None or base.id not in statuses:
                    continue
                base.status, base.closed_on = statuses[base.id]
                self.table.item(row, self.WHAT).setData(ACTION_ROLE, base)
                self._show_status(row, base.status)
                self._show_due(row)
        finally:
            self._filling = False

    def clear_all(self) -> None:
        self._filling = True
        try:
            self.table.setRowCount(0)
        finally:
            self._filling = False
        self._update_buttons()

    def add_action(self, what: str = "", who: str = "", due_on: dt.date | None = None) -> int:
        self._filling = True
        try:
            row = self._append(Action(what=what, who=who, due_on=due_on))
        finally:
            self._filling = False
        self.table.setCurrentCell(row, self.WHAT)
        self._update_buttons()
        if what.strip():
            self.edited.emit()
        return row

    def _on_add(self) -> None:
        row = self.add_action()
        self.table.setFocus()
        self.table.editItem(self.table.item(row, self.WHAT))

    def _on_remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._update_buttons()
        self.edited.emit()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        if item.column() == self.DONE:
            base: Action = self.table.item(item.row(), self.WHAT).data(ACTION_ROLE) or Action(what="")
            checked = item.checkState() == Qt.CheckState.Checked
            if checked and base.status != ACTION_DONE:
                base.status, base.closed_on = ACTION_DONE, self._today()
            elif not checked and base.status == ACTION_DONE:
                base.status, base.closed_on = ACTION_OPEN, None
            self._filling = True
            try:
                self.table.item(item.row(), self.WHAT).setData(ACTION_ROLE, base)
                self._show_status(item.row(), base.status)
            finally:
                self._filling = False
        if item.column() in (self.DONE, self.DUE):
            self._show_due(item.row())
        self.edited.emit()

    def _update_buttons(self, *_args) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
