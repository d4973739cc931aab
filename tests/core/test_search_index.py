"""The search index keeps no copy of the text (schema 8): it reads titles,
bodies, tags and child-in-mind text from the entries, and every write keeps
it in step. If it ever fell out of step, search would find words no longer
there and miss new ones, and `verify` must say so."""

from __future__ import annotations

import shutil
from pathlib import Path

from reflectjournal.core.models import Entry, EntryFilter
from reflectjournal.core.vault import Journal, KdfSettings
from tests.data.make_fixtures import FIXTURE_KDF_ITER, FIXTURE_PASSPHRASE, V1_ENTRIES

DATA = Path(__file__).parent.parent / "data"


def ids(journal, text, flt=EntryFilter()):
    return sorted(hit.entry.id for hit in journal.entries.search(text, flt))


def test_the_index_holds_no_second_copy_of_the_text(journal):
    journal.entries.save(Entry(title="Quokka visit", body="Marmalade sandwiches"))
    tables = {row[0] for row in journal.conn.execute("SELECT name FROM sqlite_master")}
    assert "entries_fts_content" not in tables  # FTS5's own copy of every column
    assert "entries_fts_data" in tables  # the index itself


def test_every_kind_of_write_keeps_the_index_in_step(journal):
    store = journal.entries
    kept = store.save(Entry(title="Quokka visit", body="Marmalade sandwiches", tags=["Zeta", "alpha", "École"]))
    other = store.save(Entry(title="Other", body="Nothing here", child_in_mind="Wombat"))
    assert ids(journal, "marmalade") == [kept.id]
    assert ids(journal, "école") == [kept.id]  # tags are searched, whatever their order
    # Edit every searched field: the old words go, the new ones come.
    kept.title, kept.body, kept.tags, kept.child_in_mind = "Pelican", "Gooseberry", ["beta"], "Heron"
    store.save(kept)
    for gone in ("quokka", "marmalade", "zeta", "alpha", "école"):
        assert ids(journal, gone) == [], gone
    for now in ("pelican", "gooseberry", "beta", "heron"):
        assert ids(journal, now) == [kept.id], now
    assert store.search("gooseberry")[0].snippet  # snippets are read from the entry itself
    store.trash(other.id)
    store.delete_forever(other.id)
    assert ids(journal, "wombat", EntryFilter(trash=True)) == []
    store.trash(kept.id)
    assert store.empty_trash() == 1
    assert ids(journal, "pelican", EntryFilter(trash=True)) == []
    assert journal.verify().search_index_ok
    assert journal.conn.execute("SELECT count(*) FROM entries_fts_docsize").fetchone()[0] == 0


def test_verify_finds_an_index_out_of_step_with_the_entries(journal):
    saved = journal.entries.save(Entry(title="Quokka", body="Marmalade"))
    assert journal.verify().search_index_ok
    with journal.write() as conn:  # below the store: the index is not told
        conn.execute("UPDATE entries SET body = 'Something else entirely' WHERE id = ?", (saved.id,))
    assert not journal.verify().search_index_ok


def test_an_upgraded_journal_is_searched_as_before(tmp_path):
    path = tmp_path / "journal" / "journal-v7.rjournal"
    path.parent.mkdir()
    shutil.copy(DATA / "journal-v7.rjournal", path)
    with Journal.open(path, FIXTURE_PASSPHRASE, kdf=KdfSettings(FIXTURE_KDF_ITER)) as journal:
        assert journal.verify().search_index_ok
        tables = {row[0] for row in journal.conn.execute("SELECT name FROM sqlite_master")}
        assert "entries_fts_content" not in tables
        assert ids(journal, "nan") == [3]  # child in mind
        assert ids(journal, "school") == [2]  # a tag
        assert ids(journal, "Ünïcödé") == [3]
        assert len(V1_ENTRIES) == len(journal.entries.list_entries())
        entry = journal.entries.get(2)
        entry.body = "Attendance is better."
        journal.entries.save(entry)
        assert ids(journal, "weekly") == []
        assert ids(journal, "attendance") == [2]
        assert journal.verify().search_index_ok


def test_upgrading_gives_the_space_of_the_old_copy_back(tmp_path):
    path = tmp_path / "journal" / "journal-v7.rjournal"
    path.parent.mkdir()
    shutil.copy(DATA / "journal-v7.rjournal", path)
    with Journal.open(path, FIXTURE_PASSPHRASE, kdf=KdfSettings(FIXTURE_KDF_ITER)) as journal:
        assert journal.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # vacuumed after the upgrade
