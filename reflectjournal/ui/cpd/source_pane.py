"""Beside the form: the text of the entries and supervision sessions a
record draws on, read-only, as a starting point. Nothing of it reaches the
record unless the user selects some and inserts it into a field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from .labels import field_labels, tr


class SourcePane(QWidget):
    """The linked text, and "Insert selection into" a chosen field."""

    insert_requested = Signal(str, str)  # field key, text

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cpdSourcePane")
        self.heading = QLabel(tr("Startin&g point (read-only)"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(
            tr("What this record draws on. Nothing here is copied into the record unless you insert it.")
        )
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setTabChangesFocus(True)
        self.view.setAccessibleName(tr("Starting point (read-only)"))
        self.heading.setBuddy(self.view)
        self.target_combo = QComboBox()
        # The field names are long: the combo elides them rather than widen the pane.
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_combo.setMinimumContentsLength(14)
        for key, (label, _guidance) in field_labels().items():
            self.target_combo.addItem(label.replace("&", ""), key)
        target_label = QLabel(tr("Into:"))
        target_label.setBuddy(self.target_combo)
        self.target_combo.setAccessibleName(tr("Into the field"))
        self.insert_button = QPushButton(tr("&Insert selection"))
        self.insert_button.setAccessibleName(tr("Insert selection into the chosen field"))
        self.insert_button.setEnabled(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(target_label)
        row.addWidget(self.target_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.insert_button)
        self.view.selectionChanged.connect(self._update_button)
        self.insert_button.clicked.connect(self._on_insert)

    def set_text(self, text: str) -> None:
        self.view.setPlainText(text)
        self._update_button()

    def has_text(self) -> bool:
        return bool(self.view.toPlainText().strip())

    def choose_target(self, key: str) -> None:
        index = self.target_combo.findData(key)
        if index >= 0:
            self.target_combo.setCurrentIndex(index)

    def selected_text(self) -> str:
        return self.view.textCursor().selectedText().replace("\u2029", "\n")

    def _update_button(self) -> None:
        self.insert_button.setEnabled(bool(self.selected_text().strip()))

    def _on_insert(self) -> None:
        text = self.selected_text()
        if text.strip():
            self.insert_requested.emit(str(self.target_combo.currentData()), text)

    def clear_all(self) -> None:
        self.view.setPlainText("")
        self._update_button()
