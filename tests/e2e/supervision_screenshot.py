"""Make docs/supervision.png: a supervision preparation with linked reflections.

Everything is fictional. Offscreen is enough (the window is grabbed, not
the screen):
    .venv/bin/python -m tests.e2e.supervision_screenshot docs/supervision.png [tab]
``tab`` is 0-3 (reflections, agenda, notes, after); the agenda by default.
Everything it writes (journal, settings) goes to a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import sys

from tests.e2e.shots import sample_window

TODAY = dt.date(2025, 3, 19)


def main(out: str, tab: int = 1) -> int:
    app, window, tmp = sample_window("rj-sv-shot-")
    from reflectjournal.core.models import Action, AgendaItem, Entry, SupervisionSession, Wellbeing

    journal = window.session.journal_for_tests

    def entry(title, kind, when, wellbeing=None, tags=()):
        return journal.entries.save(
            Entry(title=title, kind=kind, happened_on=when, body="(sample)", tags=list(tags), wellbeing=wellbeing)
        ).id

    entry("Supervision with Priya", "supervision", dt.date(2025, 2, 20))
    okafor = entry(
        "Home visit: the Okafor family",
        "home_visit",
        dt.date(2025, 3, 18),
        Wellbeing(2, "the flat stayed with me all evening"),
        ["home conditions"],
    )
    jess = entry("Core group: planning for Jess", "core_group", dt.date(2025, 3, 12), Wellbeing(4, "clearer"))
    school = entry("Phone call with Tayo's school", "phone_call", dt.date(2025, 3, 10))
    entry("Joint visit with the health visitor", "joint_visit", dt.date(2025, 3, 4))
    entry("Team meeting: caseloads", "team_meeting", dt.date(2025, 2, 26))

    store = journal.supervision
    store.save(
        SupervisionSession(
            held_on=dt.date(2025, 2, 20),
            with_name="Priya Shah",
            status="held",
            discussion="Talked through the Okafor plan and my caseload.",
            actions=[
                Action("Book court skills training", "me", dt.date(2025, 3, 7)),
                Action("Update the Okafor chronology before the review", "me", dt.date(2025, 3, 28)),
                Action("Ask about co-working the Hill family", "Priya"),
            ],
        )
    )
    prep = store.save(
        SupervisionSession(
            held_on=dt.date(2025, 3, 20),
            with_role="line_manager",
            with_name="Priya Shah",
            session_type="formal",
            agenda=[
                AgendaItem("management", "Okafor: step down to child in need at the review?", [okafor, school]),
                AgendaItem("management", "Caseload is at 24: can one case be reallocated?"),
                AgendaItem("development", "Writing my first court statement", [jess]),
                AgendaItem("support", "The Okafor visits are staying with me in the evenings", [okafor]),
                AgendaItem("mediation", "School not sharing attendance with the core group", [school]),
            ],
            questions="What would you want to see before agreeing step-down?\nHow do I keep Tayo's voice in the review?",
            decisions="Step-down for the Okafor family, or one more review period.",
            went_well="Seeing Tayo on his own; he showed me his reading book.",
            learning_needs="Court skills: statements and giving evidence.",
            affecting_me="Tired after home visits this month; sleeping less.",
            entry_ids=[okafor, jess, school],
        )
    )

    supervision = window.supervision
    supervision.service.today = lambda: TODAY
    window.resize(1366, 768)
    window.show()
    sv = supervision.show_sessions(prep.id)
    sv.resize(1366, 768)  # a council laptop
    sv.editor.tabs.setCurrentIndex(tab)
    if tab == 1:
        agenda = sv.editor.agenda
        agenda.tree.setCurrentItem(agenda._headings["management"].child(0))
    if tab == 2:
        sv.editor.prompt_panel.list.setCurrentRow(0)
    sv.save_status.setText("Saved")
    for _ in range(20):
        app.processEvents()
    sv.grab().save(out)
    window.session.lock("quit")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(
        main(sys.argv[1] if len(sys.argv) > 1 else "docs/supervision.png", int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    )
