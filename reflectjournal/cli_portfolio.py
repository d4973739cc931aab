"""``reflectjournal portfolio map``: the evidence map at the command line
(core.evidence). Imported only when a ``portfolio`` command runs.

For a framework and a period, each item with the number of entries, CPD
records and supervision agenda items linked to it and the most recent;
items with none say so; an item no longer in the framework is kept and
marked. ``--by-review-period`` gives the same for each review period of a
first year (its start from ``--start`` or the one kept in the journal).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from reflectjournal.cli import EXIT_NO_ENTRY, EXIT_OK, PROG, UsageError, _date_arg, _say
from reflectjournal.cli_pack import _visible

if TYPE_CHECKING:
    from reflectjournal.cli import Context
    from reflectjournal.core.evidence import MapRow

NOT_IN_FRAMEWORK = "(no longer in this framework)"


def add_portfolio_subcommands(sub: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    commands = sub.add_subparsers(dest="portfolio_command", metavar="SUBCOMMAND")
    item = commands.add_parser(
        "map",
        help="The evidence map: per framework item, the entries and records linked to it.",
        description="The evidence map: per framework item, the entries and records linked to it, and the most recent.",
        parents=[common],
        allow_abbrev=False,
    )
    item.set_defaults(handler=cmd_portfolio_map)
    item.add_argument("--framework", required=True, metavar="ID", help="a framework id, as `framework list` shows it")
    item.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=_date_arg, help="evidence on or after")
    item.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=_date_arg, help="evidence on or before")
    item.add_argument(
        "--by-review-period",
        action="store_true",
        help="one map per review period of the first year (0-3, 3-6, 6-12 months)",
    )
    item.add_argument(
        "--start",
        metavar="YYYY-MM-DD",
        type=_date_arg,
        help="the day the first year began (default: the one kept in the journal)",
    )
    item.add_argument("--json", action="store_true", help="print JSON for scripts")


def needs_subcommand(ctx: Context) -> int:
    raise UsageError(f"Say what to do: `{PROG} portfolio map --framework ID`.")


def _row(row: MapRow) -> dict[str, Any]:
    return {
        "item": row.item,
        "title": row.title,
        "in_framework": row.title is not None,
        "entries": row.entries,
        "records": row.records,
        "agenda_items": row.sessions,
        "latest": row.latest.isoformat() if row.latest else None,
    }


def _lines(rows: list[MapRow]) -> list[str]:
    width = max((len(r.item) for r in rows), default=0)
    out = []
    for r in rows:
        title = r.title if r.title is not None else NOT_IN_FRAMEWORK
        if r.total:
            counts = f"{r.entries} {'entry' if r.entries == 1 else 'entries'}, {r.records} CPD"
            counts += f", {r.sessions} supervision" if r.sessions else ""
            counts += f"; latest {r.latest.isoformat() if r.latest else '-'}"
        else:
            counts = "none yet"
        out.append(f"{r.item:<{width}}  {title}: {counts}")
    return out


def cmd_portfolio_map(ctx: Context) -> int:
    from reflectjournal.core.evidence import evidence_map, evidence_map_by_period
    from reflectjournal.core.frameworks import available_frameworks, framework_by_id
    from reflectjournal.core.reflection_log import first_year_began

    args = ctx.args
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError("--from is after --to; swap them.")
    journal, _ = ctx.open_journal()
    with journal:
        framework = framework_by_id(args.framework, available_frameworks(journal))
        if framework is None:
            known = ", ".join(f.id for f in available_frameworks(journal))
            _say(f'There is no framework with the id "{_visible(args.framework)}".', f"The frameworks are: {known}.")
            return EXIT_NO_ENTRY
        if args.by_review_period:
            start: dt.date | None = args.start or first_year_began(journal)
            if start is None:
                raise UsageError(
                    "Say when your first year began with --start YYYY-MM-DD (or set it in the reflection log)."
                )
            periods = evidence_map_by_period(journal, framework.id, start)
        else:
            rows = evidence_map(journal, framework.id, args.date_from, args.date_to)
    head = {"framework": framework.id, "name": framework.name}
    if args.by_review_period:
        if args.json:
            ctx.out_json(
                {
                    **head,
                    "start": start.isoformat() if start else None,
                    "periods": [
                        {
                            "label": p.label,
                            "from": p.start.isoformat(),
                            "to": p.end.isoformat(),
                            "items": [_row(r) for r in rs],
                        }
                        for p, rs in periods
                    ],
                }
            )
            return EXIT_OK
        ctx.out(f"{framework.name}, by review period from {start.isoformat() if start else ''}:")
        for period, period_rows in periods:
            ctx.out("")
            ctx.out(f"{period.label} ({period.start.isoformat()} to {period.end.isoformat()})")
            for line in _lines(period_rows):
                ctx.out("  " + line)
        return EXIT_OK
    if args.json:
        span = {"from": args.date_from.isoformat() if args.date_from else None}
        span["to"] = args.date_to.isoformat() if args.date_to else None
        ctx.out_json({**head, **span, "items": [_row(r) for r in rows]})
        return EXIT_OK
    ctx.out(framework.name + ":")
    for line in _lines(rows):
        ctx.out(line)
    empty = sum(1 for r in rows if r.title is not None and not r.total)
    ctx.out(f"{empty} of {len(framework.items)} items have no evidence yet.")
    return EXIT_OK
