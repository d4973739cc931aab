"""``reflectjournal stats``: the Looking back figures at the command line
(core.looking_back), for those who want them elsewhere. Imported only when
the command runs."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from reflectjournal.cli import EXIT_OK, UsageError, _clean, _kind_labels
from reflectjournal.core import looking_back as lb

if TYPE_CHECKING:
    from reflectjournal.cli import Context


def _average(value: float | None) -> str:
    return "none" if value is None else f"{value:.1f}"


def figures(view: lb.LookingBack, labels: dict[str, str]) -> dict[str, Any]:
    """The figures as JSON-ready data: kinds by their names, dates ISO."""
    by_kind: dict[str, int] = {}
    for week in view.weeks:
        for kind, count in week.counts.items():
            by_kind[kind] = by_kind.get(kind, 0) + count
    return {
        "from": view.start.isoformat(),
        "to": view.end.isoformat(),
        "entries": view.entries,
        "days_reflected": len(view.days),
        "check_ins": len(view.check_ins),
        "average": None if view.average is None else round(view.average, 2),
        "previous_average": None if view.previous_average is None else round(view.previous_average, 2),
        "by_kind": {labels.get(kind, kind): by_kind[kind] for kind in view.kinds()},
        "weeks": [
            {
                "monday": week.monday.isoformat(),
                "total": week.total,
                "by_kind": {
                    labels.get(k, k): n for k, n in sorted(week.counts.items(), key=lambda kv: (-kv[1], kv[0]))
                },
            }
            for week in view.weeks
        ],
    }


def cmd_stats(ctx: Context) -> int:
    args = ctx.args
    end: dt.date = args.date_to or dt.date.today()
    start: dt.date = args.date_from or lb.period_start("4w", end)
    if end < start:
        raise UsageError("--from must be on or before --to.")
    journal, _ = ctx.open_journal()
    with journal:
        view = lb.look_back(journal, start, end)
        labels = _kind_labels(journal)
    data = figures(view, labels)
    if args.json:
        ctx.out_json(data)
        return EXIT_OK
    ctx.out(f"From {data['from']} to {data['to']}")
    ctx.out(f"Entries: {data['entries']}, on {data['days_reflected']} different days")
    ctx.out(
        f"Check-ins: {data['check_ins']}, average {_average(view.average)} (1 struggling to 5 well); "
        f"the same length of time before: {_average(view.previous_average)}"
    )
    if data["by_kind"]:
        ctx.out("By kind: " + ", ".join(f"{_clean(k, one_line=True)} {n}" for k, n in data["by_kind"].items()))
    ctx.out("Week beginning")
    for week in data["weeks"]:
        kinds = ", ".join(f"{_clean(k, one_line=True)} {n}" for k, n in week["by_kind"].items())
        ctx.out(f"  {week['monday']}  {week['total']:>4}" + (f"  ({kinds})" if kinds else ""))
    return EXIT_OK
