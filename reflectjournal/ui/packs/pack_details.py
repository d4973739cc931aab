"""The pack editor's "Pack details" page: id, title, version, authors,
organisation, licence, language, date updated and the description (with a
live safe preview)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core import packs as P
from ...core.packs import PromptPack
from ..keyboard import DateFieldKeys
from ..preview import SafeTextBrowser
from .labels import tr
from .prompt_form import non_blank_lines

LICENCES = ("CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC0-1.0", "All rights reserved")


class PackDetailsForm(QWidget):
    """Edits what a pack says about itself. ``edited`` fires on every change
    to a field, the user's or a load's (the window tells them apart)."""

    edited = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(tr("Pack id"))
        self.id_edit.setPlaceholderText(tr("reverse domain name, for example org.example.visits"))
        self.id_edit.setMaxLength(P.MAX_PACK_ID)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(tr("Pack title"))
        self.title_edit.setMaxLength(P.MAX_TITLE)
        self.version_edit = QLineEdit()
        self.version_edit.setAccessibleName(tr("Version"))
        self.version_edit.setPlaceholderText(tr("for example 1.0.0"))
        self.version_edit.setMaxLength(P.MAX_VERSION)
        self.authors_edit = QPlainTextEdit()
        self.authors_edit.setAccessibleName(tr("Authors, one per line"))
        self.authors_edit.setPlaceholderText(tr("One author per line"))
        self.authors_edit.setTabChangesFocus(True)
        self.authors_edit.setMaximumHeight(90)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setAccessibleName(tr("Organisation"))
        self.organisation_edit.setPlaceholderText(tr("Optional"))
        self.organisation_edit.setMaxLength(P.MAX_ORGANISATION)
        self.licence_combo = QComboBox()
        self.licence_combo.setEditable(True)
        self.licence_combo.addItems(list(LICENCES))
        self.licence_combo.setAccessibleName(tr("Licence"))
        self.language_edit = QLineEdit()
        self.language_edit.setAccessibleName(tr("Language"))
        self.language_edit.setMaxLength(P.MAX_LANGUAGE)
        self.updated_edit = QDateEdit()
        self.updated_edit.setCalendarPopup(True)
        self.updated_edit.setDisplayFormat("d MMM yyyy")
        self.updated_edit.setAccessibleName(tr("Date updated"))
        DateFieldKeys.install(self.updated_edit)  # one Tab stop (ui/keyboard.py)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setAccessibleName(tr("Description (Markdown)"))
        self.description_edit.setTabChangesFocus(True)
        self.description_preview = SafeTextBrowser()
        self.description_preview.setAccessibleName(tr("Description preview"))
        self.today_button = QPushButton(tr("Toda&y"))
        self.today_button.setAccessibleDescription(tr("Set the date updated to today"))

        form = QFormLayout()
        form.addRow(tr("&Id:"), self.id_edit)
        form.addRow(tr("&Title:"), self.title_edit)
        form.addRow(tr("&Version:"), self.version_edit)
        form.addRow(tr("A&uthors:"), self.authors_edit)
        form.addRow(tr("&Organisation:"), self.organisation_edit)
        form.addRow(tr("&Licence:"), self.licence_combo)
        form.addRow(tr("Lan&guage:"), self.language_edit)
        date_row = QHBoxLayout()
        date_row.addWidget(self.updated_edit)
        date_row.addWidget(self.today_button)
        date_row.addStretch(1)
        form.addRow(tr("Updated:"), date_row)
        description_split = QSplitter(Qt.Orientation.Horizontal)
        description_split.addWidget(self.description_edit)
        description_split.addWidget(self.description_preview)
        description_split.setChildrenCollapsible(False)
        form.addRow(tr("D&escription:"), description_split)
        QVBoxLayout(self).addLayout(form)
        chain = [self.id_edit, self.title_edit, self.version_edit, self.authors_edit, self.organisation_edit,
                 self.licence_combo, self.language_edit, self.updated_edit, self.today_button,
                 self.description_edit, self.description_preview]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.today_button.clicked.connect(self._on_today_button_clicked)
        for edit in (self.id_edit, self.title_edit, self.version_edit, self.organisation_edit, self.language_edit):
            edit.textEdited.connect(self.edited)
        self.licence_combo.editTextChanged.connect(self.edited)
        self.updated_edit.dateChanged.connect(self.edited)
        for edit in (self.authors_edit, self.description_edit):
            edit.textChanged.connect(self.edited)
        self.description_edit.textChanged.connect(self.update_preview)

    def load(self, pack: PromptPack) -> None:
        self.id_edit.setText(pack.id)
        self.title_edit.setText(pack.title)
        self.version_edit.setText(pack.version)
        self.authors_edit.setPlainText("\n".join(pack.authors))
        self.organisation_edit.setText(pack.organisation)
        self.licence_combo.setEditText(pack.licence)
        self.language_edit.setText(pack.language)
        self.updated_edit.setDate(_qdate(pack.updated))
        self.description_edit.setPlainText(pack.description)

    def pack_id(self) -> str:
        return self.id_edit.text().strip()

    def data(self) -> dict[str, Any]:
        """The fields as the pack file's keys, in the file's order (no prompts)."""
        date = self.updated_edit.date()
        data: dict[str, Any] = {
            "id": self.pack_id(),
            "title": self.title_edit.text().strip(),
            "version": self.version_edit.text().strip(),
            "updated": dt.date(date.year(), date.month(), date.day()).isoformat(),
            "language": self.language_edit.text().strip(),
            "licence": self.licence_combo.currentText().strip(),
            "authors": non_blank_lines(self.authors_edit.toPlainText()),
        }
        organisation = self.organisation_edit.text().strip()
        if organisation:
            data["organisation"] = organisation
        data["description"] = self.description_edit.toPlainText().strip()
        return data

    def focus_field(self, name: str) -> None:
        """Put the focus on the field a problem names (a pack-level key)."""
        widget = {
            "id": self.id_edit,
            "title": self.title_edit,
            "version": self.version_edit,
            "authors": self.authors_edit,
            "organisation": self.organisation_edit,
            "licence": self.licence_combo,
            "language": self.language_edit,
            "updated": self.updated_edit,
            "description": self.description_edit,
        }.get(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def update_preview(self) -> None:
        self.description_preview.show_markdown(self.description_edit.toPlainText())

    def _on_today_button_clicked(self) -> None:
        self.updated_edit.setDate(_qdate(self._today()))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
