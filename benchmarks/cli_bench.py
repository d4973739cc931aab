"""Whole-process timings of the command line against the floor
(benchmarks/floor.py), run interleaved so both see the same machine.

    python benchmarks/generate.py --entries 100000 --out /tmp/bench.rjournal
    python benchmarks/floor.py make /tmp/floor.db --from /tmp/bench.rjournal
    python benchmarks/cli_bench.py --journal /tmp/bench.rjournal --floor /tmp/floor.db --work /tmp/rj-cli

Each command is run --runs times, alternating reflectjournal and the floor;
the medians and their ratio are printed. "add" runs on copies made in --work
(the journal and the floor are never changed), so it times a real fsynced
write. Both use the production key derivation, which is most of the floor.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "benchmark passphrase"
TARGET_RATIO = 1.25

CASES = [
    ("search, rare word", ["search", "zephyrine"], ["search", "zephyrine"]),
    ("search, common word", ["search", "child"], ["search", "child"]),
    ("search, phrase", ["search", '"the child"'], ["search", '"the child"']),
    ("newest 10", ["list", "--limit", "10"], ["list", "10"]),
    ("add one entry", ["add", "--title", "Benchmark"], ["add", "Benchmark"]),
]


def timed(argv: list[str], stdin: str) -> float:
    started = time.perf_counter()
    subprocess.run(argv, input=stdin, text=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--journal", type=Path, required=True)
    parser.add_argument("--floor", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True, help="a scratch folder for the copies 'add' writes to")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    # As installed: compiled once. Without this (PYTHONDONTWRITEBYTECODE is
    # set on some machines) every run compiles the package again, ~55 ms.
    subprocess.run([args.python, "-m", "compileall", "-q", str(ROOT / "reflectjournal")], check=True)
    journal_copy, floor_copy = args.work / "journal.rjournal", args.work / "floor.db"
    shutil.copyfile(args.journal, journal_copy)
    shutil.copyfile(args.floor, floor_copy)
    print(
        f"journal {args.journal.stat().st_size / 2**20:.0f} MiB, floor {args.floor.stat().st_size / 2**20:.0f} MiB,"
        f" ratio {args.journal.stat().st_size / args.floor.stat().st_size:.2f}"
    )
    print(f"{'command':<22} {'reflectjournal':>15} {'floor':>10} {'ratio':>7}  target <= {TARGET_RATIO}")
    for name, ours, floors in CASES:
        writes = ours[0] == "add"
        journal, floor = (journal_copy, floor_copy) if writes else (args.journal, args.floor)
        stdin = PASSPHRASE + "\n" + ("A body written for the benchmark.\n" if writes else "")
        ours_argv = [args.python, "-m", "reflectjournal", *ours, "--journal", str(journal), "--passphrase-stdin"]
        floor_argv = [args.python, str(ROOT / "benchmarks" / "floor.py"), floors[0], str(floor), *floors[1:]]
        timed(ours_argv, stdin), timed(floor_argv, stdin)  # warm-up
        a, b = [], []
        for _ in range(args.runs):
            a.append(timed(ours_argv, stdin))
            b.append(timed(floor_argv, stdin))
        ratio = statistics.median(a) / statistics.median(b)
        verdict = "PASS" if ratio <= TARGET_RATIO else "MISS"
        print(
            f"{name:<22} {1000 * statistics.median(a):>12.0f} ms {1000 * statistics.median(b):>7.0f} ms"
            f" {ratio:>6.2f}x  {verdict}"
        )
    shutil.rmtree(args.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
