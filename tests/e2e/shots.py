"""Shared set-up for the screenshot scripts: a private HOME and XDG folders
in a temporary folder, offscreen Qt, and the real window with a freshly
created, unlocked sample journal (low key-derivation cost: sample data only)."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path


def sample_window(prefix: str):
    """Return (app, window, tmp) with the journal unlocked."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (tmp / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(tmp / sub)
    if not os.environ.get("QT_QPA_PLATFORM"):
        # A council laptop's screen (the offscreen platform's own is 800x800,
        # and windows are kept inside their screen).
        config = tmp / "screen.json"
        screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1}
        config.write_text(json.dumps({"screens": [screen]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])

    from reflectjournal.app import build_window
    from reflectjournal.core.vault import KdfSettings
    from reflectjournal.ui.preferences import Preferences
    from reflectjournal.ui.prompter import ScriptedPrompter

    window = build_window(
        kdf=KdfSettings(iterations=2_000), prompter=ScriptedPrompter(), prefs=Preferences(tmp / "settings.conf")
    )
    window.session.create_journal(tmp / "data" / "journal.rjournal", "sample only passphrase here")
    window.session.wait_for_worker()
    while not window.session.is_unlocked:
        app.processEvents()
    return app, window, tmp


# The entries around the open one in the pictures: (title, kind, date).
SAMPLE_OTHERS = (
    ("Core group: planning for Jess", "core_group", dt.date(2025, 3, 12)),
    ("Phone call with Tayo's school", "phone_call", dt.date(2025, 3, 10)),
    ("Supervision with Priya", "supervision", dt.date(2025, 2, 20)),
)


def open_sample_entries(window, visit, others=SAMPLE_OTHERS):
    """Save ``others`` (short entries) and ``visit`` (the entry the picture
    shows) in the sample journal, refresh the list and open ``visit``."""
    from reflectjournal.core.models import Entry

    journal = window.session.journal_for_tests
    for title, kind, day in others:
        journal.entries.save(Entry(title=title, kind=kind, happened_on=day, body="(sample)"))
    saved = journal.entries.save(visit)
    window.list_pane.reload()
    window.open_entry(saved.id)
    return saved


def private_dirs(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    """A private home for an app process: (home, {XDG_* and TMPDIR: folder}),
    every folder made, the runtime folder 0700 as XDG requires."""
    home = tmp_path / "home"
    dirs = {
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_RUNTIME_DIR": home / "runtime",
        "TMPDIR": tmp_path / "tmp",
    }
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    os.chmod(dirs["XDG_RUNTIME_DIR"], 0o700)
    return home, dirs
