"""Make docs/prompt-panel.png: an entry open with the prompt panel beside it.

Everything is fictional. Offscreen is enough (the window is grabbed, not
the screen):
    .venv/bin/python -m tests.e2e.packs_screenshot docs/prompt-panel.png
Everything it writes (journal, settings) goes to a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import sys

from tests.e2e.shots import SAMPLE_OTHERS, open_sample_entries, sample_window


def main(out: str) -> int:
    app, window, tmp = sample_window("rj-packs-shot-")
    from reflectjournal.core.models import Entry, Wellbeing

    open_sample_entries(
        window,
        Entry(
            title="Home visit: the Okafor family",
            kind="home_visit",
            happened_on=dt.date(2025, 3, 18),
            happened_at=dt.time(10, 30),
            tags=["home conditions"],
            body="Visited Tayo (8) and his mum at home after school. The flat was colder than last time.\n\n",
            child_in_mind="Tayo showed me his reading book and said the heating 'goes off at night'.",
            wellbeing=Wellbeing(3, "tired, but clear about next steps"),
        ),
        (
            *SAMPLE_OTHERS[:2],
            ("Joint visit with the health visitor", "joint_visit", dt.date(2025, 3, 4)),
            SAMPLE_OTHERS[2],
        ),
    )
    window.resize(1366, 768)  # a council laptop
    window.show()
    window.packs.set_panel_visible(True)
    window.journal_view.setSizes([300, 760, 380])
    panel = window.packs.panel
    prompts = panel.browser.listed_prompts()
    first = prompts[0]
    panel.browser.select_prompt(first.full_id)
    body = window.editor.body_edit
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    window.packs.insert_prompt(first)
    body.insertPlainText("He was keen to show me his room; the window does not shut properly.")
    window.save_now()
    window.save_status.setText("Saved")
    window.editor.update_preview()
    for _ in range(30):
        app.processEvents()
    window.grab().save(out)
    window.session.lock("quit")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/prompt-panel.png"))
