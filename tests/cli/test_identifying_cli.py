"""The command line's exports run the identifying-information check: findings
on standard error (never the text found), --check-only (exit 12, nothing
written) and --redact (none of the planted identifiers in the files, scanned
the way the leak test scans: raw, UTF-16, inflated, PDF text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reflectjournal.cli import EXIT_IDENTIFYING_FOUND, EXIT_OK
from reflectjournal.core.journal_settings import JournalSettings
from reflectjournal.core.models import Entry
from reflectjournal.core.people import PeopleStore, set_case_patterns
from reflectjournal.core.vault import Journal
from tests.cli.test_import_cli import PASSPHRASE, with_journal
from tests.e2e.test_no_plaintext import files_under, holds_canary

PLANTED = {
    "person": "Tayoquokka",
    "variant": "Okaforquokka",
    "nhs": "943 476 5919",
    "ni": "JG103759A",
    "postcode": "SW1A 1AA",
    "phone": "07700 900123",
    "email": "grace.quokka@example.org",
    "case": "CS-123456",
    "dob": "03/04/2015",
}
BODY = (
    f"Visited {PLANTED['person']} and Ms {PLANTED['variant']} at {PLANTED['postcode']}. "
    f"NHS {PLANTED['nhs']}, NI {PLANTED['ni']}, ring {PLANTED['phone']}, email {PLANTED['email']}. "
    f"Case {PLANTED['case']}; DOB: {PLANTED['dob']}. We talked about bedtimes."
)


@pytest.fixture
def journal_file(tmp_path) -> Path:
    path = tmp_path / "journal.rjournal"
    with Journal.create(path, PASSPHRASE) as journal:
        journal.entries.save(Entry(title=f"Visit to {PLANTED['person']}", body=BODY, happened_on=dt.date(2025, 5, 1)))
        PeopleStore(journal).add(PLANTED["person"], "Child A")
        PeopleStore(journal).add(f"Ms {PLANTED['variant']}", "Mother", [PLANTED["variant"]])
        set_case_patterns(JournalSettings(journal), ["CS-######"])
    return path


def test_check_only_lists_findings_without_their_text_and_exits_12(journal_file, tmp_path):
    out = tmp_path / "out"
    done = with_journal(journal_file, "export", "--check-only", "--out", out)
    assert done.returncode == EXIT_IDENTIFYING_FOUND, done.stderr
    assert not out.exists()
    for label in (
        "NHS number",
        "National Insurance number",
        "Postcode",
        "Phone number",
        "Email address",
        "Case number",
        "Date of birth",
        "People list",
    ):
        assert label in done.stderr, label
    assert "stand-in 'Child A'" in done.stderr
    for value in PLANTED.values():
        assert value not in done.stderr  # never entry text on standard error


def test_check_only_on_clean_text_is_exit_0(tmp_path):
    path = tmp_path / "clean.rjournal"
    with Journal.create(path, PASSPHRASE) as journal:
        journal.entries.save(Entry(title="A quiet week", body="we talked about bedtimes and school mornings"))
    done = with_journal(path, "export", "--check-only")
    assert done.returncode == EXIT_OK, done.stderr
    assert "found nothing" in done.stderr


@pytest.mark.parametrize("fmt", ["markdown", "html", "pdf"])
def test_redacted_exports_hold_none_of_the_planted_identifiers(journal_file, tmp_path, fmt):
    out = tmp_path / ("export" if fmt == "markdown" else f"export.{fmt}")
    done = with_journal(journal_file, "export", "--format", fmt, "--out", out, "--redact")
    assert done.returncode == EXIT_OK, done.stderr
    assert "replaced in the export" in done.stderr
    files = list(files_under(out)) if out.is_dir() else [out]
    assert files
    leaks = {name: holds_canary(f, value) for f in files for name, value in PLANTED.items() if holds_canary(f, value)}
    assert leaks == {}
    if fmt != "pdf":
        text = "".join(f.read_text(encoding="utf-8") for f in files)
        assert "Child A" in text and "Mother" in text and "[NHS number]" in text
    with Journal.open(journal_file, PASSPHRASE) as journal:  # the journal keeps its own text
        assert journal.entries.get(journal.entries.ids()[0]).body == BODY


def test_without_redact_the_export_is_unchanged_but_findings_are_listed(journal_file, tmp_path):
    out = tmp_path / "plain"
    done = with_journal(journal_file, "export", "--out", out)
    assert done.returncode == EXIT_OK, done.stderr
    assert "--redact replaces them" in done.stderr
    assert any(holds_canary(f, PLANTED["nhs"]) for f in files_under(out))


def test_supervision_export_check_only_and_redact(journal_file, tmp_path):
    with Journal.open(journal_file, PASSPHRASE) as journal:
        from reflectjournal.core.models import SupervisionSession

        session_id = journal.supervision.save(
            SupervisionSession(with_name="Abi", held_on=dt.date(2025, 5, 2), questions=BODY)
        ).id
    done = with_journal(journal_file, "supervision", "export", str(session_id), "--format", "md", "--check-only")
    assert done.returncode == EXIT_IDENTIFYING_FOUND, done.stderr
    out = tmp_path / "s.md"
    done = with_journal(
        journal_file, "supervision", "export", str(session_id), "--format", "md", "--out", out, "--redact"
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert all(not holds_canary(out, value) for value in PLANTED.values())
