"""Time prefix searches (``word*``) on a large journal where every entry has
its own case reference, the shape that made ``search 'e1*' --limit 8000``
take 118 s on 300,000 entries (issue 20, item 7).

    python benchmarks/prefix_bench.py --entries 100000 --out benchmarks/data/prefix.rjournal

The journal is built once (reused when it exists; ``--force`` rebuilds it)
from ``generate.py``'s realistic entries, each with one more line, "Case
reference e<N>.", so ``e1*`` starts 11,111 different words at 100,000
entries and 111,111 at 300,000. It uses the production key derivation and
``generate.py``'s passphrase.

For each query it times two ways of answering it, interleaved:

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

It prints the median of ``--repeat`` runs (after one warm-up run) of each,
how many results each gave, and the note.
"""

from __future__ import annotations

import argparse
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
QUERIES = (("e1*", 8000), ("e1*", 50), ("e12*", 50), ("e*", 50), ("ch*", 50), ("chi*", 50), ("child", 50))


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


def median_of(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    result = fn()  # warm-up
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result


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
            f"{platform.python_version()}, {platform.machine()}"
        )
        print(
            f"{'query':<8} {'limit':>6}  {'before':>10} {'hits':>6}  {'no cap':>10} {'hits':>6}  "
            f"{'after':>10} {'hits':>6}  note"
        )
        for text, limit in QUERIES:
            if args.skip_before_over is not None and limit > args.skip_before_over:
                before, before_hits = "skipped", "-"
            else:
                seconds, before_hits = median_of(lambda t=text, n=limit: before_search(journal, t, n), args.repeat)
                before = f"{seconds * 1000:,.0f} ms"
            capped = search_query.MAX_PREFIX_WORDS
            search_query.MAX_PREFIX_WORDS = 10**9
            try:
                seconds, uncapped = median_of(
                    lambda t=text, n=limit: journal.entries.search(t, EntryFilter(), limit=n), args.repeat
                )
            finally:
                search_query.MAX_PREFIX_WORDS = capped
            no_cap = f"{seconds * 1000:,.0f} ms"
            seconds, outcome = median_of(
                lambda t=text, n=limit: journal.entries.search(t, EntryFilter(), limit=n), args.repeat
            )
            after = f"{seconds * 1000:,.0f} ms"
            notes = " ".join(note.message for note in outcome.notes) or "-"
            print(
                f"{text:<8} {limit:>6}  {before:>10} {before_hits!s:>6}  {no_cap:>10} {len(uncapped):>6}  "
                f"{after:>10} {len(outcome):>6}  {notes}",
                flush=True,
            )
    finally:
        journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
