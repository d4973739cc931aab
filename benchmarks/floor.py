"""The floor: the least a command-line journal on SQLCipher 4 can do.

A hundred lines with no structure, no checks and no care for the terminal,
over a journal of the same kind (SQLCipher 4, the same key derivation, one
table of entries, an FTS5 index that reads its text from that table). What
reflectjournal's command line costs above it is what its own code costs.

    python benchmarks/floor.py make FLOOR.db --from benchmarks/data/bench.rjournal
    printf 'benchmark passphrase\\n' | python benchmarks/floor.py search FLOOR.db child
    printf 'benchmark passphrase\\n' | python benchmarks/floor.py list FLOOR.db 10
    printf 'benchmark passphrase\\nBody\\n' | python benchmarks/floor.py add FLOOR.db "A title"
"""

import sys

import sqlcipher3

KDF_ITER = 256_000  # SQLCipher 4's default, and reflectjournal's
TOKENIZE = "unicode61 remove_diacritics 2 categories 'L* N* Co Mn So'"


def connect(path, passphrase):
    conn = sqlcipher3.connect(path, isolation_level=None)
    conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    conn.execute(f"PRAGMA kdf_iter = {KDF_ITER}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def make(path, source, passphrase):
    conn = connect(path, passphrase)
    conn.execute(
        "CREATE TABLE entries (id INTEGER PRIMARY KEY, day TEXT NOT NULL, title TEXT NOT NULL,"
        " body TEXT NOT NULL, tags TEXT NOT NULL, child TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX entries_by_day ON entries(day, id)")
    conn.execute(
        "CREATE VIRTUAL TABLE entries_fts USING fts5(title, body, tags, child,"
        f" content = 'entries', content_rowid = 'id', tokenize = \"{TOKENIZE}\")"
    )
    conn.execute("ATTACH DATABASE ? AS src KEY ?", (source, passphrase))
    conn.execute(f"PRAGMA src.kdf_iter = {KDF_ITER}")
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO entries(id, day, title, body, tags, child)"
        " SELECT e.id, e.happened_on, e.title, e.body,"
        " coalesce((SELECT group_concat(tag, ' ') FROM src.entry_tags t WHERE t.entry_id = e.id), ''),"
        " e.child_in_mind FROM src.entries e WHERE e.deleted_at IS NULL ORDER BY e.id"
    )
    conn.execute("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE src")
    conn.execute("VACUUM")
    conn.close()


def search(conn, query, limit=20):
    rows = conn.execute(
        "SELECT e.id, e.day, e.title, snippet(entries_fts, -1, '[', ']', '…', 12) FROM entries_fts"
        " JOIN entries e ON e.id = entries_fts.rowid WHERE entries_fts MATCH ?"
        " ORDER BY bm25(entries_fts, 10.0, 1.0, 5.0, 2.0) LIMIT ?",
        (query, limit),
    )
    for entry_id, day, title, snippet in rows:
        print(f"{day} {entry_id:>8}  {title}\n    {snippet}")


def listing(conn, limit):
    rows = conn.execute("SELECT id, day, title FROM entries ORDER BY day DESC, id DESC LIMIT ?", (limit,))
    for entry_id, day, title in rows:
        print(f"{day} {entry_id:>8}  {title}")


def add(conn, title, body):
    conn.execute("BEGIN IMMEDIATE")
    cur = conn.execute(
        "INSERT INTO entries(day, title, body, tags, child) VALUES (date('now'), ?, ?, '', '')", (title, body)
    )
    conn.execute(
        "INSERT INTO entries_fts(rowid, title, body, tags, child) VALUES (?, ?, ?, '', '')",
        (cur.lastrowid, title, body),
    )
    conn.execute("COMMIT")
    print(f"Saved entry {cur.lastrowid}.")


def main(argv):
    command, path = argv[0], argv[1]
    if command == "make":
        make(path, argv[3], "benchmark passphrase")
        return 0
    passphrase = sys.stdin.readline().rstrip("\n")
    conn = connect(path, passphrase)
    if command == "search":
        search(conn, " ".join(argv[2:]))
    elif command == "list":
        listing(conn, int(argv[2]))
    elif command == "add":
        add(conn, argv[2], sys.stdin.read())
    conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
