"""Make docs/screenshot.png: the main window with a few fictional entries.

Run under a display, for example:
    Xvfb :77 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:77 .venv/bin/python tests/e2e/screenshot.py docs/screenshot.png
Everything it writes (journal, settings) goes to a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path


def main(out: str) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="rj-shot-"))
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (tmp / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(tmp / sub)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reflectjournal.app import build_window
    from reflectjournal.core.models import Entry, Wellbeing
    from reflectjournal.core.vault import Journal, KdfSettings
    from reflectjournal.ui.preferences import Preferences
    from reflectjournal.ui.prompter import ScriptedPrompter

    kdf = KdfSettings(iterations=2_000)  # sample data only
    path = tmp / "data" / "journal.rjournal"
    passphrase = "sample only passphrase here"
    samples = [
        Entry(
            title="Home visit: the Okafor family",
            kind="home_visit",
            happened_on=dt.date(2025, 3, 18),
            happened_at=dt.time(10, 30),
            tags=["home conditions", "school"],
            body=(
                "## What happened\n\n"
                "Mum met me at the door; the flat was **warmer** than last time and the boiler has been fixed.\n\n"
                "- Tayo (7) showed me his reading book and a drawing of the dog\n"
                "- Mum said the school run is *easier* since the bus pass came\n\n"
                "## What I noticed\n\n"
                "> Tayo kept checking Mum's face before answering me.\n\n"
                "Next: speak to the school about the reading support, and visit again in two weeks."
            ),
            child_in_mind=(
                'Tayo seems more settled. I think he would say: "I like it when Mum laughs and the house is warm." '
                "He may still worry about getting things wrong."
            ),
            wellbeing=Wellbeing(4, "Tired but hopeful"),
        ),
        Entry(
            title="Core group: planning for Jess",
            kind="core_group",
            happened_on=dt.date(2025, 3, 12),
            happened_at=dt.time(14, 0),
            tags=["plan", "school"],
            body="Agreed the plan.",
        ),
        Entry(
            title="Supervision with Priya",
            kind="supervision",
            happened_on=dt.date(2025, 3, 6),
            happened_at=dt.time(9, 0),
            tags=["self"],
            body="Talked about caseload.",
        ),
        Entry(
            title="Phone call with the health visitor",
            kind="phone_call",
            happened_on=dt.date(2025, 2, 27),
            happened_at=dt.time(16, 15),
            tags=["health"],
            body="Weight check booked.",
        ),
        Entry(
            title="Joint visit with the police",
            kind="joint_visit",
            happened_on=dt.date(2025, 2, 20),
            happened_at=dt.time(11, 0),
            tags=["safety"],
            body="Safety plan reviewed.",
        ),
        Entry(
            title="Direct work: three houses",
            kind="direct_work",
            happened_on=dt.date(2025, 2, 14),
            happened_at=dt.time(15, 30),
            tags=["child's voice"],
            body="House of worries, good things, dreams.",
        ),
        Entry(
            title="Team meeting",
            kind="team_meeting",
            happened_on=dt.date(2025, 2, 3),
            happened_at=dt.time(9, 30),
            tags=["team"],
            body="Duty rota.",
        ),
    ]
    with Journal.create(path, passphrase, kdf=kdf) as journal:
        for entry in samples:
            journal.entries.save(entry)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("reflectjournal")
    prefs = Preferences(tmp / ".config" / "reflectjournal.conf")
    window = build_window(kdf=kdf, prompter=ScriptedPrompter(), prefs=prefs)
    window.resize(1280, 760)
    window.show_unlock(path)
    window.show()
    window.session.open_journal(path, passphrase)

    def when_open():
        if not window.session.is_unlocked:
            QTimer.singleShot(50, when_open)
            return
        window.entry_view.setCurrentIndex(window.list_index(1))
        window.editor.update_preview()
        window.statusBar().showMessage("")
        window.save_status.setText(window.tr("Saved"))
        QTimer.singleShot(600, shoot)

    def shoot():
        window.grab().save(out)
        window.close()
        app.quit()

    QTimer.singleShot(100, when_open)
    app.exec()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png"))
