"""Telling the user's edits from an editor's own changes.

An editor shows one record (an entry, a supervision session) and fills its
widgets when it loads one; the widgets' change signals fire then as well.
Only a change the user makes to a record that is shown may be announced,
or a mere load would be saved as an edit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager


class EditGuard:
    """Calls ``announce`` for a change only when ``has_record()`` and no
    ``loading()`` block is open."""

    def __init__(self, announce: Callable[[], None], has_record: Callable[[], bool]):
        self._announce = announce
        self._has_record = has_record
        self._loading = False

    @property
    def is_loading(self) -> bool:
        return self._loading

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Changes made inside the block are the editor's, not the user's."""
        outer, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = outer

    def user_edited(self, *_args: object) -> None:
        """A slot for any widget's change signal."""
        if not self._loading and self._has_record():
            self._announce()
