"""Make docs/identifying-check.png: the export preview with the findings of
the identifying-information check, from fictional text.

    .venv/bin/python -m tests.e2e.identifying_screenshot docs/identifying-check.png

Everything is fictional (the NHS number is a random one with a valid check
digit; the phone number is in Ofcom's drama range; the postcode is made up).
Everything it writes goes to a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import sys

from tests.e2e.shots import sample_window

BODY = (
    "Home visit to see Tayo and Ms Okafor at 14 Larkspur Close, LS6 2QT. Tayo (DOB: 03/04/2017) showed me "
    "his reading book from Brookfield Primary School. Nan Bernadette was there too and talked about the move.\n\n"
    "NHS number for the referral: 943 476 5919. Ms Okafor asked me to ring her on 07700 900123 before the "
    "core group. Case CS-204117.\n\n"
    "I noticed how quiet Tayo became when his stepdad's name came up, and I want to bring that to supervision."
)


def main(out: str) -> int:
    app, window, tmp = sample_window("rj-id-shot-")
    from reflectjournal.core.journal_settings import JournalSettings
    from reflectjournal.core.models import Entry
    from reflectjournal.core.people import PeopleStore, set_case_patterns
    from reflectjournal.ui.identifying.preview import OutgoingPreviewDialog, panel_for

    journal = window.session.journal_for_tests
    journal.entries.save(
        Entry(title="Home visit: Tayo and his mum", kind="home_visit", happened_on=dt.date(2025, 3, 18), body=BODY)
    )
    PeopleStore(journal).add("Tayo", "Child A")
    PeopleStore(journal).add("Ms Okafor", "Mother", ["Grace Okafor"])
    set_case_patterns(JournalSettings(journal), ["CS-######"])

    fields = window.session.identifying.export_fields()
    panel = panel_for(window.session)
    dialog = OutgoingPreviewDialog(
        "Check what will be exported as Markdown", fields, panel, "Choose a folder for the export…", parent=window
    )
    key = next(f.key for f in panel.findings if f.kind.value == "name")
    panel.select_key(key)
    panel.initials_button.click()
    panel.select_key(next(f.key for f in panel.findings if f.kind.value == "person"))
    panel.stand_in_button.click()
    dialog.resize(900, 700)
    dialog.show()
    for _ in range(20):
        app.processEvents()
    dialog.grab().save(out)
    dialog.close()
    window.close()
    print(f"wrote {out} ({tmp})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/identifying-check.png"))
