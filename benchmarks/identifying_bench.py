"""Recall and precision of the identifying-information check per kind, on the
synthetic labelled corpus (tests/identifying_corpus.py), and its speed on a
5,000-word document (issue 14).

    .venv/bin/python benchmarks/identifying_bench.py [--documents 200] [--seed 14] [--repeat 20]

Uses the British English dictionary the spell checker uses (Hunspell's
en_GB .dic, read as a word set by core.identifying.load_word_check). Speed: a fresh Detector per run (so the dictionary
look-ups are not cached from an earlier run, as in a new export preview),
the median and worst of --repeat runs after one warm-up; target 100 ms.
Exits 1 if structured identifiers or People names fall below 100% recall,
or the speed target is missed.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reflectjournal.core.identifying import Detector, load_word_check  # noqa: E402
from tests.identifying_corpus import CASE_PATTERN, PEOPLE, generate, score  # noqa: E402

MUST_BE_COMPLETE = ("nhs", "ni", "postcode", "phone", "email", "person")
TARGET_MS = 100.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    started = time.perf_counter()
    word_check = load_word_check()
    loaded = time.perf_counter() - started
    backend = "Hunspell en_GB .dic (as a word set)" if word_check is not None else "none"
    print(f"dictionary: {backend} (loaded in {loaded * 1000:.0f} ms)")
    docs = generate(args.documents, args.seed)
    words = sum(len(d.text.split()) for d in docs)
    detector = Detector(people=PEOPLE, case_patterns=[CASE_PATTERN], word_check=word_check)
    scores = score(detector.check, docs)
    print(f"corpus: {len(docs)} documents, {words} words, seed {args.seed}")
    print(f"{'kind':<10} {'planted':>7} {'found':>6} {'recall':>7} {'flagged':>8} {'precision':>9}")
    ok = True
    for kind, s in sorted(scores.items()):
        print(f"{kind:<10} {s.planted:>7} {s.found:>6} {s.recall:>7.1%} {s.flagged:>8} {s.precision:>9.1%}")
        if kind in MUST_BE_COMPLETE and s.recall < 1.0:
            ok = False

    # A 5,000-word document cut from the corpus (planted identifiers included).
    text_words: list[str] = []
    for d in docs:
        text_words += d.text.split(" ")
        if len(text_words) >= 5000:
            break
    text = " ".join(text_words[:5000])
    Detector(people=PEOPLE, case_patterns=[CASE_PATTERN], word_check=word_check).check(text)  # warm-up
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        found = Detector(people=PEOPLE, case_patterns=[CASE_PATTERN], word_check=word_check).check(text)
        times.append((time.perf_counter() - t0) * 1000)
    median, worst = statistics.median(times), max(times)
    verdict = "PASS" if worst < TARGET_MS else "MISS"
    print(
        f"speed: 5,000 words ({len(text)} characters, {len(found)} findings): "
        f"median {median:.1f} ms, worst {worst:.1f} ms of {args.repeat}; target {TARGET_MS:.0f} ms: {verdict}"
    )
    print(f"machine: {platform.python_version()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    return 0 if ok and verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
