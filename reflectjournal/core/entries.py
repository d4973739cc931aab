"""The entry store: save, fetch, list, trash and search reflections."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

import sqlcipher3

from .answers import PromptRecord
from .errors import EntryNotFound, InvalidEntry
from .models import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_TAG_LENGTH,
    MAX_TAGS,
    MAX_TITLE_LENGTH,
    Entry,
    EntryFilter,
    EntrySummary,
    Kind,
    SearchHit,
    Wellbeing,
)
from .timestamps import iso_utc, parse_moment

TYPE_CHECKING = False  # not typing's: importing typing costs ~3 ms at every start (issue 19); mypy reads the name
if TYPE_CHECKING:
    from typing import Any

    from .search_query import SearchNote
    from .vault import Journal

# bm25 column weights: title, body, tags, child_in_mind.
BM25_WEIGHTS = (8.0, 1.0, 4.0, 2.0)
SNIPPET_TOKENS = 16

# The search index's words, for counting what a prefix starts. A temp table:
# it lives with the connection, in memory, and changes nothing on disk.
_WORDS_TABLE = "temp.entries_fts_words"
# A search ranks at most this many matches (the newest): see search().
RANK_WINDOW = 10_000

_SUMMARY_COLUMNS = "id, title, kind, happened_on, happened_at, deleted_at"
_ORDER_NEWEST = "happened_on DESC, happened_at DESC, id DESC"


def new_uid() -> str:
    """A random version-4 UUID in hex, as ``uuid.uuid4().hex`` gives, without
    importing ``uuid`` (which loads ``platform`` on every command)."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    return raw.hex()


def normalise_tag(tag: str) -> str:
    """A tag as stored: NFC, spaces collapsed, no leading '#', in the case it
    was typed ("PLO" stays "PLO"). Tags compare without case: see :func:`tag_key`."""
    tag = unicodedata.normalize("NFC", tag or "").strip().lstrip("#").strip()
    tag = re.sub(r"\s+", " ", tag)
    return tag[:MAX_TAG_LENGTH].strip()


def tag_key(tag: str) -> str:
    """What two tags are compared by: "PLO", "plo" and "#Plo" are one tag."""
    return normalise_tag(tag).casefold()


def normalise_tags(tags: Iterable[str]) -> list[str]:
    """Each tag once (compared without case; the first spelling given is kept)."""
    seen: dict[str, str] = {}
    for tag in tags:
        clean = normalise_tag(tag)
        if clean:
            seen.setdefault(clean.casefold(), clean)
    if len(seen) > MAX_TAGS:
        raise InvalidEntry(f"An entry can have at most {MAX_TAGS} tags.")
    return list(seen.values())


def sorted_tags(tags: Iterable[str]) -> list[str]:
    """Tags in the order lists show them: alphabetical, without regard to case."""
    return sorted(tags, key=lambda tag: (tag.casefold(), tag))


def _tag_spellings(conn: sqlcipher3.Connection, key: str, *, besides: int | None = None) -> list[str]:
    """Every stored spelling of the tag ``key`` (a :func:`tag_key`), leaving
    out the rows of entry ``besides``. One pass over the tag index: used only
    when a spelling is not stored as such."""
    rows = conn.execute("SELECT DISTINCT tag FROM entry_tags WHERE entry_id IS NOT ?", (besides,))
    return [r[0] for r in rows if r[0].casefold() == key]


