"""Backups and restore in the desktop app.

- After unlock, a "daily" backup when the newest one is more than 24 hours
  old, on a worker thread, rotated by the counts in Settings
  (``backup/keep_daily``, ``backup/keep_weekly``).
- Journal → Back up now…: a verified copy at a path the user chooses.
- Journal → Restore from backup… (and a button on the unlock screen when the
  journal is damaged): the journal's backups with their date, reason and
  entry count, checked with the passphrase on a worker thread, restored into
  a new file or in place of the journal (which is kept as a backup first).

Locking waits for a running backup before the journal is closed: the backup
reads through a connection of its own and verifies its copy with the
passphrase, and closing ends both. The window shows the unlock screen while
it waits, so nothing stays readable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import settings as S
from ..core.backup import BackupInfo, RotationPolicy, inspect_backup, list_backups, restore_backup
from ..core.errors import (
    BackupFailed,
    JournalDamaged,
    NotAJournal,
    WrongPassphrase,
)
from .announce import announce, show_and_announce
from .keyboard import make_default
from .messages import backup_error_text, restore_error_text
from .runner import Job
from .session import AUTO_BACKUP_MAX_AGE, JournalSession

__all__ = ["AUTO_BACKUP_MAX_AGE", "BackupController", "RestoreDialog"]
NOTE_MS = 8000
JOURNAL_FILTER = QT_TRANSLATE_NOOP("backups", "Journals and backups (*.rjournal);;All files (*)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("backups", text)


def reason_label(reason: str) -> str:
    """A reason from a backup's file name ([a-z0-9-]+), in words."""
    if reason == "daily":
        return _tr("Automatic (daily)")
    if reason == "manual":
        return _tr("Taken by hand")
    if reason == "before-passphrase-change":
        return _tr("Before a passphrase change")
    if reason == "before-restore":
        return _tr("Journal as it was before a restore")
    if reason.startswith("before-upgrade"):
        return _tr("Before an upgrade of the journal")
    if reason == "chosen-file":
        return _tr("A file you chose")
    return reason


def when_label(taken_at: dt.datetime) -> str:
    local = taken_at.astimezone()
    return f"{local.day} {local:%b %Y, %H:%M}"


_STATE_TEXT = {
    "unchecked": "not checked yet",
    "checking": "checking…",
    "wrong": "does not open with this passphrase",
    "damaged": "damaged: fails its checks",
    "unreadable": "could not be read",
}


def _state_text(state: str, count: int | None) -> str:
    if state == "ok" and count is not None:
        return _tr("1 entry") if count == 1 else _tr("%1 entries").replace("%1", str(count))
    return _tr(_STATE_TEXT.get(state, state))


# -- checking backups on the runner ---------------------------------------------


class _CheckRelay(QObject):
    """The check's answers, row by row, for the restore dialog (GUI thread)."""

    checked = Signal(int, str, object, str)  # generation, backup path, entry count or None, state
    finished = Signal(int)


def _check_backups(job: Job, paths: list[Path], secret: list[str], kdf) -> None:
    """Verify each backup with the passphrase and count its entries (on a worker)."""
    try:
        for path in paths:
            if job.cancelled:
                break
            count, state = None, "ok"
            try:
                count = inspect_backup(path, secret[0], kdf)
            except WrongPassphrase:
                state = "wrong"
            except BackupFailed:
                state = "damaged"
            except Exception:  # missing, unreadable, not a journal at all
                state = "unreadable"
            job.report(str(path), count, state)
    finally:
        secret[0] = ""


# -- the restore dialog ----------------------------------------------------------


@dataclass
class RestoreChoice:
    backup: BackupInfo
    entries: int
    passphrase: str
    mode: str  # "new": into a new file; "replace": in place of the journal


