"""A journal writer for the crash harness: it saves, backs up and changes
the passphrase in a loop, and reports each step only after it returned.

    python -m tests.crash.writer JOURNAL PASSPHRASE OTHER_PASSPHRASE KDF_ITER SEED [--full-disk]
    python -m tests.crash.writer --race JOURNAL PASSPHRASE KDF_ITER ROUNDS MARKER
    python -m tests.crash.writer --serve PASSPHRASE KDF_ITER

The first form loops until killed. With ``--full-disk`` a StorageFull is
reported ("full OP") and the loop goes on; any other error ends the writer
with "error TYPE" (the harness treats that as a broken promise).

``--race`` opens the journal by the given name, saves one entry and closes,
ROUNDS times, printing "saved ID MARKER LENGTH" or "refused TYPE MESSAGE" for
each round ("ready" first, "done" at the end): two of these on two names of one journal
are the two-names race.

``--serve`` reads commands from standard input, one a line, for tests that
need two processes in a fixed order: "open PATH", "save MARKER", "close",
"quit"; it answers "opened", "saved ...", "refused TYPE MESSAGE", "closed".
"""

from __future__ import annotations

import random
import sys

from reflectjournal.core.errors import JournalError, StorageFull
from reflectjournal.core.models import Entry
from reflectjournal.core.vault import Journal, KdfSettings


def _one_line(exc: BaseException) -> str:
    return f"{type(exc).__name__} {' '.join(str(exc).split())}"


def _save(journal: Journal, marker: str, rng: random.Random) -> str:
    body = f"entry {marker} " + "reflection " * rng.randint(10, 800)
    saved = journal.entries.save(Entry(title=f"t {marker}", body=body))
    return f"saved {saved.id} {marker} {len(body)}"


def loop(path: str, current: str, other: str, kdf_iter: str, seed: str, full_disk: bool) -> None:
    rng = random.Random(int(seed))
    try:
        journal = Journal.open(path, current, kdf=KdfSettings(int(kdf_iter)))
    except StorageFull:
        if not full_disk:
            raise
        print("refused StorageFull", flush=True)
        return
    except JournalError as exc:
        print(f"error {_one_line(exc)}", flush=True)
        return
    print("ready", flush=True)
    n = 0
    while True:
        roll = rng.random()
        op = "save" if roll < 0.80 else "backup" if roll < 0.90 else "rekey"
        try:
            if op == "save":
                print(_save(journal, f"{seed}-{n}", rng), flush=True)
            elif op == "backup":
                journal.backup(reason="daily")
                print("backup", flush=True)
            else:
                print(f"rekey-start {other}", flush=True)
                try:
                    journal.change_passphrase(current, other)
                except StorageFull:
                    if journal.check_passphrase(other):  # changed, but could not be opened again
                        print(f"rekey-done {other}", flush=True)
                    else:
                        print(f"rekey-failed {current}", flush=True)
                    raise
                current, other = other, current
                print(f"rekey-done {current}", flush=True)
        except StorageFull:
            if not full_disk:
                raise
            print(f"full {op}", flush=True)
            if not journal.is_open:  # re-keyed, but could not reopen: nothing more to do
                return
        except JournalError as exc:
            print(f"error {_one_line(exc)}", flush=True)
            return
        n += 1


def race(path: str, passphrase: str, kdf_iter: str, rounds: str, marker: str) -> None:
    rng = random.Random(marker)
    kdf = KdfSettings(int(kdf_iter))
    print("ready", flush=True)
    for n in range(int(rounds)):
        try:
            with Journal.open(path, passphrase, kdf=kdf) as journal:
                print(_save(journal, f"{marker}-{n}", rng), flush=True)
        except JournalError as exc:
            print(f"refused {_one_line(exc)}", flush=True)
    print("done", flush=True)


def serve(passphrase: str, kdf_iter: str) -> None:
    rng = random.Random(0)
    kdf = KdfSettings(int(kdf_iter))
    journal: Journal | None = None
    for raw in sys.stdin:
        word, _, rest = raw.strip().partition(" ")
        try:
            if word == "open":
                journal = Journal.open(rest, passphrase, kdf=kdf)
                print("opened", flush=True)
            elif word == "save" and journal is not None:
                print(_save(journal, rest, rng), flush=True)
            elif word == "close" and journal is not None:
                journal.close()
                journal = None
                print("closed", flush=True)
            elif word == "quit":
                break
            else:
                print(f"unknown {word}", flush=True)
        except JournalError as exc:
            print(f"refused {_one_line(exc)}", flush=True)
    if journal is not None:
        journal.close()


def main() -> None:
    args = sys.argv[1:]
    if args[0] == "--race":
        race(*args[1:6])
    elif args[0] == "--serve":
        serve(*args[1:3])
    else:
        loop(*args[0:5], full_disk="--full-disk" in args[5:])


if __name__ == "__main__":
    main()
