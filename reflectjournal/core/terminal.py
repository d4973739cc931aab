"""Text fit to print at a terminal. Plain ``re`` only: every command that
prints a title or a body loads this, so it must cost next to nothing
(``core.unicode_safety`` and its ``regex`` are for checking titles)."""

from __future__ import annotations

import re

# Characters that reorder a line: embeddings, overrides, isolates and marks.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")

_TERMINAL_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_text(text: str, *, one_line: bool = False, escape: bool = False) -> str:
    """``text`` fit to print at a terminal: it cannot move the cursor,
    recolour the screen or reorder the line.

    By default control characters (other than tab and, unless ``one_line``,
    newline) become spaces and the bidirectional controls are dropped, so a
    title holding U+202E prints in the order it was written; everything else,
    joiners and emoji included, is kept. With ``escape`` every character
    that is not printable (controls, bidirectional and zero-width
    characters, tags) is shown as a ``\\uXXXX`` escape instead, for people
    checking a file. ``one_line`` also folds runs of whitespace to one space.
    """
    text = text or ""
    if escape:
        out = []
        for ch in text:
            if ch == "\t" or (ch == "\n" and not one_line) or ch.isprintable():
                out.append(ch)
            else:
                code = ord(ch)
                out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        return "".join(out)
    text = _TERMINAL_CONTROL.sub(" ", text)
    if not BIDI_CONTROLS.isdisjoint(text):
        text = "".join(ch for ch in text if ch not in BIDI_CONTROLS)
    return " ".join(text.split()) if one_line else text


def json_terminal_safe(dumped: str) -> str:
    """JSON text with bidirectional and C1 control characters written as
    ``\\uXXXX`` escapes: the same data to a JSON reader, inert at a terminal."""
    if BIDI_CONTROLS.isdisjoint(dumped) and not re.search("[\x7f-\x9f]", dumped):
        return dumped
    return "".join(f"\\u{ord(ch):04x}" if ch in BIDI_CONTROLS or "\x7f" <= ch <= "\x9f" else ch for ch in dumped)
