"""Saving, reading, listing and trashing entries."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflectjournal.core import errors
from reflectjournal.core.models import BUILTIN_KINDS, Entry, EntryFilter, Wellbeing
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE


class FakeClock:
    def __init__(self):
        self.now = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self):
        return self.now

    def advance(self, **kw):
        self.now += dt.timedelta(**kw)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def clocked(journal_path, clock):
    with Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=clock) as j:
        yield j


def test_round_trip_every_field(journal, journal_path):
    entry = Entry(
        title="Home visit: Ava (7)",
        body="# What happened\n\nAva showed me her *drawing*.",
        kind="home_visit",
        happened_on=dt.date(2011, 2, 3),  # back-dated
        happened_at=dt.time(16, 45),
        tags=["Neglect", "#School", "neglect", "  domestic   abuse "],
        child_in_mind="Life is loud at home; she would say she wants her own bed.",
        wellbeing=Wellbeing(2, "shaken"),
        prompt_ids=["uk.example.pack/gibbs-1", "uk.example.pack/child-voice"],
    )
    saved = journal.entries.save(entry)
    journal.close()
    with Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as j:
        got = j.entries.get(saved.id)
    assert got.title == entry.title
    assert got.body == entry.body
    assert got.kind == "home_visit"
    assert got.happened_on == dt.date(2011, 2, 3)
    assert got.happened_at == dt.time(16, 45)
    assert got.tags == ["domestic abuse", "Neglect", "School"]  # the case typed first, compared without case
    assert got.child_in_mind == entry.child_in_mind
    assert got.wellbeing == Wellbeing(2, "shaken")
    assert got.prompt_ids == entry.prompt_ids
    assert got.uid and len(got.uid) == 32


def test_created_and_updated_are_utc_and_kept_apart(clocked, clock):
    saved = clocked.entries.save(Entry(title="first", happened_on=dt.date(2020, 1, 1)))
    assert saved.created_at == clock.now and saved.created_at.tzinfo is not None
    clock.advance(hours=3)
    saved.title = "edited"
    again = clocked.entries.save(saved)
    assert again.created_at == dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
    assert again.updated_at == clock.now
    assert again.happened_on == dt.date(2020, 1, 1)
    assert again.id == saved.id and again.uid == saved.uid


def test_update_replaces_tags_and_search_text(journal):
    e = journal.entries.save(Entry(title="alpha", body="zebra", tags=["one"]))
    e.body = "giraffe"
    e.tags = ["two"]
    journal.entries.save(e)
    assert journal.entries.search("zebra") == []
    assert [h.entry.id for h in journal.entries.search("giraffe")] == [e.id]
    assert journal.entries.tags() == [("two", 1)]


def test_invalid_values_are_refused(journal):
    with pytest.raises(errors.InvalidEntry):
        journal.entries.save(Entry(title="x", wellbeing=Wellbeing(6)))
    with pytest.raises(errors.InvalidEntry):
        journal.entries.save(Entry(title="x", kind="no_such_kind"))
    with pytest.raises(errors.InvalidEntry):
        journal.entries.save(Entry(title="x" * 301))
    with pytest.raises(errors.EntryNotFound):
        journal.entries.save(Entry(id=999, title="x"))
    assert journal.entries.count() == 0


def test_kinds_are_seeded_and_can_grow(journal):
    keys = [k.key for k in journal.entries.kinds()]
    assert keys[:3] == ["home_visit", "core_group", "cp_conference"]
    assert keys == [key for key, _ in BUILTIN_KINDS] and keys[-1] == "other"
    assert len(keys) == 17
    kind = journal.entries.add_kind("Return home interview")
    assert journal.entries.add_kind("return home interview") == kind
    saved = journal.entries.save(Entry(title="RHI", kind=kind.key))
    assert journal.entries.get(saved.id).kind == kind.key
    assert [k.label for k in journal.entries.kinds()][-1] == "Return home interview"
    assert journal.entries.add_kind("Family group conference").key == "family_group_conference"  # built in now


def test_trash_restore_and_delete_forever(journal):
    keep = journal.entries.save(Entry(title="keep", body="marmalade"))
    gone = journal.entries.save(Entry(title="gone", body="marmalade"))
    journal.entries.trash(gone.id)
    assert [s.id for s in journal.entries.list_entries()] == [keep.id]
    assert [s.id for s in journal.entries.list_entries(EntryFilter(trash=True))] == [gone.id]
    assert [h.entry.id for h in journal.entries.search("marmalade")] == [keep.id]
    assert [h.entry.id for h in journal.entries.search("marmalade", EntryFilter(trash=True))] == [gone.id]
    journal.entries.restore(gone.id)
    assert journal.entries.count() == 2
    journal.entries.trash(gone.id)
    assert journal.entries.empty_trash() == 1
    with pytest.raises(errors.EntryNotFound):
        journal.entries.get(gone.id)
    assert [h.entry.id for h in journal.entries.search("marmalade", EntryFilter(trash=True))] == []
    journal.entries.delete_forever(keep.id)
    assert journal.entries.search("marmalade") == []
    assert journal.verify().ok


def test_list_is_newest_first_with_filters(journal):
    days = [dt.date(2024, 5, d) for d in (3, 1, 9, 7)]
    for i, day in enumerate(days):
        journal.entries.save(
            Entry(
                title=f"e{i}", happened_on=day, kind="court" if i % 2 else "home_visit", tags=["odd"] if i % 2 else []
            )
        )
    same_day_late = journal.entries.save(Entry(title="late", happened_on=dt.date(2024, 5, 9), happened_at=dt.time(18)))
    titles = [s.title for s in journal.entries.list_entries()]
    assert titles == ["late", "e2", "e3", "e0", "e1"]
    assert [s.title for s in journal.entries.list_entries(EntryFilter(kind="court"))] == ["e3", "e1"]
    assert [s.title for s in journal.entries.list_entries(EntryFilter(tag="ODD"))] == ["e3", "e1"]
    rng = EntryFilter(date_from=dt.date(2024, 5, 2), date_to=dt.date(2024, 5, 8))
    assert [s.title for s in journal.entries.list_entries(rng)] == ["e3", "e0"]
    assert journal.entries.count(rng) == 2
    assert [s.title for s in journal.entries.list_entries(limit=2, offset=1)] == ["e2", "e3"]
    ids = journal.entries.ids()
    assert ids[0] == same_day_late.id
    assert [s.title for s in journal.entries.summaries(ids[2:4])] == ["e3", "e0"]


def test_many_saved_at_once(journal):
    n = journal.entries.save_many([Entry(title=f"bulk {i}", tags=["t"]) for i in range(50)])
    assert n == 50
    assert journal.entries.count(EntryFilter(tag="t")) == 50
    assert len(journal.entries.search("bulk")) == 50


text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=300)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=text, body=text, child=text, words=text)
def test_arbitrary_unicode_round_trips(journal, title, body, child, words):
    import unicodedata

    from reflectjournal.core.unicode_safety import title_problem

    stored_title = unicodedata.normalize("NFC", title[:300]).strip()
    if title_problem(stored_title) is not None:
        # Invisible, blank-only or mixed-alphabet titles are refused, and nothing is saved.
        with pytest.raises(errors.InvalidTitle):
            journal.entries.save(Entry(title=title[:300], body=body))
        title = ""
    saved = journal.entries.save(
        Entry(title=title[:300], body=body, child_in_mind=child, wellbeing=Wellbeing(3, words))
    )
    got = journal.entries.get(saved.id)

    assert got.title == unicodedata.normalize("NFC", title[:300]).strip()
    assert got.body == body
    assert got.child_in_mind == child
    assert got.wellbeing.words == words


def test_tags_keep_the_case_typed_and_match_without_case(journal):
    plo = journal.entries.save(Entry(title="PLO meeting", tags=["PLO", "#Court", "plo"]))
    assert journal.entries.get(plo.id).tags == ["Court", "PLO"]  # one tag, as first typed
    # Another entry typing it in another case reuses the journal's spelling: no duplicates.
    other = journal.entries.save(Entry(title="Letter", tags=["plo"]))
    assert journal.entries.get(other.id).tags == ["PLO"]
    assert journal.entries.tag_names() == ["Court", "PLO"]
    for asked in ("plo", "PLO", "Plo", "#plo "):
        assert set(journal.entries.ids(EntryFilter(tag=asked))) == {plo.id, other.id}
    assert {h.entry.id for h in journal.entries.search("tag:plo")} == {plo.id, other.id}
    assert journal.entries.count(EntryFilter(tag="nothing")) == 0


def test_a_tag_only_one_entry_carries_can_be_recased_and_old_lower_case_tags_stay(journal):
    saved = journal.entries.save(Entry(title="Only me", tags=["court"]))
    saved.tags = ["Court"]
    assert journal.entries.save(saved).tags == ["Court"]
    # Tags stored before case was kept are lower case: a new spelling joins them.
    with journal.write() as conn:
        conn.execute("UPDATE entry_tags SET tag = 'court' WHERE entry_id = ?", (saved.id,))
    other = journal.entries.save(Entry(title="Later", tags=["COURT"]))
    assert other.tags == ["court"]
    assert journal.entries.get(saved.id).tags == ["court"]


def test_entries_saved_in_bulk_share_one_spelling_per_tag(journal):
    journal.entries.save(Entry(title="first", tags=["PLO"]))
    journal.entries.save_many([Entry(title="a", tags=["plo", "Court"]), Entry(title="b", tags=["court"])])
    assert journal.entries.tag_names() == ["Court", "PLO"]


def test_month_counts_fold_days_into_months_newest_first(journal):
    store = journal.entries
    days = ["2024-01-31", "2024-01-02", "2024-01-02", "2023-12-31", "2024-03-01", "2023-12-01"]
    saved = [
        store.save(Entry(title=f"e{i}", happened_on=dt.date.fromisoformat(day), kind="court" if i % 2 else "other"))
        for i, day in enumerate(days)
    ]
    assert store.month_counts() == [("2024-03", 1), ("2024-01", 3), ("2023-12", 2)]
    assert store.month_counts(EntryFilter(kind="court")) == [("2024-01", 1), ("2023-12", 2)]
    store.trash(saved[4].id)
    assert store.month_counts() == [("2024-01", 3), ("2023-12", 2)]
    assert store.month_counts(EntryFilter(trash=True)) == [("2024-03", 1)]


def test_tag_names_are_the_tags_of_live_entries_only(journal):
    store = journal.entries
    binned = store.save(Entry(title="binned", tags=["only-in-trash", "both", "Zulu"]))
    store.save(Entry(title="live", tags=["both", "alpha"]))
    store.save(Entry(title="live too", tags=["Zulu"]))
    store.trash(binned.id)
    assert store.tag_names() == ["alpha", "both", "Zulu"]
    store.restore(binned.id)
    assert store.tag_names() == ["alpha", "both", "only-in-trash", "Zulu"]
