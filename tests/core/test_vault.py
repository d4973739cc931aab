"""Creating, opening, locking and re-keying the journal file."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlcipher3

from reflectjournal.core import errors, fsutil
from reflectjournal.core.models import Entry
from reflectjournal.core.schema import SCHEMA_VERSION
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.fixture
def closed_journal(journal_path) -> Path:
    with Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as j:
        for i in range(5):
            j.entries.save(Entry(title=f"Visit {i}", body="The child was at school." * 20))
    return journal_path


def open_journal(path: Path, passphrase: str = TEST_PASSPHRASE) -> Journal:
    return Journal.open(path, passphrase, kdf=TEST_KDF)


# -- creating ---------------------------------------------------------------


@pytest.mark.parametrize("passphrase", ["", "   ", "\t\n"])
def test_create_refuses_an_empty_passphrase(journal_path, passphrase):
    with pytest.raises(errors.EmptyPassphrase):
        Journal.create(journal_path, passphrase, kdf=TEST_KDF)
    assert not journal_path.exists()


def test_create_refuses_to_overwrite_a_file(tmp_path):
    path = tmp_path / "precious.txt"
    path.write_bytes(b"not mine to replace")
    with pytest.raises(errors.JournalExists):
        Journal.create(path, TEST_PASSPHRASE, kdf=TEST_KDF)
    assert path.read_bytes() == b"not mine to replace"


def test_new_journal_is_sqlcipher_and_encrypted(closed_journal):
    head = closed_journal.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    with open_journal(closed_journal) as j:
        assert j.conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        assert j.schema_version == SCHEMA_VERSION


def test_connection_settings(journal):
    conn = journal.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert conn.execute("PRAGMA kdf_iter").fetchone()[0] == str(TEST_KDF.iterations)


def test_production_kdf_is_at_least_sqlcipher_default():
    from reflectjournal.core.vault import PRODUCTION_KDF

    assert PRODUCTION_KDF.iterations >= 256_000


def test_files_are_private(journal, journal_path):
    journal.entries.save(Entry(title="x"))
    backup = journal.backup()
    wal = Path(str(journal_path) + "-wal")
    shm = Path(str(journal_path) + "-shm")
    for path in (journal_path, wal, shm, backup):
        assert path.exists(), path
        assert path.stat().st_mode & 0o777 == 0o600, path
    assert journal_path.parent.stat().st_mode & 0o777 == 0o700
    assert backup.parent.stat().st_mode & 0o777 == 0o700


def test_private_even_under_a_permissive_umask(journal_path):
    old = os.umask(0o000)
    try:
        with Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as j:
            j.entries.save(Entry(title="x"))
            assert journal_path.stat().st_mode & 0o777 == 0o600
            assert Path(str(journal_path) + "-wal").stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)


# -- opening and its errors -------------------------------------------------


def test_round_trip_after_reopen(closed_journal):
    with open_journal(closed_journal) as j:
        assert j.entries.count() == 5


def test_passphrase_is_unicode_normalised(journal_path):
    composed = "caf\u00e9 au lait"
    decomposed = "cafe\u0301 au lait"
    Journal.create(journal_path, composed, kdf=TEST_KDF).close()
    open_journal(journal_path, decomposed).close()


def test_wrong_passphrase(closed_journal, capfd):
    before = digest(closed_journal)
    with pytest.raises(errors.WrongPassphrase):
        open_journal(closed_journal, "not the passphrase")
    assert digest(closed_journal) == before
    # SQLCipher's own logging is silenced: nothing on stderr.
    assert capfd.readouterr().err == ""


def test_a_passphrase_with_quotes_works(journal_path):
    tricky = "it's a \"quoted\" pass'; DROP TABLE entries; --"
    Journal.create(journal_path, tricky, kdf=TEST_KDF).close()
    open_journal(journal_path, tricky).close()
    with pytest.raises(errors.WrongPassphrase):
        open_journal(journal_path, "it's a")


def test_missing_journal_is_not_created(tmp_path):
    path = tmp_path / "nothing-here.rjournal"
    with pytest.raises(errors.JournalNotFound):
        open_journal(path)
    assert not path.exists()


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "empty":
        data = bytearray()
    elif how == "truncated":
        data = data[: len(data) // 2 + 100]
    elif how == "zeroed":
        data = bytearray(len(data))
    elif how == "header-bitflip":
        data[40] ^= 0x01
    elif how == "random":
        data = bytearray(os.urandom(8192 + 17))
    elif how == "text":
        data = bytearray(b"Dear diary,\n" * 1000)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["empty", "truncated", "zeroed", "header-bitflip", "random", "text"])
def test_damaged_journal_is_reported_and_left_untouched(closed_journal, how):
    _damage(closed_journal, how)
    before = digest(closed_journal)
    listing = folder_listing(closed_journal.parent)
    with pytest.raises(errors.JournalDamaged):
        open_journal(closed_journal)
    assert digest(closed_journal) == before
    # No new database, WAL or backup appeared in place of the failed one.
    assert folder_listing(closed_journal.parent) - listing <= {closed_journal.name + ".lock"}


def test_zero_byte_file_is_not_opened_as_a_new_database(tmp_path):
    path = tmp_path / "empty.rjournal"
    path.touch()
    with pytest.raises(errors.JournalDamaged, match="empty"):
        open_journal(path)
    assert path.stat().st_size == 0


def test_plain_sqlite_file_is_not_a_journal(tmp_path):
    path = tmp_path / "plain.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(errors.NotAJournal):
        open_journal(path)


def test_other_encrypted_database_is_not_a_journal(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{TEST_PASSPHRASE}'")
    conn.execute(f"PRAGMA kdf_iter = {TEST_KDF.iterations}")
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(errors.NotAJournal):
        open_journal(path)


def test_damage_inside_a_page_is_found_by_verify(closed_journal):
    data = bytearray(closed_journal.read_bytes())
    data[4096 * 3 + 500] ^= 0xFF
    closed_journal.write_bytes(bytes(data))
    try:
        j = open_journal(closed_journal)
    except errors.JournalDamaged:
        return  # also acceptable: found at open
    with j:
        report = j.verify()
    assert not report.ok
    assert report.cipher_problems


def test_verify_is_clean_on_a_healthy_journal(journal):
    journal.entries.save(Entry(title="fine", body="all well"))
    report = journal.verify()
    assert report.ok, report


def test_newer_schema_is_refused_untouched(closed_journal):
    conn = sqlcipher3.connect(str(closed_journal), isolation_level=None)
    conn.execute(f"PRAGMA key = '{TEST_PASSPHRASE}'")
    conn.execute(f"PRAGMA kdf_iter = {TEST_KDF.iterations}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(closed_journal)
    with pytest.raises(errors.SchemaTooNew):
        open_journal(closed_journal)
    assert digest(closed_journal) == before


# -- one process at a time --------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sys, time
    from reflectjournal.core.vault import Journal, KdfSettings
    j = Journal.open(sys.argv[1], sys.argv[2], kdf=KdfSettings(int(sys.argv[3])))
    print("open", flush=True)
    time.sleep(60)
    """
)


