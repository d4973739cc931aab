"""Kill a journal writer with SIGKILL at random moments and check, each
time, that nothing acknowledged was lost and exactly one passphrase works.

    python -m tests.crash.harness --kills 200 [--seed 1] [--folder DIR]
                                  [--names-rounds 30] [--full-disk-rounds 30]

The writer (tests/crash/writer.py) saves entries, takes backups and changes
the passphrase. After every kill the harness checks: the journal opens;
SQLCipher's and SQLite's integrity checks are clean; every entry whose save
had returned is present with its text; exactly one of the two passphrases
works, and it is the new one once the writer reported the change done.

Two more phases run by default:

- two names: one journal reached by two names at once (a hard link made
  before or while writers run, or a rename while one has it open), two
  processes saving through them, killed at random. Every refusal must be
  a clear one (two names, open elsewhere, not there), nothing acknowledged
  may be lost.
- full disk (needs root, to mount a small tmpfs; skipped with a note
  otherwise, and a failure when REFLECTJOURNAL_CI is set): the writer runs
  with 0 to 2 MiB free, chosen at random each round, and is killed at a
  random moment. Every failure must be StorageFull, never "damaged"; after
  space is freed, the same checks as above.

Prints a summary; exits 1 on the first broken promise.
"""

from __future__ import annotations

import argparse
import errno
import os
import random
import select
import shutil
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
            [
                sys.executable,
                "-m",
                "tests.crash.writer",
                str(path),
                current,
                other,
                str(KDF.iterations),
                str(seed * 100_000 + round_no),
            ],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
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


# -- two names for one journal -----------------------------------------------------------

# The refusals a second opener may get, each with its own clear message.
CLEAR_REFUSALS = {"JournalHasLinks", "JournalInUse", "JournalNotFound"}


@dataclass
class NamesTally:
    rounds: int = 0
    kills: int = 0
    saves_acknowledged: int = 0
    refused: dict[str, int] = field(default_factory=dict)
    renamed_while_open_refused: int = 0


