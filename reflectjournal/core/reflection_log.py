"""The critical reflection log: a newly qualified worker's reflections as
they leave the journal for their assessor (issue 13, item 7).

:func:`build_log` decides exactly which text goes out, as one
:class:`ReflectionLog`: the chosen reflections of a period, grouped by
review period (the first three months, three to six, six to twelve, counted
from the start date) and, within each, by the framework item they are
linked to as evidence, with the practitioner's own summary of each review
period. The Markdown file, the HTML laid out for the PDF (reflectjournal/
pdf.py) and the preview shown before writing are all made from that one
value, like the supervision record's (core.supervision_export), and the
identifying-information check works on it through :func:`log_fields` and
:func:`redact_log` (as core.cpd_export).

A reflection linked to several items is written in full once, under the
first of them, and named under the others ("See above"). Reflections with
no link to the chosen framework are kept, under their own heading, so that
the log never drops what the practitioner chose. Wellbeing check-ins stay
in the journal.

The links themselves (which entry evidences which item) are given by the
caller as a mapping; this module does not read them, so it does not depend
on where they are kept.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import fsutil
from .answers import reflection_as_text
from .journal_settings import JournalSettings
from .supervision_export import NOT_ENCRYPTED_FOOTER
from .supervision_export import as_written as _as_written
from .supervision_export import long_date as _long
from .supervision_export import one_line as _one_line

if TYPE_CHECKING:
    from .identifying import Choice, Detector, Finding, StandIns
    from .vault import Journal

TITLE = "Critical reflection log"
NOT_LINKED = "Not linked to an item of this framework"
NO_SUMMARY = "No summary written for this period."
SEE_ABOVE = "See above"
SUMMARY_KEY = "reflection_log.summary."  # + the review period's key
START_KEY = "portfolio.first_year_began"  # ISO date, or absent
_SPACER = '<p style="font-size: 6pt;">&nbsp;</p>'
_ENTRY_STYLE = "font-size: 10pt;"

# The assessed first year's reviews, in months from the start date.
REVIEW_MONTHS: tuple[tuple[int, int, str], ...] = (
    (0, 3, "First three months"),
    (3, 6, "Three to six months"),
    (6, 12, "Six to twelve months"),
)


@dataclass(frozen=True)
class ReviewPeriod:
    # Stable, for the summary kept in the journal ("2026-09-01..2026-11-30");
    # "" for the days before or after the first year, which have no summary.
    key: str
    label: str
    start: dt.date
    end: dt.date  # inclusive

    def holds(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def heading(self) -> str:
        return f"{self.label} ({_long(self.start)} to {_long(self.end)})"


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved on by whole calendar months; the 31st becomes the last
    day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_periods(start: dt.date) -> list[ReviewPeriod]:
    """The three review periods of a first year that starts on ``start``."""
    out = []
    for first, last, label in REVIEW_MONTHS:
        begin = add_months(start, first)
        end = add_months(start, last) - dt.timedelta(days=1)
        out.append(ReviewPeriod(f"{begin.isoformat()}..{end.isoformat()}", label, begin, end))
    return out


def whole_period(first: dt.date, last: dt.date) -> ReviewPeriod:
    """The one group of a log without a start date: the chosen period."""
    return ReviewPeriod(f"{first.isoformat()}..{last.isoformat()}", "Reflections", first, last)


# -- the practitioner's summaries ------------------------------------------------------


def period_summary(journal: Journal, period: ReviewPeriod) -> str:
    value = JournalSettings(journal).get(SUMMARY_KEY + period.key, "")
    return value if isinstance(value, str) else ""


def set_period_summary(journal: Journal, period: ReviewPeriod, text: str) -> None:
    """Keep the summary in the journal (encrypted); an empty one is removed."""
    JournalSettings(journal).set(SUMMARY_KEY + period.key, text.strip() or None)


def first_year_began(journal: Journal) -> dt.date | None:
    """The start of the practitioner's assessed first year, if they gave it."""
    value = JournalSettings(journal).get(START_KEY)
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def set_first_year_began(journal: Journal, day: dt.date | None) -> None:
    JournalSettings(journal).set(START_KEY, day.isoformat() if day else None)


# -- what leaves -------------------------------------------------------------------------


@dataclass(frozen=True)
class LogEntry:
    entry_id: int
    title: str
    happened_on: dt.date
    kind: str
    text: str  # as written: the body with its questions named, and the child kept in mind

    @property
    def heading(self) -> str:
        return f"{_long(self.happened_on)} · {self.kind} · {_one_line(self.title) or '(untitled)'}"


@dataclass(frozen=True)
class ItemGroup:
    heading: str  # "3 Child development" or NOT_LINKED
    entries: list[LogEntry] = field(default_factory=list)  # written in full here
    see_above: list[LogEntry] = field(default_factory=list)  # written in full under an earlier item


