"""Full-text search: ranking, snippets, syntax, filters and hostile input."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflectjournal.core.models import HIGHLIGHT_END, HIGHLIGHT_START, Entry, EntryFilter, snippet_segments
from reflectjournal.core.search_query import to_fts_query


@pytest.fixture
def sample(journal):
    store = journal.entries
    ids = {}
    ids["title"] = store.save(Entry(title="Neglect concerns", body="Visited the flat.", tags=["housing"])).id
    ids["body"] = store.save(
        Entry(title="Core group", body="We talked about neglect and the school's worries about Jay.", tags=["school"])
    ).id
    ids["phrase"] = store.save(Entry(title="Court", body="The guardian said the care plan was sound.", kind="court")).id
    ids["child"] = store.save(
        Entry(
            title="Direct work",
            body="Drawing together.",
            child_in_mind="Jay would say he misses his dog.",
            happened_on=dt.date(2015, 6, 1),
        )
    ).id
    ids["emoji"] = store.save(Entry(title="Feelings cards", body="She chose 😀 then 😢 for school.")).id
    ids["greek"] = store.save(Entry(title="Interpreter", body="Η μητέρα μίλησε ελληνικά· Καλημέρα.")).id
    ids["accent"] = store.save(Entry(title="Café meeting", body="Met at the café near the school.")).id
    return ids


def hits(journal, text, flt=EntryFilter()):
    return [h.entry.id for h in journal.entries.search(text, flt)]


def test_title_match_ranks_above_body_match(journal, sample):
    assert hits(journal, "neglect")[:2] == [sample["title"], sample["body"]]


def test_snippet_highlights_matching_words(journal, sample):
    (hit,) = [h for h in journal.entries.search("worries") if h.entry.id == sample["body"]]
    assert HIGHLIGHT_START + "worries" + HIGHLIGHT_END in hit.snippet
    assert ("worries", True) in snippet_segments(hit.snippet)


def test_prefix_and_phrase(journal, sample):
    assert hits(journal, "guard*") == [sample["phrase"]]
    assert hits(journal, '"care plan"') == [sample["phrase"]]
    assert hits(journal, '"plan care"') == []


def test_and_or_not(journal, sample):
    assert hits(journal, "school Jay") == [sample["body"]]
    assert set(hits(journal, "guardian OR dog")) == {sample["phrase"], sample["child"]}
    assert sample["body"] not in hits(journal, "school -Jay")
    assert sample["body"] not in hits(journal, "school NOT Jay")
    assert sample["emoji"] in hits(journal, "school -Jay")


def test_child_in_mind_and_tags_are_searched(journal, sample):
    assert hits(journal, "misses dog") == [sample["child"]]
    assert hits(journal, "housing") == [sample["title"]]


def test_emoji_non_latin_and_accents(journal, sample):
    assert hits(journal, "😢") == [sample["emoji"]]
    assert hits(journal, "ελληνικά") == [sample["greek"]]
    assert hits(journal, "Καλημέρα") == [sample["greek"]]
    assert hits(journal, "cafe") == [sample["accent"]]  # diacritics folded
    assert hits(journal, "school's") == [sample["body"]]


def test_filters_combine_with_search(journal, sample):
    assert hits(journal, "school", EntryFilter(tag="school")) == [sample["body"]]
    assert hits(journal, "said", EntryFilter(kind="court")) == [sample["phrase"]]
    assert hits(journal, "said", EntryFilter(kind="home_visit")) == []
    old = EntryFilter(date_to=dt.date(2016, 1, 1))
    assert hits(journal, "dog OR school", old) == [sample["child"]]


@pytest.mark.parametrize(
    "text",
    [
        '"unbalanced',
        "neglect AND",
        "OR",
        "AND OR NOT",
        "*",
        "-",
        "--",
        ":",
        "title:",
        "body:neglect",
        "(neglect",
        "neglect)",
        "((",
        "NEAR(a b)",
        "^neglect",
        "a + b",
        "' OR 1=1 --",
        "\\",
        "\x00",
        "",
        "   ",
        "🙂🙂",
        "中文",
        "\u200d",
    ],
)
def test_odd_syntax_never_raises(journal, sample, text):
    journal.entries.search(text)  # must not raise


def test_odd_syntax_still_searches_sensibly(journal, sample):
    assert hits(journal, '"care plan') == [sample["phrase"]]  # unclosed quote runs to the end
    assert hits(journal, "(neglect)")[:2] == [sample["title"], sample["body"]]
    assert hits(journal, "neglect AND") == hits(journal, "neglect")
    assert hits(journal, "-neglect") == []  # nothing positive to look for


def test_query_translation():
    assert to_fts_query("neglect school") == '"neglect" AND "school"'
    assert to_fts_query("guard*") == '"guard" *'
    assert to_fts_query('"care plan" -court') == '("care plan") NOT "court"'
    assert to_fts_query("a OR b c") == '("a" OR "b") AND "c"'
    # A query of nothing but an operator word looks for the word (found by
    # the property test below: a stored "AND" was not found by searching "AND").
    assert to_fts_query("AND") == '"and"' and to_fts_query("NOT") == '"not"'
    assert to_fts_query("NOT cats") is None  # still: cats excluded, nothing asked for
    assert to_fts_query("!!! ::: ()") is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=80))
def test_any_input_is_safe(journal, text):
    journal.entries.save(Entry(title="seed", body="some words to find"))
    journal.entries.search(text)
    journal.entries.search(text, EntryFilter(tag="x", kind="court", date_from=dt.date(2000, 1, 1)))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(categories=("L", "N")), min_size=1, max_size=20))
def test_a_stored_word_is_found_by_itself(journal, word):
    saved = journal.entries.save(Entry(title="probe", body=f"before {word} after"))
    try:
        assert saved.id in hits(journal, word)
    finally:
        journal.entries.delete_forever(saved.id)


def test_column_filters(journal, sample):
    assert hits(journal, "title:neglect") == [sample["title"]]
    assert hits(journal, "body:neglect") == [sample["body"]]
    assert hits(journal, "child:dog") == [sample["child"]]
    assert hits(journal, "tag:school") == [sample["body"]]
    assert sample["title"] not in hits(journal, "neglect -title:neglect")
    assert hits(journal, "nosuchcolumn:neglect") == []  # read as two words
