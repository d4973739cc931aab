"""The supervision record: what a session looks like when it leaves the journal.

:func:`build_export` decides exactly which text goes out, as one
:class:`SessionExport` (a header, the agenda by the four functions with the
linked reflections nested under each item, the notes, the actions table and
the signature lines). The Markdown file, the HTML laid out for the PDF and
for printing (pdf.py: the same pages either way), and the preview the app
shows before writing are all made from that one value, so the preview is
the export and the three outputs never disagree.

Wellbeing (the check-ins and "how the work is affecting me") is left out
unless chosen: the record often goes to a line manager. So is the chart of
the check-ins since the last session (core.wellbeing_chart): a picture in
the PDF and on paper, a summary line and a text table in Markdown.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import fsutil
from .answers import reflection_as_text
from .journal_settings import JournalSettings
from .models import SESSION_HELD, SUPERVISION_FUNCTIONS, SUPERVISION_ROLES, SUPERVISION_TYPES, Action
from .wellbeing_chart import WellbeingChart, chart_for_session, chart_summary, chart_table

if TYPE_CHECKING:
    from .vault import Journal

NOT_ENCRYPTED_WARNING = (
    "The exported file is not encrypted. Anyone who can open the file can read it. "
    "Keep it somewhere safe and delete it when you no longer need it."
)
# The footer of every page of the record (and the last line of the Markdown).
NOT_ENCRYPTED_FOOTER = "This document is not encrypted. Keep it safe and delete it when no longer needed."
RECORD_TITLE = "Supervision record"
SUPERVISEE_KEY = "supervision.supervisee_name"
SUPERVISOR_KEY = "supervision.supervisor_name"

_ROLE = dict(SUPERVISION_ROLES)
_TYPE = dict(SUPERVISION_TYPES)
_STATUS = {"open": "Open", "done": "Done", "dropped": "Dropped"}
_BLANK = "_" * 24  # a line to write a missing name on
# The chart's picture in the record's HTML: pdf.py hands the document the
# image under this name (the document loads nothing else, ever).
CHART_IMAGE = "chart:wellbeing"
# Its size on the page in CSS pixels (96 to the inch): about 164 by 66 mm,
# within the A4 body (174 mm between pdf.py's margins).
CHART_WIDTH, CHART_HEIGHT = 620, 250
CHART_HEADING = "Wellbeing chart"
CHART_IN_PDF = "(In the PDF and on paper, these check-ins are drawn as a chart.)"


@dataclass(frozen=True)
class ExportOptions:
    """What to include. By default a linked reflection shows its title and
    date only (its text only where chosen item by item, or for all with
    ``include_entry_text``) and wellbeing stays in the journal."""

    include_entry_text: bool = False
    include_wellbeing: bool = False
    # The chart of the check-ins since the last session (off by default).
    include_wellbeing_chart: bool = False
    include_discussion: bool = True
    include_name: bool = True
    # Names typed in the export dialog (None: those remembered in the journal).
    supervisee: str | None = None
    supervisor: str | None = None


@dataclass(frozen=True)
class LinkedReflection:
    title: str
    happened_on: dt.date
    text: str | None = None  # Markdown as written, when chosen


@dataclass(frozen=True)
class RecordItem:
    notes: str  # as written: paragraphs and lists kept
    reflections: list[LinkedReflection] = field(default_factory=list)


@dataclass(frozen=True)
class ActionRow:
    what: str
    owner: str
    due: str
    status: str
    overdue: bool = False
    carried_from: dt.date | None = None  # agreed at an earlier session


@dataclass
class SessionExport:
    title: str
    fields: list[tuple[str, str]]  # header: (label, value)
    agenda: list[tuple[str, list[RecordItem]]]  # (function, items)
    notes: list[tuple[str, str]]  # (heading, text as written)
    actions: list[ActionRow]
    wellbeing: list[str] | None  # None: not chosen
    signatures: list[tuple[str, str]]  # (role, name)
    footer: str = NOT_ENCRYPTED_FOOTER
    chart: WellbeingChart | None = None  # None: not chosen

    # -- Markdown --------------------------------------------------------

    def to_markdown(self, *, chart_as_picture: bool = False) -> str:
        """The record as Markdown. The chart is a summary line and a text
        table; ``chart_as_picture`` (the PDF's and printer's preview) says
        instead that the PDF draws it."""
        out = [f"# {self.title}", ""]
        out += [f"- **{label}:** {_one_line(value)}" for label, value in self.fields]
        out.append("")
        if self.agenda:
            out += ["## Agenda", ""]
            for function, items in self.agenda:
                out += [f"### {function}", ""]
                for number, item in enumerate(items, 1):
                    if item.notes:  # "Other linked reflections" has no notes of its own
                        out += [f"**Item {number}**", "", _as_written(item.notes), ""]
                    for r in item.reflections:
                        out.append(f"> Linked reflection: {_one_line(r.title)} ({_long(r.happened_on)})")
                        if r.text:
                            out.append(">")
                            out += [f"> {line}".rstrip() for line in _demote_markdown(r.text).splitlines()]
                        out.append("")
        for heading, text in self.notes:
            out += [f"## {heading}", "", _as_written(text), ""]
        if self.wellbeing is not None:
            out += ["## Wellbeing", ""]
            out += [_as_written(line) for line in self.wellbeing]
            out.append("")
        if self.chart is not None:
            out += [f"## {CHART_HEADING}", "", chart_summary(self.chart), ""]
            if self.chart.points:
                out += [CHART_IN_PDF, ""] if chart_as_picture else [*chart_table(self.chart), ""]
        out += ["## Actions", ""]
        if self.actions:
            out += ["| Action | Owner | Due | Status |", "|---|---|---|---|"]
            for a in self.actions:
                out.append(
                    "| " + " | ".join(_cell(x) for x in (_action_what(a), a.owner, _due_text(a), a.status)) + " |"
                )
        else:
            out.append("No actions.")
        out += ["", "## Signatures", ""]
        for role, name in self.signatures:
            out += [
                f"**{role}:** {name}",
                "",
                f"Signature: {'_' * 32}  Date: {'_' * 16}",
                "",
            ]
        out += ["---", "", self.footer]
        return "\n".join(out).rstrip() + "\n"

    def actions_as_text(self) -> str:
        """The actions table as plain text, for the clipboard."""
        rows = [("Action", "Owner", "Due", "Status")] + [
            (_one_line(_action_what(a)), _one_line(a.owner), _due_text(a), a.status) for a in self.actions
        ]
        widths = [max(len(r[i]) for r in rows) for i in range(4)]
        lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(r)).rstrip() for r in rows]
        return "\n".join([lines[0], "  ".join("-" * w for w in widths), *lines[1:]]) + "\n"

    # -- HTML (the PDF's and the printer's layout) ------------------------

    def to_html(self) -> str:
        """HTML for pdf.py's layout. Every piece of journal text is escaped
        here or comes through the rendering allow-list."""
        from .rendering import render_markdown

        e = html.escape
        out = [f"<h1>{e(self.title)}</h1>", '<table class="fields" cellpadding="2">']
        for label, value in self.fields:
            out.append(f'<tr><td class="label"><b>{e(label)}</b></td><td>{e(_one_line(value))}</td></tr>')
        out.append("</table>")
        out.append(_SPACER)
        if self.agenda:
            out.append("<h2>Agenda</h2>")
            for function, items in self.agenda:
                out.append(f"<h3>{e(function)}</h3>")
                for number, item in enumerate(items, 1):
                    if item.notes:
                        out.append(f'<p class="item"><b>Item {number}</b></p>')
                        out.append(_notes_html(item.notes))
                    for r in item.reflections:
                        # Smaller and indented: it belongs to the item above.
                        out.append(
                            '<table class="linked" width="100%" cellspacing="0" cellpadding="0">'
                            f'<tr><td width="6%"></td><td style="{_LINKED_STYLE}">'
                        )
                        out.append(
                            f'<p class="linked"><i>Linked reflection:</i> {e(_one_line(r.title))}'
                            f" ({e(_long(r.happened_on))})</p>"
                        )
                        if r.text:
                            out.append(_demote_html(render_markdown(r.text, whole=True)))
                        out.append("</td></tr></table>")
                    if item.reflections:
                        out.append(_SPACER)
        for heading, text in self.notes:
            out.append(f"<h2>{e(heading)}</h2>")
            out.append(_notes_html(text))
        if self.wellbeing is not None:
            out.append("<h2>Wellbeing</h2>")
            out += [_notes_html(line) for line in self.wellbeing]
        if self.chart is not None:
            out.append(f"<h2>{CHART_HEADING}</h2>")
            summary = e(chart_summary(self.chart))
            out.append(f"<p>{summary}</p>")
            if self.chart.points:
                out.append(
                    f'<p><img src="{CHART_IMAGE}" width="{CHART_WIDTH}" height="{CHART_HEIGHT}" alt="{summary}"/></p>'
                )
        out.append("<h2>Actions</h2>")
        if self.actions:
            out.append('<table class="actions" border="1" cellspacing="0" cellpadding="4" width="100%">')
            out.append("<tr><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>")
            for a in self.actions:
                due = e(_due_text(a))
                if a.overdue:
                    due = f"<b>{due}</b>"
                out.append(
                    f"<tr><td>{e(_action_what(a))}</td><td>{e(a.owner)}</td><td>{due}</td><td>{e(a.status)}</td></tr>"
                )
            out.append("</table>")
            out.append(_SPACER)
        else:
            out.append("<p>No actions.</p>")
        out.append("<h2>Signatures</h2>")
        out.append('<table class="signatures" cellpadding="6" width="100%">')
        for role, name in self.signatures:
            out.append(f'<tr><td colspan="2"><b>{e(role)}:</b> {e(name)}</td></tr>')
            out.append(f"<tr><td>Signature: {'_' * 32}</td><td>Date: {'_' * 16}</td></tr>")
        out.append("</table>")
        return "\n".join(out) + "\n"


# -- text helpers --------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def _long(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"  # "%-d" is not on Windows


def _cell(text: str) -> str:
    return _one_line(text).replace("|", "\\|")


def _action_what(a: ActionRow) -> str:
    return a.what + (f" (carried forward from {_long(a.carried_from)})" if a.carried_from else "")


def _due_text(a: ActionRow) -> str:
    return a.due + (" (overdue)" if a.overdue else "")


def _as_written(text: str) -> str:
    """Notes for Markdown: as written, with a hard break (two spaces) at the
    end of each line inside a paragraph so that Markdown readers keep the
    lines apart ("questions on separate lines")."""
    lines = (text or "").strip().splitlines()
    out = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if line.strip() and following.strip() and not _LIST_LINE.match(following) and not _LIST_LINE.match(line):
            out.append(line.rstrip() + "  ")
        else:
            out.append(line.rstrip())
    return "\n".join(out)


_LINKED_STYLE = "font-size: 9pt; color: #333333;"
_SPACER = '<p style="font-size: 4pt;">&nbsp;</p>'
_LIST_LINE = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_HEADING_LINE = re.compile(r"^(#{1,6})(\s)")


def _notes_html(text: str) -> str:
    """Notes as written, as HTML: blank lines make paragraphs, each line
    break is kept, and lines that start "- ", "* ", "• " or "1. " are lists."""
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    ordered = False

    def flush() -> None:
        nonlocal paragraph, items
        if paragraph:
            blocks.append("<p>" + "<br/>".join(html.escape(line) for line in paragraph) + "</p>")
            paragraph = []
        if items:
            tag = "ol" if ordered else "ul"
            blocks.append(f"<{tag}>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + f"</{tag}>")
            items = []

    for raw in (text or "").strip().splitlines():
        line = raw.strip()
        marker = _LIST_LINE.match(raw)
        if not line:
            flush()
        elif marker:
            if paragraph:
                flush()
            is_ordered = marker.group().strip()[0].isdigit()
            if items and is_ordered != ordered:
                flush()
            ordered = is_ordered
            items.append(raw[marker.end() :].strip())
        else:
            if items:
                flush()
            paragraph.append(line)
    flush()
    return "\n".join(blocks)


def _demote_markdown(text: str) -> str:
    """A reflection's own headings sit below the record's (####### is not a
    heading, so the deepest stay at six)."""
    return "\n".join(
        _HEADING_LINE.sub(lambda m: "#" * min(6, len(m.group(1)) + 3) + m.group(2), line) for line in text.splitlines()
    )


def _demote_html(body: str) -> str:
    """In sanitised HTML, every heading becomes a small bold paragraph."""
    body = re.sub(r"<h[1-6](\s[^>]*)?>", '<p class="subhead"><b>', body)
    return re.sub(r"</h[1-6]>", "</b></p>", body)


# -- building ------------------------------------------------------------------


def record_names(journal: Journal) -> tuple[str, str]:
    """The supervisee's and supervisor's names remembered in the journal."""
    settings = JournalSettings(journal)
    return (
        str(settings.get(SUPERVISEE_KEY, "") or "").strip(),
        str(settings.get(SUPERVISOR_KEY, "") or "").strip(),
    )


def build_export(
    journal: Journal, session_id: int, options: ExportOptions = ExportOptions(), today: dt.date | None = None
) -> SessionExport:
    store = journal.supervision
    session = store.get(session_id)
    today = today or journal.clock().date()
    supervisee, supervisor = record_names(journal)
    supervisor = session.with_name.strip() or supervisor
    if options.supervisee is not None:
        supervisee = _one_line(options.supervisee)
    if options.supervisor is not None:
        supervisor = _one_line(options.supervisor)
    role = _ROLE.get(session.with_role, session.with_role)
    if not options.include_name:
        supervisee = supervisor = ""
    supervisor_text = f"{supervisor} ({role})" if supervisor else f"{_BLANK} ({role})"
    fields = [
        ("Supervisee", supervisee or _BLANK),
        ("Supervisor", supervisor_text),
        ("Date", _long(session.held_on)),
        ("Type", _TYPE.get(session.session_type, session.session_type)),
    ]
    if session.place.strip():
        fields.append(("Where", session.place))
    fields.append(("Next meeting", _long(session.next_on) if session.next_on else "not agreed yet"))
    if session.status != SESSION_HELD:
        fields.append(("Status", "Preparation, before the meeting"))

    summaries = {s.id: s for s in journal.entries.summaries(session.entry_ids)}

    def reflection(entry_id: int, with_text: bool) -> LinkedReflection:
        s = summaries[entry_id]
        text = None
        if with_text:
            text = reflection_as_text(journal.entries.get(entry_id))
        return LinkedReflection(_one_line(s.title) or "(untitled)", s.happened_on, text)

    agenda = []
    for key, label in SUPERVISION_FUNCTIONS:
        items = [
            RecordItem(
                item.text.strip(),
                [
                    reflection(e, options.include_entry_text or e in item.text_entry_ids)
                    for e in item.entry_ids
                    if e in summaries
                ],
            )
            for item in session.agenda
            if item.function == key and item.text.strip()
        ]
        if items:
            agenda.append((label, items))
    on_items = {e for item in session.agenda for e in item.entry_ids}
    others = [e for e in session.entry_ids if e in summaries and e not in on_items]
    if others:
        agenda.append(
            (
                "Other linked reflections",
                [
                    RecordItem(
                        "",
                        [reflection(e, options.include_entry_text) for e in others],
                    )
                ],
            )
        )

    notes = [
        (heading, value)
        for heading, value in (
            ("Questions", session.questions),
            ("Decisions and the reasons for them", session.decisions),
            ("What went well", session.went_well),
            ("Learning needs", session.learning_needs),
        )
        if value.strip()
    ]
    if session.status == SESSION_HELD and options.include_discussion and session.discussion.strip():
        notes.append(("What was discussed", session.discussion))

    wellbeing = None
    if options.include_wellbeing:
        wellbeing = []
        if session.affecting_me.strip():
            wellbeing.append(session.affecting_me)
        for day, w in store.wellbeing_of(session.entry_ids):
            wellbeing.append(f"Check-in {_long(day)}: {w.score} of 5" + (f", {_one_line(w.words)}" if w.words else ""))

    chart = chart_for_session(journal, session_id, today) if options.include_wellbeing_chart else None
    agreed_on = {s.id: s.held_on for s in store.list_sessions()}
    actions = [_row(a, today) for a in session.actions]
    actions += [_row(a, today, carried_from=agreed_on.get(a.session_id)) for a in store.carried_forward(session)]
    signatures = [("Supervisee", supervisee or _BLANK), ("Supervisor", supervisor or _BLANK)]
    return SessionExport(RECORD_TITLE, fields, agenda, notes, actions, wellbeing, signatures, chart=chart)


def _row(action: Action, today: dt.date, carried_from: dt.date | None = None) -> ActionRow:
    return ActionRow(
        what=_one_line(action.what),
        owner=_one_line(action.who),
        due=_long(action.due_on) if action.due_on else "no date",
        status=_STATUS.get(action.status, action.status),
        overdue=action.is_overdue(today),
        carried_from=carried_from,
    )


def write_markdown(export: SessionExport, path: Path) -> Path:
    """Write the record as Markdown, 0600, atomically."""
    fsutil.write_private_text(Path(path), export.to_markdown())
    return Path(path)


# The record's text layout, shared with the other records that leave the
# journal the same way (core.cpd_export).
one_line = _one_line
long_date = _long
as_written = _as_written
demote_markdown = _demote_markdown
demote_html = _demote_html
notes_html = _notes_html
