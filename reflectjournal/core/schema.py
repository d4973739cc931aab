"""Numbered schema migrations keyed on ``PRAGMA user_version``.

Each migration moves the journal from version N-1 to N inside one
transaction. Never edit a released migration: add a new one, and add a
journal written at the old version to ``tests/data/`` (see
``tests/data/make_fixtures.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from .models import BUILTIN_KINDS, FIRST_KINDS

TYPE_CHECKING = False  # not typing's: importing typing costs ~3 ms at every start (issue 19); mypy reads the name
if TYPE_CHECKING:
    from sqlcipher3 import Connection

# 'RJRN': tells a reflectjournal journal from any other SQLCipher database.
APPLICATION_ID = 0x524A524E

# Characters FTS5 treats as parts of words. 'So' keeps emoji searchable and
# 'Mn' keeps combining marks inside the words they belong to.
FTS_TOKENIZE = "unicode61 remove_diacritics 2 categories 'L* N* Co Mn So'"


def _run_script(conn: Connection, script: str) -> None:
    """Run statements one by one: ``executescript`` would COMMIT first and
    break the migration's transaction."""
    for statement in script.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def _migration_1(conn: Connection) -> None:
    _run_script(
        conn,
        f"""
        CREATE TABLE kinds (
            key TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            builtin INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            happened_on TEXT NOT NULL,          -- YYYY-MM-DD, local
            happened_at TEXT,                    -- HH:MM, local, optional
            created_at TEXT NOT NULL,            -- ISO 8601 UTC
            updated_at TEXT NOT NULL,            -- ISO 8601 UTC
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL REFERENCES kinds(key),
            child_in_mind TEXT NOT NULL DEFAULT '',
            deleted_at TEXT
        );
        CREATE TABLE entry_tags (
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (entry_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX entry_tags_by_tag ON entry_tags(tag, entry_id);
        CREATE VIRTUAL TABLE entries_fts USING fts5(
            title, body, tags, child_in_mind,
            tokenize = "{FTS_TOKENIZE}"
        );
        """,
    )
    conn.executemany(
        "INSERT INTO kinds(key, label, builtin, position) VALUES (?, ?, 1, ?)",
        [(key, label, i) for i, (key, label) in enumerate(kind for kind in BUILTIN_KINDS if kind[0] in FIRST_KINDS)],
    )


def _migration_2(conn: Connection) -> None:
    """Wellbeing check-in, prompts used, and a covering index for the list."""
    _run_script(
        conn,
        """
        ALTER TABLE entries ADD COLUMN wellbeing_score INTEGER
            CHECK (wellbeing_score IS NULL OR wellbeing_score BETWEEN 1 AND 5);
        ALTER TABLE entries ADD COLUMN wellbeing_words TEXT NOT NULL DEFAULT '';
        CREATE TABLE entry_prompts (
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            prompt_id TEXT NOT NULL,
            PRIMARY KEY (entry_id, position)
        ) WITHOUT ROWID;
        -- The list reads only these columns. A covering index keeps it from
        -- decrypting each wide entry row (3-4x faster at 100,000 entries).
        CREATE INDEX entries_list ON entries(
            deleted_at, happened_on, happened_at, id, title, kind
        );
        """,
    )


def _migration_3(conn: Connection) -> None:
    """Imported prompt packs, and supervision sessions with their links."""
    _run_script(
        conn,
        """
        CREATE TABLE packs (
            pack_id TEXT PRIMARY KEY,
            version TEXT NOT NULL,
            title TEXT NOT NULL,
            enabled INTEGER NOT NULL DEFAULT 1,
            imported_at TEXT NOT NULL,
            data BLOB NOT NULL                   -- the pack file, canonical JSON
        );
        CREATE TABLE supervision_sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            held_on TEXT NOT NULL,               -- YYYY-MM-DD, planned or actual
            with_role TEXT NOT NULL,
            with_name TEXT NOT NULL DEFAULT '',
            session_type TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('preparing', 'held')),
            questions TEXT NOT NULL DEFAULT '',
            decisions TEXT NOT NULL DEFAULT '',
            went_well TEXT NOT NULL DEFAULT '',
            learning_needs TEXT NOT NULL DEFAULT '',
            affecting_me TEXT NOT NULL DEFAULT '',
            discussion TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX supervision_by_date ON supervision_sessions(held_on, id);
        CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id INTEGER NOT NULL REFERENCES supervision_sessions(id) ON DELETE CASCADE,
            function TEXT NOT NULL CHECK (function IN ('management', 'development', 'support', 'mediation')),
            position INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX agenda_by_session ON agenda_items(session_id, position);
        CREATE TABLE agenda_item_entries (
            item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            PRIMARY KEY (item_id, entry_id)
        ) WITHOUT ROWID;
        CREATE TABLE session_entries (
            session_id INTEGER NOT NULL REFERENCES supervision_sessions(id) ON DELETE CASCADE,
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            PRIMARY KEY (session_id, entry_id)
        ) WITHOUT ROWID;
        CREATE INDEX session_entries_by_entry ON session_entries(entry_id, session_id);
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id INTEGER NOT NULL REFERENCES supervision_sessions(id) ON DELETE CASCADE,
            what TEXT NOT NULL,
            who TEXT NOT NULL DEFAULT '',
            due_on TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
            closed_on TEXT,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX actions_open ON actions(status, due_on);
        CREATE VIRTUAL TABLE supervision_fts USING fts5(
            title, body,
            tokenize = "{FTS_TOKENIZE}"
        );
        """.replace("{FTS_TOKENIZE}", FTS_TOKENIZE),
    )


