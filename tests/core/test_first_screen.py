"""What the window reads at unlock (core.first_screen): only the newest ids,
the rest when first needed (issue 19: reading all 100,000 at open cost 60-70
ms of the unlock)."""

from __future__ import annotations

import datetime as dt

from reflectjournal.core import first_screen
from reflectjournal.core.first_screen import LaterIds, read_first_screen
from reflectjournal.core.models import Entry, EntryFilter


def _fill(journal, n: int) -> list[int]:
    start = dt.date(2026, 1, 1)
    for k in range(n):
        journal.entries.save(Entry(title=f"Visit {k}", happened_on=start + dt.timedelta(days=k // 3)))
    return journal.entries.ids(EntryFilter())


def test_the_first_screen_reads_the_newest_ids_and_counts_them_all(journal, monkeypatch):
    every = _fill(journal, 10)
    monkeypatch.setattr(first_screen, "FIRST_IDS", 4)
    first = read_first_screen(journal)
    assert first.first_ids == tuple(every[:4])
    assert first.entry_count == 10


def test_later_ids_answer_from_the_first_read_until_a_later_position_is_asked(journal):
    every = _fill(journal, 10)
    reads = []

    def read_all():
        reads.append(1)
        return journal.entries.ids(EntryFilter())

    ids = LaterIds(every[:4], 10, read_all)
    assert len(ids) == 10 and not ids.all_read
    assert ids[0] == every[0] and ids[3] == every[3] and ids[1:3] == every[1:3]
    assert ids.index(every[2]) == 2
    assert reads == []  # nothing past the first four was asked for
    assert ids[9] == every[9] and ids.all_read and reads == [1]
    assert ids[2:8] == every[2:8] and ids.index(every[7]) == 7
    assert list(ids) == every and reads == [1]  # read once


def test_an_id_not_among_the_first_is_found_by_reading_the_rest(journal):
    every = _fill(journal, 6)
    ids = LaterIds(every[:2], 6, lambda: journal.entries.ids(EntryFilter()))
    assert ids.index(every[5]) == 5
    assert ids.all_read


def test_reading_the_rest_says_when_the_journal_changed_in_between(journal):
    every = _fill(journal, 5)
    ids = LaterIds(every[:2], 5, lambda: journal.entries.ids(EntryFilter()))
    journal.entries.save(Entry(title="Written since"))
    assert ids.read_rest() is False  # six ids for a count of five: the list reloads
    assert LaterIds(every[:2], 5, lambda: every).read_rest() is True


def test_a_list_no_longer_than_the_first_read_never_reads_again(journal):
    every = _fill(journal, 3)

    def never():
        raise AssertionError("read again")

    ids = LaterIds(every, 3, never)
    assert ids.all_read and list(ids) == every and ids.read_rest()


def test_ids_with_a_limit_are_the_newest(journal):
    every = _fill(journal, 7)
    assert journal.entries.ids(EntryFilter(), limit=3) == every[:3]
    assert journal.entries.ids(EntryFilter(), limit=0) == []
