"""No plaintext on disk: a unique marker never appears in any journal file."""

from __future__ import annotations

import uuid
from pathlib import Path

from reflectjournal.core.models import Entry, Wellbeing
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE


def every_file(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def assert_clean(folder: Path, canary: str) -> int:
    needles = [canary.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")] + [b"SQLite format 3"]
    files = every_file(folder)
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"{needle!r} found in {path.name}"
    return len(files)


def test_canary_is_nowhere_in_the_journal_folder(journal_path):
    canary = "CANARY-" + uuid.uuid4().hex
    j = Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF)
    entry = j.entries.save(
        Entry(
            title=f"title {canary}",
            body=f"body {canary} " * 50,
            tags=[canary],
            child_in_mind=f"child {canary}",
            wellbeing=Wellbeing(3, canary),
            prompt_ids=[canary],
        )
    )
    j.entries.search(canary)
    j.backup()
    # While open: journal, -wal and -shm are all on disk.
    assert Path(str(journal_path) + "-wal").exists()
    assert assert_clean(journal_path.parent, canary) >= 4
    # Edited text and the old version in the WAL must not leak either.
    entry.body = "replaced"
    j.entries.save(entry)
    j.change_passphrase(TEST_PASSPHRASE, "another passphrase")
    j.close()
    assert assert_clean(journal_path.parent, canary) >= 3
    with Journal.open(journal_path, "another passphrase", kdf=TEST_KDF) as again:
        assert again.entries.get(entry.id).title == f"title {canary}"
