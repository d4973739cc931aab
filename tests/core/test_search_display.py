"""What search results show: snippets as plain text, and where the words
searched for are in an entry (to highlight them)."""

from __future__ import annotations

from reflectjournal.core.models import HIGHLIGHT_END, HIGHLIGHT_START, snippet_segments
from reflectjournal.core.search_query import match_spans, plain_text


def test_plain_text_drops_markdown_marks_and_keeps_link_text():
    markdown = (
        "## What happened\n\n- Mum was **anxious**\n1. the flat was _cold_\n"
        "> see [the report](https://example.org/r) and `notes`\n---\n![a photo](x.png) ~~no~~ <b>bold</b>"
    )
    assert plain_text(markdown) == (
        "What happened Mum was anxious the flat was cold see the report and notes a photo no bold"
    )


def test_plain_text_keeps_highlights_and_ordinary_punctuation():
    snippet = f"…## Visit\n- the {HIGHLIGHT_START}school{HIGHLIGHT_END} **nurse** said 2 * 3 = 6, snake_case…"
    text = plain_text(snippet)
    assert "#" not in text and "**" not in text and "- " not in text
    assert [t for t, hl in snippet_segments(text) if hl] == ["school"]
    assert "2 * 3 = 6, snake_case…" in text


def test_match_spans_finds_words_any_case_and_diacritics_but_not_excluded_ones():
    text = "School nurse. The schoolyard; Zoë met the NURSE at school"
    words = lambda query: [text[a:b] for a, b in match_spans(text, query)]  # noqa: E731
    assert words("school") == ["School", "school"]
    assert words("schoo*") == ["School", "schoolyard", "school"]
    assert words("zoe") == ["Zoë"]
    assert words('"the nurse"') == ["the NURSE"]
    assert words("nurse -school") == ["nurse", "NURSE"]
    assert words("title:nurse") == ["nurse", "NURSE"]
    assert match_spans(text, "") == [] and match_spans("", "x") == []


def test_a_column_the_table_lacks_matches_nothing_instead_of_failing():
    from reflectjournal.core.search_query import to_fts_query

    columns = frozenset({"title", "body"})
    assert to_fts_query("tag:plo", columns) is None
    assert to_fts_query("boiler -tag:plo", columns) == '"boiler"'
    assert to_fts_query("title:boiler", columns) == 'title : "boiler"'
