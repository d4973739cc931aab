"""Looking back: wellbeing check-ins and the work over a period, for the
practitioner's eyes only. No Qt.

Everything is counted in SQL over the list's covering indexes (schema 9
adds one for check-ins), so twelve months of a 100,000-entry journal never
reads an entry's text: see benchmarks/looking_back_bench.py.

The figures are plain data; the window draws them (ui/looking_back) and the
command line prints them (``reflectjournal stats``).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .vault import Journal

# A check-in's rolling average is the mean of the check-ins of the days up to
# and including its own, this many days back. Check-ins further apart than
# this are not joined by the line: a gap means no check-in, never a zero.
ROLLING_DAYS = 7

PERIODS = {"4w": 28, "3m": 3, "12m": 12}  # days for weeks, months for months


@dataclass(frozen=True)
class CheckIn:
    day: dt.date
    score: int  # 1 (struggling) to 5 (well)
    words: str
    entry_id: int


@dataclass(frozen=True)
class WeekOfWork:
    """Entries of each kind in the week starting ``monday`` (kind key -> count)."""

    monday: dt.date
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class LookingBack:
    start: dt.date
    end: dt.date
    check_ins: tuple[CheckIn, ...]
    rolling: tuple[float, ...]  # one per check-in, same order
    weeks: tuple[WeekOfWork, ...]  # every week that overlaps the period, empty ones too
    days: dict[dt.date, int]  # entries written about each day reflected on
    previous_average: float | None  # the check-ins' mean over the same length of time just before

    @property
    def average(self) -> float | None:
        return mean([c.score for c in self.check_ins])

    @property
    def entries(self) -> int:
        return sum(self.days.values())

    def kinds(self) -> list[str]:
        """The kinds written in the period, most entries first."""
        totals: dict[str, int] = {}
        for week in self.weeks:
            for kind, count in week.counts.items():
                totals[kind] = totals.get(kind, 0) + count
        return sorted(totals, key=lambda kind: (-totals[kind], kind))


@dataclass(frozen=True)
class SignalRule:
    """When the view and the next supervision preparation say the check-ins
    have been low: their mean over the last ``days`` days is at or below
    ``threshold`` with at least ``min_check_ins`` of them."""

    days: int = 14
    threshold: float = 2.0
    min_check_ins: int = 4


@dataclass(frozen=True)
class LowSignal:
    since: dt.date
    average: float
    check_ins: int


def mean(values: list[int] | list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def minus_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier, or the month's last
    day if it has fewer (31 March less one month is 28 or 29 February)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def period_start(preset: str, end: dt.date) -> dt.date:
    """The first day of a preset period ("4w", "3m", "12m") ending on ``end``."""
    if preset == "4w":
        return end - dt.timedelta(days=PERIODS["4w"] - 1)
    return minus_months(end, PERIODS[preset]) + dt.timedelta(days=1)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


# Monday of the week of happened_on, in SQL (strftime %w: Sunday is 0).
_WEEK_SQL = "date(happened_on, '-' || ((CAST(strftime('%w', happened_on) AS INTEGER) + 6) % 7) || ' days')"


def check_ins(journal: Journal, start: dt.date, end: dt.date) -> list[CheckIn]:
    """Live entries' check-ins from ``start`` to ``end`` inclusive, oldest first."""
    rows = journal.conn.execute(
        "SELECT happened_on, wellbeing_score, wellbeing_words, id FROM entries"
        " WHERE deleted_at IS NULL AND happened_on BETWEEN ? AND ? AND wellbeing_score IS NOT NULL"
        " ORDER BY happened_on, happened_at, id",
        (start.isoformat(), end.isoformat()),
    )
    return [CheckIn(dt.date.fromisoformat(day), score, words, entry_id) for day, score, words, entry_id in rows]


def rolling_averages(points: list[CheckIn], days: int = ROLLING_DAYS) -> list[float]:
    """For each check-in, the mean of the check-ins in the ``days`` days
    ending on its day (its own included). Days without one count for
    nothing: they are neither zero nor filled in."""
    out: list[float] = []
    first = 0
    total = 0
    for i, point in enumerate(points):
        total += point.score
        while points[first].day <= point.day - dt.timedelta(days=days):
            total -= points[first].score
            first += 1
        # Several check-ins on one day all average the same window: the day's last.
        out.append(total / (i - first + 1))
    # A check-in followed by another on the same day takes that day's figure.
    for i in range(len(points) - 2, -1, -1):
        if points[i].day == points[i + 1].day:
            out[i] = out[i + 1]
    return out


