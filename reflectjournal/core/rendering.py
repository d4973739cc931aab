"""Markdown to sanitised HTML for the preview: a pure function, no Qt.

Python-Markdown passes raw HTML through (``<script>``, ``onerror``,
``javascript:`` links), so its output always goes through an nh3 allow-list.
Images are not on the list: the preview must never fetch anything.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import markdown
import nh3

# Long or deeply nested input takes seconds to lay out in a QTextDocument.
MAX_RENDER_CHARS = 200_000
MAX_NESTING = 40

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "strong", "b", "em", "i", "code", "pre", "blockquote",
        "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
        "del", "s", "sup", "sub", "dl", "dt", "dd",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
# Links are shown, never followed by the preview itself; the app asks before
# opening an https address. Every other scheme is removed here.
ALLOWED_URL_SCHEMES = frozenset({"https", "http", "mailto"})

_DEEP_LINE = re.compile(rf"^(?:\s*>){{{MAX_NESTING // 2}}}|^\s{{{MAX_NESTING * 4}}}", re.MULTILINE)


def _escaped_block(text: str) -> str:
    return "<pre>" + html.escape(text, quote=True) + "</pre>"


class _DepthMeter(HTMLParser):
    _VOID = frozenset({"br", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.max_depth = 0

    def handle_starttag(self, tag, attrs):  # noqa: ARG002
        if tag not in self._VOID:
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)

    def handle_endtag(self, tag):
        if tag not in self._VOID:
            self.depth = max(0, self.depth - 1)


def _too_deep(fragment: str) -> bool:
    meter = _DepthMeter()
    meter.feed(fragment)
    meter.close()
    return meter.max_depth > MAX_NESTING


def sanitise_html(fragment: str) -> str:
    """Keep only the allow-listed tags, attributes and URL schemes."""
    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_URL_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def render_markdown(text: str) -> str:
    """Render a Markdown body to HTML that is safe to show in the preview.

    Text too long or too deeply nested to lay out quickly is shown escaped,
    as plain text, instead.
    """
    text = text or ""
    if len(text) > MAX_RENDER_CHARS or _DEEP_LINE.search(text):
        return _escaped_block(text[:MAX_RENDER_CHARS])
    md = markdown.Markdown(extensions=["sane_lists", "tables", "fenced_code"], output_format="html")
    rendered = sanitise_html(md.convert(text))
    if _too_deep(rendered):
        return _escaped_block(text)
    return rendered
