"""``reflectjournal cpd list|show|add|export``: CPD records for registration
(core.cpd) at the command line. Imported only when a ``cpd`` command runs."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reflectjournal.cli import (
    EXIT_IDENTIFYING_FOUND,
    EXIT_NO_ENTRY,
    EXIT_OK,
    PROG,
    UsageError,
    _add_check_options,
    _clean,
    _date_arg,
    _OutgoingCheck,
    _path_arg,
    _positive_int,
    _require_out,
    _say,
)
from reflectjournal.core.cpd import (
    CPD_TYPE_LABELS,
    FIELD_LABELS,
    PEER_ROLE_LABEL,
    TEXT_FIELDS,
    CpdRecord,
    CpdRecordNotFound,
    CpdStore,
    RegistrationYear,
    registration_year,
    year_status,
)

if TYPE_CHECKING:
    from reflectjournal.cli import Context

_YEAR = re.compile(r"^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$")


def _year_arg(text: str) -> RegistrationYear:
    """ "2025-26" (or "2025-2026"): the year from 1 December 2025."""
    match = _YEAR.match(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a registration year such as 2025-26")
    first, second = int(match.group(1)), match.group(2)
    if int(second) % 100 != (first + 1) % 100:
        raise argparse.ArgumentTypeError(f"{text!r}: a registration year runs from one year into the next")
    return RegistrationYear(first)


def add_cpd_subcommands(sub: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    """``list``, ``show``, ``add`` and ``export`` under ``cpd``."""
    commands = sub.add_subparsers(dest="cpd_command", metavar="SUBCOMMAND")

    def leaf(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        item = commands.add_parser(name, help=help_text, description=help_text, parents=[common], allow_abbrev=False)
        item.set_defaults(handler=handler)
        return item

    def year_options(item: argparse.ArgumentParser) -> None:
        which = item.add_mutually_exclusive_group()
        which.add_argument(
            "--year", type=_year_arg, metavar="YYYY-YY", help="a registration year, e.g. 2025-26 (default: this one)"
        )
        which.add_argument("--last", action="store_true", help="last registration year")

    item = leaf("list", cmd_cpd_list, "List a registration year's CPD records and whether the requirement is met.")
    year_options(item)
    item.add_argument("--json", action="store_true", help="print JSON for scripts")

    item = leaf("show", cmd_cpd_show, "Show one CPD record in full, field by field.")
    item.add_argument("id", type=_positive_int, metavar="ID", help="the record's id, as `cpd list` shows it")
    item.add_argument("--json", action="store_true", help="print JSON for scripts")

    item = leaf("add", cmd_cpd_add, "Add a CPD record to this registration year.")
    item.add_argument("--type", dest="cpd_type", choices=list(CPD_TYPE_LABELS), required=True, help="the type of CPD")
    item.add_argument("--date", type=_date_arg, metavar="YYYY-MM-DD", help="when it took place (default: today)")
    item.add_argument("--until", type=_date_arg, metavar="YYYY-MM-DD", help="its last day, if over several days")
    for key, label, _ in TEXT_FIELDS:
        item.add_argument(f"--{key.replace('_', '-')}", dest=key, metavar="TEXT", default="", help=label.lower())
    item.add_argument("--peer-role", metavar="ROLE", default="", help="who you discussed it with, by role")
    item.add_argument(
        "--entry", type=_positive_int, action="append", default=[], metavar="ID", help="an entry it draws on"
    )
    item.add_argument(
        "--session", type=_positive_int, action="append", default=[], metavar="ID", help="a supervision session"
    )
    item.add_argument("--json", action="store_true", help="print the new record's id as JSON")

    item = leaf(
        "export", cmd_cpd_export, "Export a registration year's CPD records as PDF or Markdown (NOT encrypted)."
    )
    year_options(item)
    item.add_argument("--format", choices=("pdf", "md"), required=True, help="pdf or md (Markdown)")
    item.add_argument("--out", type=_path_arg, metavar="PATH", help="a new file (required unless --check-only)")
    _add_check_options(item)


def needs_subcommand(ctx: Context) -> int:
    raise UsageError(f"Say what to do: `{PROG} cpd list`, `cpd show ID`, `cpd add ...` or `cpd export ...`.")


def _chosen_year(args: argparse.Namespace, today: dt.date) -> RegistrationYear:
    year = registration_year(today)
    if getattr(args, "last", False):
        return year.previous
    return getattr(args, "year", None) or year


def _record_dict(record: CpdRecord, today: dt.date) -> dict[str, Any]:
    return {
        "id": record.id,
        "type": record.cpd_type,
        "type_label": CPD_TYPE_LABELS.get(record.cpd_type, record.cpd_type),
        "date": record.started_on.isoformat(),
        "until": record.ended_on.isoformat() if record.ended_on else None,
        **{key: record.text(key) for key, _, _ in TEXT_FIELDS},
        "peer_role": record.peer_role,
        "with_peer_reflection": record.has_peer_reflection,
        "entries": record.entry_ids,
        "sessions": record.session_ids,
        "registration_year": registration_year(record.last_day).label,
        "read_only": record.last_day < registration_year(today).start,
    }


def _first_words(text: str, most: int = 60) -> str:
    line = _clean(text, one_line=True)
    return line if len(line) <= most else line[: most - 1].rstrip() + "…"


def cmd_cpd_list(ctx: Context) -> int:
    journal, _ = ctx.open_journal()
    with journal:
        store = CpdStore(journal)
        today = store.today()
        year = _chosen_year(ctx.args, today)
        records = store.in_year(year)
    status = year_status(records)
    if ctx.args.json:
        ctx.out_json(
            {
                "year": year.label,
                "from": year.start.isoformat(),
                "to": year.end.isoformat(),
                "records": status.records,
                "with_peer_reflection": status.with_peer,
                "status": status.state,
                "summary": status.summary(),
                "renewal_window": [year.renewal_opens.isoformat(), year.end.isoformat()],
                "items": [_record_dict(r, today) for r in records],
            }
        )
        return EXIT_OK
    ctx.out(f"Registration year {year.label} (1 December {year.first} to 30 November {year.first + 1}).")
    ctx.out(status.summary() + "." + (f" {status.still_needed()}" if not status.met else ""))
    width = max((len(str(r.id)) for r in records), default=1)
    for r in records:
        peer = "  [peer reflection]" if r.has_peer_reflection else ""
        kind = CPD_TYPE_LABELS.get(r.cpd_type, r.cpd_type)
        ctx.out(f"{r.id:>{width}}  {r.started_on.isoformat()}  {kind}: {_first_words(r.description)}{peer}")
    return EXIT_OK


def cmd_cpd_show(ctx: Context) -> int:
    journal, _ = ctx.open_journal()
    with journal:
        store = CpdStore(journal)
        today = store.today()
        try:
            record = store.get(ctx.args.id)
        except CpdRecordNotFound:
            _say(f"There is no CPD record with id {ctx.args.id}.", f"`{PROG} cpd list` shows the ids.")
            return EXIT_NO_ENTRY
    if ctx.args.json:
        ctx.out_json(_record_dict(record, today))
        return EXIT_OK
    kind = CPD_TYPE_LABELS.get(record.cpd_type, record.cpd_type)
    when = record.started_on.isoformat() + (f" to {record.ended_on.isoformat()}" if record.ended_on else "")
    ctx.out(f"CPD record {record.id}: {kind}, {when} (registration year {registration_year(record.last_day).label})")
    if record.peer_role:
        ctx.out(f"{PEER_ROLE_LABEL}: {_clean(record.peer_role, one_line=True)}")
    for key, label, _ in TEXT_FIELDS:
        ctx.out()
        ctx.out(f"## {label}")
        ctx.out(_clean(record.text(key)) or "(not written yet)")
    links = [f"entry {i}" for i in record.entry_ids] + [f"supervision session {i}" for i in record.session_ids]
    if links:
        ctx.out()
        ctx.out("Draws on: " + ", ".join(links))
    return EXIT_OK


def cmd_cpd_add(ctx: Context) -> int:
    args = ctx.args
    journal, _ = ctx.open_journal()
    with journal:
        store = CpdStore(journal)
        record = CpdRecord(
            cpd_type=args.cpd_type,
            started_on=args.date or store.today(),
            ended_on=args.until,
            peer_role=args.peer_role,
            entry_ids=list(args.entry),
            session_ids=list(args.session),
            **{key: getattr(args, key) for key in FIELD_LABELS},
        )
        saved = store.save(record)
        status = store.status(registration_year(store.today()))
    if args.json:
        ctx.out_json({"id": saved.id, "uid": saved.uid})
    else:
        ctx.out(f"Added CPD record {saved.id}. This year: {status.summary()}.")
    return EXIT_OK


def cmd_cpd_export(ctx: Context) -> int:
    from reflectjournal.core.cpd_export import build_export, cpd_fields, redact_cpd_export
    from reflectjournal.core.supervision_export import NOT_ENCRYPTED_WARNING

    args = ctx.args
    out = _require_out(args)
    if out is not None:
        if out.exists() or out.is_symlink():
            raise UsageError(f"There is already a file at {out}; export never overwrites. Choose a new name.")
        if not out.parent.is_dir():
            raise UsageError(f"The folder {out.parent} does not exist.")
    journal, _ = ctx.open_journal()
    with journal:
        store = CpdStore(journal)
        today = store.today()
        export = build_export(journal, _chosen_year(args, today), today)
        check = _OutgoingCheck(journal, redact=args.redact)
        if out is None:
            check.findings = check.detector.check_fields(cpd_fields(export))
        else:
            from reflectjournal.core.identifying import Choice, cli_choice

            export, check.findings = redact_cpd_export(
                check.detector, export, cli_choice if args.redact else (lambda _f: Choice.KEEP), check.stand_ins
            )
    check.report()
    if out is None:
        return EXIT_IDENTIFYING_FOUND if check.findings else EXIT_OK
    if args.format == "md":
        from reflectjournal.core.cpd_export import write_markdown

        write_markdown(export, Path(out))
    else:
        from reflectjournal.pdf import write_pdf

        write_pdf(Path(out), export.to_html(), title=export.title, generated=today, footer=export.footer)
    _say(f"Wrote {out}.", f"Warning: {NOT_ENCRYPTED_WARNING}")
    return EXIT_OK
