"""The People list and the check's settings, kept inside the encrypted journal."""

from __future__ import annotations

import pytest

from reflectjournal.core.identifying import Kind
from reflectjournal.core.journal_settings import JournalSettings
from reflectjournal.core.people import (
    PeopleStore,
    case_patterns,
    detector_for,
    ignore_word,
    ignored_words,
    set_case_patterns,
    unignore_word,
)
from reflectjournal.core.schema import SCHEMA_VERSION
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE


def test_add_edit_merge_remove_and_encrypted(journal, journal_path):
    store = PeopleStore(journal)
    tayo = store.add("Tayo", "Child A", ["T", "tayo", " "])
    okafor = store.add("Ms Okafor", "Mother")
    grace = store.add("Grace Zzyzxokafor", "Mother", ["Grace"])
    assert [p.name for p in store.all()] == ["Grace Zzyzxokafor", "Ms Okafor", "Tayo"]
    assert store.get(tayo).variants == ("T",)  # the name itself and blanks are not variants
    assert store.update(tayo, "Tayo", "Child 1", ["T", "Tay"])
    assert store.get(tayo).stand_in == "Child 1"
    assert store.merge(okafor, grace)
    merged = store.get(okafor)
    assert merged.variants == ("Grace Zzyzxokafor", "Grace") and store.get(grace) is None
    assert store.remove(tayo) and not store.remove(tayo)
    with pytest.raises(ValueError):
        store.add("", "Child B")
    journal.close()
    for path in journal_path.parent.rglob("*"):
        if path.is_file():
            assert b"Zzyzxokafor" not in path.read_bytes(), path
    with Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as again:
        assert [p.name for p in PeopleStore(again).all()] == ["Ms Okafor"]
        assert again.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_ignored_words_and_case_patterns_live_in_the_journal(journal):
    settings = JournalSettings(journal)
    assert ignore_word(settings, "Jayden") and not ignore_word(settings, "jayden")
    assert ignored_words(settings) == ["Jayden"]
    set_case_patterns(settings, ["CS-######", " "])
    assert case_patterns(settings) == ["CS-######"]
    with pytest.raises(ValueError):
        set_case_patterns(settings, ["no-placeholders"])
    PeopleStore(journal).add("Tayo", "Child A")
    d = detector_for(journal)
    found = d.check("Mr Jayden saw Tayo about CS-123456")
    assert [(f.kind, f.text) for f in found] == [(Kind.PERSON, "Tayo"), (Kind.CASE, "CS-123456")]
    assert unignore_word(settings, "JAYDEN")
    assert [f.text for f in detector_for(journal).check("Mr Jayden")] == ["Jayden"]
