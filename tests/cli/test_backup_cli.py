"""`reflectjournal backup`, `backups` and `restore` through a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PASS = "backup cli passphrase"


def cli(*args, passphrase=PASS, stdin_extra=""):
    return subprocess.run(
        [sys.executable, "-m", "reflectjournal", *args, "--passphrase-stdin"],
        input=passphrase + "\n" + stdin_extra,
        capture_output=True,
        text=True,
        env=os.environ.copy(),
    )


@pytest.mark.slow
def test_backup_list_and_restore(tmp_path):
    journal = tmp_path / "j" / "journal.rjournal"
    assert cli("init", "--journal", str(journal), stdin_extra=PASS + "\n").returncode == 0
    assert cli("add", "--title", "before backup", "--journal", str(journal), stdin_extra="body").returncode == 0
    made = cli("backup", "--journal", str(journal))
    assert made.returncode == 0, made.stderr
    assert cli("add", "--title", "after backup", "--journal", str(journal), stdin_extra="body").returncode == 0

    listed = cli("backups", "--journal", str(journal), "--json")
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert row["entries"] == 1 and row["check"] == "ok"

    wrong = cli("restore", row["path"], "--to", str(tmp_path / "x.rjournal"), passphrase="nope")
    assert wrong.returncode == 3 and "backup" in wrong.stderr
    assert not (tmp_path / "x.rjournal").exists()

    restored = cli("restore", row["path"], "--replace", "--journal", str(journal))
    assert restored.returncode == 0, restored.stderr
    titles = [e["title"] for e in json.loads(cli("list", "--journal", str(journal), "--json").stdout)]
    assert titles == ["before backup"]
    reasons = {r["reason"] for r in json.loads(cli("backups", "--journal", str(journal), "--json").stdout)}
    assert reasons == {"manual", "before-restore"}
