"""Supervision reminders: the next meeting and the overdue actions, as
counts and dates only. No Qt.

What a reminder may say outside the journal (a desktop notification) is
decided here and is one of a few fixed phrases: never a name, an action's
words or any other journal text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .supervision import SupervisionStore

# Kinds of notice a desktop notification may carry (the UI words them).
MEETING_TODAY = "meeting_today"
MEETING_TOMORROW = "meeting_tomorrow"
ACTIONS_OVERDUE = "actions_overdue"


@dataclass(frozen=True)
class SupervisionReminder:
    today: dt.date
    next_meeting: dt.date | None = None
    overdue: int = 0

    @property
    def days_to_meeting(self) -> int | None:
        return None if self.next_meeting is None else (self.next_meeting - self.today).days

    @property
    def badge(self) -> int:
        """The number on the Supervision menu: overdue actions, and one for
        a meeting today or tomorrow."""
        soon = self.days_to_meeting is not None and self.days_to_meeting <= 1
        return self.overdue + (1 if soon else 0)

    def notices(self) -> list[tuple[str, int]]:
        """What a desktop notification may say: (kind, count) pairs only."""
        out: list[tuple[str, int]] = []
        if self.days_to_meeting == 0:
            out.append((MEETING_TODAY, 1))
        elif self.days_to_meeting == 1:
            out.append((MEETING_TOMORROW, 1))
        if self.overdue:
            out.append((ACTIONS_OVERDUE, self.overdue))
        return out


def supervision_reminder(store: SupervisionStore, today: dt.date) -> SupervisionReminder:
    """Read on every unlock, before the window's other handlers: a damaged
    page here is JournalDamaged (reported by the daily backup's checks),
    never an error that stops the rest of the unlock."""
    import sqlcipher3

    from .errors import JournalDamaged

    try:
        return SupervisionReminder(today, store.next_meeting(today), len(store.overdue_actions(today)))
    except sqlcipher3.DatabaseError:
        raise JournalDamaged("Part of the journal file is damaged.") from None
