"""Times as the journal stores them: UTC, ISO 8601, to the microsecond.

The bottom of core with :mod:`connection`: every store and the vault use
these, and this module imports nothing of reflectjournal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso_utc(moment: dt.datetime) -> str:
    """A moment as stored: UTC, ISO 8601 with microseconds."""
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def parse_moment(text: str | None) -> dt.datetime | None:
    """A stored moment read back (None for NULL or empty)."""
    return dt.datetime.fromisoformat(text) if text else None
