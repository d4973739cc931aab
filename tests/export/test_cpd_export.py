"""Golden files for the CPD export (core.cpd_export): a registration year's
records as Markdown and as PDF text, made through ``cpd export`` in-process
with a fixed clock, as a user makes them. Rewrite on purpose with
REFLECTJOURNAL_UPDATE_GOLDEN=1 (see test_golden.py)."""

from __future__ import annotations

import datetime as dt
import io
import time
from pathlib import Path

import pytest

from reflectjournal import cli
from reflectjournal.core.cpd import CpdRecord, CpdStore
from reflectjournal.core.cpd_export import build_export, cpd_fields, redact_cpd_export
from reflectjournal.core.identifying import Choice, Detector
from reflectjournal.core.models import Entry, SupervisionSession
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.export.golden_check import assert_golden
from tests.export.test_golden import Clock, pdf_font, pdf_text  # noqa: F401 (pdf_font is a fixture)

# "Today": 15 October 2026, in the renewal window of the year 2025-26.
TODAY = dt.datetime(2026, 10, 15, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def cpd_journal(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cpd") / "journal.rjournal"
    with Journal.create(path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=Clock(TODAY)) as j:
        visit = j.entries.save(
            Entry(title="Home visit with Tayo", body="Private words.", happened_on=dt.date(2026, 2, 3), uid="e1")
        )
        session = j.supervision.save(
            SupervisionSession(
                held_on=dt.date(2026, 4, 14), with_role="line_manager", session_type="formal", status="held", uid="s1"
            )
        )
        store = CpdStore(j)
        store.save(
            CpdRecord(
                cpd_type="course",
                started_on=dt.date(2026, 2, 10),
                ended_on=dt.date(2026, 2, 11),
                description="Two days on neglect and cumulative harm, because most of my cases are neglect.",
                learned="Harm adds up over time.\nA chronology shows it; single visits do not.",
                impact="- I keep a running chronology\n- I ask the family about the history",
                entry_ids=[visit.id],
                uid="r1",
            )
        )
        store.save(
            CpdRecord(
                cpd_type="supervision",
                started_on=dt.date(2026, 4, 14),
                description="Reflective supervision on working with resistance.",
                learned="Apparent co-operation can hide what is happening; I ask what lies behind it.",
                impact="Families hear my worries plainly, sooner. Ring 07700 900123 was my old habit.",
                peer_reflection="My manager asked what I would have done if the parents had said no.",
                peer_role="my line manager",
                session_ids=[session.id],
                uid="r2",
            )
        )
        # Last year's record stays out of this year's export.
        j.conn.execute(
            "INSERT INTO cpd_records(uid, cpd_type, started_on, description, created_at, updated_at)"
            " VALUES ('old', 'reading', '2025-06-01', 'LAST-YEAR', '2025-06-01T00:00:00Z', '2025-06-01T00:00:00Z')"
        )
    return path


@pytest.fixture
def run_cpd(cpd_journal, monkeypatch):
    real_open = Journal.open.__func__

    def open_with_fixed_clock(cls, path, passphrase, **kwargs):
        kwargs.update(kdf=TEST_KDF, clock=Clock(TODAY))
        return real_open(cls, path, passphrase, **kwargs)

    monkeypatch.setattr(Journal, "open", classmethod(open_with_fixed_clock))
    monkeypatch.setenv("TZ", "Europe/London")
    if hasattr(time, "tzset"):
        time.tzset()

    def run(*argv: str | Path, expect: int = cli.EXIT_OK) -> str:
        words = [str(a) for a in argv]
        args = cli.build_parser().parse_args(
            ["cpd", words[0], "--journal", str(cpd_journal), "--passphrase-stdin", *words[1:]]
        )
        stdout = io.StringIO()
        code = cli.run(args, io.StringIO(TEST_PASSPHRASE + "\n"), stdout)
        assert code == expect, f"{words} exited {code}"
        return stdout.getvalue()

    yield run
    monkeypatch.undo()
    if hasattr(time, "tzset"):
        time.tzset()


def test_cpd_markdown_matches_golden(run_cpd, tmp_path):
    out = tmp_path / "cpd.md"
    run_cpd("export", "--format", "md", "--out", out)
    text = out.read_text(encoding="utf-8")
    assert "LAST-YEAR" not in text and "Tayo" not in text and "Private words" not in text
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert_golden(text, "cpd-records.md")


def test_cpd_pdf_text_matches_golden(run_cpd, pdf_font, tmp_path):  # noqa: F811
    out = tmp_path / "cpd.pdf"
    run_cpd("export", "--format", "pdf", "--out", out)
    assert_golden(pdf_text(out), "cpd-records.pdf.txt")


def test_last_year_exports_on_its_own(run_cpd, tmp_path):
    out = tmp_path / "last.md"
    run_cpd("export", "--last", "--format", "md", "--out", out)
    text = out.read_text(encoding="utf-8")
    assert "LAST-YEAR" in text and "1 December 2024 to 30 November 2025" in text


def test_the_check_finds_the_phone_number_and_redacts_it(run_cpd, tmp_path, capsys):
    run_cpd("export", "--format", "md", "--check-only", expect=cli.EXIT_IDENTIFYING_FOUND)
    assert "record 2 The difference it makes" in capsys.readouterr().err
    out = tmp_path / "redacted.md"
    run_cpd("export", "--format", "md", "--out", out, "--redact")
    assert "07700 900123" not in out.read_text(encoding="utf-8")


def test_every_field_that_leaves_is_checked(cpd_journal):
    with Journal.open(cpd_journal, TEST_PASSPHRASE, kdf=TEST_KDF, clock=Clock(TODAY)) as j:
        from reflectjournal.core.cpd import registration_year

        export = build_export(j, registration_year(TODAY.date()), TODAY.date())
    markdown = export.to_markdown()
    for _where, text in cpd_fields(export):
        for line in text.splitlines():
            if line.strip():
                assert line.strip().lstrip("- ") in markdown
    copy, found = redact_cpd_export(Detector(), export, lambda _f: Choice.STAND_IN)
    assert found and "07700 900123" not in copy.to_markdown()
    assert "07700 900123" in export.to_markdown()  # the journal's own copy is unchanged
