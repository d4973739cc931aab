"""The right side of the journal view: the entry editor, the save-problem
banner above it, "Discussed in supervision" under it, and its autosaver.

Above the editor too: the bar of an entry in the trash (read-only until
restored), the question about a date in the future (asked once per entry
opened, without stopping autosave), and the marks of the words being
searched for (ui/search_highlight.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.errors import InvalidTitle
from ..core.models import Entry
from .announce import announce
from .autosave import Autosaver
from .editor import EntryEditor
from .entry_list import house_date
from .message_bar import MessageBar
from .messages import save_error_text
from .search_highlight import SearchMarks
from .session import JournalSession
from .supervision import DiscussedInBar


class EntryEditorPane(QWidget):
    """The entry being written, saved a moment after each change.

    ``save_status`` is shown by the window (in its status bar)."""

    saved = Signal(object, bool)  # the saved Entry, and whether it was new
    restore_requested = Signal()  # "Restore" on the bar of an entry in the trash

    def __init__(self, session: JournalSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._last_saved: tuple[object, bool] | None = None
        self.read_only = False
        self._loaded_date: dt.date | None = None
        self._date_asked = False

        self.editor = EntryEditor()
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: palette(highlight); color: palette(highlighted-text); padding: 6px; }"
        )
        self.banner.hide()
        self.save_status = QLabel()
        self.save_status.setTextFormat(Qt.TextFormat.PlainText)
        self.discussed_bar = DiscussedInBar()  # "Discussed in supervision: …" under the entry
        self.trash_bar = MessageBar(self.tr("This entry is in the trash"))
        self.date_bar = MessageBar(self.tr("Date in the future"))
        self.search_marks = SearchMarks([self.editor.body_edit, self.editor.child_edit, self.editor.preview], self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.trash_bar)
        layout.addWidget(self.date_bar)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.discussed_bar)

        self.autosaver = Autosaver(
            self._write,
            can_save=lambda: self.session.is_unlocked and self.editor.has_entry and not self.read_only,
            problem_text=save_error_text,
            show_problem=self._show_problem,
            status=self.save_status,
            parent=self,
        )
        self.editor.edited.connect(self.autosaver.edited)
        self.autosaver.saved.connect(self._on_autosaver_saved)
        self.editor.loaded.connect(self._on_editor_loaded)

    @property
    def is_dirty(self) -> bool:
        return self.autosaver.is_dirty

    def save_now(self) -> bool:
        """Save the entry being edited if it changed. False if that failed."""
        return self.autosaver.save_now()

    def _write(self) -> str | None:
        entry = self.editor.current_entry()
        was_new = entry.id is None
        refused_title = None
        try:
            saved = self.session.entries.save(entry, origin=self)
        except InvalidTitle as error:
            # Look-alike or invisible characters in the title: save the rest
            # under the title kept so far, and say why beside the title.
            refused_title = error.problem
            entry.title = self.editor.saved_title
            saved = self.session.entries.save(entry, origin=self)
        self.editor.mark_saved(saved)
        self.editor.show_title_problem(refused_title)
        self._last_saved = (saved, was_new)
        self._ask_about_a_future_date(saved)
        return self.tr("Saved, except the title") if refused_title else None

    def _on_autosaver_saved(self) -> None:
        if self._last_saved is not None:
            saved, was_new = self._last_saved
            self._last_saved = None
            self.saved.emit(saved, was_new)

    def _show_problem(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        announce(self.banner, text, assertive=True)

    # -- the entry shown ---------------------------------------------------

    def show_search(self, text: str) -> None:
        """Mark the words of the search ``text`` in the entry ("" for none)."""
        self.search_marks.set_query(text)

    def _on_editor_loaded(self) -> None:
        if self.read_only:  # nothing of an entry shown from the trash is ever saved
            self.autosaver.discard()
        entry = self.editor.current_entry() if self.editor.has_entry else None
        self._loaded_date = entry.happened_on if entry is not None else None
        self._date_asked = False
        self.date_bar.dismiss()
        self._set_read_only(entry is not None and entry.in_trash)
        self.search_marks.refresh()
        self.search_marks.reveal_first(self.editor.body_edit)  # an entry opened from the results shows a match

    def _set_read_only(self, read_only: bool) -> None:
        """An entry in the trash is shown, not edited: restore it to change it."""
        self.read_only = read_only
        editor = self.editor
        for edit in (editor.title_edit, editor.tags_edit, editor.body_edit, editor.child_edit, editor.when_edit):
            edit.setReadOnly(read_only)
        for widget in (editor.kind_combo, editor.wellbeing):
            widget.setEnabled(not read_only)
        if read_only:
            self.trash_bar.show_message(
                self.tr("This entry is in the trash. Restore it to change it."),
                [(self.tr("Restore"), self.restore_requested.emit)],
            )
        else:
            self.trash_bar.dismiss()

    def _ask_about_a_future_date(self, saved: Entry) -> None:
        """Once per entry opened: a date after today that was not the entry's
        date when it was opened asks whether it is meant (it is saved
        meanwhile; nothing waits for the answer)."""
        if self._date_asked or saved.happened_on <= dt.date.today() or saved.happened_on == self._loaded_date:
            return
        self._date_asked = True
        self.date_bar.show_message(
            self.tr("This entry is dated %1, in the future. Keep that date?").replace(
                "%1", house_date(saved.happened_on)
            ),
            [(self.tr("Keep the date"), self.date_bar.dismiss), (self.tr("Change it"), self._change_the_date)],
        )

    def _change_the_date(self) -> None:
        self.date_bar.dismiss()
        self._date_asked = False  # a new date after today asks again
        self.editor.when_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.when_edit.setSelectedSection(self.editor.when_edit.Section.DaySection)

    def clear(self) -> None:
        """Leave nothing of the entry in the editor, its undo stack or the banner."""
        self.autosaver.discard()
        self.editor.clear_all()
        self.banner.setText("")
        self.banner.hide()
        self.save_status.setText("")
        self.trash_bar.dismiss()
        self.date_bar.dismiss()
        self.search_marks.set_query("")
