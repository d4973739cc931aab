"""``reflectjournal framework list|show|validate``: professional frameworks
(core.frameworks) at the command line. Imported only when a ``framework``
command runs.

``list`` and ``show`` need no journal for the built-in frameworks; with
``--installed`` they unlock the journal (asking for its passphrase, as every
command does) to add the frameworks carried by the packs installed in it.
``validate`` checks framework files the way ``pack validate`` checks packs:
every problem with its field on standard error, exit 4 if any.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reflectjournal.cli import EXIT_DAMAGED, EXIT_NO_ENTRY, EXIT_OK, EXIT_WRITE_FAILED, PROG, UsageError, _say
from reflectjournal.cli_pack import _indent, _visible

if TYPE_CHECKING:
    from reflectjournal.cli import Context
    from reflectjournal.core.frameworks import Framework


def add_framework_subcommands(sub: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    """``list``, ``show`` and ``validate`` under ``framework``."""
    commands = sub.add_subparsers(dest="framework_command", metavar="SUBCOMMAND")

    def leaf(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        item = commands.add_parser(name, help=help_text, description=help_text, parents=[common], allow_abbrev=False)
        item.set_defaults(handler=handler)
        return item

    def installed_option(item: argparse.ArgumentParser) -> None:
        item.add_argument(
            "--installed",
            action="store_true",
            help="also the frameworks carried by the packs installed in your journal (asks for its passphrase)",
        )

    item = leaf("list", cmd_framework_list, "List the professional frameworks: id, name, publisher, year, items.")
    installed_option(item)
    item.add_argument("--json", action="store_true", help="print JSON for scripts")

    item = leaf("show", cmd_framework_show, "Show one framework: its items with their titles, its source and licence.")
    item.add_argument("id", metavar="ID", help="the framework's id, as `framework list` shows it, such as swe-ps")
    installed_option(item)
    item.add_argument("--json", action="store_true", help="print JSON for scripts")

    item = leaf(
        "validate",
        cmd_framework_validate,
        "Check framework files; list every problem with its field (exit 4 if any). No journal needed.",
    )
    item.add_argument("files", nargs="+", metavar="FILE", help="a framework file (JSON)")


def needs_subcommand(ctx: Context) -> int:
    raise UsageError(f"Say what to do: `{PROG} framework list`, `framework show ID` or `framework validate FILE`.")


def _frameworks(ctx: Context) -> tuple[Framework, ...]:
    from reflectjournal.core.frameworks import available_frameworks

    if not ctx.args.installed:
        return available_frameworks()
    journal, _ = ctx.open_journal()
    with journal:
        return available_frameworks(journal)


def _where(framework: Framework) -> str:
    return "built in" if framework.is_builtin else f"from the pack {framework.pack_id}"


def _summary(framework: Framework) -> dict[str, Any]:
    return {
        "id": framework.id,
        "version": framework.version,
        "name": framework.name,
        "publisher": framework.publisher,
        "year": framework.year,
        "licence": framework.licence,
        "source": {"citation": framework.source.citation, "url": framework.source.url},
        "builtin": framework.is_builtin,
        "pack": framework.pack_id or None,
        "items": len(framework.items),
    }


def cmd_framework_list(ctx: Context) -> int:
    frameworks = _frameworks(ctx)
    if ctx.args.json:
        ctx.out_json([_summary(f) for f in frameworks])
        return EXIT_OK
    width = max((len(f.id) for f in frameworks), default=0)
    for framework in frameworks:
        count = len(framework.items)
        ctx.out(
            f"{framework.id:<{width}}  {_visible(framework.name)} ({_visible(framework.publisher)}, {framework.year}); "
            f"{count} item{'s' if count != 1 else ''}, {_visible(_where(framework))}"
        )
    if not ctx.args.installed:
        ctx.out(f"(Frameworks carried by your packs: `{PROG} framework list --installed`.)")
    return EXIT_OK


def cmd_framework_show(ctx: Context) -> int:
    from reflectjournal.core.frameworks import framework_by_id

    frameworks = _frameworks(ctx)
    framework = framework_by_id(ctx.args.id, frameworks)
    if framework is None:
        more = "" if ctx.args.installed else " (add --installed for those carried by your packs)"
        _say(
            f'There is no framework with the id "{_visible(ctx.args.id)}".',
            f"`{PROG} framework list` shows the ids{more}.",
        )
        return EXIT_NO_ENTRY
    if ctx.args.json:
        value = _summary(framework)
        value.update(
            attribution=framework.attribution,
            notes=framework.notes,
            items=[
                {"id": f"{framework.id}:{i.id}", "title": i.title, "description": i.description, "level": i.level}
                for i in framework.items
            ],
        )
        ctx.out_json(value)
        return EXIT_OK
    v = _visible
    lines = [
        v(framework.name),
        f"  id:        {v(framework.id)} (version {v(framework.version)}, {v(_where(framework))})",
        f"  publisher: {v(framework.publisher)}, {framework.year}",
        f"  licence:   {v(framework.licence)}",
        f"  source:    {v(framework.source.citation)}",
        f"             {v(framework.source.url)}",
    ]
    if framework.attribution:
        lines += ["  attribution:", _indent(framework.attribution, "    ")]
    if framework.notes:
        lines += ["  notes:", _indent(framework.notes, "    ")]
    lines += ["", f"Items ({len(framework.items)}), each linked as {v(framework.id)}:<item>:"]
    width = max(len(item.id) for item in framework.items)
    for item in framework.items:
        level = f"  [{v(item.level)}]" if item.level else ""
        lines.append(f"  {v(framework.id)}:{v(item.id):<{width}}  {v(item.title)}{level}")
        if item.description:
            lines.append(_indent(item.description, "      "))
    ctx.out("\n".join(lines))
    return EXIT_OK


def cmd_framework_validate(ctx: Context) -> int:
    """Exit 0 when every file is a valid framework; otherwise list every
    problem with its field (exit 4). A file that takes a built-in framework's
    id is reported (by the reader), unless it is the built-in file unchanged."""
    from reflectjournal.core.errors import FrameworkInvalid
    from reflectjournal.core.frameworks import builtin_frameworks, read_framework_file

    worst = EXIT_OK
    builtin = {f.id: f for f in builtin_frameworks()}
    for path_text in ctx.args.files:
        shown = _visible(str(path_text))
        try:
            framework = read_framework_file(Path(path_text), name=shown)
        except FrameworkInvalid as exc:
            count = len(exc.problems)
            _say(f"{shown} is not a valid framework file ({count} problem{'s' if count != 1 else ''}):")
            for problem in exc.problems:
                print(f"{shown}: {_visible(str(problem))}", file=sys.stderr)
            worst = max(worst, EXIT_DAMAGED)
            continue
        except FileNotFoundError:
            _say(f"{shown}: there is no such file.")
            worst = max(worst, EXIT_WRITE_FAILED)
            continue
        except OSError as exc:
            _say(f"{shown} could not be read: {exc.strerror or 'the system gave no reason'}.")
            worst = max(worst, EXIT_WRITE_FAILED)
            continue
        count = len(framework.items)
        built_in = " (built in: it comes with reflectjournal)" if builtin.get(framework.id) == framework else ""
        ctx.out(
            f"{shown}: valid framework {_visible(framework.id)} {_visible(framework.version)}, "
            f"{count} item{'s' if count != 1 else ''}{built_in}"
        )
    return worst
