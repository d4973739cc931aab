"""Journal size and unlock time with about 1 GB of attachments.

    python benchmarks/attachments_bench.py --gib 1 --out /tmp/attach-bench

Makes two journals with the production key derivation and the same
entries (``--entries``, default 1,000): one with no attachments, one with
``--gib`` GiB of JPEG-framed photos (3 MiB each by default, random, so
incompressible like real photos) spread over the entries. Then prints:

- the file sizes and the overhead over the attachment bytes;
- unlock (``Journal.open`` + ``read_first_screen``, what the app does before
  its first screen), warm and cold (the file's cached pages dropped with
  posix_fadvise first), median and p95 of ``--runs`` runs, for both;
- the bytes the process read during each unlock (``rchar`` in /proc/self/io:
  every read system call, cached or not): unlock must not read attachments;
- listing one entry's attachments, reading one (3 MiB), adding one, and one
  verified backup of the large journal.

Nothing is kept: both journals are deleted at the end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reflectjournal.core.first_screen import read_first_screen  # noqa: E402
from reflectjournal.core.models import Entry  # noqa: E402
from reflectjournal.core.vault import PRODUCTION_KDF, Journal  # noqa: E402

PASSPHRASE = "benchmark passphrase"
SAMPLE_JPEG = ROOT / "tests" / "data" / "attachments" / "small.jpg"
MIB = 1024 * 1024


def photo(size: int) -> bytes:
    """A JPEG whose header is real and whose scan data is ``size`` random bytes."""
    head = SAMPLE_JPEG.read_bytes()
    sos = head.index(b"\xff\xda")
    length = int.from_bytes(head[sos + 2 : sos + 4], "big")
    header = head[: sos + 2 + length]
    return header + os.urandom(size - len(header) - 2) + b"\xff\xd9"


def rchar() -> int:
    with open("/proc/self/io") as fh:
        for line in fh:
            if line.startswith("rchar:"):
                return int(line.split()[1])
    return 0


def drop_cache(path: Path) -> None:
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        if p.exists():
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def make(path: Path, entries: int, attach_bytes: int, each: int) -> tuple[int, float]:
    """A journal with ``entries`` entries and about ``attach_bytes`` of photos."""
    started = time.perf_counter()
    count = 0
    with Journal.create(path, PASSPHRASE, kdf=PRODUCTION_KDF) as journal:
        batch = [
            Entry(title=f"Visit {i}", body=f"Entry {i}. " + "Words of a reflection. " * 60, tags=["bench"])
            for i in range(entries)
        ]
        journal.entries.save_many(batch)
        ids = journal.entries.ids()
        total = 0
        while total < attach_bytes:
            entry_id = ids[count % len(ids)]
            data = photo(max(64 * 1024, min(each, attach_bytes - total)))
            with journal.write() as conn:  # one photo per transaction, as the app adds them
                journal.attachments.add_in(conn, entry_id, f"photo-{count}.jpg", data)
            total += len(data)
            count += 1
    return count, time.perf_counter() - started


def unlock_runs(path: Path, runs: int, cold: bool) -> tuple[list[float], list[int]]:
    times, reads = [], []
    for _ in range(runs):
        if cold:
            drop_cache(path)
        before = rchar()
        started = time.perf_counter()
        journal = Journal.open(path, PASSPHRASE, kdf=PRODUCTION_KDF)
        read_first_screen(journal)
        times.append(time.perf_counter() - started)
        reads.append(rchar() - before)
        journal.close()
    return times, reads


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]


def timed(fn, runs: int = 10) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gib", type=float, default=1.0)
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--each-mib", type=float, default=3.0)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--out", type=Path, default=Path("/tmp/attach-bench"))
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    plain, heavy = out / "plain.rjournal", out / "heavy.rjournal"
    attach_bytes = int(args.gib * 1024 * MIB)
    each = int(args.each_mib * MIB)

    print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    _, plain_s = make(plain, args.entries, 0, each)
    count, heavy_s = make(heavy, args.entries, attach_bytes, each)
    print(
        f"made: {args.entries} entries each; {count} photos of {args.each_mib} MiB in {heavy_s:.1f} s ({plain_s:.1f} s without)"
    )
    plain_size, heavy_size = plain.stat().st_size, heavy.stat().st_size
    print(f"file size without attachments: {plain_size / MIB:.1f} MiB")
    print(f"file size with {attach_bytes / MIB:.0f} MiB of attachments: {heavy_size / MIB:.1f} MiB")
    print(f"overhead over the attachment bytes: {(heavy_size - plain_size - attach_bytes) / attach_bytes * 100:.2f} %")

    for name, path in (("without", plain), (f"with {args.gib:g} GiB", heavy)):
        for cold in (False, True):
            unlock_runs(path, 2, cold)  # warm-up
            times, reads = unlock_runs(path, args.runs, cold)
            label = "cold" if cold else "warm"
            print(
                f"unlock {name} attachments, {label}: median {statistics.median(times) * 1000:.1f} ms, "
                f"p95 {p95(times) * 1000:.1f} ms, read {statistics.median(reads) / 1024:.0f} KiB "
                f"(max {max(reads) / 1024:.0f} KiB)"
            )

    with Journal.open(heavy, PASSPHRASE, kdf=PRODUCTION_KDF) as journal:
        entry_id = journal.entries.ids()[0]
        items = journal.attachments.list(entry_id)
        print(
            f"list one entry's {len(items)} attachments: {timed(lambda: journal.attachments.list(entry_id)) * 1000:.2f} ms"
        )
        print(
            f"read one {items[0].size / MIB:.1f} MiB attachment: {timed(lambda: journal.attachments.read(items[0].uid)) * 1000:.1f} ms"
        )
        print(f"total size query: {timed(journal.attachments.total_size) * 1000:.2f} ms")
        data = photo(each)
        added = []

        def add() -> None:
            added.append(journal.attachments.add(entry_id, "new.jpg", data))

        print(f"add one {each / MIB:.1f} MiB photo (own transaction, fsynced): {timed(add, 5) * 1000:.1f} ms")
        for a in added:
            journal.attachments.delete(a.uid)
        started = time.perf_counter()
        journal.backup(out / "backup.rjournal")
        print(f"verified backup of the large journal: {time.perf_counter() - started:.1f} s")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    if not args.keep:
        shutil.rmtree(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
