"""Actions: those agreed at a session, those carried forward into a
preparation, and the view of every open action.

An action belongs to the session where it was agreed. Marking one done or
dropping it anywhere (``set_action_status``) stops it carrying forward.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.models import ACTION_DONE, ACTION_DROPPED, ACTION_OPEN, Action
from ..screen_fit import set_first_size
from .labels import plain_tooltip, short_date, tr
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
        set_first_size(self, QSize(820, 440))  # centred, and never larger than the screen
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
        self.HEADERS = (tr("Done"), tr("By when"), tr("Action"), tr("Who"), tr("Agreed on"))
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
