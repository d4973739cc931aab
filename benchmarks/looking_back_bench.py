"""Opening Looking back for 12 months of a large journal (issue 15: under
200 ms, figures counted in SQL, never by reading entries into Python).

    .venv/bin/python benchmarks/looking_back_bench.py --journal benchmarks/data/bench.rjournal --work /tmp/rj-lb

The journal is copied into --work (an older schema is upgraded there). Then,
--runs times each, after warm-up: the core's figures for the last 12 months
(core.looking_back.look_back), the low-check-in signal, the supervision
record's chart (its data and its picture), and the whole window
(offscreen Qt): figures read, charts laid out and painted. Medians and p95.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSPHRASE = "benchmark passphrase"


def summary(name: str, samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]
    return f"{name:<44} median {1000 * statistics.median(samples):7.1f} ms   p95 {1000 * p95:7.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--journal", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    copy = args.work / "journal.rjournal"
    shutil.copyfile(args.journal, copy)

    from PySide6.QtWidgets import QApplication

    from reflectjournal.core import looking_back as lb
    from reflectjournal.core.vault import PRODUCTION_KDF, Journal

    app = QApplication.instance() or QApplication([])
    journal = Journal.open(copy, PASSPHRASE, kdf=PRODUCTION_KDF, backup_dir=args.work / "backups")
    newest = journal.conn.execute("SELECT max(happened_on) FROM entries").fetchone()[0]
    end = dt.date.fromisoformat(newest)
    start = lb.period_start("12m", end)
    view = lb.look_back(journal, start, end)
    print(
        f"{journal.conn.execute('SELECT count(*) FROM entries').fetchone()[0]:,} entries; 12 months to {end}:"
        f" {view.entries:,} entries, {len(view.check_ins):,} check-ins, {len(view.weeks)} weeks"
    )

    def timed(fn, runs: int = args.runs) -> list[float]:
        for _ in range(3):
            fn()
        out = []
        for _ in range(runs):
            began = time.perf_counter()
            fn()
            out.append(time.perf_counter() - began)
        return out

    print(summary("core: look_back, 12 months", timed(lambda: lb.look_back(journal, start, end))))
    print(summary("core: low-check-in signal", timed(lambda: lb.low_signal_now(journal, end))))

    # The supervision record's chart over the same 12 months (issue 15, item 3): its data, then its picture.
    from reflectjournal.core.wellbeing_chart import chart_from
    from reflectjournal.record_chart import render_chart

    def record_chart():
        return chart_from(lb.check_ins(journal, start, end), start, end, None)

    print(summary("core: record chart data, 12 months", timed(record_chart)))
    chart = record_chart()
    print(summary("record chart drawn (QImage), 12 months", timed(lambda: render_chart(chart))))

    from reflectjournal.ui.looking_back.window import LookingBackWindow

    labels = {k: label for k, label, _b in journal.conn.execute("SELECT key, label, builtin FROM kinds")}
    window = LookingBackWindow(
        lambda a, b: lb.look_back(journal, a, b),
        lambda: labels,
        lambda day: lb.low_signal_now(journal, day),
        today=lambda: end,
    )
    window.period_combo.setCurrentIndex(window.period_combo.findData("12m"))
    window.resize(1000, 740)
    window.show()

    def open_view() -> None:
        window.refresh()
        window.repaint()  # paints now: the charts are drawn inside this call
        for chart in (window.wellbeing_chart, window.work_chart, window.days_chart):
            chart.repaint()

    print(summary("window: figures read, charts painted", timed(open_view)))
    window.close()
    journal.close()
    app.processEvents()
    shutil.rmtree(args.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
