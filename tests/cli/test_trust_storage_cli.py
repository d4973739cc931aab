"""Issue 20 through the command line, as a user meets it: `ln a.rj b.rj`
and adding through both names at once; a journal renamed while another
process has it open; a named pipe in place of the journal or of its lock
file. Each is refused at once with words that say what to do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reflectjournal.cli import EXIT_DAMAGED, EXIT_IN_USE, EXIT_OK, EXIT_USAGE
from reflectjournal.core.models import Entry
from reflectjournal.core.vault import PRODUCTION_KDF, Journal
from tests.cli.test_cli import run_cli, with_passphrase

PASSPHRASE = "tea and biscuits at four"


@pytest.fixture
def journal(tmp_path) -> Path:
    path = tmp_path / "a.rjournal"
    with Journal.create(path, PASSPHRASE) as opened:
        opened.entries.save(Entry(title="Before", body="Written before."))
    return path


def cli_process(*args: str | Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "reflectjournal", *map(str, args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def titles(path: Path) -> list[str]:
    with Journal.open(path, PASSPHRASE, kdf=PRODUCTION_KDF) as opened:
        assert opened.verify().ok
        return sorted(s.title for s in opened.entries.list_entries())


def test_adding_through_two_names_at_once_is_refused_by_both_and_loses_nothing(journal):
    """The issue's reproduction: ln a.rj b.rj, then add to both names at once."""
    other = journal.with_name("b.rjournal")
    os.link(journal, other)
    procs = []
    for n in range(3):
        for name in (journal, other):
            proc = cli_process("--journal", name, "--passphrase-stdin", "add", "--title", f"{name.stem}{n}")
            procs.append(proc)
    for proc in procs:
        out, err = proc.communicate(with_passphrase(PASSPHRASE) + "A body.\n", timeout=60)
        assert proc.returncode == EXIT_USAGE, err
        assert "has 2 names (hard links)" in err and "Keep one name and remove the other" in err
        assert "Traceback" not in err and "Saved entry" not in out
    other.unlink()
    assert titles(journal) == ["Before"]
    result = run_cli(
        "--journal", journal, "--passphrase-stdin", "add", "--title", "Now", input=with_passphrase(PASSPHRASE)
    )
    assert result.returncode == EXIT_OK
    assert titles(journal) == ["Before", "Now"]


def test_a_journal_renamed_while_open_cannot_be_opened_by_its_new_name(journal):
    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.crash.writer", "--serve", PASSPHRASE, str(PRODUCTION_KDF.iterations)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )

    def ask(command: str) -> str:
        holder.stdin.write(command + "\n")
        holder.stdin.flush()
        return holder.stdout.readline().strip()

    try:
        assert ask(f"open {journal}") == "opened"
        renamed = journal.with_name("renamed.rjournal")
        os.rename(journal, renamed)
        result = run_cli(
            "--journal", renamed, "--passphrase-stdin", "add", "--title", "Second", input=with_passphrase(PASSPHRASE)
        )
        assert result.returncode == EXIT_IN_USE
        assert "already open in another reflectjournal window or command" in result.stderr
        assert ask("save kept").startswith("saved ")
        assert ask("close") == "closed"
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    assert titles(renamed) == ["Before", "t kept"]


def test_a_named_pipe_in_place_of_the_journal_does_not_hang_verify(tmp_path):
    fifo = tmp_path / "journal.rjournal"
    os.mkfifo(fifo)
    result = run_cli("--journal", fifo, "--passphrase-stdin", "verify", input=with_passphrase(PASSPHRASE))
    assert result.returncode == EXIT_DAMAGED
    assert "is a named pipe (FIFO), not a journal file" in result.stderr
    assert "restore" not in result.stderr  # not called damage


@pytest.mark.parametrize("kind", ["named pipe", "symbolic link"])
def test_a_planted_lock_file_gets_its_own_message(journal, tmp_path, kind):
    lock = journal.with_name(journal.name + ".lock")
    lock.unlink(missing_ok=True)
    if kind == "named pipe":
        os.mkfifo(lock)
    else:
        lock.symlink_to(tmp_path / "elsewhere")
    result = run_cli("--journal", journal, "--passphrase-stdin", "verify", input=with_passphrase(PASSPHRASE))
    assert result.returncode == EXIT_USAGE
    assert f"lock file {lock} is a {kind}" in result.stderr and "Remove it" in result.stderr
    assert "already open" not in result.stderr
    assert not (tmp_path / "elsewhere").exists()
