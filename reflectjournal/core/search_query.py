"""Turn whatever a person types into a safe FTS5 query.

FTS5 has its own syntax, and raw input such as ``"unbalanced``, ``a AND``,
``(x`` or ``title:`` raises errors. We never pass user text to FTS5 as
syntax: we tokenise it ourselves and emit only quoted strings joined by the
operators we mean. What a person can use:

* words: all must appear (``neglect school``);
* ``"a phrase"``: the words together, in order (an unclosed quote runs to
  the end);
* ``word*``: a prefix;
* ``-word`` or ``NOT word``: must not appear;
* ``a OR b``: either;
* ``title:word`` (also ``body:``, ``tag:``, ``child:``): only in that part.

Anything else (``:``, brackets, ``AND``, lone ``*``) is read as a space.

Prefixes are bounded, so that one cannot cost minutes (issue 20): a prefix
of fewer than :data:`MIN_PREFIX_CHARS` letters is searched as a word, and
one that starts more than :data:`MAX_PREFIX_WORDS` different words in the
journal is searched as a word too. :func:`plan` says so in a
:class:`SearchNote` that the results show.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .records import FrozenRecord

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
# A one-letter prefix starts a large share of every word in a journal.
MIN_PREFIX_CHARS = 2
# FTS5 reads every word a prefix starts, about 1.3 microseconds each; past
# this many the prefix is searched as a word. A journal of 300,000 entries
# with a case number "e<N>" in each has 111,111 words starting "e1" (capped)
# and 11,111 starting "e12" (not). See benchmarks/RESULTS.md.
MAX_PREFIX_WORDS = 50_000

# Names a person may put before ':' to search one part of an entry.
COLUMNS = {"title": "title", "body": "body", "tag": "tags", "tags": "tags", "child": "child_in_mind"}


def is_word_char(ch: str) -> bool:
    """The same characters the FTS5 tokenizer keeps (see schema.FTS_TOKENIZE)."""
    cat = unicodedata.category(ch)
    return cat[0] in "LN" or cat in ("Co", "Mn", "So")


class _Term(FrozenRecord):
    """One term of a parsed query: a word or phrase (``text``, its words
    separated by single spaces), and how it is asked for."""

    __slots__ = ("text", "prefix", "negated", "or_before", "column")
    text: str
    prefix: bool
    negated: bool
    or_before: bool
    column: str | None

    def __init__(
        self, text: str, prefix: bool = False, negated: bool = False, or_before: bool = False, column: str | None = None
    ) -> None:
        self._set(text=text, prefix=prefix, negated=negated, or_before=or_before, column=column)

    @property
    def prefix_word(self) -> str:
        """The word the ``*`` follows (the last one of the term)."""
        return self.text.rsplit(" ", 1)[-1]

    def render(self) -> str:
        quoted = '"' + self.text.replace('"', '""') + '"'
        quoted = quoted + " *" if self.prefix else quoted
        return f"{self.column} : {quoted}" if self.column else quoted


def _words(text: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    for ch in text:
        if is_word_char(ch):
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def parse(text: str) -> list[_Term]:
    text = (text or "")[:MAX_QUERY_CHARS]
    terms: list[_Term] = []
    i, n = 0, len(text)
    negate_next = False
    or_next = False
    column: str | None = None
    operators: list[str] = []  # AND, OR and NOT read as operators
    while i < n and len(terms) < MAX_TERMS:
        ch = text[i]
        if ch == '"' or (ch == "-" and i + 1 < n and text[i + 1] == '"'):
            negated = negate_next or ch == "-"
            start = i + (2 if ch == "-" else 1)
            end = text.find('"', start)
            end = n if end < 0 else end
            words = _words(text[start:end])
            if words:
                terms.append(_Term(" ".join(words), negated=negated, or_before=or_next, column=column))
            negate_next = or_next = False
            column = None
            i = end + 1
            continue
        if is_word_char(ch) or (ch == "-" and i + 1 < n and is_word_char(text[i + 1])):
            negated = negate_next
            if ch == "-":
                negated = True
                i += 1
            start = i
            while i < n and (is_word_char(text[i]) or text[i] in "'’" and i + 1 < n and is_word_char(text[i + 1])):
                i += 1
            raw = text[start:i]
            prefix = i < n and text[i] == "*"
            if prefix:
                i += 1
            elif i < n and text[i] == ":" and raw.casefold() in COLUMNS:
                column = COLUMNS[raw.casefold()]
                negate_next = negate_next or negated
                i += 1
                continue
            if raw == "OR" and not negated and terms:
                or_next = True
                operators.append(raw)
                continue
            if raw == "AND" and not negated:
                operators.append(raw)
                continue
            if raw == "NOT" and not negated:
                negate_next = True
                operators.append(raw)
                continue
            words = _words(raw)
            if words:
                terms.append(_Term(" ".join(words), prefix=prefix, negated=negated, or_before=or_next, column=column))
            negate_next = or_next = False
            column = None
            continue
        i += 1
    if not terms and operators:
        # Nothing but operators ("NOT" on its own): the words themselves are looked for.
        terms = [_Term(word.lower()) for word in operators[:MAX_TERMS]]
    return terms


def to_fts_query(text: str, columns: frozenset[str] | None = None) -> str | None:
    """The FTS5 MATCH expression for ``text``, or None when nothing positive
    is left to search for (an empty box, only punctuation, only ``-word``).
    Prefixes are not bounded here: see :func:`plan`.

    ``columns``: the columns of the table searched, when it lacks some of
    :data:`COLUMNS` (supervision sessions have no tags). A word asked for in
    a column it lacks matches nothing there (None); one excluded is dropped."""
    terms = parse(text)
    if columns is not None:
        if any(t.column and t.column not in columns and not t.negated for t in terms):
            return None
        terms = [t for t in terms if not t.column or t.column in columns]
    return _render(terms)


def _render(terms: list[_Term]) -> str | None:
    positives = [t for t in terms if not t.negated]
    negatives = [t for t in terms if t.negated]
    if not positives:
        return None
    # Group runs joined by OR; groups are ANDed together.
    groups: list[list[_Term]] = []
    for term in positives:
        if term.or_before and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
    parts = []
    for group in groups:
        rendered = " OR ".join(t.render() for t in group)
        parts.append(f"({rendered})" if len(group) > 1 else rendered)
    query = " AND ".join(parts)
    if negatives:
        query = f"({query})" + "".join(f" NOT {t.render()}" for t in negatives)
    return query


# SearchNote kinds.
SHORT_PREFIX = "short_prefix"
BROAD_PREFIX = "broad_prefix"
MORE_RESULTS = "more_results"
RANKED_RECENT = "ranked_recent"


class SearchNote(FrozenRecord):
    """Something the results must say about how the search was done.

    ``kind`` is one of SHORT_PREFIX (``term`` was shorter than
    MIN_PREFIX_CHARS letters and was searched as a word), BROAD_PREFIX
    (``term`` starts more than ``count`` words and was searched as a word)
    MORE_RESULTS (only the best ``count`` matches are shown) or
    RANKED_RECENT (more than ``count`` entries match, and the best were
    chosen from the ``count`` most recently written). The app
    translates these; :attr:`message` is the command line's wording.
    """

    __slots__ = ("kind", "term", "count")
    kind: str
    term: str
    count: int

    def __init__(self, kind: str, term: str = "", count: int = 0) -> None:
        self._set(kind=kind, term=term, count=count)

    @property
    def message(self) -> str:
        if self.kind == SHORT_PREFIX:
            return (
                f"Prefixes need at least {MIN_PREFIX_CHARS} letters: '{self.term}*' was searched as the word "
                f"'{self.term}'."
            )
        if self.kind == BROAD_PREFIX:
            return (
                f"'{self.term}*' starts more than {self.count:,} different words, so it was searched as the word "
                f"'{self.term}'. Type more letters before the *."
            )
        if self.kind == RANKED_RECENT:
            return (
                f"More than {self.count:,} entries match, so the best were chosen from the {self.count:,} "
                "written most recently. Add words or filters to narrow the search."
            )
        return f"Showing the best {self.count:,} matches; there are more."


def fold(word: str) -> str:
    """A word as the search index stores it (lower case, no diacritics),
    close to FTS5's unicode61 tokenizer with remove_diacritics 2."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def plan(text: str, count_words: Callable[[str, int], int] | None = None) -> tuple[str | None, list[SearchNote]]:
    """The FTS5 query for ``text`` with prefixes bounded, and the notes to show.

    ``count_words(word, most)`` says how many different indexed words start
    with ``word`` (as :func:`fold` gives it), counting no further than
    ``most``; without it only the minimum length applies.
    """
    terms = parse(text)
    notes: list[SearchNote] = []
    bounded: list[_Term] = []
    for term in terms:
        if term.prefix:
            word = term.prefix_word
            if len(word) < MIN_PREFIX_CHARS:
                notes.append(SearchNote(SHORT_PREFIX, term.text))
                term = term.replace(prefix=False)
            elif count_words is not None and count_words(fold(word), MAX_PREFIX_WORDS + 1) > MAX_PREFIX_WORDS:
                notes.append(SearchNote(BROAD_PREFIX, term.text, MAX_PREFIX_WORDS))
                term = term.replace(prefix=False)
        bounded.append(term)
    return _render(bounded), list(dict.fromkeys(notes))


