"""docs/evidence-map.png: the evidence map of the child and family
knowledge and skills statement over a fictional first year (issue 13).

    .venv/bin/python tests/e2e/evidence_shot.py [OUT.png]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from tests.e2e.shots import sample_window  # noqa: E402

TODAY = dt.date(2026, 11, 20)
# (day, title, items): fictional reflections of a first year that began on 1 September 2026.
REFLECTIONS = [
    (dt.date(2026, 9, 8), "First home visit on my own", ["kss-cf:1", "kss-cf:3"]),
    (dt.date(2026, 9, 15), "Talking with a seven-year-old about home", ["kss-cf:2", "kss-cf:1"]),
    (dt.date(2026, 9, 29), "Strategy discussion: what I brought", ["kss-cf:5", "kss-cf:7"]),
    (dt.date(2026, 10, 6), "Core group: the chronology", ["kss-cf:5", "kss-cf:6"]),
    (dt.date(2026, 10, 20), "Parent with depression: what it means for the baby", ["kss-cf:4", "kss-cf:3"]),
    (dt.date(2026, 11, 3), "Supervision: my analysis was thin", ["kss-cf:9", "kss-cf:7"]),
    (dt.date(2026, 11, 12), "Planning the child and family assessment", ["kss-cf:6"]),
]


def main() -> int:
    out = Path(next((a for a in sys.argv[1:] if not a.startswith("--")), "docs/evidence-map.png"))
    app, window, _tmp = sample_window("rj-evidence-")
    from reflectjournal.core.cpd import CpdRecord, CpdStore
    from reflectjournal.core.evidence import EvidenceStore
    from reflectjournal.core.models import Entry
    from reflectjournal.core.reflection_log import set_first_year_began

    journal = window.session.journal_for_tests
    window.session.cpd.today = lambda: TODAY
    window.session.evidence.today = lambda: TODAY
    set_first_year_began(journal, dt.date(2026, 9, 1))
    store = EvidenceStore(journal)
    for day, title, items in REFLECTIONS:
        entry = journal.entries.save(Entry(title=title, body="(fictional)", happened_on=day, kind="home_visit"))
        store.set_links("entry", entry.id, items)
    record = CpdStore(journal).save(
        CpdRecord(cpd_type="course", started_on=dt.date(2026, 10, 14), description="Neglect and cumulative harm"),
        dt.date(2026, 10, 14),
    )
    store.set_links("cpd", record.id, ["kss-cf:5"])
    map_window = window.evidence.show_map()
    map_window.framework_combo.setCurrentIndex(map_window.framework_combo.findData("kss-cf"))
    map_window.period_combo.setCurrentIndex(3)  # the first three months of the first year
    map_window.table.setCurrentCell(4, 0)  # abuse and neglect
    map_window.resize(1000, 640)
    for _ in range(20):
        app.processEvents()
    map_window.grab().save(str(out))
    print("wrote", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
