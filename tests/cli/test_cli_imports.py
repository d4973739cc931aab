"""What each everyday command imports, checked in a fresh interpreter, so
that the start-up cost cannot creep back (issue 19: every command imports
only what it uses)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reflectjournal.core.models import Entry
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_PASSPHRASE

# Loaded by no read-only everyday command. Each costs milliseconds at start:
# prompt packs (~30 ms), `regex` for title checks (~15 ms), backups (~15 ms
# with shutil's archivers), ctypes.util (~10 ms), uuid (loads platform), ...
NEVER_ON_READ = {
    "reflectjournal.cli_pack",
    "reflectjournal.core.packs",
    "reflectjournal.core.pack_store",
    "reflectjournal.core.pack_signing",
    "reflectjournal.core.team_folder",
    "cryptography",
    "reflectjournal.core.supervision",
    "reflectjournal.core.supervision_export",
    "reflectjournal.core.importers",
    "reflectjournal.core.backup",
    "reflectjournal.core.unicode_safety",
    "reflectjournal.core.rendering",
    "regex",
    "ctypes.util",
    "uuid",
    "platform",
    "traceback",
    "hmac",
    "difflib",
    "subprocess",
    "tempfile",
    "PySide6",
    "markdown",
    "nh3",
}
# The standard library's share, for the two commands measured against the
# floor (issue 19): typing ~3 ms (the modules read TYPE_CHECKING as a plain
# name), shutil ~3 ms with its archivers (argparse asks it the terminal's
# width unless told), json ~1.5 ms (loaded by --json, and by prompt records
# when there are some). `show` formats through core.export, which has them.
# dataclasses ~7.5 ms with inspect, ast and dis, and ~0.4 ms for each class it
# makes: the core's types on this path are records (core.records).
NOT_ON_SEARCH_OR_LIST = {"typing", "shutil", "json", "dataclasses", "inspect"}
# Only `search` parses a query; `list` and `show` never load the parser.
NOT_WITHOUT_A_QUERY = {"reflectjournal.core.search_query"}

# No json here: the harness must not load what the commands are checked for.
RUN = """
import io, sys
sys.stdin = io.StringIO(sys.argv[1] + "\\n" + "Body text.\\n")
from reflectjournal.__main__ import main
code = main(sys.argv[3:])
with open(sys.argv[2], "w") as out:
    out.write(str(code) + "\\n" + "\\n".join(sorted(sys.modules)))
"""


@pytest.fixture(scope="module")
def journal_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("imports") / "journal.rjournal"
    with Journal.create(path, TEST_PASSPHRASE) as journal:  # the CLI opens with the production cost
        journal.entries.save(Entry(title="A visit", body="The child was at school."))
    return path


def modules_of(tmp_path: Path, argv: list[str]) -> set[str]:
    out = tmp_path / "modules.txt"
    result = subprocess.run(
        [sys.executable, "-c", RUN, TEST_PASSPHRASE, str(out), *argv],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    code, *modules = out.read_text().splitlines()
    assert code == "0", result.stderr
    return set(modules)


@pytest.mark.parametrize(
    "argv",
    [["search", "child"], ["list", "--limit", "10"], ["show", "1"]],
    ids=["search", "list", "show"],
)
def test_reading_commands_import_only_what_they_use(tmp_path, journal_file, argv):
    loaded = modules_of(tmp_path, [*argv, "--journal", str(journal_file), "--passphrase-stdin"])
    assert "reflectjournal.core.entries" in loaded  # the check would catch a command that ran nothing
    tops = {name.split(".")[0] for name in loaded}
    assert (loaded | tops) & NEVER_ON_READ == set()
    if argv[0] in ("search", "list"):
        assert loaded & NOT_ON_SEARCH_OR_LIST == set()
    if argv[0] != "search":
        assert loaded & NOT_WITHOUT_A_QUERY == set()
    else:
        assert NOT_WITHOUT_A_QUERY <= loaded


def test_the_parser_for_one_command_parses_as_the_whole_one():
    from reflectjournal import cli

    for argv in (
        ["search", "a", "b", "--limit", "5", "--tag", "x"],
        ["--journal", "j.rjournal", "list", "--trash"],
        ["supervision", "export", "3", "--format", "md", "--out", "o.md"],
        ["pack", "validate", "p.rjpack"],
        ["restore", "b.rjournal", "--to", "n.rjournal"],
    ):
        only = cli.command_in(argv)
        assert only is not None
        assert vars(cli.build_parser(only).parse_args(argv)) == vars(cli.build_parser().parse_args(argv)), argv
    assert cli.command_in(["--help"]) is None
    assert cli.command_in(["--journal", "search", "list"]) == "list"  # --journal's value is not the command
    # An unknown command gets the whole parser, so its error lists them all.
    assert "search" in cli.build_parser("serch").format_usage() + cli.build_parser("serch").format_help()


def test_adding_an_entry_with_a_plain_title_skips_the_unicode_check_s_import(tmp_path, journal_file):
    """`add` is an everyday command too: a title of printable ASCII cannot
    hold an invisible or mixed-alphabet character, so `regex` stays unloaded;
    any other title is still checked in full."""
    copy = tmp_path / "copy.rjournal"
    copy.write_bytes(journal_file.read_bytes())
    loaded = modules_of(tmp_path, ["add", "--title", "Home visit", "--journal", str(copy), "--passphrase-stdin"])
    assert "reflectjournal.core.entries" in loaded
    assert {"regex", "reflectjournal.core.unicode_safety", "reflectjournal.core.packs", "dataclasses"} & loaded == set()
    loaded = modules_of(tmp_path, ["add", "--title", "Visite à Zoë", "--journal", str(copy), "--passphrase-stdin"])
    assert "reflectjournal.core.unicode_safety" in loaded
