"""Issue 10, item 10: whether a daily backup is due is answered by the core
(Journal.backup_due), which backup_if_due and the desktop app both ask."""

from __future__ import annotations

import datetime as dt

from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.core.test_backup import Clock


def test_backup_due_follows_the_newest_daily_backup(journal_path):
    clock = Clock(dt.datetime(2026, 5, 1, 8, tzinfo=dt.UTC))
    with Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=clock) as journal:
        assert journal.backup_due()  # no backup yet
        journal.backup(reason="manual")
        assert journal.backup_due()  # only a "daily" backup counts
        assert journal.backup_if_due() is not None
        assert not journal.backup_due()
        clock.now += dt.timedelta(hours=23)
        assert not journal.backup_due()
        assert journal.backup_due(dt.timedelta(hours=23))  # exactly max_age old: due
        clock.now += dt.timedelta(hours=1)
        assert journal.backup_due()
