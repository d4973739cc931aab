"""Time the journal's everyday operations on a large generated journal.

    python benchmarks/generate.py --entries 100000 --out benchmarks/data/bench.rjournal
    python benchmarks/run.py --journal benchmarks/data/bench.rjournal

Prints the median and 95th percentile of each operation (after a warm-up),
its target and PASS or MISS, and the machine it ran on. The journal itself
is never changed: "save" runs on a temporary copy, deleted afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.metadata
import importlib.util
import json
import math
import os
import platform
import random
import shutil
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import sqlcipher3

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from reflectjournal.core.models import EntryFilter  # noqa: E402
from reflectjournal.core.vault import PRODUCTION_KDF, Journal  # noqa: E402

PASSPHRASE = "benchmark passphrase"  # the same as generate.py
DEFAULT_JOURNAL = ROOT / "benchmarks" / "data" / "bench.rjournal"
KDF_RATIO_TARGET = 1.5


@dataclass
class Result:
    name: str
    samples: list[float]  # seconds
    target: str = ""
    passed: bool | None = None  # None: no target
    note: str = ""
    median: float = field(init=False)
    p95: float = field(init=False)

    def __post_init__(self) -> None:
        self.median = statistics.median(self.samples)
        self.p95 = percentile(self.samples, 95)


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile: a value that was actually measured."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def measure(fn: Callable[[int], object], repeat: int, warmup: int) -> list[float]:
    """Call ``fn(i)`` ``warmup`` times untimed, then ``repeat`` times timed."""
    for i in range(warmup):
        fn(i)
    samples = []
    for i in range(repeat):
        start = time.perf_counter()
        fn(i)
        samples.append(time.perf_counter() - start)
    return samples


def timed(name: str, samples: list[float], *, limit_ms: float | None = None, note: str = "") -> Result:
    if limit_ms is None:
        return Result(name, samples, "none set", None, note)
    result = Result(name, samples, f"median ≤ {limit_ms:g} ms", None, note)
    result.passed = result.median <= limit_ms / 1000
    return result


# -- machine ----------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def machine_info(journal: Journal) -> dict[str, str]:
    conn = journal.conn
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    return {
        "CPU": _cpu_model(),
        "cores": f"{os.cpu_count()} ({usable} usable)",
        "memory": _memory(),
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "SQLCipher": conn.execute("PRAGMA cipher_version").fetchone()[0],
        "crypto provider": " ".join(
            str(conn.execute(f"PRAGMA cipher_{p}").fetchone()[0]) for p in ("provider", "provider_version")
        ),
        "SQLite": conn.execute("SELECT sqlite_version()").fetchone()[0],
        "sqlcipher3": importlib.metadata.version("sqlcipher3")
        if _has_dist("sqlcipher3")
        else importlib.metadata.version("sqlcipher3-binary"),
    }


def _has_dist(name: str) -> bool:
    try:
        importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


# -- the benchmarks -----------------------------------------------------------------


def _sqlcipher_kdf_probe(folder: Path) -> Callable[[], float]:
    """SQLCipher's own key derivation: unlock a database with one empty table.

    The same library, OpenSSL build and iteration count as the journal, with
    nothing else to read, so its cost is the KDF plus a few microseconds.
    """
    probe = folder / "kdf-probe.db"
    conn = sqlcipher3.connect(str(probe))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute(f"PRAGMA kdf_iter = {PRODUCTION_KDF.iterations}")
    conn.execute("CREATE TABLE t(x)")
    conn.close()

    def unlock() -> float:
        start = time.perf_counter()
        conn = sqlcipher3.connect(str(probe))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        conn.execute(f"PRAGMA kdf_iter = {PRODUCTION_KDF.iterations}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        elapsed = time.perf_counter() - start
        conn.close()
        return elapsed

    return unlock


def bench_open(path: Path, repeat: int, warmup: int) -> list[Result]:
    """Open and unlock, against two references for the key derivation alone.

    The three are interleaved, one of each per round, so that a burst of
    load from another process hits all of them alike.
    """
    salt = os.urandom(16)

    def hashlib_kdf() -> float:
        start = time.perf_counter()
        hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), salt, PRODUCTION_KDF.iterations, 64)
        return time.perf_counter() - start

    def open_journal() -> float:
        # Time the open only, not the close (which checkpoints the WAL).
        start = time.perf_counter()
        journal = Journal.open(path, PASSPHRASE)
        elapsed = time.perf_counter() - start
        journal.close()
        return elapsed

    with tempfile.TemporaryDirectory(prefix="rj-bench-") as folder:
        sqlcipher_kdf = _sqlcipher_kdf_probe(Path(folder))
        samples: dict[str, list[float]] = {"open": [], "hashlib": [], "sqlcipher": []}
        for round_ in range(warmup + repeat):
            timings = {"open": open_journal(), "hashlib": hashlib_kdf(), "sqlcipher": sqlcipher_kdf()}
            if round_ >= warmup:
                for key, value in timings.items():
                    samples[key].append(value)

    iterations = f"PBKDF2-SHA512 × {PRODUCTION_KDF.iterations:,}"
    by_hashlib = timed(
        f"KDF alone: hashlib ({iterations})", samples["hashlib"], note=f"reference; {ssl.OPENSSL_VERSION}"
    )
    by_sqlcipher = timed("KDF alone: SQLCipher, empty database", samples["sqlcipher"], note="reference")
    opened = statistics.median(samples["open"])
    ratios = {"hashlib": opened / by_hashlib.median, "SQLCipher": opened / by_sqlcipher.median}
    worst = max(ratios.values())
    open_result = Result(
        "open and unlock",
        samples["open"],
        f"≤ {KDF_RATIO_TARGET}x KDF",
        worst <= KDF_RATIO_TARGET,
        ", ".join(f"{ratio:.2f}x {name}" for name, ratio in ratios.items()),
    )
    return [open_result, by_hashlib, by_sqlcipher]


def bench_in_process(journal: Journal, args: argparse.Namespace) -> list[Result]:
    store = journal.entries
    conn = journal.conn
    repeat, warmup = args.repeat, args.warmup
    max_id = conn.execute("SELECT max(id) FROM entries").fetchone()[0]
    results = []

    for word, limit_ms in ((args.common_word, 100), (args.rare_word, 10)):
        matches = conn.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (f'"{word}"',)).fetchone()
        hits = store.search(word, EntryFilter(), limit=50)
        if not hits or not all(h.snippet for h in hits):
            raise SystemExit(f"search for {word!r} found no hits or no snippets: is this a generated journal?")
        samples = measure(lambda _i, w=word: store.search(w, EntryFilter(), limit=50), repeat, warmup)
        results.append(
            timed(
                f"search '{word}' (top 50, snippets)",
                samples,
                limit_ms=limit_ms,
                note=f"{len(hits)} shown of {matches[0]:,} matching",
            )
        )

    tagged = conn.execute(
        "SELECT count(*) FROM entry_tags JOIN entries ON id = entry_id WHERE tag = ? AND deleted_at IS NULL",
        (args.tag,),
    ).fetchone()[0]
    rows = store.list_entries(EntryFilter(tag=args.tag), limit=200)
    samples = measure(lambda _i: store.list_entries(EntryFilter(tag=args.tag), limit=200), repeat, warmup)
    results.append(timed(f"tag filter '{args.tag}' (200 rows)", samples, note=f"{len(rows)} of {tagged:,} tagged"))

    rng = random.Random(7)
    ids = [rng.randint(1, max_id) for _ in range(repeat + warmup)]
    samples = measure(lambda i: store.get(ids[i]), repeat, warmup)
    results.append(timed("fetch one entry", samples, limit_ms=2, note="a different random id each time"))

    rows = store.list_entries(EntryFilter(), limit=200)
    samples = measure(lambda _i: store.list_entries(EntryFilter(), limit=200), repeat, warmup)
    results.append(timed("newest 200 titles", samples, limit_ms=20, note=f"{len(rows)} rows"))
    return results


def bench_save(path: Path, repeat: int, warmup: int) -> Result:
    """Save edited entries in a copy, so the benchmark journal never changes."""
    copy = path.with_name(path.stem + "-save-copy" + path.suffix)
    _remove(copy)
    shutil.copyfile(path, copy)
    os.chmod(copy, 0o600)
    try:
        journal = Journal.open(copy, PASSPHRASE)
        try:
            store = journal.entries
            max_id = journal.conn.execute("SELECT max(id) FROM entries").fetchone()[0]
            rng = random.Random(11)
            ids = [rng.randint(1, max_id) for _ in range(repeat + warmup)]
            edited = []
            for entry_id in ids:
                entry = store.get(entry_id)
                entry.body += "\n\nAdded later: I spoke to the child's teacher, who confirmed the new routine."
                entry.tags = [*entry.tags, "edited"]
                edited.append(entry)
            samples = measure(lambda i: store.save(edited[i]), repeat, warmup)
        finally:
            journal.close()
    finally:
        _remove(copy)
    return timed("save one edited entry", samples, limit_ms=20, note="on a copy; fsync on commit")


def _remove(journal_path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(journal_path) + suffix).unlink(missing_ok=True)


def cli_command() -> list[str] | None:
    """How to start the command line, or None if it does not exist yet."""
    if importlib.util.find_spec("reflectjournal.cli") is None:
        return None
    script = Path(sys.executable).parent / "reflectjournal"
    return [str(script)] if script.exists() else [sys.executable, "-m", "reflectjournal"]


def evict_from_page_cache(journal_path: Path) -> None:
    """Ask the kernel to drop the journal's cached pages (no root needed).

    The next read comes from the disk, as on the first search after a
    reboot. A virtual machine's host may still hold the file in its cache.
    """
    for suffix in ("", "-wal"):
        name = Path(str(journal_path) + suffix)
        if name.exists():
            fd = os.open(name, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def bench_cli(path: Path, words: list[str], repeat: int, warmup: int, *, cold: int) -> list[Result]:
    command = cli_command()
    if command is None:
        print("The command line (reflectjournal/cli.py) is not there yet: skipped.", file=sys.stderr)
        return []
    results = []
    for word in words:
        argv = [*command, "search", word, "--journal", str(path), "--passphrase-stdin"]
        outputs: list[str] = []

        def run(_i: int, argv: list[str] = argv, outputs: list[str] = outputs) -> None:
            proc = subprocess.run(argv, input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=120)
            if proc.returncode != 0 or not proc.stdout.strip():
                raise SystemExit(
                    f"{' '.join(argv)} failed with exit code {proc.returncode}:\n{proc.stderr.strip()[-2000:]}"
                )
            outputs.append(proc.stdout)

        samples = measure(run, repeat, warmup)
        lines = len(outputs[-1].splitlines())
        results.append(
            timed(f"command line: search '{word}'", samples, limit_ms=500, note=f"whole process, {lines} lines out")
        )
        if cold:
            cold_samples = []
            for _ in range(cold):
                evict_from_page_cache(path)
                cold_samples.append(measure(run, 1, 0)[0])
            results.append(
                timed(f"command line: search '{word}', cold", cold_samples, note="journal evicted from page cache")
            )
    return results


# -- output ---------------------------------------------------------------------


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def print_table(results: list[Result]) -> None:
    header = ("operation", "median", "p95", "n", "target", "result", "notes")
    rows = [
        (
            r.name,
            _ms(r.median),
            _ms(r.p95),
            str(len(r.samples)),
            r.target,
            "—" if r.passed is None else ("PASS" if r.passed else "MISS"),
            r.note,
        )
        for r in results
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    right = {1, 2, 3}

    def line(row: tuple[str, ...]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()

    print(line(header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--journal", type=Path, default=DEFAULT_JOURNAL, help=f"default {DEFAULT_JOURNAL}")
    parser.add_argument("--repeat", type=int, default=30, help="timed runs of each in-process operation (30)")
    parser.add_argument("--slow-repeat", type=int, default=20, help="timed runs of open and of the CLI (20)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first (3)")
    parser.add_argument("--common-word", default="child")
    parser.add_argument("--rare-word", default="zephyrine")
    parser.add_argument("--tag", default="neglect")
    parser.add_argument("--skip-cli", action="store_true", help="do not time the command line")
    parser.add_argument(
        "--cold", type=int, default=5, help="extra CLI runs with the journal evicted from the page cache (5; 0: none)"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    path: Path = args.journal.absolute()
    if not path.exists():
        parser.error(f"no journal at {path}; make one with benchmarks/generate.py")
    if min(args.repeat, args.slow_repeat) < 1 or args.warmup < 0:
        parser.error("--repeat and --slow-repeat must be positive, --warmup not negative")

    started = dt.datetime.now().astimezone()
    load_before = os.getloadavg()
    print(f"Journal: {path} ({path.stat().st_size / 2**20:,.0f} MiB)", flush=True)
    print("Timing open and unlock…", flush=True)
    open_results = bench_open(path, args.slow_repeat, args.warmup)

    journal = Journal.open(path, PASSPHRASE)
    try:
        machine = machine_info(journal)
        machine["load average"] = "{:.2f} {:.2f} {:.2f} at the start".format(*load_before)
        entries = journal.conn.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[0]
        print(f"Timing reads over {entries:,} entries…", flush=True)
        results = [*open_results, *bench_in_process(journal, args)]
    finally:
        journal.close()

    print("Timing save (on a copy)…", flush=True)
    save = bench_save(path, args.repeat, args.warmup)
    results.insert(len(results) - 1, save)
    if not args.skip_cli:
        print("Timing the command line…", flush=True)
        words = [args.common_word, args.rare_word]
        results += bench_cli(path, words, args.slow_repeat, max(1, args.warmup), cold=args.cold)

    machine["load average"] += ", {:.2f} {:.2f} {:.2f} at the end".format(*os.getloadavg())
    print()
    print(f"reflectjournal benchmark, {started:%Y-%m-%d %H:%M %Z}, {entries:,} entries")
    for key, value in machine.items():
        print(f"  {key + ':':17}{value}")
    print()
    print_table(results)
    missed = [r.name for r in results if r.passed is False]
    print()
    print("All targets met." if not missed else "Missed: " + "; ".join(missed))
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "started": started.isoformat(timespec="seconds"),
                    "journal": str(path),
                    "entries": entries,
                    "machine": machine,
                    "results": [asdict(r) for r in results],
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
