"""`reflectjournal import` and `export --format html|pdf`, run as a user runs
them: a separate process, the production key derivation, the passphrase on
standard input."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest

from reflectjournal.cli import EXIT_DAMAGED, EXIT_IMPORT_INCOMPLETE, EXIT_OK, EXIT_USAGE
from reflectjournal.core.models import Entry
from reflectjournal.core.vault import Journal

PASSPHRASE = "tea and biscuits at four"
# Entry text that must never reach standard error (or a report line).
SECRET = "Zanzibarquokka"


def run_cli(*args: str | Path, input: str | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "reflectjournal", *map(str, args)],
        input=input,
        stdin=subprocess.DEVNULL if input is None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=os.environ.copy(),  # HOME, XDG_* and QT_QPA_PLATFORM=offscreen (tests/conftest.py)
        start_new_session=True,
        timeout=120,
    )
    assert "Traceback" not in result.stderr
    assert SECRET not in result.stderr
    return result


def with_journal(journal: Path, *args: str | Path) -> subprocess.CompletedProcess:
    return run_cli(*args, "--journal", journal, "--passphrase-stdin", input=PASSPHRASE + "\n")


def count_entries(path: Path) -> int:
    with Journal.open(path, PASSPHRASE) as journal:
        return journal.entries.count()


@pytest.fixture
def journal_file(tmp_path) -> Path:
    path = tmp_path / "journal.rjournal"
    with Journal.create(path, PASSPHRASE) as journal:
        journal.entries.save(Entry(title="Already here", body="old", happened_on=dt.date(2020, 1, 1)))
    return path


@pytest.fixture
def jrnl_file(tmp_path) -> Path:
    entries = [
        {
            "date": "2024-03-18",
            "time": "09:30",
            "title": f"Visit {i}.",
            "body": f"{SECRET} {i}",
            "tags": ["@work"],
            "starred": i == 2,
        }
        for i in range(5)
    ]
    entries.append(
        {"date": "18/03/2024", "time": "09:30", "title": SECRET, "body": SECRET, "tags": [], "starred": False}
    )
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps({"tags": {"@work": 5}, "entries": entries}), encoding="utf-8")
    return path


def test_dry_run_then_import(journal_file, jrnl_file):
    dry = with_journal(journal_file, "import", jrnl_file, "--format", "jrnl", "--dry-run")
    assert dry.returncode == EXIT_IMPORT_INCOMPLETE, dry.stderr  # entry 6 cannot come in
    assert "Would import 5 entries" in dry.stdout and "nothing was changed" in dry.stdout
    assert "entry 6: the date is missing or not understood" in dry.stdout
    assert "starred flag (reflectjournal has no stars): entry 3" in dry.stdout
    assert SECRET not in dry.stdout  # the report names places, never text
    assert count_entries(journal_file) == 1

    done = with_journal(journal_file, "import", jrnl_file, "--format", "jrnl")
    assert done.returncode == EXIT_IMPORT_INCOMPLETE, done.stderr
    assert "Imported 5 entries." in done.stdout
    assert count_entries(journal_file) == 6

    again = with_journal(journal_file, "import", jrnl_file, "--format", "jrnl")
    assert again.returncode == EXIT_IMPORT_INCOMPLETE  # entry 6 still cannot
    assert "Imported 0 entries." in again.stdout and "already in this journal" in again.stdout
    assert count_entries(journal_file) == 6


def test_hostile_and_wrong_sources_are_refused_with_exit_codes(journal_file, jrnl_file, tmp_path):
    slip = tmp_path / "slip.zip"
    with zipfile.ZipFile(slip, "w") as archive:
        archive.writestr("../../outside.json", json.dumps({"entries": []}))
    refused = with_journal(journal_file, "import", slip, "--format", "dayone")
    assert refused.returncode == EXIT_DAMAGED
    assert "outside its own folder" in refused.stderr and "The journal is as it was." in refused.stderr

    wrong = with_journal(journal_file, "import", jrnl_file, "--format", "dayone")
    assert wrong.returncode == EXIT_DAMAGED
    assert "not a Day One export" in wrong.stderr

    missing = with_journal(journal_file, "import", tmp_path / "nope.json", "--format", "jrnl")
    assert missing.returncode == EXIT_USAGE and "There is no file or folder" in missing.stderr

    no_format = with_journal(journal_file, "import", jrnl_file)
    assert no_format.returncode == EXIT_USAGE
    assert count_entries(journal_file) == 1


@pytest.mark.slow
def test_markdown_export_and_import_round_trip(journal_file, tmp_path):
    folder = tmp_path / "export"
    out = with_journal(journal_file, "export", "--out", folder)
    assert out.returncode == EXIT_OK and "NOT encrypted" in out.stderr
    other = tmp_path / "other.rjournal"
    created = run_cli("init", "--journal", other, "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert created.returncode == EXIT_OK
    back = with_journal(other, "import", folder, "--format", "markdown")
    assert back.returncode == EXIT_OK, back.stderr
    assert "Imported 1 entry." in back.stdout
    assert "entries.json: reflectjournal's JSON copy" in back.stdout
    with Journal.open(other, PASSPHRASE) as journal:
        (entry_id,) = journal.entries.ids()
        entry = journal.entries.get(entry_id)
    assert (entry.title, entry.body, entry.happened_on) == ("Already here", "old", dt.date(2020, 1, 1))


@pytest.fixture
def dated_journal(tmp_path) -> Path:
    path = tmp_path / "dated.rjournal"
    with Journal.create(path, PASSPHRASE) as journal:
        for day in (dt.date(2024, 1, 31), dt.date(2024, 2, 10), dt.date(2024, 2, 20), dt.date(2024, 3, 1)):
            journal.entries.save(
                Entry(title=f"Reflection of {day.isoformat()}", body=f"{SECRET} <script>x()</script>", happened_on=day)
            )
    return path


def test_export_html_for_a_date_range(dated_journal, tmp_path):
    out = tmp_path / "february.html"
    result = with_journal(
        dated_journal, "export", "--format", "html", "--out", out, "--from", "2024-02-01", "--to", "2024-02-29"
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert "Exported 2 entries" in result.stdout
    assert "NOT encrypted" in result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    html = out.read_text(encoding="utf-8")
    assert "NOT encrypted" in html.split("<h2>", 1)[0]
    assert html.index("2024-02-10") < html.index("2024-02-20")
    assert "2024-01-31" not in html and "2024-03-01" not in html
    assert "<script" not in html

    again = with_journal(dated_journal, "export", "--format", "html", "--out", out)
    assert again.returncode == EXIT_USAGE and "never overwrites" in again.stderr


def test_export_pdf_for_a_date_range(dated_journal, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "february.pdf"
    result = with_journal(
        dated_journal, "export", "--format", "pdf", "--out", out, "--from", "2024-02-01", "--to", "2024-02-29"
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    text = " ".join(unicodedata.normalize("NFKC", text).split())  # Qt writes "fl" as a ligature
    assert "NOT encrypted" in text
    assert "Reflection of 2024-02-10" in text and "Reflection of 2024-02-20" in text
    assert "2024-01-31" not in text and "2024-03-01" not in text


CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"


def test_dayone_dry_run_lists_every_change_and_loss_with_counts(journal_file):
    dry = with_journal(journal_file, "import", CORPUS / "dayone", "--format", "dayone", "--dry-run")
    assert dry.returncode == EXIT_OK, dry.stderr
    out = dry.stdout
    assert "Would import 6 entries" in out and "Would attach 2 pictures and PDFs" in out
    assert "Would change on the way:" in out
    # Examples in the order the export's files are read (name order), entries in file order.
    assert "  title taken from the first line, as Day One shows it: Personal.json entry 1, Work.json entry 1, " in out
    assert " and 2 more" in out  # three examples, then a count
    assert "Day One's Markdown escapes (such as \\. and \\-) undone (5 in 1): Work.json entry 1" in out
    assert "video not carried over" in out and "Mars/Olympus_Mons" in out
    assert "Work.json entry 3: empty" in out
    assert count_entries(journal_file) == 1


def test_dayone_details_dropped_on_request(journal_file):
    done = with_journal(journal_file, "import", CORPUS / "dayone", "--format", "dayone", "--details", "drop")
    assert done.returncode == EXIT_OK, done.stderr
    assert "location (left out, as chosen): Work.json entry 1" in done.stdout
    with Journal.open(journal_file, PASSPHRASE) as journal:
        assert not any("Imported details" in journal.entries.get(i).body for i in journal.entries.ids())
