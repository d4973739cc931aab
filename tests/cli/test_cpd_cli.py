"""`reflectjournal cpd list|show|add|export`, run in-process with a fixed
clock (the registration year depends on "today")."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys

import pytest

from reflectjournal import cli
from reflectjournal.core.models import Entry, SupervisionSession
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE


class Clock:
    def __init__(self, moment: dt.datetime):
        self.now = moment

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def setup(tmp_path, monkeypatch):
    path = tmp_path / "j" / "journal.rjournal"
    clock = Clock(dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC))
    with Journal.create(path, TEST_PASSPHRASE, kdf=TEST_KDF) as j:
        entry = j.entries.save(Entry(title="A visit", body="b", happened_on=dt.date(2026, 10, 1)))
        session = j.supervision.save(
            SupervisionSession(held_on=dt.date(2026, 10, 5), with_role="line_manager", session_type="formal")
        )
    real_open = Journal.open.__func__

    def open_with_clock(cls, p, passphrase, **kwargs):
        kwargs.update(kdf=TEST_KDF, clock=clock)
        return real_open(cls, p, passphrase, **kwargs)

    monkeypatch.setattr(Journal, "open", classmethod(open_with_clock))
    monkeypatch.setenv("TZ", "UTC")

    def run(*argv: str, expect: int = cli.EXIT_OK) -> str:
        args = cli.build_parser().parse_args(["cpd", argv[0], "--journal", str(path), "--passphrase-stdin", *argv[1:]])
        stdout = io.StringIO()
        code = cli.run(args, io.StringIO(TEST_PASSPHRASE + "\n"), stdout)
        assert code == expect, (argv, code)
        return stdout.getvalue()

    return run, clock, entry.id, session.id


def test_add_list_show_and_the_year_turning(setup):
    run, clock, entry_id, session_id = setup
    assert json.loads(run("list", "--json"))["status"] == "none"
    added = json.loads(
        run(
            "add", "--type", "course", "--date", "2026-10-02", "--description", "Neglect course",
            "--learned", "Harm adds up", "--impact", "I keep a chronology", "--entry", str(entry_id), "--json",
        )
    )  # fmt: skip
    assert json.loads(run("list", "--json"))["status"] == "one"
    out = run("add", "--type", "supervision", "--date", "2026-10-05", "--session", str(session_id),
              "--peer-reflection", "My manager challenged me", "--peer-role", "my line manager")  # fmt: skip
    assert "2 records, 1 with peer reflection: met" in out
    listing = run("list")
    assert "Registration year 2025–26" in listing and "met." in listing and "Neglect course" in listing
    shown = json.loads(run("show", str(added["id"]), "--json"))
    assert shown["learned"] == "Harm adds up" and shown["entries"] == [entry_id] and not shown["read_only"]
    text = run("show", str(added["id"]))
    assert "## What you learned" in text and "Harm adds up" in text and f"entry {entry_id}" in text

    clock.now = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)  # 1 December: a new year
    assert json.loads(run("list", "--json"))["status"] == "none"
    last = json.loads(run("list", "--last", "--json"))
    assert last["records"] == 2 and all(item["read_only"] for item in last["items"])
    assert json.loads(run("list", "--year", "2025-26", "--json"))["records"] == 2
    # Nothing can be added to the year that has closed.
    run("add", "--type", "reading", "--date", "2026-11-30", expect=cli.EXIT_USAGE)


def test_errors_are_plain(setup, capsys):
    run, *_ = setup
    run("show", "99", expect=cli.EXIT_NO_ENTRY)
    assert "no CPD record with id 99" in capsys.readouterr().err
    run("add", "--type", "course", "--date", "2026-10-02", "--until", "2026-10-01", expect=cli.EXIT_USAGE)
    run("export", "--format", "md", expect=cli.EXIT_USAGE)  # no --out
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["cpd", "list", "--year", "2025-27"])


def test_cpd_needs_a_subcommand(setup, capsys):
    args = cli.build_parser().parse_args(["cpd"])
    assert cli.run(args, io.StringIO(), io.StringIO()) == cli.EXIT_USAGE
    assert "cpd list" in capsys.readouterr().err


def test_the_cpd_module_loads_only_for_cpd():
    code = (
        "import sys; from reflectjournal import cli; cli.build_parser('list'); "
        "assert 'reflectjournal.cli_cpd' not in sys.modules; cli.build_parser('cpd'); "
        "assert 'reflectjournal.cli_cpd' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
