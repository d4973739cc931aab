"""Scanning a team folder of 1,000 prompt packs, and whether the window stays responsive.

    python benchmarks/team_folder_bench.py [--packs 1000] [--work /tmp/rj-team] [--runs 3]

Writes ``--packs`` pack files (each a copy of the largest built-in pack under
its own id, about 20 KB, half of them signed) into a folder, then prints:

- the core scan (``core.team_folder.scan``) cold, the first look after the
  files were written (every file read and checked), and warm, a look again
  with the files unchanged (the summary cache: only changed files are read),
  each the median of ``--runs`` runs (the cache is cleared before each cold run);
- the same scan run as the app runs it, on the background runner
  (``ui.runner.Runner``), while a 10 ms timer on the GUI thread records the
  longest gap between its ticks: the window's worst stall during the scan
  (a gap over ~100 ms is a visible freeze).

Nothing is kept unless ``--keep``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def make_folder(folder: Path, count: int) -> int:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from reflectjournal.core.pack_signing import sign
    from reflectjournal.core.packs import builtin_packs, write_pack

    base = max(builtin_packs(), key=lambda p: len(write_pack(p)))
    key = Ed25519PrivateKey.generate()
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for number in range(count):
        pack = replace(base, id=f"org.example.team.pack{number:04}", title=f"Team pack {number}")
        if number % 2:
            pack = sign(pack, key)
        data = write_pack(pack)
        size += len(data)
        (folder / f"pack-{number:04}.rjpack").write_bytes(data)
    return size


def core_scans(folder: Path, runs: int) -> tuple[list[float], list[float], int]:
    from reflectjournal.core import team_folder

    cold, warm = [], []
    offers = 0
    for _ in range(runs):
        team_folder._SEEN.clear()
        start = time.perf_counter()
        result = team_folder.scan(folder, {}, time_limit=600)
        cold.append(time.perf_counter() - start)
        offers = len(result.offers)
        installed = {o.pack.id: o.pack.version for o in result.offers}  # as if all were imported
        start = time.perf_counter()
        again = team_folder.scan(folder, installed, time_limit=600)
        warm.append(time.perf_counter() - start)
        assert again.offers == []
    return cold, warm, offers


def gui_stall(folder: Path) -> tuple[float, float, int]:
    """(scan seconds, longest gap between 10 ms ticks in ms, ticks) with the scan on the runner."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from reflectjournal.core import team_folder
    from reflectjournal.ui.runner import Runner

    app = QApplication.instance() or QApplication([])
    team_folder._SEEN.clear()
    runner = Runner()
    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    done: dict[str, float] = {}
    started = time.perf_counter()

    def finished(_result: object) -> None:
        done["seconds"] = time.perf_counter() - started
        app.quit()

    runner.run(lambda job: team_folder.scan(folder, {}, time_limit=600), on_done=finished, name="bench")
    timer.start()
    app.exec()
    timer.stop()
    return done["seconds"], float(max(gaps or [0])), len(gaps)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--packs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="rj-team-"))
    folder = work / "team"
    try:
        size = make_folder(folder, args.packs)
        print(f"{platform.python_implementation()} {platform.python_version()}, load {os.getloadavg()[0]:.1f}")
        print(f"team folder: {args.packs:,} packs, {size / 1e6:.1f} MB")
        cold, warm, offers = core_scans(folder, args.runs)
        print(
            f"core scan, cold (every file read and checked): median {statistics.median(cold):.2f} s ({offers} offered)"
        )
        print(f"core scan, warm (files unchanged):             median {statistics.median(warm) * 1000:.0f} ms")
        seconds, gap, ticks = gui_stall(folder)
        print(f"on the runner: scan {seconds:.2f} s; GUI thread's longest gap between 10 ms ticks: {gap:.0f} ms "
              f"({ticks} ticks)")  # fmt: skip
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