def weeks_of_work(journal: Journal, start: dt.date, end: dt.date) -> list[WeekOfWork]:
    """Entries by kind for every week (Monday to Sunday) that overlaps the
    period, counting only the period's days; empty weeks included."""
    found: dict[dt.date, dict[str, int]] = {}
    for week, kind, count in journal.conn.execute(
        f"SELECT {_WEEK_SQL} AS week, kind, count(*) FROM entries"
        " WHERE deleted_at IS NULL AND happened_on BETWEEN ? AND ? GROUP BY week, kind",
        (start.isoformat(), end.isoformat()),
    ):
        found.setdefault(dt.date.fromisoformat(week), {})[kind] = count
    weeks = []
    monday = monday_of(start)
    while monday <= end:
        weeks.append(WeekOfWork(monday, found.get(monday, {})))
        monday += dt.timedelta(days=7)
    return weeks


def days_reflected(journal: Journal, start: dt.date, end: dt.date) -> dict[dt.date, int]:
    """How many live entries there are about each day that has any."""
    return {
        dt.date.fromisoformat(day): count
        for day, count in journal.conn.execute(
            "SELECT happened_on, count(*) FROM entries WHERE deleted_at IS NULL AND happened_on BETWEEN ? AND ?"
            " GROUP BY happened_on",
            (start.isoformat(), end.isoformat()),
        )
    }


def _average_between(journal: Journal, start: dt.date, end: dt.date) -> float | None:
    row = journal.conn.execute(
        "SELECT avg(wellbeing_score) FROM entries WHERE deleted_at IS NULL AND happened_on BETWEEN ? AND ?"
        " AND wellbeing_score IS NOT NULL",
        (start.isoformat(), end.isoformat()),
    ).fetchone()
    return None if row is None or row[0] is None else float(row[0])


def look_back(journal: Journal, start: dt.date, end: dt.date) -> LookingBack:
    """Every figure of the Looking back view for ``start`` to ``end``."""
    if end < start:
        raise ValueError("the period must end on or after its first day")
    points = check_ins(journal, start, end)
    length = end - start
    previous = _average_between(journal, start - length - dt.timedelta(days=1), start - dt.timedelta(days=1))
    return LookingBack(
        start=start,
        end=end,
        check_ins=tuple(points),
        rolling=tuple(rolling_averages(points)),
        weeks=tuple(weeks_of_work(journal, start, end)),
        days=days_reflected(journal, start, end),
        previous_average=previous,
    )


def low_signal(points: list[CheckIn], today: dt.date, rule: SignalRule = SignalRule()) -> LowSignal | None:
    """The signal, if the check-ins of the ``rule.days`` days ending
    ``today`` are low enough and enough of them; else None."""
    since = today - dt.timedelta(days=rule.days - 1)
    recent = [p.score for p in points if since <= p.day <= today]
    average = mean(recent)
    # A hair of tolerance: a mean of whole scores equal to the threshold is low.
    if average is None or len(recent) < rule.min_check_ins or average > rule.threshold + 1e-9:
        return None
    return LowSignal(since=since, average=average, check_ins=len(recent))


def low_signal_now(journal: Journal, today: dt.date, rule: SignalRule = SignalRule()) -> LowSignal | None:
    """:func:`low_signal` read from the journal (one indexed query)."""
    return low_signal(check_ins(journal, today - dt.timedelta(days=rule.days - 1), today), today, rule)


@dataclass(frozen=True)
class Remembered:
    """An entry from a month or a year ago today ("On this day")."""

    ago: str  # "month" or "year"
    entry_id: int
    title: str
    day: dt.date


def on_this_day(journal: Journal, today: dt.date) -> list[Remembered]:
    """Live entries about the day a month ago and a year ago, month first."""
    wanted = {"month": minus_months(today, 1), "year": minus_months(today, 12)}
    by_day = {day.isoformat(): ago for ago, day in wanted.items()}
    import sqlcipher3

    from .errors import JournalDamaged

    try:  # read on every unlock: a damaged page must not stop the rest of it
        rows = journal.conn.execute(
            "SELECT happened_on, id, title FROM entries WHERE deleted_at IS NULL AND happened_on IN (?, ?)"
            " ORDER BY happened_on DESC, happened_at, id",
            tuple(by_day),
        ).fetchall()
    except sqlcipher3.DatabaseError:
        raise JournalDamaged("Part of the journal file is damaged.") from None
    return [Remembered(by_day[day], entry_id, title, dt.date.fromisoformat(day)) for day, entry_id, title in rows]
