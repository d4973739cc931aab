"""A full disk while writing: a clear message, no traceback, earlier entries
intact, the unsaved text kept in the editor, and saving works again once
there is space.

Two ways in: an injected failure in the entry store (everywhere), and a real
full disk, a journal on a 2 MB tmpfs (needs root and CAP_SYS_ADMIN; skipped
cleanly otherwise).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from reflectjournal.core.backup import backup_name, list_backups
from reflectjournal.core.entries import EntryStore
from reflectjournal.core.errors import StorageFull
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.ui.conftest import create_journal, unlock


def titles(path: Path) -> list[str]:
    with Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF) as journal:
        return sorted(s.title for s in journal.entries.list_entries())


def assert_full_disk_shown(window, unsaved_body: str) -> None:
    assert window.banner.isVisibleTo(window)
    assert "disk is full" in window.banner.text()
    assert "still here in the editor" in window.banner.text()
    assert window.save_status.text() == "Not saved"
    assert window.editor.body_edit.toPlainText() == unsaved_body
    assert window.is_dirty


@pytest.mark.slow
def test_injected_storage_full_in_the_entry_store(qtbot, open_window, journal_path, monkeypatch, capfd, prompter):
    window = open_window
    qtbot.waitUntil(lambda: not window.backups.backup_running, timeout=5000)
    qtbot.keyClicks(window.editor.title_edit, "Written before the disk filled")
    assert window.save_now()
    window.new_action.trigger()
    real_save = EntryStore.save

    def full(self, entry):
        raise StorageFull("The disk is full; nothing was saved.")

    monkeypatch.setattr(EntryStore, "save", full)
    qtbot.keyClicks(window.editor.title_edit, "Second")
    qtbot.keyClicks(window.editor.body_edit, "Words that must not be lost")
    # Autosave runs within two seconds and fails.
    qtbot.waitUntil(lambda: window.save_status.text() == "Not saved", timeout=3000)
    assert_full_disk_shown(window, "Words that must not be lost")
    assert prompter.calls == []  # a banner, not a modal box
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Words that must" not in err
    # Space comes back: the next keystroke saves.
    monkeypatch.setattr(EntryStore, "save", real_save)
    qtbot.keyClicks(window.editor.body_edit, ".")
    qtbot.waitUntil(lambda: not window.is_dirty, timeout=3000)
    assert not window.banner.isVisibleTo(window)
    assert window.save_status.text() == "Saved"
    window.lock_action.trigger()
    assert titles(journal_path) == ["Second", "Written before the disk filled"]


# -- a real full disk --------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs, mounted for this test only."""
    mount, umount = shutil.which("mount"), shutil.which("umount")
    if os.geteuid() != 0 or not mount or not umount:
        pytest.skip("mounting a tmpfs needs root")
    folder = tmp_path / "small-disk"
    folder.mkdir()
    done = subprocess.run(
        [mount, "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()[:120]}")
    try:
        yield folder
    finally:
        subprocess.run([umount, "-l", str(folder)], capture_output=True)


def fill(folder: Path) -> Path:
    """Write until the file system says ENOSPC; return the filler."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 4096
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(chunk)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


@pytest.mark.slow
def test_a_real_full_disk_keeps_the_text_and_saves_once_there_is_space(qtbot, window, small_disk, capfd, prompter):
    journal_path = small_disk / "journal.rjournal"
    with qtbot.waitSignal(window.backups.backup_finished, timeout=10_000):
        create_journal(qtbot, window, journal_path)
    qtbot.keyClicks(window.editor.title_edit, "Kept safe")
    qtbot.keyClicks(window.editor.body_edit, "Written while there was room.")
    assert window.save_now()
    window.new_action.trigger()
    filler = fill(small_disk)
    body = "A long reflection written on a full disk. " * 200
    qtbot.keyClicks(window.editor.title_edit, "Typed on a full disk")
    window.editor.body_edit.setPlainText(body)
    qtbot.waitUntil(lambda: window.save_status.text() == "Not saved", timeout=4000)
    assert_full_disk_shown(window, body)
    assert prompter.calls == []
    err = capfd.readouterr().err
    assert "Traceback" not in err and "full disk" not in err
    # Earlier entries are intact, read through a second connection.
    assert [s.title for s in window.session.journal_for_tests.entries.list_entries()] == ["Kept safe"]
    assert window.session.journal_for_tests.verify().ok
    # Space comes back: the next keystroke saves everything typed.
    filler.unlink()
    window.editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor.body_edit, "!")
    qtbot.waitUntil(lambda: not window.is_dirty, timeout=4000)
    assert not window.banner.isVisibleTo(window)
    window.lock_action.trigger()
    with Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as journal:
        by_title = {s.title: s.id for s in journal.entries.list_entries()}
        assert set(by_title) == {"Kept safe", "Typed on a full disk"}
        assert journal.entries.get(by_title["Typed on a full disk"]).body == body + "!"
        assert journal.verify().ok


def test_a_backup_on_a_full_disk_is_a_notice_and_leaves_no_partial_file(qtbot, window, small_disk, prompter):
    journal_path = small_disk / "journal.rjournal"
    with qtbot.waitSignal(window.backups.backup_finished, timeout=10_000):
        create_journal(qtbot, window, journal_path)
    for i in range(20):
        window.new_action.trigger()
        window.editor.body_edit.setPlainText(f"Entry {i} " + "words " * 400)
        assert window.save_now()
    folder = journal_path.parent / "backups"
    (first,) = list_backups(folder, journal_path.stem)
    first.path.rename(folder / backup_name(journal_path.stem, first.taken_at - dt.timedelta(days=2), "daily"))
    window.lock_action.trigger()
    filler = fill(small_disk)
    # Leave a little room: enough to unlock, not enough for a backup.
    with open(filler, "r+b") as fh:
        fh.truncate(max(0, filler.stat().st_size - 64 * 1024))
    with qtbot.waitSignal(window.backups.backup_finished, timeout=10_000) as blocker:
        unlock(qtbot, window)
    assert isinstance(blocker.args[1], StorageFull)
    assert window.backups.notice.isVisible()
    assert "disk is full" in window.backups.notice.text()
    assert prompter.calls == []
    assert not list(folder.glob(".*.tmp*"))
    assert window.session.is_unlocked
    assert window.session.journal_for_tests.entries.count() == 20
