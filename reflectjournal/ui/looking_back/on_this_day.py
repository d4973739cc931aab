"""“On this day” above the entry list once unlocked (issue 15, item 4):
the titles of entries from a month ago and a year ago today, each a button
that opens the entry. Titles only; nothing while locked; off in Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from ...core.looking_back import Remembered
from .chart import tr

# At most this many titles: a reminder, not a second list.
MOST = 4


def ago_text(item: Remembered) -> str:
    return tr("A month ago: %1") if item.ago == "month" else tr("A year ago: %1")


class OnThisDay(QFrame):
    """The remembered entries as buttons, with a button to hide them for the day."""

    open_requested = Signal(int)
    hide_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("onThisDay")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(tr("On this day"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAccessibleName(tr("Hide “On this day” until tomorrow"))
        self.close_button.setToolTip(tr("Hide until tomorrow"))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button)
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(self._rows)
        self.buttons: list[QPushButton] = []
        self.close_button.clicked.connect(self.hide_requested)
        self.hide()

    def show_items(self, items: list[Remembered]) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for item in items[:MOST]:
            words = ago_text(item).replace("%1", item.title or tr("Untitled"))
            button = QPushButton()
            button.setFlat(True)
            button.setStyleSheet("text-align: left;")
            button.setToolTip(words)  # the whole title where the button shows less
            button.setAccessibleName(words)
            button.setProperty("full_text", words)
            button.setText(self._elided(words).replace("&", "&&"))  # "&" in a title is not a shortcut
            button.clicked.connect(lambda _checked=False, entry_id=item.entry_id: self.open_requested.emit(entry_id))
            self._rows.addWidget(button)
            self.buttons.append(button)
        self.setVisible(bool(self.buttons))

    def _elided(self, text: str) -> str:
        width = max(120, self.width() - 24)
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        for button in self.buttons:
            button.setText(self._elided(str(button.property("full_text"))).replace("&", "&&"))

    def clear(self) -> None:
        self.show_items([])
