"""Choose a prompt to start a new entry with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ...core.packs import Prompt, PromptPack
from ..keyboard import make_default
from ..prompter import Prompter
from .browser import PromptBrowser
from .labels import dispose, plain_label, tr


class PromptChooserDialog(QDialog):
    def __init__(self, packs: list[PromptPack], kind: str = "", kind_label: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("New entry from prompt"))
        self.resize(820, 560)
        self.intro = plain_label(
            tr("Choose a prompt. The new entry starts with its questions, each with room for your answer.")
        )
        self.browser = PromptBrowser(Qt.Orientation.Horizontal)
        self.browser.set_kind(kind, kind_label)
        self.browser.set_packs(packs)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(tr("&Start entry"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        make_default(self, self.start_button)  # Enter starts the entry with the chosen prompt
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.browser.prompt_activated.connect(lambda _prompt: self.accept())
        self.browser.current_prompt_changed.connect(self._update)
        self._update()
        self.browser.search_edit.setFocus()

    def _update(self, *_args) -> None:
        self.start_button.setEnabled(self.browser.current_prompt() is not None)

    def chosen(self) -> Prompt | None:
        return self.browser.current_prompt()

    @classmethod
    def choose(
        cls,
        parent: QWidget | None,
        packs: list[PromptPack],
        prompter: Prompter,
        *,
        kind: str = "",
        kind_label: str = "",
    ) -> Prompt | None:
        """Show the chooser; the chosen prompt, or None if cancelled."""
        dialog = cls(packs, kind, kind_label, parent)
        try:
            if not prompter.run_dialog(dialog):
                return None
            return dialog.chosen()
        finally:
            dialog.browser.clear_all()
            dispose(dialog)
