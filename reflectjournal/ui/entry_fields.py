"""Form fields of the entry editor that do more than a plain Qt widget: the
tags line with its completer, the note under the title saying why a title
was refused, and the wellbeing check-in."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Wellbeing
from ..core.unicode_safety import TextProblem, title_problem


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


class TitleProblemLabel(QLabel):
    """Why the title was not saved (look-alike letters, invisible
    characters): shown under the title, plain text, until a save takes the
    title."""

    def __init__(self, title_edit: QLineEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self._title_edit = title_edit
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { color: palette(highlighted-text); background: palette(highlight); padding: 4px; }")
        self.hide()

    def show_problem(self, problem: TextProblem) -> None:
        """Say why the title was not saved (everything else was), and select
        the character at fault in the title so it can be retyped."""
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
        self.setText(text + " " + self.tr("Everything else is saved; the title is saved once it is corrected."))
        self.show()
        typed = self._title_edit.text()
        found = title_problem(unicodedata.normalize("NFC", typed)) if unicodedata.is_normalized("NFC", typed) else None
        if found is not None:
            start = len(typed[: found.position].encode("utf-16-le")) // 2  # Qt counts UTF-16 units
            length = len(found.char.encode("utf-16-le")) // 2
            self._title_edit.setSelection(start, length)

    def clear_problem(self) -> None:
        self.hide()
        self.setText("")

    @property
    def shown(self) -> bool:
        return not self.isHidden()


# A check-in at or below this score offers the support the user listed in Settings.
SIGNPOST_AT_OR_BELOW = 2


class SupportNote(QFrame):
    """The support the user listed in Settings, offered gently under the
    check-in after a low score: a few lines and a Close button. It never
    takes the focus and nothing in it is sent anywhere."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text_label = QLabel()
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the support list"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def offer(self, lines: list[str]) -> None:
        if lines:
            text = (
                self.tr("That sounds like a hard one. If it would help, you listed:")
                + "\n"
                + "\n".join("• " + line for line in lines)
            )
        else:
            text = self.tr(
                "That sounds like a hard one. Talking to someone can help: your manager, a colleague, or "
                "Samaritans on 116 123 (free, any time). You can list your own support in Settings."
            )
        self.text_label.setText(text)
        self.show()
        self._fit_text()
        self._announce(text)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        """Ask for the wrapped text's whole height, so the form makes room
        instead of cutting the list off."""
        width = self.text_label.width()
        if width > 0:
            self.text_label.setMinimumHeight(max(0, self.text_label.heightForWidth(width)))

    def _announce(self, text: str) -> None:
        try:
            from . import announce  # type: ignore[attr-defined]  # ui/announce.py, when it lands
        except ImportError:
            return
        say = getattr(announce, "announce", None)
        if callable(say):
            say(self.text_label, text)


class WellbeingCheckIn(QGroupBox):
    """The check-in "How are you after this?": a score from 1 to 5 and a few words, or
    nothing. ``edited`` fires on every change the user makes.

    A low score (1 or 2) offers, once per entry and without a dialog, the
    support listed in Settings (:meth:`set_support`). An entry that was
    already low when loaded was offered it when it was set."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("How are you after this?"))
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        labels = (self.tr("1 Struggling"), self.tr("2"), self.tr("3 OK"), self.tr("4"), self.tr("5 Well"))
        for score, label in enumerate(labels, start=1):
            button = QRadioButton(label)
            button.setAccessibleDescription(self.tr("Wellbeing %n of 5", "", score))
            self.group.addButton(button, score)
            self.buttons.append(button)
        self.clear_button = QPushButton(self.tr("Not now"))
        self.clear_button.setAccessibleDescription(self.tr("Clear the wellbeing check-in"))
        self.words_edit = QLineEdit()
        self.words_edit.setPlaceholderText(self.tr("In a few words, how are you?"))
        self.words_edit.setAccessibleName(self.tr("How you are, in a few words"))
        self.words_edit.setEnabled(False)
        self.support_note = SupportNote()
        self._support: list[str] = []
        self._offer_support = True
        self._offered = False  # for the entry shown

        layout = QVBoxLayout(self)
        scores = QHBoxLayout()
        for button in self.buttons:
            scores.addWidget(button)
        scores.addStretch(1)
        layout.addLayout(scores)
        layout.addWidget(self.support_note)
        words_row = QHBoxLayout()  # "Not now" here, not beside the scores: the editor fits a small screen
        words_row.addWidget(self.words_edit, 1)
        words_row.addWidget(self.clear_button)
        layout.addLayout(words_row)
        layout.addStretch(1)

        self.group.idClicked.connect(self._on_group_id_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.words_edit.textEdited.connect(self.edited)

    def set_support(self, text: str, offer: bool = True) -> None:
        """The support list from Settings (one per line), and whether to offer it."""
        self._support = [line.strip() for line in text.splitlines() if line.strip()]
        self._offer_support = offer
        if not offer:
            self.support_note.hide()

    def wellbeing(self) -> Wellbeing | None:
        score = self.group.checkedId()
        return Wellbeing(score, self.words_edit.text()) if 1 <= score <= 5 else None

    def set_wellbeing(self, wellbeing: Wellbeing | None) -> None:
        """Show an entry's check-in (a new entry: None); the support offer starts afresh."""
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self.group.setExclusive(True)
        if wellbeing is not None and 1 <= wellbeing.score <= 5:
            self.buttons[wellbeing.score - 1].setChecked(True)
            self.words_edit.setText(wellbeing.words)
        else:
            self.words_edit.setText("")
        self.words_edit.setEnabled(wellbeing is not None)
        self.support_note.hide()
        self._offered = wellbeing is not None and wellbeing.score <= SIGNPOST_AT_OR_BELOW

    def _on_group_id_clicked(self, score: int) -> None:
        self.words_edit.setEnabled(True)
        if score <= SIGNPOST_AT_OR_BELOW and self._offer_support and not self._offered:
            self._offered = True
            self.support_note.offer(self._support)
        self.edited.emit()

    def _on_clear_button_clicked(self) -> None:
        had = self.group.checkedId() > 0
        offered, shown = self._offered, self.support_note.isVisibleTo(self)
        self.set_wellbeing(None)
        self._offered = offered  # cleared and set low again: not offered twice
        self.support_note.setVisible(shown)
        if had:
            self.edited.emit()
