"""The one seam for message boxes, file pickers and opening links.

Everything modal goes through a :class:`Prompter`. Tests replace it with a
:class:`ScriptedPrompter` that answers from a queue, so no test can hang
on a modal loop.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


def forget_file_dialog_history() -> None:
    """Remove the folders Qt's own file dialog remembers in QtProject.conf.

    Visited folder names (a client's surname, say) must not stay on disk.
    """
    qt_settings = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")
    qt_settings.remove("FileDialog")
    qt_settings.sync()


class Prompter:
    """Real dialogs. Every text is shown as plain text."""

    def _box(self, parent: QWidget | None, icon, title: str, text: str, buttons, default) -> QMessageBox.StandardButton:
        box = QMessageBox(icon, title, text, buttons, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(default)
        answer = QMessageBox.StandardButton(box.exec())
        shiboken6.delete(box)
        return answer

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self._box(
            parent,
            QMessageBox.Icon.Information,
            title,
            text,
            QMessageBox.StandardButton.Ok,
            QMessageBox.StandardButton.Ok,
        )

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self._box(
            parent, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Ok
        )

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Ask a yes/no question; "No" is the default answer."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = self._box(parent, QMessageBox.Icon.Question, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_named(self, parent: QWidget | None, title: str, text: str, accept: str, reject: str) -> bool:
        """Ask with buttons that name what they do ("Delete session" / "Keep");
        the safe one is the default and Escape chooses it."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(accept, QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        chosen = box.clickedButton() is yes
        shiboken6.delete(box)
        return chosen

    def _file_dialog(self, dialog: QFileDialog) -> str | None:
        # Qt's own dialog (not the desktop's) so behaviour is the same
        # everywhere; its remembered folders are wiped straight after.
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setHistory([])
        try:
            self.before_file_dialog(dialog)
            accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
            files = dialog.selectedFiles()
        finally:
            shiboken6.delete(dialog)  # its destructor writes QtProject.conf
            forget_file_dialog_history()
        return files[0] if accepted and files else None

    def before_file_dialog(self, dialog: QFileDialog) -> None:
        """A hook for tests that drive the real dialog."""

    def _choose_file(
        self,
        parent: QWidget | None,
        title: str,
        start: Path,
        name_filter: str,
        mode: QFileDialog.FileMode,
        accept: QFileDialog.AcceptMode,
    ) -> Path | None:
        dialog = QFileDialog(parent, title, str(start), name_filter)
        dialog.setFileMode(mode)
        dialog.setAcceptMode(accept)
        chosen = self._file_dialog(dialog)
        return Path(chosen) if chosen else None

    def open_file(self, parent: QWidget | None, title: str, start: Path, name_filter: str) -> Path | None:
        return self._choose_file(
            parent, title, start, name_filter, QFileDialog.FileMode.ExistingFile, QFileDialog.AcceptMode.AcceptOpen
        )

    def save_file(self, parent: QWidget | None, title: str, start: Path, name_filter: str) -> Path | None:
        return self._choose_file(
            parent, title, start, name_filter, QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave
        )

    def choose_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        dialog = QFileDialog(parent, title, str(start))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chosen = self._file_dialog(dialog)
        return Path(chosen) if chosen else None

    def open_url(self, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show one of our own dialogs modally; True if accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted


@dataclass
class ScriptedPrompter(Prompter):
    """A prompter for tests: records every call and answers from queues.

    An unexpected confirmation is answered "No"; an unexpected file picker
    is cancelled. Nothing modal is ever shown.
    """

    confirm_answers: deque[bool] = field(default_factory=deque)
    path_answers: deque[Path | None] = field(default_factory=deque)
    calls: list[tuple[str, str, str]] = field(default_factory=list)
    opened_urls: list[str] = field(default_factory=list)
    # Each is called with the dialog instead of showing it; returns accepted.
    dialog_actions: deque = field(default_factory=deque)
    dialogs_seen: list[str] = field(default_factory=list)

    def inform(self, parent, title, text):
        self.calls.append(("inform", title, text))

    def warn(self, parent, title, text):
        self.calls.append(("warn", title, text))

    def confirm(self, parent, title, text):
        self.calls.append(("confirm", title, text))
        return self.confirm_answers.popleft() if self.confirm_answers else False

    def confirm_named(self, parent, title, text, accept, reject):
        self.calls.append(("confirm", title, f"{text} [{accept} / {reject}]"))
        return self.confirm_answers.popleft() if self.confirm_answers else False

    def _next_path(self, kind: str, title: str) -> Path | None:
        self.calls.append((kind, title, ""))
        return self.path_answers.popleft() if self.path_answers else None

    def open_file(self, parent, title, start, name_filter):
        return self._next_path("open_file", title)

    def save_file(self, parent, title, start, name_filter):
        return self._next_path("save_file", title)

    def choose_folder(self, parent, title, start):
        return self._next_path("choose_folder", title)

    def open_url(self, url):
        self.opened_urls.append(bytes(url.toEncoded().data()).decode())
        return True

    def run_dialog(self, dialog):
        self.dialogs_seen.append(type(dialog).__name__)
        self.calls.append(("dialog", type(dialog).__name__, ""))
        action = self.dialog_actions.popleft() if self.dialog_actions else None
        return bool(action(dialog)) if action else False

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.calls]
