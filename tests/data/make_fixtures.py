"""Write a journal at each earlier schema version, for the upgrade tests.

Run once when a migration is added (``python tests/data/make_fixtures.py``)
and commit the new file. Existing fixtures must never be regenerated: they
stand for journals that real people already have on disk.

Passphrase: FIXTURE_PASSPHRASE below; key derivation: tests' TEST_KDF cost.
"""

from __future__ import annotations

import sys
from pathlib import Path

import sqlcipher3

HERE = Path(__file__).parent
FIXTURE_PASSPHRASE = "fixture passphrase"
FIXTURE_KDF_ITER = 2_000

# Entries written at schema version 1: (happened_on, title, body, kind, tags, child_in_mind)
V1_ENTRIES = [
    (
        "2019-03-04",
        "Home visit: first meeting",
        "Mum was anxious; the flat was cold.",
        "home_visit",
        ["housing"],
        "Cold and unsure who I am.",
    ),
    (
        "2020-07-15",
        "Core group",
        "Agreed the school will share attendance weekly.",
        "core_group",
        ["school", "neglect"],
        "",
    ),
    (
        "2021-11-30",
        "Court: giving evidence",
        "I kept to what I had seen. Ünïcödé and 😀 kept.",
        "court",
        [],
        "He would want to stay with nan.",
    ),
]


def write_fixture(path: Path, version: int) -> None:
    """A journal at schema ``version`` holding V1_ENTRIES (and, from v2,
    a wellbeing check-in and prompt ids on the first entry)."""
    sys.path.insert(0, str(HERE.parent.parent))
    from reflectjournal.core.schema import APPLICATION_ID, MIGRATIONS

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = '{FIXTURE_PASSPHRASE}'")
    conn.execute(f"PRAGMA kdf_iter = {FIXTURE_KDF_ITER}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("BEGIN")
    for migration in MIGRATIONS[:version]:
        migration(conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    for i, (day, title, body, kind, tags, child) in enumerate(V1_ENTRIES, start=1):
        stamp = f"{day}T12:00:00.000000+00:00"
        conn.execute(
            "INSERT INTO entries(id, uid, happened_on, created_at, updated_at, title, body, kind, child_in_mind)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (i, f"fixture-v1-{i}", day, stamp, stamp, title, body, kind, child),
        )
        conn.executemany("INSERT INTO entry_tags(entry_id, tag) VALUES (?, ?)", [(i, t) for t in tags])
        conn.execute(
            "INSERT INTO entries_fts(rowid, title, body, tags, child_in_mind) VALUES (?, ?, ?, ?, ?)",
            # From schema 8 the index reads tags in code point order (core.entries).
            (i, title, body, " ".join(sorted(tags) if version >= 8 else tags), child),
        )
    if version >= 2:
        conn.execute("UPDATE entries SET wellbeing_score = 2, wellbeing_words = 'drained' WHERE id = 1")
        conn.executemany(
            "INSERT INTO entry_prompts(entry_id, position, prompt_id) VALUES (1, ?, ?)",
            [(0, "org.example/p1"), (1, "org.example/p2")],
        )
    conn.execute("COMMIT")
    conn.close()


if __name__ == "__main__":
    from reflectjournal.core.schema import SCHEMA_VERSION

    for version in range(1, SCHEMA_VERSION):
        path = HERE / f"journal-v{version}.rjournal"
        if path.exists():
            continue  # never regenerate: it stands for journals people have
        write_fixture(path, version)
        print("wrote", path)