def _migration_4(conn: Connection) -> None:
    """The spell checker's personal dictionary. Inside the journal, not in a
    plain file: the words added are often names of children and families."""
    conn.execute("CREATE TABLE personal_words (word TEXT PRIMARY KEY) WITHOUT ROWID")


def _migration_5(conn: Connection) -> None:
    """The prompt record of each prompt an entry used (core.answers): its
    pack, title and the exact questions inserted (a JSON array), so that an
    answer stays with its question whatever happens to the pack later."""
    _run_script(
        conn,
        """
        ALTER TABLE entry_prompts ADD COLUMN pack_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE entry_prompts ADD COLUMN title TEXT NOT NULL DEFAULT '';
        ALTER TABLE entry_prompts ADD COLUMN questions TEXT NOT NULL DEFAULT '[]'
        """,
    )


def _migration_6(conn: Connection) -> None:
    """Kinds for the meetings of children's social work that the first
    release lacked (strategy discussion, child in need meeting, ...). Every
    built-in kind takes its place in BUILTIN_KINDS' order ("Other" last);
    kinds the practitioner added keep their order after them."""
    conn.execute("UPDATE kinds SET position = position + ? WHERE builtin = 0", (len(BUILTIN_KINDS),))
    for position, (key, label) in enumerate(BUILTIN_KINDS):
        conn.execute(
            "INSERT OR IGNORE INTO kinds(key, label, builtin, position) VALUES (?, ?, 1, ?)", (key, label, position)
        )
        conn.execute("UPDATE kinds SET position = ? WHERE key = ? AND builtin = 1", (position, key))


def _migration_7(conn: Connection) -> None:
    """Choices that belong to this journal and may identify people (the
    names of supervisee and supervisor, words the identifying-information
    check ignores, ...): kept encrypted here, never in the plain settings
    file (core.journal_settings). Values are JSON."""
    conn.execute("CREATE TABLE journal_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")


# What the search index reads an entry's text from: its own row, and its
# tags in code point order, the order core.entries gives the index.
SEARCH_SOURCE_VIEW = """
CREATE VIEW entry_search_source AS
SELECT id, title, body,
       coalesce((SELECT group_concat(tag, ' ' ORDER BY tag) FROM entry_tags WHERE entry_id = entries.id), '') AS tags,
       child_in_mind
FROM entries
"""


def _migration_8(conn: Connection) -> None:
    """One copy of the text. The search index kept its own copy of every
    entry's title, body, tags and child in mind (about 40% of the file);
    it now reads them from the entries themselves (an FTS5 table with
    external content), and core.entries keeps it in step on every write."""
    conn.execute("DROP TABLE entries_fts")
    conn.execute(SEARCH_SOURCE_VIEW)
    conn.execute(
        "CREATE VIRTUAL TABLE entries_fts USING fts5("
        " title, body, tags, child_in_mind,"
        " content = 'entry_search_source', content_rowid = 'id',"
        f' tokenize = "{FTS_TOKENIZE}")'
    )
    conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")


def _migration_9(conn: Connection) -> None:
    """Check-ins over time (core.looking_back) without reading entries'
    text: a covering index of the entries that have one. Twelve months of
    a 100,000-entry journal: 130-400 ms through the wide rows, 1 ms here."""
    conn.execute(
        "CREATE INDEX entries_wellbeing ON entries("
        " deleted_at, happened_on, happened_at, id, wellbeing_score, wellbeing_words)"
        " WHERE wellbeing_score IS NOT NULL"
    )


def _migration_10(conn: Connection) -> None:
    """Supervision v2: where a session is held and when the next one is
    (for the record and the reminders), and, per reflection linked to an
    agenda item, whether the record includes its text (off: title and date
    only)."""
    _run_script(
        conn,
        """
        ALTER TABLE supervision_sessions ADD COLUMN place TEXT NOT NULL DEFAULT '';
        ALTER TABLE supervision_sessions ADD COLUMN next_on TEXT;
        ALTER TABLE agenda_item_entries ADD COLUMN include_text INTEGER NOT NULL DEFAULT 0
        """,
    )


