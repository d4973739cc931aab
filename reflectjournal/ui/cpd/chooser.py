"""Choose the supervision session a new CPD record is made from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.models import SupervisionSession
from ..keyboard import make_default
from ..prompter import Prompter
from ..supervision.labels import long_date, status_label, with_whom
from .labels import tr

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionChooser(QDialog):
    def __init__(self, sessions: list[SupervisionSession], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CpdSessionChooser")
        self.setWindowTitle(tr("Make a CPD record from a supervision session"))
        self.list = QListWidget()
        label = QLabel(tr("&Supervision sessions, newest first:"))
        label.setBuddy(self.list)
        for session in sessions:
            text = f"{long_date(session.held_on)} · {status_label(session.status)} · {with_whom(session)}"
            item = QListWidgetItem(text)
            item.setData(SESSION_ROLE, session.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        note = QLabel(tr("The record counts as peer reflection. The session's notes are shown beside the form."))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go_button = buttons.addButton(tr("Make the record"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        make_default(self, self.go_button)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.resize(480, 380)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(SESSION_ROLE)) if item is not None else None

    @classmethod
    def choose(cls, parent: QWidget | None, prompter: Prompter, sessions: list[SupervisionSession]) -> int | None:
        dialog = cls(sessions, parent)
        try:
            return dialog.chosen() if prompter.run_dialog(dialog) else None
        finally:
            dialog.list.clear()
            dialog.deleteLater()
