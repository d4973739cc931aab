"""docs/cpd-record.png: the CPD window with a record made from a fictional
supervision session, in the renewal window (issue 13).

    .venv/bin/python tests/e2e/cpd_shot.py [OUT.png]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from tests.e2e.shots import sample_window  # noqa: E402

TODAY = dt.date(2026, 10, 14)


def main() -> int:
    out = Path(next((a for a in sys.argv[1:] if not a.startswith("--")), "docs/cpd-record.png"))
    app, window, _tmp = sample_window("rj-cpd-")
    from reflectjournal.core.cpd import CpdRecord, CpdStore
    from reflectjournal.core.models import SupervisionSession

    journal = window.session.journal_for_tests
    window.session.cpd.today = lambda: TODAY
    CpdStore(journal).save(
        CpdRecord(
            cpd_type="course",
            started_on=dt.date(2026, 3, 12),
            description="A day's training on neglect and cumulative harm: most of the families I work with "
            "are known for neglect.",
            learned="Harm adds up over time; a chronology shows what single visits do not.",
            impact="I keep a running chronology for each child and share it at core groups.",
        ),
        TODAY,
    )
    session = journal.supervision.save(
        SupervisionSession(
            held_on=dt.date(2026, 9, 22),
            with_role="practice_supervisor",
            session_type="reflective",
            status="held",
            went_well="Stayed curious on a visit where Mum said everything was fine.",
            learning_needs="Keep asking what lies behind apparent co-operation.",
            discussion="We went through the last two visits. I had taken the calm at face value on the first; "
            "on the second I asked to see the children's rooms and talked to the eldest alone.",
        )
    )
    cpd = window.cpd.make_from_session(session.id)
    editor = cpd.editor
    editor.fields["description"].set_text(
        "Reflective supervision on professional curiosity, after two home visits where the family said all was well."
    )
    editor.fields["learned"].set_text(
        "Calm is not the same as safe. I now check what I am told against what I can see and what the children say."
    )
    editor.fields["impact"].set_text(
        "I see children on their own more often, and my assessments say where an account was checked."
    )
    editor.fields["peer_reflection"].set_text(
        "My practice supervisor asked what would have made me ask to see the bedrooms on the first visit."
    )
    cpd.save_now()
    cpd.reload()
    cpd.resize(1200, 760)
    for _ in range(20):
        app.processEvents()
    cpd.grab().save(str(out))
    print("wrote", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
