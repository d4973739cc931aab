"""A line under the entry editor: the supervision sessions that discussed
the entry, each a button that opens the session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.models import SupervisionSession
from .labels import session_line, status_label, tr

MAX_BUTTONS = 4
# Buttons (reachable with Tab, pressed with Space) that look like links.
LINK_STYLE = "QPushButton { color: palette(link); text-decoration: underline; border: none; padding: 2px 6px; }"


class DiscussedInBar(QWidget):
    """Hidden unless there are sessions to show: under the editor, those
    that discussed the entry; under search results (``vertical``), the
    sessions whose notes match the search."""

    session_requested = Signal(int)
    more_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, caption: str | None = None, vertical: bool = False):
        super().__init__(parent)
        self.setObjectName("supervisionSearchHits" if vertical else "discussedInSupervision")
        self.label = QLabel(caption or tr("Discussed in supervision:"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self._layout: QBoxLayout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 0) if vertical else self._layout.setContentsMargins(9, 0, 9, 4)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.label)
        self._layout.addStretch(1)
        self.buttons: list[QPushButton] = []
        self.session_ids: list[int] = []
        self.hide()

    def set_sessions(self, sessions: list[SupervisionSession]) -> None:
        self.clear_all()
        for session in sessions[:MAX_BUTTONS]:
            button = QPushButton(session_line(session))
            button.setFlat(True)
            button.setStyleSheet(LINK_STYLE)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(tr("Open this supervision session (%1)").replace("%1", status_label(session.status)))
            button.setAccessibleName(tr("Open the supervision session of %1").replace("%1", session_line(session)))
            button.clicked.connect(lambda _=False, sid=session.id: self.session_requested.emit(int(sid)))
            self._layout.insertWidget(self._layout.count() - 1, button)
            self.buttons.append(button)
            self.session_ids.append(int(session.id))
        if len(sessions) > MAX_BUTTONS:
            more = QPushButton(tr("and %n more…", "", len(sessions) - MAX_BUTTONS))
            more.setFlat(True)
            more.setStyleSheet(LINK_STYLE)
            more.setAccessibleDescription(tr("Show every supervision session"))
            more.clicked.connect(self.more_requested)
            self._layout.insertWidget(self._layout.count() - 1, more)
            self.buttons.append(more)
        self.setVisible(bool(sessions))

    def clear_all(self) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.setText("")
            button.deleteLater()
        self.buttons = []
        self.session_ids = []
        self.hide()
