"""The one autosaver every editor window uses (the entry editor and the
supervision window): a change starts a short timer, the timer or a caller
saves, and a failed save keeps the text in the editor and says why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from ..core.errors import JournalError
from .announce import show_and_announce

AUTOSAVE_MS = 1500  # saved within 2 s of the last keystroke


class Autosaver(QObject):
    """Owns an editor's dirty state and autosave timer.

    ``write`` saves the editor's work and returns the status to show (None:
    "Saved"); it raises a ``JournalError`` when the save failed, which
    ``problem_text`` turns into words for ``show_problem`` (the window's
    banner; "" hides it). ``can_save`` says whether there is anything to save
    into (the journal is open and the editor holds something). ``saved`` is
    emitted last, once the status and banner say so.
    """

    saved = Signal()

    def __init__(
        self,
        write: Callable[[], str | None],
        *,
        can_save: Callable[[], bool],
        problem_text: Callable[[JournalError], str],
        show_problem: Callable[[str], None],
        status: QLabel,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._write = write
        self._can_save = can_save
        self._problem_text = problem_text
        self._show_problem = show_problem
        self._status = status
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def edited(self) -> None:
        """The editor changed: save a moment after the last change."""
        self._dirty = True
        self._status.setText(self.tr("Saving…"))
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def discard(self) -> None:
        """Forget unsaved changes (the work was deleted, or closing lost it)."""
        self.timer.stop()
        self._dirty = False

    def save_now(self) -> bool:
        """Save if anything changed. False if that failed."""
        self.timer.stop()
        if not self._dirty or not self._can_save():
            return True
        try:
            status = self._write()
        except JournalError as error:
            self._show_problem(self._problem_text(error))
            show_and_announce(self._status, self.tr("Not saved"), assertive=True)
            return False
        self._dirty = False
        self._show_problem("")
        show_and_announce(self._status, status or self.tr("Saved"))
        self.saved.emit()
        return True
