"""Kill a journal writer with SIGKILL at random moments and check, each
time, that nothing acknowledged was lost and exactly one passphrase works.

    python -m tests.crash.harness --kills 200 [--seed 1] [--folder DIR]

The writer (tests/crash/writer.py) saves entries, takes backups and changes
the passphrase. After every kill the harness checks: the journal opens;
SQLCipher's and SQLite's integrity checks are clean; every entry whose save
had returned is present with its text; exactly one of the two passphrases
works, and it is the new one once the writer reported the change done.
Prints a summary; exits 1 on the first broken promise.
"""

from __future__ import annotations

import argparse
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from reflectjournal.core import errors
from reflectjournal.core.vault import Journal, KdfSettings

PASSPHRASES = ("first passphrase for the harness", "second passphrase for the harness")
KDF = KdfSettings(2_000)


@dataclass
class Tally:
    kills: int = 0
    saves_acknowledged: int = 0
    killed_during: dict[str, int] = field(default_factory=dict)
    rekeys_done: int = 0
    backups_done: int = 0


def _parse(raw: str) -> list[str]:
    """Split a writer line; a passphrase after rekey-* may hold spaces."""
    word, _, rest = raw.strip().partition(" ")
    if word.startswith("rekey-"):
        return [word, rest]
    return raw.split()


def check(path: Path, acknowledged: dict[int, tuple[str, int]], expected: str | None) -> str:
    """Open with each passphrase; return the one that works."""
    working = []
    for candidate in PASSPHRASES:
        try:
            journal = Journal.open(path, candidate, kdf=KDF)
        except errors.WrongPassphrase:
            continue
        with journal:
            report = journal.verify()
            if not report.ok:
                raise AssertionError(f"integrity check failed: {report}")
            for entry_id, (marker, length) in acknowledged.items():
                entry = journal.entries.get(entry_id)
                if not entry.body.startswith(f"entry {marker} ") or len(entry.body) != length:
                    raise AssertionError(f"entry {entry_id} changed")
        working.append(candidate)
    if len(working) != 1:
        raise AssertionError(f"{len(working)} passphrases work, not exactly one")
    if expected is not None and working[0] != expected:
        raise AssertionError("the passphrase in use is not the one the writer last confirmed")
    return working[0]


def run(kills: int, seed: int, folder: Path, *, verbose: bool = True) -> Tally:
    rng = random.Random(seed)
    path = folder / "journal.rjournal"
    Journal.create(path, PASSPHRASES[0], kdf=KDF).close()
    current = PASSPHRASES[0]
    acknowledged: dict[int, tuple[str, int]] = {}
    tally = Tally()
    for round_no in range(kills):
        other = PASSPHRASES[1] if current == PASSPHRASES[0] else PASSPHRASES[0]
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.crash.writer", str(path), current, other, str(KDF.iterations),
             str(seed * 100_000 + round_no)],
            stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2],
        )
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.0, 0.6)
        state = "save"
        expected = current
        while time.monotonic() < deadline:
            ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                break
            line = _parse(proc.stdout.readline())
            if not line:
                break
            if line[0] == "saved":
                acknowledged[int(line[1])] = (line[2], int(line[3]))
                tally.saves_acknowledged += 1
                state = "save"
            elif line[0] == "backup":
                tally.backups_done += 1
                state = "backup"
            elif line[0] == "rekey-start":
                state = "rekey"
                expected = None  # either may work until it is confirmed
            elif line[0] == "rekey-done":
                current = expected = line[1]
                tally.rekeys_done += 1
                state = "save"
        proc.send_signal(signal.SIGKILL)
        # Lines written before the kill landed still count as acknowledged.
        for raw in proc.stdout:
            line = _parse(raw)
            if line and line[0] == "saved":
                acknowledged[int(line[1])] = (line[2], int(line[3]))
                tally.saves_acknowledged += 1
            elif line and line[0] == "rekey-start":
                expected = None
            elif line and line[0] == "rekey-done":
                current = expected = line[1]
                tally.rekeys_done += 1
        proc.wait()
        tally.kills += 1
        tally.killed_during[state] = tally.killed_during.get(state, 0) + 1
        current = check(path, acknowledged, expected)
        if verbose and (round_no + 1) % 10 == 0:
            print(f"{round_no + 1} kills, {len(acknowledged)} entries acknowledged, all intact", flush=True)
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder or Path(tmp)
        try:
            tally = run(args.kills, args.seed, folder)
        except AssertionError as exc:
            print(f"BROKEN PROMISE: {exc}", file=sys.stderr)
            return 1
    print(
        f"{tally.kills} kills in {time.monotonic() - started:.0f} s: {tally.saves_acknowledged} saves acknowledged, "
        f"{tally.backups_done} backups and {tally.rekeys_done} passphrase changes completed; killed during "
        + ", ".join(f"{k} {v}" for k, v in sorted(tally.killed_during.items()))
        + ". Every time: journal opened, integrity checks clean, no acknowledged entry lost, exactly one passphrase."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
