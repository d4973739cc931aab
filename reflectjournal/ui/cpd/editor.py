"""One CPD record's form: the fields the regulator's form asks for, each
with its guidance, a live word count and a "Copy" button; and a labelled
row for the professional standards it evidences."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.cpd import MAX_ROLE, TEXT_FIELDS, CpdRecord, word_count
from .labels import field_labels, peer_role_suggestions, tr, type_labels, words_text


def _plain(label: str) -> str:
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class FieldBox(QWidget):
    """A text field with its label, guidance, word count and Copy button."""

    edited = Signal()
    copy_requested = Signal(str, str)  # field key, text

    def __init__(self, key: str, label: str, guidance: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.label = QLabel(label)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.label.setWordWrap(True)
        self.guidance = QLabel(guidance)
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance.setWordWrap(True)
        self.guidance.setObjectName("cpdGuidance")
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(_plain(label))
        self.edit.setAccessibleDescription(guidance)
        lines = self.fontMetrics().lineSpacing()
        self.edit.setMinimumHeight(lines * 4 + 12)
        self.edit.setMaximumHeight(lines * 9 + 12)  # the form scrolls; each field stays in view whole
        self.label.setBuddy(self.edit)
        self.words = QLabel(words_text(0))
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.setAccessibleName(tr("Copy: %1").replace("%1", _plain(label)))
        self.copy_button.setToolTip(tr("Put this field on the clipboard, to paste into the regulator's form"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.words, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.guidance)
        layout.addWidget(self.edit)
        layout.addLayout(row)
        self.edit.textChanged.connect(self._on_text_changed)
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit(self.key, self.text()))

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)  # also empties the undo stack
        self._update_words()

    def _update_words(self) -> None:
        self.words.setText(words_text(word_count(self.text())))

    def _on_text_changed(self) -> None:
        self._update_words()
        self.edited.emit()


class CpdRecordEditor(QWidget):
    """The form for one record. ``edited`` fires on every change made by
    the user; ``load`` and ``clear_all`` fire nothing."""

    edited = Signal()
    copy_requested = Signal(str, str)  # field key (or "peer_role"), text
    record_shown = Signal()  # another record (or none) is shown, or a new one got its id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._record: CpdRecord | None = None
        self._filling = False
        self.read_only = False
        self.closed_note = QLabel()
        self.closed_note.setTextFormat(Qt.TextFormat.PlainText)
        self.closed_note.setWordWrap(True)
        self.closed_note.setStyleSheet("QLabel { border: 1px solid palette(mid); padding: 6px; }")
        self.closed_note.hide()

        self.type_combo = QComboBox()
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_combo.setMinimumContentsLength(20)
        for key, label in type_labels().items():
            self.type_combo.addItem(label, key)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setAccessibleName(tr("Date"))
        self.several_check = QCheckBox(tr("Over se&veral days"))
        self.until_edit = QDateEdit()
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("d MMM yyyy")
        self.until_edit.setAccessibleName(tr("Until"))
        self.until_edit.setEnabled(False)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.date_edit)
        dates.addWidget(self.several_check)
        dates.addStretch(1)
        until_label = QLabel(tr("&Until:"))
        until_label.setBuddy(self.until_edit)
        until_row = QHBoxLayout()
        until_row.setContentsMargins(0, 0, 0, 0)
        until_row.addWidget(self.until_edit)
        until_row.addStretch(1)
        header = QFormLayout()
        type_label = QLabel(tr("&Type of CPD:"))
        type_label.setBuddy(self.type_combo)
        date_label = QLabel(tr("&Date:"))
        date_label.setBuddy(self.date_edit)
        header.addRow(type_label, self.type_combo)
        header.addRow(date_label, dates)
        header.addRow(until_label, until_row)
        # What the record draws on: its links, changed through the window's chooser.
        self.links_label = QLabel()
        self.links_label.setTextFormat(Qt.TextFormat.PlainText)
        self.links_label.setWordWrap(True)
        self.links_button = QPushButton(tr("Change wh&at it draws on…"))
        self.links_button.setAccessibleDescription(tr("Choose the entries and supervision sessions it draws on"))
        links_row = QHBoxLayout()
        links_row.setContentsMargins(0, 0, 0, 0)
        links_row.addWidget(self.links_label, 1)
        links_row.addWidget(self.links_button)
        links_title = QLabel(tr("Draws on:"))
        header.addRow(links_title, links_row)

        labels = field_labels()
        self.fields: dict[str, FieldBox] = {}
        for key, _label, _guidance in TEXT_FIELDS:
            label, guidance = labels[key]
            box = FieldBox(key, label, guidance)
            box.edited.connect(self._on_edited)
            box.copy_requested.connect(self.copy_requested)
            self.fields[key] = box

        self.peer_role_combo = QComboBox()
        self.peer_role_combo.setEditable(True)
        self.peer_role_combo.addItems([""] + peer_role_suggestions())
        self.peer_role_combo.lineEdit().setMaxLength(MAX_ROLE)
        self.peer_role_combo.lineEdit().setPlaceholderText(tr("A role, not a name: “my supervisor”"))
        peer_label = QLabel(tr("Who you discussed it wit&h, by role:"))
        peer_label.setBuddy(self.peer_role_combo)
        self.peer_role_combo.setAccessibleName(tr("Who you discussed it with, by role"))
        self.peer_copy_button = QPushButton(tr("Copy"))
        self.peer_copy_button.setAccessibleName(tr("Copy: Who you discussed it with"))
        peer_row = QHBoxLayout()
        peer_row.setContentsMargins(0, 0, 0, 0)
        peer_row.addWidget(self.peer_role_combo, 1)
        peer_row.addWidget(self.peer_copy_button)
        peer_form = QFormLayout()
        peer_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long labels above their fields
        peer_form.addRow(peer_label, peer_row)

        # The professional standards this record evidences: the frameworks'
        # picker takes this row's place (the evidence links are kept there,
        # with target kind "cpd" and this record's id).
        self.standards_label = QLabel(tr("Professional standards:"))
        self.standards_placeholder = QLabel(tr("Linking a record to professional standards comes with frameworks."))
        self.standards_placeholder.setObjectName("cpdStandardsPlaceholder")
        self.standards_placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.standards_placeholder.setWordWrap(True)
        peer_form.addRow(self.standards_label, self.standards_placeholder)
        self._lower_form = peer_form

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.closed_note)
        layout.addLayout(header)
        for key in ("description", "learned", "impact", "peer_reflection"):
            layout.addWidget(self.fields[key])
        layout.addLayout(peer_form)
        layout.addStretch(1)

        self.type_combo.currentIndexChanged.connect(self._on_edited)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.until_edit.dateChanged.connect(self._on_edited)
        self.several_check.toggled.connect(self._on_several_toggled)
        self.peer_role_combo.editTextChanged.connect(self._on_edited)
        self.peer_copy_button.clicked.connect(
            lambda: self.copy_requested.emit("peer_role", self.peer_role_combo.currentText())
        )

    def set_standards_widget(self, widget: QWidget) -> None:
        """Put the frameworks' picker in the standards row, in place of the
        placeholder (its label becomes the picker's buddy)."""
        self._lower_form.replaceWidget(self.standards_placeholder, widget)
        self.standards_placeholder.hide()
        self.standards_placeholder.deleteLater()
        self.standards_placeholder = widget  # type: ignore[assignment]
        self.standards_label.setBuddy(widget)

    # -- loading -----------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        return self._record.id if self._record is not None else None

    @property
    def has_record(self) -> bool:
        return self._record is not None

    def load(self, record: CpdRecord, *, read_only: bool = False, closed_note: str = "") -> None:
        self._filling = True
        try:
            self._record = record
            index = self.type_combo.findData(record.cpd_type)
            self.type_combo.setCurrentIndex(max(0, index))
            self.date_edit.setDate(_to_qdate(record.started_on))
            self.several_check.setChecked(record.ended_on is not None)
            self.until_edit.setDate(_to_qdate(record.ended_on or record.started_on))
            self.until_edit.setEnabled(record.ended_on is not None)
            for key, box in self.fields.items():
                box.set_text(record.text(key))
            self.peer_role_combo.setEditText(record.peer_role)
        finally:
            self._filling = False
        self._show_links()
        self.set_read_only(read_only)
        self.closed_note.setText(closed_note)
        self.closed_note.setVisible(bool(closed_note))
        self.record_shown.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for box in self.fields.values():
            box.edit.setReadOnly(read_only)
        for widget in (self.type_combo, self.date_edit, self.several_check, self.peer_role_combo, self.links_button):
            widget.setEnabled(not read_only)
        self.until_edit.setEnabled(not read_only and self.several_check.isChecked())

    def current_record(self) -> CpdRecord:
        assert self._record is not None
        base = self._record
        started = _from_qdate(self.date_edit.date())
        ended = _from_qdate(self.until_edit.date()) if self.several_check.isChecked() else None
        return CpdRecord(
            cpd_type=str(self.type_combo.currentData()),
            started_on=started,
            ended_on=ended if ended != started else None,
            peer_role=self.peer_role_combo.currentText(),
            entry_ids=list(base.entry_ids),
            session_ids=list(base.session_ids),
            id=base.id,
            uid=base.uid,
            created_at=base.created_at,
            **{key: box.text() for key, box in self.fields.items()},
        )

    def set_links(self, entry_ids: list[int], session_ids: list[int]) -> None:
        """The entries and sessions the record draws on, as the user chose."""
        if self._record is None or self.read_only:
            return
        self._record.entry_ids, self._record.session_ids = list(entry_ids), list(session_ids)
        self._show_links()
        self.edited.emit()

    def _show_links(self) -> None:
        record = self._record
        if record is None:
            self.links_label.setText("")
            return
        entries, sessions = len(record.entry_ids), len(record.session_ids)
        parts = []
        if entries:
            parts.append(tr("1 entry") if entries == 1 else tr("%1 entries").replace("%1", str(entries)))
        if sessions:
            parts.append(
                tr("1 supervision session")
                if sessions == 1
                else tr("%1 supervision sessions").replace("%1", str(sessions))
            )
        self.links_label.setText(", ".join(parts) if parts else tr("nothing linked"))

    def mark_saved(self, saved: CpdRecord) -> None:
        """Keep the id the journal gave a new record."""
        if self._record is not None:
            new = self._record.id is None
            self._record.id, self._record.uid = saved.id, saved.uid
            self._record.created_at = saved.created_at
            if new:
                self.record_shown.emit()

    def insert_text(self, key: str, text: str) -> None:
        """Put ``text`` at the cursor of field ``key`` (the user's choice)."""
        box = self.fields[key]
        if box.edit.isReadOnly():
            return
        box.edit.insertPlainText(text)
        box.edit.setFocus()

    def focus_first(self) -> None:
        self.fields["description"].edit.setFocus()

    def clear_all(self) -> None:
        self._filling = True
        try:
            self._record = None
            for box in self.fields.values():
                box.set_text("")
            self.peer_role_combo.setEditText("")
            self.links_label.setText("")
            self.closed_note.setText("")
            self.closed_note.hide()
        finally:
            self._filling = False
        self.record_shown.emit()

    # -- changes -----------------------------------------------------------

    def _on_edited(self, *_args: object) -> None:
        if not self._filling and self._record is not None and not self.read_only:
            self.edited.emit()

    def _on_date_changed(self, *_args: object) -> None:
        if not self.several_check.isChecked() and not self._filling:
            self._filling = True
            try:
                self.until_edit.setDate(self.date_edit.date())
            finally:
                self._filling = False
        self._on_edited()

    def _on_several_toggled(self, checked: bool) -> None:
        self.until_edit.setEnabled(checked and not self.read_only)
        if checked and self.until_edit.date() < self.date_edit.date():
            self.until_edit.setDate(self.date_edit.date())
        self._on_edited()
