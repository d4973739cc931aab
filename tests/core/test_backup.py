"""Automatic backups, rotation and restore."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from reflectjournal.core import errors
from reflectjournal.core.backup import (
    RotationPolicy,
    backup_name,
    inspect_backup,
    list_backups,
    restore_backup,
    rotate_backups,
)
from reflectjournal.core.models import Entry
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE


class Clock:
    def __init__(self, start):
        self.now = start

    def __call__(self):
        return self.now


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def clock():
    return Clock(dt.datetime(2026, 5, 1, 8, tzinfo=dt.UTC))


@pytest.fixture
def timed(journal_path, clock):
    with Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=clock) as j:
        j.entries.save(Entry(title="one"))
        yield j


def test_daily_backup_only_when_due(timed, clock):
    first = timed.backup_if_due()
    assert first is not None and first.exists()
    clock.now += dt.timedelta(hours=23)
    assert timed.backup_if_due() is None
    clock.now += dt.timedelta(hours=2)
    second = timed.backup_if_due()
    assert second is not None and second != first
    assert [b.reason for b in list_backups(timed.backup_dir, timed.path.stem)] == ["daily", "daily"]


def test_rotation_keeps_seven_daily_and_four_weekly(tmp_path):
    start = dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC)
    for n in range(60):
        (tmp_path / backup_name("journal", start + dt.timedelta(days=n), "daily")).write_bytes(b"x")
    (tmp_path / backup_name("journal", start, "before-upgrade-from-v1")).write_bytes(b"x")
    (tmp_path / backup_name("other", start, "daily")).write_bytes(b"x")
    rotate_backups(tmp_path, "journal", RotationPolicy(daily=7, weekly=4))
    left = list_backups(tmp_path, "journal")
    daily = [b.taken_at.date() for b in left if b.reason == "daily"]
    newest = (start + dt.timedelta(days=59)).date()
    assert daily[:7] == [newest - dt.timedelta(days=i) for i in range(7)]
    assert len(daily) == 11
    weeks = {tuple(d.isocalendar())[:2] for d in daily[7:]}
    assert len(weeks) == 4
    assert any(b.reason == "before-upgrade-from-v1" for b in left)
    assert (tmp_path / backup_name("other", start, "daily")).exists()


def test_inspect_reports_entry_count(timed):
    path = timed.backup()
    assert inspect_backup(path, TEST_PASSPHRASE, TEST_KDF) == 1


def test_restore_into_a_new_file(timed, tmp_path):
    path = timed.backup()
    timed.entries.save(Entry(title="two"))
    target = tmp_path / "restored" / "restored.rjournal"
    restore_backup(path, target, TEST_PASSPHRASE, TEST_KDF)
    assert target.stat().st_mode & 0o777 == 0o600
    with Journal.open(target, TEST_PASSPHRASE, kdf=TEST_KDF) as r:
        assert [s.title for s in r.entries.list_entries()] == ["one"]


def test_restore_replaces_current_keeping_it_first(journal_path, clock):
    j = Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=clock)
    j.entries.save(Entry(title="old"))
    backup = j.backup()
    j.entries.save(Entry(title="newer"))
    j.close()
    current = digest(journal_path)
    clock.now += dt.timedelta(minutes=5)
    restore_backup(backup, journal_path, TEST_PASSPHRASE, TEST_KDF, clock=clock)
    with Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as r:
        assert [s.title for s in r.entries.list_entries()] == ["old"]
    kept = [b for b in list_backups(journal_path.parent / "backups", "journal") if b.reason == "before-restore"]
    assert len(kept) == 1 and digest(kept[0].path) == current


def test_a_bad_backup_is_refused_and_the_live_journal_untouched(journal_path, tmp_path):
    j = Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF)
    j.entries.save(Entry(title="live"))
    backup = j.backup()
    j.close()
    data = bytearray(backup.read_bytes())
    data[4096 * 2 + 100] ^= 0xFF
    backup.write_bytes(bytes(data))
    live = digest(journal_path)
    with pytest.raises(errors.BackupFailed):
        restore_backup(backup, journal_path, TEST_PASSPHRASE, TEST_KDF)
    assert digest(journal_path) == live
    assert not list(journal_path.parent.glob(".*restore-tmp"))
    with pytest.raises(errors.BackupFailed):
        restore_backup(tmp_path / "missing.rjournal", journal_path, TEST_PASSPHRASE, TEST_KDF)
    with pytest.raises(errors.BackupFailed):
        inspect_backup(backup, TEST_PASSPHRASE, TEST_KDF)


def test_half_written_backups_are_cleared_on_open(journal_path):
    Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF).close()
    folder = journal_path.parent / "backups"
    folder.mkdir()
    stale = folder / ".journal-20260101T000000Z-daily.rjournal.tmp"
    stale.write_bytes(b"partial")
    other = folder / "notes.txt"
    other.write_text("mine")
    Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF).close()
    assert not stale.exists() and other.exists()


def test_restore_refuses_while_the_journal_is_open(journal, journal_path):
    journal.entries.save(Entry(title="open"))
    backup = journal.backup()
    with pytest.raises(errors.JournalInUse):
        restore_backup(backup, journal_path, TEST_PASSPHRASE, TEST_KDF)


def test_restore_with_the_wrong_passphrase_says_so(journal, tmp_path):
    journal.entries.save(Entry(title="x"))
    backup = journal.backup()
    with pytest.raises(errors.WrongPassphrase):
        restore_backup(backup, tmp_path / "new.rjournal", "not it", TEST_KDF)
    assert not (tmp_path / "new.rjournal").exists()


def test_saves_go_on_while_a_backup_is_written(journal, monkeypatch):
    """The backup reads a snapshot through its own connection: a save made
    while it is copying is neither blocked nor half-copied."""
    import threading

    from reflectjournal.core import connection

    for i in range(20):
        journal.entries.save(Entry(title=f"e{i}", body="words " * 200))
    started, release = threading.Event(), threading.Event()
    real_connect = connection.connect

    class Paused:
        def __init__(self, conn):
            self._conn = conn

        def execute(self, sql, *args):
            if "sqlcipher_export" in sql:
                started.set()
                release.wait(10)
            return self._conn.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self._conn, name)

    monkeypatch.setattr(connection, "connect", lambda *a, **k: Paused(real_connect(*a, **k)))
    result = {}
    worker = threading.Thread(target=lambda: result.setdefault("path", journal.backup()))
    worker.start()
    assert started.wait(10)
    journal.entries.save(Entry(title="during the backup"))  # must not block
    release.set()
    worker.join(30)
    monkeypatch.undo()
    assert inspect_backup(result["path"], TEST_PASSPHRASE, TEST_KDF) == 20
    assert journal.entries.count() == 21


def test_damage_in_any_page_stops_the_backup_never_a_silent_copy(tmp_path):
    """The copy is made from the tables and its indexes are built afresh, so
    a damaged index page of the journal would never be read by the copy:
    the backup checks every page of the journal first (issue 19 moved the
    search index's words out of a table it copied)."""
    from reflectjournal.core.errors import BackupSourceUnreadable, JournalDamaged

    path = tmp_path / "journal.rjournal"
    with Journal.create(path, TEST_PASSPHRASE, kdf=TEST_KDF) as journal:
        for i in range(30):
            journal.entries.save(Entry(title=f"Visit {i}", body="words " * 300, tags=["neglect"]))
    pristine = path.read_bytes()
    pages = len(pristine) // 4096
    stopped = 0
    for page in range(1, pages):
        data = bytearray(pristine)
        data[page * 4096 + 500] ^= 0xFF
        path.write_bytes(bytes(data))
        try:
            journal = Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF, backup_dir=tmp_path / "backups")
        except JournalDamaged:
            stopped += 1
            continue
        with journal, pytest.raises((BackupSourceUnreadable, JournalDamaged)):
            journal.backup(tmp_path / f"copy-{page}.rjournal")
        assert not (tmp_path / f"copy-{page}.rjournal").exists()
        stopped += 1
    assert stopped == pages - 1
