"""Supervision sessions, links both ways, actions carried forward, export."""

from __future__ import annotations

import datetime as dt

import pytest

from reflectjournal.core import errors
from reflectjournal.core.models import (
    Action,
    AgendaItem,
    Entry,
    EntryFilter,
    SupervisionSession,
    Wellbeing,
)
from reflectjournal.core.supervision_export import ExportOptions, build_export, write_markdown


def day(n: int) -> dt.date:
    return dt.date(2026, 1, 1) + dt.timedelta(days=n)


@pytest.fixture
def entries(journal):
    made = {}
    for n, title in ((1, "Visit to Jay"), (5, "Core group for Jay"), (20, "Court hearing"), (40, "Hard phone call")):
        made[title] = journal.entries.save(
            Entry(
                title=title,
                body=f"Body of {title}",
                happened_on=day(n),
                child_in_mind=f"Child view {n}",
                wellbeing=Wellbeing(n % 5 + 1, f"feeling {n}"),
            )
        ).id
    return made


def test_session_round_trip(journal, entries):
    s = journal.supervision.save(
        SupervisionSession(
            held_on=day(10),
            with_role="professional_educator",
            with_name="Sam",
            session_type="reflective",
            agenda=[
                AgendaItem("development", "Writing chronologies", [entries["Visit to Jay"]]),
                AgendaItem("support", "A hard week"),
            ],
            questions="How do I challenge the school?",
            decisions="Step down or not",
            went_well="Seeing Jay alone",
            learning_needs="Court skills",
            affecting_me="Tired",
            actions=[Action("Book court skills training", "me", day(30))],
        )
    )
    got = journal.supervision.get(s.id)
    assert got.with_name == "Sam" and got.session_type == "reflective"
    assert [(a.function, a.text, a.entry_ids) for a in got.agenda] == [
        ("development", "Writing chronologies", [entries["Visit to Jay"]]),
        ("support", "A hard week", []),
    ]
    # An entry linked from an agenda item is linked to the session too.
    assert got.entry_ids == [entries["Visit to Jay"]]
    assert got.actions[0].what == "Book court skills training" and got.actions[0].is_open
    assert got.questions == "How do I challenge the school?"


def test_invalid_session_is_refused(journal):
    with pytest.raises(errors.InvalidEntry):
        journal.supervision.save(SupervisionSession(with_role="boss"))
    with pytest.raises(errors.InvalidEntry):
        journal.supervision.save(SupervisionSession(agenda=[AgendaItem("gossip", "x")]))
    with pytest.raises(errors.InvalidEntry):
        journal.supervision.save(SupervisionSession(actions=[Action("  ")]))
    assert journal.supervision.list_sessions() == []


def test_links_can_be_followed_both_ways(journal, entries):
    a = journal.supervision.save(SupervisionSession(held_on=day(10), status="held"))
    b = journal.supervision.save(SupervisionSession(held_on=day(50)))
    jay = entries["Visit to Jay"]
    journal.supervision.link(a.id, jay)
    journal.supervision.link(b.id, jay)
    journal.supervision.link(b.id, entries["Court hearing"])
    assert [s.id for s in journal.supervision.sessions_for_entry(jay)] == [b.id, a.id]
    assert journal.supervision.get(b.id).entry_ids == [jay, entries["Court hearing"]]
    journal.supervision.unlink(b.id, jay)
    assert [s.id for s in journal.supervision.sessions_for_entry(jay)] == [a.id]
    with pytest.raises(errors.EntryNotFound):
        journal.supervision.link(a.id, 9999)
    # Deleting an entry forever removes its links, not the session.
    journal.entries.delete_forever(jay)
    assert journal.supervision.get(a.id).entry_ids == []


def test_preparation_starts_from_reflections_since_last_held(journal, entries):
    first = journal.supervision.save(
        SupervisionSession(held_on=day(5), status="held", entry_ids=[entries["Core group for Jay"]])
    )
    prep = SupervisionSession(held_on=day(45))
    since = [e.title for e in journal.supervision.reflections_since_last(prep)]
    assert since == ["Hard phone call", "Court hearing"]  # not the older one, nor one discussed
    narrowed = journal.supervision.reflections_since_last(prep, EntryFilter(date_to=day(30)))
    assert [e.title for e in narrowed] == ["Court hearing"]
    # With no held session yet, everything is offered.
    journal.supervision.delete(first.id)
    assert len(journal.supervision.reflections_since_last(prep)) == 4


