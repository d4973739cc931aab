"""The wellbeing chart a supervision record may carry (issue 15, item 3):
the check-ins since the last session (or the last 4 weeks when there is
none), as data and as words. No Qt.

The PDF and the printed record draw it as a picture
(reflectjournal/record_chart.py, QtGui only, no window) with
:func:`chart_summary` as its text beside it. The Markdown record has no
picture: a Markdown export is one file, and a picture beside it would be a
second unencrypted file to keep safe and delete. It carries the same
summary line and a text table of the check-ins instead, which a screen
reader and any Markdown viewer read as well as the picture.

Only dates and scores: never the words given with a check-in (those go
out only with "Include wellbeing").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .looking_back import ROLLING_DAYS, CheckIn, check_ins, mean, rolling_averages
from .models import SupervisionSession

if TYPE_CHECKING:
    from .vault import Journal

# With no earlier session, the chart covers this many days up to the session.
DEFAULT_DAYS = 28
SCALE = "1 (struggling) to 5 (well)"


@dataclass(frozen=True)
class ChartPoint:
    day: dt.date
    score: int
    rolling: float  # the mean of the check-ins of the ROLLING_DAYS days up to this one


@dataclass(frozen=True)
class WellbeingChart:
    """The check-ins of a period, oldest first. ``since_session`` is the
    date of the last held session the period starts from (None: the last 4
    weeks, there being no earlier session)."""

    start: dt.date
    end: dt.date
    points: tuple[ChartPoint, ...]
    since_session: dt.date | None = None

    @property
    def average(self) -> float | None:
        return mean([p.score for p in self.points])

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def days_with_check_in(self) -> int:
        return len({p.day for p in self.points})


def chart_period(
    session: SupervisionSession, last_held: SupervisionSession | None, today: dt.date
) -> tuple[dt.date, dt.date, dt.date | None]:
    """(first day, last day, the last session's date or None) of the chart
    for ``session``: from the last held session before it (its day
    included, as the reflections a preparation starts from are) to the
    session's date, or today if that is sooner; the 4 weeks up to then when
    there is no earlier session."""
    end = min(session.held_on, today)
    if last_held is not None and last_held.held_on <= end:
        return last_held.held_on, end, last_held.held_on
    return end - dt.timedelta(days=DEFAULT_DAYS - 1), end, None


def chart_from(points: list[CheckIn], start: dt.date, end: dt.date, since: dt.date | None) -> WellbeingChart:
    rolling = rolling_averages(points, ROLLING_DAYS)
    return WellbeingChart(
        start=start,
        end=end,
        points=tuple(ChartPoint(p.day, p.score, r) for p, r in zip(points, rolling, strict=True)),
        since_session=since,
    )


def chart_for_session(journal: Journal, session_id: int, today: dt.date) -> WellbeingChart:
    """The chart for a session's record (one indexed query)."""
    store = journal.supervision
    session = store.get(session_id)
    start, end, since = chart_period(session, store.last_held(before=session), today)
    return chart_from(check_ins(journal, start, end), start, end, since)


def _long(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"


def chart_summary(chart: WellbeingChart) -> str:
    """The chart in one paragraph: what a reader of the picture takes from it."""
    if chart.since_session is not None:
        period = f"since the last supervision session ({_long(chart.start)} to {_long(chart.end)})"
    else:
        period = f"over the last 4 weeks ({_long(chart.start)} to {_long(chart.end)}; no earlier session is recorded)"
    average = chart.average
    if average is None:
        return f"Wellbeing check-ins {period}: none were given."
    scores = [p.score for p in chart.points]
    count = len(scores)
    noun = "check-in" if count == 1 else "check-ins"
    text = (
        f"Wellbeing check-ins {period}: {count} {noun} on {chart.days_with_check_in} of {chart.days} days, "
        f"average {average:.1f} on a scale of {SCALE}"
    )
    if count > 1:
        text += f", lowest {min(scores)}, highest {max(scores)}"
    return text + ". Days without a check-in are left blank, never counted as zero."


def chart_table(chart: WellbeingChart) -> list[str]:
    """The check-ins as a Markdown table (the Markdown record's chart)."""
    if not chart.points:
        return []
    lines = [f"| Date | Check-in (1 to 5) | {ROLLING_DAYS}-day average |", "|---|---|---|"]
    for p in chart.points:
        lines.append(f"| {_long(p.day)} | {p.score} | {p.rolling:.1f} |")
    return lines
