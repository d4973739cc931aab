"""“On this day” above the entry list once unlocked (issue 15, item 4):
the titles of entries from a month ago and a year ago today, each a button
that opens the entry. Titles only; nothing while locked; off in Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.looking_back import Remembered
from .chart import tr

# At most this many titles: a reminder, not a second list.
MOST = 4


def ago_text(item: Remembered) -> str:
    return tr("A month ago: %1") if item.ago == "month" else tr("A year ago: %1")


class LeftButton(QPushButton):
    """A flat push button whose text starts at the left. Drawn here rather
    than with a style sheet ("text-align: left"): a widget's own style sheet
    cost about 20 ms each to polish, on the unlock path (issue 19)."""

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt override)
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text, option.text = option.text, ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)  # bevel and focus frame
        rect = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextShowMnemonic
        painter.drawItemText(rect, int(flags), option.palette, self.isEnabled(), text, QPalette.ColorRole.ButtonText)


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
        # The rows, made once: shown, filled and hidden by show_items.
        self._pool: list[QPushButton] = []
        self._item_ids: list[int] = []
        for index in range(MOST):
            button = LeftButton()
            button.setFlat(True)
            button.hide()
            button.clicked.connect(lambda _checked=False, i=index: self._on_row_clicked(i))
            self._rows.addWidget(button)
            self._pool.append(button)
        self.buttons: list[QPushButton] = []  # those showing a title
        self.close_button.clicked.connect(self.hide_requested)
        self.hide()

    def show_items(self, items: list[Remembered]) -> None:
        """Show these titles (at most :data:`MOST`) in the rows made once at
        start: making widgets on the unlock path cost about 10 ms each."""
        self._item_ids = [item.entry_id for item in items[:MOST]]
        for index, button in enumerate(self._pool):
            if index >= len(self._item_ids):
                button.hide()
                button.setText("")
                button.setToolTip("")
                button.setAccessibleName("")
                button.setProperty("full_text", "")
                continue
            item = items[index]
            words = ago_text(item).replace("%1", item.title or tr("Untitled"))
            button.setToolTip(words)  # the whole title where the button shows less
            button.setAccessibleName(words)
            button.setProperty("full_text", words)
            button.setText(self._elided(words).replace("&", "&&"))  # "&" in a title is not a shortcut
            button.show()
        self.buttons = self._pool[: len(self._item_ids)]
        self.setVisible(bool(self.buttons))

    def _on_row_clicked(self, index: int) -> None:
        if index < len(self._item_ids):
            self.open_requested.emit(self._item_ids[index])

    def _elided(self, text: str) -> str:
        width = max(120, self.width() - 24)
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        for button in self.buttons:
            button.setText(self._elided(str(button.property("full_text"))).replace("&", "&&"))

    def clear(self) -> None:
        self.show_items([])
