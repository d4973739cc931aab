"""The gentle signal (issue 15, item 2): when the wellbeing check-ins have
stayed low, the Looking back view and the supervision preparation say so,
calmly, once, and offer to put "How the work is affecting me" on the
support part of the agenda with the chart of the check-ins. No Qt.

The rule itself (:class:`~.looking_back.SignalRule`, :func:`~.looking_back.low_signal`)
is in core.looking_back; this module reads it from the settings, words the
note, and remembers (inside the encrypted journal, never in the plain
settings file) which preparations it was dismissed for and which asked for
the chart. Nothing here is sent or shown to anyone else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from . import settings as S
from .looking_back import LowSignal, SignalRule, check_ins, low_signal
from .models import SESSION_PREPARING, AgendaItem, SupervisionSession

if TYPE_CHECKING:
    from .journal_settings import JournalSettings
    from .vault import Journal

# The agenda item the note offers, under the support function (Morrison's
# four functions: core.models.SUPERVISION_FUNCTIONS).
AFFECTING_ME = "How the work is affecting me"
SUPPORT = "support"
# Journal settings (core.journal_settings): lists of supervision session ids.
DISMISSED_KEY = "looking_back.low_signal_dismissed"
CHART_KEY = "supervision.wellbeing_chart_sessions"
# Enough to cover years of fortnightly supervision; older ids are dropped.
MAX_REMEMBERED = 200
# Records for a line manager leave wellbeing out unless chosen (like the rest
# of wellbeing in core.supervision_export).
LINE_MANAGER = "line_manager"

SettingGetter = Callable[[S.Setting], Any]


def signal_rule(get: SettingGetter) -> SignalRule | None:
    """The rule the user set in Settings, or None when the note is off."""
    if not get(S.LOW_SIGNAL):
        return None
    return SignalRule(
        days=int(get(S.LOW_SIGNAL_DAYS)),
        threshold=int(get(S.LOW_SIGNAL_TENTHS)) / 10,
        min_check_ins=int(get(S.LOW_SIGNAL_CHECK_INS)),
    )


def signal_for(points: Iterable[Any], today: dt.date, rule: SignalRule | None) -> LowSignal | None:
    """:func:`~.looking_back.low_signal`, or None when switched off."""
    if rule is None:
        return None
    return low_signal(list(points), today, rule)


def signal_in(journal: Journal, today: dt.date, rule: SignalRule | None) -> LowSignal | None:
    """The signal read from the journal (one indexed query), None when off."""
    if rule is None:
        return None
    return signal_for(check_ins(journal, today - dt.timedelta(days=rule.days - 1), today), today, rule)


_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def period_words(days: int) -> str:
    """ "the last two weeks", "the last week", "the last 10 days"."""
    if days == 7:
        return "the last week"
    if days % 7 == 0:
        weeks = days // 7
        return f"the last {_NUMBERS.get(weeks, str(weeks))} weeks"
    return f"the last {days} days"


def note_text(signal: LowSignal, days: int, *, where: str = "the support part of the agenda") -> str:
    """The note, in English: calm, factual, an offer and never advice.

    "Your check-ins over the last two weeks have been low (average 1.8 from
    5 check-ins). If you want, you can add “How the work is affecting me” to
    the support part of the agenda." The UI shows the translated form of
    the same sentence (ui/supervision/low_signal.py)."""
    return (
        f"Your check-ins over {period_words(days)} have been low (average {signal.average:.1f} from "
        f"{signal.check_ins} check-ins). If you want, you can add “{AFFECTING_ME}” to {where}."
    )


# -- per preparation: dismissed, and the chart asked for ------------------------


def _ids(settings: JournalSettings, key: str) -> list[int]:
    value = settings.get(key, [])
    if not isinstance(value, list):
        return []
    return [int(v) for v in value if isinstance(v, int) and not isinstance(v, bool)]


def _remember(settings: JournalSettings, key: str, session_id: int) -> None:
    ids = [i for i in _ids(settings, key) if i != session_id] + [session_id]
    settings.set(key, ids[-MAX_REMEMBERED:])


def is_dismissed(settings: JournalSettings, session_id: int) -> bool:
    return session_id in _ids(settings, DISMISSED_KEY)


def dismiss(settings: JournalSettings, session_id: int) -> None:
    """Not again for this preparation (a later one may show it again)."""
    _remember(settings, DISMISSED_KEY, session_id)


def chart_asked(settings: JournalSettings, session_id: int) -> bool:
    return session_id in _ids(settings, CHART_KEY)


def ask_for_chart(settings: JournalSettings, session_id: int) -> None:
    """The preparation asked for the chart (the note's button)."""
    _remember(settings, CHART_KEY, session_id)


def chart_by_default(session: SupervisionSession, asked: bool) -> bool:
    """Whether the export offers the chart ticked: only when this
    preparation asked for it, and never for a line manager's record."""
    return asked and session.with_role != LINE_MANAGER


def has_affecting_me(agenda: Iterable[AgendaItem], text: str = AFFECTING_ME) -> bool:
    """The item is already on the support part of the agenda (as written,
    any case and spacing)."""
    wanted = " ".join(text.split()).casefold()
    return any(item.function == SUPPORT and " ".join(item.text.split()).casefold() == wanted for item in agenda)


def shows_note(
    session: SupervisionSession,
    signal: LowSignal | None,
    dismissed: bool,
    *,
    item_text: str = AFFECTING_ME,
) -> bool:
    """The preparation shows the note: a preparation (not a held session),
    a signal, not dismissed for it, and the item not already there."""
    return (
        signal is not None
        and session.status == SESSION_PREPARING
        and not dismissed
        and not has_affecting_me(session.agenda, item_text)
    )