# -- showing what was found -------------------------------------------------

# Patterns as strings: re compiles and caches each at its first use, so that
# the command line's start does not pay for the app's snippets (issue 19).
_LINE_MARKUP = r"^\s{0,3}(?:#{1,6}(?=\s|$)|>|[-*+](?=\s)|\d{1,9}[.)](?=\s))\s*(?:\[[ xX]\]\s+)?"
_RULE_LINE = r"^\s{0,3}(?:(?:[-*_]\s*){3,}|=+|\|?[\s:|-]*-[\s:|-]*\|?)$"
_CLOSING_HASHES = r"\s+#+\s*$"
_IMAGE_OR_LINK = r"!?\[([^\]\n]*)\](?:\([^)\n]*\)|\[[^\]\n]*\])"
_AUTOLINK = r"<((?:https?|mailto):[^>\s]+)>"
_HTML_TAG = r"</?[A-Za-z][^<>\n]*>"
_STRONG = r"\*\*|__|~~|`+"
_EMPHASIS = r"(?<![\w*])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*])"


def plain_text(markdown: str) -> str:
    """Markdown as one line of readable text, for search results: no ``##``
    or list marks, ``**`` and backticks gone, links as their text. Lines are
    joined with spaces. Characters other than markup are kept, among them
    models.HIGHLIGHT_START and HIGHLIGHT_END, so a snippet keeps its
    highlights. Works on fragments (a snippet starts and ends anywhere)."""
    lines = []
    for line in markdown.splitlines():
        if re.match(_RULE_LINE, line) and line.strip():
            continue
        cut = line.startswith("…")  # a snippet that starts inside the text
        line = line[1:] if cut else line
        previous = None
        while previous != line:  # "> - [ ] item": each mark in turn
            previous, line = line, re.sub(_LINE_MARKUP, "", line, count=1)
        line = re.sub(_CLOSING_HASHES, "", line)
        line = re.sub(_IMAGE_OR_LINK, r"\1", line)
        line = re.sub(_AUTOLINK, r"\1", line)
        line = re.sub(_HTML_TAG, "", line)
        line = re.sub(_STRONG, "", line)
        line = re.sub(_EMPHASIS, "", line)
        line = line.replace("|", " ").replace("\\", "")
        line = " ".join(line.split())
        line = "…" + line if cut else line
        if line:
            lines.append(line)
    return " ".join(lines)


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the words a search looks for occur in ``text``: (start, end)
    offsets into ``text``, in order, not overlapping. Compared as the index
    compares them (:func:`fold`: any case, without diacritics), whole words,
    or word starts for ``word*``; words the search excludes are not marked."""
    terms = [t for t in parse(query) if not t.negated]
    if not terms or not text:
        return []
    folded: list[str] = []
    origin: list[int] = []  # for each folded character, its index in text
    for index, ch in enumerate(text):
        piece = fold(ch) or ch
        folded.extend(piece)
        origin.extend([index] * len(piece))
    haystack = "".join(folded)
    patterns = []
    for term in terms:
        words = [re.escape(fold(w)) for w in term.text.split(" ")]
        # The words of a phrase, with anything that is not a word between them.
        body = r"[^\w]+".join(words)
        tail = r"\w*" if term.prefix else ""
        patterns.append(rf"(?<!\w){body}{tail}(?!\w)")
    spans: list[tuple[int, int]] = []
    for match in re.finditer("|".join(f"(?:{p})" for p in patterns), haystack):
        if match.end() > match.start():
            spans.append((origin[match.start()], origin[match.end() - 1] + 1))
    return spans
