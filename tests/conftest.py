"""Shared fixtures. Every test runs with its own HOME and XDG folders so
nothing reaches the real home (QSettings, QtProject.conf, platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# An empty QT_QPA_PLATFORM aborts the interpreter; only fill it when unset.
if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Low key-derivation cost for tests only. Production code never reads this:
# tests pass it explicitly through the ``kdf`` argument.
from reflectjournal.core.vault import Journal, KdfSettings  # noqa: E402

TEST_KDF = KdfSettings(iterations=2_000)
TEST_PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return home


@pytest.fixture
def journal_path(tmp_path) -> Path:
    return tmp_path / "journal" / "journal.rjournal"


@pytest.fixture
def journal(journal_path):
    j = Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF)
    yield j
    if j.is_open:
        j.close()
