"""Reminders to reflect in the app (core.reflect_reminders): a timer looks
once a minute whether "Time to reflect?" or the home-visit nudge is due and
shows it through the desktop's notifications (ui/notifications.py).

The words are fixed (never a title or any journal text). "Time to reflect?"
may show while the journal is locked; the nudge needs the journal to know
whether a visit of the day has no reflection, so it shows only while it is
unlocked, and still says nothing of which visit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..core import reflect_reminders as R
from ..core import settings as S
from ..core.errors import JournalError, StorageFull
from .notifications import DesktopNotifier, Notifier

CHECK_EVERY_MS = 60_000


def tr(text: str) -> str:
    return QCoreApplication.translate("ReflectReminders", text)


def words(what: str) -> str:
    """The only words a reminder to reflect can carry."""
    return tr("Time to reflect?") if what == R.REMINDER else tr("A home visit today has no reflection yet.")


class ReflectReminders(QObject):
    def __init__(
        self,
        session,  # type: ignore[no-untyped-def]
        prefs,  # type: ignore[no-untyped-def]
        parent: QObject | None = None,
        *,
        notifier: Notifier | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ):
        super().__init__(parent)
        self._session, self._prefs, self._clock = session, prefs, clock
        self.notifier: Notifier = notifier or DesktopNotifier(self)
        # Kept in the settings, so a restart within the half hour is quiet.
        self.shown: list[tuple[str, dt.date]] = R.shown_from(str(self._prefs.get(S.REFLECT_SHOWN)))
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        # The journal is usually locked by the end of the day: at each lock
        # the one fact the nudge needs (a visit today with nothing written)
        # is kept, as a date only; locked, the nudge then says only the
        # reminder's own line, "Time to reflect?".
        self._unreflected_on: dt.date | None = None
        register = getattr(session, "register_lock_step", None)
        if register is not None:
            register("save", self._remember_at_lock)
            session.unlocked.connect(self._forget)

    def _remember_at_lock(self) -> None:
        self._unreflected_on = None
        rule, today = self.rule(), self._clock().date()
        if not (rule.enabled and rule.nudge and self._session.is_unlocked):
            return
        try:
            if self._session.entries.home_visits_without_reflection(today):
                self._unreflected_on = today
        except (JournalError, StorageFull):
            return

    def _forget(self) -> None:
        self._unreflected_on = None

    def rule(self) -> R.ReflectRule:
        names = (S.REFLECT_REMIND, S.REFLECT_AT_MINUTES, S.REFLECT_DAYS, S.REFLECT_NUDGE, S.REFLECT_NUDGE_AT_MINUTES)
        return R.rule_from({setting: self._prefs.get(setting) for setting in names})

    def check(self) -> list[str]:
        """Show what is due now; what was shown."""
        now = self._clock()
        out = []
        for what in R.due(self.rule(), now, self.shown):
            if what == R.NUDGE:
                if not self._session.is_unlocked:
                    if self._unreflected_on == now.date():  # known at lock: the reminder's line only
                        self.notifier.notify("reflectjournal", words(R.REMINDER))
                        self.shown.append((what, now.date()))
                        out.append(what)
                    continue  # otherwise looked at again at the next minute of its half hour
                try:
                    if not self._session.entries.home_visits_without_reflection(now.date()):
                        self.shown.append((what, now.date()))  # nothing to nudge about today
                        continue
                except (JournalError, StorageFull):
                    continue
            self.notifier.notify("reflectjournal", words(what))
            self.shown.append((what, now.date()))
            out.append(what)
        kept = [(w, d) for w, d in self.shown if d == now.date()]
        if R.shown_text(kept) != str(self._prefs.get(S.REFLECT_SHOWN)):
            self._prefs.set(S.REFLECT_SHOWN, R.shown_text(kept))
        self.shown = kept
        return out
