"""The way into a journal: the welcome page (create one), the unlock page
(open one), choosing a file for either, and what a failed open says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from ..core.errors import WrongPassphrase
from .messages import open_error_text
from .prompter import Prompter
from .session import JournalSession
from .start_pages import UnlockPage, WelcomePage


class StartFlow(QObject):
    """Owns the two start pages; shows them in the window's page stack and
    hands what they ask for to the session."""

    def __init__(
        self,
        session: JournalSession,
        prompter: Prompter,
        pages: QStackedWidget,
        default_journal_path: Path,
        window: QWidget,
    ):
        super().__init__(window)
        self.session = session
        self.prompter = prompter
        self._pages = pages
        self._window = window  # the parent of the file pickers
        self.welcome_page = WelcomePage(default_journal_path)
        self.unlock_page = UnlockPage()

    def show_welcome(self) -> None:
        self.welcome_page.clear_all()
        self._pages.setCurrentWidget(self.welcome_page)
        self.welcome_page.passphrase_edit.setFocus()

    def show_unlock(self, path: Path, message: str = "") -> None:
        self.unlock_page.clear_all()
        self.unlock_page.set_path(path)
        if message:
            self.unlock_page.show_message(message)
        self._pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase_edit.setFocus()

    def on_welcome_create_requested(self, path: Path, passphrase: str) -> None:
        self.session.create_journal(path, passphrase)

    def on_welcome_choose_location_requested(self) -> None:
        chosen = self.prompter.save_file(
            self._window,
            self.tr("Where should the new journal be saved?"),
            self.welcome_page.path.parent,
            self.tr("Journals (*.rjournal)"),
        )
        if chosen is not None:
            if chosen.suffix != ".rjournal":
                chosen = chosen.with_name(chosen.name + ".rjournal")
            self.welcome_page.set_path(chosen)

    def on_open_existing_requested(self) -> None:
        start = self.unlock_page.path.parent if self.unlock_page.path else Path.home()
        chosen = self.prompter.open_file(
            self._window, self.tr("Open a journal"), start, self.tr("Journals (*.rjournal);;All files (*)")
        )
        if chosen is not None:
            self.show_unlock(chosen)

    def on_unlock_requested(self, path: Path, passphrase: str) -> None:
        self.session.open_journal(path, passphrase)

    def on_session_busy_changed(self, busy: bool) -> None:
        self.welcome_page.set_busy(busy)
        self.unlock_page.set_busy(busy)

    def on_session_unlock_failed(self, error: BaseException) -> None:
        message = open_error_text(error)
        if self._pages.currentWidget() is self.welcome_page:
            self.welcome_page.show_error(message)
            return
        self.unlock_page.show_error(message, clear_passphrase=True)
        if not isinstance(error, WrongPassphrase):
            self.unlock_page.passphrase_edit.setText("")

    def clear(self) -> None:
        """Once unlocked: no passphrase stays in either page."""
        self.welcome_page.clear_all()
        self.unlock_page.clear_all()
