"""The agenda of a preparation, grouped by the four functions of
supervision (management, development, support, mediation). Each item can
draw on reflections linked to the session."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from ..announce import announce
from .labels import function_hints, function_labels, plain_tooltip, tr

FUNCTION_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_IDS_ROLE = Qt.ItemDataRole.UserRole + 2
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 3
TEXT_IDS_ROLE = Qt.ItemDataRole.UserRole + 4  # linked reflections whose text the record includes
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 5  # the item's id in the journal (None until saved)

MAX_ITEM_LENGTH = 2000


class AgendaTree(QTreeWidget):
    """The agenda's tree: items are dragged to a new place, under the same
    function or another; the move itself is the editor's (``drop_handler``),
    so a drop can never nest an item inside another."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.drop_handler = None
        self.step_handler = None  # Alt+Up / Alt+Down: move the chosen item
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in steps and self.step_handler:
            self.step_handler(steps[event.key()])
            event.accept()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        target = self.itemAt(event.position().toPoint())
        below = self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.BelowItem
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if self.drop_handler is not None and target is not None:
            self.drop_handler(self.currentItem(), target, below)


class AgendaEditor(QWidget):
    """Items under four fixed headings; the chosen item's reflections below."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self._linked: list[tuple[int, str]] = []  # (entry id, label) linked to the session
        self._headings: dict[str, QTreeWidgetItem] = {}

        self.tree = AgendaTree()
        self.tree.drop_handler = self.move_to
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("Agenda item"), tr("Linked reflections")])
        self.tree.setAccessibleName(tr("Agenda, by the four functions of supervision"))
        self.tree.setToolTip(tr("F2 edits the chosen item."))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setWordWrap(True)
        self.tree.setMinimumHeight(self.tree.fontMetrics().height() * 9)  # several items in view; the tab scrolls
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
        for key, _ in SUPERVISION_FUNCTIONS:
            # The function's description is its tooltip: the second column
            # holds linked reflections only, as its header says.
            heading = QTreeWidgetItem([labels[key], ""])
            heading.setData(0, FUNCTION_ROLE, key)
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled)
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

        self.up_button = QPushButton(tr("Move &up"))
        self.up_button.setAccessibleDescription(tr("Move the chosen agenda item up (Alt+Up)"))
        self.down_button = QPushButton(tr("Move do&wn"))
        self.down_button.setAccessibleDescription(tr("Move the chosen agenda item down (Alt+Down)"))
        self.include_text_check = QCheckBox(tr("Include the chosen reflection's te&xt in the record"))
        self.include_text_check.setToolTip(
            tr("By default the supervision record shows only the title and date of each reflection.")
        )
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
        add_row.addWidget(self.up_button)
        add_row.addWidget(self.down_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tree, 1)
        top_layout.addLayout(add_row)

        links = QGroupBox(tr("Reflections for the chosen item"))
        links_layout = QVBoxLayout(links)
        links_layout.addWidget(self.item_entries_label)
        links_layout.addWidget(self.item_entries, 1)
        links_layout.addWidget(self.include_text_check)

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
            (self.remove_button, self.up_button),
            (self.up_button, self.down_button),
            (self.down_button, self.item_entries),
            (self.item_entries, self.include_text_check),
        ):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add)
        self.new_item_edit.returnPressed.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self.item_entries.itemChanged.connect(self._on_item_entry_changed)
        self.item_entries.currentItemChanged.connect(self._update_include_text)
        self.include_text_check.toggled.connect(self._on_include_text_toggled)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.tree.step_handler = self.move_current

    # -- state -----------------------------------------------------------

    def load(self, agenda: list[AgendaItem], linked: list[tuple[int, str]]) -> None:
        self._loading = True
        try:
            self._linked = list(linked)
            for heading in self._headings.values():
                heading.takeChildren()
            for item in agenda:
                child = self._add_child(item.function, item.text, list(item.entry_ids))
                child.setData(0, TEXT_IDS_ROLE, list(item.text_entry_ids))
                child.setData(0, ITEM_ID_ROLE, item.id)  # kept through saves: evidence links name it
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
                    ids = list(child.data(0, ENTRY_IDS_ROLE) or [])
                    with_text = [i for i in (child.data(0, TEXT_IDS_ROLE) or []) if i in ids]
                    item_id = child.data(0, ITEM_ID_ROLE)
                    items.append(AgendaItem(key, text[:MAX_ITEM_LENGTH], ids, item_id, text_entry_ids=with_text))
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
        child.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )
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

    def move_current(self, step: int) -> bool:
        """Move the chosen item up or down within its function (the order
        the record follows)."""
        child = self.tree.currentItem()
        if child is None or child.parent() is None:
            return False
        heading = child.parent()
        row = heading.indexOfChild(child)
        target = row + step
        if not 0 <= target < heading.childCount():
            return False
        self._loading = True
        try:
            heading.takeChild(row)
            heading.insertChild(target, child)
        finally:
            self._loading = False
        self.tree.setCurrentItem(child)
        announce(
            self.tree,
            tr("Moved to place %1 of %2").replace("%1", str(target + 1)).replace("%2", str(heading.childCount())),
        )
        self.edited.emit()
        return True

    def move_to(self, child: QTreeWidgetItem | None, target: QTreeWidgetItem, below: bool = False) -> bool:
        """Drop ``child`` at ``target``: before (or after) another item, or at
        the end of a function's items when dropped on its heading (which
        then becomes the item's function)."""
        if child is None or child.parent() is None or child is target:
            return False
        self._loading = True
        try:
            _reinsert(child, target, below)
        finally:
            self._loading = False
        self.tree.setCurrentItem(child)
        self.edited.emit()
        return True

    def _update_include_text(self, *_args) -> None:
        current, row = self.tree.currentItem(), self.item_entries.currentItem()
        usable = (
            current is not None
            and current.parent() is not None
            and row is not None
            and row.checkState() == Qt.CheckState.Checked
        )
        self.include_text_check.setEnabled(usable)
        self._loading = True
        try:
            chosen = usable and int(row.data(ENTRY_ID_ROLE)) in (current.data(0, TEXT_IDS_ROLE) or [])
            self.include_text_check.setChecked(bool(chosen))
        finally:
            self._loading = False

    def _on_include_text_toggled(self, on: bool) -> None:
        current, row = self.tree.currentItem(), self.item_entries.currentItem()
        if self._loading or current is None or current.parent() is None or row is None:
            return
        entry_id = int(row.data(ENTRY_ID_ROLE))
        ids = [i for i in (current.data(0, TEXT_IDS_ROLE) or []) if i != entry_id]
        if on:
            ids.append(entry_id)
        current.setData(0, TEXT_IDS_ROLE, ids)
        self._show_row_label(row, current)
        self.edited.emit()

    def _show_row_label(self, row: QListWidgetItem, current: QTreeWidgetItem) -> None:
        labels = dict(self._linked)
        entry_id = int(row.data(ENTRY_ID_ROLE))
        text = labels.get(entry_id, "")
        if entry_id in (current.data(0, TEXT_IDS_ROLE) or []):
            text += " " + tr("(its text goes in the record)")
        self._loading = True
        try:
            row.setText(text)
        finally:
            self._loading = False

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
        self.up_button.setEnabled(is_item)
        self.down_button.setEnabled(is_item)
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
                self._show_row_label(row, current)
        finally:
            self._loading = False
            self._update_include_text()

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
        self._update_include_text()
        self.edited.emit()


