"""The main window's actions and menu bar, and the commands behind them:
trash, restore and delete an entry, export as Markdown, settings, about,
undo and redo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenuBar

from ..core import settings as S
from ..core.errors import JournalError
from .dialogs import AboutDialog, SettingsDialog
from .messages import export_error_text
from .session import Changes
from .toolbar import build_main_toolbar

if TYPE_CHECKING:
    from .guide import GuideWindow
    from .main_window import MainWindow


class MainActions(QObject):
    """Every action of the main window, made in the order its menus list them."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window
        std = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New entry"), std.New, "newEntry")
        self.find_action = self._action(self.tr("&Find…"), std.Find, "find")
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", "lock")
        self.export_action = self._action(self.tr("&Export as Markdown files…"), None, "export")
        self.people_action = self._action(self.tr("P&eople…"), None, "people")
        self.people_action.setToolTip(
            self.tr("Names the identifying-information check always finds, and their stand-ins")
        )
        self.people_action.triggered.connect(self.edit_people)
        self.review_action = self._action(self.tr("Review &old entries…"), None, "reviewOldEntries")
        self.review_action.triggered.connect(self.review_old_entries)
        self.settings_action = self._action(self.tr("&Settings…"), std.Preferences, "settings")
        self.change_passphrase_action = self._action(self.tr("Change &passphrase…"), None, "changePassphrase")
        self.change_passphrase_action.triggered.connect(self.change_passphrase)
        self.quit_action = self._action(self.tr("&Quit"), std.Quit, "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self._action(self.tr("&Undo"), std.Undo, "undo")
        self.redo_action = self._action(self.tr("&Redo"), std.Redo, "redo")
        # The editors handle Ctrl+Z themselves; the menu items are for mouse users.
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.preview_action = self._action(self.tr("Show &preview"), "Ctrl+Shift+P", "preview")
        self.preview_action.setCheckable(True)
        self.trash_action = self._action(self.tr("Move to &trash"), None, "trash")
        self.restore_action = self._action(self.tr("&Restore from trash"), None, "restore")
        self.delete_forever_action = self._action(self.tr("&Delete forever…"), None, "deleteForever")
        self.guide_action = self._action(self.tr("&User guide"), std.HelpContents, "userGuide")  # F1
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), "Ctrl+/", "keyboardShortcuts")
        self._guide: GuideWindow | None = None
        # In the entry list: Delete moves the entry to the trash, Ctrl+Z brings it back.
        self.trash_key_action = self._list_action(self.tr("Move to trash"), QKeySequence.StandardKey.Delete, "trashKey")
        self.undo_trash_action = self._list_action(self.tr("Undo move to trash"), std.Undo, "undoTrash")
        self._last_trashed: int | None = None
        self.about_action = self._action(self.tr("&About reflectjournal"), None, "about")

    def _action(self, text: str, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        self._window.addAction(action)
        return action

    def _list_action(self, text: str, shortcut, name: str) -> QAction:
        """An action of the entry list only (its shortcut works while the list has focus)."""
        view = self._window.entry_view
        action = QAction(text, view)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setObjectName(name)
        view.addAction(action)
        return action

    def fill_menu_bar(self, bar: QMenuBar) -> None:
        """The menus, with the items the window's controllers add to them."""
        window = self._window
        journal_menu = bar.addMenu(self.tr("&Journal"))
        journal_menu.addAction(self.new_action)
        window.packs.fill_journal_menu(journal_menu)
        window.looking_back.fill_menu(journal_menu)
        journal_menu.addSeparator()
        journal_menu.addAction(self.export_action)
        window.importing.fill_journal_menu(journal_menu, self.export_action)
        window.backups.fill_journal_menu(journal_menu)
        journal_menu.addAction(self.people_action)
        journal_menu.addAction(self.review_action)
        journal_menu.addAction(self.change_passphrase_action)
        journal_menu.addAction(self.lock_action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addAction(window.copy_entry_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(window.list_pane.clear_filters_action)
        window.addAction(window.list_pane.clear_filters_action)  # listed with the window's shortcuts
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        entry_menu = bar.addMenu(self.tr("E&ntry"))
        entry_menu.addAction(self.preview_action)
        window.packs.fill_entry_menu(entry_menu)
        window.attachments.fill_entry_menu(entry_menu)
        window.cpd.fill_entry_menu(entry_menu)
        window.evidence.fill_entry_menu(entry_menu)
        entry_menu.addSeparator()
        entry_menu.addAction(self.trash_action)
        entry_menu.addAction(self.restore_action)
        entry_menu.addAction(self.delete_forever_action)
        supervision_menu = window.supervision.fill_menu(bar.addMenu(self.tr("&Supervision")))
        window.cpd.fill_supervision_menu(supervision_menu)
        portfolio_menu = window.cpd.fill_menu(bar.addMenu(self.tr("&Portfolio")))
        window.evidence.fill_portfolio_menu(portfolio_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.add_toolbar()

    def add_toolbar(self) -> None:
        """The main toolbar (ui/toolbar.py), shown while the journal is open."""
        window, packs = self._window, self._window.packs
        self.toolbar = build_main_toolbar(
            window,
            [
                (self.new_action, self.tr("New entry"), self.tr("New entry")),
                (packs.new_from_prompt_action, self.tr("From prompt"), self.tr("New entry from a prompt")),
                (packs.panel_action, self.tr("Prompts"), self.tr("Show or hide the prompts")),
                (self.preview_action, self.tr("Preview"), self.tr("Show or hide the preview")),
                (self.find_action, self.tr("Search"), self.tr("Search the journal")),
                (self.lock_action, self.tr("Lock"), self.tr("Lock the journal")),
            ],
        )
        self.toolbar.hide()
        window.session.unlocked.connect(self.toolbar.show)
        window.session.locked.connect(lambda _reason: self.toolbar.hide())

    def set_journal_actions_enabled(self, enabled: bool) -> None:
        for action in (
            self.new_action,
            self.find_action,
            self.lock_action,
            self.change_passphrase_action,
            self.export_action,
            self.people_action,
            self.review_action,
            self.trash_action,
            self.restore_action,
            self.delete_forever_action,
            self.preview_action,
            self._window.attachments.attach_action,
        ):
            action.setEnabled(enabled)

    # -- commands --------------------------------------------------------

    def undo(self) -> None:
        widget = QApplication.focusWidget()
        if hasattr(widget, "undo"):
            widget.undo()

    def redo(self) -> None:
        widget = QApplication.focusWidget()
        if hasattr(widget, "redo"):
            widget.redo()

    def _saved_entry_id(self) -> int | None:
        """The entry in the editor, once its latest changes are saved; None if
        there is none or the save failed."""
        entry_id = self._window.editor.entry_id
        if entry_id is None or not self._window.save_now():
            return None
        return entry_id

    def trash_entry(self) -> None:
        window = self._window
        entry_id = self._saved_entry_id()
        if entry_id is None:
            return
        window.session.entries.trash(entry_id)
        self._last_trashed = entry_id
        window.new_entry()
        window.list_pane.undo_bar.show_message(
            self.tr("Moved to the trash. Tick “Trash” to see it later."),
            [(self.tr("Undo"), self.undo_trash)],
        )

    def trash_key(self) -> None:
        """Delete in the list: an entry to the trash (Ctrl+Z undoes it); in the
        trash, delete forever (after asking). The list keeps the focus."""
        window = self._window
        if window.editor_pane.read_only:
            self.delete_entry_forever()
        else:
            self.trash_entry()
        window.entry_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_trash(self) -> None:
        """Bring back the entry last moved to the trash, as it was, and open it."""
        window = self._window
        entry_id, self._last_trashed = self._last_trashed, None
        offered = not window.list_pane.undo_bar.isHidden()  # gone once the journal locks
        window.list_pane.undo_bar.dismiss()
        if entry_id is None or not offered or not window.session.is_unlocked or not window.save_now():
            return
        try:
            window.session.entries.restore(entry_id)
        except JournalError:
            return  # deleted forever meanwhile: nothing to bring back
        window.open_entry(entry_id)

    def on_trash_view_toggled(self, showing_trash: bool) -> None:
        """Leaving the trash leaves its entries: a new entry replaces one shown from it."""
        window = self._window
        if not showing_trash and window.editor_pane.read_only:
            window.new_entry()

    def restore_entry(self) -> None:
        window = self._window
        entry_id = self._saved_entry_id()
        if entry_id is None:
            return
        window.session.entries.restore(entry_id)
        window.editor.load(window.session.entries.get(entry_id))
        window.list_pane.undo_bar.dismiss()

    def delete_entry_forever(self) -> None:
        window = self._window
        entry_id = window.editor.entry_id
        if entry_id is None:
            return
        if not window.prompter.confirm(
            window,
            self.tr("Delete this entry forever?"),
            self.tr("The entry will be removed from the journal. This cannot be undone."),
        ):
            return
        window.editor_pane.autosaver.discard()
        window.session.entries.delete_forever(entry_id)
        window.new_entry()

    def export_markdown(self) -> None:
        window = self._window
        session, prompter = window.session, window.prompter
        if not session.is_unlocked or not window.save_now():
            return
        if not prompter.confirm(
            window,
            self.tr("Export without encryption?"),
            self.tr(
                "The export is NOT encrypted: anyone who can open the folder can read every entry. "
                "Export only to a place you trust, and delete the files when you no longer need them. Continue?"
            ),
        ):
            return
        transform = self._check_outgoing()
        if transform is None:
            return
        folder = prompter.choose_folder(window, self.tr("Choose an empty folder for the export"), Path.home())
        if folder is None or not session.is_unlocked:
            return
        try:  # on the runner: a long export does not freeze the window
            session.entries.export_markdown(
                folder, on_done=self._on_exported, on_error=self._on_export_failed, transform=transform
            )
        except JournalError as error:
            self._on_export_failed(error)

    def _check_outgoing(self):  # type: ignore[no-untyped-def]
        """The preview with the identifying-information check; the outgoing
        copy's transform, or None if the user went back."""
        from .identifying.preview import check_outgoing_entries

        window = self._window
        try:
            return check_outgoing_entries(
                window,
                window.session,
                window.prompter,
                self.tr("Check what will be exported as Markdown"),
                self.tr("Choose a folder for the export…"),
            )
        except JournalError as error:
            self._on_export_failed(error)
            return None

    def edit_people(self) -> None:
        from .identifying.people import PeopleDialog

        window = self._window
        if window.session.is_unlocked:
            PeopleDialog.show_for(window, window.session.identifying, window.prompter)

    def review_old_entries(self) -> None:
        from .identifying.retention import ReviewDialog

        window = self._window
        if window.session.is_unlocked and window.save_now():
            ReviewDialog.show_for(window, window.session, window.prompter)

    def _on_export_failed(self, error: BaseException) -> None:
        if not isinstance(error, JournalError | OSError):
            raise error
        self._window.prompter.warn(self._window, self.tr("Export failed"), export_error_text(error))

    def _on_exported(self, count: int) -> None:
        window, prompter = self._window, self._window.prompter
        prompter.inform(
            window,
            self.tr("Export finished"),
            (self.tr("1 entry exported.") if count == 1 else self.tr("%n entries exported.", "", count))
            + " "
            + self.tr("The files are not encrypted."),
        )

    def edit_settings(self) -> None:
        window = self._window
        team = None
        if window.session.is_unlocked:
            # The journal's own setting: the team folder, the same box as in Prompt packs (kept in the journal).
            from .packs.team_folder_box import TeamFolderBox

            team = TeamFolderBox(window.packs.team_folder, window.prompter)
            team.setTitle(self.tr("Team folder (kept in this journal, changed at once)"))
            # No access keys here: Settings' own use every letter these would take.
            team.choose_button.setText(self.tr("Team folder…"))
            team.clear_button.setText(self.tr("Stop using it"))
            team.look_button.setText(self.tr("Look now"))
        if SettingsDialog.edit(window, window.prefs, window.prompter, team):
            window.session.announce(Changes(settings=True))

    def show_guide(self) -> None:
        """Help → User guide: one window, kept open beside the journal (no journal text in it)."""
        if self._guide is None:
            from .guide import GuideWindow  # on first use: not needed to start

            self._guide = GuideWindow(self._window)
        self._guide.show_guide()

    def show_shortcuts(self) -> None:
        from .shortcuts import ShortcutsDialog  # on first use: not needed to start

        ShortcutsDialog.show_for(self._window, self._window.prompter)

    def change_passphrase(self) -> None:
        """Journal → Change passphrase…, once what the editor holds is saved."""
        from .passphrase_dialog import ChangePassphraseDialog

        window = self._window
        if window.session.is_unlocked and window.save_now():
            ChangePassphraseDialog.change(window, window.session, window.prompter)

    def show_about(self) -> None:
        window = self._window
        prefs = window.prefs
        journal = str(prefs.get(S.LAST_JOURNAL)) or str(window.welcome_page.path)
        backups = str(prefs.get(S.BACKUP_FOLDER)) or str(Path(journal).parent / "backups")
        places = [
            (self.tr("Journal"), journal),
            (self.tr("Backups"), backups),
            (self.tr("Settings"), str(prefs.path)),
        ]
        AboutDialog.show_about(window, places, window.prompter)
