"""Evidence links and the evidence map (core.evidence, schema 14)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from reflectjournal.core.cpd import CpdRecord, CpdStore
from reflectjournal.core.evidence import (
    EvidenceError,
    EvidenceStore,
    evidence_map,
    evidence_map_by_period,
    suggested_items,
)
from reflectjournal.core.frameworks import framework_by_id
from reflectjournal.core.models import AgendaItem, Entry, SupervisionSession

GIBBS = "org.reflectjournal.builtin.reflective-models/gibbs-cycle"  # serves pcf:6 and swe-ps:4


def _entry(journal, day: dt.date, title: str = "Visit", **more) -> int:
    return journal.entries.save(Entry(title=title, body="Text.", happened_on=day, **more)).id


def test_links_are_set_listed_and_replaced(journal):
    store = EvidenceStore(journal)
    entry = _entry(journal, dt.date(2026, 10, 1))
    store.set_links("entry", entry, ["kss-cf:3", "swe-ps:4", "kss-cf:3"])
    assert store.links_of("entry", entry) == ["kss-cf:3", "swe-ps:4"]
    store.set_links("entry", entry, ["kss-cf:5"])
    assert store.links_of("entry", entry) == ["kss-cf:5"]
    assert store.links_for("entry", [entry, 999]) == {entry: ["kss-cf:5"]}
    assert store.links_for("entry", [entry], "swe-ps") == {}
    for bad in ("kss-cf", "KSS:1", "kss-cf:3; DROP", ""):
        with pytest.raises(EvidenceError):
            store.set_links("entry", entry, [bad])
    with pytest.raises(EvidenceError):
        store.set_links("diary", entry, ["kss-cf:1"])
    assert store.links_of("entry", entry) == ["kss-cf:5"]  # a refused change leaves the links as they were


def test_links_go_with_their_entry_record_and_session_and_agenda_ids_hold(journal):
    store = EvidenceStore(journal)
    entry = _entry(journal, dt.date(2026, 10, 1))
    store.set_links("entry", entry, ["kss-cf:1"])
    journal.entries.trash(entry)
    assert store.links_of("entry", entry) == ["kss-cf:1"]  # the trash can be emptied or restored
    journal.entries.delete_forever(entry)
    assert store.links_of("entry", entry) == []

    record = CpdStore(journal).save(CpdRecord(started_on=dt.date(2026, 10, 2)), today=dt.date(2026, 10, 2))
    store.set_links("cpd", record.id, ["swe-ps:4"])
    CpdStore(journal).delete(record.id)
    assert store.links_of("cpd", record.id) == []

    session = journal.supervision.save(
        SupervisionSession(
            held_on=dt.date(2026, 10, 3),
            with_role="line_manager",
            session_type="formal",
            agenda=[AgendaItem("development", "Court skills"), AgendaItem("support", "Workload")],
        )
    )
    first, second = (item.id for item in session.agenda)
    store.set_links("agenda", first, ["pcf:6"])
    store.set_links("agenda", second, ["pcf:7"])
    saved = journal.supervision.save(journal.supervision.get(session.id))  # saved again: items keep their ids
    assert [item.id for item in saved.agenda] == [first, second]
    assert store.links_of("agenda", first) == ["pcf:6"]
    edited = journal.supervision.get(session.id)
    edited.agenda = edited.agenda[:1]  # the second item removed
    journal.supervision.save(edited)
    assert store.links_of("agenda", second) == [] and store.links_of("agenda", first) == ["pcf:6"]
    journal.supervision.delete(session.id)
    assert store.links_of("agenda", first) == []


def test_the_map_counts_every_item_and_keeps_one_no_longer_in_the_framework(journal):
    store = EvidenceStore(journal)
    old = _entry(journal, dt.date(2026, 1, 5))
    new = _entry(journal, dt.date(2026, 9, 20))
    trashed = _entry(journal, dt.date(2026, 9, 21))
    store.set_links("entry", old, ["kss-cf:3"])
    store.set_links("entry", new, ["kss-cf:3", "kss-cf:99"])
    store.set_links("entry", trashed, ["kss-cf:3"])
    journal.entries.trash(trashed)
    record = CpdStore(journal).save(CpdRecord(started_on=dt.date(2026, 10, 1)), today=dt.date(2026, 10, 1))
    store.set_links("cpd", record.id, ["kss-cf:3", "kss-cf:6"])

    rows = evidence_map(journal, "kss-cf")
    framework = framework_by_id("kss-cf")
    assert [r.item for r in rows[:10]] == [f"kss-cf:{item.id}" for item in framework.items]
    by_item = {r.item: r for r in rows}
    assert (by_item["kss-cf:3"].entries, by_item["kss-cf:3"].records) == (2, 1)
    assert by_item["kss-cf:3"].latest == dt.date(2026, 10, 1)
    assert by_item["kss-cf:3"].title == "Child development"
    assert by_item["kss-cf:1"].total == 0 and by_item["kss-cf:1"].latest is None
    # An item a newer version dropped: kept, last, without a title.
    assert rows[-1].item == "kss-cf:99" and rows[-1].title is None and rows[-1].entries == 1
    # A period: only what happened in it.
    autumn = {r.item: r for r in evidence_map(journal, "kss-cf", dt.date(2026, 9, 1), dt.date(2026, 9, 30))}
    assert (autumn["kss-cf:3"].entries, autumn["kss-cf:3"].records) == (1, 0)
    assert store.targets_of("kss-cf:3") == [("entry", new), ("entry", old), ("cpd", record.id)]


def test_the_map_by_review_period(journal):
    store = EvidenceStore(journal)
    for day, item in (
        (dt.date(2026, 9, 10), "swe-ps:1"),
        (dt.date(2026, 12, 10), "swe-ps:1"),
        (dt.date(2027, 4, 1), "swe-ps:2"),
    ):
        store.set_links("entry", _entry(journal, day), [item])
    periods = evidence_map_by_period(journal, "swe-ps", dt.date(2026, 9, 1))
    assert [p.label for p, _ in periods] == ["First three months", "Three to six months", "Six to twelve months"]
    counts = [{r.item: r.entries for r in rows if r.entries} for _, rows in periods]
    assert counts == [{"swe-ps:1": 1}, {"swe-ps:1": 1}, {"swe-ps:2": 1}]


def test_suggestions_come_from_the_prompts_used(journal):
    entry = _entry(journal, dt.date(2026, 10, 1), prompt_ids=[GIBBS])
    assert suggested_items(journal, entry) == ["pcf:6", "swe-ps:4"]
    EvidenceStore(journal).set_links("entry", entry, ["pcf:6"])
    assert suggested_items(journal, entry) == ["swe-ps:4"]
    assert suggested_items(journal, _entry(journal, dt.date(2026, 10, 2))) == []


def test_map_counts_equal_those_computed_independently(journal):
    rng = random.Random(7)
    store = EvidenceStore(journal)
    framework = framework_by_id("kss-cf")
    items = [f"kss-cf:{item.id}" for item in framework.items]
    expected: dict[str, list[dt.date]] = {item: [] for item in items}
    first, last = dt.date(2026, 3, 1), dt.date(2026, 8, 31)
    for n in range(120):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300))
        chosen = rng.sample(items, rng.randrange(0, 4))
        entry = _entry(journal, day, f"E{n}")
        store.set_links("entry", entry, chosen)
        if first <= day <= last:
            for item in chosen:
                expected[item].append(day)
    rows = {r.item: r for r in evidence_map(journal, "kss-cf", first, last)}
    for item in items:
        assert rows[item].entries == len(expected[item]), item
        assert rows[item].latest == (max(expected[item]) if expected[item] else None), item


def test_items_of_a_framework_carried_by_a_pack_are_linked_and_mapped(journal):
    import dataclasses
    from pathlib import Path

    from reflectjournal.core.frameworks import read_framework_file
    from reflectjournal.core.packs import new_pack_template

    local = read_framework_file(
        Path(__file__).resolve().parents[1] / "data" / "frameworks" / "good" / "local-early-career.json"
    )
    pack = dataclasses.replace(new_pack_template(), id="uk.example.team.pack", title="Team pack", frameworks=(local,))
    journal.packs.import_pack(pack)
    first = local.items[0]
    entry = _entry(journal, dt.date(2026, 10, 1))
    EvidenceStore(journal).set_links("entry", entry, [f"{local.id}:{first.id}"])
    rows = {r.item: r for r in evidence_map(journal, local.id)}
    assert rows[f"{local.id}:{first.id}"].title == first.title and rows[f"{local.id}:{first.id}"].entries == 1
    assert len(rows) == len(local.items)
