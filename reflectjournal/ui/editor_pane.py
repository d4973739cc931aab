"""The right side of the journal view: the entry editor, the save-problem
banner above it, "Discussed in supervision" under it, and its autosaver."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.errors import InvalidTitle
from .announce import announce
from .autosave import Autosaver
from .editor import EntryEditor
from .messages import save_error_text
from .session import JournalSession
from .supervision import DiscussedInBar


class EntryEditorPane(QWidget):
    """The entry being written, saved a moment after each change.

    ``save_status`` is shown by the window (in its status bar)."""

    saved = Signal(object, bool)  # the saved Entry, and whether it was new

    def __init__(self, session: JournalSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._last_saved: tuple[object, bool] | None = None

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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.discussed_bar)

        self.autosaver = Autosaver(
            self._write,
            can_save=lambda: self.session.is_unlocked and self.editor.has_entry,
            problem_text=save_error_text,
            show_problem=self._show_problem,
            status=self.save_status,
            parent=self,
        )
        self.editor.edited.connect(self.autosaver.edited)
        self.autosaver.saved.connect(self._on_autosaver_saved)

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

    def clear(self) -> None:
        """Leave nothing of the entry in the editor, its undo stack or the banner."""
        self.autosaver.discard()
        self.editor.clear_all()
        self.banner.setText("")
        self.banner.hide()
        self.save_status.setText("")
