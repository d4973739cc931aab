"""A journal writer for the crash harness: it saves, backs up and changes
the passphrase in a loop, and reports each step only after it returned.

    python -m tests.crash.writer JOURNAL PASSPHRASE OTHER_PASSPHRASE KDF_ITER SEED
"""

from __future__ import annotations

import random
import sys

from reflectjournal.core.models import Entry
from reflectjournal.core.vault import Journal, KdfSettings


def main() -> None:
    path, current, other, kdf_iter, seed = sys.argv[1:6]
    rng = random.Random(int(seed))
    journal = Journal.open(path, current, kdf=KdfSettings(int(kdf_iter)))
    print("ready", flush=True)
    n = 0
    while True:
        roll = rng.random()
        if roll < 0.80:
            marker = f"{seed}-{n}"
            body = f"entry {marker} " + "reflection " * rng.randint(10, 800)
            saved = journal.entries.save(Entry(title=f"t {marker}", body=body))
            print(f"saved {saved.id} {marker} {len(body)}", flush=True)
        elif roll < 0.90:
            journal.backup(reason="daily")
            print("backup", flush=True)
        else:
            print(f"rekey-start {other}", flush=True)
            journal.change_passphrase(current, other)
            current, other = other, current
            print(f"rekey-done {current}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
