"""One line naming the framework items an entry or a CPD record evidences,
with the button that changes them (the picker)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...core.frameworks import Framework
from .labels import items_summary, tr


class EvidenceRow(QWidget):
    change_requested = Signal()

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("evidenceRow")
        self.title = title
        self.title_label = QLabel(title)
        self.title_label.setVisible(bool(title))
        self.items_label = QLabel()
        self.items_label.setTextFormat(Qt.TextFormat.PlainText)
        self.items_label.setWordWrap(True)
        self.items_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(tr("Framework items…"))
        self.button.setAccessibleDescription(tr("Choose the framework items this evidences"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.items_label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.change_requested)
        self.show_items([], ())

    def show_items(self, items: list[str], frameworks: tuple[Framework, ...]) -> None:
        text = items_summary(items, frameworks)
        self.items_label.setText(text)
        self.items_label.setToolTip(text)
        # Selectable, so a screen reader treats it as a field: its name says what it shows.
        name = f"{self.title.replace('&', '').rstrip(':')}: {text}" if self.title else text
        self.items_label.setAccessibleName(name)

    def clear(self) -> None:
        self.items_label.setText("")
        self.items_label.setToolTip("")
        self.items_label.setAccessibleName("")
