"""The entry editor: title, when, kind, tags, Markdown body with preview,
the "keeping the child in mind" section and the wellbeing check-in."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from PySide6.QtCore import QDate, QDateTime, QStringListModel, Qt, QTime, QTimer, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.models import DEFAULT_KIND, Entry, Kind, Wellbeing
from ..core.unicode_safety import TextProblem, title_problem
from .highlighter import MarkdownHighlighter
from .preview import SafeTextBrowser

_WORD = re.compile(r"\w+(?:['’]\w+)*")


def count_words(*texts: str) -> int:
    return sum(len(_WORD.findall(text)) for text in texts)


class TagLineEdit(QLineEdit):
    """Comma-separated tags; the completer offers tags already in use for
    the word being typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tag_model = QStringListModel(self)
        self._completer = QCompleter(self.tag_model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert_completion)
        self.textEdited.connect(self._update_prefix)

    def completer_popup(self):
        return self._completer.popup()

    def set_known_tags(self, tags: list[str]) -> None:
        self.tag_model.setStringList(tags)

    def tags(self) -> list[str]:
        return [t.strip() for t in self.text().split(",") if t.strip()]

    def _update_prefix(self, text: str) -> None:
        prefix = text[: self.cursorPosition()].split(",")[-1].strip()
        if not prefix:
            self._completer.popup().hide()
            return
        self._completer.setCompletionPrefix(prefix)
        if self._completer.completionCount():
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _insert_completion(self, completion: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        self.setText(f"{head}{completion}, {after.lstrip(', ')}".rstrip())
        # setText forgets undo; that is fine for a tag list.
        self.textEdited.emit(self.text())


class EntryEditor(QWidget):
    """Edits one entry. ``edited`` fires on every change the user makes."""

    edited = Signal()
    link_activated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self._entry: Entry | None = None

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setMaxLength(300)
        title_font = QFont(self.title_edit.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.title_edit.setFont(title_font)

        # Why the title was not saved (look-alike letters, invisible characters):
        # shown under the title, plain text, until a save takes the title.
        self.title_problem_label = QLabel()
        self.title_problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_problem_label.setWordWrap(True)
        self.title_problem_label.setStyleSheet(
            "QLabel { color: palette(highlighted-text); background: palette(highlight); padding: 4px; }"
        )
        self.title_problem_label.hide()

        self.when_edit = QDateTimeEdit()
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("d MMM yyyy HH:mm")
        self.when_edit.setAccessibleName(self.tr("Date and time"))
        self.when_edit.setToolTip(self.tr("When this happened"))

        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of entry"))

        self.tags_edit = TagLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags_edit.setAccessibleName(self.tr("Tags"))

        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Reflection"))
        self.body_edit.setPlaceholderText(self.tr("What happened? What did you notice, think and feel? (Markdown)"))
        self.body_edit.setTabChangesFocus(True)
        self.highlighter = MarkdownHighlighter(self.body_edit.document())

        self.preview = SafeTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setChecked(True)
        self.preview_button.setAccessibleName(self.tr("Show the preview"))
        self.preview_button.setToolTip(self.tr("Show the rendered text beside the editor"))

        self.child_edit = QPlainTextEdit()
        self.child_edit.setAccessibleName(self.tr("Keeping the child in mind"))
        self.child_edit.setPlaceholderText(self.tr("In their words, as far as you can tell…"))
        self.child_edit.setTabChangesFocus(True)

        self.wellbeing_group = QButtonGroup(self)
        self.wellbeing_buttons: list[QRadioButton] = []
        labels = (self.tr("1 Struggling"), self.tr("2"), self.tr("3 OK"), self.tr("4"), self.tr("5 Well"))
        for score, label in enumerate(labels, start=1):
            button = QRadioButton(label)
            button.setAccessibleName(self.tr("Wellbeing %n of 5", "", score))
            self.wellbeing_group.addButton(button, score)
            self.wellbeing_buttons.append(button)
        self.wellbeing_clear = QPushButton(self.tr("Not now"))
        self.wellbeing_clear.setAccessibleName(self.tr("Clear the wellbeing check-in"))
        self.wellbeing_words = QLineEdit()
        self.wellbeing_words.setPlaceholderText(self.tr("In a few words, how are you?"))
        self.wellbeing_words.setAccessibleName(self.tr("How you are, in a few words"))
        self.wellbeing_words.setEnabled(False)

        self.word_count_label = QLabel()
        self.word_count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.word_count_label.setAccessibleName(self.tr("Word count"))

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)

        self._build_layout()
        self._connect_signals()
        self._update_word_count()
        self.setEnabled(False)

    # -- layout ----------------------------------------------------------

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title_edit, 1)
        top.addWidget(self.when_edit)
        top.addWidget(self.kind_combo)
        tags_row = QHBoxLayout()
        tags_label = QLabel(self.tr("&Tags:"))
        tags_label.setBuddy(self.tags_edit)
        tags_row.addWidget(tags_label)
        tags_row.addWidget(self.tags_edit, 1)
        tags_row.addWidget(self.preview_button)

        self.body_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.body_splitter.addWidget(self.body_edit)
        self.body_splitter.addWidget(self.preview)
        self.body_splitter.setChildrenCollapsible(False)

        child_box = QGroupBox(self.tr("Keeping the child in mind"))
        child_layout = QVBoxLayout(child_box)
        child_prompt = QLabel(
            self.tr("What is life like for this child? What would they say about today, if they could?")
        )
        child_prompt.setTextFormat(Qt.TextFormat.PlainText)
        child_prompt.setWordWrap(True)
        child_prompt.setBuddy(self.child_edit)
        child_layout.addWidget(child_prompt)
        child_layout.addWidget(self.child_edit)

        wellbeing_box = QGroupBox(self.tr("How are you after this?"))
        wb_layout = QVBoxLayout(wellbeing_box)
        scores = QHBoxLayout()
        for button in self.wellbeing_buttons:
            scores.addWidget(button)
        scores.addStretch(1)
        scores.addWidget(self.wellbeing_clear)
        wb_layout.addLayout(scores)
        words_form = QFormLayout()
        words_form.addRow(self.wellbeing_words)
        wb_layout.addLayout(words_form)
        wb_layout.addStretch(1)

        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(child_box, 3)
        lower_layout.addWidget(wellbeing_box, 2)

        self.vertical_splitter = QSplitter(Qt.Orientation.Vertical)
        self.vertical_splitter.addWidget(self.body_splitter)
        self.vertical_splitter.addWidget(lower)
        self.vertical_splitter.setStretchFactor(0, 3)
        self.vertical_splitter.setStretchFactor(1, 1)
        self.vertical_splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title_problem_label)
        layout.addLayout(tags_row)
        layout.addWidget(self.vertical_splitter, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.word_count_label)
        layout.addLayout(bottom)
        self.word_count_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        for first, second in (
            (self.title_edit, self.when_edit),
            (self.when_edit, self.kind_combo),
            (self.kind_combo, self.tags_edit),
            (self.tags_edit, self.preview_button),
            (self.preview_button, self.body_edit),
            (self.body_edit, self.preview),
            (self.preview, self.child_edit),
            (self.child_edit, self.wellbeing_buttons[0]),
            (self.wellbeing_buttons[-1], self.wellbeing_clear),
            (self.wellbeing_clear, self.wellbeing_words),
        ):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.title_edit.textEdited.connect(self._on_user_edit)
        # Return in the title goes on to the writing, as in most editors.
        self.title_edit.returnPressed.connect(self._on_title_return_pressed)
        self.when_edit.dateTimeChanged.connect(self._on_user_edit)
        self.kind_combo.currentIndexChanged.connect(self._on_user_edit)
        self.tags_edit.textEdited.connect(self._on_user_edit)
        self.body_edit.textChanged.connect(self._on_user_edit)
        self.body_edit.textChanged.connect(self._preview_timer.start)
        self.body_edit.textChanged.connect(self._update_word_count)
        self.child_edit.textChanged.connect(self._on_user_edit)
        self.child_edit.textChanged.connect(self._update_word_count)
        self.wellbeing_group.idClicked.connect(self._on_wellbeing_clicked)
        self.wellbeing_clear.clicked.connect(self._on_wellbeing_cleared)
        self.wellbeing_words.textEdited.connect(self._on_user_edit)
        self.preview_button.toggled.connect(self.set_preview_visible)
        self._preview_timer.timeout.connect(self.update_preview)
        self.preview.link_activated.connect(self.link_activated)

    # -- state -----------------------------------------------------------

    @property
    def entry_id(self) -> int | None:
        return self._entry.id if self._entry else None

    @property
    def has_entry(self) -> bool:
        return self._entry is not None

    def set_kinds(self, kinds: list[Kind]) -> None:
        self._loading = True
        try:
            current = self.kind_combo.currentData()
            self.kind_combo.clear()
            for kind in kinds:
                self.kind_combo.addItem(kind.label, kind.key)
            if current is not None:
                self._select_kind(current)
        finally:
            self._loading = False

    def set_known_tags(self, tags: list[str]) -> None:
        self.tags_edit.set_known_tags(tags)

    def _select_kind(self, key: str) -> None:
        index = self.kind_combo.findData(key)
        if index < 0:
            index = self.kind_combo.findData(DEFAULT_KIND)
        self.kind_combo.setCurrentIndex(max(0, index))

    def load(self, entry: Entry) -> None:
        """Show an entry; the undo history starts afresh."""
        self._loading = True
        try:
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
            self.body_edit.setPlainText(entry.body)
            self.child_edit.setPlainText(entry.child_in_mind)
            self._set_wellbeing(entry.wellbeing)
            self.setEnabled(True)
        finally:
            self._loading = False
        self._update_word_count()
        self.update_preview()

    def record_prompt_id(self, full_id: str) -> None:
        """Note that a prompt (``<pack id>/<prompt id>``) was used; it is
        saved with the entry in ``prompt_ids``."""
        if self._entry is not None and full_id not in self._entry.prompt_ids:
            self._entry.prompt_ids.append(full_id)
            self._on_user_edit()

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
            return
        if problem.kind == "mixed_script" and problem.word:
            text = (
                self.tr(
                    "The title mixes letters from different alphabets in one word (“%1” has the %2 letter “%3” "
                    "among %4 letters). Retype it using one alphabet."
                )
                .replace("%1", problem.word)
                .replace("%2", problem.script)
                .replace("%3", problem.char)
                .replace("%4", problem.main_script)
            )
        else:
            text = problem.sentence("title")
        self.title_problem_label.setText(
            text + " " + self.tr("Everything else is saved; the title is saved once it is corrected.")
        )
        self.title_problem_label.show()
        typed = self.title_edit.text()
        found = title_problem(unicodedata.normalize("NFC", typed)) if unicodedata.is_normalized("NFC", typed) else None
        if found is not None:
            start = len(typed[: found.position].encode("utf-16-le")) // 2  # Qt counts UTF-16 units
            length = len(found.char.encode("utf-16-le")) // 2
            self.title_edit.setSelection(start, length)

    def clear_title_problem(self) -> None:
        self.title_problem_label.hide()
        self.title_problem_label.setText("")

    @property
    def title_problem_shown(self) -> bool:
        return not self.title_problem_label.isHidden()

    def current_entry(self) -> Entry:
        """The entry as the form shows it now."""
        base = self._entry or Entry()
        when = self.when_edit.dateTime()
        date, time = when.date(), when.time()
        score = self.wellbeing_group.checkedId()
        return Entry(
            id=base.id,
            uid=base.uid,
            created_at=base.created_at,
            updated_at=base.updated_at,
            deleted_at=base.deleted_at,
            prompt_ids=list(base.prompt_ids),
            title=self.title_edit.text(),
            happened_on=dt.date(date.year(), date.month(), date.day()),
            happened_at=dt.time(time.hour(), time.minute()),
            kind=self.kind_combo.currentData() or DEFAULT_KIND,
            tags=self.tags_edit.tags(),
            body=self.body_edit.toPlainText(),
            child_in_mind=self.child_edit.toPlainText(),
            wellbeing=Wellbeing(score, self.wellbeing_words.text()) if 1 <= score <= 5 else None,
        )

    def clear_all(self) -> None:
        """Forget the entry: every field, undo stack, completer and preview."""
        self._loading = True
        try:
            self._preview_timer.stop()
            self._entry = None
            self.clear_title_problem()
            self.title_edit.setText("")  # setText (not clear) also empties undo
            self.tags_edit.setText("")
            self.tags_edit.set_known_tags([])
            self.tags_edit.completer_popup().hide()
            self.wellbeing_words.setText("")
            for edit in (self.body_edit, self.child_edit):
                edit.setPlainText("")
                edit.document().clearUndoRedoStacks()
            self.preview.clear_all()
            self._set_wellbeing(None)
            self.when_edit.setDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)))
            self.kind_combo.clear()
            self.setEnabled(False)
        finally:
            self._loading = False
        self._update_word_count()

    # -- behaviour -------------------------------------------------------

    def set_editor_font(self, font: QFont) -> None:
        for widget in (self.body_edit, self.child_edit, self.preview):
            widget.setFont(font)

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        if self.preview_button.isChecked() != visible:
            self.preview_button.setChecked(visible)
        if visible:
            self.update_preview()

    def update_preview(self) -> None:
        if self.preview.isVisibleTo(self) or not self.isVisible():
            self.preview.show_markdown(self.body_edit.toPlainText())

    def _set_wellbeing(self, wellbeing: Wellbeing | None) -> None:
        self.wellbeing_group.setExclusive(False)
        for button in self.wellbeing_buttons:
            button.setChecked(False)
        self.wellbeing_group.setExclusive(True)
        if wellbeing is not None and 1 <= wellbeing.score <= 5:
            self.wellbeing_buttons[wellbeing.score - 1].setChecked(True)
            self.wellbeing_words.setText(wellbeing.words)
        else:
            self.wellbeing_words.setText("")
        self.wellbeing_words.setEnabled(wellbeing is not None)

    def _on_wellbeing_clicked(self, _score: int) -> None:
        self.wellbeing_words.setEnabled(True)
        self._on_user_edit()

    def _on_wellbeing_cleared(self) -> None:
        had = self.wellbeing_group.checkedId() > 0
        self._set_wellbeing(None)
        if had:
            self._on_user_edit()

    def _on_user_edit(self, *_args) -> None:
        if not self._loading and self._entry is not None:
            self.edited.emit()

    def _update_word_count(self) -> None:
        words = count_words(self.body_edit.toPlainText(), self.child_edit.toPlainText())
        self.word_count_label.setText(self.tr("1 word") if words == 1 else self.tr("%n words", "", words))

    def _on_title_return_pressed(self) -> None:
        self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_title(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