class RestoreDialog(QDialog):
    """The backups of one journal; check them with a passphrase, pick one,
    and say where it goes. ``choice`` is set when the dialog is accepted."""

    def __init__(
        self,
        controller: BackupController,
        journal_path: Path,
        folder: Path,
        backups: list[BackupInfo],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self._controller = controller
        self._folder = folder
        self._backups: list[BackupInfo] = []
        self._states: dict[str, tuple[str, int | None]] = {}
        self._generation = -1
        self.choice: RestoreChoice | None = None

        self.intro = QLabel(
            self.tr(
                "Backups of %1 in %2. Type the passphrase the journal had when the backup was taken, then "
                "“Check”: each backup is opened and checked, and its entries counted."
            )
            .replace("%1", journal_path.name)
            .replace("%2", str(folder))
        )
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleDescription(self.tr("Passphrase of the backups"))
        self.check_button = QPushButton(self.tr("&Check"))
        self.table = QTreeWidget()
        self.table.setColumnCount(3)
        self.table.setHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Entries")])
        self.table.setRootIsDecorated(False)
        # Date and kind as wide as their text (they were cut to "2 Dec 2026, …"); the state takes the rest.
        for column in (0, 1):
            self.table.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Backups"))
        self.empty_label = QLabel(self.tr("No backups were found there. Choose a backup file with “Other file…”."))
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.other_button = QPushButton(self.tr("&Other file…"))
        self.new_button = QPushButton(self.tr("Restore into a &new file…"))
        self.replace_button = QPushButton(self.tr("&Replace the journal with it…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)

        row = QHBoxLayout()
        row.addWidget(passphrase_label := QLabel(self.tr("&Passphrase:")))
        passphrase_label.setBuddy(self.passphrase_edit)
        row.addWidget(self.passphrase_edit, 1)
        row.addWidget(self.check_button)
        actions = QHBoxLayout()
        actions.addWidget(self.other_button)
        actions.addStretch(1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.replace_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.status_label)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        make_default(self, self.check_button)  # Enter checks the backups with the passphrase typed
        self.resize(640, 420)

        for backup in backups:
            self._add_row(backup)
        self._update()
        self.check_button.clicked.connect(self.check)
        self.table.currentItemChanged.connect(self._update)
        self.other_button.clicked.connect(self._on_other_file)
        self.new_button.clicked.connect(lambda: self._choose("new"))
        self.replace_button.clicked.connect(lambda: self._choose("replace"))
        buttons.rejected.connect(self.reject)
        controller.check_relay.checked.connect(self._on_checked)
        controller.check_relay.finished.connect(self._on_check_finished)

    # -- rows ----------------------------------------------------------------

    def _add_row(self, backup: BackupInfo) -> QTreeWidgetItem:
        self._backups.append(backup)
        self._states[str(backup.path)] = ("unchecked", None)
        item = QTreeWidgetItem(
            [when_label(backup.taken_at), reason_label(backup.reason), _state_text("unchecked", None)]
        )
        item.setToolTip(0, str(backup.path))
        self.table.addTopLevelItem(item)
        if self.table.currentItem() is None:
            self.table.setCurrentItem(item)
        return item

    def row_count(self) -> int:
        return self.table.topLevelItemCount()

    def selected_backup(self) -> BackupInfo | None:
        item = self.table.currentItem()
        if item is None:
            return None
        return self._backups[self.table.indexOfTopLevelItem(item)]

    def select_row(self, row: int) -> None:
        self.table.setCurrentItem(self.table.topLevelItem(row))

    def all_checked(self) -> bool:
        return bool(self._states) and all(state not in ("unchecked", "checking") for state, _ in self._states.values())

    # -- checking --------------------------------------------------------------

    def check(self) -> None:
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            show_and_announce(self.status_label, self.tr("Type the passphrase first."), assertive=True)
            return
        if not self._backups:
            return
        for backup in self._backups:
            self._states[str(backup.path)] = ("checking", None)
        self._refresh_rows()
        show_and_announce(self.status_label, self.tr("Checking the backups…"))
        self._generation = self._controller.check_backups([b.path for b in self._backups], passphrase)
        self._update()

    def _on_checked(self, generation: int, path: str, count, state: str) -> None:
        if generation != self._generation or path not in self._states:
            return
        self._states[path] = (state, count)
        self._refresh_rows()
        self._update()

    def _on_check_finished(self, generation: int) -> None:
        if generation != self._generation:
            return
        for key, (state, count) in self._states.items():
            if state == "checking":  # cancelled before it was reached
                self._states[key] = ("unchecked", count)
        self._refresh_rows()
        show_and_announce(self.status_label, self.tr("Checked. Choose a backup, then where it goes."))
        self._update()

    def _refresh_rows(self) -> None:
        for row, backup in enumerate(self._backups):
            state, count = self._states[str(backup.path)]
            self.table.topLevelItem(row).setText(2, _state_text(state, count))

    def _update(self, *_args) -> None:
        self.empty_label.setVisible(not self._backups)
        backup = self.selected_backup()
        checked = backup is not None and self._states[str(backup.path)][0] not in ("unchecked", "checking")
        self.new_button.setEnabled(checked)
        self.replace_button.setEnabled(checked)

    def _on_other_file(self) -> None:
        chosen = self._controller.prompter.open_file(
            self, self.tr("Choose a backup file"), self._folder, _tr(JOURNAL_FILTER)
        )
        if chosen is None:
            return
        taken = (
            dt.datetime.fromtimestamp(chosen.stat().st_mtime, dt.UTC) if chosen.exists() else dt.datetime.now(dt.UTC)
        )
        item = self._add_row(BackupInfo(Path(chosen), taken, "chosen-file"))
        self.table.setCurrentItem(item)
        self._update()
        if self.passphrase_edit.text():
            self.check()

    # -- choosing ----------------------------------------------------------------

    def _choose(self, mode: str) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        state, count = self._states[str(backup.path)]
        if state != "ok" or count is None:
            self._controller.prompter.warn(
                self,
                self.tr("This backup cannot be restored"),
                self.tr(
                    "This backup %1, so it cannot be restored. Your journal was not changed. Choose another backup."
                ).replace("%1", _state_text(state, count)),
            )
            return
        self.choice = RestoreChoice(backup, count, self.passphrase_edit.text(), mode)
        self.accept()

    def done(self, result: int) -> None:  # noqa: D401 (Qt override)
        self._controller.cancel_check()
        self.passphrase_edit.setText("")
        super().done(result)


# -- the controller ----------------------------------------------------------------


class BackupController(QObject):
    """Automatic and manual backups, and restore, for the main window."""

    backup_finished = Signal(object, object)  # Path | None, exception | None (for tests and the status bar)
    restore_finished = Signal(object, object)  # Path | None, exception | None

    def __init__(self, session: JournalSession, prefs, prompter, window):
        super().__init__(window)
        self.session = session
        self.prefs = prefs
        self.prompter = prompter
        self.window = window
        # Backups run on the session's runner as jobs on the journal (locking
        # waits for them); checks and restores as jobs on backup files only.
        self.check_relay = _CheckRelay(self)
        self._check_generation = 0
        self._check_job: Job | None = None
        self._backups_running = 0
        self._restoring = False
        self._pending_restore: tuple[RestoreChoice, Path, str] | None = None

        self.backup_now_action = QAction(self.tr("Back &up now…"), window)
        self.backup_now_action.setObjectName("backupNow")
        self.backup_now_action.setEnabled(False)
        self.restore_action = QAction(self.tr("Restore from &backup…"), window)
        self.restore_action.setObjectName("restoreBackup")
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(False)
        self.notice.hide()
        window.statusBar().addPermanentWidget(self.notice)

        self.backup_now_action.triggered.connect(self.back_up_now)
        self.restore_action.triggered.connect(self.restore_from_backup)
        session.unlocked.connect(self._on_unlocked)
        session.unlock_failed.connect(self._on_unlock_failed)
        # Inside the session's lock sequence, when it must wait for a backup.
        session.register_lock_step("wait", self._on_lock_waits)
        session.locked.connect(self._on_locked)
        window.unlock_page.restore_requested.connect(self.restore_from_backup)

    def fill_journal_menu(self, menu: QMenu) -> None:
        menu.addAction(self.backup_now_action)
        menu.addAction(self.restore_action)

    # -- state -------------------------------------------------------------------

    @property
    def backup_running(self) -> bool:
        return self._backups_running > 0

    def policy(self) -> RotationPolicy:
        return RotationPolicy(
            daily=int(self.prefs.get(S.BACKUP_KEEP_DAILY)), weekly=int(self.prefs.get(S.BACKUP_KEEP_WEEKLY))
        )

    def wait_for_jobs(self, msecs: int = 30_000) -> bool:
        """Wait (bounded) for background work and deliver its results (tests)."""
        return self.session.runner.wait_for_done(msecs)

    def _status(self, text: str, msecs: int = 0) -> None:
        self.window.statusBar().showMessage(text, msecs)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setToolTip(text)
        self.notice.show()
        announce(self.notice, text, assertive=True)

    def _hide_notice(self) -> None:
        self.notice.setText("")
        self.notice.setToolTip("")
        self.notice.hide()

    # -- automatic and manual backups ------------------------------------------------

    def _on_unlocked(self) -> None:
        self.backup_now_action.setEnabled(True)
        self._hide_notice()
        try:
            due = self.session.backups.due(AUTO_BACKUP_MAX_AGE)
        except OSError:
            due = True  # the folder cannot be read: let the backup say why
        if not due:
            return
        self._backups_running += 1
        self._status(self.tr("Backing up…"))
        self.session.backups.back_up_if_due(
            self.policy(),
            on_done=lambda made: self._on_backup_finished("auto", made, None),
            on_error=lambda error: self._on_backup_finished("auto", None, error),
        )

    def back_up_now(self) -> None:
        """Journal → Back up now…: a verified copy to a chosen file."""
        if not self.session.is_unlocked or not self.window.save_now():
            return
        journal_path = self.session.backups.journal_path
        start = self.session.backups.folder / f"{journal_path.stem}-backup-{dt.date.today().isoformat()}.rjournal"
        chosen = self.prompter.save_file(
            self.window, self.tr("Where should the backup be saved?"), start, _tr(JOURNAL_FILTER)
        )
        if chosen is None or not self.session.is_unlocked:
            return
        dest = Path(chosen)
        if dest.suffix != ".rjournal":
            dest = dest.with_name(dest.name + ".rjournal")
        dest = dest.absolute()
        journal_path = self.session.backups.journal_path
        journal_files = {
            journal_path,
            *(journal_path.with_name(journal_path.name + s) for s in ("-wal", "-shm", ".lock")),
        }
        if dest in journal_files:
            self.prompter.warn(
                self.window,
                self.tr("Choose another file"),
                self.tr("A backup cannot be written over the journal itself. Choose another name or place."),
            )
            return
        self._backups_running += 1
        self._status(self.tr("Backing up…"))
        self.session.backups.back_up_to(
            dest,
            on_done=lambda made: self._on_backup_finished("manual", made, None),
            on_error=lambda error: self._on_backup_finished("manual", None, error),
        )

    def _on_lock_waits(self) -> None:
        """Inside the session's lock sequence, before it waits for a job on
        the journal (a backup still running holds its own connection and
        needs the passphrase to verify; an export reads through the journal's):
        it is let finish, with the unlock screen shown meanwhile, so no entry
        stays readable."""
        window = self.window
        window.pages.setCurrentWidget(window.unlock_page)
        window.unlock_page.error_label.setText(
            self.tr("Finishing the backup, then locking…")
            if self._backups_running
            else self.tr("Finishing the export, then locking…")
        )
        window.repaint()

    def _on_locked(self, _reason: str) -> None:
        self.backup_now_action.setEnabled(False)

    def _on_backup_finished(self, kind: str, result, error) -> None:
        self._backups_running = max(0, self._backups_running - 1)
        self._on_backup_done(kind, result, error)

    def _on_backup_done(self, kind: str, result, error) -> None:
        folder = self.session.backups.folder if self.session.is_unlocked else None
        if error is None:
            self._hide_notice()
            if kind == "auto":
                if self.session.is_unlocked:
                    self._status(self.tr("Backup checked"), NOTE_MS)
            else:
                self._status(self.tr("Backup checked"), NOTE_MS)
                self.prompter.inform(
                    self.window,
                    self.tr("Backup written and checked"),
                    self.tr(
                        "The backup is at:\n%1\n\nIt was opened and checked after it was written. It is encrypted and "
                        "opens with the journal's current passphrase."
                    ).replace("%1", str(result)),
                )
        else:
            text = backup_error_text(error, folder)
            if kind == "auto":
                # Not modal: the journal works as before; the note stays until the next backup.
                self._status("", 0)
                self._show_notice(self.tr("Automatic backup failed: %1").replace("%1", text))
            else:
                self._status(self.tr("Backup failed"), NOTE_MS)
                self.prompter.warn(self.window, self.tr("Backup failed"), text)
        self.backup_finished.emit(result, error)

    # -- damaged journal ---------------------------------------------------------------

    def _on_unlock_failed(self, error: BaseException) -> None:
        damaged = isinstance(error, JournalDamaged) and not isinstance(error, NotAJournal)
        self.window.unlock_page.offer_restore(damaged)

    # -- restore -------------------------------------------------------------------------

    def _journal_path_and_folder(self) -> tuple[Path | None, Path | None]:
        if self.session.is_unlocked:
            return self.session.backups.journal_path, self.session.backups.folder
        path = self.window.unlock_page.path
        if path is None:
            last = str(self.prefs.get(S.LAST_JOURNAL))
            path = Path(last) if last else None
        if path is None:
            return None, None
        path = Path(path).absolute()
        return path, self.session.backups.folder_for(path)

    def check_backups(self, paths: list[Path], passphrase: str) -> int:
        """Check backups on a worker; answers through ``check_relay``."""
        self.cancel_check()
        self._check_generation += 1
        generation, relay, kdf, secret = self._check_generation, self.check_relay, self.session.kdf, [passphrase]
        self._check_job = self.session.runner.run(
            lambda job: _check_backups(job, list(paths), secret, kdf),
            progress=lambda path, count, state: relay.checked.emit(generation, path, count, state),
            on_done=lambda _result: relay.finished.emit(generation),
            on_error=lambda _error: relay.finished.emit(generation),
            cancellable=True,
            name="check-backups",
        )
        return self._check_generation

    def cancel_check(self) -> None:
        if self._check_job is not None:
            self._check_job.cancel()
            self._check_job = None

    def restore_from_backup(self) -> None:
        """Journal → Restore from backup…, or the unlock screen's button."""
        if self._restoring:
            return
        path, folder = self._journal_path_and_folder()
        if path is None or folder is None:
            self.prompter.inform(self.window, self.tr("No journal"), self.tr("Open or create a journal first."))
            return
        try:
            backups = list_backups(folder, path.stem)
        except OSError:
            backups = []
        dialog = RestoreDialog(self, path, folder, backups, self.window)
        try:
            if not self.prompter.run_dialog(dialog) or dialog.choice is None:
                return
            choice = dialog.choice
        finally:
            dialog.choice = None
            dialog.deleteLater()
        if choice.mode == "new":
            self._restore_into_new_file(choice, path)
        else:
            self._restore_in_place(choice, path, folder)

    def _restore_into_new_file(self, choice: RestoreChoice, journal_path: Path) -> None:
        start = journal_path.with_name(f"{journal_path.stem}-restored.rjournal")
        chosen = self.prompter.save_file(
            self.window, self.tr("Restore into a new file"), start, self.tr("Journals (*.rjournal)")
        )
        if chosen is None:
            return
        target = Path(chosen)
        if target.suffix != ".rjournal":
            target = target.with_name(target.name + ".rjournal")
        target = target.absolute()
        if target.exists():
            self.prompter.warn(
                self.window,
                self.tr("Choose a new file"),
                self.tr(
                    "There is already a file at %1. A backup is only restored into a new file here; "
                    "to put it in place of the journal, use “Replace the journal with it…”."
                ).replace("%1", str(target)),
            )
            return
        self._run_restore(choice, target, keep_current_in=None, mode="new")

    def _restore_in_place(self, choice: RestoreChoice, journal_path: Path, folder: Path) -> None:
        if not self.prompter.confirm(
            self.window,
            self.tr("Replace the journal with this backup?"),
            self.tr(
                "The backup taken %1 (%2) will take the place of the journal at:\n%3\n\n"
                "The current journal is kept first, exactly as it is now, as a backup in:\n%4\n"
                "so nothing is lost. The journal is locked while this happens; afterwards, unlock it with the "
                "passphrase of the backup. Replace the journal?"
            )
            .replace("%1", when_label(choice.backup.taken_at))
            .replace("%2", _state_text("ok", choice.entries))
            .replace("%3", str(journal_path))
            .replace("%4", str(folder)),
        ):
            return
        if self.session.is_unlocked:
            self.session.lock("restore")  # saves, waits for a running backup, closes
            if self.session.is_unlocked:
                return
        self._run_restore(choice, journal_path, keep_current_in=folder, mode="replace")

    def _run_restore(self, choice: RestoreChoice, target: Path, *, keep_current_in: Path | None, mode: str) -> None:
        source, passphrase, kdf = choice.backup.path, choice.passphrase, self.session.kdf
        choice.passphrase = ""
        self._restoring = True
        self._pending_restore = (choice, target, mode)
        self.restore_action.setEnabled(False)
        if mode == "replace":
            page = self.window.unlock_page
            self.window.show_unlock(target)
            page.set_busy(True)
            page.error_label.setText(self.tr("Restoring the backup…"))
        self._status(self.tr("Restoring…"))
        self.session.runner.run(
            lambda _job: restore_backup(source, target, passphrase, kdf, keep_current_in=keep_current_in),
            on_done=lambda result: self._on_restore_done(result, None),
            on_error=lambda error: self._on_restore_done(None, error),
            name="restore",
        )

    def _on_restore_done(self, result, error) -> None:
        pending, self._pending_restore = self._pending_restore, None
        self._restoring = False
        self.restore_action.setEnabled(True)
        self._status("", 0)
        if pending is None:
            return
        choice, target, mode = pending
        if mode == "replace":
            page = self.window.unlock_page
            page.set_busy(False)
            if error is None:
                self.window.show_unlock(
                    target,
                    self.tr(
                        "The backup taken %1 is now your journal. The journal as it was is kept in the backup "
                        "folder. Unlock with the backup's passphrase."
                    ).replace("%1", when_label(choice.backup.taken_at)),
                )
            else:
                self.window.show_unlock(target, restore_error_text(error))
                page.offer_restore(True)
        if error is not None:
            self.prompter.warn(self.window, self.tr("Nothing was restored"), restore_error_text(error))
        elif mode == "new":
            if self.prompter.confirm(
                self.window,
                self.tr("Backup restored"),
                self.tr(
                    "The backup taken %1 (%2) is now a journal at:\n%3\n\nOpen it now? The journal open now will be "
                    "locked first."
                )
                .replace("%1", when_label(choice.backup.taken_at))
                .replace("%2", _state_text("ok", choice.entries))
                .replace("%3", str(target)),
            ):
                if self.session.is_unlocked:
                    self.session.lock("restore")
                if not self.session.is_unlocked:
                    self.window.show_unlock(
                        target, self.tr("Unlock the restored journal with the backup's passphrase.")
                    )
        else:
            self.prompter.inform(
                self.window,
                self.tr("Backup restored"),
                self.tr(
                    "The backup is now your journal. The journal as it was is kept in the backup folder, so "
                    "nothing was lost."
                ),
            )
        self.restore_finished.emit(result, error)
