"""docs/looking-back.png: the Looking back window over 12 months of
fictional check-ins and work (issue 15).

    .venv/bin/python tests/e2e/looking_back_shot.py [OUT.png] [--dark]
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from tests.e2e.shots import sample_window  # noqa: E402

KINDS = ["home_visit", "home_visit", "core_group", "court", "phone_call", "supervision", "direct_work"]
WORDS = ["tired", "a good visit", "worried about Jess", "court prep", "ok", "", "", "drained"]


def fictional_year(today: dt.date):
    from reflectjournal.core.models import Entry, Wellbeing

    rng = random.Random(15)
    entries = []
    for back in range(365, -1, -1):
        day = today - dt.timedelta(days=back)
        if day.weekday() >= 5 and rng.random() < 0.8:
            continue
        busy = 3 if 120 < back < 170 else 1  # a heavy spell of court work in the summer
        for _ in range(rng.choice([0, 1, 1, busy])):
            low = back < 20  # the last weeks have been hard
            score = max(1, min(5, round(rng.gauss(1.5 if low else 3.4, 0.6))))
            wellbeing = Wellbeing(score, rng.choice(WORDS)) if rng.random() < 0.5 else None
            kind = "court" if 120 < back < 170 and rng.random() < 0.5 else rng.choice(KINDS)
            entries.append(Entry(title="Reflection", happened_on=day, kind=kind, wellbeing=wellbeing))
    return entries


def main() -> int:
    out = Path(next((a for a in sys.argv[1:] if not a.startswith("--")), "docs/looking-back.png"))
    app, window, _tmp = sample_window("rj-lookback-")
    if "--dark" in sys.argv:
        from reflectjournal.ui.theme import apply_theme

        apply_theme("dark")
    today = dt.date(2026, 11, 20)
    window.session.journal_for_tests.entries.save_many(fictional_year(today))
    window.looking_back._today = lambda: today
    view = window.looking_back.show_window()
    view.period_combo.setCurrentIndex(view.period_combo.findData("12m"))
    view.resize(1000, 740)
    for _ in range(20):
        app.processEvents()
    view.wellbeing_chart.setFocus()
    view.wellbeing_chart.set_current(view.wellbeing_chart.item_count() - 3)
    app.processEvents()
    view.grab().save(str(out))
    print("wrote", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
