"""Markdown to sanitised HTML for the preview and the exports: a pure
function, no Qt, that no text can exhaust.

Every step is linear in the length of the text, and what reaches Qt's
layout is bounded (benchmarks/render_bench.py measures each bound):

1. Size. The preview formats at most :data:`PREVIEW.chars` characters of a
   text, cut at a line end, and says so where it stops. Exports format up
   to :data:`EXPORT.chars` and keep the rest as plain, escaped text.
2. Markdown. cmark-gfm (GitHub's C CommonMark parser, linear-time by design
   and tested against pathological input) turns Markdown into HTML. The
   Python-Markdown used before recursed once per level of list nesting
   (``RecursionError`` at about 500 levels) and was quadratic on unclosed
   ``[``, ``<http``, setext headings and more: 20 KB took 80 s.
3. Shape (:class:`_Shaper`). The HTML is read once, tag by tag. Every ``<``
   that does not start a well-formed tag becomes ``&lt;``; each tag is written
   again in a plain form, and every element is closed, so the sanitiser and
   Qt see exactly the nesting counted here. Elements deeper than
   :data:`MAX_NESTING` lose their tags but keep their words (lists, quotes
   and tags past that depth are flattened); a list is split every
   :data:`MAX_LIST_ITEMS` items (Qt lays out one long list in quadratic
   time); tables past :data:`MAX_TABLE_CELLS` cells in all are shown as
   ``| a | b |`` lines; and a layout budget (characters, blocks and cells,
   weighted by what each costs Qt) ends the formatted part.
4. Sanitise. nh3 keeps only the allow-listed tags, attributes and URL
   schemes: Markdown passes raw HTML (``<script>``, ``onerror``,
   ``javascript:`` links) through. Images are not on the list: the preview
   must never fetch anything. The one exception is the entry's own
   attachments (core.attachments): given ``attachments``, an ``<img>`` whose
   source is ``attachment:UID`` of one of them is kept, for the preview's
   resource handler to answer from the journal; every other image becomes
   its description in brackets (as every image is without ``attachments``:
   exports and other previews), and ``attachment:`` links to anything but
   the entry's own attachments lose their address. nh3's parser is
   quadratic in nesting depth, which step 3 bounds.

Whatever was simplified is said in a note in the result, and nothing here
raises: on any failure the text is shown escaped, as plain text, with a note.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import cmarkgfm
import nh3
from cmarkgfm.cmark import Options

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "strong", "b", "em", "i", "code", "pre", "blockquote",
        "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
        "del", "s", "sup", "sub", "dl", "dt", "dd",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}, "ol": {"start"}}
# Links are shown, never followed by the preview itself; the app asks before
# opening an https address. Every other scheme is removed here.
ALLOWED_URL_SCHEMES = frozenset({"https", "http", "mailto"})

# Element depth of the HTML handed to the sanitiser and to Qt. A list level
# is two elements (ul, li), so this allows about 15 levels of lists or quotes.
MAX_NESTING = 32
# Qt lays out one list's items in quadratic time: 2,000 items cost 50-110 ms,
# 10,000 about 2.7 s. Longer lists are split (the numbering carries on).
MAX_LIST_ITEMS = 250
# Table cells cost Qt about 40 us each (1,000 cells, 45-75 ms).
MAX_TABLE_CELLS = 1_000


@dataclass(frozen=True)
class Budget:
    """How much of a text is formatted.

    ``chars``: characters of Markdown read at most; ``cost``: a layout
    estimate (a character costs 1, a block BLOCK_COST, a table cell
    CELL_COST); ``tags``: tags read from the Markdown's HTML at most.
    """

    chars: int
    cost: int
    tags: int


# Units of about 0.6 us of Qt layout, the cost of one character of text.
BLOCK_COST = 20  # a paragraph, list item, heading, line break or line of code: 9-12 us
CELL_COST = 60  # a table cell: about 40 us
# The preview: chosen so every hostile input in benchmarks/render_bench.py
# stays under about 100 ms on a 2-core machine, render and Qt layout together
# (reading a tag costs about 2 us here, 80,000 units of layout about 50 ms).
# A 5,000-word entry (about 30,000 characters) is formatted in full.
PREVIEW = Budget(chars=60_000, cost=80_000, tags=6_000)
# Exports are not interactive: ten times as much is formatted, then the rest
# of the text follows as plain text, so every word is kept.
EXPORT = Budget(chars=600_000, cost=800_000, tags=60_000)

PREVIEW_CUT_NOTE = (
    "This entry is too long to preview in full: the preview stops here. The whole text is in the editor and in exports."
)
EXPORT_REST_NOTE = "The rest of this text is too long to format, so it follows as plain text."
FLATTENED_NOTE = (
    "Some lists, quotes or formatting here are nested too deeply to show: past that depth they are shown flattened."
)
TABLE_NOTE = "A table here is too large to lay out as a table, so its rows are shown as lines of text."
FAILED_NOTE = "This text could not be formatted, so it is shown as plain text."

_OPTIONS = Options.CMARK_OPT_UNSAFE  # raw HTML kept for nh3 to filter, as before
_EXTENSIONS = ["table", "strikethrough"]

# A start or end tag, with attributes. No part after the first "<" can match
# "<", and every quantifier is possessive, so a failed attempt costs at most
# the distance to the next "<": the whole scan is linear.
_TAG = re.compile(
    r"""<(/?)([A-Za-z][A-Za-z0-9-]*+)"""
    r"""((?:\s++[^\s"'<>/=]++(?:\s*+=\s*+(?:"[^"<]*+"|'[^'<]*+'|[^\s"'<>=`]++))?+)*+)"""
    r"""\s*+/?>"""
)
_START = re.compile(r"""\bstart\s*=\s*["']?([0-9]{1,9})""", re.IGNORECASE)
_TABLE_PARTS_AT = re.compile(r"<(/?)(table|td|th)(?=[\s/>])", re.IGNORECASE)
_SURROGATE = re.compile("[\ud800-\udfff]")

_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"}
)  # fmt: skip
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_TABLE_PARTS = frozenset({"table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th"})
_LISTS = frozenset({"ul", "ol"})
# A row or cell opened where HTML needs a section or row first: what to open.
_IMPLIED_IN_TABLE = {
    "tr": {"table": "tbody"},
    "td": {"table": "tbody", "tbody": "tr", "thead": "tr", "tfoot": "tr"},
    "th": {"table": "tbody", "tbody": "tr", "thead": "tr", "tfoot": "tr"},
}


ATTACHMENT_SCHEME = "attachment"
_ATTACHMENT_URL = re.compile(r"attachment:([0-9a-f]{32})")
_IMG = re.compile(r"<img\b([^>]*)>")
_ALT = re.compile(r'\balt="([^"]*)"')


def attachment_uid(url: str) -> str | None:
    """The attachment id in ``attachment:UID``, or None."""
    m = _ATTACHMENT_URL.fullmatch(url)
    return m.group(1) if m else None


def sanitise_html(fragment: str, attachments: Mapping[str, str] | None = None) -> str:
    """Keep only the allow-listed tags, attributes and URL schemes.

    ``attachments`` maps the ids of the entry's own attachments to their
    media types: pictures among them may be shown (``<img src="attachment:UID">``)
    and any of them linked to. Without it, no image and no attachment link
    survives."""
    if attachments is None:
        # No picture is shown: each becomes its description, in brackets.
        return nh3.clean(
            _IMG.sub(_description, fragment),
            tags=set(ALLOWED_TAGS),
            attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
            url_schemes=set(ALLOWED_URL_SCHEMES),
            link_rel="noopener noreferrer",
            strip_comments=True,
        )

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if (tag, attribute) not in (("img", "src"), ("a", "href")) or not value.startswith(ATTACHMENT_SCHEME + ":"):
            return value
        uid = attachment_uid(value)
        if uid is None or uid not in attachments:
            return None  # another entry's attachment, or not one at all
        if tag == "img" and not attachments[uid].startswith("image/"):
            return None
        return value

    attributes = {tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()}
    attributes["img"] = {"src", "alt"}
    cleaned = nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS) | {"img"},
        attributes=attributes,
        attribute_filter=keep,
        url_schemes=set(ALLOWED_URL_SCHEMES) | {ATTACHMENT_SCHEME},
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return _IMG.sub(_image_or_description, cleaned)


def _description(m: re.Match[str]) -> str:
    alt = _ALT.search(m.group(1))
    return f"[{alt.group(1)}]" if alt and alt.group(1) else ""


def _image_or_description(m: re.Match[str]) -> str:
    """An image kept (its source is one of the entry's pictures) or, for any
    other, its description in brackets: nothing is ever fetched for it."""
    if ' src="attachment:' in m.group(0):
        return m.group(0)
    return _description(m)


def note_html(text: str) -> str:
    """A note about how a text is shown, set apart from the text itself."""
    return f'<p class="render-note"><em>{html.escape(text)}</em></p>'


def plain_html(text: str) -> str:
    """``text`` escaped, as paragraphs with line breaks: no Markdown at all."""
    paragraphs = re.split(r"\n[ \t]*\n", text.strip("\n"))
    return "\n".join(
        "<p>" + "<br>".join(html.escape(line) for line in para.split("\n")) + "</p>" for para in paragraphs if para
    )


def _cut(text: str, limit: int) -> tuple[str, str]:
    """``text`` split before ``limit`` characters: at a paragraph end, else a
    line end, else a space in the last quarter, so no word is cut in two."""
    if len(text) <= limit:
        return text, ""
    floor = limit * 3 // 4
    for mark in ("\n\n", "\n", " "):
        at = text.rfind(mark, floor, limit)
        if at >= 0:
            return text[: at + len(mark)], text[at + len(mark) :]
    return text[:limit], text[limit:]


class _TableCells:
    """How many cells each table holds directly, found by one forward scan
    shared by every question, so all the questions together cost one pass."""

    def __init__(self, markup: str):
        self._parts = _TABLE_PARTS_AT.finditer(markup)
        self._open: list[int] = []
        self._closed: set[int] = set()
        self.cells: dict[int, int] = {}

    def count(self, at: int, allowance: int) -> int:
        """Cells of the table whose ``<table`` is at ``at``, read no further
        than needed to tell whether they exceed ``allowance``."""
        cells, closed = self.cells, self._closed
        while at not in closed and cells.get(at, 0) <= allowance:
            m = next(self._parts, None)
            if m is None:
                break
            name = m.group(2).lower()
            if name == "table":
                if not m.group(1):
                    self._open.append(m.start())
                    cells[m.start()] = 0
                elif self._open:
                    closed.add(self._open.pop())
            elif not m.group(1) and self._open:
                cells[self._open[-1]] += 1
        return cells.get(at, 0)


class _Shaper:
    """Reads HTML once and writes it again with bounded depth, lists, tables
    and layout cost (see the module's docstring, step 3)."""

    def __init__(self, budget: Budget):
        self.budget = budget
        self.out: list[str] = []
        self.stack: list[list[Any]] = []  # [name, items, next start number] of written elements
        self.dropped: dict[str, int] = {}  # open elements whose tags were left out
        self.cells = 0
        self.cost = 0
        self.tags = 0
        self.pre = 0
        self.flattened = False
        self.tables_flattened = False
        self.at_break = False  # the last thing written is a line break standing for left-out tags
        self.stopped_at: int | None = None

    def shape(self, markup: str) -> str:
        self.tables = _TableCells(markup)
        out = self.out
        pos, end = 0, len(markup)
        comments_closed = True  # false once a "<!--" has no "-->" after it
        while pos < end:
            if self.cost > self.budget.cost or self.tags > self.budget.tags:
                self.stopped_at = pos
                break
            lt = markup.find("<", pos)
            if lt < 0:
                self._text(markup[pos:])
                break
            if lt > pos:
                self._text(markup[pos:lt])
            if comments_closed and markup.startswith("<!--", lt):
                close = markup.find("-->", lt + 4)
                if close >= 0:
                    pos = close + 3  # comments are dropped
                    continue
                comments_closed = False
            m = _TAG.match(markup, lt)
            if m is None:
                out.append("&lt;")
                self.cost += 1
                pos = lt + 1
                continue
            self.tags += 1
            pos = m.end()
            name = m.group(2).lower()
            if m.group(1):
                self._end(name)
            else:
                self._start(name, m.group(3), markup, lt)
        for entry in reversed(self.stack):
            out.append(f"</{entry[0]}>")
        self.stack.clear()
        return "".join(out)

    def _text(self, text: str) -> None:
        self.out.append(text)
        if self.at_break and not text.isspace():
            self.at_break = False
        self.cost += len(text)
        if self.pre:
            self.cost += BLOCK_COST * text.count("\n")

    def _drop(self, name: str) -> None:
        self.dropped[name] = self.dropped.get(name, 0) + 1
        if name in ("td", "th"):
            self.out.append("| ")
        elif name in _BLOCK and not self.at_break:
            self.out.append("<br>")  # one line break for a run of left-out blocks
            self.cost += BLOCK_COST
            self.at_break = True

    def _start(self, name: str, attrs: str, markup: str, at: int) -> None:
        out = self.out
        if name in _VOID:
            if name == "col" and self.dropped.get("table"):
                return
            out.append("<br>" if name == "br" else f"<{name}{attrs}>")
            self.cost += BLOCK_COST if name in ("br", "hr") else 1
            return
        if name in _TABLE_PARTS and self.dropped.get("table"):
            self._drop(name)  # inside a table shown as text
            return
        if len(self.stack) >= MAX_NESTING:
            self.flattened = True
            self._drop(name)
            return
        if name in ("td", "th") and self.cells >= MAX_TABLE_CELLS:  # only past tables nested in tables
            self.tables_flattened = True
            self._drop(name)
            return
        if name == "table" and self.tables.count(at, MAX_TABLE_CELLS - self.cells) > MAX_TABLE_CELLS - self.cells:
            self.tables_flattened = True
            self._drop(name)
            return
        top = self.stack[-1] if self.stack else None
        implied = _IMPLIED_IN_TABLE.get(name)
        while implied and top is not None and top[0] in implied:
            # What the HTML parser would add (a tbody, a tr) is written here, so
            # the depth counted is the depth it builds.
            written = len(self.stack)
            self._start(implied[top[0]], "", markup, at)
            if len(self.stack) == written:  # left out: so is this one
                self.flattened = True
                self._drop(name)
                return
            top = self.stack[-1]
        if name == "li" and top is not None and top[0] in _LISTS:
            if top[1] >= MAX_LIST_ITEMS:
                out.append(f"</{top[0]}>")
                out.append(f'<ol start="{top[2]}">' if top[0] == "ol" else "<ul>")
                top[1] = 0
            top[1] += 1
            top[2] += 1
        entry: list[Any] = [name, 0, 1]
        if name == "ol":
            start = _START.search(attrs)
            entry[2] = int(start.group(1)) if start else 1
        out.append(f"<{name}{attrs}>")
        self.at_break = False
        self.stack.append(entry)
        if name == "pre":
            self.pre += 1
        if name in ("td", "th"):
            self.cells += 1
            self.cost += CELL_COST
        elif name in _BLOCK:
            self.cost += BLOCK_COST

    def _end(self, name: str) -> None:
        out = self.out
        if self.dropped.get(name):
            self.dropped[name] -= 1
            if name == "tr":
                out.append("|<br>")
            elif name in ("td", "th"):
                out.append(" ")
            return
        # The stack holds at most MAX_NESTING entries: this search is bounded.
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == name:
                for entry in reversed(self.stack[index:]):
                    out.append(f"</{entry[0]}>")
                    if entry[0] == "pre":
                        self.pre -= 1
                del self.stack[index:]
                return
        # An end tag with nothing open to close: left out.

    def rest_as_text(self, markup: str) -> str:
        """What was not formatted, as plain text: tags left out, blocks as
        line ends, every "<" escaped (the text is HTML-escaped already). The
        result holds no tag but ``<p>`` and ``<br>``, so it needs no sanitiser."""
        parts: list[str] = []
        for piece in re.split(r"(<[^<>]*>)", markup):
            if piece.startswith("<") and piece.endswith(">") and len(piece) > 1:
                m = _TAG.fullmatch(piece)
                if m is not None:
                    if m.group(2).lower() in _BLOCK or m.group(2).lower() == "br":
                        parts.append("\n")
                    continue
            parts.append(piece.replace("<", "&lt;"))
        text = re.sub(r"\n{3,}", "\n\n", "".join(parts)).strip("\n")
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        return "\n".join("<p>" + "<br>".join(p.split("\n")) + "</p>" for p in paragraphs)


@dataclass
class _Rendered:
    html: str
    notes: list[str]
    rest: str  # the HTML of what was not formatted (plain text), or ""
    cut: bool  # the formatted part ends before the text does


def _format(text: str, budget: Budget, keep_rest: bool, attachments: Mapping[str, str] | None = None) -> _Rendered:
    head, tail = _cut(text, budget.chars)
    markup = cmarkgfm.markdown_to_html_with_extensions(head, options=_OPTIONS, extensions=_EXTENSIONS)
    shaper = _Shaper(budget)
    shaped = shaper.shape(markup)
    notes = []
    if shaper.flattened:
        notes.append(FLATTENED_NOTE)
    if shaper.tables_flattened:
        notes.append(TABLE_NOTE)
    rest = ""
    cut = shaper.stopped_at is not None or bool(tail)
    if keep_rest and cut:
        parts = []
        if shaper.stopped_at is not None:
            parts.append(shaper.rest_as_text(markup[shaper.stopped_at :]))
        if tail:
            parts.append(plain_html(tail))
        rest = "\n".join(p for p in parts if p)
    return _Rendered(sanitise_html(shaped, attachments), notes, rest, cut)


def render_markdown(text: str, *, whole: bool = False, attachments: Mapping[str, str] | None = None) -> str:
    """Render Markdown to HTML that is safe to show and quick to lay out.

    The preview (``whole=False``) shows what fits in :data:`PREVIEW` and
    ends with a note where it stops; an export (``whole=True``) keeps every
    word, formatting what fits in :data:`EXPORT` and the rest as plain text.
    Never raises: text that cannot be formatted is shown escaped, with a note.
    ``attachments`` (the entry's own, id to media type) lets its pictures
    through as ``<img src="attachment:UID">`` (see :func:`sanitise_html`).
    """
    text = _SURROGATE.sub("\ufffd", text or "")
    budget = EXPORT if whole else PREVIEW
    try:
        done = _format(text, budget, keep_rest=whole, attachments=attachments)
        parts = [note_html(note) for note in done.notes]
        parts.append(done.html)
        if done.cut:
            parts.append(note_html(EXPORT_REST_NOTE if whole else PREVIEW_CUT_NOTE))
            if done.rest:
                parts.append(done.rest)
        return "\n".join(parts)
    except BaseException as exc:  # a last resort: RecursionError, MemoryError, a panic in nh3
        if isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit)):
            raise
        shown, rest = (text, "") if whole else _cut(text, budget.chars)
        parts = [note_html(FAILED_NOTE), plain_html(shown)]
        if rest:
            parts.append(note_html(PREVIEW_CUT_NOTE))
        return "\n".join(parts)
