"""Whole-process timings of the command line against the floor
(benchmarks/floor.py), run interleaved so both see the same machine.

    python benchmarks/generate.py --entries 100000 --out /tmp/bench.rjournal
    python benchmarks/floor.py make /tmp/floor.db --from /tmp/bench.rjournal
    python benchmarks/cli_bench.py --journal /tmp/bench.rjournal --floor /tmp/floor.db --work /tmp/rj-cli

Each command is run --runs times, alternating reflectjournal and the floor;
the medians and their ratio are printed. With --jrnl VENV (a virtual
environment with jrnl installed: `python -m venv /tmp/jrnl-venv &&
/tmp/jrnl-venv/bin/pip install jrnl`), the same entries are written as a
plain jrnl journal and jrnl's own commands are timed too (--jrnl-runs times,
fewer: 10-20 s each at 100,000 entries), each followed by one run of ours, and
jrnl is compared with those runs of ours. "add" runs on copies made in --work
(the journal and the floor are never changed), so it times a real fsynced
write. Both use the production key derivation, which is most of the floor.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "benchmark passphrase"
TARGET_RATIO = 1.25

CASES = [  # name, reflectjournal's arguments, the floor's, jrnl's
    ("search, rare word", ["search", "zephyrine"], ["search", "zephyrine"], ["-contains", "zephyrine", "-n", "20"]),
    ("search, common word", ["search", "child"], ["search", "child"], ["-contains", "child", "-n", "20"]),
    ("search, phrase", ["search", '"the child"'], ["search", '"the child"'], ["-contains", "the child", "-n", "20"]),
    ("newest 10", ["list", "--limit", "10"], ["list", "10"], ["-n", "10"]),
    ("add one entry", ["add", "--title", "Benchmark"], ["add", "Benchmark"], ["Benchmark. A body."]),
]


def write_jrnl(journal: Path, folder: Path) -> tuple[Path, Path]:
    """The journal's live entries as a plain jrnl journal in ``folder``, and a
    jrnl configuration folder naming it (XDG_CONFIG_HOME for jrnl)."""
    sys.path.insert(0, str(ROOT))
    from reflectjournal.core.models import EntryFilter
    from reflectjournal.core.vault import PRODUCTION_KDF, Journal

    text = folder / "jrnl.txt"
    with Journal.open(journal, PASSPHRASE, kdf=PRODUCTION_KDF) as source, text.open("w", encoding="utf-8") as out:
        ids = source.entries.ids(EntryFilter())
        for start in range(len(ids) - 1, -1, -500):  # oldest first, as jrnl keeps them
            for entry_id in reversed(ids[max(0, start - 499) : start + 1]):
                entry = source.entries.get(entry_id)
                when = f"{entry.happened_on.isoformat()} {entry.happened_at or '09:00'}"
                tags = " ".join(f"@{tag.replace(' ', '_')}" for tag in entry.tags)
                body = "\n".join(line for line in entry.body.splitlines() if not line.startswith("["))
                out.write(f"[{when}] {entry.title}\n{body}\n{tags}\n\n")
    config = folder / "jrnl-config"
    (config / "jrnl").mkdir(parents=True)
    (config / "jrnl" / "jrnl.yaml").write_text(
        "journals:\n  default:\n    journal: " + str(text) + "\n    encrypt: false\n"
        "editor: ''\ncolors: {body: none, date: none, tags: none, title: none}\nencrypt: false\n"
        "default_hour: 9\ndefault_minute: 0\nhighlight: false\nindent_character: '|'\nlinewrap: 79\n"
        "tagsymbols: '#@'\ntemplate: false\ntimeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n",
        encoding="utf-8",
    )
    return text, config


def timed(argv: list[str], stdin: str, env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(
        argv, input=stdin, text=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env
    )
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--journal", type=Path, required=True)
    parser.add_argument("--floor", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True, help="a scratch folder for the copies 'add' writes to")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--jrnl", type=Path, help="a virtual environment with jrnl installed, to time it too")
    parser.add_argument("--jrnl-runs", type=int, default=3)
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
    jrnl_env = None
    if args.jrnl:
        _text, config = write_jrnl(args.journal, args.work)
        jrnl_env = {**os.environ, "XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(args.work)}
    print(f"{'command':<22} {'reflectjournal':>15} {'floor':>10} {'ratio':>7}  target <= {TARGET_RATIO}")
    for name, ours, floors, jrnls in CASES:
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
        line = (
            f"{name:<22} {1000 * statistics.median(a):>12.0f} ms {1000 * statistics.median(b):>7.0f} ms"
            f" {ratio:>6.2f}x  {verdict}"
        )
        if jrnl_env is not None:
            # Interleaved too: each jrnl run is followed by one of ours, and
            # the ratio is taken between those, so that both are timed in the
            # same minutes (this machine's speed drifts by a third over an hour).
            jrnl_argv = [str(args.jrnl / "bin" / "jrnl"), *jrnls]
            c, d = [], []
            for _ in range(args.jrnl_runs):
                c.append(timed(jrnl_argv, "", env=jrnl_env))
                d.append(timed(ours_argv, stdin))
            line += (
                f"   jrnl {statistics.median(c):.1f} s against ours {1000 * statistics.median(d):.0f} ms"
                f" in the same minutes: {statistics.median(c) / statistics.median(d):.0f}x"
            )
        print(line, flush=True)
    shutil.rmtree(args.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
