"""Every user preference, declared once with its default and limits. No Qt.

The UI stores these in QSettings. Preferences only: never journal text,
titles, tags, search terms or export folders.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()

    def coerce(self, value: Any) -> Any:
        """Turn a stored value (often a string) into a valid one, or the default."""
        kind = type(self.default)
        try:
            if kind is bool:
                if isinstance(value, str):
                    value = value.strip().lower() in {"1", "true", "yes", "on"}
                else:
                    value = bool(value)
            elif kind is int:
                value = int(value)
            else:
                value = "" if value is None else str(value)
        except (TypeError, ValueError):
            return self.default
        if kind is int:
            if self.minimum is not None:
                value = max(self.minimum, value)
            if self.maximum is not None:
                value = min(self.maximum, value)
        if self.choices and value not in self.choices:
            return self.default
        return value


IDLE_LOCK_MINUTES = Setting("security/idle_lock_minutes", 5, minimum=1, maximum=60)
LOCK_WHEN_MINIMISED = Setting("security/lock_when_minimised", False)
EDITOR_FONT_FAMILY = Setting("appearance/editor_font_family", "")  # "" = the system's font
EDITOR_FONT_SIZE = Setting("appearance/editor_font_size", 11, minimum=6, maximum=48)
THEME = Setting("appearance/theme", "system", choices=("system", "light", "dark"))
BACKUP_FOLDER = Setting("backup/folder", "")  # "" = "backups" beside the journal
# Automatic ("daily") backups kept: the newest of each of the last N days,
# then of each of the last M weeks before those (core.backup.RotationPolicy).
BACKUP_KEEP_DAILY = Setting("backup/keep_daily", 7, minimum=1, maximum=90)
BACKUP_KEEP_WEEKLY = Setting("backup/keep_weekly", 4, minimum=0, maximum=104)
# Journal text copied to the clipboard is cleared after this many seconds.
CLIPBOARD_CLEAR_SECONDS = Setting("security/clipboard_clear_seconds", 30, minimum=5, maximum=600)
# The rendered preview beside the body: off until asked for, then remembered.
PREVIEW_VISIBLE = Setting("editor/preview_visible", False)
# Underline misspelt words (British English, checked on this computer only).
SPELL_CHECK = Setting("editor/spell_check", True)
# Wellbeing signposting: after a check-in of 1 or 2, the editor offers (once
# per entry, never modal) the support the user has listed here, one per
# line. Kept in the settings file (0600, not encrypted: a journal has no
# settings store of its own); nothing is ever sent anywhere. The default is
# shown translated; it is stored only when the user changes it.
SUPPORT_CONTACTS_DEFAULT = "Samaritans: 116 123 (free, any time, day or night)\nYour manager or supervisor"
SUPPORT_CONTACTS = Setting("wellbeing/support_contacts", SUPPORT_CONTACTS_DEFAULT)
OFFER_SUPPORT = Setting("wellbeing/offer_support", True)
# Looking back (core.looking_back): a note when the check-ins' mean over the
# last LOW_SIGNAL_DAYS days is at or below LOW_SIGNAL_TENTHS / 10 with at
# least LOW_SIGNAL_CHECK_INS of them. Shown to the practitioner only.
LOW_SIGNAL = Setting("looking_back/low_signal", True)
LOW_SIGNAL_DAYS = Setting("looking_back/low_signal_days", 14, minimum=7, maximum=90)
LOW_SIGNAL_TENTHS = Setting("looking_back/low_signal_tenths", 20, minimum=10, maximum=40)
LOW_SIGNAL_CHECK_INS = Setting("looking_back/low_signal_check_ins", 4, minimum=2, maximum=30)
# "On this day" on the start screen: entries from a month and a year ago.
ON_THIS_DAY = Setting("looking_back/on_this_day", True)
# Supervision reminders as a desktop notification ("Supervision tomorrow",
# "2 actions overdue": never any journal text). Off until asked for.
SUPERVISION_NOTIFY = Setting("supervision/desktop_notification", False)
# Reminders to reflect (core.reflect_reminders): off until asked for; the
# time in minutes after midnight, the days as weekday digits (0 Monday).
# The notification says only "Time to reflect?": never any journal text.
REFLECT_REMIND = Setting("reminders/reflect", False)
REFLECT_AT_MINUTES = Setting("reminders/reflect_at", 16 * 60 + 30, minimum=0, maximum=24 * 60 - 1)
REFLECT_DAYS = Setting("reminders/reflect_days", "01234")
REFLECT_NUDGE = Setting("reminders/home_visit_nudge", False)
REFLECT_NUDGE_AT_MINUTES = Setting("reminders/home_visit_nudge_at", 17 * 60 + 30, minimum=0, maximum=24 * 60 - 1)
# Which of the two was last shown on which day ("reminder 2026-12-04;nudge
# 2026-12-04"), so a restart within the half hour does not show it again.
REFLECT_SHOWN = Setting("reminders/reflect_shown", "")
# The one piece of state kept between runs: where the last journal is.
LAST_JOURNAL = Setting("journal/last_path", "")

ALL_SETTINGS: tuple[Setting, ...] = (
    IDLE_LOCK_MINUTES,
    LOCK_WHEN_MINIMISED,
    EDITOR_FONT_FAMILY,
    EDITOR_FONT_SIZE,
    THEME,
    BACKUP_FOLDER,
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_WEEKLY,
    CLIPBOARD_CLEAR_SECONDS,
    PREVIEW_VISIBLE,
    SPELL_CHECK,
    SUPPORT_CONTACTS,
    OFFER_SUPPORT,
    LOW_SIGNAL,
    LOW_SIGNAL_DAYS,
    LOW_SIGNAL_TENTHS,
    LOW_SIGNAL_CHECK_INS,
    ON_THIS_DAY,
    SUPERVISION_NOTIFY,
    REFLECT_REMIND,
    REFLECT_AT_MINUTES,
    REFLECT_DAYS,
    REFLECT_NUDGE,
    REFLECT_NUDGE_AT_MINUTES,
    REFLECT_SHOWN,
    LAST_JOURNAL,
)
