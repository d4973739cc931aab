"""Reading JSON that someone else wrote: the hostile-input layer.

Prompt packs (core/packs.py) and professional frameworks
(core/frameworks.py) are files from others, perhaps damaged or hostile.
Both are read through this module, so the rules are one set:

1. size, at most the format's cap, before anything else;
2. strict UTF-8 (one leading UTF-8 byte order mark is accepted and dropped;
   UTF-16 and UTF-32 are refused by name);
3. nesting, at most :data:`MAX_DEPTH`, counted by a linear scan of the bytes
   before the JSON parser sees them, so deep input cannot recurse;
4. JSON, with duplicate keys, ``NaN``/``Infinity`` and over-long numbers
   caught by the parser's hooks and reported with their field;
5. the format's schema walk, built from :class:`JsonChecker`'s checks: types,
   required and unknown fields, caps, ids, and text NFC-normalised with
   control, bidirectional and zero-width characters refused where they could
   disguise a title or an id.

Every problem is a :class:`PackProblem` naming its field path
(``items[3].title``) and quoting at most a short, escaped excerpt; nothing
else escapes a reader (:func:`guarded`), and reading is linear in the size.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import math
import re
import stat
import unicodedata
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any, TypeVar, cast

from . import fsutil
from .errors import PackInvalid
from .unicode_safety import title_problem

MAX_DEPTH = 32  # nested [ and {; a valid pack needs 4, a framework file 3
MAX_NUMBER_CHARS = 24  # characters in one JSON number (Python's own limit is 4300 digits)
MAX_PROBLEMS = 50  # stop listing after this many
EXCERPT_CHARS = 40  # at most this much of the file is quoted in a message
MAX_VERSION = 64  # a semantic version
MAX_URL = 500

# -- characters refused -------------------------------------------------------
# In one-line text (titles, ids, authors, questions, tags ...): control
# characters (C0, DEL, C1), bidirectional marks, embeddings, overrides and
# isolates (they can make a title read differently from what it is),
# zero-width characters (they make two different ids look the same), line
# and paragraph separators, and unpaired surrogates.
LINE_REFUSED = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff\ud800-\udfff]")
# In Markdown prose (description, guidance): the same, except that tabs and
# line breaks are allowed, and so are the joiners and marks that some
# scripts need inside words; overrides and isolates stay refused.
PROSE_REFUSED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


SEMVER = re.compile(
    r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)"
    r"(?:-((?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?",
    re.ASCII,
)
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
# Printable ASCII only: letters outside ASCII must be percent-encoded, so an
# address cannot imitate another with look-alike letters.
URL = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+", re.ASCII)
FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}", re.ASCII)


@dataclass(frozen=True)
class PackProblem:
    """One thing wrong with a pack file (or a framework file: the name is the
    pack reader's, which came first).

    ``field`` is a path such as ``prompts[3].sources[0].year`` (indexes count
    from 0), or ``""`` for the file as a whole. ``prompt`` is the prompt's id,
    escaped, when the problem is inside a prompt whose id could be read.
    """

    field: str
    message: str
    prompt: str = ""

    def __str__(self) -> str:
        if not self.field:
            return self.message
        where = self.field + (f' (prompt "{self.prompt}")' if self.prompt else "")
        return f"{where}: {self.message}"


# -- quoting ------------------------------------------------------------------


def escape(text: str) -> str:
    """``text`` with anything unprintable (controls, bidi and zero-width
    characters, unpaired surrogates) written as a visible escape."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch.isprintable():
            out.append(ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        else:
            code = ord(ch)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
    return "".join(out)


def quote(text: str, limit: int = EXCERPT_CHARS) -> str:
    """A short, escaped excerpt in double quotes."""
    if len(text) > limit:
        return f'"{escape(text[:limit])}..." ({len(text)} characters)'
    return f'"{escape(text)}"'


def kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"the number {value}"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return f"the text {quote(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a value that cannot be used"


def join_path(path: str, key: str) -> str:
    name = key if FIELD_NAME.fullmatch(key) else f"[{quote(key)}]"
    if not path:
        return name
    return f"{path}{name}" if name.startswith("[") else f"{path}.{name}"


def suggest(key: str, allowed: Sequence[str]) -> str:
    if len(key) > 40:
        return ""
    close = difflib.get_close_matches(key, allowed, n=1)
    return f' (did you mean "{close[0]}"?)' if close else ""


# -- the JSON layer -------------------------------------------------------------


class Bad:
    """A value the JSON hooks refused; the schema walk reports it with its field."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


class _Object(dict[str, Any]):
    """A JSON object that remembers keys it saw more than once."""

    __slots__ = ("duplicates",)
    duplicates: tuple[str, ...]


def _object_pairs(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object()
    duplicates: list[str] = []
    for key, value in pairs:
        if key in obj and key not in duplicates:
            duplicates.append(key)
        obj[key] = value
    obj.duplicates = tuple(duplicates)
    return obj


def _parse_int(text: str) -> int | Bad:
    if len(text) > MAX_NUMBER_CHARS:
        return Bad(f"holds a number {len(text)} characters long; numbers in the file are short, such as 1988")
    return int(text)


def _parse_float(text: str) -> float | Bad:
    if len(text) > MAX_NUMBER_CHARS:
        return Bad(f"holds a number {len(text)} characters long; numbers in the file are short, such as 1988")
    value = float(text)
    if not math.isfinite(value):
        return Bad(f"holds the number {quote(text)}, too large to use")
    return value


def _parse_constant(text: str) -> Bad:
    return Bad(f"holds {text}, which is not allowed (JSON has no NaN or Infinity)")


_DECODER = json.JSONDecoder(
    object_pairs_hook=_object_pairs,
    parse_int=_parse_int,
    parse_float=_parse_float,
    parse_constant=_parse_constant,
    strict=True,  # raw control characters inside strings are an error
)

_BRACKET_STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STRING = re.compile(rb'"[^"]*"?')


def nesting_depth(data: bytes) -> int:
    """The deepest nesting of ``[`` and ``{`` outside strings, in linear time
    and without recursion (``json`` itself recurses once per level).

    Escaped backslashes and quotes are removed first, so every ``"`` left
    opens or closes a string; strings are then removed, and what remains
    is counted up and down. Where the file is not valid JSON the count can
    only be higher than the parser would reach, never lower.
    """
    plain = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    steps = _STRING.sub(b"", plain).translate(_BRACKET_STEPS, _NOT_BRACKETS)
    return max(accumulate(array("b", steps)), default=0)


_JSON_MESSAGES = (
    ("Expecting value", "a value was expected here"),
    ("Expecting ',' delimiter", "a comma was expected here"),
    ("Expecting ':' delimiter", "a colon was expected here"),
    (
        "Expecting property name enclosed in double quotes",
        "a field name in double quotes was expected here (is there a comma after the last item?)",
    ),
    ("Unterminated string", "a text value is not closed with a double quote"),
    ("Invalid control character", "a text value holds a raw control character (write a line break as \\n)"),
    ("Invalid \\uXXXX escape", "a \\u escape needs four hexadecimal digits"),
    ("Invalid \\escape", "a backslash escape is not valid JSON"),
    ("Extra data", "there is more after the end of the file's JSON"),
)


def json_problem(exc: json.JSONDecodeError) -> PackProblem:
    words = next((plain for start, plain in _JSON_MESSAGES if exc.msg.startswith(start)), exc.msg)
    near = exc.doc[exc.pos : exc.pos + 20] if isinstance(exc.doc, str) else ""
    where = f"line {exc.lineno}, column {exc.colno}"
    text = f"the file is not valid JSON: {words} ({where}"
    text += f", at {quote(near)})" if near else ", at the end)"
    return PackProblem("", text)


class TooMany(Exception):
    """Enough problems have been listed."""


# -- the schema walk's checks ---------------------------------------------------


class JsonChecker:
    """The schema walk's building blocks: each checks one value at its field
    path, adds a problem (with the path) when it is wrong, and returns the
    clean value or None. A reader subclasses it with its own format's walk
    (packs._Checker), or walks with one (core/frameworks.py)."""

    def __init__(self) -> None:
        self.problems: list[PackProblem] = []
        # Worth the author's attention, never a reason to refuse a file.
        self.warnings: list[PackProblem] = []
        # The id of the prompt (or other named part) being checked, escaped:
        # every problem added meanwhile names it.
        self.prompt_label = ""

    # Reporting.
    def add(self, path: str, message: str) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            raise TooMany
        self.problems.append(PackProblem(path, message, self.prompt_label))

    # Shapes.
    def obj(self, value: Any, path: str, what: str) -> dict[str, Any] | None:
        if isinstance(value, Bad):
            self.add(path, value.message)
            return None
        if not isinstance(value, dict):
            self.add(path, f"must be {what} (an object in {{ }}), not {kind_of(value)}")
            return None
        for key in getattr(value, "duplicates", ()):
            self.add(join_path(path, key), "appears more than once in the same object; keep one")
        return value

    def fields(
        self, obj: dict[str, Any], path: str, required: Sequence[str], optional: Sequence[str], what: str
    ) -> None:
        for key in required:
            if key not in obj:
                self.add(join_path(path, key), "is missing")
        allowed = (*required, *optional)
        for key in obj:
            if key not in allowed:
                self.add(join_path(path, key), f"is not a field of {what}{suggest(key, allowed)}")

    def seq(self, value: Any, path: str, what: str, *, low: int, high: int, one: str = "") -> list[Any] | None:
        if isinstance(value, Bad):
            self.add(path, value.message)
            return None
        if not isinstance(value, list):
            self.add(path, f"must be a list [ ] of {what}, not {kind_of(value)}")
            return None
        if len(value) < low:
            self.add(path, f"must hold at least one {one or what}" if low == 1 else f"must hold at least {low} {what}")
            return None
        if len(value) > high:
            self.add(path, f"lists {len(value)} {what}; at most {high} are allowed")
            return None
        return value

    def text(
        self, value: Any, path: str, *, cap: int, prose: bool = False, empty_ok: bool = False, shown_as: str = ""
    ) -> str | None:
        """Checked, NFC-normalised, stripped text, or None after a problem.

        ``shown_as`` names text that people read to tell packs apart (a
        title, an author, an id): it must pass the look-alike rules too."""
        if isinstance(value, Bad):
            self.add(path, value.message)
            return None
        if not isinstance(value, str):
            self.add(path, f"must be text, not {kind_of(value)}")
            return None
        # A cheap first cap, so a 2 MiB string is not normalised for nothing.
        if len(value) > cap * 2 + 100:
            self.add(path, f"is too long: {len(value)} characters; at most {cap}")
            return None
        if prose:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        bad = (PROSE_REFUSED if prose else LINE_REFUSED).search(value)
        if bad is None:
            value = unicodedata.normalize("NFC", value)
            bad = (PROSE_REFUSED if prose else LINE_REFUSED).search(value)
        if bad is not None:
            self.add(path, self.refused_char(value, bad.start()))
            return None
        value = value.strip()
        if not value and not empty_ok:
            self.add(path, "must not be empty")
            return None
        if len(value) > cap:
            self.add(path, f"is too long: {len(value)} characters; at most {cap}")
            return None
        if shown_as:
            problem = title_problem(value)
            if problem is not None:
                self.add(path, problem.field_message(shown_as))
                return None
        return cast(str, value)

    @staticmethod
    def refused_char(value: str, at: int) -> str:
        ch = value[at]
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            what = "an unpaired surrogate escape (not a real character)"
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            what = "a control character"
        elif code in (0x2028, 0x2029):
            what = "a line or paragraph separator"
        elif code in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF):
            what = "a zero-width character"
        else:
            what = "a bidirectional control character"
        before = value[max(0, at - 15) : at]
        return f"holds {what} at character {at + 1} (U+{code:04X}, after {quote(before)}); remove it"

    def ident(
        self, value: Any, path: str, *, cap: int, pattern: re.Pattern[str], example: str, rule: str
    ) -> str | None:
        if isinstance(value, str) and len(value) <= cap * 2 + 100:
            bad = LINE_REFUSED.search(value)
            if bad is not None:
                self.add(path, self.refused_char(value, bad.start()))
                return None
        text = self.text(value, path, cap=cap, shown_as="id")
        if text is None:
            return None
        if text != value or not pattern.fullmatch(text):
            self.add(path, f"must be {rule}, such as {quote(example)}; found {quote(text)}")
            return None
        return text

    def whole(self, value: Any, path: str, *, low: int, high: int, example: int) -> int | None:
        if isinstance(value, Bad):
            self.add(path, value.message)
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(path, f"must be a whole number such as {example}, not {kind_of(value)}")
            return None
        if not low <= value <= high:
            self.add(path, f"must be between {low} and {high}; found {value}")
            return None
        return value

    @staticmethod
    def get(obj: dict[str, Any], key: str, check: Any, default: Any = None) -> Any:
        """``check(obj[key], key)``, or ``default`` when the key is absent
        (missing required fields are reported by :meth:`fields`)."""
        return check(obj[key], key) if key in obj else default

    def semver(self, value: Any, path: str) -> str | None:
        text = self.text(value, path, cap=MAX_VERSION)
        if text is not None and not SEMVER.fullmatch(text):
            self.add(path, f'must be a semantic version such as "1.0.0" or "1.2.0-beta.1"; found {quote(text)}')
            return None
        return text

    def date(self, value: Any, path: str) -> dt.date | None:
        text = self.text(value, path, cap=10)
        if text is None:
            return None
        try:
            if DATE.fullmatch(text):
                return dt.date.fromisoformat(text)
        except ValueError:
            pass
        self.add(path, f'must be a date written YYYY-MM-DD, such as "2026-11-25"; found {quote(text)}')
        return None

    def url(self, value: Any, path: str) -> str | None:
        text = self.text(value, path, cap=MAX_URL, empty_ok=True)
        if text and not URL.fullmatch(text):
            self.add(
                path,
                "must be a web address starting with https:// (or http://), with no spaces; letters outside "
                f"ASCII must be percent-encoded; found {quote(text)}",
            )
            return None
        return text


# -- reading --------------------------------------------------------------------


def too_big(size: int, limit: int, what: str) -> str:
    return f"the file is {size:,} bytes; {what} can be at most {size_words(limit)} ({limit:,} bytes)"


def size_words(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MiB" if limit % (1024 * 1024) == 0 else f"{limit // 1024} KiB"


def decode_json(data: bytes, checker: JsonChecker, *, limit: int, what: str) -> Any:
    """The parsed JSON value, or a Bad sentinel after adding a file-level problem.

    The hostile-input layer shared by every JSON file the app reads from
    others (prompt packs, core/packs.py; frameworks, core/frameworks.py): size cap
    ``limit`` first, strict UTF-8, nesting depth, then the JSON parser with
    its hooks. ``what`` names the kind of file in messages."""
    size = len(data)
    if size > limit:
        checker.add("", too_big(size, limit, what))
        return Bad("")
    if not data.strip():
        checker.add("", "the file is empty")
        return Bad("")
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        checker.add("", "the file is saved as UTF-16 or UTF-32; save it as UTF-8")
        return Bad("")
    if b"\x00" in data:
        checker.add("", "the file holds NUL bytes: it is not a text file, or it is saved as UTF-16; save it as UTF-8")
        return Bad("")
    # One UTF-8 byte order mark is accepted: Windows editors add it, and it
    # carries no meaning. The app's writers never write one.
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        checker.add(
            "", f"the file is not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} (line {line})"
        )
        return Bad("")
    depth = nesting_depth(data)
    if depth > MAX_DEPTH:
        checker.add("", f"the file nests lists and objects {depth} deep; at most {MAX_DEPTH} levels are allowed")
        return Bad("")
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        checker.problems.append(json_problem(exc))
    except RecursionError:  # not expected after the depth check; belt and braces
        checker.add("", f"the file nests lists and objects more than {MAX_DEPTH} levels deep")
    return Bad("")


_T = TypeVar("_T")


def guarded(checker: JsonChecker, run: Callable[[], _T | None]) -> tuple[_T | None, list[PackProblem]]:
    """``run()`` (a reader's whole check) with every way it can fail turned
    into problems: a bad file must never end in a traceback."""
    try:
        result = run()
        if checker.problems:
            return None, checker.problems
        return result, checker.problems
    except TooMany:
        checker.problems.append(PackProblem("", f"(stopped after {MAX_PROBLEMS} problems; there may be more)"))
    except (RecursionError, MemoryError):
        checker.problems = [PackProblem("", "the file is too deeply nested or too large to read")]
    except Exception:  # a bad file must never end in a traceback
        checker.problems = [PackProblem("", "the file could not be checked (an internal error; please report it)")]
    return None, checker.problems


def read_capped_file(path: Path, name: str, *, limit: int, what: str, error: type[PackInvalid]) -> bytes:
    """A file's bytes, at most ``limit``, through :func:`fsutil.read_capped`
    (a FIFO named like the file cannot hang the app; a folder or a device is
    refused with ``error``, naming ``what`` the file should have been).
    OSError is left to the caller."""
    try:
        return fsutil.read_capped(path, limit)
    except fsutil.NotRegularFile as exc:
        kind = "a folder" if stat.S_ISDIR(exc.mode) else "a special file (a device or a pipe)"
        raise error(name, [PackProblem("", f"this is {kind}, not {what} file")]) from None
    except fsutil.FileTooLarge as exc:
        raise error(name, [PackProblem("", too_big(exc.size, limit, what))]) from None