@dataclass(frozen=True)
class PeriodLog:
    period: ReviewPeriod
    summary: str  # the practitioner's own, as written ("" when none)
    groups: list[ItemGroup]

    @property
    def count(self) -> int:
        return sum(len(g.entries) for g in self.groups)


@dataclass
class ReflectionLog:
    title: str
    fields: list[tuple[str, str]]
    periods: list[PeriodLog]
    footer: str = NOT_ENCRYPTED_FOOTER

    @property
    def count(self) -> int:
        return sum(p.count for p in self.periods)

    def to_markdown(self) -> str:
        out = [f"# {self.title}", ""]
        out += [f"- **{label}:** {_one_line(value)}" for label, value in self.fields]
        out.append("")
        if not self.periods:
            out += ["No reflections chosen.", ""]
        for period in self.periods:
            out += [f"## {period.period.heading}", ""]
            if period.period.key:
                out += ["### My summary", ""]
                out += [_as_written(period.summary) if period.summary.strip() else f"_{NO_SUMMARY}_", ""]
            for group in period.groups:
                out += [f"### {_one_line(group.heading)}", ""]
                for entry in group.entries:
                    out += [f"#### {entry.heading}", "", _as_written(_demote(entry.text)) or "_(empty)_", ""]
                for entry in group.see_above:
                    out += [f"- {SEE_ABOVE}: {entry.heading}"]
                if group.see_above:
                    out.append("")
        out += ["---", "", self.footer]
        return "\n".join(out).rstrip() + "\n"

    def to_html(self) -> str:
        """HTML for pdf.py's layout; every piece of journal text is escaped."""
        from .rendering import render_markdown
        from .supervision_export import demote_html, notes_html

        e = html.escape
        out = [f"<h1>{e(self.title)}</h1>", '<table class="fields" cellpadding="2">']
        for label, value in self.fields:
            out.append(f'<tr><td class="label"><b>{e(label)}</b></td><td>{e(_one_line(value))}</td></tr>')
        out.append("</table>")
        if not self.periods:
            out.append("<p>No reflections chosen.</p>")
        for period in self.periods:
            out.append(_SPACER)
            out.append(f"<h2>{e(period.period.heading)}</h2>")
            if period.period.key:
                out.append("<h3>My summary</h3>")
                summary = period.summary
                out.append(notes_html(summary) if summary.strip() else f"<p><i>{e(NO_SUMMARY)}</i></p>")
            for group in period.groups:
                out.append(f"<h3>{e(_one_line(group.heading))}</h3>")
                for entry in group.entries:
                    out.append(f'<p class="item"><b>{e(entry.heading)}</b></p>')
                    body = demote_html(render_markdown(entry.text, whole=True)) if entry.text.strip() else ""
                    out.append(f'<div style="{_ENTRY_STYLE}">{body}</div>')
                if group.see_above:
                    out.append("<ul>")
                    out += [f"<li><i>{e(SEE_ABOVE)}:</i> {e(entry.heading)}</li>" for entry in group.see_above]
                    out.append("</ul>")
        return "\n".join(out) + "\n"


def _demote(text: str) -> str:
    """A reflection's own Markdown headings sit below the log's."""
    from .supervision_export import demote_markdown

    return demote_markdown(text)


@dataclass(frozen=True)
class LogChoice:
    """What the practitioner chose to send: a period, the reflections in it,
    the framework to group them by, and the start of their first year."""

    first: dt.date
    last: dt.date
    entry_ids: Sequence[int]
    framework_name: str = ""
    # (item id, short title) in the framework's order.
    items: Sequence[tuple[str, str]] = ()
    start_date: dt.date | None = None
    name: str = ""  # the practitioner's name, when they choose to give it


