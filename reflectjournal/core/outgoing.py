"""What leaves the journal: the identifying-information check applied to
an export's entries or supervision record, and the redacted outgoing copy.

The journal's own text is never changed: every function here returns new
values. Stand-ins are shared through one export (a :class:`StandIns`), so
"Tayo" is "Child A" in every entry of it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .identifying import KIND_LABELS, Choice, Detector, Finding, StandIns, cli_choice, redact
from .models import Entry, EntryFilter
from .supervision_export import RecordItem, SessionExport

if TYPE_CHECKING:
    from .vault import Journal

Chooser = Callable[[Finding], Choice]


def entry_fields(entry: Entry) -> list[tuple[str, str]]:
    """The entry's text that an export writes, as (field, text) pairs."""
    prefix = f"entry {entry.id}" if entry.id is not None else "entry"
    fields = [(f"{prefix} title", entry.title), (f"{prefix} body", entry.body)]
    if entry.child_in_mind:
        fields.append((f"{prefix} child in mind", entry.child_in_mind))
    fields += [(f"{prefix} tag {i + 1}", tag) for i, tag in enumerate(entry.tags)]
    return fields


def check_entry(detector: Detector, entry: Entry) -> list[Finding]:
    return detector.check_fields(entry_fields(entry))


def redact_entry(
    detector: Detector, entry: Entry, stand_ins: StandIns, choose: Chooser = cli_choice
) -> tuple[Entry, list[Finding]]:
    """The outgoing copy of ``entry`` and what was found in it."""
    found: list[Finding] = []

    def clean(text: str, field: str) -> str:
        findings = detector.check(text, field)
        found.extend(findings)
        return redact(text, findings, default=choose, stand_ins=stand_ins)

    prefix = f"entry {entry.id}" if entry.id is not None else "entry"
    copy = entry.replace(
        title=clean(entry.title, f"{prefix} title"),
        body=clean(entry.body, f"{prefix} body"),
        child_in_mind=clean(entry.child_in_mind, f"{prefix} child in mind"),
        tags=[clean(tag, f"{prefix} tag {i + 1}") for i, tag in enumerate(entry.tags)],
    )
    return copy, found


def _map_session(export: SessionExport, fn: Callable[[str, str], str]) -> SessionExport:
    """A copy of the supervision record with every text it writes passed
    through ``fn(text, field)`` (field: where it is, for the findings)."""
    agenda = []
    for function, items in export.agenda:
        mapped = []
        for i, item in enumerate(items, start=1):
            where = f"agenda {function} item {i}"
            reflections = [
                dataclasses.replace(
                    linked,
                    title=fn(linked.title, f"{where} reflection {r} title"),
                    text=None if linked.text is None else fn(linked.text, f"{where} reflection {r} text"),
                )
                for r, linked in enumerate(item.reflections, start=1)
            ]
            mapped.append(RecordItem(notes=fn(item.notes, where), reflections=reflections))
        agenda.append((function, mapped))
    return dataclasses.replace(
        export,
        title=fn(export.title, "title"),
        fields=[(label, fn(value, f"header {label}")) for label, value in export.fields],
        agenda=agenda,
        notes=[(heading, fn(text, f"notes {heading}")) for heading, text in export.notes],
        actions=[
            dataclasses.replace(row, what=fn(row.what, f"action {a}"), owner=fn(row.owner, f"action {a} owner"))
            for a, row in enumerate(export.actions, start=1)
        ],
        wellbeing=None
        if export.wellbeing is None
        else [fn(line, f"wellbeing {w}") for w, line in enumerate(export.wellbeing, start=1)],
        signatures=[(role, fn(name, f"signature {role}")) for role, name in export.signatures],
    )


def session_fields(export: SessionExport) -> list[tuple[str, str]]:
    """The record's text that leaves the journal, as (field, text) pairs."""
    fields: list[tuple[str, str]] = []

    def collect(text: str, field: str) -> str:
        if text:
            fields.append((field, text))
        return text

    _map_session(export, collect)
    return fields


def redact_session_export(
    detector: Detector, export: SessionExport, choose: Chooser = cli_choice, stand_ins: StandIns | None = None
) -> tuple[SessionExport, list[Finding]]:
    stand_ins = stand_ins or StandIns()
    found: list[Finding] = []

    def clean(text: str, field: str) -> str:
        findings = detector.check(text, field)
        found.extend(findings)
        return redact(text, findings, default=choose, stand_ins=stand_ins)

    return _map_session(export, clean), found


def describe(findings: Iterable[Finding]) -> list[str]:
    """One line per finding, for the command line's standard error: where,
    what kind and how sure, but never the text found (the command line's
    messages never hold entry text; the user opens the entry to see it)."""
    return [
        f"{f.field}, characters {f.offset}-{f.end}: {KIND_LABELS[f.kind]} ({f.confidence:.0%})"
        + (f", stand-in {f.stand_in!r}" if f.stand_in else "")
        for f in findings
    ]


def entry_transform(detector: Detector, choices: dict[str, Choice], stand_ins: StandIns) -> Callable[[Entry], Entry]:
    """The outgoing copy of each entry with the choices a preview made (a
    detail without a choice goes out as written). Safe to run on a worker:
    it reads ``choices`` only."""
    snapshot = dict(choices)

    def choose(f: Finding) -> Choice:
        return snapshot.get(f.key, Choice.KEEP)

    def transform(entry: Entry) -> Entry:
        return redact_entry(detector, entry, stand_ins, choose)[0]

    return transform


def export_preview_fields(journal: Journal, flt: EntryFilter | None = None) -> list[tuple[str, str]]:
    """Each entry of a Markdown export as its file's text, oldest first:
    what the export preview shows."""
    from .export import entry_to_markdown

    labels = {kind.key: kind.label for kind in journal.entries.kinds()}
    out = []
    for entry_id in reversed(journal.entries.ids(flt or EntryFilter())):
        entry = journal.entries.get(entry_id)
        out.append((f"entry {entry_id}", entry_to_markdown(entry, labels.get(entry.kind))))
    return out
