"""Journal size, and the time of backup, verify and restore, at the size of
a real journal (issue 19: one copy of the text).

    .venv/bin/python benchmarks/storage_bench.py --journal benchmarks/data/bench.rjournal --work /tmp/rj-storage

The journal is copied into --work first (never changed in place). If it is
at an older schema, opening the copy upgrades it (after the verified backup
the app always takes), and the upgrade is timed; with --vacuum the copy is
then vacuumed so the size shows what the upgrade can give back. Each of
backup, verify and restore is run --runs times; the median is printed.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reflectjournal.core.backup import restore_backup  # noqa: E402
from reflectjournal.core.schema import SCHEMA_VERSION  # noqa: E402
from reflectjournal.core.vault import PRODUCTION_KDF, Journal  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def mib(path: Path) -> float:
    return path.stat().st_size / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--journal", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True, help="a scratch folder (emptied first)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--vacuum", action="store_true", help="vacuum the copy after opening it")
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    copy = args.work / "journal.rjournal"
    shutil.copyfile(args.journal, copy)
    print(f"schema this code writes: {SCHEMA_VERSION}; source journal: {mib(copy):.0f} MiB")
    started = time.perf_counter()
    journal = Journal.open(copy, PASSPHRASE, kdf=PRODUCTION_KDF, backup_dir=args.work / "backups")
    print(f"open (and upgrade, if older): {time.perf_counter() - started:.1f} s")
    if args.vacuum:
        started = time.perf_counter()
        journal.conn.execute("VACUUM")
        print(f"vacuum: {time.perf_counter() - started:.1f} s")
    journal.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"journal size: {mib(copy):.0f} MiB")
    times: dict[str, list[float]] = {"backup": [], "verify": [], "restore": []}
    for run in range(args.runs):
        dest = args.work / f"backup-{run}.rjournal"
        started = time.perf_counter()
        journal.backup(dest)
        times["backup"].append(time.perf_counter() - started)
        started = time.perf_counter()
        report = journal.verify()
        times["verify"].append(time.perf_counter() - started)
        assert not report.cipher_problems and not report.sqlite_problems and report.search_index_ok
    backup_size = mib(args.work / "backup-0.rjournal")
    journal.close()
    for run in range(args.runs):
        target = args.work / f"restored-{run}.rjournal"
        started = time.perf_counter()
        restore_backup(args.work / f"backup-{run}.rjournal", target, PASSPHRASE, PRODUCTION_KDF)
        times["restore"].append(time.perf_counter() - started)
    print(f"backup file size: {backup_size:.0f} MiB")
    for name, values in times.items():
        print(f"{name}: median {statistics.median(values):.1f} s  (runs: {', '.join(f'{v:.1f}' for v in values)})")
    shutil.rmtree(args.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