def adopt_item_ids(editor: AgendaEditor, saved: list[AgendaItem]) -> None:
    """After a save, each item keeps the id the journal gave it (the items
    with text, in the order ``agenda()`` lists them, as they were saved)."""
    children = [c for heading in editor._headings.values() for c in _kids(heading) if c.text(0).strip()]
    if len(children) == len(saved):
        for child, item in zip(children, saved, strict=True):
            child.setData(0, ITEM_ID_ROLE, item.id)


def current_item_id(editor: AgendaEditor) -> int | None:
    """The journal's id of the chosen agenda item (None: a heading, or not saved yet)."""
    current = editor.tree.currentItem()
    value = current.data(0, ITEM_ID_ROLE) if current is not None and current.parent() is not None else None
    return int(value) if value is not None else None


def _kids(heading: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [heading.child(row) for row in range(heading.childCount())]


def _reinsert(child: QTreeWidgetItem, target: QTreeWidgetItem, below: bool) -> None:
    if target.parent() is None:
        heading, index = target, target.childCount()
    else:
        heading = target.parent()
        index = heading.indexOfChild(target) + (1 if below else 0)
    old = child.parent()
    if old is heading and old.indexOfChild(child) < index:
        index -= 1
    old.removeChild(child)
    heading.insertChild(index, child)
    heading.setExpanded(True)


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
