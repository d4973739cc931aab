"""Keyboard use of the windows (issue 11, item 9): one Tab order per window,
date fields that are one Tab stop each, and Enter that accepts in every dialog.

- :func:`chain_tab_order` sets a Tab order from a list, in one place per window.
- :class:`DateFieldKeys` makes Tab leave a date or date-time field instead of
  stepping through its day, month, year, hour and minute (Qt's default, five
  Tab stops in "2 Dec 2026 14:30", and a trap while a field shows "Any date").
  Left and Right still move between the parts, Up and Down still change them.
  In a month shown as a word ("Dec"), digits pick the month: "1" then "1" is
  November. The house format ("2 Dec 2026") stays what is shown and what a
  screen reader reads; "Nov" typed as a word works too, as it always did.
- :class:`EscapeCloses` makes Escape that no field used close a tool window
  (a QMainWindow such as Supervision), as it closes a dialog.
- :func:`make_default` makes a button the one Enter presses. ``setDefault``
  called before the button is inside its dialog is forgotten when the dialog
  is shown, and Qt then makes the first button in the Tab order, often
  Cancel, the default: Enter cancelled "New entry from prompt" that way.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QButtonGroup, QDateTimeEdit, QDialog, QPushButton, QWidget

_TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def chain_tab_order(widgets: Iterable[QWidget | None]) -> None:
    """Tab goes from each widget to the next, in the order given (None skipped)."""
    present = [widget for widget in widgets if widget is not None]
    for first, second in zip(present, present[1:], strict=False):
        QWidget.setTabOrder(first, second)


def make_default(dialog: QDialog, button: QPushButton | None) -> None:
    """Make ``button`` the one Enter presses in ``dialog``; call it once the
    button is inside the dialog (after the layout is built). A button with the
    keyboard focus still takes Enter for itself, as everywhere in Qt."""
    if button is None:
        return
    assert button.window() is dialog, "make_default: the button is not inside the dialog yet"
    button.setAutoDefault(True)
    button.setDefault(True)


class DateFieldKeys(QObject):
    """Tab and Shift+Tab leave a date field; digits set a month shown as a word."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._typed = ""  # the digits typed so far into a month section

    @classmethod
    def install(cls, *edits: QDateTimeEdit) -> DateFieldKeys:
        """One filter for these fields, owned by the first of them."""
        keys = cls(edits[0])
        for edit in edits:
            edit.installEventFilter(keys)
        return keys

    @classmethod
    def install_under(cls, root: QWidget) -> DateFieldKeys | None:
        """The same for every date and date-time field inside ``root``."""
        edits = root.findChildren(QDateTimeEdit)
        return cls.install(*edits) if edits else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(watched, QDateTimeEdit):
            return False
        if event.type() == QEvent.Type.FocusOut:
            self._typed = ""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in _TAB_KEYS and not modifiers & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            self._typed = ""
            return self._leave(watched, event)
        if (
            self._is_word_month(watched)
            and len(event.text()) == 1
            and event.text().isdecimal()
            and not modifiers & ~Qt.KeyboardModifier.ShiftModifier
        ):
            self._type_month_digit(watched, event.text())
            return True
        self._typed = ""
        return False

    @staticmethod
    def _leave(edit: QDateTimeEdit, event: QKeyEvent) -> bool:
        """Hand the Tab to the window: Qt moves the focus to the next (or
        previous) field of the window's Tab order, as for any other field."""
        window = edit.window()
        if window is edit:
            return False
        forwarded = QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), event.text())
        QApplication.sendEvent(window, forwarded)
        return True

    @staticmethod
    def _is_word_month(edit: QDateTimeEdit) -> bool:
        return edit.currentSection() == QDateTimeEdit.Section.MonthSection and "MMM" in edit.displayFormat()

    def _type_month_digit(self, edit: QDateTimeEdit, digit: str) -> None:
        typed = self._typed + digit
        if not 1 <= int(typed) <= 12:
            typed = digit
        if int(typed) == 0:  # "0" waits for the second digit ("05" is May)
            self._typed = "0"
            return
        month = int(typed)
        self._typed = typed if len(typed) == 1 and month * 10 <= 12 else ""
        date = edit.date()
        day = min(date.day(), QDate(date.year(), month, 1).daysInMonth())
        wanted = QDate(date.year(), month, day)
        if edit.minimumDate() <= wanted <= edit.maximumDate():
            edit.setDate(wanted)
        edit.setSelectedSection(QDateTimeEdit.Section.MonthSection)


def set_up_main_window(window) -> None:
    """The main window's Tab order: search, filters, list, then the entry from
    its title to the wellbeing check-in; and its date filters one Tab stop each."""
    pane, editor = window.list_pane, window.editor
    chain_tab_order(
        [
            pane.search_edit, pane.kind_filter, pane.tag_filter, pane.from_filter, pane.to_filter, pane.calendar_button,
            pane.trash_check, pane.clear_filters_button, pane.entry_view, pane.results_view,
            editor.title_edit, editor.when_edit, editor.kind_combo, editor.tags_edit,
            window.attachments.button, window.evidence.entry_button, editor.preview_button,
            editor.body_edit, editor.child_edit, *editor.wellbeing_buttons,
            editor.wellbeing_clear, editor.wellbeing_words,
        ]
    )  # fmt: skip
    DateFieldKeys.install(pane.from_filter, pane.to_filter)
    tab_to_checked_button(editor.wellbeing_group)


def tab_to_checked_button(group: QButtonGroup) -> None:
    """Tab into a group of radio buttons lands on the chosen one (the first if
    none is), and the arrow keys move between them. Qt's own rule is the one
    that last had the focus, which after a load or a click is often another."""

    def follow(*_args) -> None:
        buttons = group.buttons()
        if not buttons:
            return
        stop = group.checkedButton() or buttons[0]
        for button in buttons:
            policy = button.focusPolicy()
            if button is stop:
                button.setFocusPolicy(policy | Qt.FocusPolicy.TabFocus)
            else:
                button.setFocusPolicy(Qt.FocusPolicy(policy.value & ~Qt.FocusPolicy.TabFocus.value))

    group.buttonToggled.connect(follow)
    follow()


class EscapeCloses:
    """Mixin for a QMainWindow used as a tool window: Escape that no field,
    list or open editor used closes it, as in a dialog (its closeEvent saves
    first). List it before the Qt class: ``class W(EscapeCloses, QMainWindow)``."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.close()  # type: ignore[attr-defined]
            return
        super().keyPressEvent(event)  # type: ignore[misc]
