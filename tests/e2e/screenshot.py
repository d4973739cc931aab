"""Make docs/screenshot.png: the main window with a few fictional entries.

Run under a display, for example:
    Xvfb :77 -screen 0 1366x768x24 -nolisten tcp &
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
    from reflectjournal.core.answers import PromptRecord, question_line
    from reflectjournal.core.models import Entry, Wellbeing
    from reflectjournal.core.packs import builtin_packs
    from reflectjournal.core.vault import Journal, KdfSettings
    from reflectjournal.ui.preferences import Preferences
    from reflectjournal.ui.prompter import ScriptedPrompter

    kdf = KdfSettings(iterations=2_000)  # sample data only
    # The first entry answers a built-in prompt, as the editor writes one.
    pack = next(p for p in builtin_packs() if p.id.endswith("keeping-the-child-in-mind"))
    prompt = next(p for p in pack.prompts if p.id == "childs-voice")
    VOICE = PromptRecord(pack.id, prompt.id, prompt.title, tuple(prompt.questions[:3]))  # noqa: N806
    path = tmp / "data" / "journal.rjournal"
    passphrase = "sample only passphrase here"
    samples = [
        Entry(
            title="Home visit: Tayo at home",
            kind="home_visit",
            happened_on=dt.date(2025, 3, 18),
            happened_at=dt.time(10, 30),
            tags=["home conditions", "school"],
            body=(
                "Mum met me at the door; the flat was **warmer** than last time and the boiler has been fixed.\n\n"
                + question_line(VOICE.questions[0])
                + "\n\n"
                + 'He showed me his reading book: "I can do the long words now." Then a drawing of the dog.\n\n'
                + question_line(VOICE.questions[1])
                + "\n\n"
                + "Mostly through the drawing. He kept checking Mum's face before answering me.\n\n"
                + question_line(VOICE.questions[2])
                + "\n\n"
                + "Sat on the floor with him, let him lead, and asked about the dog first."
            ),
            prompt_records=[VOICE],
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
    window.resize(1366, 768)  # a council laptop
    window.show_unlock(path)
    window.show()
    window.session.open_journal(path, passphrase)

    def when_open():
        if not window.session.is_unlocked:
            QTimer.singleShot(50, when_open)
            return
        window.entry_view.setCurrentIndex(window.list_index(1))
        window.editor.preview_button.setChecked(True)
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
