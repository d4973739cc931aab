"""The pack editor's "About the pack" page.

What an educator is asked first, in their words: the title, who wrote it,
their organisation and a description (with a live safe preview), then the
licence. The machine parts (the pack's id, its version, language and date)
sit under "Advanced": the id is made from the organisation and the title
(core.pack_authoring) until the author changes it or the pack is saved,
and the version and date are set when the pack is saved.

Every field starts empty with a grey hint (a placeholder), so nothing a
hint says is ever saved as the pack's text.
"""

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
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core import packs as P
from ...core.pack_authoring import FIRST_VERSION, pack_id_for
from ...core.packs import PromptPack
from ..keyboard import DateFieldKeys
from ..preview import SafeTextBrowser
from .advanced import AdvancedSection
from .labels import plain_label, tr
from .prompt_form import go_to_line, non_blank_lines

LICENCES = ("CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC0-1.0", "All rights reserved")
DEFAULT_LICENCE = "CC-BY-4.0"
DEFAULT_LANGUAGE = "en-GB"


def hint_label(text: str) -> QLabel:
    """A short explanation under a field (in the text colour: grey is for
    placeholders, and would be too faint to read in the dark theme)."""
    return plain_label(text)


def licence_words() -> dict[str, str]:
    """What each offered licence lets others do, in plain words."""
    return {
        "CC-BY-4.0": tr("Anyone may share and adapt the pack if they name you."),
        "CC-BY-SA-4.0": tr(
            "Anyone may share and adapt the pack if they name you and share their changes the same way."
        ),
        "CC-BY-NC-4.0": tr("Anyone may share and adapt the pack if they name you, but not to make money."),
        "CC-BY-NC-SA-4.0": tr(
            "Anyone may share and adapt the pack if they name you, not to make money, and share their changes the "
            "same way."
        ),
        "CC0-1.0": tr("No rights kept: anyone may use the pack for anything, without naming you."),
        "All rights reserved": tr("Only you may change or pass on the pack; the people you give it to may use it."),
    }


