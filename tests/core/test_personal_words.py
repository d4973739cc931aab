"""The spell checker's personal dictionary lives inside the encrypted journal."""

from __future__ import annotations

import shutil
from pathlib import Path

from reflectjournal.core.personal_words import PersonalWordStore
from reflectjournal.core.vault import Journal, KdfSettings
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.data.make_fixtures import FIXTURE_KDF_ITER, FIXTURE_PASSPHRASE

DATA = Path(__file__).parent.parent / "data"


def test_words_are_kept_in_the_journal_and_encrypted(journal, journal_path):
    store = PersonalWordStore(journal)
    assert store.words() == []
    assert store.add("Kayleigh-Ann")
    assert not store.add("Kayleigh-Ann")  # already there
    assert store.add(" Tyreece ")
    assert not store.add("")
    assert not store.add("two words")
    assert not store.add("x" * 101)
    assert store.words() == ["Kayleigh-Ann", "Tyreece"]
    assert store.remove("Tyreece")
    assert not store.remove("Tyreece")
    journal.close()
    for path in journal_path.parent.rglob("*"):
        if path.is_file():
            assert b"Kayleigh" not in path.read_bytes(), path
    with Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as again:
        assert PersonalWordStore(again).words() == ["Kayleigh-Ann"]


def test_a_version_3_journal_gains_an_empty_personal_dictionary(tmp_path):
    path = tmp_path / "journal" / "journal-v3.rjournal"
    path.parent.mkdir()
    shutil.copy(DATA / "journal-v3.rjournal", path)
    with Journal.open(path, FIXTURE_PASSPHRASE, kdf=KdfSettings(FIXTURE_KDF_ITER)) as journal:
        store = PersonalWordStore(journal)
        assert store.words() == []
        store.add("Nan")
        assert store.words() == ["Nan"]
