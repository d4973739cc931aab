"""Help → Keyboard shortcuts: a table made from the window's own actions.

Nothing here lists a shortcut by hand: :func:`shortcut_rows` walks the menu
bar (and the window's actions that are in no menu), so a new action with a
shortcut shows up in the table by itself, in the words of its menu item and
with its keys as this computer writes them (Ctrl+F here, ⌘F on a Mac).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .keyboard import make_default
from .prompter import Prompter


@dataclass(frozen=True)
class ShortcutRow:
    group: str  # the menu, without its "&"
    action: str  # the menu item, without its "&"
    keys: str  # every shortcut of the action, as this platform writes it


def plain_menu_text(text: str) -> str:
    """A menu item's words without the "&" that marks its access key ("&&" is a real "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def key_text(action: QAction) -> str:
    return ", ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    )


def _menu_rows(menu: QMenu, group: str, seen: set[int]) -> list[ShortcutRow]:
    rows: list[ShortcutRow] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += _menu_rows(submenu, f"{group} → {plain_menu_text(action.text())}", seen)
            continue
        seen.add(id(action))
        keys = key_text(action)
        if keys:
            rows.append(ShortcutRow(group, plain_menu_text(action.text()), keys))
    return rows


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every action of ``window`` that has a shortcut, menu by menu, in menu
    order; then those in no menu, under "Other"."""
    seen: set[int] = set()
    rows: list[ShortcutRow] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            rows += _menu_rows(menu, plain_menu_text(top.text()), seen)
    other = QCoreApplication.translate("ShortcutsDialog", "Other")
    for action in window.actions():
        if id(action) in seen or action.menu() is not None or not action.text():
            continue
        keys = key_text(action)
        if keys:
            rows.append(ShortcutRow(other, plain_menu_text(action.text()), keys))
            seen.add(id(action))
    return rows


class ShortcutsDialog(QDialog):
    """The shortcuts in a read-only table with the headings "Action" and
    "Shortcut", one branch per menu; the box above it narrows the rows."""

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find a shortcut"))
        self.filter_edit.setAccessibleName(self.tr("Find a shortcut"))
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTreeWidget()
        self.table.setColumnCount(2)
        self.table.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setUniformRowHeights(True)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for row in rows:
            group = groups.get(row.group)
            if group is None:
                group = groups[row.group] = QTreeWidgetItem(self.table, [row.group, ""])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
            item = QTreeWidgetItem(group, [row.action, row.keys])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{row.action}: {row.keys}")
        self.table.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        make_default(self, buttons.button(QDialogButtonBox.StandardButton.Close))
        self.filter_edit.textChanged.connect(self._filter)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for g in range(self.table.topLevelItemCount()):
            group = self.table.topLevelItem(g)
            shown = 0
            for r in range(group.childCount()):
                item = group.child(r)
                match = not wanted or any(wanted in item.text(c).casefold() for c in (0, 1))
                match = match or wanted in group.text(0).casefold()
                item.setHidden(not match)
                shown += match
            group.setHidden(shown == 0)

    def visible_rows(self) -> list[tuple[str, str, str]]:
        """(menu, action, shortcut) of the rows shown, in order."""
        out = []
        for g in range(self.table.topLevelItemCount()):
            group = self.table.topLevelItem(g)
            for r in range(group.childCount()):
                item = group.child(r)
                if not group.isHidden() and not item.isHidden():
                    out.append((group.text(0), item.text(0), item.text(1)))
        return out

    @classmethod
    def show_for(cls, window: QMainWindow, prompter: Prompter) -> None:
        dialog = cls(shortcut_rows(window), window)
        try:
            prompter.run_dialog(dialog)
        finally:
            dialog.deleteLater()
