"""The printable HTML document: self-contained, sanitised, only the chosen
date range, oldest first, and saying at the top that it is not encrypted.
(The PDF of the same document is tested through the command line, in its
own process, so that no QApplication is made here.)"""

from __future__ import annotations

import datetime as dt
import re
import stat
from html.parser import HTMLParser

import pytest

from reflectjournal.core.models import Entry, EntryFilter, Wellbeing
from reflectjournal.core.printable import (
    NOT_ENCRYPTED_NOTICE,
    build_printable_html,
    printable_title,
    write_printable_html,
)

HOSTILE_BODY = """Plain words first.

<script>alert('x')</script>
<img src="https://tracker.example/pixel.png" onerror="alert(1)">
<iframe src="https://evil.example/"></iframe>
<link rel="stylesheet" href="https://evil.example/style.css">
<style>@import url(https://evil.example/x.css); body { background: url(https://evil.example/bg.png) }</style>
<object data="https://evil.example/x.swf"></object>
<a href="javascript:alert(1)">click</a>
![pixel](https://tracker.example/p.png)
<svg><use href="https://evil.example/s.svg#x"/></svg>
<form action="https://evil.example/"><input name="q"></form>
"""


class _Collector(HTMLParser):
    """Every tag and attribute in a document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, name, value) for name, value in attrs]


@pytest.fixture
def filled(journal):
    days = [dt.date(2023, 12, 31), dt.date(2024, 1, 1), dt.date(2024, 1, 15), dt.date(2024, 1, 31), dt.date(2024, 2, 1)]
    for n, day in enumerate(days):
        journal.entries.save(
            Entry(
                title=f'Entry on {day.isoformat()} <b>bold?</b> & "quoted"',
                body=HOSTILE_BODY if n == 2 else f"Body number {n}.\n\n- a list item",
                kind="home_visit" if n % 2 else "court",
                happened_on=day,
                happened_at=dt.time(9, n) if n % 2 else None,
                tags=["school", "<tag>"],
                child_in_mind="What would the child say?" if n == 2 else "",
                wellbeing=Wellbeing(3, "tired & ok") if n == 2 else None,
            )
        )
    return journal


def january(journal) -> tuple[str, int]:
    flt = EntryFilter(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 1, 31))
    return build_printable_html(journal, flt, generated=dt.date(2024, 3, 1))


def test_only_the_chosen_range_oldest_first(filled):
    html, count = january(filled)
    assert count == 3
    titles = re.findall(r"<h2>Entry on (\d{4}-\d{2}-\d{2})", html)
    assert titles == ["2024-01-01", "2024-01-15", "2024-01-31"]
    assert "2023-12-31" not in html and "2024-02-01" not in html
    assert "Entries from 1 January 2024 to 31 January 2024: 3 entries, oldest first." in html


def test_notice_comes_first(filled):
    html, _ = january(filled)
    body = html.split("<body>", 1)[1]
    assert body.lstrip().startswith('<p class="notice">')
    assert NOT_ENCRYPTED_NOTICE in body.split("<h2>", 1)[0]


def test_no_scripts_and_nothing_fetched(filled):
    html, _ = january(filled)
    parser = _Collector()
    parser.feed(html)
    assert not {"script", "img", "iframe", "link", "object", "embed", "svg", "use", "form", "input", "base"} & set(
        parser.tags
    )
    assert parser.tags.count("style") == 1  # our own, in the head
    for tag, name, value in parser.attrs:
        assert not name.startswith("on"), (tag, name)
        assert name not in {"src", "srcset", "data", "action", "background", "poster"}, (tag, name)
        if name == "href":
            assert tag == "a" and not (value or "").lower().startswith(("javascript:", "data:", "file:"))
    lowered = html.lower()
    assert "@import" not in lowered and "url(" not in lowered and "javascript:" not in lowered
    # The one policy meta forbids fetching anything at all.
    assert "default-src 'none'" in html


def test_text_is_escaped_and_body_rendered(filled):
    html, _ = january(filled)
    assert "&lt;b&gt;bold?&lt;/b&gt; &amp; &quot;quoted&quot;" in html
    assert "<b>bold?</b>" not in html
    assert "&lt;tag&gt;" in html
    assert "<li>a list item</li>" in html
    assert "Keeping the child in mind" in html and "What would the child say?" in html
    assert "Wellbeing: 3/5 (tired &amp; ok)" in html
    assert "Home visit" in html and "Court" in html  # kind labels, not keys


def test_written_private(filled, tmp_path):
    out = tmp_path / "print.html"
    flt = EntryFilter(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 1, 31))
    assert write_printable_html(filled, out, flt, generated=dt.date(2024, 3, 1)) == 3
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_empty_range_and_titles(journal):
    html, count = build_printable_html(
        journal, EntryFilter(date_from=dt.date(2030, 1, 1)), generated=dt.date(2024, 1, 1)
    )
    assert count == 0 and "0 entries" in html and NOT_ENCRYPTED_NOTICE in html
    assert printable_title(EntryFilter()) == "Reflective journal: all entries"
    assert printable_title(EntryFilter(date_to=dt.date(2024, 5, 6))) == "Reflective journal: entries up to 6 May 2024"
