"""Make docs/supervision.png: a supervision preparation with linked
reflections; and docs/supervision-record.png: the first page of the
record of that meeting once held (the PDF, rendered with pdftoppm).

Everything is fictional. Offscreen is enough (the window is grabbed, not
the screen):
    .venv/bin/python -m tests.e2e.supervision_screenshot docs/supervision.png [tab]
``tab`` is 0-3 (reflections, agenda, notes, after); the agenda by default.
The record's picture is written beside the first (supervision-record.png).
Everything else it writes (journal, settings, the PDF) goes to a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

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
    school = journal.entries.save(
        Entry(
            title="Phone call with Tayo's school",
            kind="phone_call",
            happened_on=dt.date(2025, 3, 10),
            body="Mrs Adeyemi says Tayo has been in every day for three weeks and is *eating breakfast* at the club.\n\n"
            "- Attendance since January: 91%\n- Next review at school: 2 April",
        )
    ).id
    entry("Joint visit with the health visitor", "joint_visit", dt.date(2025, 3, 4))
    entry("Team meeting: caseloads", "team_meeting", dt.date(2025, 2, 26))

    store = journal.supervision
    store.save(
        SupervisionSession(
            held_on=dt.date(2025, 2, 20),
            with_name="Priya Shah",
            status="held",
            place="Team room, Riverside House",
            next_on=dt.date(2025, 3, 20),
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
            place="Team room, Riverside House",
            agenda=[
                AgendaItem(
                    "management",
                    "Okafor: step down to child in need at the review?",
                    [okafor, school],
                    text_entry_ids=[school],
                ),
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

    from reflectjournal.core.supervision_export import SUPERVISEE_KEY

    window.session.journal_settings.set(SUPERVISEE_KEY, "Sam Carter")
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
    record_picture(journal, prep, Path(out).with_name("supervision-record.png"), tmp)
    window.session.lock("quit")
    print(out)
    return 0


def record_picture(journal, prep, out: Path, tmp: Path) -> None:
    """The meeting held: its record as PDF, first page as PNG."""
    from reflectjournal.core.models import Action
    from reflectjournal.core.supervision_export import build_export
    from reflectjournal.pdf import write_pdf

    held = journal.supervision.get(prep.id)
    held.status = "held"
    held.next_on = dt.date(2025, 4, 17)
    held.discussion = (
        "Agreed one more review period for the Okafor family: the school's attendance figures first.\n\n"
        "Priya will ask about reallocating the Hill family."
    )
    held.actions = [
        Action("Ask the school for Tayo's attendance since January", "me", dt.date(2025, 3, 27)),
        Action("Reallocate one case", "Priya", dt.date(2025, 4, 3)),
    ]
    journal.supervision.save(held)
    export = build_export(journal, prep.id, today=dt.date(2025, 3, 20))
    pdf = write_pdf(
        tmp / "record.pdf", export.to_html(), title=export.title, generated=dt.date(2025, 3, 20), footer=export.footer
    )
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(out.with_suffix(""))],
        check=True,
    )
    print(out)


if __name__ == "__main__":
    sys.exit(
        main(sys.argv[1] if len(sys.argv) > 1 else "docs/supervision.png", int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    )
