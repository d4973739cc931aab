"""The command line: ``reflectjournal SUBCOMMAND [--journal PATH]``.

This module never imports Qt, and imports the rest of the core only when a
command runs, so ``reflectjournal --help`` and every command start fast.

The passphrase is never an argument or an environment variable (both leak
into shell history and ``ps``): it is asked at a hidden prompt, or read as
the first line of standard input with ``--passphrase-stdin``.

Messages go to standard error, say what to do next and never contain entry
text. No expected failure prints a Python traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from reflectjournal import __version__
from reflectjournal.core import errors

TYPE_CHECKING = False  # not typing's: importing typing costs ~3 ms at every start (issue 19); mypy reads the name
if TYPE_CHECKING:
    from typing import Any, TextIO

    from reflectjournal.core.models import Entry, EntryFilter, EntrySummary
    from reflectjournal.core.vault import Journal

PROG = "reflectjournal"

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_WRONG_PASSPHRASE = 3
EXIT_DAMAGED = 4
EXIT_IN_USE = 5
EXIT_TOO_NEW = 6
EXIT_NOT_FOUND = 7
EXIT_NO_ENTRY = 8
EXIT_WRITE_FAILED = 9
EXIT_VERIFY_FAILED = 10
EXIT_IMPORT_INCOMPLETE = 11
# 11 was already taken by `import`; issue 14 asked for 11 for --check-only.
EXIT_IDENTIFYING_FOUND = 12
EXIT_PACK_UNSIGNED = 13
EXIT_INTERRUPTED = 130

# The README copies this table.
EXIT_CODES: tuple[tuple[int, str], ...] = (
    (EXIT_OK, "success"),
    (EXIT_UNEXPECTED, "unexpected error (a bug: please report the one-line message)"),
    (
        EXIT_USAGE,
        "usage error: a bad option or value, no passphrase given, passphrases that do not match,\n"
        "       a new passphrase that is too weak, a passphrase that is not UTF-8,\n"
        "       `init` over an existing file, an export folder that is not empty, a journal with\n"
        "       more than one name (hard link), or a lock file that is a link or a special file",
    ),
    (EXIT_WRONG_PASSPHRASE, "wrong passphrase"),
    (
        EXIT_DAMAGED,
        "the file is damaged or is not a journal (or not a regular file at all); for `import`:\n"
        "       the source was refused, nothing imported; for `pack validate` and\n"
        "       `framework validate`: a file is not valid (every problem listed)",
    ),
    (EXIT_IN_USE, "the journal is already open in another window or command"),
    (EXIT_TOO_NEW, "the journal was written by a newer version of reflectjournal"),
    (EXIT_NOT_FOUND, "there is no journal at that path (create one with `reflectjournal init`)"),
    (EXIT_NO_ENTRY, "no entry (or supervision session, CPD record or framework) with that id"),
    (EXIT_WRITE_FAILED, "the disk is full, or a file could not be written or read; nothing was changed"),
    (
        EXIT_VERIFY_FAILED,
        "`verify` found problems; `pack verify`: the signature does not match the pack or cannot be\n"
        "       checked (the pack was changed after it was signed, or the signature is damaged)",
    ),
    (
        EXIT_IMPORT_INCOMPLETE,
        "`import`: some items could not be read and were left out (listed); everything else was\n"
        "       imported (with --dry-run: would be)",
    ),
    (
        EXIT_IDENTIFYING_FOUND,
        "`export --check-only`, `supervision export --check-only` or `cpd export --check-only`: the\n"
        "       identifying-information check found something (listed); nothing was written",
    ),
    (EXIT_PACK_UNSIGNED, "`pack verify`: the pack is not signed"),
    (EXIT_INTERRUPTED, "interrupted (Ctrl-C)"),
)


class UsageError(Exception):
    """A mistake in how the command was called; exit code 2."""


def _say(*lines: str) -> None:
    """Write a message to standard error (never entry text); the first line
    names the program, the rest are its advice."""
    for number, line in enumerate(lines):
        print(f"{PROG}: {line}" if number == 0 else line, file=sys.stderr)


# -- passphrases --------------------------------------------------------------


_NOT_UTF8_STDIN = (
    "The passphrase on standard input is not valid UTF-8 text, so it was not used and nothing was changed.\n"
    "Give it as UTF-8 (the encoding the app uses), for example with printf '%s\\n' \"$PASS\" in a UTF-8 locale."
)
_NOT_UTF8_PROMPT = (
    "What was typed at the passphrase prompt is not valid UTF-8 text, so it was not used and nothing was changed.\n"
    "Set your terminal to UTF-8 (the encoding the app uses) and try again."
)


def _is_utf8(text: str) -> bool:
    """False when ``text`` holds bytes that were not UTF-8 (decoded with
    surrogateescape, as standard input is) or is otherwise unencodable."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class PassphraseSource:
    """Hidden prompts on a terminal, or lines of standard input.

    With ``--passphrase-stdin`` the lines are: the passphrase (``init``:
    the new one; ``change-passphrase``: the current one, then the new one),
    and, after a new passphrase, optionally the same again as a
    confirmation, which must match.
    """

    def __init__(self, from_stdin: bool, stdin: TextIO, getpass: Callable[[str], str] | None = None):
        self.from_stdin = from_stdin
        self.stdin = stdin
        self._getpass = getpass
        self._lines_read = 0

    def _read_line(self) -> str | None:
        """The next line of standard input without its line end; None at the end."""
        try:
            line = self.stdin.readline()
        except UnicodeDecodeError:
            raise UsageError(_NOT_UTF8_STDIN) from None
        if not line:
            return None
        self._lines_read += 1
        line = line.rstrip("\r\n")
        if not _is_utf8(line):
            raise UsageError(_NOT_UTF8_STDIN)
        return line

    def ask(self, prompt: str) -> str:
        if self.from_stdin:
            line = self._read_line()
            if line is None:
                raise UsageError(
                    "No passphrase on standard input: with --passphrase-stdin its first line must be the passphrase."
                )
            return line
        if not self.stdin.isatty():
            raise UsageError(
                "There is no terminal to ask for the passphrase. "
                "Give it as the first line of standard input with --passphrase-stdin."
            )
        getpass = self._getpass
        if getpass is None:
            from getpass import getpass
        try:
            answer = getpass(prompt)
        except EOFError:
            raise UsageError("No passphrase was entered.") from None
        except UnicodeDecodeError:
            print(file=sys.stderr)  # getpass stopped before the end of the line
            raise UsageError(_NOT_UTF8_PROMPT) from None
        if not _is_utf8(answer):
            raise UsageError(_NOT_UTF8_PROMPT)
        return answer

    def ask_new(self) -> str:
        """A new passphrase, held to the app's rule (core.passphrase_policy).

        At a terminal it is asked twice. On standard input a confirmation
        line after it is optional; when there is one, it must match."""
        from reflectjournal.core.passphrase_policy import HINT, weakness

        first = self.ask("New passphrase: ")
        if not first.strip():
            raise UsageError("The passphrase must not be empty.")
        weak = weakness(first)
        if weak is not None:
            raise UsageError(f"The new passphrase is too weak, so nothing was changed.\n{weak}\n{HINT}")
        if self.from_stdin:
            line_number = self._lines_read + 1
            again = self._read_line()
            if again is not None and again != first:
                raise UsageError(
                    f"Line {line_number} of standard input does not repeat the new passphrase on line "
                    f"{line_number - 1}, so nothing was changed.\n"
                    "Give the new passphrase once, or twice the same (the second time to confirm it)."
                )
        elif self.ask("Type the new passphrase again: ") != first:
            raise UsageError("The two passphrases you typed did not match, so nothing was saved. Try again.")
        return first


