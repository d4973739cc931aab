"""The main toolbar: the six things done most, visible without a menu.

New entry, New from prompt, Prompts (the panel beside the entry), Preview,
Search and Lock. Each button shows a short text (no icons: the words are
what a screen reader says, and they fit at 1024 pixels wide; past that Qt's
extension button holds the rest). Each tooltip names the action and its
shortcut, read from the action's own shortcut, so they can never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton


def tr(text: str) -> str:
    return QCoreApplication.translate("MainToolBar", text)


def shortcut_tooltip(name: str, action: QAction) -> str:
    """``name`` with the action's shortcut as this platform writes it,
    e.g. "New entry (Ctrl+N)"; just ``name`` without a shortcut."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{name} ({keys})" if keys else name


def build_main_toolbar(window: QMainWindow, items: list[tuple[QAction, str, str]]) -> QToolBar:
    """Add the main toolbar to ``window``: for each (action, button text,
    tooltip name), a text-only button named for screen readers by the text
    it shows. The actions' own texts in the menus are left as they are."""
    bar = QToolBar(tr("Main toolbar"), window)
    bar.setObjectName("mainToolBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action, text, name in items:
        action.setIconText(text)
        action.setToolTip(shortcut_tooltip(name, action))
        bar.addAction(action)
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setAccessibleName(text)
            button.setAccessibleDescription(action.toolTip())
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
