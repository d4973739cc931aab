"""Manage prompt packs: built-in and imported, turn off or on, remove, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.pack_store import InstalledPack
from ...core.packs import FILE_SUFFIX, PromptPack
from ..keyboard import make_default
from ..messages import error_text
from ..prompter import Prompter
from .labels import dispose, one_line, plain_label, plain_tooltip, tr
from .service import PackService
from .team_folder import TeamFolder
from .team_folder_box import TeamFolderBox

PACK_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def safe_file_stem(pack_id: str) -> str:
    """A file name for an exported pack, from its id (ids are plain ASCII)."""
    stem = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in pack_id).strip(".-")
    return stem or "prompt-pack"


def signature_line(pack: PromptPack) -> str:
    """ "Signed by … (fingerprint …)" or "Unsigned", for an installed pack."""
    from ...core.pack_signing import verify

    check = verify(pack)
    if check.is_signed and check.fingerprint is not None:
        return (
            tr("Signed by %1 (fingerprint %2)")
            .replace("%1", one_line(check.publisher, 120))
            .replace("%2", check.fingerprint.code)
        )
    return tr("Unsigned")


class ManagePacksDialog(QDialog):
    """Built-in packs are marked and cannot be removed; imported packs can be
    turned off and on, removed, and exported back to a file."""

    def __init__(
        self,
        service: PackService,
        prompter: Prompter,
        parent: QWidget | None = None,
        team_folder: TeamFolder | None = None,
    ):
        super().__init__(parent)
        self.service = service
        self.prompter = prompter
        self._packs: dict[str, InstalledPack] = {}
        self.setWindowTitle(tr("Prompt packs"))
        self.resize(760, 460)

        self.intro = plain_label(
            tr(
                "Packs that come with reflectjournal are always there. Packs you import are kept inside your "
                "encrypted journal: turn them off to hide their prompts, or remove them."
            )
        )
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(tr("Prompt packs"))
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([tr("Title"), tr("Version"), tr("Prompts"), tr("Where from"), tr("Shown")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.details_label = plain_label(selectable=True)

        self.toggle_button = QPushButton(tr("Turn &off"))
        self.remove_button = QPushButton(tr("&Remove…"))
        self.export_button = QPushButton(tr("&Export…"))
        self.forget_button = QPushButton(tr("Forget its &key…"))
        self.forget_button.setAccessibleDescription(
            tr("Forget the signing key pinned for the chosen pack's publisher (when they changed their key)")
        )
        self.toggle_button.setAccessibleDescription(tr("Turn the chosen pack off or on"))
        self.remove_button.setAccessibleDescription(tr("Remove the chosen pack"))
        self.export_button.setAccessibleDescription(tr("Export the chosen pack to a file"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        for button in (self.toggle_button, self.remove_button, self.export_button, self.forget_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details_label)
        self.team_folder_box = TeamFolderBox(team_folder, prompter, self) if team_folder is not None else None
        if self.team_folder_box is not None:
            layout.addWidget(self.team_folder_box)
        layout.addLayout(row)
        # Enter closes; it never turns off, removes or exports a pack (those need their own key).
        make_default(self, buttons.button(QDialogButtonBox.StandardButton.Close))

        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.tree.currentItemChanged.connect(self._update)
        self.toggle_button.clicked.connect(self.toggle_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.export_button.clicked.connect(self.export_current)
        self.forget_button.clicked.connect(self.forget_current_key)
        self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Tall enough for the wrapped notes and the team folder's buttons with
        # large text (the first size is for ordinary text), within the screen.
        hint = self.sizeHint().expandedTo(self.size())
        self.resize(hint.boundedTo(self.screen().availableGeometry().size()))

    # -- list ------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        keep = select if select is not None else self.current_pack_id()
        self.tree.clear()
        self._packs = {}
        for installed in self.service.installed():
            pack = installed.pack
            self._packs[pack.id] = installed
            item = QTreeWidgetItem(
                [
                    one_line(pack.title),
                    one_line(pack.version, 40),
                    str(len(pack.prompts)),
                    tr("Built in") if installed.builtin else tr("Imported"),
                    tr("Yes") if installed.enabled else tr("No (turned off)"),
                ]
            )
            item.setData(0, PACK_ID_ROLE, pack.id)
            item.setToolTip(0, plain_tooltip(pack.title))
            self.tree.addTopLevelItem(item)
            if pack.id == keep:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update()

    def current_pack_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, PACK_ID_ROLE) if item is not None else None

    def select(self, pack_id: str) -> bool:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item.data(0, PACK_ID_ROLE) == pack_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def row_texts(self) -> list[list[str]]:
        return [
            [self.tree.topLevelItem(row).text(col) for col in range(self.tree.columnCount())]
            for row in range(self.tree.topLevelItemCount())
        ]

    def _current(self) -> InstalledPack | None:
        pack_id = self.current_pack_id()
        return self._packs.get(pack_id) if pack_id else None

    def _update(self, *_args) -> None:
        current = self._current()
        imported = current is not None and not current.builtin
        self.toggle_button.setEnabled(imported)
        self.remove_button.setEnabled(imported)
        self.export_button.setEnabled(current is not None)
        self.forget_button.setEnabled(imported and self._pinned_fingerprint(current) is not None)
        self.toggle_button.setText(tr("Turn &on") if imported and not current.enabled else tr("Turn &off"))
        if current is None:
            self.details_label.setText("")
            return
        pack = current.pack
        lines = [pack.title, tr("By %1").replace("%1", ", ".join(pack.authors))]
        if pack.organisation:
            lines.append(pack.organisation)
        lines.append(tr("Licence: %1").replace("%1", pack.licence))
        if not current.builtin:
            lines.append(signature_line(pack))
        if current.builtin:
            lines.append(tr("Comes with reflectjournal; it cannot be removed."))
        self.details_label.setText("\n".join(lines))

    # -- actions -----------------------------------------------------------

    def toggle_current(self) -> None:
        current = self._current()
        if current is None or current.builtin or not self.service.is_unlocked:
            return
        try:
            self.service.set_enabled(current.pack.id, not current.enabled)
        except JournalError as error:
            self.prompter.warn(self, tr("The pack could not be changed"), error_text(error))
        self.reload(current.pack.id)

    def remove_current(self) -> None:
        current = self._current()
        if current is None or current.builtin or not self.service.is_unlocked:
            return
        if not self.prompter.confirm(
            self,
            tr("Remove this prompt pack?"),
            tr(
                "“%1” will be removed from your journal. Entries that used its prompts keep their text. "
                "You can import the pack again from its file."
            ).replace("%1", one_line(current.pack.title, 120)),
        ):
            return
        try:
            self.service.remove(current.pack.id)
        except JournalError as error:
            self.prompter.warn(self, tr("The pack could not be removed"), error_text(error))
        self.reload()

    def _pinned_fingerprint(self, current: InstalledPack | None) -> str | None:
        """The pinned key the chosen pack is signed with, if any (hex)."""
        if current is None or current.pack.signature is None or not self.service.is_unlocked:
            return None
        from ...core.pack_signing import verify

        check = verify(current.pack)
        fingerprint = check.fingerprint if check.is_signed else None
        return fingerprint.hex if fingerprint is not None and fingerprint.hex in self.service.pins() else None

    def forget_current_key(self) -> None:
        current = self._current()
        fingerprint = self._pinned_fingerprint(current)
        if current is None or fingerprint is None:
            return
        if not self.prompter.confirm(
            self,
            tr("Forget this publisher's key?"),
            tr(
                "Forget the key “%1” was signed with? Do this only when its publisher has told you they changed "
                "their key. The next pack naming them asks you to check the new fingerprint."
            ).replace("%1", one_line(current.pack.title, 120)),
        ):
            return
        try:
            self.service.forget_publisher(fingerprint)
        except JournalError as error:
            self.prompter.warn(self, tr("The key could not be forgotten"), error_text(error))
        self.reload(current.pack.id)

    def export_current(self) -> None:
        current = self._current()
        if current is None or not self.service.is_unlocked:
            return
        outgoing = self._check_outgoing(current.pack.id)
        if outgoing is None:
            return
        start = Path.home() / (safe_file_stem(current.pack.id) + FILE_SUFFIX)
        chosen = self.prompter.save_file(self, tr("Export the prompt pack"), start, tr("Prompt packs (*.rjpack)"))
        if chosen is None or not self.service.is_unlocked:
            return
        if chosen.suffix != FILE_SUFFIX:
            chosen = chosen.with_name(chosen.name + FILE_SUFFIX)
        try:
            self.service.export(current.pack.id, chosen, data=outgoing.encode("utf-8"))
        except (JournalError, OSError) as error:
            self.prompter.warn(self, tr("The pack could not be exported"), error_text(error))
            return
        self.prompter.inform(self, tr("Pack exported"), tr("The pack was saved to %1.").replace("%1", str(chosen)))

    def _check_outgoing(self, pack_id: str) -> str | None:
        """The pack's text after the identifying-information check's preview
        (a shared pack must not name a child); None if the user went back."""
        from ..identifying.preview import check_outgoing_text

        try:
            text = self.service.pack_text(pack_id)
        except JournalError as error:
            self.prompter.warn(self, tr("The pack could not be exported"), error_text(error))
            return None
        return check_outgoing_text(
            self, self.service.session_for_check(), self.prompter, text, title=tr("Check what will be exported")
        )

    @classmethod
    def manage(
        cls, parent: QWidget | None, service: PackService, prompter: Prompter, team_folder: TeamFolder | None = None
    ) -> None:
        dialog = cls(service, prompter, parent, team_folder)
        try:
            prompter.run_dialog(dialog)
        finally:
            dispose(dialog)
