"""`reflectjournal portfolio map`, run in-process on a generated journal:
its --json counts equal those this test computes from what it linked;
items with none say so; an item no longer in the framework is kept; review
periods; a framework that does not exist; a period the wrong way round."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
from collections import Counter

import pytest

from reflectjournal import cli
from reflectjournal.core.cpd import CpdRecord, CpdStore
from reflectjournal.core.evidence import EvidenceStore
from reflectjournal.core.frameworks import framework_by_id
from reflectjournal.core.models import Entry
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE

FIRST, LAST = dt.date(2026, 3, 1), dt.date(2026, 8, 31)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """300 entries over 2026, each linked to up to three items of kss-cf
    (and some to swe-ps), a few trashed, 12 CPD records; what was linked is
    returned so the counts can be worked out apart from the code."""
    path = tmp_path_factory.mktemp("portfolio") / "journal.rjournal"
    rng = random.Random(2026)
    items = [f"kss-cf:{item.id}" for item in framework_by_id("kss-cf").items]
    linked: list[tuple[str, dt.date, list[str], bool]] = []  # (kind, day, items, live)
    with Journal.create(path, TEST_PASSPHRASE, kdf=TEST_KDF) as j:
        store = EvidenceStore(j)
        for n in range(300):
            day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(330))
            entry = j.entries.save(Entry(title=f"Entry {n}", body="Text.", happened_on=day))
            chosen = rng.sample(items, rng.randrange(0, 4)) + (["swe-ps:4"] if n % 5 == 0 else [])
            if n == 7:
                chosen.append("kss-cf:99")  # an item a newer version of the framework dropped
            store.set_links("entry", entry.id, chosen)
            live = n % 31 != 0
            if not live:
                j.entries.trash(entry.id)
            linked.append(("entry", day, chosen, live))
        cpd = CpdStore(j)
        for n in range(12):
            day = dt.date(2025, 12, 1) + dt.timedelta(days=rng.randrange(300))
            record = cpd.save(CpdRecord(started_on=day, description=f"Record {n}"), today=day)
            chosen = rng.sample(items, rng.randrange(1, 3))
            store.set_links("cpd", record.id, chosen)
            linked.append(("cpd", day, chosen, True))
    return path, linked


def run(path, *argv: str, expect: int = cli.EXIT_OK, monkeypatch=None) -> str:
    args = cli.build_parser().parse_args(["portfolio", *argv, "--journal", str(path), "--passphrase-stdin"])
    stdout = io.StringIO()
    code = cli.run(args, io.StringIO(TEST_PASSPHRASE + "\n"), stdout)
    assert code == expect, (argv, code)
    return stdout.getvalue()


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    real_open = Journal.open.__func__

    def open_fast(cls, p, passphrase, **kwargs):
        kwargs.update(kdf=TEST_KDF)
        return real_open(cls, p, passphrase, **kwargs)

    monkeypatch.setattr(Journal, "open", classmethod(open_fast))


def expected_counts(linked, first=None, last=None):
    entries, records, latest = Counter(), Counter(), {}
    for kind, day, items, live in linked:
        if not live or (first and day < first) or (last and day > last):
            continue
        for item in items:
            if not item.startswith("kss-cf:"):
                continue
            (entries if kind == "entry" else records)[item] += 1
            latest[item] = max(latest.get(item, day), day)
    return entries, records, latest


@pytest.mark.parametrize("bounds", [(None, None), (FIRST, LAST)], ids=["all time", "march to august"])
def test_json_counts_equal_those_worked_out_apart(generated, bounds):
    path, linked = generated
    first, last = bounds
    argv = ["map", "--framework", "kss-cf", "--json"]
    if first:
        argv += ["--from", first.isoformat(), "--to", last.isoformat()]
    data = json.loads(run(path, *argv))
    entries, records, latest = expected_counts(linked, first, last)
    rows = {row["item"]: row for row in data["items"]}
    assert [row["item"] for row in data["items"]][:10] == [f"kss-cf:{n}" for n in range(1, 11)]
    for item, row in rows.items():
        assert row["entries"] == entries[item], item
        assert row["records"] == records[item], item
        assert row["latest"] == (latest[item].isoformat() if item in latest else None), item
    if first is None:  # the dropped item's one entry: listed, kept, without a title
        assert rows["kss-cf:99"]["in_framework"] is False and rows["kss-cf:99"]["title"] is None
    assert data["framework"] == "kss-cf"


def test_text_says_which_items_have_none_and_the_review_periods(generated):
    path, linked = generated
    out = run(path, "map", "--framework", "swe-ps")
    assert "swe-ps:1  Promote the rights, strengths and wellbeing of people, families and communities: none yet" in out
    live_swe = sum(1 for kind, _d, items, live in linked if live and "swe-ps:4" in items)
    assert f"swe-ps:4  Maintain my continuing professional development: {live_swe} entries, 0 CPD" in out
    assert out.rstrip().endswith("5 of 6 items have no evidence yet.")
    data = json.loads(
        run(path, "map", "--framework", "kss-cf", "--by-review-period", "--start", "2026-02-01", "--json")
    )
    assert [p["label"] for p in data["periods"]] == [
        "First three months",
        "Three to six months",
        "Six to twelve months",
    ]
    first_period = data["periods"][0]
    entries, _records, _latest = expected_counts(linked, dt.date(2026, 2, 1), dt.date(2026, 4, 30))
    assert {row["item"]: row["entries"] for row in first_period["items"] if row["entries"]} == dict(entries)


def test_bad_requests_say_what_to_do(generated, capsys):
    path, _ = generated
    run(path, "map", "--framework", "nope", expect=cli.EXIT_NO_ENTRY)
    assert 'There is no framework with the id "nope"' in capsys.readouterr().err
    run(path, "map", "--framework", "kss-cf", "--from", "2026-05-01", "--to", "2026-04-01", expect=cli.EXIT_USAGE)
    run(path, "map", "--framework", "kss-cf", "--by-review-period", expect=cli.EXIT_USAGE)
    assert "--start" in capsys.readouterr().err
