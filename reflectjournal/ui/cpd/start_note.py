"""A gentle note above the entry list from 1 September (the renewal window)
until this year's CPD requirement is met; none after. Counts only, never
journal text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from .labels import tr


class CpdStartNote(QFrame):
    open_requested = Signal()
    hide_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cpdStartNote")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.open_button = QPushButton(tr("Open CPD records"))
        self.open_button.setFlat(True)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAccessibleName(tr("Hide the CPD note until tomorrow"))
        self.close_button.setToolTip(tr("Hide until tomorrow"))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.label, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.open_button.clicked.connect(self.open_requested)
        self.close_button.clicked.connect(self.hide_requested)
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.show_text("")
