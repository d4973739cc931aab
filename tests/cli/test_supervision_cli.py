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
    for expected in ("Analysis in assessments", "Visit to Mo", "Where next?", "Read the neglect guidance", "Ana"):
        assert expected in text
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
