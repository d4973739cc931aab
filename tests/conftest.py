"""Shared fixtures. Every test runs with its own HOME and XDG folders so
nothing reaches the real home (QSettings, QtProject.conf, platformdirs)."""

from __future__ import annotations

import os
import sys
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


@pytest.fixture(autouse=True)
def windows_deleted_by_qt():
    """After each test, delete every top-level window through Qt.

    A window a test made is owned by Python. Left to the garbage collector,
    shiboken deletes it from inside a collection, at whatever line of a later
    test allocates: the QMainWindow's destructor then reparents its children
    while the menu bar's event filter still runs, and the process can crash
    (a segmentation fault seen once in CI, in a fixture's teardown). Deleting
    the windows here, with deleteLater and the deferred deletes delivered at
    once, destroys them at a known point, when nothing else is running.
    Tests that never load Qt pay nothing.
    """
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    for window in widgets.QApplication.topLevelWidgets():
        if isinstance(window, widgets.QMainWindow | widgets.QDialog):
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def journal_path(tmp_path) -> Path:
    return tmp_path / "journal" / "journal.rjournal"


@pytest.fixture
def journal(journal_path):
    j = Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF)
    yield j
    if j.is_open:
        j.close()
