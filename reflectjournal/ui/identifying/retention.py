"""Review old entries: how long reflections are kept before review, and
what to do with those older than that (keep, export then delete, delete
permanently). Deletion overwrites the text (core.retention); the dialog says
plainly that older backups still hold it, and offers a fresh backup that
removes them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.retention import REVIEW_CHOICES
from ..announce import announce
from ..messages import export_error_text
from ..prompter import Prompter

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewDialog", text)


def years_label(years: int) -> str:
    if years == 0:
        return tr("Never")
    return tr("After 1 year") if years == 1 else tr("After %1 years").replace("%1", str(years))


class ReviewDialog(QDialog):
    def __init__(self, session, prompter: Prompter, parent: QWidget | None = None, today: dt.date | None = None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("ReviewDialog")
        self.setWindowTitle(tr("Review old entries"))
        self.service = session.identifying
        self.prompter = prompter
        self.today = today or dt.date.today()
        self.years_combo = QComboBox()
        for years in REVIEW_CHOICES:
            self.years_combo.addItem(years_label(years), years)
        self.years_combo.setCurrentIndex(REVIEW_CHOICES.index(self.service.review_years()))
        self.years_combo.currentIndexChanged.connect(self._on_years_changed)
        years_label_widget = QLabel(tr("Ask me to &review reflections:"))
        years_label_widget.setBuddy(self.years_combo)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Entries older than the review age"))
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.keep_button = QPushButton(tr("&Keep"))
        self.export_button = QPushButton(tr("&Export then delete…"))
        self.delete_button = QPushButton(tr("&Delete permanently…"))
        self.keep_button.clicked.connect(self.keep)
        self.export_button.clicked.connect(self.export_then_delete)
        self.delete_button.clicked.connect(self.delete)
        self.backup_note = QLabel(
            tr(
                "Backups made before a deletion still hold the deleted entries until they rotate out. "
                "To remove them everywhere, make a fresh backup and remove the older ones."
            )
        )
        self.backup_note.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_note.setWordWrap(True)
        self.backup_button = QPushButton(tr("Make a fresh backup and remove &older ones…"))
        self.backup_button.clicked.connect(self.fresh_backup)
        top = QHBoxLayout()
        top.addWidget(years_label_widget)
        top.addWidget(self.years_combo, 1)
        row = QHBoxLayout()
        for button in (self.keep_button, self.export_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.backup_note)
        layout.addWidget(self.backup_button)
        layout.addWidget(buttons)
        self.resize(620, 480)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        due = self.service.due_for_review(self.today)
        for entry_id, text in due:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, entry_id)
            self.list.addItem(item)
        if self.service.review_years() == 0:
            self.summary.setText(tr("Reflections are kept until you delete them. Choose an age to review them."))
        elif not due:
            self.summary.setText(tr("No reflection is older than the review age."))
        else:
            self.summary.setText(
                tr("%1 reflections are older than the review age. Select some, then choose.").replace(
                    "%1", str(len(due))
                )
            )
        for button in (self.keep_button, self.export_button, self.delete_button):
            button.setEnabled(bool(due))

    def _on_years_changed(self, _index: int) -> None:
        self.service.set_review_years(int(self.years_combo.currentData()))
        self.refresh()
        announce(self.summary, self.summary.text())

    def selected_ids(self) -> list[int]:
        return [int(item.data(ID_ROLE)) for item in self.list.selectedItems()]

    def keep(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.service.keep(ids, self.today)
            self.refresh()

    def _delete(self, ids: list[int]) -> None:
        removed = self.service.delete_permanently(ids)
        self.refresh()
        announce(self.summary, tr("%1 deleted permanently.").replace("%1", str(removed)))

    def delete(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.prompter.confirm(
            self,
            tr("Delete permanently?"),
            tr(
                "%1 reflections will be removed from the journal and their text overwritten. This cannot be undone. "
                "Backups made before now still hold them until they rotate out."
            ).replace("%1", str(len(ids))),
        ):
            return
        self._delete(ids)

    def export_then_delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        folder = self.prompter.choose_folder(self, tr("Choose an empty folder for the export"), Path.home())
        if folder is None:
            return
        try:
            self.service.export_entries(ids, folder)
        except (OSError, JournalError) as error:
            self.prompter.warn(self, tr("Export failed"), export_error_text(error))
            return
        if self.prompter.confirm(
            self,
            tr("Delete permanently?"),
            tr("Exported (not encrypted). Now remove these %1 reflections from the journal for good?").replace(
                "%1", str(len(ids))
            ),
        ):
            self._delete(ids)

    def fresh_backup(self) -> None:
        if not self.prompter.confirm(
            self,
            tr("Remove older backups?"),
            tr("A new backup is made and checked, then every older backup of this journal is removed. Continue?"),
        ):
            return
        try:
            _path, removed = self.service.fresh_backup_removing_older()
        except (OSError, JournalError) as error:
            self.prompter.warn(self, tr("Backup failed"), export_error_text(error))
            return
        self.prompter.inform(
            self,
            tr("Backup made"),
            tr("A fresh backup was made; %1 older backups were removed.").replace("%1", str(removed)),
        )

    @classmethod
    def show_for(cls, parent: QWidget | None, session, prompter: Prompter) -> None:  # type: ignore[no-untyped-def]
        dialog = cls(session, prompter, parent)
        try:
            prompter.run_dialog(dialog)
        finally:
            dialog.deleteLater()
