"""The entry editor: title, when, kind, tags, Markdown body with preview,
the "keeping the child in mind" section and the wellbeing check-in.

Its parts: the writing with its preview and word count (``entry_body``)
and the fields that do more than a plain widget (``entry_fields``: tags,
the title's problem note, the wellbeing check-in). ``EntryEditor`` lays
them out, connects them in ``_connect_signals`` and turns an ``Entry``
into the form and back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.answers import PromptRecord, writer_text
from ..core.models import DEFAULT_KIND, Entry, Kind
from ..core.unicode_safety import TextProblem
from .entry_body import EntryBody, WordCountLabel, count_words
from .entry_fields import TagLineEdit, TitleProblemLabel, WellbeingCheckIn
from .keyboard import DateFieldKeys
from .record_editing import EditGuard

__all__ = ["EntryEditor", "count_words"]

# "Keeping the child in mind" never gets fewer lines than this, on any screen.
CHILD_MIN_LINES = 5


class WrappedLabel(QLabel):
    """A word-wrapped label that asks for the height its lines take at its
    width. A splitter sizes its panes by their minimum size, which for a
    wrapped label Qt works out at some other width: on a narrow screen the
    lines grew and pushed the child-in-mind box out of its frame."""

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class EntryEditor(QWidget):
    """Edits one entry. ``edited`` fires on every change the user makes."""

    edited = Signal()
    link_activated = Signal(QUrl)
    loaded = Signal()  # another entry (or none) is shown

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._entry: Entry | None = None
        self._guard = EditGuard(self.edited.emit, lambda: self._entry is not None)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setMaxLength(300)
        title_font = QFont(self.title_edit.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.title_edit.setFont(title_font)
        self.title_edit.setMinimumWidth(self.title_edit.fontMetrics().averageCharWidth() * 16)
        self.title_problem_label = TitleProblemLabel(self.title_edit)

        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("d MMM yyyy HH:mm")
        self.when_edit.setAccessibleName(self.tr("Date and time"))
        self.when_edit.setToolTip(self.tr("When this happened"))
        DateFieldKeys.install(self.when_edit)  # one Tab stop; "11" in the month is November

        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of entry"))
        # Narrow enough that the title keeps room beside the prompt panel.
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(12)

        self.tags_edit = TagLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags_edit.setAccessibleName(self.tr("Tags"))

        self.body = EntryBody()
        self.body_edit, self.highlighter = self.body.body_edit, self.body.highlighter
        self.preview, self.preview_button = self.body.preview, self.body.preview_button

        self.child_edit = QPlainTextEdit()
        self.child_edit.setAccessibleName(self.tr("Keeping the child in mind"))
        self.child_edit.setPlaceholderText(self.tr("In their words, as far as you can tell…"))
        self.child_edit.setTabChangesFocus(True)

        self.wellbeing = WellbeingCheckIn()
        self.wellbeing_group, self.wellbeing_buttons = self.wellbeing.group, self.wellbeing.buttons
        self.wellbeing_clear, self.wellbeing_words = self.wellbeing.clear_button, self.wellbeing.words_edit

        self.word_count_label = WordCountLabel()

        self._build_layout()
        self._connect_signals()
        self._update_word_count()
        self.setEnabled(False)

    # -- layout ----------------------------------------------------------

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title_edit, 1)
        top.addWidget(self.when_edit)
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind_combo)  # a combo box's label is read from its buddy
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo)
        tags_row = QHBoxLayout()
        tags_label = QLabel(self.tr("&Tags:"))
        tags_label.setBuddy(self.tags_edit)
        tags_row.addWidget(tags_label)
        tags_row.addWidget(self.tags_edit, 1)
        tags_row.addWidget(self.word_count_label)  # here, not on a row of its own: the height is for writing
        tags_row.addWidget(self.preview_button)
        self._tags_row = tags_row

        child_box = QGroupBox(self.tr("Keeping the child in mind"))
        self.child_box = child_box
        child_layout = QVBoxLayout(child_box)
        child_prompt = WrappedLabel(
            self.tr("What is life like for this child? What would they say about today, if they could?")
        )
        child_prompt.setTextFormat(Qt.TextFormat.PlainText)
        child_prompt.setWordWrap(True)
        self.child_edit.setAccessibleDescription(child_prompt.text())  # named by its box's title
        child_layout.addWidget(child_prompt)
        child_layout.addWidget(self.child_edit, 1)
        self._set_child_minimum()

        # The body over the child-in-mind box, the split adjustable; the
        # check-in takes only the height it needs, under both, full width.
        self.vertical_splitter = QSplitter(Qt.Orientation.Vertical)
        self.vertical_splitter.addWidget(self.body)
        self.vertical_splitter.addWidget(child_box)
        self.vertical_splitter.setStretchFactor(0, 3)
        self.vertical_splitter.setStretchFactor(1, 2)
        self.vertical_splitter.setChildrenCollapsible(False)
        self.wellbeing.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title_problem_label)
        layout.addLayout(tags_row)
        layout.addWidget(self.vertical_splitter, 1)
        layout.addWidget(self.wellbeing)

        for first, second in (
            (self.title_edit, self.when_edit),
            (self.when_edit, self.kind_combo),
            (self.kind_combo, self.tags_edit),
            (self.tags_edit, self.preview_button),
            (self.preview_button, self.body_edit),
            (self.body_edit, self.child_edit),  # never into the read-only preview
            (self.child_edit, self.wellbeing_buttons[0]),
            (self.wellbeing_buttons[-1], self.wellbeing_clear),
            (self.wellbeing_clear, self.wellbeing_words),
        ):
            QWidget.setTabOrder(first, second)

    def add_beside_tags(self, widget: QWidget) -> None:
        """A control on the tags row, before the preview button (the attachments
        button; ui/keyboard.py puts it between them in the Tab order)."""
        self._tags_row.insertWidget(self._tags_row.indexOf(self.preview_button), widget)

    def _connect_signals(self) -> None:
        """Every connection between the editor and its parts, in one place."""
        user_edit = self._on_user_edit
        self.title_edit.textEdited.connect(user_edit)
        # Return in the title goes on to the writing, as in most editors.
        self.title_edit.returnPressed.connect(self._on_title_return_pressed)
        self.when_edit.dateTimeChanged.connect(user_edit)
        self.kind_combo.currentIndexChanged.connect(user_edit)
        self.tags_edit.textEdited.connect(user_edit)
        for edit in (self.body_edit, self.child_edit):
            edit.textChanged.connect(user_edit)
            edit.textChanged.connect(self._update_word_count)
        self.wellbeing.edited.connect(user_edit)
        self.preview.link_activated.connect(self.link_activated)

    # -- state -----------------------------------------------------------

    @property
    def entry_id(self) -> int | None:
        return self._entry.id if self._entry else None

    @property
    def has_entry(self) -> bool:
        return self._entry is not None

    def set_kinds(self, kinds: list[Kind]) -> None:
        with self._guard.loading():
            current = self.kind_combo.currentData()
            self.kind_combo.clear()
            for kind in kinds:
                self.kind_combo.addItem(kind.label, kind.key)
            if current is not None:
                self._select_kind(current)

    def set_known_tags(self, tags: list[str]) -> None:
        self.tags_edit.set_known_tags(tags)

    def _select_kind(self, key: str) -> None:
        index = self.kind_combo.findData(key)
        if index < 0:
            index = self.kind_combo.findData(DEFAULT_KIND)
        self.kind_combo.setCurrentIndex(max(0, index))

    def load(self, entry: Entry) -> None:
        """Show an entry; the undo history starts afresh."""
        with self._guard.loading():
            self._entry = entry
            self.clear_title_problem()
            self.title_edit.setText(entry.title)
            when = QDateTime(
                QDate(entry.happened_on.year, entry.happened_on.month, entry.happened_on.day),
                QTime(entry.happened_at.hour, entry.happened_at.minute) if entry.happened_at else QTime(0, 0),
            )
            self.when_edit.setDateTime(when)
            self._select_kind(entry.kind)
            self.tags_edit.setText(", ".join(entry.tags))
            self.body.set_prompt_records(entry.prompt_records)
            self.body_edit.setPlainText(entry.body)
            self.child_edit.setPlainText(entry.child_in_mind)
            self.wellbeing.set_wellbeing(entry.wellbeing)
            self.setEnabled(True)
        self._update_word_count()
        self.update_preview()
        self.loaded.emit()

    def record_prompt_id(self, full_id: str) -> None:
        """Note that a prompt (``<pack id>/<prompt id>``) was used; it is
        saved with the entry in ``prompt_ids``."""
        if self._entry is not None and full_id not in self._entry.prompt_ids:
            self._entry.prompt_ids.append(full_id)
            self._on_user_edit()

    def record_prompt(self, record: PromptRecord) -> None:
        """Note a prompt inserted into the body, with its questions as
        inserted (saved as the entry's prompt record, core.answers). Its
        question lines are set apart and kept whole from now on."""
        if self._entry is None:
            return
        if record not in self._entry.prompt_records:
            self._entry.prompt_records.append(record)
            self.body.set_prompt_records(self._entry.prompt_records)
            self._update_word_count()
        self.record_prompt_id(record.full_id)

    def mark_saved(self, saved: Entry) -> None:
        """Adopt the id and times of the stored entry, keeping what is typed."""
        if self._entry is not None:
            self._entry.title = saved.title  # the title kept if a later one is refused
            self._entry.id = saved.id
            self._entry.uid = saved.uid
            self._entry.created_at = saved.created_at
            self._entry.updated_at = saved.updated_at

    @property
    def saved_title(self) -> str:
        """The title as last loaded or saved: what is stored while a typed
        title is refused."""
        return self._entry.title if self._entry is not None else ""

    def show_title_problem(self, problem: TextProblem | None) -> None:
        """Say under the title why it was not saved (everything else was), and
        select the character at fault so it can be retyped."""
        if problem is None:
            self.clear_title_problem()
        else:
            self.title_problem_label.show_problem(problem)

    def clear_title_problem(self) -> None:
        self.title_problem_label.clear_problem()

    @property
    def title_problem_shown(self) -> bool:
        return self.title_problem_label.shown

    def current_entry(self) -> Entry:
        """The entry as the form shows it now."""
        base = self._entry or Entry()
        when = self.when_edit.dateTime()
        date, time = when.date(), when.time()
        return Entry(
            id=base.id,
            uid=base.uid,
            created_at=base.created_at,
            updated_at=base.updated_at,
            deleted_at=base.deleted_at,
            prompt_ids=list(base.prompt_ids),
            prompt_records=list(base.prompt_records),
            title=self.title_edit.text(),
            happened_on=dt.date(date.year(), date.month(), date.day()),
            happened_at=dt.time(time.hour(), time.minute()),
            kind=self.kind_combo.currentData() or DEFAULT_KIND,
            tags=self.tags_edit.tags(),
            body=self.body_edit.toPlainText(),
            child_in_mind=self.child_edit.toPlainText(),
            wellbeing=self.wellbeing.wellbeing(),
        )

    def clear_all(self) -> None:
        """Forget the entry: every field, undo stack, completer and preview."""
        with self._guard.loading():
            self._entry = None
            self.clear_title_problem()
            self.title_edit.setText("")  # setText (not clear) also empties undo
            self.tags_edit.setText("")
            self.tags_edit.set_known_tags([])
            self.tags_edit.completer_popup().hide()
            self.body.clear_all()
            self.child_edit.setPlainText("")
            self.child_edit.document().clearUndoRedoStacks()
            self.wellbeing.set_wellbeing(None)
            self.when_edit.setDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)))
            self.kind_combo.clear()
            self.setEnabled(False)
        self._update_word_count()
        self.loaded.emit()

    # -- behaviour -------------------------------------------------------

    def set_editor_font(self, font: QFont) -> None:
        for widget in (self.body_edit, self.child_edit, self.preview):
            widget.setFont(font)
        self._set_child_minimum()

    def _set_child_minimum(self) -> None:
        """Room for CHILD_MIN_LINES lines of the child-in-mind text."""
        edit = self.child_edit
        frame = 2 * edit.frameWidth() + int(edit.document().documentMargin() * 2)
        edit.setMinimumHeight(QFontMetrics(edit.font()).lineSpacing() * CHILD_MIN_LINES + frame)

    def set_preview_visible(self, visible: bool) -> None:
        self.body.set_preview_visible(visible)

    def update_preview(self) -> None:
        self.body.update_preview()

    def _on_user_edit(self, *_args) -> None:
        self._guard.user_edited()  # announced only for a shown record, never during a load

    def _update_word_count(self) -> None:
        # The writer's words only: a prompt's questions are not counted.
        body = writer_text(self.body_edit.toPlainText(), self.body.prompt_records)
        self.word_count_label.show_count(body, self.child_edit.toPlainText())

    def _on_title_return_pressed(self) -> None:
        self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first_answer(self) -> None:
        """Put the cursor on the answer line of the body's first question
        (or at the start of the body) and the focus in the body."""
        edit = self.body_edit
        block = edit.document().firstBlock()
        while block.isValid() and not edit.is_question_block(block):
            block = block.next()
        if block.isValid():
            edit.go_to_answer(block)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_title(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
