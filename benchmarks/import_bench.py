"""Time importing a jrnl JSON export (or a Markdown folder) into a fresh journal.

    python benchmarks/import_bench.py                  # jrnl: 10,000 (median of 3) and 100,000 (once)
    python benchmarks/import_bench.py --sizes 10000 --repeat 5
    python benchmarks/import_bench.py --format markdown  # reflectjournal's own Markdown export
    python benchmarks/import_bench.py --format dayone --sizes 1500 --photos 1400 --repeat 1

The exports are made from ``generate.py``'s entries (the same realistic
150-600-word reflections as the main benchmark; the child-in-mind text is
appended to the body, as jrnl has no place for it), written as
``jrnl --export json`` writes them. With ``--format markdown`` the same
entries are written as reflectjournal's Markdown export lays them out (one
file each, with front matter). With ``--format dayone`` they are written as
Day One's JSON .zip: one Journal.json (the text with Day One's escapes, a
photo reference leading the entries that have one, location and weather on
some) and ``--photos`` JPEGs in photos/ named by MD5, each about 256 KiB of
incompressible data behind a real JPEG header, so every photo is checked,
stripped of nothing and stored encrypted as an attachment. Each run imports into a new journal with
the production key derivation; the timing covers the whole import
(``import_source``: reading the JSON, checking, and the one transaction that
inserts and indexes every entry), not creating the journal. Each import runs
in a fresh child process, so its peak memory (the child's own maximum
resident size, VmHWM) is the import's alone, not the generator's. The targets
(issue 19): 100,000 jrnl entries in at most 30 s and 200 MiB.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for path in (ROOT, HERE):
    if str(path) not in sys.path:  # run as a script from a checkout
        sys.path.insert(0, str(path))

from generate import DEFAULT_SEED, generate  # noqa: E402
from run import machine_info  # noqa: E402

from reflectjournal.core.export import entry_to_markdown, markdown_file_name  # noqa: E402
from reflectjournal.core.importers import import_source, read_source  # noqa: E402
from reflectjournal.core.models import BUILTIN_KINDS  # noqa: E402
from reflectjournal.core.vault import PRODUCTION_KDF, Journal  # noqa: E402

PASSPHRASE = "benchmark passphrase"
TARGET_SECONDS = 30.0  # for 100,000 entries
TARGET_MIB = 200.0  # peak resident memory of the importing process


def write_jrnl_export(path: Path, count: int, seed: int) -> int:
    """Write a jrnl JSON export of ``count`` generated entries; returns its size."""
    entries = []
    tag_counts: dict[str, int] = {}
    for entry in generate(count, seed):
        tags = ["@" + tag.replace(" ", "-") for tag in entry.tags]
        for tag in tags:
            tag_counts[tag] = tag_counts.get(tag, 0) + 1
        body = entry.body + (f"\n\n{entry.child_in_mind}" if entry.child_in_mind else "")
        entries.append(
            {
                "title": entry.title,
                "body": body,
                "date": entry.happened_on.isoformat(),
                "time": entry.happened_at.strftime("%H:%M") if entry.happened_at else "09:00",
                "tags": tags,
                "starred": False,
            }
        )
    entries.sort(key=lambda item: (item["date"], item["time"]))  # jrnl exports its entries oldest first
    text = json.dumps({"tags": tag_counts, "entries": entries}, indent=2)
    path.write_text(text, encoding="utf-8")
    return path.stat().st_size


def write_markdown_export(folder: Path, count: int, seed: int) -> int:
    """Write ``count`` generated entries as our Markdown export does (without
    its fsync per file, which is the export's cost, not the import's)."""
    folder.mkdir()
    labels = {key: label for key, label in BUILTIN_KINDS}
    size = 0
    for number, entry in enumerate(generate(count, seed), 1):
        entry.id = number
        path = folder / markdown_file_name(entry)
        path.write_text(entry_to_markdown(entry, labels[entry.kind]), encoding="utf-8")
        size += path.stat().st_size
    return size


def _photo(number: int) -> bytes:
    """A small real JPEG with about 256 KiB of random comment segments inside
    it: the size of a phone photo resized for a journal, incompressible."""
    import os

    base = (ROOT / "tests" / "data" / "attachments" / "small.jpg").read_bytes()
    filler = b"".join(
        b"\xff\xfe" + (65533 + 2).to_bytes(2, "big") + os.urandom(65533) for _ in range(4)
    ) + number.to_bytes(4, "big")
    return base[:2] + filler[:-4] + base[2:]


def write_dayone_export(path: Path, count: int, seed: int, photos: int) -> int:
    """A Day One JSON .zip of ``count`` generated entries, ``photos`` of them
    led by a photo; returns its size."""
    import datetime as dt
    import hashlib
    import zipfile

    entries = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, entry in enumerate(generate(count, seed)):
            at = entry.happened_at or dt.time(9, 0)
            created = dt.datetime.combine(entry.happened_on, at, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            text = entry.title.replace(".", "\\.") + "\n" + entry.body.replace(".", "\\.")
            item: dict[str, object] = {
                "uuid": f"{number:032X}",
                "creationDate": created,
                "modifiedDate": created,
                "timeZone": "Europe/London",
                "starred": number % 10 == 0,
                "tags": list(entry.tags),
                "duration": 0,
            }
            if number < photos:
                data = _photo(number)
                digest = hashlib.md5(data).hexdigest()  # noqa: S324 (Day One's file names)
                archive.writestr(f"photos/{digest}.jpeg", data, compress_type=zipfile.ZIP_STORED)
                ident = f"P{number:031X}"
                item["photos"] = [{"identifier": ident, "md5": digest, "type": "jpeg", "orderInEntry": 0}]
                text = f"![](dayone-moment://{ident})\n\n{text}"
            if number % 3 == 0:
                item["location"] = {"placeName": "Civic Centre", "localityName": "Leeds", "country": "United Kingdom"}
                item["weather"] = {"conditionsDescription": "Cloudy", "temperatureCelsius": 11.0}
            item["text"] = text
            entries.append(item)
        archive.writestr("Journal.json", json.dumps({"metadata": {"version": "1.0"}, "entries": entries}))
    return path.stat().st_size


def import_once(export: Path, folder: Path, run: int, fmt: str) -> tuple[float, int, dict[str, str], float]:
    """One import in a fresh process: (seconds, entries, machine, peak MiB)."""
    journal_path = folder / f"import-{export.stem}-{run}.rjournal"
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(export), str(journal_path), fmt],
            check=True,
            capture_output=True,
            text=True,
        )
    finally:
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(str(journal_path) + suffix).unlink(missing_ok=True)
    for line in done.stdout.splitlines()[:-1]:
        print(line, flush=True)
    result = json.loads(done.stdout.splitlines()[-1])
    return result["elapsed"], result["count"], result["info"], result["peak_mib"]


def _high_water_mib() -> float:
    """This process's peak resident memory. Not ru_maxrss: Linux carries a
    parent's high-water mark across fork and exec into the child's."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(export: Path, journal_path: Path, fmt: str) -> None:
    journal = Journal.create(journal_path, PASSPHRASE, kdf=PRODUCTION_KDF)
    try:
        started = time.perf_counter()
        report = import_source(journal, export, fmt)
        elapsed = time.perf_counter() - started
        info = machine_info(journal)
        count = journal.entries.count()
        assert report.imported == count, (report.imported, count)
        if report.attachments:
            stored = journal.conn.execute("SELECT count(*), coalesce(sum(size), 0) FROM attachments").fetchone()
            print(f"  attachments stored: {stored[0]:,} ({stored[1] / 2**20:,.0f} MiB)", flush=True)
    finally:
        journal.close()
    peak = _high_water_mib()
    print(json.dumps({"elapsed": elapsed, "count": count, "info": info, "peak_mib": peak}))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        child(Path(argv[1]), Path(argv[2]), argv[3])
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="export sizes to time")
    parser.add_argument("--repeat", type=int, default=3, help="runs for sizes under 100,000 (median reported)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--format", choices=("jrnl", "markdown", "dayone"), default="jrnl", help="what to import (default jrnl)"
    )
    parser.add_argument("--photos", type=int, default=0, help="dayone: entries led by a photo")
    parser.add_argument("--work", type=Path, help="folder for the exports and journals (default: a temporary one)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="import-bench-", dir=args.work) as tmp:
        folder = Path(tmp)
        info: dict[str, str] = {}
        rows = []
        for size in args.sizes:
            started = time.perf_counter()
            if args.format == "jrnl":
                export = folder / f"jrnl-{size}.json"
                nbytes = write_jrnl_export(export, size, args.seed)
            elif args.format == "dayone":
                export = folder / f"dayone-{size}.zip"
                nbytes = write_dayone_export(export, size, args.seed, min(args.photos, size))
            else:
                export = folder / f"markdown-{size}"
                nbytes = write_markdown_export(export, size, args.seed)
            made = time.perf_counter() - started
            print(
                f"{size:,} entries: {args.format} export of {nbytes / 2**20:,.1f} MiB written in {made:.1f} s",
                flush=True,
            )
            # Reading and checking alone (no journal), once: how the time splits.
            started = time.perf_counter()
            read_source(export, args.format).close()
            reading = time.perf_counter() - started
            print(f"  reading and checking alone: {reading:.2f} s", flush=True)
            runs = args.repeat if size < 100_000 else 1
            times = []
            peaks = []
            for run in range(runs):
                elapsed, count, info, peak = import_once(export, folder, run, args.format)
                peaks.append(peak)
                if count != size:
                    print(f"  run {run + 1}: imported {count:,} of {size:,}!", file=sys.stderr)
                    return 1
                times.append(elapsed)
                print(
                    f"  run {run + 1}: {elapsed:.2f} s ({size / elapsed:,.0f} entries/s), peak {peak:,.0f} MiB",
                    flush=True,
                )
            median = statistics.median(times)
            rows.append((size, nbytes, runs, median, min(times), max(times), reading, max(peaks)))
            if export.is_dir():
                shutil.rmtree(export)
            else:
                export.unlink()

    print()
    print(f"Format: {args.format}")
    print(
        "| Entries | Export size | Runs | Median | Fastest–slowest | Entries per second "
        "| Reading and checking alone | Peak memory of the import |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size, nbytes, runs, median, low, high, reading, peak in rows:
        print(
            f"| {size:,} | {nbytes / 2**20:,.0f} MiB | {runs} | {median:.1f} s | {low:.1f}–{high:.1f} s "
            f"| {size / median:,.0f} | {reading:.1f} s | {peak:,.0f} MiB |"
        )
    print("Machine: " + "; ".join(f"{key} {value}" for key, value in info.items()))
    verdict = 0
    for size, _nbytes, _runs, median, _low, _high, _reading, peak in rows:
        if size >= 100_000:
            ok = median * 100_000 / size <= TARGET_SECONDS and peak <= TARGET_MIB
            print(
                f"Target, 100,000 entries in at most {TARGET_SECONDS:.0f} s and {TARGET_MIB:.0f} MiB: "
                f"{'PASS' if ok else 'MISS'}"
            )
            verdict |= not ok
    return verdict


if __name__ == "__main__":
    sys.exit(main())