def test_open_actions_carry_forward_across_three_sessions(journal):
    sup = journal.supervision
    s1 = sup.save(
        SupervisionSession(
            held_on=day(0),
            status="held",
            actions=[
                Action("Read the neglect toolkit", "me", day(14)),
                Action("Ask about a mentor", "manager", day(7)),
                Action("Observation booked", "educator"),
            ],
        )
    )
    ids = {a.what: a.id for a in s1.actions}
    sup.set_action_status(ids["Ask about a mentor"], "done", day(6))
    s2 = sup.save(SupervisionSession(held_on=day(28)))
    carried = [a.what for a in sup.carried_forward(s2)]
    assert carried == ["Read the neglect toolkit", "Observation booked"]  # due first, undated last
    # The session is held; a new action is agreed and one is dropped.
    s2.status = "held"
    s2.actions = [Action("Write up the court skills", "me", day(60))]
    s2 = sup.save(s2)
    sup.set_action_status(ids["Observation booked"], "dropped")
    s3 = sup.save(SupervisionSession(held_on=day(56)))
    assert [a.what for a in sup.carried_forward(s3)] == ["Read the neglect toolkit", "Write up the court skills"]
    sup.set_action_status(ids["Read the neglect toolkit"], "done")
    s4 = sup.save(SupervisionSession(held_on=day(84)))
    assert [a.what for a in sup.carried_forward(s4)] == ["Write up the court skills"]
    # A session does not carry its own actions forward to itself, nor
    # carry actions agreed later.
    assert [a.what for a in sup.carried_forward(s1)] == []
    # Editing a session keeps its action ids (so statuses stick).
    s2_again = sup.get(s2.id)
    s2_again.discussion = "We talked"
    assert [a.id for a in sup.save(s2_again).actions] == [a.id for a in s2.actions]


def test_open_actions_view_orders_by_due_date_and_marks_overdue(journal):
    sup = journal.supervision
    sup.save(
        SupervisionSession(
            held_on=day(0),
            status="held",
            actions=[Action("later", due_on=day(30)), Action("undated"), Action("soon", due_on=day(3))],
        )
    )
    actions = sup.open_actions()
    assert [a.what for a in actions] == ["soon", "later", "undated"]
    assert [a.is_overdue(day(10)) for a in actions] == [True, False, False]


def test_sessions_are_searchable(journal):
    s = journal.supervision.save(SupervisionSession(questions="What about the grandmother's offer?"))
    journal.supervision.save(SupervisionSession(questions="Caseload"))
    assert [x.id for x in journal.supervision.search("grandmother")] == [s.id]
    assert journal.supervision.search('"unbalanced (') == []


def test_export_holds_chosen_items_and_nothing_else(journal, entries, tmp_path):
    sup = journal.supervision
    sup.save(SupervisionSession(held_on=day(0), status="held", actions=[Action("Carry me", "me", day(3))]))
    prep = sup.save(
        SupervisionSession(
            held_on=day(45),
            with_name="Sam",
            agenda=[AgendaItem("management", "Case transfer", [entries["Court hearing"]])],
            questions="Question one",
            affecting_me="Sleeping badly",
            entry_ids=[entries["Court hearing"], entries["Hard phone call"]],
        )
    )
    export = build_export(journal, prep.id, ExportOptions(), today=day(45))
    md = export.to_markdown()
    assert "Case transfer" in md and "Question one" in md
    assert "Sleeping badly" not in md  # wellbeing: only when chosen
    assert "Court hearing" in md and "Hard phone call" in md
    assert "Carry me" in md and "(overdue)" in md
    assert "Sam" in md
    # Entry text stays in the journal unless chosen.
    assert "Body of Court hearing" not in md and "Child view" not in md
    assert "Visit to Jay" not in md  # not linked
    with_text = build_export(
        journal, prep.id, ExportOptions(include_entry_text=True, include_name=False), today=day(45)
    ).to_markdown()
    assert "Body of Court hearing" in with_text and "Child view 20" in with_text
    assert "Sam" not in with_text
    out = write_markdown(export, tmp_path / "prep.md")
    assert out.read_text() == md
    assert out.stat().st_mode & 0o777 == 0o600
    html = export.to_html()
    assert "<script" not in html and "Case transfer" in html


# -- supervision v2: one preparation per meeting, next meeting, overdue -------------------


def test_preparing_twice_for_the_same_meeting_leaves_one_session(journal):
    first, made = journal.supervision.prepare(day(0))
    assert made
    again, made_again = journal.supervision.prepare(day(0))
    assert not made_again and again.id == first.id
    assert [s.id for s in journal.supervision.list_sessions()] == [first.id]


