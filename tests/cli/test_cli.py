"""The command line, run as a user runs it: a separate process, the
production key derivation, the passphrase on standard input."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from reflectjournal.cli import (
    EXIT_DAMAGED,
    EXIT_IN_USE,
    EXIT_NO_ENTRY,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_TOO_NEW,
    EXIT_USAGE,
    EXIT_VERIFY_FAILED,
    EXIT_WRONG_PASSPHRASE,
)
from reflectjournal.core.models import Entry
from reflectjournal.core.schema import SCHEMA_VERSION
from reflectjournal.core.vault import PRODUCTION_KDF, Journal

PASSPHRASE = "tea and biscuits at four"
# Entry text that must never reach standard error.
SECRET = "Zanzibarquokka"


def run_cli(*args: str | Path, input: str | None = None, check_stderr: bool = True) -> subprocess.CompletedProcess:
    """Run ``python -m reflectjournal`` with no terminal at all (a new
    session has no controlling tty), so nothing can prompt and hang."""
    result = subprocess.run(
        [sys.executable, "-m", "reflectjournal", *map(str, args)],
        input=input,
        stdin=subprocess.DEVNULL if input is None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=os.environ.copy(),  # HOME and XDG_* point into tmp (tests/conftest.py)
        start_new_session=True,
        timeout=60,
    )
    if check_stderr:
        assert "Traceback" not in result.stderr
        assert SECRET not in result.stderr
    return result


def with_passphrase(*lines: str) -> str:
    return "".join(f"{line}\n" for line in lines)


@pytest.fixture(scope="module")
def shared_journal(tmp_path_factory) -> Path:
    """A journal with three entries, made once with the production KDF.
    Tests that change the journal make their own."""
    path = tmp_path_factory.mktemp("shared") / "journal.rjournal"
    import datetime as dt

    with Journal.create(path, PASSPHRASE) as journal:
        journal.entries.save(
            Entry(
                title="Home visit to the Ashdown family",
                body=f"The kitchen was cold. {SECRET} said little.",
                kind="home_visit",
                happened_on=dt.date(2024, 3, 18),
                tags=["neglect", "school"],
            )
        )
        journal.entries.save(
            Entry(
                title="Supervision with Priya",
                body="Talked about the court report and my caseload.",
                kind="supervision",
                happened_on=dt.date(2024, 4, 2),
                tags=["caseload"],
            )
        )
        journal.entries.save(
            Entry(
                title="Court day",
                body="The school nurse gave evidence.",
                kind="court",
                happened_on=dt.date(2024, 5, 9),
                tags=["court", "school"],
            )
        )
    return path


# -- the whole journey ------------------------------------------------------------


@pytest.mark.slow
def test_init_add_list_show_search(tmp_path):
    path = tmp_path / "mine" / "journal.rjournal"
    r = run_cli("init", "--journal", path, "--passphrase-stdin", input=with_passphrase(PASSPHRASE))
    assert r.returncode == EXIT_OK, r.stderr
    assert path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700

    hostile = 'Visit: "hard" ---\nsecond line'
    body = f"# Notes\n\nMet {SECRET} at school; the *garden* was overgrown.\n"
    r = run_cli(
        "add",
        "--journal",
        path,
        "--passphrase-stdin",
        "--title",
        hostile,
        "--kind",
        "HOME VISIT",
        "--tag",
        "School",
        "--tag",
        "#garden",
        "--date",
        "2023-11-05",
        "--time",
        "09:15",
        "--json",
        input=with_passphrase(PASSPHRASE) + body,
    )
    assert r.returncode == EXIT_OK, r.stderr
    first = json.loads(r.stdout)
    assert isinstance(first["id"], int) and first["uid"]

    body_file = tmp_path / "body.md"
    body_file.write_text("Supervision: we talked about workload.\n", encoding="utf-8")
    # Global options may also come before the command.
    r = run_cli(
        "--journal",
        path,
        "--passphrase-stdin",
        "add",
        "--title",
        "Supervision notes",
        "--kind",
        "supervision",
        "--body-file",
        body_file,
        "--child-in-mind",
        "What would Amy say about her new school?",
        "--wellbeing",
        "3",
        "--wellbeing-words",
        "tired",
        input=with_passphrase(PASSPHRASE),
    )
    assert r.returncode == EXIT_OK, r.stderr
    assert r.stdout.startswith("Saved entry ")

    r = run_cli("list", "--journal", path, "--passphrase-stdin", "--json", input=with_passphrase(PASSPHRASE))
    assert r.returncode == EXIT_OK, r.stderr
    listed = json.loads(r.stdout)
    assert [item["title"] for item in listed] == ["Supervision notes", hostile]  # newest first
    assert listed[1]["tags"] == ["garden", "School"]  # the case typed
    assert listed[1]["date"] == "2023-11-05" and listed[1]["time"] == "09:15"
    assert listed[1]["kind"] == "home_visit"

    r = run_cli("list", "--journal", path, "--passphrase-stdin", input=with_passphrase(PASSPHRASE))
    assert r.returncode == EXIT_OK
    lines = r.stdout.splitlines()
    assert len(lines) == 2  # a title's newline never splits a row
    assert lines[1].startswith("2023-11-05 09:15") and "#School" in lines[1]

    r = run_cli(
        "show", str(first["id"]), "--journal", path, "--passphrase-stdin", "--json", input=with_passphrase(PASSPHRASE)
    )
    assert r.returncode == EXIT_OK, r.stderr
    shown = json.loads(r.stdout)
    assert shown["title"] == hostile
    assert shown["body"] == body
    assert shown["kind_label"] == "Home visit"
    assert shown["date"] == "2023-11-05"

    r = run_cli(
        "show", str(first["id"] + 1), "--journal", path, "--passphrase-stdin", input=with_passphrase(PASSPHRASE)
    )
    assert r.returncode == EXIT_OK
    assert "Keeping the child in mind" in r.stdout and "Amy" in r.stdout
    assert "Wellbeing: 3/5 (tired)" in r.stdout

    r = run_cli(
        "search", SECRET.lower(), "--journal", path, "--passphrase-stdin", "--json", input=with_passphrase(PASSPHRASE)
    )
    assert r.returncode == EXIT_OK, r.stderr
    hits = json.loads(r.stdout)
    assert [hit["id"] for hit in hits] == [first["id"]]
    assert SECRET in hits[0]["snippet"]
    assert {"text": SECRET, "highlight": True} in hits[0]["highlights"]


def test_search_human_output_marks_matches_and_applies_filters(shared_journal):
    r = run_cli(
        "search",
        "school",
        "--tag",
        "court",
        "--journal",
        shared_journal,
        "--passphrase-stdin",
        input=with_passphrase(PASSPHRASE),
    )
    assert r.returncode == EXIT_OK, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("2024-05-09") and "Court day" in lines[0]
    assert "[school]" in lines[1]  # not a terminal: brackets, no ANSI
    assert "\x1b" not in r.stdout
    assert len(lines) == 2


def test_search_json_with_kind_and_dates(shared_journal):
    r = run_cli(
        "search",
        "school",
        "--kind",
        "Home visit",
        "--from",
        "2024-01-01",
        "--to",
        "2024-12-31",
        "--json",
        "--journal",
        shared_journal,
        "--passphrase-stdin",
        input=with_passphrase(PASSPHRASE),
    )
    assert r.returncode == EXIT_OK, r.stderr
    hits = json.loads(r.stdout)
    assert [hit["title"] for hit in hits] == ["Home visit to the Ashdown family"]


# -- exit codes --------------------------------------------------------------------------


def test_wrong_passphrase_exits_3(shared_journal):
    r = run_cli("list", "--journal", shared_journal, "--passphrase-stdin", input=with_passphrase("not it"))
    assert r.returncode == EXIT_WRONG_PASSPHRASE
    assert "does not unlock" in r.stderr
    assert r.stdout == ""


@pytest.mark.parametrize(
    "content",
    [b"", os.urandom(5000), b"SQLite format 3\x00" + bytes(4080)],
    ids=["zero-bytes", "random-bytes", "plain-sqlite"],
)
def test_damaged_or_not_a_journal_exits_4(tmp_path, content):
    path = tmp_path / "odd.rjournal"
    path.write_bytes(content)
    r = run_cli("list", "--journal", path, "--passphrase-stdin", input=with_passphrase(PASSPHRASE))
    assert r.returncode == EXIT_DAMAGED, r.stderr
    assert "restore" in r.stderr
    assert path.read_bytes() == content  # nothing was written


def test_journal_open_elsewhere_exits_5(shared_journal):
    with Journal.open(shared_journal, PASSPHRASE):
        r = run_cli("list", "--journal", shared_journal, "--passphrase-stdin", input=with_passphrase(PASSPHRASE))
    assert r.returncode == EXIT_IN_USE
    assert "already open" in r.stderr


def test_newer_version_exits_6(tmp_path):
    path = tmp_path / "future.rjournal"
    Journal.create(path, PASSPHRASE).close()
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
    conn.execute(f"PRAGMA kdf_iter = {PRODUCTION_KDF.iterations}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    r = run_cli("list", "--journal", path, "--passphrase-stdin", input=with_passphrase(PASSPHRASE))
    assert r.returncode == EXIT_TOO_NEW, r.stderr
    assert "newer version" in r.stderr


def test_missing_journal_exits_7_and_suggests_init(tmp_path):
    r = run_cli(
        "list", "--journal", tmp_path / "nowhere.rjournal", "--passphrase-stdin", input=with_passphrase(PASSPHRASE)
    )
    assert r.returncode == EXIT_NOT_FOUND
    assert "reflectjournal init" in r.stderr


def test_default_journal_path_lives_in_the_data_folder(isolated_home):
    r = run_cli("list")  # no journal yet, and no passphrase needed to say so
    assert r.returncode == EXIT_NOT_FOUND
    data_home = Path(os.environ["XDG_DATA_HOME"])
    assert str(data_home / "reflectjournal" / "journal.rjournal") in r.stderr
    assert "`reflectjournal init`" in r.stderr  # the default needs no --journal


def test_unknown_entry_exits_8(shared_journal):
    r = run_cli("show", "999", "--journal", shared_journal, "--passphrase-stdin", input=with_passphrase(PASSPHRASE))
    assert r.returncode == EXIT_NO_ENTRY
    assert "999" in r.stderr and "list" in r.stderr


def test_no_terminal_and_no_passphrase_stdin_is_a_usage_error(shared_journal):
    r = run_cli("list", "--journal", shared_journal)
    assert r.returncode == EXIT_USAGE
    assert "--passphrase-stdin" in r.stderr


def test_init_refuses_an_existing_file(shared_journal):
    before = shared_journal.read_bytes()
    r = run_cli("init", "--journal", shared_journal, "--passphrase-stdin", input=with_passphrase("another"))
    assert r.returncode == EXIT_USAGE
    assert "never overwrites" in r.stderr
    assert shared_journal.read_bytes() == before


def test_usage_errors_come_from_argparse(shared_journal):
    r = run_cli(
        "add",
        "--date",
        "18/03/2024",
        "--journal",
        shared_journal,
        "--passphrase-stdin",
        input=with_passphrase(PASSPHRASE),
    )
    assert r.returncode == EXIT_USAGE
    assert "YYYY-MM-DD" in r.stderr


def test_help_lists_the_exit_codes():
    r = run_cli("--help")
    assert r.returncode == EXIT_OK
    assert "Exit codes:" in r.stdout and "wrong passphrase" in r.stdout


# -- changing the passphrase, export, verify, backup -----------------------------------------


@pytest.mark.slow
def test_change_passphrase_then_old_fails_and_new_works(tmp_path):
    path = tmp_path / "journal.rjournal"
    with Journal.create(path, PASSPHRASE) as journal:
        journal.entries.save(Entry(title="Before the change", body=SECRET))
    new = "a completely different phrase"
    r = run_cli("change-passphrase", "--journal", path, "--passphrase-stdin", input=with_passphrase(PASSPHRASE, new))
    assert r.returncode == EXIT_OK, r.stderr
    assert "OLD passphrase" in r.stdout  # the backup taken first still opens with it
    r = run_cli("list", "--journal", path, "--passphrase-stdin", input=with_passphrase(PASSPHRASE))
    assert r.returncode == EXIT_WRONG_PASSPHRASE
    r = run_cli("list", "--journal", path, "--passphrase-stdin", "--json", input=with_passphrase(new))
    assert r.returncode == EXIT_OK
    assert [item["title"] for item in json.loads(r.stdout)] == ["Before the change"]


def test_export_writes_private_files_and_warns(shared_journal, tmp_path):
    out = tmp_path / "export"
    r = run_cli(
        "export", "--out", out, "--journal", shared_journal, "--passphrase-stdin", input=with_passphrase(PASSPHRASE)
    )
    assert r.returncode == EXIT_OK, r.stderr
    assert "NOT encrypted" in r.stderr
    assert "Exported 3 entries" in r.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    files = sorted(p.name for p in out.iterdir())
    assert files == [
        "2024-03-18-home-visit-to-the-ashdown-family-1.md",
        "2024-04-02-supervision-with-priya-2.md",
        "2024-05-09-court-day-3.md",
        "entries.json",
    ]
    for p in out.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
    assert SECRET in (out / files[0]).read_text(encoding="utf-8")
    records = json.loads((out / "entries.json").read_text(encoding="utf-8"))
    assert [rec["date"] for rec in records] == ["2024-03-18", "2024-04-02", "2024-05-09"]

    # A second export into the same folder is refused: nothing is overwritten.
    r = run_cli(
        "export", "--out", out, "--journal", shared_journal, "--passphrase-stdin", input=with_passphrase(PASSPHRASE)
    )
    assert r.returncode == EXIT_USAGE
    assert "empty folder" in r.stderr


def test_verify_prints_both_checks(shared_journal):
    r = run_cli("verify", "--journal", shared_journal, "--passphrase-stdin", input=with_passphrase(PASSPHRASE))
    assert r.returncode == EXIT_OK, r.stderr
    assert "SQLCipher integrity check (every page's checksum): OK" in r.stdout
    assert "SQLite integrity check: OK" in r.stdout
    assert "Entries: 3" in r.stdout


def test_verify_exits_10_when_a_page_is_damaged(tmp_path):
    path = tmp_path / "journal.rjournal"
    with Journal.create(path, PASSPHRASE) as journal:
        journal.entries.save_many([Entry(title=f"entry {i}", body="words " * 400) for i in range(30)])
    size = path.stat().st_size
    with open(path, "r+b") as fh:  # flip one byte near the end: the first page still opens
        fh.seek(size - 2000)
        byte = fh.read(1)
        fh.seek(size - 2000)
        fh.write(bytes([byte[0] ^ 0xFF]))
    r = run_cli("verify", "--journal", path, "--passphrase-stdin", input=with_passphrase(PASSPHRASE))
    assert r.returncode == EXIT_VERIFY_FAILED, r.stderr
    assert "HMAC verification failed" in r.stdout
    assert "restore your most recent backup" in r.stderr


def test_backup_writes_an_encrypted_copy_that_opens(shared_journal, tmp_path):
    dest = tmp_path / "copy.rjournal"
    r = run_cli(
        "backup", "--out", dest, "--journal", shared_journal, "--passphrase-stdin", input=with_passphrase(PASSPHRASE)
    )
    assert r.returncode == EXIT_OK, r.stderr
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert b"SQLite format 3" not in dest.read_bytes()[:16]
    with Journal.open(dest, PASSPHRASE) as copy:
        assert copy.entries.count() == 3
    r = run_cli(
        "backup", "--out", dest, "--journal", shared_journal, "--passphrase-stdin", input=with_passphrase(PASSPHRASE)
    )
    assert r.returncode == EXIT_USAGE  # never overwrites


# -- start-up ----------------------------------------------------------------------------------


def test_the_cli_does_not_import_qt():
    code = (
        "import sys, reflectjournal.cli, reflectjournal.__main__\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'markdown', 'nh3'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
