"""Issue 20, storage: one journal has one lock whatever its name; a journal
with two names, a journal path that is not a regular file and a lock file
that is not one are refused with their own messages; a full disk is never
called damage (the real-tmpfs tests are in tests/cli/test_full_disk_cli.py).
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
from pathlib import Path

import pytest

from reflectjournal.core import errors, fsutil
from reflectjournal.core.backup import restore_backup
from reflectjournal.core.models import Entry
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.crash.harness import run_two_names


@contextlib.contextmanager
def must_not_hang(seconds: int = 10):
    """Turn a blocking open (of a named pipe, say) into a test failure."""

    def alarm(signum, frame):
        raise AssertionError(f"blocked for {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture
def made(journal_path) -> Path:
    with Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as journal:
        journal.entries.save(Entry(title="Before", body="Written before anything odd happened."))
    return journal_path


def titles(path: Path) -> list[str]:
    with Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF) as journal:
        assert journal.verify().ok
        return sorted(s.title for s in journal.entries.list_entries())


# -- two names, one journal -------------------------------------------------------------


def test_a_journal_with_two_names_is_refused_by_either_name(made):
    other = made.with_name("other.rjournal")
    os.link(made, other)
    before = made.read_bytes()
    for name in (made, other):
        with pytest.raises(errors.JournalHasLinks) as caught:
            Journal.open(name, TEST_PASSPHRASE, kdf=TEST_KDF)
        message = str(caught.value)
        assert "2 names" in message and "Keep one name and remove the other" in message and "-wal" in message
    assert made.read_bytes() == before
    assert not Path(str(other) + "-wal").exists()  # the second name never got a log of its own
    other.unlink()
    assert titles(made) == ["Before"]


def test_renamed_while_open_only_the_lock_on_the_file_itself_stops_a_second_opener(made):
    """The name changes, so the lock file (named after the path) is a new,
    free one, and the file has one name: the identity lock is all there is."""
    renamed = made.with_name("renamed.rjournal")
    first = Journal.open(made, TEST_PASSPHRASE, kdf=TEST_KDF)
    os.rename(made, renamed)
    assert not renamed.with_name("renamed.rjournal.lock").exists()
    assert os.stat(renamed).st_nlink == 1
    with pytest.raises(errors.JournalInUse, match="already open"):
        Journal.open(renamed, TEST_PASSPHRASE, kdf=TEST_KDF)
    first.entries.save(Entry(title="Saved by the first opener", body="Still its journal."))
    first.close()
    os.rename(renamed, made)
    assert titles(made) == ["Before", "Saved by the first opener"]


def test_a_link_made_after_opening_stops_the_second_name_and_loses_nothing(made):
    first = Journal.open(made, TEST_PASSPHRASE, kdf=TEST_KDF)
    other = made.with_name("other.rjournal")
    os.link(made, other)
    with pytest.raises(errors.JournalHasLinks):
        Journal.open(other, TEST_PASSPHRASE, kdf=TEST_KDF)
    first.entries.save(Entry(title="After the link", body="Saved through the first name."))
    first.close()
    other.unlink()  # keep the name the log was written under, as the message says
    assert titles(made) == ["After the link", "Before"]


def test_after_a_passphrase_change_the_new_file_is_locked_by_identity(made):
    journal = Journal.open(made, TEST_PASSPHRASE, kdf=TEST_KDF)
    journal.change_passphrase(TEST_PASSPHRASE, "a brand new passphrase here")
    renamed = made.with_name("renamed.rjournal")
    os.rename(made, renamed)
    with pytest.raises(errors.JournalInUse):
        Journal.open(renamed, "a brand new passphrase here", kdf=TEST_KDF)
    journal.close()
    Journal.open(renamed, "a brand new passphrase here", kdf=TEST_KDF).close()


def test_two_processes_saving_through_two_names_lose_nothing(tmp_path):
    """The issue's race, with real processes and SIGKILL: hard links made
    before and while two writers run, and a rename while one has it open."""
    tally = run_two_names(3, seed=3, folder=tmp_path / "names", verbose=False)
    assert tally.rounds == 3
    assert tally.saves_acknowledged > 0  # the first writer worked between refusals
    assert tally.refused.get("JournalHasLinks", 0) > 0  # the second name was refused, and said why
    assert tally.renamed_while_open_refused == 1


def test_restore_refuses_a_target_with_two_names_and_one_open_by_another_name(made, tmp_path):
    backup = tmp_path / "copy.rjournal"
    with Journal.open(made, TEST_PASSPHRASE, kdf=TEST_KDF) as journal:
        journal.backup(backup)
    other = made.with_name("other.rjournal")
    os.link(made, other)
    with pytest.raises(errors.JournalHasLinks):
        restore_backup(backup, made, TEST_PASSPHRASE, TEST_KDF)
    other.unlink()
    first = Journal.open(made, TEST_PASSPHRASE, kdf=TEST_KDF)
    renamed = made.with_name("renamed.rjournal")
    os.rename(made, renamed)
    try:
        with pytest.raises(errors.JournalInUse):
            restore_backup(backup, renamed, TEST_PASSPHRASE, TEST_KDF)
    finally:
        first.close()
    assert titles(renamed) == ["Before"]


def test_a_backup_with_two_names_can_still_be_restored(made, tmp_path):
    """Backups are only read: one kept in hard-linked snapshots restores."""
    backup = tmp_path / "copy.rjournal"
    with Journal.open(made, TEST_PASSPHRASE, kdf=TEST_KDF) as journal:
        journal.backup(backup)
    os.link(backup, tmp_path / "snapshot-copy.rjournal")
    restored = restore_backup(backup, tmp_path / "restored.rjournal", TEST_PASSPHRASE, TEST_KDF)
    assert titles(restored) == ["Before"]


# -- the journal path must be a regular file ---------------------------------------------


def test_a_named_pipe_in_place_of_the_journal_is_refused_at_once(tmp_path):
    fifo = tmp_path / "journal.rjournal"
    os.mkfifo(fifo)
    with must_not_hang(), pytest.raises(errors.JournalNotAFile, match="named pipe"):
        Journal.open(fifo, TEST_PASSPHRASE, kdf=TEST_KDF)
    assert not fifo.with_name("journal.rjournal.lock").exists()  # refused before any lock or open


def test_a_socket_or_a_device_in_place_of_the_journal_is_refused(tmp_path):
    sock_path = tmp_path / "journal.rjournal"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(sock_path))
        with pytest.raises(errors.JournalNotAFile, match="a socket"):
            Journal.open(sock_path, TEST_PASSPHRASE, kdf=TEST_KDF)
    with pytest.raises(errors.JournalNotAFile, match="a device"):
        Journal.open("/dev/null", TEST_PASSPHRASE, kdf=TEST_KDF)
    assert not Path("/dev/null.lock").exists()


def test_a_named_pipe_as_a_backup_source_or_destination_is_refused(made, tmp_path):
    fifo = tmp_path / "backup.rjournal"
    os.mkfifo(fifo)
    with must_not_hang(), pytest.raises(errors.BackupFailed, match="named pipe"):
        restore_backup(fifo, tmp_path / "restored.rjournal", TEST_PASSPHRASE, TEST_KDF)
    with must_not_hang(), Journal.open(made, TEST_PASSPHRASE, kdf=TEST_KDF) as journal:
        with pytest.raises(errors.BackupFailed, match="named pipe"):
            journal.backup(fifo)


# -- a lock file that is not a regular file -----------------------------------------------


def lock_of(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def test_a_lock_file_planted_as_a_named_pipe_gets_its_own_message(made):
    lock = lock_of(made)
    lock.unlink(missing_ok=True)
    os.mkfifo(lock)
    with must_not_hang(), pytest.raises(errors.LockFileInvalid) as caught:
        Journal.open(made, TEST_PASSPHRASE, kdf=TEST_KDF)
    message = str(caught.value)
    assert str(lock) in message and "named pipe" in message and "Remove it" in message
    assert "already open" not in message
    lock.unlink()
    assert titles(made) == ["Before"]


def test_a_lock_file_planted_as_a_hard_link_is_never_written(made, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    lock = lock_of(made)
    lock.unlink(missing_ok=True)
    os.link(victim, lock)
    with pytest.raises(errors.LockFileInvalid, match="hard link"):
        Journal.open(made, TEST_PASSPHRASE, kdf=TEST_KDF)
    assert victim.read_text() == "precious"


# -- a full disk is a full disk ------------------------------------------------------------


class FakeSqliteError(Exception):
    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.sqlite_errorcode = code


@pytest.mark.parametrize(
    ("message", "code", "full"),
    [
        ("database or disk is full", fsutil.SQLITE_FULL, True),
        ("disk I/O error", fsutil.SQLITE_IOERR, True),
        ("disk I/O error", 4874, True),  # SQLITE_IOERR_SHMSIZE, if extended codes ever arrive
        ("database or disk is full", 1, True),  # what sqlcipher_export() reports
        ("file is not a database", 26, False),
        ("database disk image is malformed", 11, False),
    ],
)
def test_sqlite_errors_are_told_by_their_code(message, code, full):
    assert fsutil.is_disk_full(FakeSqliteError(message, code)) is full


def test_a_backups_folder_that_cannot_be_listed_does_not_stop_the_open_or_hold_the_lock(tmp_path, monkeypatch):
    from reflectjournal.core import vault

    path = tmp_path / "j.rjournal"
    Journal.create(path, TEST_PASSPHRASE, kdf=TEST_KDF).close()

    def unlistable(folder, stem):
        raise PermissionError(13, "Permission denied", str(folder))

    monkeypatch.setattr(vault, "_remove_stale_backup_temporaries", unlistable)
    with Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF) as journal:
        assert journal.entries.count() == 0


def test_an_open_that_fails_after_the_journal_is_built_lets_go_of_everything(tmp_path, monkeypatch):
    from reflectjournal.core import vault

    path = tmp_path / "j.rjournal"
    Journal.create(path, TEST_PASSPHRASE, kdf=TEST_KDF).close()

    def broken(folder, stem):
        raise RuntimeError("something unexpected after the journal was built")

    monkeypatch.setattr(vault, "_remove_stale_backup_temporaries", broken)
    monkeypatch.setattr(vault.Journal, "backup", lambda self, **_: (_ for _ in ()).throw(RuntimeError("x")))
    monkeypatch.setattr(vault, "SCHEMA_VERSION", vault.SCHEMA_VERSION + 1)  # an "older" journal: upgrade path
    with pytest.raises(RuntimeError):
        Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF)
    monkeypatch.undo()
    Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF).close()  # not "already open": the locks were let go


def test_create_never_removes_a_file_another_process_made_in_the_meantime(tmp_path, monkeypatch):
    from reflectjournal.core import fsutil as fs

    path = tmp_path / "new.rjournal"
    real_ensure = fs.ensure_private_dir

    def someone_else_creates_it(folder):
        real_ensure(folder)
        path.write_bytes(b"their journal")  # after our check that nothing is there, before our lock

    monkeypatch.setattr(fs, "ensure_private_dir", someone_else_creates_it)
    with pytest.raises(errors.JournalExists):
        Journal.create(path, TEST_PASSPHRASE, kdf=TEST_KDF)
    assert path.read_bytes() == b"their journal"
