"""How long the pack editor's live check takes (issue 18, item 1).

    QT_QPA_PLATFORM=offscreen python benchmarks/pack_editor_bench.py [--runs 20]

The editor checks the pack again each time typing pauses (CHECK_DELAY_MS,
ui/packs/pack_editor.py): the form is turned into the file's bytes and read
by the importer's own reader (core.packs.check_pack_bytes), and the problems
list is filled. Prints the median and p95 of ``--runs`` checks of the whole
window for the largest built-in pack and for a pack of 500 prompts (the
most a pack may hold, made from the built-in prompts), and of the core
check alone for the latter.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def timed(do, runs: int) -> tuple[float, float]:
    do()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        do()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    from reflectjournal.core.packs import MAX_PROMPTS, builtin_packs, check_pack_bytes, write_pack
    from reflectjournal.ui.packs.pack_editor import CHECK_DELAY_MS, PackEditorWindow
    from reflectjournal.ui.prompter import ScriptedPrompter

    packs = builtin_packs()
    largest = max(packs, key=lambda pack: len(write_pack(pack)))
    every = [prompt for pack in packs for prompt in pack.prompts]
    prompts = tuple(replace(every[i % len(every)], id=f"prompt-{i}") for i in range(MAX_PROMPTS))
    full = replace(largest, id="org.example.full", prompts=prompts)
    editor = PackEditorWindow(ScriptedPrompter())
    editor.show()
    app.processEvents()
    print(f"live check after a pause of {CHECK_DELAY_MS} ms; median / p95 of {args.runs} runs")
    for label, pack in ((f"largest built-in pack ({len(largest.prompts)} prompts)", largest),
                        (f"{len(full.prompts)} prompts", full)):  # fmt: skip
        editor.load_pack(pack, None)
        median, p95 = timed(editor.validate, args.runs)
        size = len(write_pack(pack))
        print(f"  window, {label}, {size:,} bytes: {median:.1f} / {p95:.1f} ms")
    data = write_pack(full)
    median, p95 = timed(lambda: check_pack_bytes(data), args.runs)
    print(f"  core check_pack_bytes alone, {len(full.prompts)} prompts: {median:.1f} / {p95:.1f} ms")
    editor._modified = False
    editor.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
