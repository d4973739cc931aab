"""The People manager: the names the identifying-information check always
finds, the other ways each is written, and the stand-in an export uses.

The list is kept inside the encrypted journal and never exported. Add,
edit, merge (fold one person into another: the other's name becomes a
variant) and remove, all through the session's IdentifyingService.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ..announce import announce
from ..prompter import Prompter
from .case_patterns import CasePatternsRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_SELECTION = 100  # "Add to People" from a selection longer than this is not a name


def tr(text: str) -> str:
    return QCoreApplication.translate("PeopleDialog", text)


class PeopleDialog(QDialog):
    def __init__(self, service, prompter: Prompter, parent: QWidget | None = None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("PeopleDialog")
        self.setWindowTitle(tr("People"))
        self.service = service
        self.prompter = prompter
        intro = QLabel(
            tr(
                "Names the check always finds before anything leaves the journal, and the stand-in used instead "
                "(“Tayo” → “Child A”), and the case numbers it finds. Kept in the encrypted journal; never exported."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("People"))
        self.list.currentItemChanged.connect(lambda *_: self._load_current())
        self.name_edit = QLineEdit()
        self.variants_edit = QLineEdit()
        self.variants_edit.setPlaceholderText(tr("separated by commas"))
        self.stand_in_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(tr("&Name:"), self.name_edit)
        form.addRow(tr("&Other spellings:"), self.variants_edit)
        form.addRow(tr("&Stand-in:"), self.stand_in_edit)
        self.add_button = QPushButton(tr("&Add as new"))
        self.save_button = QPushButton(tr("Sa&ve changes"))
        self.remove_button = QPushButton(tr("&Remove…"))
        self.merge_combo = QComboBox()
        merge_label = QLabel(tr("Merge &into:"))
        merge_label.setBuddy(self.merge_combo)
        self.merge_button = QPushButton(tr("&Merge"))
        for button, slot in (
            (self.add_button, self.add),
            (self.save_button, self.save),
            (self.remove_button, self.remove),
            (self.merge_button, self.merge),
        ):
            button.clicked.connect(slot)
        row = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        merge_row = QHBoxLayout()
        merge_row.addWidget(merge_label)
        merge_row.addWidget(self.merge_combo, 1)
        merge_row.addWidget(self.merge_button)
        self.case_patterns = CasePatternsRow(service)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addLayout(merge_row)
        layout.addWidget(self.case_patterns)
        layout.addWidget(self.buttons)
        # Taller than 480 when the text is large: the wrapped notes need their lines.
        self.setMinimumWidth(560)
        self.resize(560, max(480, self.layout().totalHeightForWidth(560)))
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.list.clear()
        self.merge_combo.clear()
        for person in self.service.people():
            extra = f" ({', '.join(person.variants)})" if person.variants else ""
            item = QListWidgetItem(f"{person.name}{extra} → {person.stand_in}")
            item.setData(ID_ROLE, person.id)
            self.list.addItem(item)
            self.merge_combo.addItem(person.name, person.id)
            if person.id == select:
                self.list.setCurrentItem(item)
        self._load_current()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _load_current(self) -> None:
        person_id = self.current_id()
        person = next((p for p in self.service.people() if p.id == person_id), None)
        for button in (self.save_button, self.remove_button, self.merge_button):
            button.setEnabled(person is not None)
        if person is None:
            return
        self.name_edit.setText(person.name)
        self.variants_edit.setText(", ".join(person.variants))
        self.stand_in_edit.setText(person.stand_in)

    def _fields(self) -> tuple[str, str, list[str]]:
        variants = [v.strip() for v in self.variants_edit.text().split(",") if v.strip()]
        stand_in = self.stand_in_edit.text().strip() or self.service.next_stand_in()
        return self.name_edit.text(), stand_in, variants

    def add(self) -> None:
        name, stand_in, variants = self._fields()
        try:
            new_id = self.service.add_person(name, stand_in, variants)
        except (ValueError, JournalError):
            self.prompter.warn(self, tr("Not added"), tr("Give a name of 1 to 100 characters."))
            return
        self.refresh(select=new_id)
        announce(self.list, tr("Added to People."))

    def save(self) -> None:
        person_id = self.current_id()
        if person_id is None:
            return
        name, stand_in, variants = self._fields()
        try:
            self.service.update_person(person_id, name, stand_in, variants)
        except (ValueError, JournalError):
            self.prompter.warn(self, tr("Not saved"), tr("Give a name and a stand-in of 1 to 100 characters."))
            return
        self.refresh(select=person_id)

    def remove(self) -> None:
        person_id = self.current_id()
        if person_id is None:
            return
        if not self.prompter.confirm(
            self, tr("Remove from People?"), tr("The check will no longer always find this name.")
        ):
            return
        self.service.remove_person(person_id)
        self.refresh()

    def merge(self) -> None:
        other = self.current_id()
        keep = self.merge_combo.currentData()
        if other is None or keep is None or other == keep:
            return
        self.service.merge_people(int(keep), other)
        self.refresh(select=int(keep))
        announce(self.list, tr("Merged."))

    @classmethod
    def show_for(cls, parent: QWidget | None, service, prompter: Prompter) -> None:  # type: ignore[no-untyped-def]
        dialog = cls(service, prompter, parent)
        try:
            prompter.run_dialog(dialog)
        finally:
            dialog.deleteLater()


def add_to_people_action(menu: QMenu, edit: QPlainTextEdit, service) -> QAction | None:  # type: ignore[no-untyped-def]
    """ "Add “…” to People" at the foot of the editor's menu, for a selected name."""
    selected = " ".join(edit.textCursor().selectedText().replace("\u2029", " ").split())
    if not selected or len(selected) > MAX_SELECTION:
        return None
    action = QAction(tr("Add “%1” to &People").replace("%1", selected.replace("&", "&&")), menu)
    action.setObjectName("addToPeople")
    action.triggered.connect(partial(_add, edit, service, selected))
    menu.addSeparator()
    menu.addAction(action)
    return action


def _add(edit: QPlainTextEdit, service, name: str) -> None:  # type: ignore[no-untyped-def]
    try:
        stand_in = service.next_stand_in()
        service.add_person(name, stand_in)
    except (ValueError, JournalError):
        return
    edit.moveCursor(QTextCursor.MoveOperation.NoMove)
    announce(edit, tr("Added to People as “%1”. Change the stand-in in People.").replace("%1", stand_in))