# -- argument types -------------------------------------------------------------


def _date_arg(text: str) -> dt.date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("use a date written YYYY-MM-DD, for example 2024-03-18") from None


def _time_arg(text: str) -> dt.time:
    try:
        if not re.fullmatch(r"\d{1,2}:\d{2}", text):
            raise ValueError
        hours, minutes = (int(part) for part in text.split(":"))
        return dt.time(hours, minutes)
    except ValueError:
        raise argparse.ArgumentTypeError("use a time written HH:MM (24-hour), for example 14:30") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError("use a whole number of 1 or more")
    return value


# The most --limit may ask for: beyond these a list is better as an export,
# and SQLite refuses a statement with too many values (about 250,000).
LIST_MAX_LIMIT = 100_000
SEARCH_MAX_LIMIT = 10_000


def _limit_arg(maximum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if not 1 <= value <= maximum:
            raise argparse.ArgumentTypeError(f"use a whole number from 1 to {maximum}")
        return value

    return parse


def _score_arg(text: str) -> int:
    if text not in {"1", "2", "3", "4", "5"}:
        raise argparse.ArgumentTypeError("use a whole number from 1 (struggling) to 5 (well)")
    return int(text)


def _path_arg(text: str) -> Path:
    return Path(text).expanduser()


# -- the parser ---------------------------------------------------------------------


def _exit_code_epilog() -> str:
    rows = "\n".join(f"  {code:>3}  {meaning}" for code, meaning in EXIT_CODES)
    return (
        "With no command, the desktop app starts. `reflectjournal --self-test` checks that Qt, fonts,\n"
        "SQLCipher, PDF output and the single-instance lock work here.\n\n"
        "The passphrase is asked at a hidden prompt; for scripts, --passphrase-stdin reads it from the\n"
        "first line of standard input. It is never taken as an argument or from the environment.\n"
        "A new passphrase (init, change-passphrase) must be as strong as the app asks: zxcvbn's score 3\n"
        "of 4 or more, about four unrelated words. At a prompt it is asked twice; on standard input a\n"
        "line repeating it may follow, and is checked when it does.\n\n"
        f"Exit codes:\n{rows}"
    )


_IMPORT_HELP = f"""\
Import entries from jrnl, Day One or a folder of Markdown files.

Everything is read and checked before the journal is touched; the entries are
then added in one step, so an import that fails part-way changes nothing.

- A source that cannot be read as a whole (damaged, not the --format given, or
  over a limit, such as a zip whose text would unpack to more than 512 MiB) is
  refused: nothing is imported (exit {EXIT_DAMAGED}).
- An item that cannot be read (an entry whose date is not understood, a file
  that cannot be read or is a link) is left out and listed under "Could not
  import" with its reason. Every other entry is imported, and the exit code is
  {EXIT_IMPORT_INCOMPLETE}. Fix those items in the source and import again: entries already in the
  journal are skipped, so nothing comes in twice.
- Entries already in the journal, and files that hold no entry (pictures,
  hidden app folders, reflectjournal's own entries.json), are listed under
  "Skipped"; they do not change the exit code.
- What an imported entry loses on the way (a video, a starred flag, a front-
  matter key with no place here) is listed under "Imported, but without", and
  every change made on the way (a Day One title from the first line, a photo
  made an encrypted attachment, wikilinks turned into titles, a date taken
  from a file name) under "Changed on the way": each reason once, how many
  times it applies, and up to three places as examples.
- Day One's location, weather, music and activity are kept as a short
  "Imported details" line at the end of each entry; --details drop leaves
  them out.

With --dry-run the source is read and checked the same way, the same lists are
printed and the exit code is the same, but nothing is changed."""


class _NotThisCommand:
    """Stands in for the parser of every command but the one being run, so
    that ``search`` does not pay for building ``import``'s help (argparse
    makes a formatter for each argument added). Every call is absorbed."""

    def __getattr__(self, name: str) -> Callable[..., _NotThisCommand]:
        return self._absorb

    def _absorb(self, *args: Any, **kwargs: Any) -> _NotThisCommand:
        return self


def _terminal_columns() -> int:
    """shutil.get_terminal_size's answer without importing shutil, which
    brings its archive modules (~3 ms at every start; issue 19)."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, told the width so that it does not import shutil
    to ask (argparse makes one for every argument added)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, _terminal_columns() - 2 if width is None else width)


class _RawDescriptionHelpFormatter(_HelpFormatter, argparse.RawDescriptionHelpFormatter):
    """The top-level help keeps its description's and epilog's lines."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help is made by :class:`_HelpFormatter`; its
    subcommands' parsers are of this class too."""

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


def command_in(argv: Sequence[str]) -> str | None:
    """The command ``argv`` runs (``search`` in ``--journal j search x``),
    or None when there is none or help or the version is asked for first."""
    args = iter(argv)
    for arg in args:
        if arg in ("-h", "--help", "--version") or arg == "--":
            return None
        if arg == "--journal":
            next(args, None)
        elif not arg.startswith("-"):
            return arg
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; or, given ``only``, a parser that knows that
    command alone (the others are left out), which parses its arguments
    exactly as the whole one would. An unknown ``only`` gets the whole parser."""

    # The global options are accepted before or after the command. In the
    # subparsers their default is SUPPRESS so they never undo a value
    # given before the command.
    def add_globals(parser: argparse.ArgumentParser, default: Any) -> None:
        parser.add_argument(
            "--journal",
            metavar="PATH",
            type=_path_arg,
            default=default,
            help="the journal file (default: journal.rjournal in your data folder)",
        )
        parser.add_argument(
            "--passphrase-stdin",
            action="store_true",
            default=default if default is argparse.SUPPRESS else False,
            help="read the passphrase from the first line of standard input (init: the new one on line 1 and, "
            "to confirm it, optionally the same again on line 2; change-passphrase: the current one on line 1, "
            "the new one on line 2 and optionally the same again on line 3; add: the body follows the "
            "passphrase line). Lines end at a newline; the text must be UTF-8",
        )

    parser = _Parser(
        prog=PROG,
        description="An encrypted, private reflective journal for social workers.",
        epilog=_exit_code_epilog(),
        formatter_class=_RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_globals(parser, None)
    common = _Parser(add_help=False, allow_abbrev=False)
    add_globals(common, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    names = ["pack"]
    if only in (None, "pack"):
        from reflectjournal.cli_pack import add_pack_commands

        add_pack_commands(commands)

    def command(name: str, handler: Callable[..., int], help_text: str) -> argparse.ArgumentParser:
        names.append(name)
        if only is not None and name != only:
            return _NotThisCommand()  # type: ignore[return-value]  # absorbs every call a parser gets
        sub = commands.add_parser(name, help=help_text, description=help_text, parents=[common], allow_abbrev=False)
        sub.set_defaults(handler=handler)
        return sub

    def add_filters(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--tag", help="only entries with this tag")
        sub.add_argument("--kind", help="only entries of this kind (its name or key, any case)")
        sub.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=_date_arg, help="on or after this date")
        sub.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=_date_arg, help="on or before this date")

    command("init", cmd_init, "Create a new, empty, encrypted journal.")

    sub = command("add", cmd_add, "Add an entry; the body comes from --body-file or standard input.")
    sub.add_argument("--title", default="", help="the entry's title")
    sub.add_argument(
        "--kind",
        help="home visit, core group, strategy discussion, child in need meeting, supervision ... (name or key, any case; default: other)",
    )
    sub.add_argument("--tag", action="append", default=[], help="a tag; repeat for more")
    sub.add_argument("--date", type=_date_arg, metavar="YYYY-MM-DD", help="when it happened (default: today)")
    sub.add_argument("--time", type=_time_arg, metavar="HH:MM", help="the time it happened, if you want one")
    sub.add_argument(
        "--child-in-mind", metavar="TEXT", default="", help="keeping the child in mind: their day, their voice"
    )
    sub.add_argument("--wellbeing", type=_score_arg, metavar="1-5", help="how you are: 1 (struggling) to 5 (well)")
    sub.add_argument("--wellbeing-words", metavar="TEXT", default="", help="a few words on how you are")
    sub.add_argument("--body-file", type=_path_arg, metavar="FILE", help="read the body (Markdown) from this file")
    sub.add_argument("--json", action="store_true", help="print the new entry's id and uid as JSON")

    sub = command("list", cmd_list, "List entries, newest first.")
    add_filters(sub)
    sub.add_argument("--trash", action="store_true", help="list the trash instead")
    sub.add_argument(
        "--limit",
        type=_limit_arg(LIST_MAX_LIMIT),
        default=50,
        metavar="N",
        help=f"at most this many, from 1 to {LIST_MAX_LIMIT} (default: 50)",
    )
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    sub = command("show", cmd_show, "Show one entry in full.")
    sub.add_argument("id", type=_positive_int, metavar="ID", help="the entry's id, as `list` shows it")
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    sub = command(
        "search",
        cmd_search,
        'Search titles, bodies, tags and child-in-mind text: words, "a phrase", prefix*, -without, a OR b.',
    )
    sub.add_argument(
        "query", nargs="+", metavar="QUERY", help="what to look for (put -- before a query starting with -)"
    )
    add_filters(sub)
    sub.add_argument(
        "--limit",
        type=_limit_arg(SEARCH_MAX_LIMIT),
        default=20,
        metavar="N",
        help=f"at most this many results, from 1 to {SEARCH_MAX_LIMIT} (default: 20)",
    )
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    sub = command(
        "export",
        cmd_export,
        "Export entries (NOT encrypted): a folder of Markdown files and entries.json, "
        "or one printable HTML or PDF file.",
    )
    sub.add_argument(
        "--out",
        type=_path_arg,
        metavar="PATH",
        help="markdown: a new or empty folder; html, pdf: a new file (required unless --check-only)",
    )
    sub.add_argument(
        "--format",
        choices=("markdown", "html", "pdf"),
        default="markdown",
        help="markdown (default: one file per entry, which `import --format markdown` reads back), "
        "or html or pdf (one printable document, oldest first; use --from and --to for a date range)",
    )
    add_filters(sub)
    sub.add_argument("--trash", action="store_true", help="export the trash instead")
    _add_check_options(sub)

    sub = command(
        "import",
        cmd_import,
        "Import entries from jrnl, Day One or a folder of Markdown files; what cannot come across is listed.",
    )
    sub.formatter_class = argparse.RawDescriptionHelpFormatter
    sub.description = _IMPORT_HELP
    sub.add_argument(
        "source",
        type=_path_arg,
        metavar="SOURCE",
        help="jrnl: the .json file from `jrnl --export json` (or the .md from `jrnl --export markdown`); dayone: "
        "Day One's JSON .zip or its unzipped folder; markdown: a folder of .md files (an Obsidian vault, or a "
        "reflectjournal export)",
    )
    sub.add_argument("--format", choices=("jrnl", "dayone", "markdown"), required=True, help="what SOURCE is")
    sub.add_argument("--dry-run", action="store_true", help="read and check everything and report, but change nothing")
    sub.add_argument(
        "--details",
        choices=("keep", "drop"),
        default="keep",
        help="Day One's location, weather, music and activity: keep as an 'Imported details' line (default) or drop",
    )
    command("change-passphrase", cmd_change_passphrase, "Change the journal's passphrase.")
    command("verify", cmd_verify, "Check the journal with SQLCipher's and SQLite's integrity checks.")

    sub = command("supervision", _needs_subcommand, "Supervision sessions: list them, export a preparation.")
    sessions = sub.add_subparsers(dest="supervision_command", metavar="SUBCOMMAND")
    item = sessions.add_parser(
        "list",
        help="list supervision sessions, newest first",
        parents=[common],
        description="List supervision sessions, newest first.",
        allow_abbrev=False,
    )
    item.set_defaults(handler=cmd_supervision_list)
    item.add_argument("--json", action="store_true", help="print JSON for scripts")
    item = sessions.add_parser(
        "export",
        parents=[common],
        allow_abbrev=False,
        help="export a session's preparation or notes as PDF or Markdown (NOT encrypted)",
        description="Export a session's preparation or notes as PDF or Markdown. The file is NOT encrypted.",
    )
    item.set_defaults(handler=cmd_supervision_export)
    item.add_argument("id", type=_positive_int, metavar="ID", help="the session's id, as `supervision list` shows it")
    item.add_argument("--format", choices=("pdf", "md"), required=True, help="pdf or md (Markdown)")
    item.add_argument("--out", type=_path_arg, metavar="PATH", help="a new file (required unless --check-only)")
    item.add_argument(
        "--include-entry-text",
        action="store_true",
        help="also export what the linked reflections say (by default only their titles and dates)",
    )
    item.add_argument(
        "--no-name", action="store_true", help="leave out the names of supervisee and supervisor (blank lines instead)"
    )
    item.add_argument(
        "--include-wellbeing",
        action="store_true",
        help="include the wellbeing check-ins and how the work is affecting you (left out by default)",
    )
    item.add_argument(
        "--include-wellbeing-chart",
        action="store_true",
        help="include a chart of your check-ins since the last session (or the last 4 weeks): a picture in the"
        " PDF, a summary and a table in Markdown (left out by default)",
    )
    item.add_argument(
        "--supervisee", metavar="NAME", help="your name on the record (remembered in the journal for next time)"
    )
    item.add_argument(
        "--supervisor",
        metavar="NAME",
        help="the supervisor's name, when the session does not name them (remembered in the journal)",
    )
    _add_check_options(item)

    sub = command("cpd", _cmd_cpd_needs_subcommand, "CPD records for registration: list, show, add, export.")
    if only in (None, "cpd"):
        from reflectjournal.cli_cpd import add_cpd_subcommands

        add_cpd_subcommands(sub, common)

    sub = command(
        "framework",
        _cmd_framework_needs_subcommand,
        "Professional frameworks (standards, statements, domains): list, show, validate a framework file.",
    )
    if only in (None, "framework"):
        from reflectjournal.cli_framework import add_framework_subcommands

        add_framework_subcommands(sub, common)

    sub = command(
        "portfolio",
        _cmd_portfolio_needs_subcommand,
        "Your portfolio: the evidence map of a framework (which items your entries and records evidence).",
    )
    if only in (None, "portfolio"):
        from reflectjournal.cli_portfolio import add_portfolio_subcommands

        add_portfolio_subcommands(sub, common)

    sub = command("backups", cmd_backups, "List the journal's backups with their date and number of entries.")
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    sub = command(
        "restore",
        cmd_restore,
        "Restore a backup into a new file, or in place of the journal (which is kept as a backup first).",
    )
    sub.add_argument("backup_file", type=_path_arg, metavar="BACKUP", help="the backup file, as `backups` lists it")
    where = sub.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", type=_path_arg, metavar="PATH", help="restore into this new file")
    where.add_argument(
        "--replace",
        action="store_true",
        help="replace the journal at --journal with the backup, keeping the current one as a backup",
    )

    sub = command(
        "stats",
        _cmd_stats,
        "Looking back: check-ins and entries by kind and by week over a period (default: the last 4 weeks).",
    )
    sub.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=_date_arg, help="the first day")
    sub.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=_date_arg, help="the last day (default: today)")
    sub.add_argument("--json", action="store_true", help="print JSON for scripts")

    sub = command("backup", cmd_backup, "Write a checked, encrypted copy of the journal.")
    sub.add_argument(
        "--out",
        type=_path_arg,
        metavar="PATH",
        help="a new file, or a folder (default: the backups folder beside the journal)",
    )
    if only is not None and only not in names:
        return build_parser()
    return parser


# -- shared helpers -------------------------------------------------------------------


class Context:
    """What a command needs besides its arguments; tests may replace parts."""

    def __init__(self, args: argparse.Namespace, stdin: TextIO, stdout: TextIO):
        self.args = args
        self.stdin = stdin
        self.stdout = stdout
        self.passphrases = PassphraseSource(bool(args.passphrase_stdin), stdin)

    @property
    def journal_path(self) -> Path:
        given = self.args.journal
        if given is None:
            from reflectjournal.core.paths import default_journal_path

            given = default_journal_path()
        return Path(given).absolute()

    def open_journal(self, prompt: str = "Passphrase: ") -> tuple[Journal, str]:
        """Ask for the passphrase and unlock; returns the journal and the passphrase."""
        path = self.journal_path
        if not path.exists():
            raise errors.JournalNotFound("There is no journal at that path.")
        passphrase = self.passphrases.ask(prompt)
        from reflectjournal.core.vault import Journal

        return Journal.open(path, passphrase), passphrase

    def out(self, text: str = "") -> None:
        print(text, file=self.stdout)

    def out_json(self, value: Any) -> None:
        import json

        from reflectjournal.core.terminal import json_terminal_safe

        # Bidirectional and C1 controls as \u escapes: the same JSON, inert at a terminal.
        self.stdout.write(json_terminal_safe(json.dumps(value, ensure_ascii=False, indent=2)))
        self.stdout.write("\n")

    @property
    def is_tty(self) -> bool:
        return bool(getattr(self.stdout, "isatty", lambda: False)())


def _clean(text: str, *, one_line: bool = False) -> str:
    """Journal text fit for the terminal: control characters (other than tab
    and newline) become spaces, so pasted text cannot drive the terminal, and
    bidirectional controls (U+202E ...) are dropped, so an imported title
    cannot reorder the line. The same function serves ``pack`` commands."""
    from reflectjournal.core.terminal import terminal_text

    return terminal_text(text, one_line=one_line)


def _filter(journal: Journal, args: argparse.Namespace, *, trash: bool = False) -> EntryFilter:
    from reflectjournal.core.models import EntryFilter

    kind = _resolve_kind(journal, args.kind) if getattr(args, "kind", None) else None
    date_from, date_to = args.date_from, args.date_to
    if date_from and date_to and date_from > date_to:
        raise UsageError("--from is after --to; swap them.")
    return EntryFilter(tag=args.tag or None, kind=kind, date_from=date_from, date_to=date_to, trash=trash)


def _resolve_kind(journal: Journal, given: str | None) -> str:
    """A kind's key from its key or its label, any case; a usage error if unknown."""
    from reflectjournal.core.models import DEFAULT_KIND, kind_token

    if not given:
        return DEFAULT_KIND
    wanted = kind_token(given)
    kinds = journal.entries.kinds()
    for kind in kinds:
        if wanted in (kind_token(kind.key), kind_token(kind.label)):
            return kind.key
    names = ", ".join(kind.label.lower() for kind in kinds)
    raise UsageError(f"That kind is not known to this journal. Use one of: {names}.")


def _kind_labels(journal: Journal) -> dict[str, str]:
    return {kind.key: kind.label for kind in journal.entries.kinds()}


def _when(day: dt.date, time: dt.time | None) -> str:
    return day.isoformat() + (f" {time.strftime('%H:%M')}" if time else "")


def _local(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def _summary_dict(summary: EntrySummary, labels: dict[str, str]) -> dict[str, Any]:
    return {
        "id": summary.id,
        "title": summary.title,
        "date": summary.happened_on.isoformat(),
        "time": summary.happened_at.strftime("%H:%M") if summary.happened_at else None,
        "kind": summary.kind,
        "kind_label": labels.get(summary.kind, summary.kind),
        "tags": list(summary.tags),
        "in_trash": summary.in_trash,
    }


def _summary_line(summary: EntrySummary, labels: dict[str, str], id_width: int) -> str:
    when = _when(summary.happened_on, summary.happened_at).ljust(16)
    title = _clean(summary.title, one_line=True) or "(untitled)"
    tags = "  " + " ".join(f"#{_clean(tag, one_line=True)}" for tag in summary.tags) if summary.tags else ""
    kind = labels.get(summary.kind, summary.kind)
    return f"{when}  {summary.id:>{id_width}}  {kind}: {title}{tags}"


# -- commands ---------------------------------------------------------------------------


def cmd_init(ctx: Context) -> int:
    from reflectjournal.core.vault import Journal

    path = ctx.journal_path
    if path.exists():
        raise errors.JournalExists("A file already exists at that path.")
    passphrase = ctx.passphrases.ask_new()
    Journal.create(path, passphrase).close()
    ctx.out(f"Created a new, encrypted journal at {path}")
    ctx.out("Keep your passphrase safe: without it nobody, you included, can read the journal.")
    return EXIT_OK


def _read_body(ctx: Context) -> str:
    args = ctx.args
    if args.body_file is not None:
        try:
            return args.body_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "it is not UTF-8 text"
            raise UsageError(f"Could not read the body file {args.body_file}: {reason}.") from None
    if not ctx.passphrases.from_stdin and ctx.stdin.isatty():
        print("Type the entry, then press Ctrl-D on a new line to save it (Ctrl-C to give up).", file=sys.stderr)
    try:
        body = ctx.stdin.read()
    except UnicodeDecodeError:
        body = "\udcff"
    if not _is_utf8(body):
        raise UsageError("The entry on standard input is not UTF-8 text, so nothing was saved. Give it as UTF-8.")
    return body


def cmd_add(ctx: Context) -> int:
    from reflectjournal.core.models import Entry, Wellbeing

    args = ctx.args
    if args.wellbeing_words and args.wellbeing is None:
        raise UsageError("--wellbeing-words needs a --wellbeing score from 1 to 5 as well.")
    if args.body_file is not None and not args.body_file.is_file():
        raise UsageError(f"There is no file {args.body_file} to read the body from.")
    journal, _ = ctx.open_journal()
    with journal:
        kind = _resolve_kind(journal, args.kind)
        body = _read_body(ctx)
        if not args.title.strip() and not body.strip() and not args.child_in_mind.strip():
            raise UsageError("The entry is empty: give a --title or a body. Nothing was saved.")
        entry = Entry(
            title=args.title,
            body=body,
            kind=kind,
            happened_on=args.date or dt.date.today(),
            happened_at=args.time,
            tags=list(args.tag),
            child_in_mind=args.child_in_mind,
            wellbeing=Wellbeing(args.wellbeing, args.wellbeing_words) if args.wellbeing else None,
        )
        saved = journal.entries.save(entry)
    if args.json:
        ctx.out_json({"id": saved.id, "uid": saved.uid})
    else:
        ctx.out(f"Saved entry {saved.id}.")
    return EXIT_OK


def cmd_list(ctx: Context) -> int:
    args = ctx.args
    journal, _ = ctx.open_journal()
    with journal:
        flt = _filter(journal, args, trash=args.trash)
        # One row more than shown says whether there are more, without
        # counting the whole journal (33-52 ms at 100,000 entries).
        rows = journal.entries.list_entries(flt, limit=args.limit + 1)
        more = len(rows) > args.limit
        del rows[args.limit :]
        labels = _kind_labels(journal)
    if args.json:
        ctx.out_json([_summary_dict(row, labels) for row in rows])
        return EXIT_OK
    if not rows:
        print("No entries." if not args.trash else "The trash is empty.", file=sys.stderr)
        return EXIT_OK
    width = max(len(str(row.id)) for row in rows)
    for row in rows:
        ctx.out(_summary_line(row, labels, width))
    if more:
        print(f"Showing the newest {len(rows)}; there are more: use --limit to see them.", file=sys.stderr)
    return EXIT_OK


def _show_text(entry: Entry, label: str) -> str:
    lines = [_clean(entry.title, one_line=True) or "(untitled)", ""]
    lines.append(f"When:      {_when(entry.happened_on, entry.happened_at)}")
    lines.append(f"Kind:      {label}")
    if entry.tags:
        lines.append("Tags:      " + ", ".join(_clean(tag, one_line=True) for tag in entry.tags))
    if entry.wellbeing:
        words = _clean(entry.wellbeing.words, one_line=True)
        lines.append(f"Wellbeing: {entry.wellbeing.score}/5" + (f" ({words})" if words else ""))
    lines.append(f"Id:        {entry.id}")
    lines.append(f"Written:   {_local(entry.created_at)}, last changed {_local(entry.updated_at)}")
    if entry.in_trash:
        lines.append(f"In the trash since {_local(entry.deleted_at)}")
    body = _clean(entry.body).strip("\n")
    if body:
        lines += ["", body]
    child = _clean(entry.child_in_mind).strip("\n")
    if child.strip():
        heading = "Keeping the child in mind"
        lines += ["", heading, "-" * len(heading), child]
    return "\n".join(lines)


def cmd_show(ctx: Context) -> int:
    from reflectjournal.core.export import entry_to_dict

    journal, _ = ctx.open_journal()
    with journal:
        entry = journal.entries.get(ctx.args.id)
        label = _kind_labels(journal).get(entry.kind, entry.kind)
    if ctx.args.json:
        ctx.out_json(entry_to_dict(entry, label))
    else:
        ctx.out(_show_text(entry, label))
    return EXIT_OK


def cmd_search(ctx: Context) -> int:
    from reflectjournal.core.models import snippet_segments

    args = ctx.args
    query = " ".join(args.query)
    journal, _ = ctx.open_journal()
    with journal:
        hits = journal.entries.search(query, _filter(journal, args), limit=args.limit)
        labels = _kind_labels(journal)
    if args.json:
        results = []
        for hit in hits:
            segments = snippet_segments(hit.snippet)
            item = _summary_dict(hit.entry, labels)
            item.update(
                score=hit.score,
                snippet="".join(text for text, _ in segments),
                highlights=[{"text": text, "highlight": marked} for text, marked in segments],
            )
            results.append(item)
        ctx.out_json(results)
        _search_notes(getattr(hits, "notes", ()))
        return EXIT_OK
    if not hits:
        print("No entries match.", file=sys.stderr)
        _search_notes(getattr(hits, "notes", ()))
        return EXIT_OK
    bold = ctx.is_tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    start, end = ("\x1b[1m", "\x1b[0m") if bold else ("[", "]")
    width = max(len(str(hit.entry.id)) for hit in hits)
    for hit in hits:
        ctx.out(_summary_line(hit.entry, labels, width))
        pieces = [
            f"{start}{_clean(text, one_line=True)}{end}" if marked else _clean(text)
            for text, marked in snippet_segments(hit.snippet)
        ]
        snippet = " ".join("".join(pieces).split())
        if snippet:
            ctx.out(f"    {snippet}")
    _search_notes(getattr(hits, "notes", ()))
    return EXIT_OK


def _search_notes(notes: Sequence[Any]) -> None:
    """How the search was bounded (search_query.SearchNote), on standard
    error so that standard output (and --json) stays the results alone."""
    from reflectjournal.core.search_query import MORE_RESULTS

    for note in notes:
        more = ""
        if note.kind == MORE_RESULTS:
            more = (
                f" Use --limit (up to {SEARCH_MAX_LIMIT}) to see more."
                if note.count < SEARCH_MAX_LIMIT
                else " Add words or filters to narrow the search."
            )
        print(note.message + more, file=sys.stderr)


def _add_check_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--redact",
        action="store_true",
        help="replace People-list names with their stand-ins, and NHS, NI, phone, postcode, email, date-of-birth, "
        "address, school and case numbers with a placeholder, in the exported copy (the journal is not changed)",
    )
    sub.add_argument(
        "--check-only",
        action="store_true",
        help=f"only run the identifying-information check and list what it finds; write nothing "
        f"(exit {EXIT_IDENTIFYING_FOUND} if anything was found)",
    )


class _OutgoingCheck:
    """The identifying-information check over one export: lists findings on
    standard error and, with --redact, makes the redacted outgoing copy."""

    def __init__(self, journal: Any, redact: bool):
        from reflectjournal.core.identifying import StandIns, load_word_check
        from reflectjournal.core.people import detector_for

        self.detector = detector_for(journal, load_word_check())
        self.redact = redact
        self.stand_ins = StandIns()
        self.findings: list[Any] = []

    def entry(self, entry: Any) -> Any:
        from reflectjournal.core.outgoing import check_entry, redact_entry

        if self.redact:
            entry, found = redact_entry(self.detector, entry, self.stand_ins)
        else:
            found = check_entry(self.detector, entry)
        self.findings += found
        return entry

    def report(self) -> None:
        from reflectjournal.core.identifying import KIND_LABELS, summarise
        from reflectjournal.core.outgoing import describe

        if not self.findings:
            _say("The identifying-information check found nothing (it is an aid, not a guarantee).")
            return
        counts = ", ".join(f"{KIND_LABELS[k].lower()} {n}" for k, n in summarise(self.findings).items())
        done = "replaced in the export" if self.redact else "left as written; --redact replaces them"
        _say(
            f"The identifying-information check found {len(self.findings)} ({counts}); {done}:",
            *describe(self.findings),
        )


def _require_out(args: argparse.Namespace) -> Path | None:
    if args.check_only:
        return None
    if args.out is None:
        raise UsageError("--out is required (or --check-only, to check without exporting).")
    return Path(args.out).absolute()


def cmd_export(ctx: Context) -> int:
    from reflectjournal.core.export import export_journal

    args = ctx.args
    if args.check_only:
        journal, _ = ctx.open_journal()
        with journal:
            check = _OutgoingCheck(journal, redact=False)
            flt = _filter(journal, args, trash=args.trash)
            for entry_id in journal.entries.ids(flt):
                check.entry(journal.entries.get(entry_id))
        check.report()
        return EXIT_IDENTIFYING_FOUND if check.findings else EXIT_OK
    out = _require_out(args)
    assert out is not None
    if args.format != "markdown":
        return _export_printable(ctx, out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"{out} is not a new or empty folder; export never overwrites. Choose a new folder.")
    journal, _ = ctx.open_journal()
    with journal:
        flt = _filter(journal, args, trash=args.trash)
        _say(
            f"warning: the export in {out} is NOT encrypted. Anyone who can read that folder can read these",
            "entries. Keep it somewhere safe, and delete it when you no longer need it.",
        )
        try:
            check = _OutgoingCheck(journal, redact=args.redact)
            count = export_journal(journal, out, flt, transform=check.entry)
        except (errors.StorageFull, OSError):
            _say(f"The export did not finish. {out} may hold some unencrypted files: delete that folder.")
            raise
    check.report()
    noun = "entry" if count == 1 else "entries"
    ctx.out(f"Exported {count} {noun} to {out} (Markdown files and entries.json).")
    return EXIT_OK


def _export_printable(ctx: Context, out: Path) -> int:
    """One HTML or PDF document of the chosen entries, oldest first."""
    from reflectjournal.core.printable import build_printable_html, printable_title

    args = ctx.args
    if out.exists() or out.is_symlink():
        raise UsageError(f"There is already something at {out}; export never overwrites. Choose a new file name.")
    if not out.parent.is_dir():
        raise UsageError(f"The folder {out.parent} does not exist.")
    journal, _ = ctx.open_journal()
    with journal:
        flt = _filter(journal, args, trash=args.trash)
        today = journal.clock().astimezone().date()
        check = _OutgoingCheck(journal, redact=args.redact)
        document, count = build_printable_html(journal, flt, generated=today, transform=check.entry)
    check.report()
    _say(
        f"warning: {out} is NOT encrypted. Anyone who can read that file can read these entries.",
        "Keep it somewhere safe, and delete it when you no longer need it.",
    )
    if args.format == "pdf":
        from reflectjournal.pdf import write_pdf

        write_pdf(out, document, title=printable_title(flt), generated=today)
    else:
        from reflectjournal.core.fsutil import write_private_text

        write_private_text(out, document)
    noun = "entry" if count == 1 else "entries"
    ctx.out(f"Exported {count} {noun} to {out} (one {args.format.upper()} file, oldest first).")
    return EXIT_OK


def cmd_import(ctx: Context) -> int:
    from reflectjournal.core.importers import FORMAT_NAMES, ImportOptions, import_source

    args = ctx.args
    source: Path = args.source
    if not source.exists():
        raise UsageError(f"There is no file or folder at {source}.")
    journal, _ = ctx.open_journal()
    show_progress = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show_progress:
            print(f"\r{PROG}: importing... {100 * done // max(total, 1):3d}%", end="", file=sys.stderr, flush=True)

    with journal:
        try:
            report = import_source(
                journal,
                source,
                args.format,
                dry_run=args.dry_run,
                progress=progress,
                options=ImportOptions(keep_details=args.details == "keep"),
            )
        finally:
            if show_progress:
                print(file=sys.stderr)
    if args.format == "markdown":
        units = "file" if report.found == 1 else "files"
    else:
        units = "entry" if report.found == 1 else "entries"
    ctx.out(f"Read {_clean(report.source, one_line=True)} ({FORMAT_NAMES[args.format]}): {report.found} {units}.")
    noun = "entry" if report.ready == 1 else "entries"
    if args.dry_run:
        ctx.out(f"Would import {report.ready} {noun}. This was a dry run: nothing was changed.")
    else:
        ctx.out(f"Imported {report.imported} {noun}.")
    if report.attachments:
        pictures = "picture or PDF" if report.attachments == 1 else "pictures and PDFs"
        verb = "Would attach" if args.dry_run else "Attached"
        ctx.out(f"{verb} {report.attachments} {pictures}, encrypted inside the journal.")
    if report.new_kinds:
        verb = "Would add" if args.dry_run else "Added"
        ctx.out(
            f"{verb} kinds of entry: " + ", ".join(_clean(label, one_line=True) for label in report.new_kinds) + "."
        )
    left, passed = report.left_behind, report.passed_over
    if left:
        verb = "Cannot" if args.dry_run else "Could not"
        ctx.out(f"{verb} import {len(left)} (fix in the source, then import again):")
        for issue in left:
            ctx.out(f"  {_clean(issue.where, one_line=True)}: {issue.reason}")
    if passed:
        ctx.out(f"Skipped {len(passed)} (already in this journal, or not an entry):")
        for issue in passed:
            ctx.out(f"  {_clean(issue.where, one_line=True)}: {issue.reason}")
    for section, heading in (
        ("not_carried", "Would import, but without:" if args.dry_run else "Imported, but without:"),
        ("changed", "Would change on the way:" if args.dry_run else "Changed on the way:"),
    ):
        groups = [g for g in report.groups() if g.section == section]
        if groups:
            ctx.out(heading)
        for group in groups:
            shown = ", ".join(_clean(where, one_line=True) for where in group.examples)
            more = f" and {group.places - len(group.examples)} more" if group.places > len(group.examples) else ""
            times = f" ({group.count:,} in {group.places:,})" if group.count != group.places else ""
            ctx.out(f"  {group.reason}{times}: {shown}{more}")
    if left:
        items = "1 item" if len(left) == 1 else f"{len(left)} items"
        rest = "would be imported" if args.dry_run else "was imported"
        _say(
            f"{items} could not be imported (listed above, with the reasons); everything else {rest}.",
            f"Fix {'it' if len(left) == 1 else 'them'} in the source and import again: entries already in the "
            "journal are skipped.",
        )
        return EXIT_IMPORT_INCOMPLETE
    return EXIT_OK


def cmd_change_passphrase(ctx: Context) -> int:
    journal, old = ctx.open_journal("Current passphrase: ")
    with journal:
        new = ctx.passphrases.ask_new()
        if new == old:
            raise UsageError("The new passphrase is the same as the current one; nothing was changed.")
        journal.change_passphrase(old, new)
        backups = journal.backup_dir
    ctx.out("Passphrase changed.")
    ctx.out(f"A backup taken just before the change is in {backups}; it still opens with the OLD passphrase.")
    ctx.out("Delete it if anyone else may know the old passphrase.")
    return EXIT_OK


def cmd_verify(ctx: Context) -> int:
    from reflectjournal.core.models import EntryFilter

    journal, _ = ctx.open_journal()
    with journal:
        report = journal.verify()
        try:
            counts = f"Entries: {journal.entries.count()}, and {journal.entries.count(EntryFilter(trash=True))} in the trash."
        except Exception as exc:  # a damaged table must not hide the report
            if not _is_sqlite_error(exc):
                raise
            counts = "Entries: could not be counted."
        backups = journal.backup_dir

    def result(name: str, problems: Sequence[str]) -> None:
        if not problems:
            ctx.out(f"{name}: OK")
            return
        ctx.out(f"{name}: {len(problems)} problem(s)")
        for problem in problems[:20]:
            ctx.out(f"    {_clean(problem, one_line=True)}")
        if len(problems) > 20:
            ctx.out(f"    ... and {len(problems) - 20} more")

    result("SQLCipher integrity check (every page's checksum)", report.cipher_problems)
    result("SQLite integrity check", report.sqlite_problems)
    ctx.out(f"Search index check: {'OK' if report.search_index_ok else 'problems found'}")
    ctx.out(counts)
    if report.ok:
        return EXIT_OK
    _say(
        "verify found problems. Do not delete anything yet: copy the journal file somewhere safe,",
        f"then restore your most recent backup (backups are kept in {backups}).",
    )
    return EXIT_VERIFY_FAILED


def _backup_target(ctx: Context) -> Path | None:
    out = ctx.args.out
    if out is None:
        return None
    out = Path(out).absolute()
    if out.is_dir():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        out = out / f"{ctx.journal_path.stem}-{stamp}.rjournal"
    if out.exists():
        raise UsageError(f"There is already a file at {out}; backup never overwrites. Choose a new name.")
    if out == ctx.journal_path:
        raise UsageError("The backup cannot be written over the journal itself. Choose another path.")
    return out


def cmd_backup(ctx: Context) -> int:
    dest = _backup_target(ctx)
    journal, _ = ctx.open_journal()
    with journal:
        written = journal.backup(dest)
    ctx.out(f"Backup written and checked: {written}")
    ctx.out("It is encrypted and opens with the journal's current passphrase.")
    return EXIT_OK


def cmd_backups(ctx: Context) -> int:
    from reflectjournal.core.backup import inspect_backup, list_backups
    from reflectjournal.core.vault import PRODUCTION_KDF, default_backup_dir

    path = ctx.journal_path
    found = list_backups(default_backup_dir(path), path.stem)
    if not found:
        _say(f"No backups of {path.name} in {default_backup_dir(path)}.")
        return EXIT_OK
    passphrase = ctx.passphrases.ask("Passphrase (to check each backup): ")
    rows = []
    for info in found:
        try:
            count: int | None = inspect_backup(info.path, passphrase, PRODUCTION_KDF)
            state = "ok"
        except errors.WrongPassphrase:
            count, state = None, "does not open with this passphrase"
        except errors.BackupFailed:
            count, state = None, "damaged"
        rows.append(
            {
                "path": str(info.path),
                "taken": info.taken_at.isoformat(),
                "reason": info.reason,
                "entries": count,
                "check": state,
            }
        )
    if ctx.args.json:
        ctx.out_json(rows)
        return EXIT_OK
    for row, info in zip(rows, found, strict=True):
        n = row["entries"]
        entries = row["check"] if n is None else f"{n} entr{'y' if n == 1 else 'ies'}"
        ctx.out(f"{_local(info.taken_at)}  {info.reason:<28}  {entries}")
        ctx.out(f"    {info.path}")
    return EXIT_OK


def cmd_restore(ctx: Context) -> int:
    from reflectjournal.core.backup import restore_backup
    from reflectjournal.core.vault import PRODUCTION_KDF

    source: Path = ctx.args.backup_file
    if not source.is_file():
        raise UsageError(f"There is no backup file at {source}.")
    if ctx.args.to is not None:
        target = ctx.args.to
        if target.exists():
            raise UsageError(f"There is already a file at {target}; restore into a new file, or use --replace.")
    else:
        target = ctx.journal_path
    passphrase = ctx.passphrases.ask("Passphrase of the backup: ")
    restore_backup(source, target, passphrase, PRODUCTION_KDF)
    if ctx.args.replace:
        ctx.out(f"Restored {source.name} in place of {target}; the journal as it was is kept in the backups folder.")
    else:
        ctx.out(f"Restored {source.name} to {target}. Open it with --journal {target}.")
    return EXIT_OK


def _needs_subcommand(ctx: Context) -> int:
    raise UsageError(f"Say what to do: `{PROG} supervision list` or `{PROG} supervision export ID ...`.")


def _cmd_cpd_needs_subcommand(ctx: Context) -> int:
    from reflectjournal.cli_cpd import needs_subcommand

    return needs_subcommand(ctx)


def _cmd_portfolio_needs_subcommand(ctx: Context) -> int:
    from reflectjournal.cli_portfolio import needs_subcommand

    return needs_subcommand(ctx)


def _cmd_framework_needs_subcommand(ctx: Context) -> int:
    from reflectjournal.cli_framework import needs_subcommand

    return needs_subcommand(ctx)


def _cmd_stats(ctx: Context) -> int:
    from reflectjournal.cli_stats import cmd_stats

    return cmd_stats(ctx)


def cmd_supervision_list(ctx: Context) -> int:
    from reflectjournal.core.models import SUPERVISION_ROLES, SUPERVISION_TYPES

    roles, types = dict(SUPERVISION_ROLES), dict(SUPERVISION_TYPES)
    from reflectjournal.core.reminders import supervision_reminder

    journal, _ = ctx.open_journal()
    with journal:
        today = journal.clock().date()
        sessions = journal.supervision.list_sessions()
        overdue = journal.supervision.overdue_counts(today)
        reminder = supervision_reminder(journal.supervision, today)
        rows = [
            {
                "id": s.id,
                "date": s.held_on.isoformat(),
                "status": s.status,
                "with": roles.get(s.with_role, s.with_role),
                "name": s.with_name,
                "type": types.get(s.session_type, s.session_type),
                "open_actions": sum(1 for a in journal.supervision.get(s.id).actions if a.is_open),
                "overdue_actions": overdue.get(s.id, 0),
                "next_meeting": s.next_on.isoformat() if s.next_on else None,
            }
            for s in sessions
        ]
    if ctx.args.json:
        ctx.out_json(rows)
        return EXIT_OK
    if not rows:
        _say("No supervision sessions yet. Prepare one in the app.")
        return EXIT_OK
    meeting = reminder.next_meeting
    ctx.out(
        f"Next meeting: {meeting.isoformat() if meeting else 'none planned'}. "
        + ("1 action overdue." if reminder.overdue == 1 else f"{reminder.overdue} actions overdue.")
    )
    width = max(len(str(r["id"])) for r in rows)
    for r in rows:
        who = r["with"] + (f" ({_clean(r['name'], one_line=True)})" if r["name"] else "")
        late = f"  [{r['overdue_actions']} overdue]" if r["overdue_actions"] else ""
        ctx.out(f"{r['id']:>{width}}  {r['date']}  {r['status']:<9}  {r['type']} with {who}{late}")
    return EXIT_OK


def cmd_supervision_export(ctx: Context) -> int:
    if ctx.args.check_only:
        return _check_supervision_export(ctx)
    out = _require_out(ctx.args)
    assert out is not None
    if out.exists():
        raise UsageError(f"There is already a file at {out}; export never overwrites. Choose a new name.")
    if not out.parent.is_dir():
        raise UsageError(f"The folder {out.parent} does not exist.")
    from reflectjournal.core.journal_settings import JournalSettings
    from reflectjournal.core.supervision_export import (
        NOT_ENCRYPTED_WARNING,
        SUPERVISEE_KEY,
        SUPERVISOR_KEY,
        ExportOptions,
        build_export,
    )

    journal, _ = ctx.open_journal()
    with journal:
        for key, given in ((SUPERVISEE_KEY, ctx.args.supervisee), (SUPERVISOR_KEY, ctx.args.supervisor)):
            if given is not None and given.strip():
                JournalSettings(journal).set(key, _clean(given, one_line=True).strip())
        options = ExportOptions(
            include_entry_text=ctx.args.include_entry_text,
            include_name=not ctx.args.no_name,
            include_wellbeing=ctx.args.include_wellbeing,
            include_wellbeing_chart=ctx.args.include_wellbeing_chart,
        )
        export = build_export(journal, ctx.args.id, options)
        today = journal.clock().date()
        export = _checked_session_export(journal, export, redact=ctx.args.redact)
    if ctx.args.format == "md":
        from reflectjournal.core.supervision_export import write_markdown

        write_markdown(export, out)
    else:
        from reflectjournal.pdf import write_pdf
        from reflectjournal.record_chart import record_images

        html, images = export.to_html(), record_images(export)
        write_pdf(out, html, title=export.title, generated=today, footer=export.footer, images=images)
    _say(f"Wrote {out}.", f"Warning: {NOT_ENCRYPTED_WARNING}")
    return EXIT_OK


def _checked_session_export(journal: Any, export: Any, *, redact: bool) -> Any:
    """List the check's findings in a supervision record and return the
    outgoing copy (redacted with ``redact``): the one hook into the
    supervision export."""
    from reflectjournal.core.identifying import Choice, cli_choice
    from reflectjournal.core.outgoing import redact_session_export

    check = _OutgoingCheck(journal, redact=redact)
    copy, check.findings = redact_session_export(
        check.detector, export, choose=cli_choice if redact else (lambda _f: Choice.KEEP)
    )
    check.report()
    return copy


def _check_supervision_export(ctx: Context) -> int:
    from reflectjournal.core.outgoing import session_fields
    from reflectjournal.core.supervision_export import ExportOptions, build_export

    journal, _ = ctx.open_journal()
    with journal:
        options = ExportOptions(include_entry_text=ctx.args.include_entry_text, include_name=not ctx.args.no_name)
        export = build_export(journal, ctx.args.id, options)
        check = _OutgoingCheck(journal, redact=False)
        check.findings = check.detector.check_fields(session_fields(export))
    check.report()
    return EXIT_IDENTIFYING_FOUND if check.findings else EXIT_OK


# -- errors -----------------------------------------------------------------------------


def _describe(exc: errors.JournalError, ctx: Context) -> tuple[int, list[str]]:
    """An exit code and advice for an expected failure. Core messages never
    hold entry text, so they may be shown."""
    path = ctx.journal_path
    journal_option = "" if ctx.args.journal is None else f" --journal {ctx.args.journal}"
    message = str(exc)
    if isinstance(exc, errors.WrongPassphrase) and getattr(ctx.args, "backup_file", None):
        return EXIT_WRONG_PASSPHRASE, [
            f"That passphrase does not open {ctx.args.backup_file.name}.",
            "A backup opens with the passphrase the journal had when the backup was taken. Nothing was changed.",
        ]
    if isinstance(exc, errors.WrongPassphrase):
        return EXIT_WRONG_PASSPHRASE, [
            f"That passphrase does not unlock {path}.",
            "Check it (Caps Lock, keyboard layout) and that --journal points at your journal, then try again.",
        ]
    if isinstance(exc, errors.JournalHasLinks):
        # Exit 2, not 5: waiting and trying again will not help.
        return EXIT_USAGE, [message, "Nothing was changed."]
    if isinstance(exc, errors.LockFileInvalid):
        return EXIT_USAGE, [message]
    if isinstance(exc, errors.JournalNotAFile):
        return EXIT_DAMAGED, [message, "Nothing was opened or changed."]
    if isinstance(exc, errors.JournalDamaged):
        return EXIT_DAMAGED, [
            f"{path}: {message}",
            "Check that --journal points at a reflectjournal journal. If it does, the file is damaged:",
            "nothing was changed; keep a copy of it and restore your most recent backup.",
        ]
    if isinstance(exc, errors.JournalInUse):
        return EXIT_IN_USE, [
            f"{path} is already open in another reflectjournal window or command.",
            "Close it there, then try again.",
        ]
    if isinstance(exc, errors.SchemaTooNew):
        return EXIT_TOO_NEW, [message, "Nothing was changed."]
    if isinstance(exc, errors.JournalNotFound):
        return EXIT_NOT_FOUND, [
            f"There is no journal at {path}.",
            f"Create one with `{PROG} init{journal_option}`, or point at yours with --journal PATH.",
        ]
    if isinstance(exc, errors.SessionNotFound):
        return EXIT_NO_ENTRY, [
            f"There is no supervision session with id {getattr(ctx.args, 'id', '?')}.",
            f"`{PROG} supervision list` shows the ids.",
        ]
    if isinstance(exc, errors.EntryNotFound):
        return EXIT_NO_ENTRY, [
            f"There is no entry with id {getattr(ctx.args, 'id', '?')}.",
            f"`{PROG} list` shows the ids (`{PROG} list --trash` for the trash).",
        ]
    if isinstance(exc, errors.BackupDamaged):
        return EXIT_DAMAGED, [message, f"Nothing was changed. Try another backup: `{PROG} backups` lists them."]
    if isinstance(exc, errors.BackupSourceUnreadable):
        return EXIT_WRITE_FAILED, [
            message,
            f"Run `{PROG} verify` to check the journal, then restore a backup if it is damaged.",
        ]
    if isinstance(exc, errors.StorageFull | errors.BackupFailed):
        return EXIT_WRITE_FAILED, [message, "Free some disk space or choose another place, then try again."]
    if isinstance(exc, errors.WriteFailed):
        return EXIT_WRITE_FAILED, [
            message,
            "Check that the journal file and its folder can be written, then try again.",
        ]
    if isinstance(exc, errors.JournalExists):
        return EXIT_USAGE, [
            f"There is already a file at {path}; init never overwrites anything.",
            "If it is your journal, use it as it is; to start another one, choose a new path with --journal PATH.",
        ]
    if isinstance(exc, errors.EmptyPassphrase | errors.InvalidEntry):
        return EXIT_USAGE, [message]
    if isinstance(exc, errors.ImportFailed):
        return EXIT_DAMAGED, [
            message,
            "Check that --format matches what you are importing (jrnl, dayone or markdown). The journal is as it was.",
        ]
    if isinstance(exc, errors.ExportTargetNotEmpty | errors.ExportTargetNotAFolder):
        return EXIT_USAGE, [message]
    # An expected failure with no advice of its own: its message (core
    # messages never hold journal text), never its class name.
    return EXIT_UNEXPECTED, [
        f"Unexpected error: {_one_line(message)}" if message.strip() else "Unexpected error.",
        UNEXPECTED_ADVICE,
    ]


UNEXPECTED_ADVICE = "Nothing more can be said safely; please report it (the command and this message)."


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _is_sqlite_error(exc: BaseException) -> bool:
    module = sys.modules.get("sqlcipher3")
    return module is not None and isinstance(exc, module.Error)


def run(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    """Run a parsed command, turning every failure into a message and an exit code."""
    ctx = Context(args, stdin, stdout)
    try:
        # `pack` commands need no journal: they take the namespace itself.
        return args.func(args) if getattr(args, "func", None) else args.handler(ctx)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except UsageError as exc:
        _say(str(exc))
        return EXIT_USAGE
    except errors.JournalError as exc:
        code, lines = _describe(exc, ctx)
        _say(*lines)
        return code
    except BrokenPipeError:
        # The reader went away (`| head`): not an error. Point stdout at
        # /dev/null so the interpreter's final flush is quiet too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        from reflectjournal.core.fsutil import is_disk_full

        where = f" ({exc.filename})" if exc.filename else ""
        if is_disk_full(exc):
            _say(f"The disk is full{where}; nothing more was written. Free some space and try again.")
        else:
            _say(f"A file could not be read or written{where}: {exc.strerror or 'the system gave no reason'}.")
        return EXIT_WRITE_FAILED
    except Exception as exc:
        if _is_sqlite_error(exc):
            from reflectjournal.core.fsutil import is_disk_full

            if is_disk_full(exc):
                _say("The disk is full; nothing was saved. Free some space and try again.")
                return EXIT_WRITE_FAILED
            if type(exc) is sys.modules["sqlcipher3"].DatabaseError:
                _say("Part of the journal could not be read; it may be damaged.", f"Run `{PROG} verify` to check it.")
                return EXIT_DAMAGED
        # The message could quote journal text, so only the type is shown.
        _say("Unexpected error.", UNEXPECTED_ADVICE)
        return EXIT_UNEXPECTED


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the command; with no command, start the app."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    # Bytes that are not text in the locale's encoding come through as lone
    # surrogates, which the passphrase and body readers refuse with a usage
    # error, instead of failing wherever the decoder happens to read ahead.
    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="surrogateescape")
    args = build_parser(command_in(argv)).parse_args(argv)
    if args.command is None:
        from reflectjournal.app import run_app

        return run_app(argv)
    return run(args, sys.stdin, sys.stdout)
