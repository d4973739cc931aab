"""Backups and restore in the desktop app (ui/backups.py).

Automatic daily backups after unlock on a worker thread, rotation from
Settings, the backup folder setting, lock while a backup runs, Back up now…,
Restore from backup… (into a new file, or in place of the journal after a
confirmation), damaged backups refused, and a damaged journal on the unlock
screen: a clear message, the file untouched byte for byte, restore offered.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reflectjournal.core import backup as core_backup
from reflectjournal.core import settings as S
from reflectjournal.core.backup import backup_name, inspect_backup, list_backups
from reflectjournal.core.errors import BackupFailed, StorageFull
from reflectjournal.core.models import Entry
from reflectjournal.core.vault import Journal
from reflectjournal.ui.backups import RestoreDialog
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.ui.conftest import create_journal, unlock

OTHER_PASSPHRASE = "a different passphrase entirely"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def journal_with_history(path: Path) -> Path:
    """A closed journal with three entries and two backups: a daily one
    holding one entry (1 March) and a manual one holding two (2 March)."""
    clock = Clock()
    journal = Journal.create(path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=clock)
    try:
        journal.entries.save(Entry(title="First visit", body="one"))
        journal.backup(reason="daily")
        clock.now += dt.timedelta(days=1)
        journal.entries.save(Entry(title="Second visit", body="two"))
        journal.backup(reason="manual")
        clock.now += dt.timedelta(days=1)
        journal.entries.save(Entry(title="Third visit", body="three"))
    finally:
        journal.close()
    return path.parent / "backups"


def entry_count(path: Path, passphrase: str = TEST_PASSPHRASE) -> int:
    with Journal.open(path, passphrase, kdf=TEST_KDF) as journal:
        return journal.entries.count()


def window_on_unlock(make_window, prefs, path: Path):
    prefs.set(S.LAST_JOURNAL, str(path))
    window = make_window()
    assert window.pages.currentWidget() is window.unlock_page
    return window


def status_messages(window) -> list[str]:
    seen: list[str] = []
    window.statusBar().messageChanged.connect(seen.append)
    return seen


def check_all(qtbot, dialog: RestoreDialog, passphrase: str = TEST_PASSPHRASE) -> None:
    dialog.passphrase_edit.setText(passphrase)
    dialog.check_button.click()
    qtbot.waitUntil(dialog.all_checked, timeout=10_000)


def row_texts(dialog: RestoreDialog) -> list[tuple[str, str, str]]:
    return [tuple(dialog.table.topLevelItem(i).text(c) for c in range(3)) for i in range(dialog.row_count())]


# -- automatic backups ------------------------------------------------------------


def test_unlock_takes_a_daily_backup_on_a_worker_thread_and_says_so_quietly(
    qtbot, window, journal_path, prompter, monkeypatch
):
    threads = []
    real = Journal.backup_if_due

    def recording(self, *args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Journal, "backup_if_due", recording)
    seen = status_messages(window)
    with qtbot.waitSignal(window.backups.backup_finished, timeout=10_000) as blocker:
        create_journal(qtbot, window, journal_path)
    made, error = blocker.args
    assert error is None and made is not None
    assert threads == [False]  # on a worker thread, never the GUI thread
    daily = [b for b in list_backups(journal_path.parent / "backups", journal_path.stem) if b.reason == "daily"]
    assert [b.path for b in daily] == [made]
    assert inspect_backup(made, TEST_PASSPHRASE, TEST_KDF) == 0
    assert oct(made.stat().st_mode & 0o777) == "0o600"
    assert seen[:2] == ["Backing up…", "Backup checked"]
    assert prompter.calls == []  # quiet: no message box
    assert not window.backups.notice.isVisible()


def test_a_recent_daily_backup_is_not_repeated_an_old_one_is_and_rotation_follows_settings(
    qtbot, window, journal_path, prefs
):
    prefs.set(S.BACKUP_KEEP_DAILY, 1)
    prefs.set(S.BACKUP_KEEP_WEEKLY, 0)
    with qtbot.waitSignal(window.backups.backup_finished, timeout=10_000):
        create_journal(qtbot, window, journal_path)
    folder = journal_path.parent / "backups"
    (first,) = list_backups(folder, journal_path.stem)
    # Unlocking again within 24 hours takes no backup.
    window.lock_action.trigger()
    seen = status_messages(window)
    unlock(qtbot, window)
    # The decision is taken when the journal unlocks (below, an old backup makes it take one).
    qtbot.waitUntil(lambda: window.session.is_unlocked, timeout=10_000)
    assert not window.backups.backup_running
    assert "Backing up…" not in seen
    assert [b.path for b in list_backups(folder, journal_path.stem)] == [first.path]
    # Make the backup 25 hours old: the next unlock takes one and rotation
    # (1 daily, 0 weekly, from Settings) removes the old one.
    older = first.taken_at - dt.timedelta(hours=25)
    aged = folder / backup_name(journal_path.stem, older, "daily")
    first.path.rename(aged)
    window.lock_action.trigger()
    with qtbot.waitSignal(window.backups.backup_finished, timeout=10_000) as blocker:
        unlock(qtbot, window)
    made, error = blocker.args
    assert error is None
    assert "Backing up…" in seen  # the same watch sees a backup when one is taken
    assert [b.path for b in list_backups(folder, journal_path.stem)] == [made]
    assert not aged.exists()


def test_backups_go_to_the_backup_folder_chosen_in_settings(qtbot, make_window, prefs, journal_path, tmp_path):
    elsewhere = tmp_path / "elsewhere" / "backups-here"
    prefs.set(S.BACKUP_FOLDER, str(elsewhere))
    window = make_window()
    with qtbot.waitSignal(window.backups.backup_finished, timeout=10_000) as blocker:
        create_journal(qtbot, window, journal_path)
    made, error = blocker.args
    assert error is None and made.parent == elsewhere
    assert window.session.journal_for_tests.backup_dir == elsewhere
    assert not (journal_path.parent / "backups").exists()


def released_when_the_lock_waits(window) -> threading.Event:
    """Set when the lock says it is finishing the backup, just before it waits
    for it: a backup held on this event is still running when the lock begins,
    with no fixed wait."""
    released = threading.Event()
    label = window.unlock_page.error_label
    real_set_text = label.setText

    def set_text(text):
        real_set_text(text)
        if "Finishing the backup" in text:
            released.set()

    label.setText = set_text
    return released


def test_lock_while_a_backup_runs_waits_for_it_and_the_backup_verifies(qtbot, window, journal_path, monkeypatch):
    """The backup verifies its copy with the passphrase and reads through its
    own connection; closing the journal under it would end both."""
    started = threading.Event()
    released = released_when_the_lock_waits(window)
    real_verify = core_backup.verify_copy
    verified: list[str] = []
    held: list[bool] = []

    def slow_verify(path, passphrase, kdf, *, expected_entries, **counts):
        started.set()
        held.append(released.wait(10))  # until the lock is waiting for this backup
        real_verify(path, passphrase, kdf, expected_entries=expected_entries, **counts)
        verified.append("ok")

    monkeypatch.setattr(core_backup, "verify_copy", slow_verify)
    create_journal(qtbot, window, journal_path)
    assert window.backups.backup_running
    qtbot.keyClicks(window.editor.title_edit, "Typed while the backup ran")
    assert started.wait(5)
    window.lock_action.trigger()
    assert held == [True]  # the backup was still running when the lock began
    # Lock returned only after the backup had finished and verified.
    assert verified == ["ok"]
    assert not window.session.is_unlocked
    assert window.pages.currentWidget() is window.unlock_page
    qtbot.waitUntil(lambda: not window.backups.backup_running, timeout=5000)
    assert not window.backups.notice.isVisible()
    (made,) = list_backups(journal_path.parent / "backups", journal_path.stem)
    assert inspect_backup(made.path, TEST_PASSPHRASE, TEST_KDF) == 0
    # The text typed during the backup was saved by the lock.
    with Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as journal:
        assert [s.title for s in journal.entries.list_entries()] == ["Typed while the backup ran"]
        assert journal.verify().ok


def test_quit_while_a_backup_runs_waits_for_it(qtbot, window, journal_path, monkeypatch):
    real_verify = core_backup.verify_copy
    released = released_when_the_lock_waits(window)
    held: list[bool] = []

    def slow_verify(*args, **kwargs):
        held.append(released.wait(10))  # until quitting is waiting for this backup
        real_verify(*args, **kwargs)

    monkeypatch.setattr(core_backup, "verify_copy", slow_verify)
    create_journal(qtbot, window, journal_path)
    assert window.backups.backup_running
    window.close()
    assert held == [True]
    assert not window.session.is_unlocked
    (made,) = list_backups(journal_path.parent / "backups", journal_path.stem)
    assert inspect_backup(made.path, TEST_PASSPHRASE, TEST_KDF) == 0
    assert not list(made.path.parent.glob(".*.tmp*"))


@pytest.mark.parametrize(
    ("error", "words"),
    [(StorageFull("The disk is full; the backup was not written."), "disk is full"),
     (BackupFailed("The backup could not be written: IsADirectoryError"), "could not be written"),
     (PermissionError(13, "Permission denied"), "not allowed")],
)  # fmt: skip
def test_a_failed_automatic_backup_is_a_clear_non_blocking_notice(
    qtbot, window, journal_path, prompter, monkeypatch, error, words
):
    def failing(self, *args, **kwargs):
        raise error

    monkeypatch.setattr(Journal, "backup_if_due", failing)
    with qtbot.waitSignal(window.backups.backup_finished, timeout=10_000):
        create_journal(qtbot, window, journal_path)
    notice = window.backups.notice
    assert notice.isVisible()
    assert "Automatic backup failed" in notice.text() and words in notice.text()
    assert "unchanged" in notice.text() or "Settings" in notice.text()
    assert prompter.calls == []  # nothing modal
    # The journal goes on working.
    qtbot.keyClicks(window.editor.title_edit, "Still writing")
    assert window.save_now()
    assert "Still writing" not in notice.text()
    # The next unlock tries again; a success removes the note.
    monkeypatch.undo()
    window.lock_action.trigger()
    with qtbot.waitSignal(window.backups.backup_finished, timeout=10_000) as blocker:
        unlock(qtbot, window)
    assert blocker.args[1] is None
    assert not notice.isVisible()


# -- back up now ---------------------------------------------------------------------


def test_back_up_now_writes_a_verified_copy_where_chosen_and_says_where(qtbot, open_window, prompter, tmp_path):
    window = open_window
    window.backups.wait_for_jobs()
    qtbot.waitUntil(lambda: not window.backups.backup_running, timeout=5000)
    qtbot.keyClicks(window.editor.title_edit, "Saved before the copy")
    chosen = tmp_path / "usb-stick" / "my copy"
    chosen.parent.mkdir()
    prompter.path_answers.append(chosen)
    assert window.backups.backup_now_action.isEnabled()
    with qtbot.waitSignal(window.backups.backup_finished, timeout=10_000) as blocker:
        window.backups.backup_now_action.trigger()
    made, error = blocker.args
    assert error is None
    assert made == chosen.with_name("my copy.rjournal")
    assert inspect_backup(made, TEST_PASSPHRASE, TEST_KDF) == 1  # the typed entry was saved first
    assert oct(made.stat().st_mode & 0o777) == "0o600"
    kinds = prompter.kinds()
    assert kinds == ["save_file", "inform"]
    assert str(made) in prompter.calls[-1][2] and "checked" in prompter.calls[-1][2]


def test_back_up_now_failure_says_so_and_refuses_the_journal_itself(
    qtbot, open_window, prompter, journal_path, monkeypatch
):
    window = open_window
    qtbot.waitUntil(lambda: not window.backups.backup_running, timeout=5000)
    prompter.path_answers.append(journal_path)
    window.backups.backup_now_action.trigger()
    assert prompter.kinds() == ["save_file", "warn"]
    assert "over the journal itself" in prompter.calls[-1][2]

    def full(self, dest=None, *, reason="manual"):
        raise StorageFull("The disk is full; the backup was not written.")

    monkeypatch.setattr(Journal, "backup", full)
    prompter.path_answers.append(journal_path.parent / "copy.rjournal")
    with qtbot.waitSignal(window.backups.backup_finished, timeout=10_000):
        window.backups.backup_now_action.trigger()
    assert prompter.kinds()[-1] == "warn"
    assert "disk is full" in prompter.calls[-1][2]


def test_back_up_now_is_only_enabled_while_unlocked(qtbot, open_window):
    assert open_window.backups.backup_now_action.isEnabled()
    open_window.lock_action.trigger()
    assert not open_window.backups.backup_now_action.isEnabled()
    assert open_window.backups.restore_action.isEnabled()


# -- restore ---------------------------------------------------------------------------


def test_restore_lists_backups_with_date_reason_and_entry_count_checked_on_a_worker(
    qtbot, make_window, prefs, prompter, journal_path, monkeypatch
):
    folder = journal_with_history(journal_path)
    window = window_on_unlock(make_window, prefs, journal_path)
    threads = []
    real_inspect = __import__("reflectjournal.ui.backups", fromlist=["inspect_backup"]).inspect_backup

    def recording(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_inspect(*args, **kwargs)

    monkeypatch.setattr("reflectjournal.ui.backups.inspect_backup", recording)
    seen = {}

    def look(dialog: RestoreDialog) -> bool:
        seen["before"] = row_texts(dialog)
        check_all(qtbot, dialog)
        seen["after"] = row_texts(dialog)
        return False

    prompter.dialog_actions.append(look)
    window.backups.restore_action.trigger()
    assert prompter.dialogs_seen == ["RestoreDialog"]
    assert threads == [False, False]
    before, after = seen["before"], seen["after"]
    assert [r[1] for r in before] == ["Taken by hand", "Automatic (daily)"]  # newest first
    assert all(r[2] == "not checked yet" for r in before)
    assert before[0][0].startswith("2 Mar 2026") and before[1][0].startswith("1 Mar 2026")
    assert [r[2] for r in after] == ["2 entries", "1 entry"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        b.path.name for b in list_backups(folder, journal_path.stem)
    )


def test_wrong_passphrase_for_backups_says_so_and_restores_nothing(qtbot, make_window, prefs, prompter, journal_path):
    journal_with_history(journal_path)
    before = sha256(journal_path)
    window = window_on_unlock(make_window, prefs, journal_path)

    def wrong(dialog: RestoreDialog) -> bool:
        check_all(qtbot, dialog, "not the passphrase")
        assert {r[2] for r in row_texts(dialog)} == {"does not open with this passphrase"}
        dialog.select_row(0)
        dialog.new_button.click()
        return dialog.result() == 1

    prompter.dialog_actions.append(wrong)
    window.backups.restore_action.trigger()
    assert prompter.kinds() == ["dialog", "warn"]
    assert "cannot be restored" in prompter.calls[-1][1]
    assert sha256(journal_path) == before


def test_restore_into_a_new_file_leaves_the_journal_alone(qtbot, make_window, prefs, prompter, journal_path, tmp_path):
    journal_with_history(journal_path)
    before = sha256(journal_path)
    window = window_on_unlock(make_window, prefs, journal_path)

    def choose_daily_into_new(dialog: RestoreDialog) -> bool:
        check_all(qtbot, dialog)
        dialog.select_row(1)  # the daily one, 1 entry
        dialog.new_button.click()
        return dialog.result() == 1

    target = tmp_path / "restored" / "older journal"
    prompter.dialog_actions.append(choose_daily_into_new)
    prompter.path_answers.append(target)
    prompter.confirm_answers.append(True)  # open it now
    with qtbot.waitSignal(window.backups.restore_finished, timeout=10_000) as blocker:
        window.backups.restore_action.trigger()
    made, error = blocker.args
    assert error is None
    assert made == target.with_name("older journal.rjournal")
    assert prompter.kinds() == ["dialog", "save_file", "confirm"]
    assert str(made) in prompter.calls[-1][2] and "1 entry" in prompter.calls[-1][2]
    assert sha256(journal_path) == before
    assert entry_count(made) == 1
    assert oct(made.stat().st_mode & 0o777) == "0o600"
    # "Open it now": the unlock screen now points at the restored copy.
    assert window.unlock_page.path == made
    unlock(qtbot, window)
    assert window.session.is_unlocked and window.session.path == made
    assert window.entry_model.rowCount() > 0


def test_restore_into_a_new_file_refuses_an_existing_file(qtbot, make_window, prefs, prompter, journal_path, tmp_path):
    journal_with_history(journal_path)
    window = window_on_unlock(make_window, prefs, journal_path)
    existing = tmp_path / "exists.rjournal"
    existing.write_bytes(b"someone else's file")

    def choose(dialog):
        check_all(qtbot, dialog)
        dialog.new_button.click()
        return True

    prompter.dialog_actions.append(choose)
    prompter.path_answers.append(existing)
    window.backups.restore_action.trigger()
    assert prompter.kinds() == ["dialog", "save_file", "warn"]
    assert existing.read_bytes() == b"someone else's file"


def test_replace_the_journal_asks_first_locks_keeps_the_current_one_and_restores(
    qtbot, make_window, prefs, prompter, journal_path
):
    folder = journal_with_history(journal_path)
    window = window_on_unlock(make_window, prefs, journal_path)
    unlock(qtbot, window)
    assert window.session.is_unlocked
    window.backups.wait_for_jobs()
    qtbot.waitUntil(lambda: not window.backups.backup_running, timeout=5000)
    qtbot.keyClicks(window.editor.title_edit, "Written just before the restore")

    def choose_manual_replace(dialog: RestoreDialog) -> bool:
        check_all(qtbot, dialog)
        texts = row_texts(dialog)
        row = next(i for i, r in enumerate(texts) if r[1] == "Taken by hand")
        dialog.select_row(row)
        dialog.replace_button.click()
        return dialog.result() == 1

    # First time: say no at the confirmation; nothing changes.
    prompter.dialog_actions.append(choose_manual_replace)
    prompter.confirm_answers.append(False)
    window.backups.restore_action.trigger()
    assert prompter.kinds() == ["dialog", "confirm"]
    confirmation = prompter.calls[-1][2]
    assert "kept first" in confirmation and str(folder) in confirmation and "2 entries" in confirmation
    assert window.session.is_unlocked
    # Then yes: the journal is locked (the typed title saved first), kept, replaced.
    prompter.dialog_actions.append(choose_manual_replace)
    prompter.confirm_answers.append(True)
    with qtbot.waitSignal(window.backups.restore_finished, timeout=10_000) as blocker:
        window.backups.restore_action.trigger()
    assert blocker.args[1] is None
    assert not window.session.is_unlocked
    assert window.pages.currentWidget() is window.unlock_page
    assert "now your journal" in window.unlock_page.error_label.text()
    assert window.unlock_page.unlock_button.isEnabled()
    assert prompter.kinds()[-1] == "inform"
    assert entry_count(journal_path) == 2
    kept = [b for b in list_backups(folder, journal_path.stem) if b.reason == "before-restore"]
    assert len(kept) == 1
    assert entry_count(kept[0].path) == 4  # three entries plus the one typed before the restore
    unlock(qtbot, window)
    assert window.session.is_unlocked
    assert window.entry_model.rowCount() > 0


def test_a_damaged_backup_is_refused_and_the_journal_is_untouched(qtbot, make_window, prefs, prompter, journal_path):
    folder = journal_with_history(journal_path)
    manual = next(b for b in list_backups(folder, journal_path.stem) if b.reason == "manual")
    data = bytearray(manual.path.read_bytes())
    data[4096 * 2 + 700] ^= 0xFF
    manual.path.write_bytes(bytes(data))
    before = sha256(journal_path)
    window = window_on_unlock(make_window, prefs, journal_path)

    def choose_damaged(dialog: RestoreDialog) -> bool:
        check_all(qtbot, dialog)
        texts = row_texts(dialog)
        row = next(i for i, r in enumerate(texts) if r[1] == "Taken by hand")
        assert texts[row][2] == "damaged: fails its checks"
        dialog.select_row(row)
        dialog.replace_button.click()
        return dialog.result() == 1

    prompter.dialog_actions.append(choose_damaged)
    window.backups.restore_action.trigger()
    assert prompter.kinds() == ["dialog", "warn"]
    assert "damaged" in prompter.calls[-1][2] and "not changed" in prompter.calls[-1][2]
    assert sha256(journal_path) == before


def test_a_backup_that_fails_verification_during_restore_leaves_the_live_journal_untouched(
    qtbot, make_window, prefs, prompter, journal_path
):
    """The backup checked clean in the list, then went bad before the restore
    (a failing disk): restore verifies the copy before anything changes."""
    folder = journal_with_history(journal_path)
    before = sha256(journal_path)
    listing = sorted(p.name for p in journal_path.parent.iterdir())
    window = window_on_unlock(make_window, prefs, journal_path)

    def check_then_damage(dialog: RestoreDialog) -> bool:
        check_all(qtbot, dialog)
        dialog.select_row(0)
        chosen = dialog.selected_backup().path
        data = bytearray(chosen.read_bytes())
        data[4096 + 300] ^= 0xFF
        chosen.write_bytes(bytes(data))
        dialog.replace_button.click()
        return dialog.result() == 1

    prompter.dialog_actions.append(check_then_damage)
    prompter.confirm_answers.append(True)
    with qtbot.waitSignal(window.backups.restore_finished, timeout=10_000) as blocker:
        window.backups.restore_action.trigger()
    assert blocker.args[1] is not None
    assert prompter.kinds() == ["dialog", "confirm", "warn"]
    assert "damaged" in prompter.calls[-1][2] and "not changed" in prompter.calls[-1][2]
    assert sha256(journal_path) == before
    assert sorted(p.name for p in journal_path.parent.iterdir()) == listing  # no temporary copy left
    assert not [b for b in list_backups(folder, journal_path.stem) if b.reason == "before-restore"]
    assert window.unlock_page.restore_button.isVisible()
    unlock(qtbot, window)
    assert window.session.is_unlocked


# -- a damaged journal on the unlock screen ------------------------------------------------


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "truncated":
        data = data[: len(data) // 2 + 100]
    elif how == "bit-flipped":
        data[40] ^= 0x01  # inside the first page, which every open reads
    elif how == "zeroed":
        data = bytearray(len(data))
    elif how == "empty":
        data = bytearray()
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["truncated", "bit-flipped", "zeroed", "empty"])
def test_damaged_journal_shows_a_clear_message_stays_untouched_and_offers_restore(
    qtbot, make_window, prefs, prompter, journal_path, how
):
    folder = journal_with_history(journal_path)
    _damage(journal_path, how)
    before = sha256(journal_path)
    listing = sorted(p.name for p in journal_path.parent.iterdir())
    window = window_on_unlock(make_window, prefs, journal_path)
    page = window.unlock_page
    assert not page.restore_button.isVisible()
    unlock(qtbot, window)
    assert not window.session.is_unlocked
    text = page.error_label.text()
    assert "damaged" in text and "Restore from a backup" in text and "Nothing has been changed" in text
    assert page.restore_button.isVisible()
    assert prompter.calls == []
    assert sha256(journal_path) == before
    assert sorted(p.name for p in journal_path.parent.iterdir() if p.name != journal_path.name + ".lock") == [
        n for n in listing if n != journal_path.name + ".lock"
    ]
    # Restore offered: the button opens the list of this journal's backups.
    seen = {}

    def look(dialog: RestoreDialog) -> bool:
        seen["rows"] = row_texts(dialog)
        return False

    prompter.dialog_actions.append(look)
    page.restore_button.click()
    assert [r[1] for r in seen["rows"]] == ["Taken by hand", "Automatic (daily)"]
    assert sha256(journal_path) == before
    assert len(list_backups(folder, journal_path.stem)) == 2


def test_replacing_a_damaged_journal_keeps_it_byte_for_byte_and_then_it_unlocks(
    qtbot, make_window, prefs, prompter, journal_path
):
    folder = journal_with_history(journal_path)
    _damage(journal_path, "bit-flipped")
    damaged_bytes = journal_path.read_bytes()
    window = window_on_unlock(make_window, prefs, journal_path)
    unlock(qtbot, window)
    assert window.unlock_page.restore_button.isVisible()

    def newest_replace(dialog: RestoreDialog) -> bool:
        check_all(qtbot, dialog)
        dialog.select_row(0)
        dialog.replace_button.click()
        return dialog.result() == 1

    prompter.dialog_actions.append(newest_replace)
    prompter.confirm_answers.append(True)
    with qtbot.waitSignal(window.backups.restore_finished, timeout=10_000):
        window.unlock_page.restore_button.click()
    (kept,) = [b for b in list_backups(folder, journal_path.stem) if b.reason == "before-restore"]
    assert kept.path.read_bytes() == damaged_bytes
    assert not window.unlock_page.restore_button.isVisible()
    unlock(qtbot, window)
    assert window.session.is_unlocked
    assert window.session.journal_for_tests.entries.count() == 2


def test_a_wrong_passphrase_does_not_offer_restore(qtbot, make_window, prefs, journal_path):
    journal_with_history(journal_path)
    window = window_on_unlock(make_window, prefs, journal_path)
    unlock(qtbot, window, "not it at all")
    assert "does not unlock" in window.unlock_page.error_label.text()
    assert not window.unlock_page.restore_button.isVisible()


def test_no_stray_threads_or_passphrases_after_restore_dialog_is_cancelled(
    qtbot, make_window, prefs, prompter, journal_path
):
    journal_with_history(journal_path)
    window = window_on_unlock(make_window, prefs, journal_path)
    held = {}

    def start_then_cancel(dialog: RestoreDialog) -> bool:
        dialog.passphrase_edit.setText(TEST_PASSPHRASE)
        dialog.check_button.click()
        held["dialog"] = dialog
        dialog.reject()
        return False

    prompter.dialog_actions.append(start_then_cancel)
    window.backups.restore_action.trigger()
    assert window.backups.wait_for_jobs(10_000)
    QApplication.processEvents()
    assert prompter.kinds() == ["dialog"]
    assert os.path.exists(journal_path)


def test_damage_inside_a_data_page_is_reported_never_a_traceback(
    qtbot, make_window, prefs, prompter, journal_path, capfd
):
    """Open reads only the first page. Damage in a page the first screen
    reads is reported at unlock (file untouched, restore offered); damage
    elsewhere fails the daily backup's read-through, which says so."""
    journal = Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF)
    for i in range(30):
        journal.entries.save(Entry(title=f"Visit {i}", body="words " * 300))
    journal.close()
    pristine = journal_path.read_bytes()
    pages = len(pristine) // 4096
    at_unlock = in_backup = 0
    window = window_on_unlock(make_window, prefs, journal_path)
    for page in sorted({1, 2, 3, 5, pages // 2, pages - 2}):
        data = bytearray(pristine)
        data[page * 4096 + 500] ^= 0xFF
        journal_path.write_bytes(bytes(data))
        for leftover in (journal_path.parent / "backups").glob("*"):
            leftover.unlink()
        before = sha256(journal_path)
        window.show_unlock(journal_path)
        unlock(qtbot, window)
        if not window.session.is_unlocked:
            at_unlock += 1
            assert "damaged" in window.unlock_page.error_label.text()
            assert window.unlock_page.restore_button.isVisible()
        else:
            qtbot.waitUntil(lambda: not window.backups.backup_running, timeout=10_000)
            in_backup += 1
            assert "may be damaged" in window.backups.notice.text(), (page, pages, window.statusBar().currentMessage())
            assert "Restore from backup" in window.backups.notice.text()
            window.lock_action.trigger()
        assert sha256(journal_path) == before
        err = capfd.readouterr().err
        assert "Traceback" not in err and "Error calling Python override" not in err
    assert at_unlock and in_backup


def test_settings_dialog_sets_rotation_counts_and_the_clipboard_delay(qtbot, open_window, prompter, prefs):
    assert (prefs.get(S.BACKUP_KEEP_DAILY), prefs.get(S.BACKUP_KEEP_WEEKLY), prefs.get(S.CLIPBOARD_CLEAR_SECONDS)) == (
        7,
        4,
        30,
    )
    assert open_window.backups.policy() == core_backup.RotationPolicy(7, 4)

    def choose(dialog) -> bool:
        assert (dialog.keep_daily_spin.value(), dialog.keep_weekly_spin.value(), dialog.clipboard_spin.value()) == (
            7,
            4,
            30,
        )
        dialog.keep_daily_spin.setValue(10)
        dialog.keep_weekly_spin.setValue(0)
        dialog.clipboard_spin.setValue(12)
        return True

    prompter.dialog_actions.append(choose)
    open_window.settings_action.trigger()
    assert open_window.backups.policy() == core_backup.RotationPolicy(10, 0)
    assert open_window.clipboard_guard.clear_after_ms() == 12_000
    assert S.BACKUP_KEEP_DAILY.coerce(0) == 1 and S.CLIPBOARD_CLEAR_SECONDS.coerce(1) == 5


def _error_types() -> list[type[BaseException]]:
    import inspect

    from reflectjournal.core import errors

    found = [cls for _, cls in inspect.getmembers(errors, inspect.isclass) if issubclass(cls, errors.JournalError)]
    return [*found, PermissionError, OSError, RuntimeError]


@pytest.mark.parametrize("error_type", _error_types(), ids=lambda cls: cls.__name__)
def test_no_restore_failure_is_shown_as_a_class_name(qapp, error_type):
    from reflectjournal.ui.backups import restore_error_text

    try:
        error = error_type("message from the core")
    except TypeError:  # PackInvalid takes a name and its problems
        error = error_type("pack.rjpack", [])
    text = restore_error_text(error)
    assert error_type.__name__ not in text
    assert "Nothing was restored" in text or "not changed" in text
