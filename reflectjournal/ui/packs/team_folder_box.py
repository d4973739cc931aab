"""The team folder's row in the "Prompt packs" dialog: which folder, choose
another or stop using it, and look now."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...core.errors import JournalError
from ..announce import show_and_announce
from ..messages import error_text
from ..prompter import Prompter
from .labels import plain_label, tr
from .team_folder import TeamFolder


class TeamFolderBox(QGroupBox):
    """Name the team folder (kept in the journal), or look in it now."""

    def __init__(self, team_folder: TeamFolder, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(tr("Team folder"), parent)
        self.team_folder = team_folder
        self.prompter = prompter
        self.note = plain_label(
            tr(
                "A folder your employer or educator shares (for example a synced or network folder). When you "
                "unlock, newer prompt packs found there are offered to you; nothing is installed without your yes."
            )
        )
        self.folder_label = plain_label(selectable=True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = plain_label()
        self.choose_button = QPushButton(tr("Team &folder…"))
        self.choose_button.setAccessibleDescription(tr("Choose the team folder"))
        self.clear_button = QPushButton(tr("Stop &using it"))
        self.look_button = QPushButton(tr("&Look now"))
        self.look_button.setAccessibleDescription(tr("Look in the team folder for newer prompt packs now"))
        row = QHBoxLayout()
        for button in (self.choose_button, self.clear_button, self.look_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.folder_label)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.look_button.clicked.connect(self._on_look_button_clicked)
        team_folder.scan_finished.connect(self._on_scan_finished)
        self.refresh()

    def refresh(self) -> None:
        folder = self.team_folder.folder()
        shown = str(folder) if folder else tr("None chosen")
        self.folder_label.setText(shown)
        # Selectable, so a screen reader treats it as a field: name it with its label.
        self.folder_label.setAccessibleName(tr("Team folder: %1").replace("%1", shown))
        self.clear_button.setEnabled(folder is not None)
        self.look_button.setEnabled(folder is not None and not self.team_folder.scanning)

    def _on_choose_button_clicked(self) -> None:
        start = self.team_folder.folder() or Path.home()
        chosen = self.prompter.choose_folder(self, tr("Choose the team folder"), start)
        if chosen is None:
            return
        try:
            self.team_folder.set_folder(chosen)
        except JournalError as error:
            show_and_announce(self.status_label, error_text(error), assertive=True)
            return
        self.refresh()
        self._on_look_button_clicked()

    def _on_clear_button_clicked(self) -> None:
        try:
            self.team_folder.set_folder(None)
        except JournalError as error:
            show_and_announce(self.status_label, error_text(error), assertive=True)
            return
        self.refresh()
        show_and_announce(self.status_label, tr("No team folder: packs are imported only from files you choose."))

    def _on_look_button_clicked(self) -> None:
        if self.team_folder.start_scan(ask_again=True) is not None:
            show_and_announce(self.status_label, tr("Looking in the team folder…"))
        self.refresh()

    def _on_scan_finished(self, result) -> None:  # type: ignore[no-untyped-def]
        offered = len(result.offers)
        text = self.team_folder.last_message if result.problem else ""
        if not text:
            read = result.packs_read
            looked = tr("Looked at 1 pack") if read == 1 else tr("Looked at %1 packs").replace("%1", f"{read:,}")
            if not offered:
                text = tr("%1; none is newer than yours.").replace("%1", looked)
            else:
                text = tr("%1; %2 offered.").replace("%1", looked).replace("%2", str(offered))
        show_and_announce(self.status_label, text)
        self.refresh()