def _stored_spellings(
    conn: sqlcipher3.Connection, tags: list[str], entry_id: int | None, known: dict[str, str] | None = None
) -> list[str]:
    """``tags`` with each one spelled as the journal already spells it.

    A journal holds one spelling per tag: the first one used. "plo" typed
    where other entries have "PLO" is saved as "PLO" (and "PLO" typed where
    they have "plo", as "plo": tags written before case was kept stay as they
    are). An entry's own rows do not count, so a tag only it carries can be
    re-cased by retyping it.

    ``known`` (new entries written in bulk): every stored spelling by
    :func:`tag_key`, read once and kept up to date here."""
    if known is not None:
        spelled = [known.setdefault(tag.casefold(), tag) for tag in tags]
        return normalise_tags(spelled)
    out = []
    for tag in tags:
        if conn.execute("SELECT 1 FROM entry_tags WHERE tag = ? LIMIT 1", (tag,)).fetchone() is None:
            others = _tag_spellings(conn, tag.casefold(), besides=entry_id)
            tag = min(others) if others else tag
        out.append(tag)
    return normalise_tags(out)


def _parse_time(text: str | None) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


def _time_text(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def _filter_sql(conn: sqlcipher3.Connection, flt: EntryFilter, column: str = "id") -> tuple[str, list[object]]:
    """A WHERE fragment on ``entries`` for a filter; ``column`` names the id."""
    clauses = ["deleted_at IS NOT NULL" if flt.trash else "deleted_at IS NULL"]
    params: list[object] = []
    if flt.kind:
        clauses.append("kind = ?")
        params.append(flt.kind)
    if flt.date_from:
        clauses.append("happened_on >= ?")
        params.append(flt.date_from.isoformat())
    if flt.date_to:
        clauses.append("happened_on <= ?")
        params.append(flt.date_to.isoformat())
    if flt.tag:
        spellings = _filter_spellings(conn, flt.tag)
        marks = ",".join("?" * len(spellings))
        clauses.append(f"{column} IN (SELECT entry_id FROM entry_tags WHERE tag IN ({marks}))")
        params.extend(spellings)
    return " AND ".join(clauses), params


def _filter_spellings(conn: sqlcipher3.Connection, tag: str) -> list[str]:
    """The stored spellings a tag filter matches: without regard to case."""
    clean = normalise_tag(tag)
    if conn.execute("SELECT 1 FROM entry_tags WHERE tag = ? LIMIT 1", (clean,)).fetchone() is not None:
        return [clean]  # the journal keeps one spelling per tag (see _stored_spellings)
    return _tag_spellings(conn, clean.casefold()) or [clean]


def _kind_keys(conn: sqlcipher3.Connection) -> frozenset[str]:
    return frozenset(r[0] for r in conn.execute("SELECT key FROM kinds"))


def _checked_title(entry: Entry) -> str:
    """The title as stored (NFC, stripped), or InvalidEntry/InvalidTitle."""
    title = unicodedata.normalize("NFC", entry.title or "").strip()
    if len(title) > MAX_TITLE_LENGTH:
        raise InvalidEntry(f"A title can be at most {MAX_TITLE_LENGTH} characters.")
    if title.isascii() and any("!" <= ch <= "~" for ch in title):
        # Printable ASCII with something to see: no invisible, blank or
        # mixed-alphabet character can be in it (unicode_safety.title_problem's
        # own first test), and `regex` (~15 ms to import) is not needed.
        return title
    from .unicode_safety import check_title

    check_title(title)  # no invisible, blank-only or mixed-alphabet titles
    return title


def _write_entry(
    conn: sqlcipher3.Connection,
    entry: Entry,
    known_kinds: frozenset[str],
    entry_id: int | None,
    now: str,
    *,
    keep_updated: bool,
    known_tags: dict[str, str] | None = None,
) -> int:
    """Check ``entry`` and write its rows (the entry, its tags, prompts and
    search row) inside the caller's transaction: insert when ``entry_id`` is
    None, else replace entry ``entry_id``. The one path for every save.
    Returns the entry's id."""
    title = _checked_title(entry)
    tags = _stored_spellings(conn, normalise_tags(entry.tags), entry_id, known_tags)
    wellbeing = entry.wellbeing
    if wellbeing is not None and not 1 <= wellbeing.score <= 5:
        raise InvalidEntry("The wellbeing score must be from 1 to 5.")
    if entry.kind not in known_kinds:
        raise InvalidEntry("That kind of entry is not known to this journal.")
    body = entry.body or ""
    child = entry.child_in_mind or ""
    updated = iso_utc(entry.updated_at) if keep_updated and entry.updated_at else now
    values = (
        entry.happened_on.isoformat(),
        _time_text(entry.happened_at),
        updated,
        title,
        body,
        entry.kind,
        child,
        wellbeing.score if wellbeing else None,
        wellbeing.words if wellbeing else "",
    )
    if entry_id is None:
        created = iso_utc(entry.created_at) if entry.created_at else now
        cur = conn.execute(
            "INSERT INTO entries(happened_on, happened_at, updated_at, title, body, kind,"
            " child_in_mind, wellbeing_score, wellbeing_words, uid, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, entry.uid or new_uid(), created),
        )
        entry_id = cur.lastrowid
        assert entry_id is not None  # an INSERT always sets it
    else:
        unindex(conn, entry_id)  # with the old text, before it changes
        cur = conn.execute(
            "UPDATE entries SET happened_on = ?, happened_at = ?, updated_at = ?, title = ?,"
            " body = ?, kind = ?, child_in_mind = ?, wellbeing_score = ?, wellbeing_words = ?"
            " WHERE id = ?",
            (*values, entry_id),
        )
        if cur.rowcount == 0:
            raise EntryNotFound(f"There is no entry {entry_id}.")
        conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
        conn.execute("DELETE FROM entry_prompts WHERE entry_id = ?", (entry_id,))
    if tags:
        conn.executemany("INSERT INTO entry_tags(entry_id, tag) VALUES (?, ?)", [(entry_id, t) for t in tags])
    prompt_rows = _prompt_rows(entry)
    if prompt_rows:
        conn.executemany(
            "INSERT INTO entry_prompts(entry_id, position, prompt_id, pack_id, title, questions)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(entry_id, i, *row) for i, row in enumerate(prompt_rows)],
        )
    # The tags in entry_search_source's order (entry_tags' key: code point
    # order, which is what sorted() gives), so that unindex() later removes
    # exactly the tokens indexed here.
    conn.execute(
        "INSERT INTO entries_fts(rowid, title, body, tags, child_in_mind) VALUES (?, ?, ?, ?, ?)",
        (entry_id, title, body, " ".join(sorted(tags)), child),
    )
    return entry_id


def unindex(conn: sqlcipher3.Connection, entry_id: int) -> None:
    """Remove entry ``entry_id`` from the search index. The index keeps no
    copy of the text (schema 8), so FTS5 must be told the text it indexed:
    call this BEFORE the entry's text or tags change or the entry goes."""
    conn.execute(
        "INSERT INTO entries_fts(entries_fts, rowid, title, body, tags, child_in_mind)"
        " SELECT 'delete', id, title, body, tags, child_in_mind FROM entry_search_source WHERE id = ?",
        (entry_id,),
    )


def _prompt_rows(entry: Entry) -> list[tuple[str, str, str, str]]:
    """(full id, pack id, title, questions JSON) for each prompt the entry
    used: its ``prompt_ids`` in order, each with its record if it has one,
    then any record whose id is not among them."""
    records = {record.full_id: record for record in entry.prompt_records}
    ids = list(dict.fromkeys([*entry.prompt_ids, *records]))
    rows = []
    for full_id in ids:
        record = records.get(full_id)
        if record is None:
            rows.append((full_id, "", "", "[]"))
        else:
            rows.append((full_id, record.pack_id, record.title, record.questions_json()))
    return rows


class EntryStore:
    """Entries of one open journal. Obtain it as ``journal.entries``."""

    def __init__(self, journal: Journal):
        self._journal = journal

    @property
    def _conn(self) -> sqlcipher3.Connection:
        return self._journal.conn

    # -- kinds ---------------------------------------------------------------

    def kinds(self) -> list[Kind]:
        rows = self._conn.execute("SELECT key, label, builtin FROM kinds ORDER BY position, label")
        return [Kind(key, label, bool(builtin)) for key, label, builtin in rows]

    def add_kind(self, label: str) -> Kind:
        """Add a kind of entry; returns the existing one if the label is known."""
        label = re.sub(r"\s+", " ", (label or "").strip())[:60]
        if not label:
            raise InvalidEntry("A kind needs a name.")
        for kind in self.kinds():
            if kind.label.casefold() == label.casefold():
                return kind
        key = "custom_" + re.sub(r"\W+", "_", label.casefold()).strip("_")[:40]
        with self._journal.write() as conn:
            position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM kinds").fetchone()[0]
            conn.execute(
                "INSERT OR IGNORE INTO kinds(key, label, builtin, position) VALUES (?, ?, 0, ?)",
                (key, label, position),
            )
        return Kind(key, label, False)

    # -- writing -------------------------------------------------------------

    def save(self, entry: Entry) -> Entry:
        """Insert a new entry or update an existing one; returns it with its
        id and times set. The change is on disk when this returns."""
        now = iso_utc(self._journal.clock())
        with self._journal.write() as conn:
            entry_id = _write_entry(conn, entry, _kind_keys(conn), entry.id, now, keep_updated=False)
        return self.get(entry_id)

    def save_many(
        self,
        entries: Iterable[Entry],
        *,
        new_kinds: Sequence[Kind] = (),
        progress: Callable[[int], None] | None = None,
        progress_every: int = 1000,
        after_insert: Callable[[sqlcipher3.Connection, int, int], Entry | None] | None = None,
    ) -> int:
        """Insert many new entries in one transaction (imports, benchmarks),
        each written and checked exactly as :meth:`save` writes a new one; an
        entry's own ``updated_at`` is kept (an import keeps its history).

        ``new_kinds`` are added first, in the same transaction, so that an
        import bringing its own kinds is still all or nothing. ``progress``
        gets the number inserted so far every ``progress_every`` entries;
        if it raises, or any entry fails a check, the transaction is rolled
        back and nothing is saved.

        ``entries`` may be a generator (a streamed import): it is read once,
        inside the transaction, and an error it raises rolls everything back.

        ``after_insert(conn, index, entry_id)``, if given, runs after each
        entry is inserted, in the same transaction (an import adds the
        entry's attachments there); an entry it returns is written again
        over the one just inserted (its body now referring to them).
        """
        now = iso_utc(self._journal.clock())
        with self._journal.write() as conn:
            if new_kinds:
                position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM kinds").fetchone()[0]
                conn.executemany(
                    "INSERT OR IGNORE INTO kinds(key, label, builtin, position) VALUES (?, ?, 0, ?)",
                    [(kind.key, kind.label, position + i) for i, kind in enumerate(new_kinds)],
                )
            known = _kind_keys(conn)
            spellings: dict[str, str] = {}
            for (tag,) in conn.execute("SELECT DISTINCT tag FROM entry_tags"):
                spellings.setdefault(tag.casefold(), tag)
            done = 0
            for done, entry in enumerate(entries, 1):
                entry_id = _write_entry(conn, entry, known, None, now, keep_updated=True, known_tags=spellings)
                if after_insert is not None:
                    changed = after_insert(conn, done - 1, entry_id)
                    if changed is not None:
                        _write_entry(conn, changed, known, entry_id, now, keep_updated=True, known_tags=spellings)
                if progress is not None and done % progress_every == 0:
                    progress(done)
            if progress is not None:
                progress(done)
        return done

    def trash(self, entry_id: int) -> None:
        """Move an entry to the trash; it can be restored."""
        self._set_deleted(entry_id, iso_utc(self._journal.clock()))

    def restore(self, entry_id: int) -> None:
        self._set_deleted(entry_id, None)

    def _set_deleted(self, entry_id: int, value: str | None) -> None:
        with self._journal.write() as conn:
            cur = conn.execute("UPDATE entries SET deleted_at = ? WHERE id = ?", (value, entry_id))
            if cur.rowcount == 0:
                raise EntryNotFound(f"There is no entry {entry_id}.")

    def delete_forever(self, entry_id: int) -> None:
        """Remove an entry and its search index row for good."""
        with self._journal.write() as conn:
            unindex(conn, entry_id)
            cur = conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            if cur.rowcount == 0:
                raise EntryNotFound(f"There is no entry {entry_id}.")

    def empty_trash(self) -> int:
        with self._journal.write() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM entries WHERE deleted_at IS NOT NULL")]
            for entry_id in ids:
                unindex(conn, entry_id)
            conn.execute("DELETE FROM entries WHERE deleted_at IS NOT NULL")
        return len(ids)

    # -- reading -------------------------------------------------------------

    def get(self, entry_id: int) -> Entry:
        row = self._conn.execute(
            "SELECT id, uid, happened_on, happened_at, created_at, updated_at, title, body, kind,"
            " child_in_mind, deleted_at, wellbeing_score, wellbeing_words FROM entries WHERE id = ?",
            (entry_id,),
        ).fetchone()
        if row is None:
            raise EntryNotFound(f"There is no entry {entry_id}.")
        tags = sorted_tags(
            r[0] for r in self._conn.execute("SELECT tag FROM entry_tags WHERE entry_id = ?", (entry_id,))
        )
        prompt_rows = self._conn.execute(
            "SELECT prompt_id, pack_id, title, questions FROM entry_prompts WHERE entry_id = ? ORDER BY position",
            (entry_id,),
        ).fetchall()
        prompts = [r[0] for r in prompt_rows]
        records = [record for r in prompt_rows if (record := PromptRecord.from_row(*r)) is not None]
        return Entry(
            id=row[0],
            uid=row[1],
            happened_on=dt.date.fromisoformat(row[2]),
            happened_at=_parse_time(row[3]),
            created_at=parse_moment(row[4]),
            updated_at=parse_moment(row[5]),
            title=row[6],
            body=row[7],
            kind=row[8],
            child_in_mind=row[9],
            deleted_at=parse_moment(row[10]),
            wellbeing=Wellbeing(row[11], row[12]) if row[11] is not None else None,
            tags=tags,
            prompt_ids=prompts,
            prompt_records=records,
        )

    def count(self, flt: EntryFilter = EntryFilter()) -> int:
        where, params = _filter_sql(self._conn, flt)
        count: int = self._conn.execute(f"SELECT count(*) FROM entries WHERE {where}", params).fetchone()[0]
        return count

    def list_entries(
        self, flt: EntryFilter = EntryFilter(), *, limit: int = 200, offset: int = 0
    ) -> list[EntrySummary]:
        """Entries newest first (by when they happened)."""
        where, params = _filter_sql(self._conn, flt)
        rows = self._conn.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM entries WHERE {where} ORDER BY {_ORDER_NEWEST} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        return self._summaries(rows)

    def ids(self, flt: EntryFilter = EntryFilter(), *, limit: int | None = None) -> list[int]:
        """Every matching id, newest first (or the first ``limit``): what a
        lazy list model holds."""
        where, params = _filter_sql(self._conn, flt)
        sql = f"SELECT id FROM entries WHERE {where} ORDER BY {_ORDER_NEWEST}"
        if limit is not None:
            sql, params = sql + " LIMIT ?", [*params, max(0, limit)]
        return [r[0] for r in self._conn.execute(sql, params)]

    def month_counts(self, flt: EntryFilter = EntryFilter()) -> list[tuple[str, int]]:
        """How many matching entries each month ("YYYY-MM") holds, newest month
        first: with :meth:`ids` a list can show month headings without reading
        100,000 rows into Python. Uses the covering index."""
        where, params = _filter_sql(self._conn, flt)
        # By day, in the index's own order, then folded into months here:
        # grouping by month made SQLite sort every row first (40-108 ms at
        # 100,000 entries, on every unlock; by day 14-17 ms).
        months: list[tuple[str, int]] = []
        for day, count in self._conn.execute(
            f"SELECT happened_on, count(*) FROM entries WHERE {where} GROUP BY happened_on ORDER BY happened_on DESC",
            params,
        ):
            month = day[:7]
            if months and months[-1][0] == month:
                months[-1] = (month, months[-1][1] + count)
            else:
                months.append((month, count))
        return months

    def summaries(self, ids: Sequence[int]) -> list[EntrySummary]:
        """Summaries for the given ids, in the same order (missing ones skipped)."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self._conn.execute(f"SELECT {_SUMMARY_COLUMNS} FROM entries WHERE id IN ({marks})", list(ids)).fetchall()
        by_id = {s.id: s for s in self._summaries(rows)}
        return [by_id[i] for i in ids if i in by_id]

    def _summaries(self, rows: list[tuple[Any, ...]]) -> list[EntrySummary]:
        tags: dict[int, list[str]] = {}
        if rows:
            marks = ",".join("?" * len(rows))
            for entry_id, tag in self._conn.execute(
                f"SELECT entry_id, tag FROM entry_tags WHERE entry_id IN ({marks}) ORDER BY tag",
                [r[0] for r in rows],
            ):
                tags.setdefault(entry_id, []).append(tag)
        return [
            EntrySummary(
                id=r[0],
                title=r[1],
                kind=r[2],
                happened_on=dt.date.fromisoformat(r[3]),
                happened_at=_parse_time(r[4]),
                tags=tuple(sorted_tags(tags.get(r[0], ()))),
                in_trash=r[5] is not None,
            )
            for r in rows
        ]

    def tags(self) -> list[tuple[str, int]]:
        """Tags in use on live entries with how many entries carry each,
        alphabetical without regard to case."""
        rows = self._conn.execute(
            "SELECT tag, count(*) FROM entry_tags WHERE entry_id IN (SELECT id FROM entries WHERE deleted_at IS NULL)"
            " GROUP BY tag"
        ).fetchall()
        return sorted(rows, key=lambda row: (row[0].casefold(), row[0]))

    def tag_names(self) -> list[str]:
        """Tags in use on live entries, sorted: :meth:`tags` without the counts,
        about ten times cheaper at 100,000 entries (for completers and filters)."""
        # A skip scan of the tag index, one seek per different tag (a journal
        # has tens), instead of reading every tag of every entry: 98 ms to
        # a few ms at 100,000 entries, just after unlocking.
        conn = self._conn
        names: list[str] = []
        row = conn.execute("SELECT min(tag) FROM entry_tags").fetchone()
        tag = row[0] if row else None
        while tag is not None:
            live = conn.execute(
                "SELECT 1 FROM entry_tags t JOIN entries e ON e.id = t.entry_id"
                " WHERE t.tag = ? AND e.deleted_at IS NULL LIMIT 1",
                (tag,),
            ).fetchone()
            if live:
                names.append(tag)
            tag = conn.execute("SELECT min(tag) FROM entry_tags WHERE tag > ?", (tag,)).fetchone()[0]
        return sorted_tags(names)

    def search(self, text: str, flt: EntryFilter = EntryFilter(), *, limit: int = 50) -> SearchResults:
        """Ranked full-text search. Any input is safe; see search_query.

        The result is a list of hits that also carries ``notes``: what the
        results must say about how the search was done (a prefix searched as
        a word, more matches than ``limit``)."""
        from .search_query import MORE_RESULTS, RANKED_RECENT, SearchNote, plan  # ~3.5 ms: not at every start

        query, notes = plan(text, self._count_words)
        if query is None:
            return SearchResults([], notes)
        where, params = _filter_sql(self._conn, flt)
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        # Rank first, then make snippets only for the top rows: snippet() on
        # every match of a common word would cost far more than the ranking.
        # The filter is a rowid set so FTS5 never reads the wide entry rows.
        # One row more than asked says whether there are more.
        if where == "deleted_at IS NULL":
            matching = "entries_fts MATCH ? AND rowid NOT IN (SELECT id FROM entries WHERE deleted_at IS NOT NULL)"
            match_params: list[object] = [query]
        else:
            matching = f"entries_fts MATCH ? AND rowid IN (SELECT id FROM entries WHERE {where})"
            match_params = [query, *params]
        # Ranking costs a bm25 per match: a word in nearly every entry took
        # 96-146 ms at 100,000 entries. Past RANK_WINDOW matches, the best are
        # chosen from the RANK_WINDOW written most recently (the newest ids),
        # which FTS5 reads in id order without ranking, and the results say so.
        newest = self._conn.execute(
            f"SELECT rowid FROM entries_fts WHERE {matching} ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            [*match_params, RANK_WINDOW],
        ).fetchone()
        if newest is not None:
            matching += " AND rowid > ?"
            match_params.append(newest[0])
            notes.append(SearchNote(RANKED_RECENT, count=RANK_WINDOW))
        ranked = self._conn.execute(
            f"SELECT rowid, bm25(entries_fts, {weights}) AS score FROM entries_fts WHERE {matching}"
            " ORDER BY score LIMIT ?",
            [*match_params, limit + 1],
        ).fetchall()
        if len(ranked) > limit:
            ranked = ranked[:limit]
            notes.append(SearchNote(MORE_RESULTS, count=limit))
        if not ranked:
            return SearchResults([], notes)
        ids = [r[0] for r in ranked]
        marks = ",".join("?" * len(ids))
        # With a prefix, "rowid IN (...)" makes FTS5 look each row up by
        # itself and expand the prefix again for every one (8,000 rows x
        # 111,111 words took 118 s); "+rowid" makes it one pass over the
        # matches, filtered. Without a prefix the lookups are cheaper.
        rowid = "+rowid" if "*" in query else "rowid"
        snippets = dict(
            self._conn.execute(
                f"SELECT rowid, snippet(entries_fts, -1, ?, ?, '…', {SNIPPET_TOKENS}) FROM entries_fts"
                f" WHERE entries_fts MATCH ? AND {rowid} IN ({marks})",
                (HIGHLIGHT_START, HIGHLIGHT_END, query, *ids),
            ).fetchall()
        )
        summaries = {s.id: s for s in self.summaries(ids)}
        hits = [
            SearchHit(entry=summaries[entry_id], snippet=snippets.get(entry_id, ""), score=score)
            for entry_id, score in ranked
            if entry_id in summaries
        ]
        return SearchResults(hits, notes)

    def _count_words(self, prefix: str, most: int) -> int:
        """How many different words in the search index start with
        ``prefix``, counting no further than ``most``."""
        if not prefix:
            return 0
        conn = self._conn
        conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_WORDS_TABLE} USING fts5vocab(main, entries_fts, 'row')")
        # The words that start with prefix sort from prefix up to (not
        # including) prefix with its last character one higher.
        last = ord(prefix[-1]) + 1
        if 0xD800 <= last <= 0xDFFF:
            last = 0xE000
        upper = prefix[:-1] + chr(min(last, 0x10FFFF))
        count: int = conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {_WORDS_TABLE} WHERE term >= ? AND term < ? LIMIT ?)",
            (prefix, upper, most),
        ).fetchone()[0]
        return count


class SearchResults(list[SearchHit]):
    """Search hits, best first, with the notes the results must show
    (``search_query.SearchNote``: a prefix searched as a word, more matches
    than were asked for)."""

    def __init__(self, hits: Iterable[SearchHit] = (), notes: Iterable[SearchNote] = ()):
        super().__init__(hits)
        self.notes: tuple[SearchNote, ...] = tuple(notes)