def _migration_11(conn: Connection) -> None:
    """The People list of the identifying-information check (core.people):
    each person's name, the other ways it is written (a JSON array) and the
    stand-in an export uses instead. Encrypted with the journal and never
    exported."""
    conn.execute(
        "CREATE TABLE people ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL,"
        " variants TEXT NOT NULL DEFAULT '[]',"
        " stand_in TEXT NOT NULL,"
        " created_at TEXT NOT NULL)"
    )


def _migration_12(conn: Connection) -> None:
    """Encrypted attachments (core.attachments): pictures and PDFs kept in
    the journal. The list of an entry's attachments (``attachments``) is
    apart from their bytes (``attachment_data``), so listing them, or
    opening the journal, never reads the bytes. Both go with their entry."""
    _run_script(
        conn,
        """
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            filename TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            location_removed INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL
        );
        CREATE INDEX attachments_by_entry ON attachments(entry_id, id);
        CREATE TABLE attachment_data (
            attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id) ON DELETE CASCADE,
            data BLOB NOT NULL
        )
        """,
    )


def _migration_13(conn: Connection) -> None:
    """CPD records for registration (core.cpd): the fields of the
    regulator's form, and links to the entries and supervision sessions a
    record draws on (a link goes with either side). Links to professional
    standards are the frameworks' evidence links, not kept here."""
    _run_script(
        conn,
        """
        CREATE TABLE cpd_records (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            cpd_type TEXT NOT NULL,
            started_on TEXT NOT NULL,            -- YYYY-MM-DD, local
            ended_on TEXT,                       -- the last day, if over several days
            description TEXT NOT NULL DEFAULT '',
            learned TEXT NOT NULL DEFAULT '',
            impact TEXT NOT NULL DEFAULT '',
            peer_reflection TEXT NOT NULL DEFAULT '',
            peer_role TEXT NOT NULL DEFAULT '',  -- in role terms: "my supervisor"
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX cpd_by_day ON cpd_records(started_on, ended_on);
        CREATE TABLE cpd_entries (
            record_id INTEGER NOT NULL REFERENCES cpd_records(id) ON DELETE CASCADE,
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            PRIMARY KEY (record_id, entry_id)
        ) WITHOUT ROWID;
        CREATE INDEX cpd_entries_by_entry ON cpd_entries(entry_id, record_id);
        CREATE TABLE cpd_sessions (
            record_id INTEGER NOT NULL REFERENCES cpd_records(id) ON DELETE CASCADE,
            session_id INTEGER NOT NULL REFERENCES supervision_sessions(id) ON DELETE CASCADE,
            PRIMARY KEY (record_id, session_id)
        ) WITHOUT ROWID
        """,
    )


def _migration_14(conn: Connection) -> None:
    """Evidence against professional frameworks (core.evidence): an entry,
    a CPD record or a supervision agenda item linked to framework items by
    their text ids ("kss-cf", "3"), so a link outlives a framework version
    that drops its item. A link goes with its entry, record or session;
    the index by item serves the evidence map's counts."""
    _run_script(
        conn,
        """
        CREATE TABLE evidence_links (
            kind TEXT NOT NULL CHECK (kind IN ('entry', 'cpd', 'agenda')),
            target_id INTEGER NOT NULL,
            framework_id TEXT NOT NULL,
            item_id TEXT NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (kind, target_id, framework_id, item_id)
        ) WITHOUT ROWID;
        CREATE INDEX evidence_by_item ON evidence_links(framework_id, kind, item_id, target_id)
        """,
    )
    # One statement each: a trigger's body holds semicolons.
    for table, condition in (
        ("entries", "kind = 'entry' AND target_id = old.id"),
        ("cpd_records", "kind = 'cpd' AND target_id = old.id"),
        # Agenda items are written afresh with a session; core.supervision
        # keeps their ids and drops the links of items no longer there.
        ("supervision_sessions", "kind = 'agenda' AND target_id NOT IN (SELECT id FROM agenda_items)"),
    ):
        conn.execute(
            f"CREATE TRIGGER evidence_gone_with_{table} AFTER DELETE ON {table}"
            f" BEGIN DELETE FROM evidence_links WHERE {condition}; END"
        )


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (
    _migration_1,
    _migration_2,
    _migration_3,
    _migration_4,
    _migration_5,
    _migration_6,
    _migration_7,
    _migration_8,
    _migration_9,
    _migration_10,
    _migration_11,
    _migration_12,
    _migration_13,
    _migration_14,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: Connection, *, target: int = SCHEMA_VERSION) -> int:
    """Apply every migration after the journal's version, up to ``target``.

    Each step is its own transaction, so a crash leaves the journal at a
    whole version. Returns the version reached.
    """
    current: int = conn.execute("PRAGMA user_version").fetchone()[0]
    for version in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            if version == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return max(current, target)
