"""The words beside each chart: what a screen reader reads, and what anyone
who would rather not read a chart reads instead (issue 15)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtGui import QColor

from ...core.looking_back import LookingBack, LowSignal
from .chart import short_date, tr

# Kinds named in the work summary before "and N other kinds".
NAMED_KINDS = 3


def period_words(view: LookingBack, preset: str) -> str:
    named = {"4w": tr("the last 4 weeks"), "3m": tr("the last 3 months"), "12m": tr("the last 12 months")}
    if preset in named:
        return named[preset]
    return (
        tr("%1 to %2")
        .replace("%1", f"{short_date(view.start)} {view.start.year}")
        .replace("%2", f"{short_date(view.end)} {view.end.year}")
    )


def wellbeing_summary(view: LookingBack, preset: str) -> str:
    """ "Average 2.6 over the last 4 weeks, down from 3.4." """
    average = view.average
    if average is None:
        return tr("No check-ins in %1.").replace("%1", period_words(view, preset))
    text = tr("Average %1 over %2 (%3 check-ins)").replace("%1", f"{average:.1f}")
    text = text.replace("%2", period_words(view, preset)).replace("%3", str(len(view.check_ins)))
    before = view.previous_average
    if before is None:
        return text + tr("; none in the same length of time before.")
    if round(average, 1) < round(before, 1):
        return text + tr(", down from %1.").replace("%1", f"{before:.1f}")
    if round(average, 1) > round(before, 1):
        return text + tr(", up from %1.").replace("%1", f"{before:.1f}")
    return text + tr(", the same as the time before.")


def work_summary(view: LookingBack, labels: dict[str, str], preset: str) -> str:
    """ "41 entries over the last 4 weeks: Home visit 12, Court 6, Core group 4
    and 3 other kinds. Busiest week: beginning 4 May (14 entries)." """
    if view.entries == 0:
        return tr("No entries in %1.").replace("%1", period_words(view, preset))
    totals: dict[str, int] = {}
    for week in view.weeks:
        for kind, count in week.counts.items():
            totals[kind] = totals.get(kind, 0) + count
    kinds = view.kinds()
    named = ", ".join(f"{labels.get(kind, kind)} {totals[kind]}" for kind in kinds[:NAMED_KINDS])
    rest = len(kinds) - NAMED_KINDS
    if rest == 1:
        named += tr(" and 1 other kind")
    elif rest > 1:
        named += tr(" and %1 other kinds").replace("%1", str(rest))
    text = tr("%1 entries over %2: %3.").replace("%1", str(view.entries)).replace("%2", period_words(view, preset))
    text = text.replace("%3", named)
    busiest = max(view.weeks, key=lambda week: (week.total, week.monday))
    return (
        text
        + " "
        + tr("Busiest week: beginning %1 (%2 entries).")
        .replace("%1", short_date(busiest.monday))
        .replace("%2", str(busiest.total))
    )


def days_summary(view: LookingBack) -> str:
    days = (view.end - view.start).days + 1
    return tr("You reflected on %1 of %2 days.").replace("%1", str(len(view.days))).replace("%2", str(days))


def signal_text(signal: LowSignal, today: dt.date) -> str:
    """The same calm note as in a supervision preparation (core.low_signal)."""
    from ..supervision.low_signal import note_text

    days = (today - signal.since).days + 1
    text = note_text(signal, days, tr("the support part of your next supervision agenda"))
    return text + " " + tr("Nothing here is shared unless you choose.")


def legend_html(items: list[tuple[str, QColor]]) -> str:
    """The kinds' colours as rich text; kind names are the user's own words,
    so they are escaped (a kind may be called anything)."""
    return " &nbsp; ".join(
        f'<span style="color:{colour.name()}">■</span>&nbsp;{html.escape(name)}' for name, colour in items
    )
