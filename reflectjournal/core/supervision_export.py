"""What a supervision preparation looks like when it leaves the journal.

:func:`build_export` decides exactly which text goes out; the Markdown, the
HTML for the PDF, and the preview the app shows before writing are all made
from that one :class:`SessionExport`, so the preview is the export.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import fsutil
from .answers import answers_as_text
from .models import SUPERVISION_FUNCTIONS, SUPERVISION_ROLES, SUPERVISION_TYPES, Action, SupervisionSession

if TYPE_CHECKING:
    from .vault import Journal

NOT_ENCRYPTED_WARNING = (
    "The exported file is not encrypted. Anyone who can open the file can read it. "
    "Keep it somewhere safe and delete it when you no longer need it."
)

_ROLE = dict(SUPERVISION_ROLES)
_TYPE = dict(SUPERVISION_TYPES)
_FUNCTION = dict(SUPERVISION_FUNCTIONS)


@dataclass(frozen=True)
class ExportOptions:
    """What to include. By default only titles and dates of linked
    reflections leave the journal, not what was written in them."""

    include_entry_text: bool = False
    include_wellbeing: bool = True
    include_discussion: bool = True
    include_name: bool = True


@dataclass
class Section:
    heading: str
    items: list[str] = field(default_factory=list)  # Markdown paragraphs or list items
    as_list: bool = True


@dataclass
class SessionExport:
    title: str
    subtitle: str
    sections: list[Section]

    def to_markdown(self) -> str:
        lines = [f"# {_one_line(self.title)}", "", _one_line(self.subtitle), ""]
        for section in self.sections:
            lines += [f"## {_one_line(section.heading)}", ""]
            for item in section.items:
                if section.as_list:
                    first, *rest = item.splitlines() or [""]
                    lines.append(f"- {first}")
                    lines += [f"  {line}" if line else "" for line in rest]
                else:
                    lines += [item, ""]
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"

    def to_html(self) -> str:
        """Sanitised HTML (through the same allow-list as the preview), every
        word kept (past the renderer's export budget, as plain text)."""
        from .rendering import render_markdown

        return render_markdown(self.to_markdown(), whole=True)


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def _text(text: str) -> list[str]:
    text = (text or "").strip()
    return [text] if text else []


def build_export(
    journal: Journal, session_id: int, options: ExportOptions = ExportOptions(), today: dt.date | None = None
) -> SessionExport:
    store = journal.supervision
    session: SupervisionSession = store.get(session_id)
    today = today or journal.clock().date()
    who = _ROLE.get(session.with_role, session.with_role)
    if options.include_name and session.with_name:
        who = f"{who} ({session.with_name})"
    kind = _TYPE.get(session.session_type, session.session_type)
    status = "Preparation" if session.status == "preparing" else "Notes"
    title = f"Supervision {status.lower()}: {session.held_on.strftime('%-d %B %Y')}"
    subtitle = f"{kind} with {who}. Exported {today.strftime('%-d %B %Y')}."

    summaries = {s.id: s for s in journal.entries.summaries(session.entry_ids)}

    def entry_line(entry_id: int) -> str:
        s = summaries.get(entry_id)
        if s is None:
            return ""
        line = f"{s.happened_on.strftime('%-d %b %Y')}: {_one_line(s.title) or '(untitled)'}"
        if options.include_entry_text:
            full = journal.entries.get(entry_id)
            parts = [answers_as_text(full.body, full.prompt_records).strip()]
            if full.child_in_mind.strip():
                parts.append("Keeping the child in mind: " + full.child_in_mind.strip())
            line += "\n\n" + "\n\n".join(p for p in parts if p)
        return line

    sections: list[Section] = []
    for key, label in SUPERVISION_FUNCTIONS:
        items = []
        for item in session.agenda:
            if item.function != key:
                continue
            text = item.text.strip()
            linked = [entry_line(e) for e in item.entry_ids if e in summaries]
            if linked:
                text += "\n" + "\n".join(f"Reflection: {line.splitlines()[0]}" for line in linked)
            items.append(text)
        if items:
            sections.append(Section(f"Agenda: {label}", items))
    for heading, value in (
        ("Questions to bring", session.questions),
        ("Decisions needed", session.decisions),
        ("What went well", session.went_well),
        ("Learning needs", session.learning_needs),
        ("How the work is affecting me", session.affecting_me),
    ):
        if value.strip():
            sections.append(Section(heading, _text(value), as_list=False))
    if options.include_wellbeing:
        checkins = store.wellbeing_of(session.entry_ids)
        if checkins:
            sections.append(
                Section(
                    "Wellbeing check-ins",
                    [
                        f"{day.strftime('%-d %b %Y')}: {w.score} of 5" + (f", {_one_line(w.words)}" if w.words else "")
                        for day, w in checkins
                    ],
                )
            )
    carried = store.carried_forward(session)
    if carried:
        sections.append(
            Section(
                "Actions carried forward",
                [_action_line(a, today) for a in carried],
            )
        )
    if session.entry_ids:
        sections.append(
            Section(
                "Reflections linked",
                [entry_line(e) for e in session.entry_ids if e in summaries],
                as_list=not options.include_entry_text,
            )
        )
    if session.status == "held":
        if options.include_discussion and session.discussion.strip():
            sections.append(Section("What was discussed", _text(session.discussion), as_list=False))
        if session.actions:
            sections.append(Section("Actions agreed", [_action_line(a, today) for a in session.actions]))
    return SessionExport(title, subtitle, sections)


def _action_line(action: Action, today: dt.date) -> str:
    parts = [_one_line(action.what)]
    if action.who:
        parts.append(f"who: {_one_line(action.who)}")
    if action.due_on:
        due = f"by {action.due_on.strftime('%-d %b %Y')}"
        if action.is_overdue(today):
            due += " (overdue)"
        parts.append(due)
    parts.append({"open": "not done yet", "done": "done", "dropped": "dropped"}[action.status])
    return "; ".join(parts)


def write_markdown(export: SessionExport, path: Path) -> Path:
    """Write the export as Markdown, 0600, atomically."""
    fsutil.write_private_text(Path(path), export.to_markdown())
    return Path(path)
