"""Defects found in review: symlinked journals, backups over the journal,
stale logs at a restore target, kept logs, and a lock file that fails."""

from __future__ import annotations

import errno
import os
import shutil

import pytest

from reflectjournal.core import errors, journal_lock
from reflectjournal.core.backup import restore_backup
from reflectjournal.core.models import Entry
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE


def test_rekey_through_a_symlink_changes_the_real_file(tmp_path):
    real = tmp_path / "sync" / "j.rjournal"
    Journal.create(real, TEST_PASSPHRASE, kdf=TEST_KDF).close()
    link = tmp_path / "j.rjournal"
    link.symlink_to(real)
    with Journal.open(link, TEST_PASSPHRASE, kdf=TEST_KDF) as j:
        j.change_passphrase(TEST_PASSPHRASE, "a new passphrase")
    assert link.is_symlink()
    with pytest.raises(errors.WrongPassphrase):
        Journal.open(real, TEST_PASSPHRASE, kdf=TEST_KDF)
    Journal.open(real, "a new passphrase", kdf=TEST_KDF).close()


def test_the_same_journal_under_two_names_is_locked_once(tmp_path):
    real = tmp_path / "a" / "j.rjournal"
    j = Journal.create(real, TEST_PASSPHRASE, kdf=TEST_KDF)
    link = tmp_path / "other.rjournal"
    link.symlink_to(real)
    with pytest.raises(errors.JournalInUse):
        Journal.open(link, TEST_PASSPHRASE, kdf=TEST_KDF)
    j.close()


def test_a_backup_is_never_written_over_the_open_journal(journal, journal_path, tmp_path):
    journal.entries.save(Entry(title="one"))
    alias = tmp_path / "alias"
    alias.symlink_to(journal_path.parent)
    for dest in (
        journal_path,
        alias / journal_path.name,
        journal_path.parent / ".." / journal_path.parent.name / journal_path.name,
    ):
        with pytest.raises(errors.BackupFailed):
            journal.backup(dest)
    journal.entries.save(Entry(title="two"))
    journal.close()
    with Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as again:
        assert again.entries.count() == 2


def test_restore_never_replays_a_stale_log_left_at_the_target(tmp_path):
    old = tmp_path / "j" / "journal.rjournal"
    j = Journal.create(old, TEST_PASSPHRASE, kdf=TEST_KDF)
    j.entries.save(Entry(title="in the backup"))
    backup = j.backup()
    for i in range(40):
        j.entries.save(Entry(title=f"only in the log {i}"))
    # A crash: the log still holds commits; the user moves the journal away.
    shutil.copy(str(old) + "-wal", tmp_path / "saved-wal")
    j.close()
    shutil.copy(tmp_path / "saved-wal", str(old) + "-wal")
    old.rename(tmp_path / "moved-away.rjournal")
    restore_backup(backup, old, TEST_PASSPHRASE, TEST_KDF)
    with Journal.open(old, TEST_PASSPHRASE, kdf=TEST_KDF) as restored:
        assert [s.title for s in restored.entries.list_entries()] == ["in the backup"]
    kept = list((old.parent / "backups").glob("*orphaned*"))
    assert kept and all(p.stat().st_mode & 0o777 == 0o600 for p in kept)


def test_the_kept_copy_keeps_its_log_privately_and_restores(tmp_path):
    path = tmp_path / "j" / "journal.rjournal"
    j = Journal.create(path, TEST_PASSPHRASE, kdf=TEST_KDF)
    j.entries.save(Entry(title="first"))
    backup = j.backup()
    j.entries.save(Entry(title="second, in the log"))
    shutil.copy(str(path) + "-wal", tmp_path / "wal")
    j.close()
    shutil.copy(tmp_path / "wal", str(path) + "-wal")  # as after a crash
    old_umask = os.umask(0o022)
    try:
        restore_backup(backup, path, TEST_PASSPHRASE, TEST_KDF)
    finally:
        os.umask(old_umask)
    kept = next((path.parent / "backups").glob("*before-restore.rjournal"))
    kept_wal = kept.with_name(kept.name + "-wal")
    assert kept_wal.stat().st_mode & 0o777 == 0o600
    again = tmp_path / "again" / "again.rjournal"
    restore_backup(kept, again, TEST_PASSPHRASE, TEST_KDF)
    with Journal.open(again, TEST_PASSPHRASE, kdf=TEST_KDF) as r:
        assert sorted(s.title for s in r.entries.list_entries()) == ["first", "second, in the log"]


def test_a_lock_file_that_cannot_be_written_does_not_stay_held(journal_path, monkeypatch):
    Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF).close()

    def full(fd, length):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(journal_lock.os, "ftruncate", full)
    Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF).close()  # the pid is only a courtesy
    monkeypatch.undo()
    Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF).close()


def test_a_planted_symlink_lock_is_never_followed(journal_path, tmp_path):
    Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF).close()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    lock = journal_path.with_name(journal_path.name + ".lock")
    lock.unlink()
    lock.symlink_to(victim)
    with pytest.raises(errors.LockFileInvalid, match="symbolic link"):
        Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF)
    assert victim.read_text() == "precious"


def test_an_impossible_date_skips_one_file_not_the_import(journal, tmp_path):
    from reflectjournal.core.importers import import_source

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "fine.md").write_text("---\ntitle: Fine\ndate: 2024-01-02\n---\nA visit.\n")
    (folder / "edge.md").write_text("---\ntitle: Edge\ncreated: 0001-01-01T00:00:00+05:00\n---\nBody.\n")
    (folder / "edge2.md").write_text("---\ntitle: Edge 2\nupdated: 9999-12-31T23:00:00-05:00\n---\nBody.\n")
    report = import_source(journal, folder, "markdown")
    titles = [s.title for s in journal.entries.list_entries()]
    assert "Fine" in titles
    assert len(report.skipped) + len(titles) == 3


def test_a_zip_bomb_is_refused_before_it_is_inflated(journal, tmp_path):
    import zipfile

    from reflectjournal.core.errors import ImportFailed
    from reflectjournal.core.importers import import_source

    bomb = tmp_path / "dayone.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", '{"entries": [' + "{}," * (12 * 1024 * 1024 // 3) + "{}]}")
    assert bomb.stat().st_size < 200_000
    with pytest.raises(ImportFailed, match="zip bomb"):
        import_source(journal, bomb, "dayone")
    assert journal.entries.count() == 0
