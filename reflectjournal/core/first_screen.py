"""What the desktop window shows first, read once right after opening."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, overload

import sqlcipher3

from .errors import JournalDamaged
from .models import EntryFilter

if TYPE_CHECKING:
    from .vault import Journal

# Ids read with the first screen: many screens of rows. Reading all of them
# at open cost 60-70 ms of the unlock at 100,000 entries (issue 19).
FIRST_IDS = 1_000


class LaterIds(Sequence[int]):
    """The unfiltered list's ids, newest first, of which only the first
    :data:`FIRST_IDS` were read at open; ``len`` is the whole count (from
    the month counts). The rest are read the first time a position past
    them is asked for, or when :meth:`read_rest` is called (the window does
    once the list has painted). If the journal has changed in between, the
    ids read may not match the count and headings: :meth:`read_rest` then
    says so, and the caller reloads the list."""

    def __init__(self, first: Sequence[int], count: int, read_all: Callable[[], Iterable[int]]):
        self._first = list(first)
        self._count = count
        self._read_all: Callable[[], Iterable[int]] | None = read_all if count > len(self._first) else None
        self._all: Sequence[int] | None = None if self._read_all is not None else self._first

    @property
    def all_read(self) -> bool:
        return self._all is not None

    @property
    def read_so_far(self) -> int:
        """How many of the ids, from the first, can be had without a read."""
        return self._count if self._all is not None else len(self._first)

    def read_rest(self) -> bool:
        """Read every id now. False if they no longer match the count."""
        return len(self._every()) == self._count

    def _every(self) -> Sequence[int]:
        if self._all is None:
            assert self._read_all is not None
            # 8 bytes an id: 0.8 MB at 100,000, where a list of ints is 3.6 MB.
            self._all, self._read_all = array("q", self._read_all()), None
        return self._all

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if self._all is None:
            if isinstance(index, slice):
                start, stop, step = index.indices(self._count)
                if step == 1 and stop <= len(self._first):
                    return self._first[start:stop]
            elif 0 <= index < len(self._first):
                return self._first[index]
        every = self._every()
        return list(every[index]) if isinstance(index, slice) else every[index]

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        if self._all is None:
            try:
                return self._first.index(value, start, len(self._first) if stop is None else stop)  # type: ignore[arg-type]
            except ValueError:
                pass
        every = self._every()
        return every.index(value, start, len(every) if stop is None else stop)


@dataclass(frozen=True)
class FirstScreen:
    """The newest entry ids (:data:`FIRST_IDS` of them), month counts and tag
    names with no filter, and the journal's change count then: any write
    since makes them stale."""

    first_ids: tuple[int, ...]
    month_counts: tuple[tuple[str, int], ...]
    tag_names: tuple[str, ...]
    change_count: int

    @property
    def entry_count(self) -> int:
        return sum(count for _month, count in self.month_counts)


def read_first_screen(journal: Journal) -> FirstScreen:
    """Read what the window shows first. A journal damaged inside those pages
    opens (only its first page is read at open) but fails here: report it as
    :class:`JournalDamaged`, with the file closed and left as it was, instead
    of failing inside the window. (Damage elsewhere fails the daily backup's
    checks.) The caller hands what was read to the window, which would
    otherwise read it all again (about 0.1 s at 100,000 entries)."""
    try:
        ids = journal.entries.ids(EntryFilter(), limit=FIRST_IDS)
        month_counts = journal.entries.month_counts(EntryFilter())
        journal.entries.summaries(ids[:200])
        journal.entries.kinds()
        tag_names = journal.entries.tag_names()
    except sqlcipher3.DatabaseError:
        journal.close()
        raise JournalDamaged("Part of the journal file is damaged.") from None
    return FirstScreen(tuple(ids), tuple(month_counts), tuple(tag_names), journal.change_count())
