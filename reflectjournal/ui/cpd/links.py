"""Choose what a record draws on: entries and supervision sessions, ticked
in one list (ticking adds a link, unticking removes it). Titles and dates
only; the text stays in the starting-point pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.models import EntrySummary, SupervisionSession
from ..keyboard import make_default
from ..prompter import Prompter
from ..supervision.labels import with_whom
from .labels import long_date, tr

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ENTRY, SESSION = "entry", "session"


class LinkChooser(QDialog):
    def __init__(
        self,
        entries: list[EntrySummary],
        sessions: list[SupervisionSession],
        linked_entries: list[int],
        linked_sessions: list[int],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("CpdLinkChooser")
        self.setWindowTitle(tr("What this record draws on"))
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(tr("Find by title"))
        self.find_edit.setAccessibleName(tr("Find by title"))
        self.find_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        label = QLabel(tr("&Tick the entries and supervision sessions this record draws on:"))
        label.setWordWrap(True)
        label.setBuddy(self.list)
        for session in sessions:
            self._add(SESSION, int(session.id or 0), tr("Supervision, %1 · %2").replace(
                "%1", long_date(session.held_on)).replace("%2", with_whom(session)), session.id in linked_sessions)  # fmt: skip
        for entry in entries:
            title = " ".join(entry.title.split()) or tr("Untitled")
            self._add(ENTRY, entry.id, f"{long_date(entry.happened_on)} · {title}", entry.id in linked_entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go_button = buttons.addButton(tr("Keep these links"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.find_edit)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        make_default(self, self.go_button)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.find_edit.textChanged.connect(self._filter)
        self.resize(560, 460)

    def _add(self, kind: str, item_id: int, text: str, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(KIND_ROLE, kind)
        item.setData(ID_ROLE, item_id)
        self.list.addItem(item)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def tick(self, text: str, checked: bool = True) -> None:
        """Tick (or untick) the first row containing ``text`` (tests)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if text in item.text():
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(text)

    def chosen(self) -> tuple[list[int], list[int]]:
        entries, sessions = [], []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                (entries if item.data(KIND_ROLE) == ENTRY else sessions).append(int(item.data(ID_ROLE)))
        return entries, sessions

    @classmethod
    def choose(
        cls,
        parent: QWidget | None,
        prompter: Prompter,
        entries: list[EntrySummary],
        sessions: list[SupervisionSession],
        linked_entries: list[int],
        linked_sessions: list[int],
    ) -> tuple[list[int], list[int]] | None:
        dialog = cls(entries, sessions, linked_entries, linked_sessions, parent)
        try:
            return dialog.chosen() if prompter.run_dialog(dialog) else None
        finally:
            dialog.list.clear()
            dialog.deleteLater()
