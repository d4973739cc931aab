"""The evidence map of a large journal (issue 13: 100,000 entries and a
year of links open in under 300 ms; counted in SQL, never by reading
entries into Python).

    .venv/bin/python benchmarks/portfolio_bench.py --journal benchmarks/data/bench.rjournal --work /tmp/rj-pf

The journal is copied into --work (an older schema is upgraded there).
Every live entry of the last 12 months is then linked to one to three
items of each of two frameworks (the child and family statement and
Social Work England's standards), chosen by a seeded generator, and 40 CPD
records of that year to one to three items; then, --runs times each after
warm-up: the map of the chosen framework over the 12 months, over all
time, by review period, and the map's list of the evidence for the busiest
item. Medians and p95.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSPHRASE = "benchmark passphrase"
TARGET_MS = 300.0


def summary(name: str, samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]
    median = 1000 * statistics.median(samples)
    verdict = "PASS" if median <= TARGET_MS else "MISS"
    return f"{name:<46} median {median:7.1f} ms   p95 {1000 * p95:7.1f} ms   target <= {TARGET_MS:.0f} ms {verdict}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--journal", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    copy = args.work / "journal.rjournal"
    shutil.copyfile(args.journal, copy)

    from reflectjournal.core.cpd import CpdRecord, CpdStore
    from reflectjournal.core.evidence import EvidenceStore, evidence_map, evidence_map_by_period
    from reflectjournal.core.frameworks import framework_by_id
    from reflectjournal.core.vault import PRODUCTION_KDF, Journal

    began = time.perf_counter()
    journal = Journal.open(copy, PASSPHRASE, kdf=PRODUCTION_KDF, backup_dir=args.work / "backups")
    print(f"opened (and upgraded if older) in {time.perf_counter() - began:.1f} s")
    conn = journal.conn
    newest = dt.date.fromisoformat(conn.execute("SELECT max(happened_on) FROM entries").fetchone()[0])
    first = newest - dt.timedelta(days=365)
    year_ids = [
        row[0]
        for row in conn.execute(
            "SELECT id FROM entries WHERE deleted_at IS NULL AND happened_on >= ? AND happened_on <= ?",
            (first.isoformat(), newest.isoformat()),
        )
    ]
    rng = random.Random(args.seed)
    frameworks = {fid: [f"{fid}:{item.id}" for item in framework_by_id(fid).items] for fid in ("kss-cf", "swe-ps")}
    began = time.perf_counter()
    now = "2026-12-03T00:00:00Z"
    with journal.write() as c:
        rows = []
        for entry_id in year_ids:
            for items in frameworks.values():
                for item in rng.sample(items, rng.randint(1, 3)):
                    fid, iid = item.split(":")
                    rows.append(("entry", entry_id, fid, iid, now))
        c.executemany(
            "INSERT OR IGNORE INTO evidence_links(kind, target_id, framework_id, item_id, added_at) VALUES (?, ?, ?, ?, ?)",
            rows,
        )
    store = CpdStore(journal)
    evidence = EvidenceStore(journal)
    for n in range(40):
        day = first + dt.timedelta(days=rng.randrange(365))
        record = store.save(CpdRecord(started_on=day, description=f"Record {n}"), today=day)
        evidence.set_links("cpd", record.id, rng.sample(frameworks["kss-cf"], rng.randint(1, 3)))
    total = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    links = conn.execute("SELECT count(*) FROM evidence_links").fetchone()[0]
    print(
        f"{total:,} entries; {len(year_ids):,} in the 12 months to {newest}; {links:,} links made in"
        f" {time.perf_counter() - began:.1f} s"
    )

    def timed(fn, runs: int = args.runs) -> list[float]:
        for _ in range(3):
            fn()
        out = []
        for _ in range(runs):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
        return out

    rows12 = evidence_map(journal, "kss-cf", first, newest)
    busiest = max(rows12, key=lambda r: r.total)
    print(
        f"  the map, 12 months: {sum(r.entries for r in rows12):,} entry links; busiest {busiest.item} ({busiest.total:,})"
    )
    print(summary("evidence map, kss-cf, 12 months", timed(lambda: evidence_map(journal, "kss-cf", first, newest))))
    print(summary("evidence map, kss-cf, all time", timed(lambda: evidence_map(journal, "kss-cf"))))
    print(
        summary(
            "evidence map by review period (3 maps)", timed(lambda: evidence_map_by_period(journal, "kss-cf", first))
        )
    )
    print(summary(f"evidence for {busiest.item} (ids, newest first)", timed(lambda: evidence.targets_of(busiest.item))))
    journal.close()
    shutil.rmtree(args.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
