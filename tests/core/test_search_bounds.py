"""Prefix searches are bounded, and the results say so (issue 20, item 7):
``search 'e1*' --limit 8000`` took 118 s on 300,000 entries, each with its
own case number, because the prefix started 111,111 words and FTS5 expanded
it again for every one of the 8,000 rows. No timing here: the benchmark is
benchmarks/prefix_bench.py."""

from __future__ import annotations

import pytest

from reflectjournal.core.models import Entry, EntryFilter
from reflectjournal.core.search_query import (
    BROAD_PREFIX,
    MAX_PREFIX_WORDS,
    MIN_PREFIX_CHARS,
    MORE_RESULTS,
    SHORT_PREFIX,
    SearchNote,
    fold,
    plan,
    to_fts_query,
)


@pytest.fixture
def numbered(journal):
    """40 entries that hold, between them, more words starting "e1" than a
    prefix may expand to, one entry with the word "e1" itself, and one with
    "every" and "each"."""
    words = [f"e1{n}" for n in range(MAX_PREFIX_WORDS + 10)]
    journal.entries.save_many(
        [Entry(title=f"Case {n}", body="Case references " + " ".join(words[n::40])) for n in range(40)]
    )
    alone = journal.entries.save(Entry(title="Alone", body="Reference e1 on its own."))
    prose = journal.entries.save(Entry(title="Prose", body="Every visit, each time, the same."))
    return {"alone": alone.id, "prose": prose.id}


def test_counting_words_stops_at_the_limit_it_is_given(journal, numbered):
    store = journal.entries
    assert store._count_words("e1", MAX_PREFIX_WORDS + 1) == MAX_PREFIX_WORDS + 1
    words = {f"e1{n}" for n in range(MAX_PREFIX_WORDS + 10)}
    assert store._count_words("e12", 10**9) == sum(word.startswith("e12") for word in words)
    assert store._count_words("zz", 10) == 0


def test_a_prefix_that_starts_too_many_words_is_searched_as_the_word(journal, numbered):
    results = journal.entries.search("e1*", limit=8000)
    assert [hit.entry.id for hit in results] == [numbered["alone"]]
    assert results.notes == (SearchNote(BROAD_PREFIX, "e1", MAX_PREFIX_WORDS),)
    assert (
        f"'e1*' starts more than {MAX_PREFIX_WORDS:,} different words, so it was searched as the word 'e1'"
        in results.notes[0].message
    )


def test_a_prefix_under_the_cap_still_expands(journal, numbered):
    results = journal.entries.search("e12*", limit=100)
    assert len(results) == 40  # every numbered entry holds some word e12...
    assert numbered["alone"] not in [hit.entry.id for hit in results]
    assert results.notes == ()
    assert all("\x02e12" in hit.snippet for hit in results)  # snippets highlight the expanded words


def test_a_one_letter_prefix_is_searched_as_a_word(journal, numbered):
    results = journal.entries.search("e*")
    assert results == []  # "every" and "each" do not start the word "e"
    assert results.notes == (SearchNote(SHORT_PREFIX, "e"),)
    assert results.notes[0].message == (
        f"Prefixes need at least {MIN_PREFIX_CHARS} letters: 'e*' was searched as the word 'e'."
    )
    assert [hit.entry.id for hit in journal.entries.search("ev*")] == [numbered["prose"]]


def test_negated_prefixes_are_bounded_too(journal, numbered):
    query, notes = plan("case -e1*", journal.entries._count_words)
    assert query == '("case") NOT "e1"'
    assert [note.kind for note in notes] == [BROAD_PREFIX]


def test_more_matches_than_the_limit_are_announced(journal, numbered):
    results = journal.entries.search("case", limit=5)
    assert len(results) == 5
    assert results.notes == (SearchNote(MORE_RESULTS, count=5),)
    assert results.notes[0].message == "Showing the best 5 matches; there are more."
    exact = journal.entries.search("case", limit=40)
    assert len(exact) == 40 and exact.notes == ()  # exactly the limit: nothing more to announce


def test_filters_keep_the_bounds(journal, numbered):
    results = journal.entries.search("e1*", EntryFilter(trash=True))
    assert results == [] and [note.kind for note in results.notes] == [BROAD_PREFIX]


def test_snippets_for_a_prefix_are_made_in_one_pass(journal, numbered):
    """The cause of the 118 s: ``rowid IN (...)`` made FTS5 look up each row
    by itself and expand the prefix again for each. The snippet query for a
    prefix must filter the one pass over the matches instead."""
    statements: list[str] = []
    journal.conn.set_trace_callback(statements.append)
    try:
        journal.entries.search("e12*", limit=100)
        journal.entries.search("case", limit=100)
    finally:
        journal.conn.set_trace_callback(None)
    snippet_statements = [s for s in statements if "snippet(" in s]
    assert len(snippet_statements) == 2
    assert "+rowid IN (" in snippet_statements[0]
    assert "+rowid" not in snippet_statements[1]  # a word's lookups are cheap: keep them


def test_the_unbounded_translation_is_unchanged_for_other_callers():
    # Supervision search has no snippets and few rows: it keeps to_fts_query.
    assert to_fts_query("e*") == '"e" *'
    assert plan("e*") == ('"e"', [SearchNote(SHORT_PREFIX, "e")])


@pytest.mark.parametrize(("typed", "stored"), [("Café", "cafe"), ("ÉCOLE", "ecole"), ("Zoë", "zoe"), ("e1", "e1")])
def test_prefixes_are_counted_as_the_index_stores_words(journal, typed, stored):
    assert fold(typed) == stored
    journal.entries.save(Entry(title="t", body=f"{typed}x"))
    assert journal.entries._count_words(fold(typed), 10) == 1


# -- a word in nearly every entry (issue 19) ---------------------------------------------


def test_past_the_rank_window_the_best_are_chosen_from_the_newest(journal, monkeypatch):
    from reflectjournal.core import entries as entries_module
    from reflectjournal.core.search_query import RANKED_RECENT

    store = journal.entries
    # The oldest entry is the best match by far (the word three times in its title).
    best = store.save(Entry(title="Gooseberry gooseberry gooseberry", kind="home_visit"))
    rest = [store.save(Entry(title=f"Note {n}", body="a gooseberry", kind="court")) for n in range(6)]
    assert store.search("gooseberry")[0].entry.id == best.id  # no window: ranked among all 7
    monkeypatch.setattr(entries_module, "RANK_WINDOW", 4)
    results = store.search("gooseberry")
    assert sorted(hit.entry.id for hit in results) == sorted(entry.id for entry in rest[-4:])
    assert SearchNote(RANKED_RECENT, count=4) in results.notes
    assert "chosen from the 4 written most recently" in results.notes[0].message
    # With a filter, the window counts only the matches the filter lets through.
    court = store.search("gooseberry", EntryFilter(kind="court"))
    assert sorted(hit.entry.id for hit in court) == sorted(entry.id for entry in rest[-4:])
    visits = store.search("gooseberry", EntryFilter(kind="home_visit"))
    assert [hit.entry.id for hit in visits] == [best.id] and not visits.notes
    # At or under the window, nothing is left out and nothing is said.
    monkeypatch.setattr(entries_module, "RANK_WINDOW", 7)
    assert len(store.search("gooseberry")) == 7 and not store.search("gooseberry").notes
