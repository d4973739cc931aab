"""Settings kept inside the encrypted journal (schema version 7)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reflectjournal.core.journal_settings import JournalSettings
from reflectjournal.core.vault import Journal, KdfSettings
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.data.make_fixtures import FIXTURE_KDF_ITER, FIXTURE_PASSPHRASE

DATA = Path(__file__).parent.parent / "data"


def test_values_round_trip_and_are_encrypted(journal, journal_path):
    store = JournalSettings(journal)
    assert store.get("supervision.supervisor_name") is None
    assert store.get("supervision.supervisor_name", "") == ""
    store.set("supervision.supervisor_name", "Abimbola Okonkwo-Reyes")
    store.set("check.ignored", ["Tayo", "Ngozi"])
    store.set("check.ignored", ["Tayo"])  # replaces
    assert store.get("check.ignored") == ["Tayo"]
    assert store.keys() == ["check.ignored", "supervision.supervisor_name"]
    store.set("check.ignored", None)
    assert store.get("check.ignored", []) == []
    journal.close()
    for path in journal_path.parent.rglob("*"):
        if path.is_file():
            assert b"Okonkwo" not in path.read_bytes(), path
    with Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as again:
        assert JournalSettings(again).get("supervision.supervisor_name") == "Abimbola Okonkwo-Reyes"


def test_a_damaged_value_reads_as_the_default(journal):
    with journal.write() as conn:
        conn.execute("INSERT INTO journal_settings(key, value) VALUES ('x', '{not json')")
    assert JournalSettings(journal).get("x", 3) == 3


@pytest.mark.parametrize("key", ["", "k" * 101])
def test_a_bad_key_is_refused(journal, key):
    with pytest.raises(ValueError):
        JournalSettings(journal).set(key, 1)


def test_a_version_6_journal_gains_an_empty_settings_table(tmp_path):
    path = tmp_path / "journal" / "journal-v6.rjournal"
    path.parent.mkdir()
    shutil.copy(DATA / "journal-v6.rjournal", path)
    with Journal.open(path, FIXTURE_PASSPHRASE, kdf=KdfSettings(FIXTURE_KDF_ITER)) as journal:
        store = JournalSettings(journal)
        assert store.keys() == []
        store.set("a", {"b": [1, 2]})
        assert store.get("a") == {"b": [1, 2]}