def test_prepare_starts_from_the_next_meeting_agreed_at_the_last_one(journal):
    journal.supervision.save(
        SupervisionSession(
            held_on=day(0), status="held", with_name="Priya", place="Team room", next_on=day(28), session_type="formal"
        )
    )
    prep, made = journal.supervision.prepare(day(3))
    assert made and prep.held_on == day(28) and prep.with_name == "Priya" and prep.place == "Team room"
    assert prep.status == "preparing"
    # Marked held, the next Prepare starts a new one.
    journal.supervision.set_status(prep.id, "held")
    assert journal.supervision.preparation_under_way(day(3)) is None
    assert journal.supervision.prepare(day(3))[1]


def test_preparation_under_way_prefers_the_coming_meeting(journal):
    past = journal.supervision.save(SupervisionSession(held_on=day(1)))
    coming = journal.supervision.save(SupervisionSession(held_on=day(20)))
    later = journal.supervision.save(SupervisionSession(held_on=day(40)))
    assert journal.supervision.preparation_under_way(day(10)).id == coming.id
    assert journal.supervision.preparation_under_way(day(50)).id == later.id
    assert past.id


def test_where_next_meeting_and_text_choices_round_trip(journal, entries):
    visit = entries["Visit to Jay"]
    court = entries["Court hearing"]
    s = journal.supervision.save(
        SupervisionSession(
            held_on=day(10),
            place="Online",
            next_on=day(40),
            agenda=[AgendaItem("support", "x", [visit, court], text_entry_ids=[court])],
        )
    )
    got = journal.supervision.get(s.id)
    assert got.place == "Online" and got.next_on == day(40)
    assert got.agenda[0].entry_ids == sorted([visit, court]) and got.agenda[0].text_entry_ids == [court]
    header = journal.supervision.list_sessions()[0]
    assert header.next_on == day(40) and header.place == "Online"


def test_next_meeting_and_overdue_actions(journal):
    assert journal.supervision.next_meeting(day(0)) is None
    held = journal.supervision.save(
        SupervisionSession(
            held_on=day(0),
            status="held",
            next_on=day(30),
            actions=[Action("Late", "me", day(5)), Action("Fine", "me", day(50)), Action("Done", "me", day(1), "done")],
        )
    )
    assert journal.supervision.next_meeting(day(10)) == day(30)
    journal.supervision.save(SupervisionSession(held_on=day(20)))
    assert journal.supervision.next_meeting(day(10)) == day(20)
    assert journal.supervision.next_meeting(day(31)) is None
    assert [a.what for a in journal.supervision.overdue_actions(day(10))] == ["Late"]
    assert journal.supervision.overdue_counts(day(10)) == {held.id: 1}
    assert journal.supervision.overdue_counts(day(5)) == {}


def test_upgrade_from_version_7_keeps_sessions(tmp_path):
    import shutil
    from pathlib import Path

    from reflectjournal.core.schema import SCHEMA_VERSION
    from reflectjournal.core.vault import Journal, KdfSettings
    from tests.data.make_fixtures import FIXTURE_KDF_ITER, FIXTURE_PASSPHRASE

    data = Path(__file__).parents[1] / "data"
    path = tmp_path / "journal" / "journal-v7.rjournal"
    path.parent.mkdir()
    shutil.copy(data / "journal-v7.rjournal", path)
    with Journal.open(path, FIXTURE_PASSPHRASE, kdf=KdfSettings(FIXTURE_KDF_ITER)) as journal:
        assert journal.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        headers = journal.supervision.list_sessions()
        for header in headers:
            session = journal.supervision.get(header.id)
            assert session.place == "" and session.next_on is None
            assert all(item.text_entry_ids == [] for item in session.agenda)


def test_reminder_counts_and_notices(journal):
    from reflectjournal.core.reminders import ACTIONS_OVERDUE, MEETING_TOMORROW, supervision_reminder

    journal.supervision.save(
        SupervisionSession(held_on=day(0), status="held", next_on=day(11), actions=[Action("Late", "me", day(5))])
    )
    r = supervision_reminder(journal.supervision, day(10))
    assert r.next_meeting == day(11) and r.overdue == 1 and r.badge == 2
    assert r.notices() == [(MEETING_TOMORROW, 1), (ACTIONS_OVERDUE, 1)]
    later = supervision_reminder(journal.supervision, day(3))
    assert later.overdue == 0 and later.notices() == [] and later.badge == 0
