"""The agenda of a preparation, grouped by the four functions of
supervision (management, development, support, mediation). Each item can
draw on reflections linked to the session."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.models import SUPERVISION_FUNCTIONS, AgendaItem
from .labels import function_hints, function_labels, plain_tooltip, tr

FUNCTION_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_IDS_ROLE = Qt.ItemDataRole.UserRole + 2
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 3

MAX_ITEM_LENGTH = 2000


class AgendaEditor(QWidget):
    """Items under four fixed headings; the chosen item's reflections below."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self._linked: list[tuple[int, str]] = []  # (entry id, label) linked to the session
        self._headings: dict[str, QTreeWidgetItem] = {}

        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("Agenda item"), tr("Reflections it draws on")])
        self.tree.setAccessibleName(tr("Agenda, by the four functions of supervision"))
        self.tree.setToolTip(tr("F2 edits the chosen item."))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)

        labels, hints = function_labels(), function_hints()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        italic = QFont(self.tree.font())
        italic.setItalic(True)
        hint_colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for key, _ in SUPERVISION_FUNCTIONS:
            heading = QTreeWidgetItem([labels[key], hints[key]])
            heading.setData(0, FUNCTION_ROLE, key)
            heading.setFont(0, bold)
            heading.setFont(1, italic)
            heading.setForeground(1, hint_colour)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            heading.setToolTip(0, hints[key])
            heading.setSizeHint(0, QSize(0, int(self.tree.fontMetrics().height() * 1.8)))  # air between groups
            self.tree.addTopLevelItem(heading)
            self._headings[key] = heading
        self.tree.expandAll()

        self.function_combo = QComboBox()
        self.function_combo.setAccessibleName(tr("Function of the new item"))
        for key, label in labels.items():
            self.function_combo.addItem(label, key)
        self.new_item_edit = QLineEdit()
        self.new_item_edit.setPlaceholderText(tr("A new agenda item"))
        self.new_item_edit.setAccessibleName(tr("New agenda item"))
        self.new_item_edit.setMaxLength(MAX_ITEM_LENGTH)
        self.add_button = QPushButton(tr("Add i&tem"))
        self.add_button.setAccessibleDescription(tr("Add the agenda item"))
        self.remove_button = QPushButton(tr("Remo&ve item"))
        self.remove_button.setAccessibleDescription(tr("Remove the chosen agenda item"))

        self.item_entries = QListWidget()
        self.item_entries.setAccessibleName(tr("Reflections the chosen item draws on"))
        self.item_entries_label = QLabel()
        self.item_entries_label.setTextFormat(Qt.TextFormat.PlainText)
        self.item_entries_label.setWordWrap(True)

        self._build_layout()
        self._connect_signals()
        self._on_current_changed()

    def _build_layout(self) -> None:
        add_row = QHBoxLayout()
        add_row.addWidget(self.function_combo)
        add_row.addWidget(self.new_item_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tree, 1)
        top_layout.addLayout(add_row)

        links = QGroupBox(tr("Reflections for the chosen item"))
        links_layout = QVBoxLayout(links)
        links_layout.addWidget(self.item_entries_label)
        links_layout.addWidget(self.item_entries, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(links)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 150])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        for first, second in (
            (self.tree, self.function_combo),
            (self.function_combo, self.new_item_edit),
            (self.new_item_edit, self.add_button),
            (self.add_button, self.remove_button),
            (self.remove_button, self.item_entries),
        ):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add)
        self.new_item_edit.returnPressed.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self.item_entries.itemChanged.connect(self._on_item_entry_changed)

    # -- state -----------------------------------------------------------

    def load(self, agenda: list[AgendaItem], linked: list[tuple[int, str]]) -> None:
        self._loading = True
        try:
            self._linked = list(linked)
            for heading in self._headings.values():
                heading.takeChildren()
            for item in agenda:
                self._add_child(item.function, item.text, list(item.entry_ids))
            self.tree.expandAll()
            self.new_item_edit.setText("")
        finally:
            self._loading = False
        self.tree.setCurrentItem(self._headings["management"])
        self._on_current_changed()

    def set_linked(self, linked: list[tuple[int, str]]) -> None:
        """The session's linked reflections changed: items keep only those."""
        self._linked = list(linked)
        allowed = {entry_id for entry_id, _ in linked}
        changed = False
        self._loading = True
        try:
            for child in self._children():
                ids = child.data(0, ENTRY_IDS_ROLE) or []
                kept = [i for i in ids if i in allowed]
                if kept != ids:
                    changed = True
                child.setData(0, ENTRY_IDS_ROLE, kept)
                self._show_child_links(child)
        finally:
            self._loading = False
        self._on_current_changed()
        if changed:
            self.edited.emit()

    def agenda(self) -> list[AgendaItem]:
        items = []
        for key, heading in self._headings.items():
            for row in range(heading.childCount()):
                child = heading.child(row)
                text = child.text(0).strip()
                if text:
                    items.append(AgendaItem(key, text[:MAX_ITEM_LENGTH], list(child.data(0, ENTRY_IDS_ROLE) or [])))
        return items

    def clear_all(self) -> None:
        self._loading = True
        try:
            for heading in self._headings.values():
                heading.takeChildren()
            self._linked = []
            self.item_entries.clear()
            self.new_item_edit.setText("")
            self.item_entries_label.setText("")
        finally:
            self._loading = False

    # -- behaviour -------------------------------------------------------

    def _children(self) -> list[QTreeWidgetItem]:
        return [heading.child(row) for heading in self._headings.values() for row in range(heading.childCount())]

    def _add_child(self, function: str, text: str, entry_ids: list[int]) -> QTreeWidgetItem:
        heading = self._headings[function]
        child = QTreeWidgetItem([text, ""])
        child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
        child.setData(0, ENTRY_IDS_ROLE, entry_ids)
        heading.addChild(child)
        heading.setExpanded(True)
        self._show_child_links(child)
        return child

    def _show_child_links(self, child: QTreeWidgetItem) -> None:
        labels = dict(self._linked)
        ids = child.data(0, ENTRY_IDS_ROLE) or []
        names = [labels[i] for i in ids if i in labels]
        child.setText(1, "\n".join(names))
        child.setToolTip(1, plain_tooltip("\n".join(names)))

    def add_item(self, function: str, text: str) -> QTreeWidgetItem | None:
        text = text.strip()
        if not text or function not in self._headings:
            return None
        self._loading = True
        try:
            child = self._add_child(function, text, [])
        finally:
            self._loading = False
        self.tree.setCurrentItem(child)
        self.edited.emit()
        return child

    def _on_add(self) -> None:
        if self.add_item(self.function_combo.currentData(), self.new_item_edit.text()) is not None:
            self.new_item_edit.setText("")
            self.new_item_edit.setFocus()

    def _on_remove(self) -> None:
        child = self.tree.currentItem()
        if child is None or child.parent() is None:
            return
        heading = child.parent()
        heading.removeChild(child)
        self.tree.setCurrentItem(heading)
        self.edited.emit()

    def _on_current_changed(self, *_args) -> None:
        current = self.tree.currentItem()
        is_item = current is not None and current.parent() is not None
        self.remove_button.setEnabled(is_item)
        if current is not None:
            key = (current.parent() or current).data(0, FUNCTION_ROLE)
            index = self.function_combo.findData(key)
            if index >= 0:
                self.function_combo.setCurrentIndex(index)
        self._loading = True
        try:
            self.item_entries.clear()
            if not is_item:
                self.item_entries.setEnabled(False)
                self.item_entries_label.setText(tr("Choose an agenda item to tick the reflections it draws on."))
                return
            if not self._linked:
                self.item_entries.setEnabled(False)
                self.item_entries_label.setText(tr("Link reflections to the session first (on the “Reflections” tab)."))
                return
            self.item_entries.setEnabled(True)
            self.item_entries_label.setText(
                tr("Tick the reflections that “%1” draws on.").replace("%1", _shorten(current.text(0)))
            )
            chosen = set(current.data(0, ENTRY_IDS_ROLE) or [])
            for entry_id, label in self._linked:
                row = QListWidgetItem(label)
                row.setData(ENTRY_ID_ROLE, entry_id)
                row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Checked if entry_id in chosen else Qt.CheckState.Unchecked)
                self.item_entries.addItem(row)
        finally:
            self._loading = False

    def _on_tree_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or item.parent() is None or column != 0:
            return
        self.edited.emit()

    def _on_item_entry_changed(self, row: QListWidgetItem) -> None:
        if self._loading:
            return
        current = self.tree.currentItem()
        if current is None or current.parent() is None:
            return
        ids = [i for i in (current.data(0, ENTRY_IDS_ROLE) or []) if i != row.data(ENTRY_ID_ROLE)]
        if row.checkState() == Qt.CheckState.Checked:
            ids.append(int(row.data(ENTRY_ID_ROLE)))
        order = [entry_id for entry_id, _ in self._linked]
        ids.sort(key=lambda i: order.index(i) if i in order else len(order))
        self._loading = True
        try:
            current.setData(0, ENTRY_IDS_ROLE, ids)
            self._show_child_links(current)
        finally:
            self._loading = False
        self.edited.emit()


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
