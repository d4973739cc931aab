"""One printable document of the entries in a date range: HTML or PDF.

The HTML is self-contained: styles inline in the page, no scripts, no images,
no fonts or style sheets fetched from anywhere, and a Content-Security-Policy
that forbids loading anything should a browser be asked to. Entry bodies go
through the same Markdown renderer and allow-list sanitiser as the preview,
with every word kept: past the renderer's export budget the rest of a body
follows as plain, escaped text, with a note. Titles, tags and kinds are
escaped, never rendered.

The result is NOT encrypted, and the document says so at its top. Files are
written 0600. This module makes the HTML only: a caller that wants a PDF lays
the same HTML out with ``reflectjournal.pdf.write_pdf`` (Qt, outside core),
with :func:`printable_title` as its running header.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from . import fsutil
from .answers import separate_questions
from .export import CHILD_IN_MIND_HEADING
from .models import Entry, EntryFilter
from .rendering import render_markdown

if TYPE_CHECKING:
    from .vault import Journal

NOT_ENCRYPTED_NOTICE = (
    "This document is NOT encrypted. Anyone who can open it can read these entries. "
    "Keep it somewhere safe, and delete it when you no longer need it."
)
CHILD_IN_MIND_TITLE = CHILD_IN_MIND_HEADING.removeprefix("## ")

# Nothing may be fetched: no scripts, images, fonts, frames or style sheets.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
_STYLE = """
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45;
       max-width: 46em; margin: 2em auto; padding: 0 1em; color: #1a1a1a; }
.notice { border: 2px solid #a4262c; background: #fdf0f0; color: #5c1016; padding: 0.6em 0.9em;
          font-weight: bold; margin-bottom: 1.5em; }
h1 { font-size: 18pt; margin-bottom: 0.2em; }
.range { color: #444; margin-top: 0; }
.entry { border-top: 1px solid #999; padding-top: 0.8em; margin-top: 1.6em; page-break-inside: avoid; }
.entry h2 { font-size: 14pt; margin: 0 0 0.2em 0; }
.meta { color: #444; font-size: 9.5pt; margin: 0 0 0.8em 0; }
.child { border-left: 3px solid #5b7db1; padding-left: 0.8em; margin-top: 1em; }
.child h3 { font-size: 11pt; margin: 0 0 0.3em 0; }
pre { white-space: pre-wrap; }
.render-note { color: #5c1016; font-size: 9.5pt; }
@media print { body { margin: 0; max-width: none; } .entry { page-break-inside: auto; } }
"""


def _long_date(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"


def _range_text(flt: EntryFilter) -> str:
    if flt.date_from and flt.date_to:
        return f"Entries from {_long_date(flt.date_from)} to {_long_date(flt.date_to)}"
    if flt.date_from:
        return f"Entries from {_long_date(flt.date_from)}"
    if flt.date_to:
        return f"Entries up to {_long_date(flt.date_to)}"
    return "All entries"


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def _entry_html(entry: Entry, kind_label: str) -> str:
    esc = html.escape
    when = _long_date(entry.happened_on)
    if entry.happened_at:
        when += f", {entry.happened_at.strftime('%H:%M')}"
    meta = [esc(when), esc(kind_label)]
    if entry.tags:
        meta.append("Tags: " + esc(", ".join(_one_line(tag) for tag in entry.tags)))
    if entry.wellbeing:
        words = _one_line(entry.wellbeing.words)
        meta.append(f"Wellbeing: {entry.wellbeing.score}/5" + (f" ({esc(words)})" if words else ""))
    if entry.prompt_records:
        titles = ", ".join(_one_line(r.title or r.full_id) for r in entry.prompt_records)
        meta.append("Prompt: " + esc(titles))
    parts = [
        '<div class="entry">',
        f"<h2>{esc(_one_line(entry.title)) or '(untitled)'}</h2>",
        f'<p class="meta">{" · ".join(meta)}</p>',
    ]
    if (entry.body or "").strip():
        # Each question stays a quoted question with the answer under it.
        parts.append(render_markdown(separate_questions(entry.body, entry.prompt_records), whole=True))
    if (entry.child_in_mind or "").strip():
        parts += [
            '<div class="child">',
            f"<h3>{esc(CHILD_IN_MIND_TITLE)}</h3>",
            render_markdown(entry.child_in_mind, whole=True),
            "</div>",
        ]
    parts.append("</div>")
    return "\n".join(parts)


def printable_title(flt: EntryFilter) -> str:
    """The document's title, also the PDF's running header."""
    text = _range_text(flt)
    return f"Reflective journal: {text[0].lower()}{text[1:]}"


def build_printable_html(
    journal: Journal,
    flt: EntryFilter = EntryFilter(),
    *,
    generated: dt.date,
    transform: Callable[[Entry], Entry] | None = None,
) -> tuple[str, int]:
    """The whole document for the entries matching ``flt``, oldest first;
    returns the HTML and how many entries it holds. ``transform`` makes the
    outgoing copy of each entry (the identifying-information check's
    redaction); the journal's entry is never changed."""
    labels = {kind.key: kind.label for kind in journal.entries.kinds()}
    ids = list(reversed(journal.entries.ids(flt)))
    blocks = []
    for entry_id in ids:
        entry = journal.entries.get(entry_id)
        if transform is not None:
            entry = transform(entry)
        blocks.append(_entry_html(entry, labels.get(entry.kind, entry.kind)))
    count = len(ids)
    noun = "entry" if count == 1 else "entries"
    title = printable_title(flt)
    page = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f'<p class="notice">{html.escape(NOT_ENCRYPTED_NOTICE)}</p>',
        "<h1>Reflective journal</h1>",
        f'<p class="range">{html.escape(_range_text(flt))}: {count} {noun}, oldest first. '
        f"Printed {html.escape(_long_date(generated))}.</p>",
        *blocks,
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(page), count


def write_printable_html(journal: Journal, path: Path, flt: EntryFilter = EntryFilter(), *, generated: dt.date) -> int:
    """Write the HTML document 0600; returns the number of entries in it."""
    document, count = build_printable_html(journal, flt, generated=generated)
    fsutil.write_private_text(Path(path), document)
    return count