def _writer(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.crash.writer", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )


def _take_race_line(line: str, acknowledged: dict[int, tuple[str, int]], tally: NamesTally) -> None:
    words = line.split()
    if not words or words[0] == "done":
        return
    if words[0] == "saved":
        acknowledged[int(words[1])] = (words[2], int(words[3]))
        tally.saves_acknowledged += 1
    elif words[0] == "refused":
        kind = words[1]
        if kind not in CLEAR_REFUSALS:
            raise AssertionError(f"a writer was refused with {kind}: {' '.join(words[2:])}")
        tally.refused[kind] = tally.refused.get(kind, 0) + 1
    else:
        raise AssertionError(f"unexpected writer output: {line.strip()[:80]}")


def _expect_refusal(path: Path, kind: type[errors.JournalError]) -> None:
    try:
        Journal.open(path, PASSPHRASES[0], kdf=KDF).close()
    except kind:
        return
    raise AssertionError(f"{path.name} opened, but {kind.__name__} was expected")


def run_two_names(rounds: int, seed: int, folder: Path, *, verbose: bool = True) -> NamesTally:
    """Two processes save through two names of one journal; SIGKILL both."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    a, b = folder / "a.rjournal", folder / "b.rjournal"
    Journal.create(a, PASSPHRASES[0], kdf=KDF).close()
    acknowledged: dict[int, tuple[str, int]] = {}
    tally = NamesTally()
    for round_no in range(rounds):
        scenario = ("linked", "linked-while-running", "renamed-while-open")[round_no % 3]
        if scenario == "renamed-while-open":
            _renamed_while_open(a, b, rng, round_no, acknowledged, tally)
        else:
            if scenario == "linked":
                os.link(a, b)
            procs = [
                _writer("--race", str(name), PASSPHRASES[0], str(KDF.iterations), "100000", f"{seed}.{round_no}{tag}")
                for name, tag in ((a, "a"), (b, "b"))
            ]
            for proc in procs:  # the clock starts once both have started up
                if proc.stdout.readline().strip() != "ready":
                    raise AssertionError("a race writer did not start")
            deadline = time.monotonic() + rng.uniform(0.05, 0.6)
            link_at = time.monotonic() + rng.uniform(0.0, 0.3) if scenario != "linked" else None
            while time.monotonic() < deadline:
                if link_at is not None and time.monotonic() >= link_at:
                    os.link(a, b)
                    link_at = None
                ready, _, _ = select.select([p.stdout for p in procs], [], [], 0.01)
                for stream in ready:
                    _take_race_line(stream.readline(), acknowledged, tally)
            for proc in procs:
                proc.send_signal(signal.SIGKILL)
            for proc in procs:
                for raw in proc.stdout:  # lines written before the kill count
                    _take_race_line(raw, acknowledged, tally)
                proc.wait()
                tally.kills += 1
            if b.exists():
                # The checker, like a user, is told first, then keeps the name with the log.
                _expect_refusal(b, errors.JournalHasLinks)
                b.unlink()
        tally.rounds += 1
        check(a, acknowledged, PASSPHRASES[0])
        if verbose and (round_no + 1) % 10 == 0:
            print(f"two names: {round_no + 1} rounds, {len(acknowledged)} entries acknowledged, all intact", flush=True)
    return tally


def _renamed_while_open(
    a: Path, b: Path, rng: random.Random, round_no: int, acknowledged: dict[int, tuple[str, int]], tally: NamesTally
) -> None:
    """One process has the journal open; it is renamed; a second opener
    reaches it by the new name and only the lock on the file itself can
    stop it. (The writer is killed only once the journal has its first
    name back: SQLite names the log after the path, so a process killed
    after a rename leaves its log under the old name, as with any SQLite
    database renamed while in use.)"""
    holder = _writer("--serve", PASSPHRASES[0], str(KDF.iterations))

    def ask(command: str) -> str:
        holder.stdin.write(command + "\n")
        holder.stdin.flush()
        return holder.stdout.readline()

    if ask(f"open {a}").strip() != "opened":
        raise AssertionError("the holder could not open the journal")
    for n in range(rng.randint(1, 3)):
        _take_race_line(ask(f"save r{round_no}-{n}"), acknowledged, tally)
    os.rename(a, b)
    _expect_refusal(b, errors.JournalInUse)
    tally.renamed_while_open_refused += 1
    _take_race_line(ask(f"save r{round_no}-renamed"), acknowledged, tally)
    os.rename(b, a)
    for n in range(rng.randint(0, 20)):  # queued; the kill lands among them
        holder.stdin.write(f"save r{round_no}-after-{n}\n")
    holder.stdin.flush()
    time.sleep(rng.uniform(0.0, 0.05))  # a random kill moment, as in the main phase
    holder.send_signal(signal.SIGKILL)
    for raw in holder.stdout:
        _take_race_line(raw, acknowledged, tally)
    holder.wait()
    tally.kills += 1


# -- a full disk --------------------------------------------------------------------------


@dataclass
class FullDiskTally:
    rounds: int = 0
    kills: int = 0
    saves_acknowledged: int = 0
    full: dict[str, int] = field(default_factory=dict)
    refused_at_open: int = 0
    rekeys_done: int = 0


def mount_tmpfs(folder: Path, size: str) -> str | None:
    """Mount a tmpfs of ``size`` on ``folder``; None, or why it could not."""
    mount = shutil.which("mount")
    if os.geteuid() != 0 or not mount:
        return "mounting a tmpfs needs root"
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [mount, "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)], capture_output=True, text=True
    )
    return None if done.returncode == 0 else f"mounting a tmpfs failed: {done.stderr.strip()[:120]}"


def unmount(folder: Path) -> None:
    subprocess.run([shutil.which("umount") or "umount", "-l", str(folder)], capture_output=True)


def leave_free(folder: Path, free: int) -> Path:
    """Fill ``folder``'s file system, then give back ``free`` bytes (rounded
    down to whole 4 KiB pages). Returns the filler, to delete later."""
    filler = folder / "filler.bin"
    with open(filler, "ab", buffering=0) as fh:
        for chunk in (b"\0" * 1024 * 1024, b"\0" * 4096):
            try:
                while True:
                    fh.write(chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
        fh.truncate(max(0, fh.seek(0, os.SEEK_END) - free))
    return filler


def run_full_disk(rounds: int, seed: int, folder: Path, *, verbose: bool = True) -> FullDiskTally:
    """The writer on a nearly full tmpfs (caller mounts it), killed at random."""
    rng = random.Random(seed)
    path = folder / "journal.rjournal"
    Journal.create(path, PASSPHRASES[0], kdf=KDF).close()
    current = PASSPHRASES[0]
    acknowledged: dict[int, tuple[str, int]] = {}
    tally = FullDiskTally()
    for round_no in range(rounds):
        shutil.rmtree(folder / "backups", ignore_errors=True)  # keep the disk's use bounded
        (folder / "filler.bin").unlink(missing_ok=True)
        filler = leave_free(folder, rng.randrange(0, 2 * 1024 * 1024, 4096))
        other = PASSPHRASES[1] if current == PASSPHRASES[0] else PASSPHRASES[0]
        proc = _writer(str(path), current, other, str(KDF.iterations), str(seed * 100_000 + round_no), "--full-disk")
        expected: str | None = current

        def take(raw: str) -> None:
            nonlocal current, expected
            words = _parse(raw)
            if not words:
                return
            if words[0] == "saved":
                acknowledged[int(words[1])] = (words[2], int(words[3]))
                tally.saves_acknowledged += 1
            elif words[0] == "full":
                tally.full[words[1]] = tally.full.get(words[1], 0) + 1
            elif words[0] == "refused" and words[1] == "StorageFull":
                tally.refused_at_open += 1
            elif words[0] == "rekey-start":
                expected = None
            elif words[0] in ("rekey-done", "rekey-failed"):
                current = expected = words[1]
                tally.rekeys_done += words[0] == "rekey-done"
            elif words[0] in ("error", "Traceback"):
                raise AssertionError(f"on a full disk the writer reported: {raw.strip()[:160]}")

        deadline = time.monotonic() + rng.uniform(0.05, 0.8)
        while time.monotonic() < deadline:
            ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                break
            raw = proc.stdout.readline()
            if not raw:
                break
            take(raw)
        proc.send_signal(signal.SIGKILL)
        for raw in proc.stdout:
            take(raw)
        if proc.wait() not in (0, -signal.SIGKILL):
            raise AssertionError(f"the writer failed on a full disk (exit {proc.returncode})")
        tally.kills += 1
        tally.rounds += 1
        filler.unlink()
        current = check(path, acknowledged, expected)
        if verbose and (round_no + 1) % 10 == 0:
            print(f"full disk: {round_no + 1} rounds, {len(acknowledged)} entries acknowledged, all intact", flush=True)
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--names-rounds", type=int, default=30, help="two-names rounds (0 to skip)")
    parser.add_argument("--full-disk-rounds", type=int, default=30, help="full-disk rounds (0 to skip)")
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder or Path(tmp)
        try:
            tally = run(args.kills, args.seed, folder / "kills")
            killed_at = time.monotonic()
            names = run_two_names(args.names_rounds, args.seed, folder / "names") if args.names_rounds else None
            names_at = time.monotonic()
            full, why_not = None, None
            if args.full_disk_rounds:
                disk = folder / "small-disk"
                why_not = mount_tmpfs(disk, "16m")
                if why_not is None:
                    try:
                        full = run_full_disk(args.full_disk_rounds, args.seed, disk)
                    finally:
                        unmount(disk)
                elif os.environ.get("REFLECTJOURNAL_CI"):
                    raise AssertionError(f"the full-disk phase cannot run: {why_not}")
        except AssertionError as exc:
            print(f"BROKEN PROMISE: {exc}", file=sys.stderr)
            return 1
    print(
        f"{tally.kills} kills in {killed_at - started:.0f} s: {tally.saves_acknowledged} saves acknowledged, "
        f"{tally.backups_done} backups and {tally.rekeys_done} passphrase changes completed; killed during "
        + ", ".join(f"{k} {v}" for k, v in sorted(tally.killed_during.items()))
        + ". Every time: journal opened, integrity checks clean, no acknowledged entry lost, exactly one passphrase."
    )
    if names is not None:
        print(
            f"Two names: {names.rounds} rounds, {names.kills} kills in {names_at - killed_at:.0f} s: "
            f"{names.saves_acknowledged} saves acknowledged, 0 lost; second openers refused: "
            + ", ".join(f"{k} {v}" for k, v in sorted(names.refused.items()))
            + f"; {names.renamed_while_open_refused} opens by a new name while open elsewhere refused."
        )
    if full is not None:
        print(
            f"Full disk: {full.rounds} rounds, {full.kills} kills with 0-2 MiB free: "
            f"{full.saves_acknowledged} saves acknowledged, 0 lost; {full.refused_at_open} refused at open, "
            "StorageFull during "
            + ", ".join(f"{k} {v}" for k, v in sorted(full.full.items()))
            + f", {full.rekeys_done} passphrase changes completed; never reported as damage."
        )
    elif args.full_disk_rounds:
        print(f"Full disk: skipped ({why_not}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
