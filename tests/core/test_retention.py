"""Retention: the review age, the review list, and deletion that really
removes the text. The proof decrypts every page of the journal file, free
pages included, and every frame of the write-ahead log with the key derived
from the passphrase (this SQLCipher build has no sqlite_dbpage), then looks
for a canary from the deleted entry."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from pathlib import Path

import pytest

from reflectjournal.core.connection import PAGE_SIZE
from reflectjournal.core.journal_settings import JournalSettings
from reflectjournal.core.models import Entry
from reflectjournal.core.retention import (
    delete_permanently,
    due_for_review,
    keep,
    review_years,
    set_review_years,
)
from tests.conftest import TEST_KDF, TEST_PASSPHRASE

cryptography = pytest.importorskip("cryptography")
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes  # noqa: E402

RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of each page
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = 16 if first else 0  # page 1 begins with the file's salt
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE_SIZE - RESERVE]) + decryptor.finalize()


def decrypted_pages(path: Path) -> list[bytes]:
    """Every page of the journal and every frame of its WAL, decrypted."""
    data = path.read_bytes()
    key = hashlib.pbkdf2_hmac("sha512", TEST_PASSPHRASE.encode(), data[:16], TEST_KDF.iterations, 32)
    pages = [_decrypt_page(key, data[i : i + PAGE_SIZE], i == 0) for i in range(0, len(data), PAGE_SIZE)]
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        log = wal.read_bytes()
        for at in range(WAL_HEADER, len(log) - FRAME_HEADER, FRAME_HEADER + PAGE_SIZE):
            page = log[at + FRAME_HEADER : at + FRAME_HEADER + PAGE_SIZE]
            if len(page) == PAGE_SIZE:
                pages += [_decrypt_page(key, page, False), _decrypt_page(key, page, True)]
    return pages


def holds(pages: list[bytes], canary: str) -> bool:
    needles = (canary.encode(), canary.encode("utf-16-le"), canary.lower().encode())
    return any(n in page for page in pages for n in needles)


def test_the_review_age_and_list(journal):
    settings = JournalSettings(journal)
    assert review_years(settings) == 0
    for year in (2018, 2021, 2024, 2026):
        journal.entries.save(Entry(title=f"y{year}", body="x", happened_on=dt.date(year, 6, 1)))
    today = dt.date(2026, 12, 3)
    assert due_for_review(journal, today) == []  # never, by default
    with pytest.raises(ValueError):
        set_review_years(settings, 4)
    set_review_years(settings, 3)
    due = due_for_review(journal, today)
    assert [journal.entries.get(i).title for i in due] == ["y2018", "y2021"]
    keep(journal, due[:1], today)
    assert [journal.entries.get(i).title for i in due_for_review(journal, today)] == ["y2021"]
    # Kept at a review: listed again once the review age has passed since.
    assert [journal.entries.get(i).title for i in due_for_review(journal, dt.date(2029, 1, 1))] == ["y2021", "y2024"]
    assert len(due_for_review(journal, dt.date(2030, 1, 1))) == 4


def test_permanent_deletion_leaves_no_trace_in_pages_free_pages_or_the_wal(journal, journal_path):
    canary = "Canary" + secrets.token_hex(6)
    filler = "We talked about routines and bedtimes and what had changed since the spring. " * 40
    for n in range(30):
        journal.entries.save(Entry(title=f"Visit {n}", body=filler, happened_on=dt.date(2019, 1, 1 + n % 28)))
    doomed = journal.entries.save(
        Entry(
            title=f"About {canary}",
            body=(f"{canary} said a great deal. " * 200) + filler,
            child_in_mind=f"{canary} needs quiet",
            tags=[canary.lower()],
            happened_on=dt.date(2019, 2, 1),
        )
    )
    doomed_id = doomed.id if isinstance(doomed, Entry) else doomed
    assert journal.entries.search(canary)  # in the search index too
    assert holds(decrypted_pages(journal_path), canary)  # the method sees it while it is there

    assert delete_permanently(journal, [doomed_id]) == 1
    wal = journal_path.with_name(journal_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated
    assert not journal.entries.search(canary)
    assert not holds(decrypted_pages(journal_path), canary)
    journal.close()
    assert not holds(decrypted_pages(journal_path), canary)


def test_export_then_delete_and_a_fresh_backup_removing_older_ones(journal, tmp_path):
    from reflectjournal.core.backup import list_backups
    from reflectjournal.core.retention import export_entries, fresh_backup_removing_older

    kept = journal.entries.save(Entry(title="Old visit", body="old words", happened_on=dt.date(2015, 1, 1)))
    assert export_entries(journal, [kept.id], tmp_path / "out") == 1
    assert "old words" in next((tmp_path / "out").iterdir()).read_text(encoding="utf-8")
    journal.backup(reason="daily")  # an older backup, still holding the entry
    assert delete_permanently(journal, [kept.id]) == 1
    new, removed = fresh_backup_removing_older(journal)
    assert removed >= 1 and [b.path for b in list_backups(journal.backup_dir, journal.path.stem)] == [new]
