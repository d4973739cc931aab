"""Actions: those agreed at a session, those carried forward into a
preparation, and the view of every open action.

An action belongs to the session where it was agreed. Marking one done or
dropping it anywhere (``set_action_status``) stops it carrying forward.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.models import ACTION_DONE, ACTION_DROPPED, ACTION_OPEN, Action
from .labels import action_status_label, from_qdate, plain_tooltip, short_date, to_qdate, tr
from .service import SupervisionService

ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_ROLE = Qt.ItemDataRole.UserRole + 2
_NO_DATE = QDate(1900, 1, 1)
MAX_WHAT = 500
MAX_WHO = 120


def overdue_brush() -> QBrush:
    """A red that reads on light and on dark backgrounds."""
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QBrush(QColor(255, 138, 128) if dark else QColor(176, 0, 32))


def due_text(action: Action, today: dt.date) -> str:
    if action.due_on is None:
        return tr("No date")
    text = short_date(action.due_on)
    if action.is_overdue(today):
        text = tr("%1 (overdue)").replace("%1", text)
    return text


def mark_overdue(item, columns, overdue: bool) -> None:
    """Bold and red as well as the word "overdue": never colour alone."""
    for column in columns:
        font = QFont(item.font(column))
        font.setBold(overdue)
        item.setFont(column, font)
        item.setForeground(column, overdue_brush() if overdue else QBrush())


def _strike(item, columns: range, on: bool) -> None:
    for column in columns:
        font = QFont(item.font(column))
        font.setStrikeOut(on)
        item.setFont(column, font)


# -- status changes from anywhere -------------------------------------------


class _StatusTree(QWidget):
    """A tree of existing actions with a "Done" checkbox and a Drop button.

    Rows stay where they are after a change (crossed out), so a slip of
    the finger can be put right by ticking again.
    """

    status_changed = Signal(int, str)
    problem = Signal(str)

    HEADERS: tuple[str, ...] = ()
    WHAT, WHO, DUE = 1, 2, 3

    def __init__(self, service: SupervisionService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self._filling = False
        self.changing = False  # True while this widget itself changes a status
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnCount(len(self.HEADERS))
        self.tree.setHeaderLabels(list(self.HEADERS))
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.drop_button = QPushButton(tr("&Drop action"))
        self.drop_button.setAccessibleDescription(tr("Drop the chosen action: it will no longer carry forward"))
        self.drop_button.setToolTip(tr("No longer needed: it will stop carrying forward"))
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.drop_button.clicked.connect(self._on_drop)

    def _fill(self, rows: list[tuple[Action, list[str]]], today: dt.date) -> None:
        self._filling = True
        try:
            self.tree.clear()
            for action, texts in rows:
                item = QTreeWidgetItem(["", *texts])
                item.setData(0, ACTION_ROLE, action.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(
                    0, Qt.CheckState.Checked if action.status == ACTION_DONE else Qt.CheckState.Unchecked
                )
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, tr("Done: %1").replace("%1", action.what))
                item.setToolTip(0, tr("Tick when done"))
                mark_overdue(item, (self.WHAT, self.DUE), action.is_overdue(today))
                self.tree.addTopLevelItem(item)
        finally:
            self._filling = False
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        item = self.tree.currentItem()
        self.drop_button.setEnabled(item is not None and item.data(0, ACTION_ROLE) is not None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a live theme switch: a red that suits the new background
            self._filling = True
            try:
                for i in range(self.tree.topLevelItemCount()):
                    item = self.tree.topLevelItem(i)
                    if item.font(self.WHAT).bold():  # bold only while overdue (mark_overdue)
                        mark_overdue(item, (self.WHAT, self.DUE), True)
            finally:
                self._filling = False

    def _set_status(self, item: QTreeWidgetItem, status: str) -> None:
        action_id = item.data(0, ACTION_ROLE)
        if action_id is None:
            return
        self.changing = True
        try:
            self.service.set_action_status(int(action_id), status)
        except JournalError:
            self.problem.emit(tr("The action could not be updated. Nothing was changed."))
            return
        finally:
            self.changing = False
        self._filling = True
        try:
            item.setCheckState(0, Qt.CheckState.Checked if status == ACTION_DONE else Qt.CheckState.Unchecked)
            item.setText(0, tr("dropped") if status == ACTION_DROPPED else "")
            _strike(item, range(1, self.tree.columnCount()), status != ACTION_OPEN)
            if status != ACTION_OPEN:
                mark_overdue(item, (self.WHAT, self.DUE), False)
        finally:
            self._filling = False
        self.status_changed.emit(int(action_id), status)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        self._set_status(item, ACTION_DONE if item.checkState(0) == Qt.CheckState.Checked else ACTION_OPEN)

    def _on_drop(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._set_status(item, ACTION_DROPPED)

    def row_texts(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(self.WHAT) for i in range(self.tree.topLevelItemCount())]

    def item_for(self, action_id: int) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, ACTION_ROLE) == action_id:
                return item
        return None

    def clear_all(self) -> None:
        self._filling = True
        try:
            self.tree.clear()
        finally:
            self._filling = False
        self._update_buttons()


class CarriedForwardList(_StatusTree):
    """Open actions from earlier sessions, shown in a preparation."""

    def __init__(self, service: SupervisionService, parent: QWidget | None = None):
        self.HEADERS = (tr("Done"), tr("Action"), tr("Who"), tr("By when"), tr("Agreed on"))
        super().__init__(service, parent)
        self.tree.setAccessibleName(tr("Actions carried forward from earlier sessions"))
        self.empty_label = QLabel()
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addWidget(self.empty_label, 1)
        row.addWidget(self.drop_button)
        layout.addLayout(row)

    def load(self, actions: list[Action], agreed_on: dict[int, dt.date], today: dt.date) -> None:
        rows = []
        for action in actions:
            when = agreed_on.get(action.session_id or -1)
            rows.append((action, [action.what, action.who, due_text(action, today), short_date(when) if when else ""]))
        self._fill(rows, today)
        self.empty_label.setText(
            tr("Nothing carried forward: every earlier action is done or dropped.")
            if not actions
            else tr("Tick an action when it is done. It carries forward until it is done or dropped.")
        )

    def clear_all(self) -> None:
        super().clear_all()
        self.empty_label.setText("")


class OpenActionsView(QDialog):
    """Every open action, soonest due first; overdue ones stand out. A
    (modeless) dialog, so that screen readers are told it is a window."""

    open_session_requested = Signal(int)

    def __init__(self, service: SupervisionService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Open actions"))
        self.setObjectName("OpenActionsView")
        self.service = service
        self.intro = QLabel(tr("Actions agreed in supervision that are not done yet, soonest due first."))
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.list = _OpenActionsTree(service)
        self.list.tree.setAccessibleName(tr("Open actions"))
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_session_button = QPushButton(tr("Open the &session"))
        self.open_session_button.setAccessibleName(tr("Open the session where the chosen action was agreed"))
        self.close_button = QPushButton(tr("&Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        buttons.addWidget(self.list.drop_button)
        buttons.addWidget(self.open_session_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.open_session_button.clicked.connect(self._on_open_session)
        self.list.tree.itemActivated.connect(lambda *_: self._on_open_session())
        self.list.tree.currentItemChanged.connect(self._update_buttons)
        self.close_button.clicked.connect(self.close)
        self.resize(820, 440)
        self._update_buttons()

    def reload(self) -> None:
        if not self.service.is_unlocked:
            return
        today = self.service.today()
        actions = self.service.open_actions()
        sessions = {s.id: s for s in self.service.list_sessions()}
        self.list.load(actions, sessions, today)
        overdue = sum(1 for a in actions if a.is_overdue(today))
        count = tr("1 open action") if len(actions) == 1 else tr("%n open actions", "", len(actions))
        if not actions:
            self.summary_label.setText(tr("No open actions."))
        elif overdue:
            self.summary_label.setText(tr("%1, %2 overdue.").replace("%1", count).replace("%2", str(overdue)))
        else:
            self.summary_label.setText(count + ".")
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        item = self.list.tree.currentItem()
        self.open_session_button.setEnabled(item is not None)

    def _on_open_session(self) -> None:
        item = self.list.tree.currentItem()
        if item is not None and item.data(0, _OpenActionsTree.SESSION_ROLE) is not None:
            self.open_session_requested.emit(int(item.data(0, _OpenActionsTree.SESSION_ROLE)))

    def clear_all(self) -> None:
        self.list.clear_all()
        self.summary_label.setText("")

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.clear_all()  # nothing of the journal stays in a hidden window
        super().closeEvent(event)


class _OpenActionsTree(_StatusTree):
    SESSION_ROLE = Qt.ItemDataRole.UserRole + 5
    DUE, WHAT, WHO = 1, 2, 3

    def __init__(self, service: SupervisionService, parent: QWidget | None = None):
        self.HEADERS = (tr("Done"), tr("By when"), tr("Action"), tr("Who"), tr("Agreed at"))
        super().__init__(service, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)

    def load(self, actions: list[Action], sessions: dict, today: dt.date) -> None:
        from .labels import session_line

        rows = []
        for action in actions:
            session = sessions.get(action.session_id)
            rows.append(
                (
                    action,
                    [due_text(action, today), action.what, action.who, short_date(session.held_on) if session else ""],
                )
            )
        self._fill(rows, today)
        for i, action in enumerate(actions):
            item = self.tree.topLevelItem(i)
            item.setData(0, self.SESSION_ROLE, action.session_id)
            session = sessions.get(action.session_id)
            if session is not None:
                item.setToolTip(4, plain_tooltip(session_line(session)))
            item.setToolTip(self.WHAT, plain_tooltip(action.what))


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
        header.setSectionResizeMode(self.DUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.DONE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(self.WHO, 140)
        self.add_button = QPushButton(tr("Add ac&tion"))
        self.add_button.setAccessibleDescription(tr("Add an action agreed at this session"))
        self.remove_button = QPushButton(tr("Remo&ve action"))
        self.remove_button.setAccessibleDescription(tr("Remove the chosen action"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
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
        return row

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
        self.edited.emit()

    def _update_buttons(self, *_args) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