def test_second_process_gets_already_open_and_lock_is_reclaimed_after_kill(closed_journal):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(closed_journal), TEST_PASSPHRASE, str(TEST_KDF.iterations)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        before = digest(closed_journal)
        with pytest.raises(errors.JournalInUse):
            open_journal(closed_journal)
        assert digest(closed_journal) == before
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # The killed process's lock is gone with it.
    with open_journal(closed_journal) as j:
        assert j.entries.count() == 5


def test_same_process_second_open_is_refused(journal, journal_path):
    journal.entries.save(Entry(title="x"))
    with pytest.raises(errors.JournalInUse):
        open_journal(journal_path)


def test_closed_journal_refuses_use(journal):
    journal.close()
    with pytest.raises(errors.JournalClosed):
        journal.entries.count()


# -- changing the passphrase ------------------------------------------------


def test_change_passphrase(closed_journal):
    with open_journal(closed_journal) as j:
        j.change_passphrase(TEST_PASSPHRASE, "a brand new passphrase")
        assert j.entries.count() == 5  # still usable straight after
        j.entries.save(Entry(title="after re-key"))
    with pytest.raises(errors.WrongPassphrase):
        open_journal(closed_journal)
    with open_journal(closed_journal, "a brand new passphrase") as j:
        assert j.entries.count() == 6
        assert j.verify().ok
    assert closed_journal.stat().st_mode & 0o777 == 0o600
    assert not Path(str(closed_journal) + ".rekey-tmp").exists()


