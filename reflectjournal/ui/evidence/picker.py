"""Choose the framework items an entry, a CPD record or a supervision item
evidences: a search over every item of every framework (type to filter,
Up/Down, Enter or double-click adds), the chosen ones in a short list
(Delete or Remove takes one off), and the items the prompt used suggests,
each one click away. An item that a framework no longer has stays chosen
and says so."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.frameworks import Framework
from ..announce import announce
from ..keyboard import make_default
from ..prompter import Prompter
from .labels import item_text, short_name, tr

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class EvidencePicker(QDialog):
    def __init__(
        self,
        frameworks: tuple[Framework, ...],
        chosen: list[str],
        suggested: list[str] | None = None,
        what: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("EvidencePicker")
        self.setWindowTitle(tr("Framework items it evidences"))
        self.frameworks = frameworks
        self._chosen: list[str] = list(dict.fromkeys(chosen))
        self.what_label = QLabel(what)
        self.what_label.setTextFormat(Qt.TextFormat.PlainText)
        self.what_label.setWordWrap(True)
        self.what_label.setVisible(bool(what))
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(tr("Type to find an item: “child development”, “KSS 3”"))
        self.find_edit.setClearButtonEnabled(True)
        find_label = QLabel(tr("&Find an item:"))
        find_label.setBuddy(self.find_edit)
        self.find_edit.setAccessibleName(tr("Find an item"))
        self.items_list = QListWidget()
        self.items_list.setAccessibleName(tr("Framework items"))
        self.items_list.setWordWrap(True)  # whole titles, never a sideways scroll
        self.items_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.add_button = QPushButton(tr("&Add"))
        self.add_button.setAccessibleDescription(tr("Add the item selected above"))
        self.suggested_label = QLabel(tr("Suggested by the prompt you used:"))
        self.suggested_list = QListWidget()
        self.suggested_list.setAccessibleName(tr("Suggested by the prompt you used"))
        self.suggested_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.add_suggested_button = QPushButton(tr("Add all su&ggested"))
        self.chosen_label = QLabel()
        self.chosen_list = QListWidget()
        self.chosen_label.setBuddy(self.chosen_list)
        self.remove_button = QPushButton(tr("&Remove"))
        self.remove_button.setAccessibleDescription(tr("Remove the chosen item selected above"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.keep_button = self.buttons.addButton(tr("Keep these"), QDialogButtonBox.ButtonRole.AcceptRole)

        find_row = QHBoxLayout()
        find_row.addWidget(find_label)
        find_row.addWidget(self.find_edit, 1)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        suggested_row = QHBoxLayout()
        suggested_row.addWidget(self.suggested_list, 1)
        suggested_row.addWidget(self.add_suggested_button, 0, Qt.AlignmentFlag.AlignTop)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what_label)
        layout.addLayout(find_row)
        layout.addWidget(self.items_list, 2)
        layout.addLayout(add_row)
        layout.addWidget(self.suggested_label)
        layout.addLayout(suggested_row)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.chosen_list, 1)
        layout.addLayout(remove_row)
        layout.addWidget(self.buttons)
        make_default(self, self.keep_button)

        self._fill_items()
        self._suggested = [s for s in dict.fromkeys(suggested or []) if s not in self._chosen]
        self._fill_suggested()
        self._fill_chosen()
        self.find_edit.textChanged.connect(self._filter)
        self.items_list.itemActivated.connect(lambda _item: self.add_current())
        self.add_button.clicked.connect(self.add_current)
        self.suggested_list.itemActivated.connect(self._on_suggestion_activated)
        self.add_suggested_button.clicked.connect(self.add_all_suggested)
        self.remove_button.clicked.connect(self.remove_current)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.find_edit.installEventFilter(self)
        self.chosen_list.installEventFilter(self)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 48, self.fontMetrics().lineSpacing() * 34)

    # -- the lists ---------------------------------------------------------

    def _fill_items(self) -> None:
        for framework in self.frameworks:
            heading = QListWidgetItem(f"{framework.name}")
            # A heading: never chosen, skipped by the arrows; enabled, so it is
            # drawn in the text colour (a disabled grey is too faint to read).
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.items_list.addItem(heading)
            for item in framework.items:
                row = QListWidgetItem(f"{short_name(framework.id)} {item.id} · {item.title}")
                row.setData(ITEM_ROLE, f"{framework.id}:{item.id}")
                row.setToolTip(item.description or item.title)
                self.items_list.addItem(row)
        self._select_first_visible()

    def _fill_suggested(self) -> None:
        self.suggested_list.clear()
        for item in self._suggested:
            row = QListWidgetItem(item_text(item, self.frameworks))
            row.setData(ITEM_ROLE, item)
            self.suggested_list.addItem(row)
        shown = bool(self._suggested)
        for widget in (self.suggested_label, self.suggested_list, self.add_suggested_button):
            widget.setVisible(shown)

    def _fill_chosen(self) -> None:
        self.chosen_list.clear()
        for item in self._chosen:
            row = QListWidgetItem(item_text(item, self.frameworks))
            row.setData(ITEM_ROLE, item)
            self.chosen_list.addItem(row)
        count = len(self._chosen)
        text = tr("&Chosen (none yet):") if not count else tr("&Chosen (%1):").replace("%1", str(count))
        self.chosen_label.setText(text)
        self.remove_button.setEnabled(bool(count))

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        heading: QListWidgetItem | None = None
        any_under = False
        for row in range(self.items_list.count()):
            item = self.items_list.item(row)
            if item.data(ITEM_ROLE) is None:  # a framework's heading
                if heading is not None:
                    heading.setHidden(not any_under)
                heading, any_under = item, False
                continue
            hidden = not all(word in item.text().casefold() for word in words)
            item.setHidden(hidden)
            any_under = any_under or not hidden
        if heading is not None:
            heading.setHidden(not any_under)
        self._select_first_visible()

    def _select_first_visible(self) -> None:
        for row in range(self.items_list.count()):
            item = self.items_list.item(row)
            if not item.isHidden() and item.data(ITEM_ROLE) is not None:
                self.items_list.setCurrentItem(item)
                self.add_button.setEnabled(True)
                return
        self.add_button.setEnabled(False)

    # -- choosing ------------------------------------------------------------

    def chosen(self) -> list[str]:
        return list(self._chosen)

    def add(self, item: str) -> None:
        if item in self._chosen:
            announce(self.chosen_list, tr("Already chosen: %1").replace("%1", item_text(item, self.frameworks)))
            return
        self._chosen.append(item)
        if item in self._suggested:
            self._suggested.remove(item)
            self._fill_suggested()
        self._fill_chosen()
        announce(self.chosen_list, tr("Added: %1").replace("%1", item_text(item, self.frameworks)))

    def add_current(self) -> None:
        current = self.items_list.currentItem()
        if current is not None and not current.isHidden() and current.data(ITEM_ROLE):
            self.add(str(current.data(ITEM_ROLE)))

    def _on_suggestion_activated(self, row: QListWidgetItem) -> None:
        self.add(str(row.data(ITEM_ROLE)))

    def add_all_suggested(self) -> None:
        for item in list(self._suggested):
            self.add(item)

    def remove_current(self) -> None:
        current = self.chosen_list.currentItem() or self.chosen_list.item(0)
        if current is None:
            return
        item = str(current.data(ITEM_ROLE))
        row = self.chosen_list.row(current)
        self._chosen.remove(item)
        self._fill_chosen()
        if self.chosen_list.count():
            self.chosen_list.setCurrentRow(min(row, self.chosen_list.count() - 1))
        announce(self.chosen_list, tr("Removed: %1").replace("%1", item_text(item, self.frameworks)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.find_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)  # the arrows move in the list while typing
                return True
            if watched is self.find_edit and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.find_edit.text():
                self.add_current()  # Enter adds while finding; with the box empty it keeps the choice
                return True
            if watched is self.chosen_list and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    def _step(self, delta: int) -> None:
        row = self.items_list.currentRow()
        count = self.items_list.count()
        while 0 <= row + delta < count:
            row += delta
            item = self.items_list.item(row)
            if not item.isHidden() and item.data(ITEM_ROLE) is not None:
                self.items_list.setCurrentItem(item)
                return

    @classmethod
    def choose(
        cls,
        parent: QWidget | None,
        prompter: Prompter,
        frameworks: tuple[Framework, ...],
        chosen: list[str],
        suggested: list[str] | None = None,
        what: str = "",
    ) -> list[str] | None:
        """The items chosen, or None if cancelled."""
        dialog = cls(frameworks, chosen, suggested, what, parent)
        try:
            return dialog.chosen() if prompter.run_dialog(dialog) else None
        finally:
            dialog.deleteLater()