class PackDetailsForm(QWidget):
    """Edits what a pack says about itself. ``edited`` fires on every change
    the user makes (a load fires nothing)."""

    edited = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self._loading = False
        self._id_follows = True  # the id is made from the organisation and title
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(tr("Title of the pack"))
        self.title_edit.setPlaceholderText(tr("For example: First home visits for newly qualified workers"))
        self.title_edit.setMaxLength(P.MAX_TITLE)
        self.authors_edit = QPlainTextEdit()
        self.authors_edit.setAccessibleName(tr("Written by, one name per line"))
        self.authors_edit.setPlaceholderText(tr("Your name, as practitioners will see it (one name per line)"))
        self.authors_edit.setTabChangesFocus(True)
        self.authors_edit.setMaximumHeight(64)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setAccessibleName(tr("Organisation"))
        self.organisation_edit.setPlaceholderText(tr("For example: Greenwich Children's Services"))
        self.organisation_edit.setMaxLength(P.MAX_ORGANISATION)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setAccessibleName(tr("Description (Markdown)"))
        self.description_edit.setPlaceholderText(
            tr("What the pack is for and who it is for. **Bold** and lists work as in Markdown.")
        )
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(70)
        # Room for a paragraph; a longer description scrolls in its field, so
        # "Advanced" stays in sight on a small screen.
        self.description_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 7 + 12)
        self.description_preview = SafeTextBrowser()
        self.description_preview.setAccessibleName(tr("Description preview"))
        self.description_preview.setMaximumHeight(self.description_edit.maximumHeight())
        self.licence_combo = QComboBox()
        self.licence_combo.setEditable(True)
        self.licence_combo.addItems(list(LICENCES))
        self.licence_combo.setAccessibleName(tr("Licence"))
        for index, words in enumerate(licence_words().values()):
            self.licence_combo.setItemData(index, words, Qt.ItemDataRole.ToolTipRole)
        self.licence_hint = hint_label("")

        self.advanced = AdvancedSection(tr("Shows the pack's id, version, language and date"))
        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(tr("Id of the pack"))
        self.id_edit.setMaxLength(P.MAX_PACK_ID)
        self.id_hint = hint_label(
            tr(
                "Made from the organisation and the title. Once the pack is shared, keep it: an update is "
                "recognised by its id."
            )  # fmt: skip
        )
        self.version_edit = QLineEdit()
        self.version_edit.setAccessibleName(tr("Version"))
        self.version_edit.setMaxLength(P.MAX_VERSION)
        self.version_hint = hint_label(
            tr(
                "Goes up by itself when you save changes: from 1.0.0 to 1.1.0 after new prompts, 2.0.0 after "
                "removing one, 1.0.1 after other changes."
            )  # fmt: skip
        )
        self.language_edit = QLineEdit()
        self.language_edit.setAccessibleName(tr("Language"))
        self.language_edit.setMaxLength(P.MAX_LANGUAGE)
        self.updated_edit = QDateEdit()
        self.updated_edit.setCalendarPopup(True)
        self.updated_edit.setDisplayFormat("d MMM yyyy")
        self.updated_edit.setAccessibleName(tr("Date updated"))
        DateFieldKeys.install(self.updated_edit)  # one Tab stop (ui/keyboard.py)
        self.today_button = QPushButton(tr("Toda&y"))
        self.today_button.setAccessibleDescription(tr("Set the date updated to today"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("&Title:"), self.title_edit)
        form.addRow(tr("&Written by:"), self.authors_edit)
        form.addRow(tr("&Organisation:"), self.organisation_edit)
        description_split = QSplitter(Qt.Orientation.Horizontal)
        description_split.addWidget(self.description_edit)
        description_split.addWidget(self.description_preview)
        description_split.setChildrenCollapsible(False)
        form.addRow(tr("&Description:"), description_split)
        form.addRow(tr("&Licence:"), self.licence_combo)
        form.addRow("", self.licence_hint)
        advanced = self.advanced.form
        advanced.addRow(tr("&Id:"), self.id_edit)
        advanced.addRow("", self.id_hint)
        advanced.addRow(tr("Ve&rsion:"), self.version_edit)
        advanced.addRow("", self.version_hint)
        advanced.addRow(tr("Lan&guage:"), self.language_edit)
        date_row = QHBoxLayout()
        date_row.addWidget(self.updated_edit)
        date_row.addWidget(self.today_button)
        date_row.addStretch(1)
        updated_label = QLabel(tr("Date &updated:"))
        updated_label.setBuddy(self.updated_edit)  # a row of two: the label names the date
        advanced.addRow(updated_label, date_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.advanced)
        layout.addStretch(1)
        chain = [self.title_edit, self.authors_edit, self.organisation_edit, self.description_edit,
                 self.description_preview, self.licence_combo, self.advanced.toggle, self.id_edit,
                 self.version_edit, self.language_edit, self.updated_edit, self.today_button]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.today_button.clicked.connect(self._on_today_button_clicked)
        for edit in (self.title_edit, self.organisation_edit):
            edit.textEdited.connect(self._on_name_edited)
        self.authors_edit.textChanged.connect(self._on_name_edited)
        self.id_edit.textEdited.connect(self._on_id_edited)
        for edit in (self.version_edit, self.language_edit):
            edit.textEdited.connect(self._on_edit)
        self.licence_combo.editTextChanged.connect(self._on_edit)
        self.licence_combo.editTextChanged.connect(self._update_licence_hint)
        self.updated_edit.dateChanged.connect(self._on_edit)
        self.description_edit.textChanged.connect(self._on_edit)
        self.description_edit.textChanged.connect(self.update_preview)

    # -- loading -----------------------------------------------------------

    def load(self, pack: PromptPack) -> None:
        """Show a pack that has an id of its own (opened or saved): the id stays."""
        self._fill(
            pack.title, "\n".join(pack.authors), pack.organisation, pack.description, pack.licence, pack.id,
            pack.version, pack.language, pack.updated,
        )  # fmt: skip
        self._id_follows = False

    def load_new(self) -> None:
        """An empty pack: every field shows its hint; the id follows the names."""
        self._fill("", "", "", "", DEFAULT_LICENCE, "", FIRST_VERSION, DEFAULT_LANGUAGE, self._today())
        self._id_follows = True
        self._follow_names()

    def _fill(self, title, authors, organisation, description, licence, pack_id, version, language, updated) -> None:
        self._loading = True
        try:
            self.title_edit.setText(title)
            self.authors_edit.setPlainText(authors)
            self.organisation_edit.setText(organisation)
            self.description_edit.setPlainText(description)
            self.licence_combo.setEditText(licence)
            self.id_edit.setText(pack_id)
            self.version_edit.setText(version)
            self.language_edit.setText(language)
            self.updated_edit.setDate(_qdate(updated))
        finally:
            self._loading = False
        self.update_preview()
        self._update_licence_hint(self.licence_combo.currentText())

    def set_saved(self, version: str, updated: dt.date) -> None:
        """After a save: the version and date it was saved with; the id is now the pack's own."""
        self._loading = True
        try:
            self.version_edit.setText(version)
            self.updated_edit.setDate(_qdate(updated))
        finally:
            self._loading = False
        self._id_follows = False

    @property
    def id_follows(self) -> bool:
        """Whether the id is still made from the organisation and title."""
        return self._id_follows

    # -- reading -------------------------------------------------------------

    def pack_id(self) -> str:
        return self.id_edit.text().strip()

    def title(self) -> str:
        return self.title_edit.text().strip()

    def data(self) -> dict[str, Any]:
        """The fields as the pack file's keys, in the file's order (no prompts)."""
        date = self.updated_edit.date()
        data: dict[str, Any] = {
            "id": self.pack_id(),
            "title": self.title(),
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

    def field_widget(self, name: str) -> QWidget | None:
        """The field a problem names (a pack-level key)."""
        return {
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

    def focus_field(self, name: str, line: int | None = None) -> QWidget | None:
        """Put the focus on the field a problem names, opening "Advanced" if
        it is there; ``line`` chooses a line of the authors."""
        widget = self.field_widget(name)
        if widget is None:
            return None
        if self.advanced.body.isAncestorOf(widget):
            self.advanced.set_open(True)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QPlainTextEdit) and line is not None:
            go_to_line(widget, line)
        return widget

    # -- changes -------------------------------------------------------------

    def update_preview(self) -> None:
        self.description_preview.show_markdown(self.description_edit.toPlainText())

    def _on_edit(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_name_edited(self, *_args) -> None:
        if self._loading:
            return
        self._follow_names()
        self.edited.emit()

    def _follow_names(self) -> None:
        if self._id_follows:
            authors = non_blank_lines(self.authors_edit.toPlainText())
            self.id_edit.setText(pack_id_for(self.organisation_edit.text(), self.title_edit.text(), authors))

    def _on_id_edited(self, *_args) -> None:
        self._id_follows = False  # the author's own id is kept
        self._on_edit()

    def _update_licence_hint(self, text: str) -> None:
        self.licence_hint.setText(
            licence_words().get(text.strip(), tr("A licence of your own: say what it allows in the description."))
        )

    def _on_today_button_clicked(self) -> None:
        self.updated_edit.setDate(_qdate(self._today()))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