def test_change_passphrase_needs_the_current_one(journal):
    with pytest.raises(errors.WrongPassphrase):
        journal.change_passphrase("guess", "new passphrase")


def test_change_passphrase_refuses_empty(journal):
    with pytest.raises(errors.EmptyPassphrase):
        journal.change_passphrase(TEST_PASSPHRASE, "  ")


def test_change_passphrase_on_a_full_disk_keeps_the_old_one(closed_journal, monkeypatch):
    import errno

    from reflectjournal.core import backup as backup_module

    j = open_journal(closed_journal)
    real_fsync = fsutil.fsync_file

    def full(path):
        if str(path).endswith(".rekey-tmp"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(path)

    monkeypatch.setattr(fsutil, "fsync_file", full)
    monkeypatch.setattr(backup_module.fsutil, "fsync_file", full)
    with pytest.raises(errors.StorageFull):
        j.change_passphrase(TEST_PASSPHRASE, "new passphrase")
    # Still open and working with the old key, and nothing left behind.
    assert j.entries.count() == 5
    j.close()
    assert not Path(str(closed_journal) + ".rekey-tmp").exists()
    open_journal(closed_journal).close()
    with pytest.raises(errors.WrongPassphrase):
        open_journal(closed_journal, "new passphrase")


REKEY_WRITER = textwrap.dedent(
    """
    import sys
    from reflectjournal.core.vault import Journal, KdfSettings
    path, old, new, kdf = sys.argv[1], sys.argv[2], sys.argv[3], KdfSettings(int(sys.argv[4]))
    j = Journal.open(path, old, kdf=kdf)
    print("ready", flush=True)
    j.change_passphrase(old, new)
    print("done", flush=True)
    j.close()
    """
)


@pytest.mark.parametrize("delay_ms", [0, 5, 15, 30, 45, 60, 90, 120])
def test_killed_mid_rekey_leaves_exactly_one_passphrase(closed_journal, delay_ms):
    """SIGKILL during change_passphrase: old or new works, never both or neither."""
    new = "the new passphrase"
    writer = subprocess.Popen(
        [sys.executable, "-c", REKEY_WRITER, str(closed_journal), TEST_PASSPHRASE, new, str(TEST_KDF.iterations)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout.readline().strip() == "ready"
    time.sleep(delay_ms / 1000)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    working = []
    for candidate in (TEST_PASSPHRASE, new):
        try:
            with open_journal(closed_journal, candidate) as j:
                assert j.entries.count() == 5
                assert j.verify().ok
            working.append(candidate)
        except errors.WrongPassphrase:
            pass
    assert len(working) == 1


def test_backup_is_encrypted_verified_and_opens(journal, tmp_path):
    for i in range(3):
        journal.entries.save(Entry(title=f"entry {i}"))
    dest = journal.backup(tmp_path / "copies" / "manual.rjournal")
    assert dest.read_bytes()[:16] != b"SQLite format 3\x00"
    assert not list(dest.parent.glob(".*.tmp"))
    copy = tmp_path / "copy.rjournal"
    shutil.copy(dest, copy)
    with open_journal(copy) as j:
        assert j.entries.count() == 3
