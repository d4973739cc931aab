"""Time prefix searches (``word*``) on a large journal where every entry has
its own case reference, the shape that made ``search 'e1*' --limit 8000``
take 118 s on 300,000 entries (issue 20, item 7).

    python benchmarks/prefix_bench.py --entries 100000 --out benchmarks/data/prefix.rjournal

The journal is built once (reused when it exists; ``--force`` rebuilds it)
from ``generate.py``'s realistic entries, each with one more line, "Case
reference e<N>.", so ``e1*`` starts 11,111 different words at 100,000
entries and 111,111 at 300,000. It uses the production key derivation and
``generate.py``'s passphrase.

For each query it times three ways of answering it, one of each per round:

* before: the query shape of ``EntryStore.search`` before this change,
  copied below (rank every match, then make snippets with
  ``rowid IN (...)``, which makes FTS5 expand the prefix once per row), run
  with no bound; ``--skip-before-over N`` leaves it out for limits above N
  (one run at 300,000 entries and --limit 8000 takes about two minutes);
* after, no word cap: ``EntryStore.search`` as it is now, with the one-pass
  snippets and the minimum prefix length, but ``MAX_PREFIX_WORDS`` raised
  out of reach, to show what the cap on words itself buys;
* after: ``EntryStore.search`` as it is now, with all its prefix bounds, and
  the note it gives.

It prints the median of ``--repeat`` rounds (after one warm-up round; a
way whose warm-up took over 5 s is not run again, and that run is its
figure), how many results each gave, the note, and the load average.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import PASSPHRASE, _batches, _remove_journal, generate  # noqa: E402

from reflectjournal.core import search_query  # noqa: E402
from reflectjournal.core.models import Entry, EntryFilter  # noqa: E402
from reflectjournal.core.vault import PRODUCTION_KDF, Journal  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / "data" / "prefix.rjournal"
SLOW = 5.0
QUERIES = (
    ("e1*", 8000),
    ("e1*", 50),
    ("e12*", 50),
    ("e*", 50),
    ("th*", 50),
    ("ch*", 50),
    ("chi*", 50),
    ("child", 50),
)


def with_references(entries: Iterator[Entry]) -> Iterator[Entry]:
    for number, entry in enumerate(entries):
        entry.body += f"\n\nCase reference e{number}."
        yield entry


def build(out: Path, count: int) -> None:
    started = time.perf_counter()
    journal = Journal.create(out, PASSPHRASE, kdf=PRODUCTION_KDF)
    done = 0
    try:
        for batch in _batches(with_references(generate(count)), 5000):
            journal.entries.save_many(batch)
            done += len(batch)
            print(f"  built {done:,} / {count:,}  {time.perf_counter() - started:6.0f} s", flush=True)
    finally:
        journal.close()


def before_search(journal: Journal, text: str, limit: int) -> int:
    """EntryStore.search before this change (no trash, no filter): ranks,
    then snippets through ``rowid IN (...)``. Returns the number of hits."""
    from reflectjournal.core.entries import BM25_WEIGHTS, SNIPPET_TOKENS
    from reflectjournal.core.search_query import parse

    terms = parse(text)
    query = " AND ".join(t.render() for t in terms)  # the queries here are single positive terms
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    conn = journal.conn
    ranked = conn.execute(
        f"SELECT rowid, bm25(entries_fts, {weights}) AS score FROM entries_fts"
        " WHERE entries_fts MATCH ? AND rowid NOT IN (SELECT id FROM entries WHERE deleted_at IS NOT NULL)"
        " ORDER BY score LIMIT ?",
        (query, limit),
    ).fetchall()
    ids = [r[0] for r in ranked]
    if ids:
        marks = ",".join("?" * len(ids))
        conn.execute(
            f"SELECT rowid, snippet(entries_fts, -1, '[', ']', '…', {SNIPPET_TOKENS}) FROM entries_fts"
            f" WHERE entries_fts MATCH ? AND rowid IN ({marks})",
            (query, *ids),
        ).fetchall()
        journal.entries.summaries(ids)
    return len(ids)


def time_once(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def interleaved(variants: dict[str, Callable[[], object]], repeat: int) -> dict[str, tuple[float, object]]:
    """The median time of each variant and its last result, run one of each
    per round (so a burst of load from elsewhere hits them alike) after one
    warm-up round. A variant whose warm-up took over SLOW seconds is not run
    again: the warm-up is its one sample."""
    samples: dict[str, list[float]] = {name: [] for name in variants}
    results: dict[str, object] = {}
    slow: dict[str, float] = {}
    for name, fn in variants.items():
        seconds, results[name] = time_once(fn)
        if seconds > SLOW:
            slow[name] = seconds
    for _ in range(repeat):
        for name, fn in variants.items():
            if name not in slow:
                seconds, results[name] = time_once(fn)
                samples[name].append(seconds)
    return {
        name: (slow[name] if name in slow else statistics.median(samples[name]), results[name]) for name in variants
    }


def uncapped_search(journal: Journal, text: str, limit: int):
    capped = search_query.MAX_PREFIX_WORDS
    search_query.MAX_PREFIX_WORDS = 10**9
    try:
        return journal.entries.search(text, EntryFilter(), limit=limit)
    finally:
        search_query.MAX_PREFIX_WORDS = capped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=100_000, help="entries to build (default 100000)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"the journal (default {DEFAULT_OUT})")
    parser.add_argument("--force", action="store_true", help="rebuild the journal even if it exists")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each query (default 5)")
    parser.add_argument(
        "--skip-before-over",
        type=int,
        default=None,
        metavar="N",
        help="leave out the 'before' timing for limits above N",
    )
    args = parser.parse_args(argv)

    out: Path = args.out
    if args.force or not out.exists():
        _remove_journal(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        print(f"Building {args.entries:,} entries in {out} ...")
        build(out, args.entries)
    journal = Journal.open(out, PASSPHRASE)
    try:
        total = journal.entries.count()
        print(
            f"{total:,} entries in {out} ({out.stat().st_size / 2**20:,.0f} MiB); "
            f"{platform.python_version()}, {platform.machine()}, load average {os.getloadavg()[0]:.2f}"
        )
        print(
            f"{'query':<8} {'limit':>6}  {'before':>10} {'hits':>6}  {'no cap':>10} {'hits':>6}  "
            f"{'after':>10} {'hits':>6}  note"
        )
        for text, limit in QUERIES:
            variants: dict[str, Callable[[], object]] = {}
            if args.skip_before_over is None or limit <= args.skip_before_over:
                variants["before"] = lambda t=text, n=limit: before_search(journal, t, n)
            variants["no cap"] = lambda t=text, n=limit: uncapped_search(journal, t, n)
            variants["after"] = lambda t=text, n=limit: journal.entries.search(t, EntryFilter(), limit=n)
            timings = interleaved(variants, args.repeat)
            cells = []
            for name in ("before", "no cap", "after"):
                if name not in timings:
                    cells.append(f"{'skipped':>10} {'-':>6}")
                    continue
                seconds, result = timings[name]
                count = result if isinstance(result, int) else len(result)
                cells.append(f"{seconds * 1000:>7,.0f} ms {count:>6}")
            outcome = timings["after"][1]
            notes = " ".join(note.message for note in outcome.notes) or "-"
            print(f"{text:<8} {limit:>6}  " + "  ".join(cells) + f"  {notes}", flush=True)
        print(f"load average at the end {os.getloadavg()[0]:.2f}")
    finally:
        journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
