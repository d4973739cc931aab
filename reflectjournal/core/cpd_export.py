"""A registration year's CPD records as they leave the journal.

:func:`build_export` decides exactly which text goes out, as one
:class:`CpdExport`; the Markdown file, the HTML laid out for the PDF
(reflectjournal/pdf.py) and the preview the app shows before writing are
all made from that one value, like the supervision record's
(core.supervision_export). The records the year holds are written in full;
the entries and sessions a record draws on are named by date only (their
titles may name people, and their text stays in the journal).

:func:`redact_cpd_export` and :func:`cpd_fields` are the identifying-
information check's way in (as core.outgoing for the other exports).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import fsutil
from .cpd import CPD_TYPE_LABELS, PEER_ROLE_LABEL, TEXT_FIELDS, CpdRecord, CpdStore, RegistrationYear, year_status
from .supervision_export import NOT_ENCRYPTED_FOOTER
from .supervision_export import as_written as _as_written
from .supervision_export import long_date as _long
from .supervision_export import notes_html as _notes_html
from .supervision_export import one_line as _one_line

if TYPE_CHECKING:
    from .identifying import Choice, Detector, Finding, StandIns
    from .vault import Journal

TITLE = "CPD records for registration"
_SPACER = '<p style="font-size: 6pt;">&nbsp;</p>'
NOTHING_WRITTEN = "Not written yet."


@dataclass(frozen=True)
class RecordExport:
    heading: str
    header: list[tuple[str, str]]  # (label, one-line value)
    sections: list[tuple[str, str]]  # (field label, text as written)


@dataclass
class CpdExport:
    title: str
    fields: list[tuple[str, str]]
    records: list[RecordExport]
    footer: str = NOT_ENCRYPTED_FOOTER

    def to_markdown(self) -> str:
        out = [f"# {self.title}", ""]
        out += [f"- **{label}:** {_one_line(value)}" for label, value in self.fields]
        out.append("")
        if not self.records:
            out += ["No CPD records in this registration year.", ""]
        for record in self.records:
            out += [f"## {_one_line(record.heading)}", ""]
            out += [f"- **{label}:** {_one_line(value)}" for label, value in record.header]
            out.append("")
            for label, text in record.sections:
                out += [f"### {label}", "", _as_written(text) if text.strip() else f"_{NOTHING_WRITTEN}_", ""]
        out += ["---", "", self.footer]
        return "\n".join(out).rstrip() + "\n"

    def to_html(self) -> str:
        """HTML for pdf.py's layout; every piece of journal text is escaped."""
        e = html.escape
        out = [f"<h1>{e(self.title)}</h1>", '<table class="fields" cellpadding="2">']
        for label, value in self.fields:
            out.append(f'<tr><td class="label"><b>{e(label)}</b></td><td>{e(_one_line(value))}</td></tr>')
        out.append("</table>")
        if not self.records:
            out.append("<p>No CPD records in this registration year.</p>")
        for record in self.records:
            out.append(_SPACER)
            out.append(f"<h2>{e(_one_line(record.heading))}</h2>")
            out.append('<table class="fields" cellpadding="2">')
            for label, value in record.header:
                out.append(f'<tr><td class="label"><b>{e(label)}</b></td><td>{e(_one_line(value))}</td></tr>')
            out.append("</table>")
            for label, text in record.sections:
                out.append(f"<h3>{e(label)}</h3>")
                out.append(_notes_html(text) if text.strip() else f"<p><i>{e(NOTHING_WRITTEN)}</i></p>")
        return "\n".join(out) + "\n"


def date_text(record: CpdRecord) -> str:
    if record.ended_on and record.ended_on != record.started_on:
        return f"{_long(record.started_on)} to {_long(record.ended_on)}"
    return _long(record.started_on)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def record_export(journal: Journal, record: CpdRecord, number: int) -> RecordExport:
    kind = CPD_TYPE_LABELS.get(record.cpd_type, record.cpd_type)
    header = [("Type of CPD", kind), ("Date", date_text(record))]
    if record.peer_role.strip():
        header.append((PEER_ROLE_LABEL, record.peer_role))
    draws = []
    if record.entry_ids:
        days = sorted(s.happened_on for s in journal.entries.summaries(record.entry_ids))
        draws.append(_plural(len(days), "reflection", "reflections") + " (" + ", ".join(_long(d) for d in days) + ")")
    if record.session_ids:
        held = sorted(journal.supervision.get(i).held_on for i in record.session_ids)
        draws.append("supervision on " + ", ".join(_long(d) for d in held))
    if draws:
        header.append(("Draws on", "; ".join(draws)))
    sections = [(label, record.text(key)) for key, label, _ in TEXT_FIELDS]
    return RecordExport(f"Record {number}: {date_text(record)}", header, sections)


def build_export(journal: Journal, year: RegistrationYear, today: dt.date | None = None) -> CpdExport:
    store = CpdStore(journal)
    today = today or store.today()
    records = store.in_year(year)
    status = year_status(records)
    fields = [
        ("Registration year", f"{_long(year.start)} to {_long(year.end)}"),
        ("Status", status.summary()),
        ("Renewal window", f"{_long(year.renewal_opens)} to {_long(year.end)}"),
        ("Made", _long(today)),
    ]
    return CpdExport(TITLE, fields, [record_export(journal, r, n) for n, r in enumerate(records, 1)])


def write_markdown(export: CpdExport, path: Path) -> Path:
    """Write the records as Markdown, 0600, atomically."""
    fsutil.write_private_text(Path(path), export.to_markdown())
    return Path(path)


def suggested_name(year: RegistrationYear, fmt: str) -> str:
    """A file name with the year only: never a person's name."""
    return f"cpd-{year.start.year}-{year.end.year}.{'pdf' if fmt == 'pdf' else 'md'}"


# -- the identifying-information check ------------------------------------------------


def _map(export: CpdExport, fn: Callable[[str, str], str]) -> CpdExport:
    """A copy with every text it writes passed through ``fn(text, field)``."""
    records = [
        RecordExport(
            heading=record.heading,
            header=[(label, fn(value, f"record {n} {label}")) for label, value in record.header],
            sections=[(label, fn(text, f"record {n} {label}")) for label, text in record.sections],
        )
        for n, record in enumerate(export.records, 1)
    ]
    return dataclasses.replace(export, records=records)


def cpd_fields(export: CpdExport) -> list[tuple[str, str]]:
    """The export's journal text, as (field, text) pairs, for the check."""
    fields: list[tuple[str, str]] = []

    def collect(text: str, where: str) -> str:
        if text:
            fields.append((where, text))
        return text

    _map(export, collect)
    return fields


def redact_cpd_export(
    detector: Detector,
    export: CpdExport,
    choose: Callable[[Finding], Choice] | None = None,
    stand_ins: StandIns | None = None,
) -> tuple[CpdExport, list[Finding]]:
    """The outgoing copy with the check's choices applied, and what it found."""
    from .identifying import StandIns, cli_choice, redact

    stand_ins = stand_ins or StandIns()
    chooser = choose or cli_choice
    found: list[Finding] = []

    def clean(text: str, where: str) -> str:
        findings = detector.check(text, where)
        found.extend(findings)
        return redact(text, findings, default=chooser, stand_ins=stand_ins)

    return _map(export, clean), found
