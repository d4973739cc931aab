"""CPD records (core.cpd): the registration year at its boundaries, the
status in its states, the store's rules for closed years, and the upgrade."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from reflectjournal.core.cpd import (
    STATUS_MET,
    STATUS_NONE,
    STATUS_ONE,
    CpdRecord,
    CpdRecordClosed,
    CpdRecordNotFound,
    CpdStore,
    RegistrationYear,
    draft_from_entry,
    draft_from_session,
    registration_year,
    show_start_note,
    word_count,
    year_status,
)
from reflectjournal.core.errors import InvalidEntry
from reflectjournal.core.models import Entry, SupervisionSession
from reflectjournal.core.schema import SCHEMA_VERSION
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE

DATA = Path(__file__).parents[1] / "data"


class Clock:
    def __init__(self, moment: dt.datetime):
        self.now = moment

    def __call__(self) -> dt.datetime:
        return self.now


def at(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)


@pytest.fixture
def clocked(journal_path):
    clock = Clock(at(dt.date(2026, 6, 1)))
    j = Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=clock)
    yield j, clock
    if j.is_open:
        j.close()


# -- the registration year -------------------------------------------------------


def test_the_year_turns_between_30_november_and_1_december():
    last_day = registration_year(dt.date(2026, 11, 30))
    first_day = registration_year(dt.date(2026, 12, 1))
    assert (last_day.start, last_day.end) == (dt.date(2025, 12, 1), dt.date(2026, 11, 30))
    assert (first_day.start, first_day.end) == (dt.date(2026, 12, 1), dt.date(2027, 11, 30))
    assert first_day.previous == last_day
    assert last_day.label == "2025–26"
    assert registration_year(dt.date(2026, 1, 1)) == last_day
    assert registration_year(dt.date(2025, 12, 31)) == last_day


def test_the_renewal_window_is_1_september_to_30_november():
    year = RegistrationYear(2025)
    assert not year.in_renewal_window(dt.date(2026, 8, 31))
    assert year.in_renewal_window(dt.date(2026, 9, 1))
    assert year.in_renewal_window(dt.date(2026, 11, 30))
    assert not year.in_renewal_window(dt.date(2026, 12, 1))
    assert year.days_left(dt.date(2026, 11, 30)) == 1


def _records(count: int, peer: int) -> list[CpdRecord]:
    return [CpdRecord(peer_reflection="We talked." if i < peer else "") for i in range(count)]


@pytest.mark.parametrize(
    ("count", "peer", "state", "summary"),
    [
        (0, 0, STATUS_NONE, "0 records, 0 with peer reflection: not met yet"),
        (1, 1, STATUS_ONE, "1 record, 1 with peer reflection: not met yet"),
        (2, 0, STATUS_ONE, "2 records, 0 with peer reflection: not met yet"),
        (2, 1, STATUS_MET, "2 records, 1 with peer reflection: met"),
        (3, 2, STATUS_MET, "3 records, 2 with peer reflection: met"),
    ],
)
def test_status_in_its_states(count, peer, state, summary):
    status = year_status(_records(count, peer))
    assert status.state == state
    assert status.summary() == summary
    assert bool(status.still_needed()) == (state != STATUS_MET)


def test_what_is_still_needed_is_said_plainly():
    assert year_status(_records(0, 0)).still_needed() == "You need 2 more records, one of them with peer reflection."
    assert year_status(_records(1, 1)).still_needed() == "You need one more record."
    assert year_status(_records(2, 0)).still_needed() == "One of your records needs peer reflection."


def test_a_supervision_session_counts_as_peer_reflection():
    assert CpdRecord(session_ids=[3]).has_peer_reflection
    assert not CpdRecord(peer_reflection="  \n").has_peer_reflection


def test_the_start_note_shows_from_1_september_until_met():
    year = RegistrationYear(2025)
    one = year_status(_records(1, 0))
    met = year_status(_records(2, 1))
    assert not show_start_note(one, year, dt.date(2026, 8, 31))
    assert show_start_note(one, year, dt.date(2026, 9, 1))
    assert show_start_note(one, year, dt.date(2026, 11, 30))
    assert not show_start_note(met, year, dt.date(2026, 9, 1))
    # 1 December: a new year, and its window is months away.
    assert not show_start_note(year_status([]), registration_year(dt.date(2026, 12, 1)), dt.date(2026, 12, 1))


def test_word_count():
    assert word_count("") == 0
    assert word_count("  one two\nthree  ") == 3


# -- the store -------------------------------------------------------------------


def test_save_and_read_back_every_field(clocked):
    journal, _ = clocked
    store = CpdStore(journal)
    entry = journal.entries.save(Entry(title="Home visit", body="b", happened_on=dt.date(2026, 3, 4)))
    session = journal.supervision.save(
        SupervisionSession(held_on=dt.date(2026, 3, 10), with_role="line_manager", session_type="formal")
    )
    record = CpdRecord(
        cpd_type="course",
        started_on=dt.date(2026, 3, 4),
        ended_on=dt.date(2026, 3, 5),
        description="A course on neglect. ",
        learned="Cumulative harm.",
        impact="I ask about the history.",
        peer_reflection="My supervisor asked what I would do differently.",
        peer_role="  my   supervisor ",
        entry_ids=[entry.id],
        session_ids=[session.id],
    )
    saved = store.save(record)
    again = store.get(saved.id)
    assert again.description == "A course on neglect."
    assert again.peer_role == "my supervisor"
    assert again.ended_on == dt.date(2026, 3, 5)
    assert again.entry_ids == [entry.id] and again.session_ids == [session.id]
    assert again.created_at is not None and again.updated_at is not None
    assert store.for_entry(entry.id) == [saved.id]


def test_records_fall_in_the_year_of_their_last_day(clocked):
    journal, clock = clocked
    store = CpdStore(journal)
    clock.now = at(dt.date(2026, 11, 30))
    store.save(CpdRecord(started_on=dt.date(2026, 11, 30), peer_reflection="p"))
    store.save(CpdRecord(started_on=dt.date(2026, 11, 20)))
    this_year = registration_year(dt.date(2026, 11, 30))
    assert store.status(this_year).state == STATUS_MET
    clock.now = at(dt.date(2026, 12, 1))  # the year turns: the records are last year's
    next_year = registration_year(dt.date(2026, 12, 1))
    assert store.status(next_year).state == STATUS_NONE
    assert len(store.in_year(next_year.previous)) == 2


def test_last_years_records_are_read_only(clocked):
    journal, clock = clocked
    store = CpdStore(journal)
    clock.now = at(dt.date(2026, 11, 30))
    saved = store.save(CpdRecord(started_on=dt.date(2026, 11, 30), learned="kept"))
    saved.learned = "changed on the last day"
    store.save(saved)  # still this year
    clock.now = at(dt.date(2026, 12, 1))
    saved.learned = "changed a day late"
    with pytest.raises(CpdRecordClosed):
        store.save(saved)
    assert store.get(saved.id).learned == "changed on the last day"
    assert store.is_closed(saved, dt.date(2026, 12, 1))
    with pytest.raises(CpdRecordClosed):
        store.save(CpdRecord(started_on=dt.date(2026, 11, 29)))  # nothing new in a closed year
    # Moving an open record back into a closed year is refused too.
    fresh = store.save(CpdRecord(started_on=dt.date(2026, 12, 1)))
    fresh.started_on = dt.date(2026, 11, 1)
    with pytest.raises(CpdRecordClosed):
        store.save(fresh)


def test_bad_records_are_refused(clocked):
    journal, _ = clocked
    store = CpdStore(journal)
    with pytest.raises(InvalidEntry):
        store.save(CpdRecord(cpd_type="nonsense", started_on=dt.date(2026, 5, 1)))
    with pytest.raises(InvalidEntry):
        store.save(CpdRecord(started_on=dt.date(2026, 5, 2), ended_on=dt.date(2026, 5, 1)))
    with pytest.raises(InvalidEntry):
        store.save(CpdRecord(started_on=dt.date(2026, 5, 1), entry_ids=[999]))
    with pytest.raises(InvalidEntry):
        store.save(CpdRecord(started_on=dt.date(2026, 5, 1), peer_role="my\x07supervisor"))
    with pytest.raises(InvalidEntry):
        store.save(CpdRecord(started_on=dt.date(2026, 5, 1), learned="x" * 20_001))
    assert store.all() == []


def test_delete_and_links_go_with_their_entry(clocked):
    journal, _ = clocked
    store = CpdStore(journal)
    entry = journal.entries.save(Entry(title="t", body="b", happened_on=dt.date(2026, 3, 4)))
    saved = store.save(CpdRecord(started_on=dt.date(2026, 3, 4), entry_ids=[entry.id]))
    journal.entries.trash(entry.id)
    assert store.get(saved.id).entry_ids == []  # a trashed entry is not offered
    journal.entries.delete_forever(entry.id)
    assert store.for_entry(entry.id) == []
    store.delete(saved.id)
    with pytest.raises(CpdRecordNotFound):
        store.get(saved.id)


def test_drafts_link_and_never_copy_text():
    entry = Entry(title="Visit", body="Private words", happened_on=dt.date(2026, 2, 2), id=7)
    draft = draft_from_entry(entry)
    assert draft.entry_ids == [7] and draft.started_on == dt.date(2026, 2, 2)
    assert "Private words" not in (draft.description + draft.learned + draft.impact + draft.peer_reflection)
    session = SupervisionSession(
        held_on=dt.date(2026, 2, 9), with_role="practice_supervisor", with_name="Jo Bloggs", id=4, discussion="Secret"
    )
    draft = draft_from_session(session)
    assert draft.session_ids == [4] and draft.cpd_type == "supervision"
    assert draft.peer_role == "my practice supervisor"  # a role, never the name
    assert draft.has_peer_reflection
    with pytest.raises(InvalidEntry):
        draft_from_entry(Entry())


def test_a_journal_before_cpd_upgrades(tmp_path):
    from reflectjournal.core.vault import KdfSettings
    from tests.data.make_fixtures import FIXTURE_KDF_ITER, FIXTURE_PASSPHRASE

    source = DATA / f"journal-v{SCHEMA_VERSION - 1}.rjournal"
    path = tmp_path / "journal" / "old.rjournal"
    path.parent.mkdir(mode=0o700)
    shutil.copy(source, path)
    with Journal.open(path, FIXTURE_PASSPHRASE, kdf=KdfSettings(FIXTURE_KDF_ITER)) as j:
        assert j.schema_version == SCHEMA_VERSION
        store = CpdStore(j)
        saved = store.save(CpdRecord(started_on=j.clock().date(), entry_ids=[1]))
        assert store.get(saved.id).entry_ids == [1]


def test_a_draft_from_an_old_entry_goes_into_this_year():
    today = dt.date(2026, 12, 3)
    old = Entry(title="t", happened_on=dt.date(2026, 11, 30), id=1)
    assert draft_from_entry(old, today).started_on == today
    recent = Entry(title="t", happened_on=dt.date(2026, 12, 1), id=2)
    assert draft_from_entry(recent, today).started_on == dt.date(2026, 12, 1)
    ahead = SupervisionSession(held_on=dt.date(2026, 12, 20), id=3)
    assert draft_from_session(ahead, today).started_on == today
