"""Journal → Change passphrase…: the current passphrase, the new one twice
and its strength. The change runs on the runner through the session (the
core's change, the command line's too: exactly one passphrase works
whatever happens), with a busy bar while the keys are derived."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import JournalError, WrongPassphrase
from .messages import error_text
from .passphrase_fields import (
    CapsLockNote,
    MatchNote,
    MessageNote,
    PassphraseEdit,
    StrengthMeter,
    add_new_passphrase_rows,
)
from .prompter import Prompter
from .session import JournalSession


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: JournalSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self._session = session
        self._busy = False
        self.backup_folder: Path | None = None
        self.current_edit = PassphraseEdit()
        self.new_edit = PassphraseEdit()
        self.repeat_edit = PassphraseEdit()
        self.caps_note = CapsLockNote(self.current_edit, self.new_edit, self.repeat_edit)
        self.match_note = MatchNote(self.new_edit, self.repeat_edit)
        self.strength = StrengthMeter()
        self.intro = QLabel(
            self.tr(
                "Your journal will open only with the new passphrase. Nobody can recover it if it is forgotten: "
                "choose a few unrelated words you will remember."
            )
        )
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no steps to count: the keys take a few seconds
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Changing the passphrase"))
        keep = self.busy_bar.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # its room is kept: nothing moves when it shows
        self.busy_bar.setSizePolicy(keep)
        self.busy_bar.hide()
        self.note = MessageNote()
        self.buttons = QDialogButtonBox()
        self.change_button = QPushButton(self.tr("C&hange passphrase"))
        self.change_button.setDefault(True)
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.current_edit)
        form.addRow(self.tr("&New passphrase:"), self.new_edit)
        form.addRow(self.tr("New passphrase &again:"), self.repeat_edit)
        add_new_passphrase_rows(form, self.match_note, self.caps_note, self.strength)
        self.strength.bar.setAccessibleName(self.tr("New passphrase strength"))
        form.addRow("", self.strength.advice_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

        self.new_edit.textChanged.connect(self.strength.update_for)
        self.change_button.clicked.connect(self.start_change)
        self.cancel_button.clicked.connect(self.reject)
        session.locked.connect(self._on_session_locked)

    # -- the change ----------------------------------------------------------

    def problem(self) -> str | None:
        """Why the typed passphrases cannot be used yet, or None."""
        old, new, again = self.current_edit.text(), self.new_edit.text(), self.repeat_edit.text()
        if not old:
            return self.tr("Type your current passphrase.")
        if not new:
            return self.tr("Type a new passphrase.")
        verdict = self.strength.update_for(new)
        if not verdict.acceptable:
            return self.tr("The new passphrase is too weak: %1").replace("%1", verdict.describe(self.strength.names()))
        if new != again:
            self.match_note.judge()
            return self.tr("Type the new passphrase again, the same both times.")
        if new == old:
            return self.tr("The new passphrase is the same as the current one.")
        return None

    def start_change(self) -> None:
        if self._busy:
            return
        problem = self.problem()
        if problem is not None:
            self.show_error(problem)
            return
        self._set_busy(True)
        try:
            self._session.change_passphrase(
                self.current_edit.text(),
                self.new_edit.text(),
                on_done=self._on_changed,
                on_error=self._on_change_failed,
            )
        except JournalError as error:
            self._on_change_failed(error)

    def _on_changed(self, backup_folder: Path) -> None:
        if not shiboken6.isValid(self):
            return
        self.backup_folder = backup_folder
        self._set_busy(False)
        self.clear_all()
        super().accept()

    def _on_change_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            self.current_edit.setText("")
            self.current_edit.setFocus()
            self.show_error(self.tr("The current passphrase is not correct. Nothing was changed."))
        elif isinstance(error, JournalError | OSError):
            self.show_error(error_text(error))
        else:
            raise error

    def show_error(self, message: str) -> None:
        """Every error of this dialog is shown (and announced) here."""
        self.note.show_error(message)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.current_edit, self.new_edit, self.repeat_edit, self.change_button, self.cancel_button):
            widget.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self.note.show_info(
                self.tr("Changing the passphrase… This takes a few seconds; the journal is not changed until it ends.")
            )
        elif not self.note.is_error:
            self.note.clear()

    @property
    def busy(self) -> bool:
        return self._busy

    def clear_all(self) -> None:
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.reset()
        self.match_note.reset()

    # -- closing ---------------------------------------------------------------

    def reject(self) -> None:
        """Escape and Cancel wait while the change runs: it cannot be stopped half way."""
        if not self._busy:
            self.clear_all()
            super().reject()

    def _on_session_locked(self, _reason: str) -> None:
        """Locking closes the dialog, except while a change runs: the lock
        waits for it, and its result (changed or not) is still said, over
        the unlock screen, since which passphrase now works matters."""
        if shiboken6.isValid(self) and self.isVisible() and not self._busy:
            self.clear_all()
            super().reject()

    @classmethod
    def change(cls, parent: QWidget | None, session: JournalSession, prompter: Prompter) -> bool:
        """Show the dialog; True once the passphrase has been changed (and said so)."""
        dialog = cls(session, parent)
        try:
            if not prompter.run_dialog(dialog) or dialog.backup_folder is None:
                return False
            prompter.inform(
                parent,
                dialog.tr("Passphrase changed"),
                dialog.tr(
                    "The journal now opens with the new passphrase only. A backup taken just before the change is "
                    "in %1; it still opens with the OLD passphrase. Delete it if anyone else may know the old one."
                ).replace("%1", str(dialog.backup_folder)),
            )
            return True
        finally:
            session.locked.disconnect(dialog._on_session_locked)
            dialog.clear_all()
            dialog.deleteLater()