def build_log(
    journal: Journal,
    choice: LogChoice,
    links: Mapping[int, Sequence[str]],
    today: dt.date | None = None,
) -> ReflectionLog:
    """The log for ``choice``; ``links`` maps an entry's id to the ids of the
    chosen framework's items it is linked to (other ids are ignored, and an
    item no longer in the framework is grouped as not linked)."""
    today = today or journal.clock().date()
    labels = {kind.key: kind.label for kind in journal.entries.kinds()}
    summaries = [
        s for s in journal.entries.summaries(list(choice.entry_ids)) if choice.first <= s.happened_on <= choice.last
    ]
    summaries.sort(key=lambda s: (s.happened_on, s.id))
    titles = dict(choice.items)
    order = {item_id: n for n, (item_id, _) in enumerate(choice.items)}

    before: ReviewPeriod | None = None
    after: ReviewPeriod | None = None
    if choice.start_date is not None:
        periods = [p for p in review_periods(choice.start_date) if p.start <= choice.last and p.end >= choice.first]
        before = ReviewPeriod("", "Before the first year", choice.first, choice.start_date - dt.timedelta(days=1))
        year_end = periods[-1].end if periods else add_months(choice.start_date, 12) - dt.timedelta(days=1)
        after = ReviewPeriod("", "After the first year", year_end + dt.timedelta(days=1), choice.last)
    else:
        periods = [whole_period(choice.first, choice.last)]

    def period_of(day: dt.date) -> ReviewPeriod:
        for period in periods:
            if period.holds(day):
                return period
        assert before is not None and after is not None
        return before if day < before.end + dt.timedelta(days=1) else after

    by_period: dict[ReviewPeriod, list[LogEntry]] = {}
    for s in summaries:
        entry = LogEntry(
            s.id, s.title, s.happened_on, labels.get(s.kind, s.kind), reflection_as_text(journal.entries.get(s.id))
        )
        by_period.setdefault(period_of(s.happened_on), []).append(entry)

    out = []
    extra = [p for p in (before, after) if p is not None and p in by_period]
    for period in [*([before] if before in extra else []), *periods, *([after] if after in extra else [])]:
        assert period is not None
        entries = by_period.get(period, [])
        groups: dict[str, ItemGroup] = {}
        unlinked: list[LogEntry] = []
        for entry in entries:
            items = sorted({i for i in links.get(entry.entry_id, ()) if i in titles}, key=order.__getitem__)
            if not items:
                unlinked.append(entry)
                continue
            for n, item_id in enumerate(items):
                group = groups.setdefault(item_id, ItemGroup(f"{item_id} {titles[item_id]}"))
                (group.entries if n == 0 else group.see_above).append(entry)
        ordered = [groups[i] for i, _ in choice.items if i in groups]
        if unlinked:
            ordered.append(ItemGroup(NOT_LINKED, unlinked))
        summary = period_summary(journal, period) if period.key else ""
        out.append(PeriodLog(period, summary, ordered))

    fields = [("Period", f"{_long(choice.first)} to {_long(choice.last)}")]
    if choice.name.strip():
        fields.insert(0, ("Name", choice.name))
    if choice.start_date is not None:
        fields.append(("First year began", _long(choice.start_date)))
    if choice.framework_name:
        fields.append(("Framework", choice.framework_name))
    count = len(summaries)
    fields.append(("Reflections", str(count)))
    fields.append(("Made", _long(today)))
    return ReflectionLog(TITLE, fields, out)


def write_markdown(log: ReflectionLog, path: Path) -> Path:
    """Write the log as Markdown, 0600, atomically."""
    fsutil.write_private_text(Path(path), log.to_markdown())
    return Path(path)


def suggested_name(first: dt.date, last: dt.date, fmt: str) -> str:
    """A file name of dates only: never a person's name."""
    return f"reflection-log-{first.isoformat()}-to-{last.isoformat()}.{'pdf' if fmt == 'pdf' else 'md'}"


# -- the identifying-information check ------------------------------------------------


def _map(log: ReflectionLog, fn: Callable[[str, str], str]) -> ReflectionLog:
    """A copy with every piece of journal text it writes passed through
    ``fn(text, field)``: names, summaries, titles and reflections. The same
    entry under two items is checked once and changed the same way."""
    done: dict[int, LogEntry] = {}

    def entry(e: LogEntry) -> LogEntry:
        if e.entry_id not in done:
            where = f"reflection of {_long(e.happened_on)}"
            done[e.entry_id] = dataclasses.replace(
                e, title=fn(e.title, f"{where}, title"), text=fn(e.text, f"{where}, text")
            )
        return done[e.entry_id]

    periods = [
        PeriodLog(
            p.period,
            fn(p.summary, f"{p.period.label}, my summary"),
            [ItemGroup(g.heading, [entry(e) for e in g.entries], [entry(e) for e in g.see_above]) for g in p.groups],
        )
        for p in log.periods
    ]
    fields = [(label, fn(value, label) if label == "Name" else value) for label, value in log.fields]
    return dataclasses.replace(log, fields=fields, periods=periods)


def log_fields(log: ReflectionLog) -> list[tuple[str, str]]:
    """The log's journal text, as (field, text) pairs, for the check."""
    fields: list[tuple[str, str]] = []

    def collect(text: str, where: str) -> str:
        if text:
            fields.append((where, text))
        return text

    _map(log, collect)
    return fields


def redact_log(
    detector: Detector,
    log: ReflectionLog,
    choose: Callable[[Finding], Choice] | None = None,
    stand_ins: StandIns | None = None,
) -> tuple[ReflectionLog, list[Finding]]:
    """The outgoing copy with the check's choices applied, and what it found."""
    from .identifying import StandIns, cli_choice, redact

    stand_ins = stand_ins or StandIns()
    chooser = choose or cli_choice
    found: list[Finding] = []

    def clean(text: str, where: str) -> str:
        findings = detector.check(text, where)
        found.extend(findings)
        return redact(text, findings, default=chooser, stand_ins=stand_ins)

    return _map(log, clean), found
