"""Rendering that no text can exhaust (issue 20, item 2).

Each attack from the issue is reproduced and the new behaviour asserted:
nothing raises, nesting reaching the sanitiser and Qt is bounded, the preview
says where it stops, and exports keep every word. Speed is measured in
benchmarks/render_bench.py, not here; but several inputs below took minutes
with the old renderer, so a regression would also show as a hung test.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflectjournal.core import rendering
from reflectjournal.core.rendering import (
    EXPORT_REST_NOTE,
    FAILED_NOTE,
    FLATTENED_NOTE,
    MAX_LIST_ITEMS,
    MAX_NESTING,
    MAX_TABLE_CELLS,
    PREVIEW,
    PREVIEW_CUT_NOTE,
    TABLE_NOTE,
    render_markdown,
)

# The attacks, as the issue gives them.
LIST_600 = "- " * 600 + "x"
B_20000 = "<b>" * 20_000 + "x" + "</b>" * 20_000
PACK_DESCRIPTION = "- " * 1000
END_WORD = "Quokkaterminus"
ONE_MB = ("A long reflection with ordinary words in it. " * 23_000)[: 1_000_000 - len(END_WORD) - 1] + " " + END_WORD


class _Depth(HTMLParser):
    VOID = frozenset({"br", "hr", "img", "input", "wbr", "col"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = self.deepest = 0

    def handle_starttag(self, tag, attrs):  # noqa: ARG002
        if tag not in self.VOID:
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)

    def handle_endtag(self, tag):
        if tag not in self.VOID:
            self.depth = max(0, self.depth - 1)


def depth(markup: str) -> int:
    meter = _Depth()
    meter.feed(markup)
    meter.close()
    return meter.deepest


def text_of(markup: str) -> str:
    """The words of ``markup``: tags removed, entities left as they are."""
    return re.sub(r"<[^>]*>", " ", markup)


# -- the attacks in the issue ----------------------------------------------------------


@pytest.mark.parametrize("whole", [False, True], ids=["preview", "export"])
def test_a_list_nested_600_levels_on_one_line_is_flattened_not_a_crash(whole):
    html = render_markdown(LIST_600, whole=whole)  # RecursionError before
    assert FLATTENED_NOTE in html
    assert "x" in text_of(html).split()  # the words are kept
    assert depth(html) <= MAX_NESTING
    assert 0 < html.count("<ul>") <= MAX_NESTING // 2


def test_twenty_thousand_nested_b_tags_are_bounded_with_a_note():
    html = render_markdown(B_20000)
    assert depth(html) <= MAX_NESTING
    assert html.count("<b>") <= MAX_NESTING
    assert FLATTENED_NOTE in html
    assert PREVIEW_CUT_NOTE in html  # past the preview's budget of tags
    assert len(html) < 20_000

    exported = render_markdown(B_20000, whole=True)
    assert depth(exported) <= MAX_NESTING
    assert "x" in text_of(exported).split()  # every word is kept in exports


def test_a_one_megabyte_body_is_cut_in_the_preview_with_a_note_and_whole_in_exports():
    preview = render_markdown(ONE_MB)
    assert PREVIEW_CUT_NOTE in preview
    assert preview.rstrip().endswith(rendering.note_html(PREVIEW_CUT_NOTE))  # where it stops
    assert END_WORD not in preview
    assert len(preview) < 2 * PREVIEW.chars

    exported = render_markdown(ONE_MB, whole=True)
    assert EXPORT_REST_NOTE in exported
    assert END_WORD in exported
    assert text_of(exported).count("reflection") == ONE_MB.count("reflection")


def test_the_pack_description_attack_renders():
    for text in (PACK_DESCRIPTION, PACK_DESCRIPTION + "x"):
        html = render_markdown(text)
        assert depth(html) <= MAX_NESTING


# -- every other shape that nests or was slow -----------------------------------------------

SHAPES = {
    "ordered one line": "1. " * 600 + "x",
    "star one line": "* " * 600 + "x",
    "plus one line": "+ " * 600 + "x",
    "quotes one line": "> " * 600 + "x",
    "quotes no spaces": ">" * 600 + "x",
    "quote and list mixed": "> - " * 300 + "x",
    "list quote list": "- > 1. " * 200 + "x",
    "indented lists": "\n".join(" " * (4 * i) + "- x" for i in range(300)),
    "two-space indented lists": "\n".join(" " * (2 * i) + "- x" for i in range(600)),
    "quote lines growing": "\n".join("> " * i + "x" for i in range(1, 400)),
    "divs": "<div>" * 20_000 + "x",
    "self-closing divs": "<div/>" * 20_000 + "x",
    "divs with < in a quoted attribute": '<div title="<">' * 20_000 + "x",
    "lists as raw HTML": "<ul><li>" * 10_000 + "x",
    "tables as raw HTML": "<table><tr><td>" * 5_000 + "x",
    "cells straight in tables": "<table><td>" * 5_000 + "x",
    "unclosed tables with text": ("<table>" + "word " * 200) * 500 + "x",
    "formatting with distinct attributes": "".join(f'<b id="{i}"><p>' for i in range(5_000)) + "x",
    "emphasis runs": "*_" * 5_000 + "x" + "_*" * 5_000,
    "strong runs": "**" * 10_000 + "x",
    "links in links": "[" * 2_000 + "x" + "](https://example.org)" * 2_000,
    "open brackets": "[" * 20_000 + "x",
    "images in links": "[![" * 3_000 + "x",
    "autolinks": "<http://a" * 5_000 + "x",
    "setext headings": "a\n=\n" * 5_000 + "x",
    "thematic breaks": "- - -\nx\n" * 5_000,
    "unclosed comments": "<!--" * 10_000 + "x",
    "backticks": "`" * 20_000 + "\n\nx",
    "entities": "&#" * 20_000 + " x",
    "table with 5,000 columns": "|" + "a|" * 5_000 + "\n|" + "-|" * 5_000 + "\n|" + "b|" * 5_000 + "\n\nx",
}


@pytest.mark.parametrize("text", SHAPES.values(), ids=SHAPES.keys())
def test_every_nesting_shape_renders_bounded(text):
    for whole in (False, True):
        html = render_markdown(text, whole=whole)
        assert depth(html) <= MAX_NESTING, whole
        assert FAILED_NOTE not in html
    assert "x" in text_of(render_markdown(text, whole=True))  # the last word is kept


def test_tags_past_the_depth_lose_their_tags_but_keep_their_words():
    html = render_markdown("<b>" * 100 + "deep words" + "</b>" * 100)
    assert "deep words" in html
    assert html.count("<b>") == MAX_NESTING - 1  # under the paragraph
    assert FLATTENED_NOTE in html


def test_nesting_within_the_depth_is_not_touched():
    text = "\n".join("    " * i + f"- level {i}" for i in range(10))
    html = render_markdown(text)
    assert html.count("<ul>") == 10 and FLATTENED_NOTE not in html
    assert "<li>level 9</li>" in html


def test_long_lists_are_split_and_keep_every_item_and_their_numbers():
    html = render_markdown("- item\n" * (MAX_LIST_ITEMS * 2 + 10))
    assert html.count("<li>") == MAX_LIST_ITEMS * 2 + 10
    assert html.count("<ul>") == 3
    numbered = render_markdown("1. item\n" * (MAX_LIST_ITEMS + 5))
    assert f'<ol start="{MAX_LIST_ITEMS + 1}">' in numbered


def test_a_table_too_large_to_lay_out_is_shown_as_lines_of_text():
    rows = MAX_TABLE_CELLS // 2 + 10
    text = "| name | note |\n|---|---|\n" + "".join(f"| r{i} | n{i} |\n" for i in range(rows))
    html = render_markdown(text, whole=True)
    assert TABLE_NOTE in html
    assert "<td" not in html and "<table" not in html
    assert f"r{rows - 1}" in html and f"n{rows - 1}" in html
    small = render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert "<td>1</td>" in small and TABLE_NOTE not in small


def test_ordinary_markdown_still_renders():
    html = render_markdown(
        "# Visit\n\nSome *feeling* and **weight**, ~~gone~~.\n\n- one\n- two\n\n1. first\n\n"
        "> quoted\n\n`code <b>`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[link](https://example.org)"
    )
    for part in (
        "<h1>Visit</h1>",
        "<em>feeling</em>",
        "<strong>weight</strong>",
        "<del>gone</del>",
        "<li>one</li>",
        "<ol>",
        "<blockquote>",
        "<code>code &lt;b&gt;</code>",
        "<td>1</td>",
        'href="https://example.org"',
    ):
        assert part in html, part
    assert "render-note" not in html


def test_hostile_html_deep_inside_nesting_is_still_sanitised():
    html = render_markdown("> " * 60 + "<script>alert(1)</script><img src=x onerror=y()><a href='javascript:z()'>a</a>")
    lowered = html.lower()
    for bad in ("<script", "<img", "onerror", "javascript:"):
        assert bad not in lowered, bad


# -- the last resort ----------------------------------------------------------------------------


class FakePanic(BaseException):
    """What a Rust panic in nh3 raises: not an Exception."""


@pytest.mark.parametrize("error", [RecursionError, MemoryError, ValueError, FakePanic])
def test_render_never_raises_and_falls_back_to_escaped_text(monkeypatch, error):
    def boom(*args, **kwargs):
        raise error("boom")

    monkeypatch.setattr(rendering.cmarkgfm, "markdown_to_html_with_extensions", boom)
    text = "Line one <script>alert(1)</script>\n\nLine *two* " + END_WORD
    html = render_markdown(text)
    assert FAILED_NOTE in html
    assert "&lt;script&gt;" in html and "<script" not in html
    assert END_WORD in html
    assert END_WORD in render_markdown("word " * 100_000 + END_WORD, whole=True)
    assert PREVIEW_CUT_NOTE in render_markdown("word " * 100_000 + END_WORD)


def test_keyboard_interrupt_is_not_swallowed(monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(rendering.cmarkgfm, "markdown_to_html_with_extensions", interrupted)
    with pytest.raises(KeyboardInterrupt):
        render_markdown("text")


def test_lone_surrogates_and_nul_do_not_break_rendering():
    html = render_markdown("a\ud800b\x00c")
    assert "a\ufffdb" in html and FAILED_NOTE not in html


# -- a property: nothing nesting-heavy raises or nests deeper than the bound --------------------

PIECES = [
    "- ", "> ", "1. ", "* ", "+ ", "    ", "\t", "\n", "\n\n", "x", "word ", "_", "*", "**", "`", "~~",
    "[", "]", "(", ")", "](https://a.example)", "![", "<", ">", "</", "/>", '"', "'", "=", "|", "|-|", "#",
    "<b>", "</b>", "<div>", "</div>", "<ul><li>", "<table><tr><td>", "<table><td>", "<p>", "<!--", "-->", "<a href='",
    "<pre>", "```\n", "&", "&#", "\\",
]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=400), st.integers(min_value=1, max_value=60), st.booleans())
def test_render_never_raises_on_nesting_heavy_text(pieces, repeat, whole):
    text = "".join(pieces) * repeat
    html = render_markdown(text, whole=whole)
    assert isinstance(html, str)
    assert FAILED_NOTE not in html
    assert depth(html) <= MAX_NESTING + 4
    assert "<script" not in html.lower()
