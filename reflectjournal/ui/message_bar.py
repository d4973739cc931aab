"""A message that asks or offers something without stopping the work: a
line of text with named buttons (Undo; Keep the date / Change it; Restore).
Never modal: autosave and typing go on while it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class MessageBar(QFrame):
    """Plain text and up to a few buttons; each button runs its callback."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName(accessible_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#messageBar { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; }"
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 4, 4)
        self._layout.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_message(self, text: str, actions: list[tuple[str, Callable[[], None]]]) -> None:
        """Show ``text`` with a button per (label, callback)."""
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for label, callback in actions:
            button = QPushButton(label)
            button.setAccessibleName(label)
            button.clicked.connect(callback)
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.label.setText(text)
        self.show()

    def button(self, label: str) -> QPushButton:
        return next(button for button in self.buttons if button.text() == label)

    def dismiss(self) -> None:
        self.hide()
        self.label.setText("")
