"""`reflectjournal supervision list|export` through a subprocess."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys

import pypdf
import pytest

from reflectjournal.core.models import Action, AgendaItem, Entry, SupervisionSession
from reflectjournal.core.vault import Journal

PASS = "supervision cli passphrase"


def cli(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "reflectjournal", *args, "--passphrase-stdin"],
        input=PASS + "\n",
        capture_output=True,
        text=True,
        env=os.environ.copy(),
    )


@pytest.fixture
def prepared(tmp_path):
    path = tmp_path / "j" / "journal.rjournal"
    with Journal.create(path, PASS) as j:  # production KDF, as the CLI uses
        e = j.entries.save(Entry(title="Visit to Mo", body="PRIVATE-BODY", happened_on=dt.date(2026, 3, 2)))
        j.supervision.save(
            SupervisionSession(
                held_on=dt.date(2026, 2, 1),
                status="held",
                next_on=dt.date.today() + dt.timedelta(days=30),
                actions=[Action("Read the neglect guidance", "me", dt.date(2026, 2, 20))],
            )
        )
        s = j.supervision.save(
            SupervisionSession(
                held_on=dt.date(2026, 3, 5),
                with_role="professional_educator",
                with_name="Ana",
                agenda=[AgendaItem("development", "Analysis in assessments", [e.id])],
                questions="Where next?",
            )
        )
    return path, s.id


def test_list(prepared):
    path, sid = prepared
    out = cli("supervision", "list", "--journal", str(path), "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [r["id"] for r in rows] == [sid, sid - 1]
    assert rows[0]["with"] == "Professional educator" and rows[1]["open_actions"] == 1
    # Overdue counts per session, and the next meeting agreed.
    assert rows[1]["overdue_actions"] == 1 and rows[0]["overdue_actions"] == 0
    assert rows[1]["next_meeting"] == (dt.date.today() + dt.timedelta(days=30)).isoformat()


def test_list_says_when_the_next_meeting_is_and_how_many_actions_are_overdue(prepared):
    path, sid = prepared
    out = cli("supervision", "list", "--journal", str(path))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    next_day = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    assert lines[0] == f"Next meeting: {next_day}. 1 action overdue."
    assert lines[2].endswith("[1 overdue]") and "overdue" not in lines[1]


@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_export(prepared, tmp_path, fmt):
    path, sid = prepared
    out_file = tmp_path / f"prep.{fmt}"
    out = cli("supervision", "export", str(sid), "--format", fmt, "--out", str(out_file), "--journal", str(path))
    assert out.returncode == 0, out.stderr
    assert "not encrypted" in out.stderr
    assert out_file.stat().st_mode & 0o777 == 0o600
    if fmt == "md":
        text = out_file.read_text()
    else:
        text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(out_file.read_bytes())).pages)
        text = " ".join(text.split())
    for expected in (
        "Supervision record",
        "Analysis in assessments",
        "Visit to Mo",
        "Where next?",
        "Read the neglect guidance (carried forward from 1 February 2026)",
        "Ana (Professional educator)",
        "Signature: ____",
        "This document is not encrypted.",
    ):
        assert expected in text, expected
    assert "PRIVATE-BODY" not in text
    # Never overwrites.
    again = cli("supervision", "export", str(sid), "--format", fmt, "--out", str(out_file), "--journal", str(path))
    assert again.returncode == 2


def test_unknown_session(prepared, tmp_path):
    path, _ = prepared
    out = cli("supervision", "export", "999", "--format", "md", "--out", str(tmp_path / "x.md"), "--journal", str(path))
    assert out.returncode == 8
    assert "supervision session" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "x.md").exists()


def test_names_given_once_are_remembered(prepared, tmp_path):
    path, sid = prepared
    first = tmp_path / "first.md"
    out = cli(
        "supervision", "export", str(sid), "--format", "md", "--out", str(first), "--journal", str(path),
        "--supervisee", "Alex Rivers",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    second = tmp_path / "second.md"
    out = cli("supervision", "export", str(sid), "--format", "md", "--out", str(second), "--journal", str(path))
    assert out.returncode == 0, out.stderr
    assert "**Supervisee:** Alex Rivers" in second.read_text()
