"""Time the desktop app on a large journal (issue 3's benchmark).

    python benchmarks/ui_bench.py --journal benchmarks/data/bench.rjournal

Measures, at 100,000 entries, in real app processes:

1. cold start: spawn of a fresh app process to the first paint of the unlock screen;
2. unlock: "Unlock" pressed to the entry list painted with its first rows,
   minus SQLCipher's own key derivation, timed in the same process;
3. a keystroke in the body of a 5,000-word entry, through to the repaint
   (highlighting, word count and the autosave timer's restart included);
4. switching entries: a click on another row of the list to the editor
   showing it, painted (the autosave-on-switch with nothing changed included);
5. a search typed in the box to painted results (the debounce timer is not
   waited for: its timeout signal is emitted at once);
6. resident memory (VmRSS) after unlocking, scrolling the whole list end to
   end, searching and opening entries.

The app runs under Xvfb when it is installed (the script starts its own on a
free display and stops it), otherwise on Qt's offscreen platform; the output
says which. Every app process gets a private HOME, XDG_* folders and TMPDIR
in a temporary folder, so no real settings are read or written; the "last
journal" it offers to unlock is set through the app's own Preferences
(QSettings). Everything that writes runs on a copy of the journal (about
830 MiB), deleted at the end unless ``--keep-copy``; ``--copy PATH`` reuses
one. The benchmark journal itself is never opened.

Prints the median and nearest-rank 95th percentile of each figure, its target
and PASS or MISS, and the machine. Exits 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import random
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark passphrase"  # the same as generate.py
DEFAULT_JOURNAL = ROOT / "benchmarks" / "data" / "bench.rjournal"
LONG_TITLE = "Benchmark: a 5,000-word entry"
LONG_WORDS = 5000
SCREEN = "1280x800x24"
RESULT_TAG = "RJ-UI-BENCH"

# Targets (issue 3): medians, except memory.
COLD_START_MS = 1000
UNLOCK_BEYOND_KDF_MS = 300
KEYSTROKE_MS = 16
SWITCH_MS = 50
SEARCH_MS = 100
MEMORY_MB = 300

# The cold-start child: ``python -m reflectjournal`` with one hook. It wraps
# app.build_window (which run_app looks up at call time) to put an event
# filter on the unlock page before the window is shown; after the page's first
# paint has been flushed (the next turn of the event loop) it prints
# time.monotonic(), which is CLOCK_MONOTONIC and so comparable with the
# parent's clock, and exits at once.
COLD_DRIVER = r"""
import os, sys, time
sys.argv = ["reflectjournal"]
import reflectjournal.app as app_module
from reflectjournal.__main__ import main

def build_window(_build=app_module.build_window, **kwargs):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QGuiApplication

    window = _build(**kwargs)
    page = window.unlock_page
    if window.pages.currentWidget() is not page:
        print("RJ-UI-BENCH error: the app did not show the unlock page", flush=True)
        os._exit(3)

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self):
            now = time.monotonic()
            rss = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS:"))
            print("RJ-UI-BENCH painted", now, QGuiApplication.platformName(), rss, flush=True)
            os._exit(0)

    window._bench_first_paint = hook = FirstPaint(window)
    for widget in (page, page.passphrase_edit):
        widget.installEventFilter(hook)
    return window

app_module.build_window = build_window
sys.exit(main([]))
"""


# -- figures -------------------------------------------------------------------


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile: a value that was actually measured."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


@dataclass
class Row:
    name: str
    samples: list[float]  # milliseconds, or MB for memory
    unit: str = "ms"
    limit: float | None = None  # the median (or the value) must be at most this
    note: str = ""
    median: float = field(init=False)
    p95: float = field(init=False)
    passed: bool | None = field(init=False)

    def __post_init__(self) -> None:
        self.median = statistics.median(self.samples)
        self.p95 = percentile(self.samples, 95)
        self.passed = None if self.limit is None else self.median <= self.limit

    @property
    def target(self) -> str:
        if self.limit is None:
            return "—"
        what = "median" if len(self.samples) > 1 else "value"
        return f"{what} ≤ {self.limit:g} {self.unit}"


def _fmt(value: float, unit: str) -> str:
    return f"{value:,.1f} {unit}"


def print_table(rows: list[Row]) -> None:
    header = ("measurement", "median", "p95", "n", "target", "result", "notes")
    lines = [
        (
            r.name,
            _fmt(r.median, r.unit),
            _fmt(r.p95, r.unit) if len(r.samples) > 1 else "—",
            str(len(r.samples)),
            r.target,
            "—" if r.passed is None else ("PASS" if r.passed else "MISS"),
            r.note,
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in (header, *lines)) for i in range(len(header))]

    def fmt(line: tuple[str, ...]) -> str:
        return "  ".join(
            c.rjust(w) if i in (1, 2, 3) else c.ljust(w) for i, (c, w) in enumerate(zip(line, widths, strict=True))
        ).rstrip()

    print(fmt(header))
    print("  ".join("-" * w for w in widths))
    for line in lines:
        print(fmt(line))


# -- machine and environment -------------------------------------------------------


def _proc_field(path: str, prefix: str) -> str | None:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None


def machine_info(plugin: str, display: str) -> dict[str, str]:
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    mem = _proc_field("/proc/meminfo", "MemTotal:")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return {
        "CPU": _proc_field("/proc/cpuinfo", "model name") or platform.processor() or "unknown",
        "cores": f"{os.cpu_count()} ({usable} usable)",
        "memory": f"{int(mem.split()[0]) / 2**20:.1f} GiB" if mem else "unknown",
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "PySide6": pyside_version,
        "Qt": qVersion(),
        "platform plugin": f"{plugin} ({display})",
    }


def find_xvfb_display() -> int:
    for number in range(91, 400):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise SystemExit("no free X display number between :91 and :399")


def start_xvfb(log: Path) -> tuple[subprocess.Popen, str, list[str]]:
    """Start Xvfb on a free display; returns the process, ":N" and its command."""
    for _attempt in range(5):
        number = find_xvfb_display()
        command = ["Xvfb", f":{number}", "-screen", "0", SCREEN, "-nolisten", "tcp"]
        with log.open("ab") as out:
            proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and proc.poll() is None and not socket.exists():
            time.sleep(0.05)
        if proc.poll() is None and socket.exists():
            return proc, f":{number}", command
        stop(proc)  # another server took the number first: try the next one
    raise SystemExit(f"Xvfb did not start; see {log}")


def stop(proc: subprocess.Popen | None) -> None:
    if proc is not None and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def isolated_env(folder: Path, display: str | None) -> dict[str, str]:
    """The app's environment: private HOME, XDG folders, TMPDIR, no D-Bus."""
    env = dict(os.environ)
    places = {
        "HOME": "home",
        "XDG_CONFIG_HOME": "home/.config",
        "XDG_DATA_HOME": "home/.local/share",
        "XDG_CACHE_HOME": "home/.cache",
        "XDG_STATE_HOME": "home/.local/state",
        "XDG_RUNTIME_DIR": "runtime",
        "TMPDIR": "tmp",
        # Bytecode for the app and its libraries, as an installed app has it
        # (pip compiles on install); the first, untimed start writes it.
        "PYTHONPYCACHEPREFIX": "pycache",
    }
    for name, sub in places.items():
        path = folder / sub
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(path)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # A socket that does not exist: no real session bus, and no autolaunch.
    env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={folder / 'no-session-bus'}"
    for name in ("WAYLAND_DISPLAY", "QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS", "QT_STYLE_OVERRIDE"):
        env.pop(name, None)
    if display:
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
    else:
        env.pop("DISPLAY", None)
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def write_settings(env: dict[str, str], journal: Path, backups: Path) -> None:
    """Make ``journal`` the app's last journal through its own Preferences.

    The idle lock is set to its maximum (60 minutes) so that it cannot lock
    the journal in the middle of the longer runs, and the backup folder is
    in the private folder, so the app's daily backup of the copy (830 MiB)
    is deleted with it.
    """
    code = (
        "import sys\n"
        "from reflectjournal.core import settings as S\n"
        "from reflectjournal.ui.preferences import Preferences\n"
        "prefs = Preferences()\n"
        "prefs.set(S.LAST_JOURNAL, sys.argv[1])\n"
        "prefs.set(S.BACKUP_FOLDER, sys.argv[2])\n"
        "prefs.set(S.IDLE_LOCK_MINUTES, 60)\n"
        "print(prefs.path)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(journal), str(backups)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if proc.returncode != 0:
        raise SystemExit(f"could not write the settings:\n{proc.stderr[-2000:]}")
    settings = Path(proc.stdout.strip())
    if not settings.is_relative_to(env["XDG_CONFIG_HOME"]):
        raise SystemExit(f"the settings went to {settings}, outside the private folder")


# -- the copy and its 5,000-word entry -------------------------------------------------


def _remove_journal(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def prepare_copy(source: Path, copy: Path) -> None:
    if copy.exists():
        print(f"Reusing the copy {copy}", flush=True)
        return
    print(f"Copying the journal to {copy}…", flush=True)
    copy.parent.mkdir(parents=True, exist_ok=True)
    partial = copy.with_name(copy.name + ".partial")
    shutil.copyfile(source, partial)
    os.chmod(partial, 0o600)
    partial.rename(copy)


def long_body(journal, words: int) -> str:
    """Paragraphs from the newest entries, with a Markdown heading now and
    then, cut to exactly ``words`` words as the editor counts them."""
    from reflectjournal.ui.editor import count_words

    paragraphs: list[str] = []
    total = 0
    rows = journal.conn.execute("SELECT body FROM entries WHERE title <> ? ORDER BY id DESC LIMIT 200", (LONG_TITLE,))
    for n, (body,) in enumerate(rows):
        if n % 3 == 0:
            heading = f"## Part {n // 3 + 1}"
            paragraphs.append(heading)
            total += count_words(heading)
        for paragraph in body.split("\n\n"):
            need = words - total
            have = count_words(paragraph)
            if have <= need:
                paragraphs.append(paragraph)
                total += have
            else:
                kept: list[str] = []
                for token in paragraph.split():
                    if count_words(" ".join([*kept, token])) > need:
                        break
                    kept.append(token)
                paragraphs.append(" ".join(kept))
                total += count_words(paragraphs[-1])
            if total >= words:
                text = "\n\n".join(paragraphs)
                if count_words(text) != words:
                    raise SystemExit(f"made a body of {count_words(text)} words instead of {words}")
                return text
    raise SystemExit("the journal has too little text for a 5,000-word entry")


def ensure_long_entry(copy: Path, backups: Path) -> tuple[int, int]:
    """The id of the 5,000-word entry in the copy (made if missing), and the
    number of entries. This first open also upgrades the copy's schema if the
    app's is newer (taking its "before-upgrade" backup into ``backups``)."""
    from reflectjournal.core.models import Entry
    from reflectjournal.core.vault import Journal

    journal = Journal.open(copy, PASSPHRASE, backup_dir=backups)
    try:
        found = journal.conn.execute(
            "SELECT id FROM entries WHERE title = ? AND deleted_at IS NULL", (LONG_TITLE,)
        ).fetchone()
        if found:
            # A reused copy: put back the text that the last run typed into.
            entry = journal.entries.get(int(found[0]))
            body = long_body(journal, LONG_WORDS)
            if entry.body != body:
                entry.body = body
                journal.entries.save(entry)
            entry_id = int(entry.id)
        else:
            saved = journal.entries.save(
                Entry(
                    title=LONG_TITLE,
                    body=long_body(journal, LONG_WORDS),
                    kind="home_visit" if _has_kind(journal, "home_visit") else journal.entries.kinds()[0].key,
                    happened_on=dt.date(2026, 11, 25),
                    happened_at=dt.time(9, 30),
                )
            )
            entry_id = int(saved.id)
        count = journal.conn.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        journal.close()
    return entry_id, count


def count_entries(copy: Path, backups: Path) -> int:
    from reflectjournal.core.vault import Journal

    journal = Journal.open(copy, PASSPHRASE, backup_dir=backups)
    try:
        return journal.conn.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        journal.close()


def _has_kind(journal, key: str) -> bool:
    return any(kind.key == key for kind in journal.entries.kinds())


# -- running the children -------------------------------------------------------------


def _parse_tagged(stdout: str, what: str) -> str:
    """The rest of the child's line that starts with RESULT_TAG and ``what``."""
    for line in stdout.splitlines():
        if line.startswith(f"{RESULT_TAG} {what} "):
            return line.split(" ", 2)[2]
    return ""


def cold_start_once(env: dict[str, str]) -> tuple[float, str, int]:
    """Milliseconds from spawn to the painted unlock screen, the platform plugin, VmRSS kB."""
    start = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-c", COLD_DRIVER],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    fields = _parse_tagged(out, "painted").split()
    if proc.returncode != 0 or len(fields) != 3:
        raise SystemExit(f"the cold-start child failed ({proc.returncode}):\n{out[-2000:]}\n{err[-3000:]}")
    return (float(fields[0]) - start) * 1000, fields[1], int(fields[2])


def run_session_child(env: dict[str, str], args: argparse.Namespace, copy: Path, long_id: int, *, full: bool) -> dict:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        "--journal",
        str(copy),
        "--long-id",
        str(long_id),
        "--keystrokes",
        str(args.keystrokes),
        "--switches",
        str(args.switches),
        "--searches",
        str(args.searches),
        "--seed",
        str(args.seed),
    ]
    if not full:
        command.append("--unlock-only")
    if args.profile:
        command += ["--profile", str(args.profile)]
    if args.modules and full:
        command += ["--modules", str(args.modules)]
    proc = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=1800)
    result = _parse_tagged(proc.stdout, "result")
    if proc.returncode != 0 or not result:
        raise SystemExit(f"the session child failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-4000:]}")
    return json.loads(result)


# -- the session child (runs inside the app process) ------------------------------------


def child_main(args: argparse.Namespace) -> int:
    """Start the app as run_app does and drive it from inside its event loop."""
    import reflectjournal.app as app_module
    from reflectjournal.__main__ import main as app_main

    build = app_module.build_window

    def build_window(**kwargs):
        from PySide6.QtCore import QTimer

        window = build(**kwargs)
        probe = _Driver(window, args)
        window._bench_driver = probe
        QTimer.singleShot(0, probe.run)
        return window

    app_module.build_window = build_window
    sys.argv = ["reflectjournal"]
    return app_main([])


class _Driver:
    """Everything the session child does, from the unlock screen to quitting."""

    def __init__(self, window, args: argparse.Namespace):
        from PySide6.QtCore import QEvent, QObject

        class PaintCounter(QObject):
            def __init__(self, *widgets):
                super().__init__(window)
                self.count = 0
                for widget in widgets:
                    widget.installEventFilter(self)

            def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
                if event.type() == QEvent.Type.Paint:
                    self.count += 1
                return False

        self.window = window
        self.args = args
        self.unlock_paints = PaintCounter(window.unlock_page.passphrase_edit)
        self.list_paints = PaintCounter(window.entry_view.viewport())
        self.results_paints = PaintCounter(window.results_view.viewport())
        self.body_paints = PaintCounter(window.editor.body_edit.viewport())
        self.preview_paints = PaintCounter(window.editor.preview.viewport())
        self.out: dict = {}

    # -- event-loop helpers ----------------------------------------------

    def spin_until(self, condition, timeout: float = 60.0, what: str = "", *, wake: float | None = None) -> float:
        """Process events until ``condition()``; returns perf_counter() then.

        Waiting blocks in the event loop as the app does when idle (no CPU,
        no polling): the events being waited for wake it, and one precise
        single-shot timer wakes it at ``wake`` (a perf_counter() time) or
        at the deadline.
        """
        from PySide6.QtCore import QCoreApplication, QEventLoop

        flags = QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents
        deadline = time.perf_counter() + timeout
        while not condition():
            now = time.perf_counter()
            if now > deadline:
                raise TimeoutError(f"timed out waiting for {what or condition}")
            target = min(deadline, wake) if wake is not None and wake > now else deadline
            self.wake_timer.start(max(1, math.ceil((target - now) * 1000)))
            QCoreApplication.processEvents(flags)
        self.wake_timer.stop()
        return time.perf_counter()

    def settle(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        self.spin_until(lambda: time.perf_counter() >= end, timeout=seconds + 5, wake=end)

    @staticmethod
    def rss_mb() -> tuple[float, float]:
        """(VmRSS, VmHWM) in MB (10^6 bytes)."""
        status = Path("/proc/self/status").read_text().splitlines()
        values = {line.split(":")[0]: int(line.split()[1]) for line in status if line.startswith(("VmRSS", "VmHWM"))}
        return values["VmRSS"] * 1024 / 1e6, values["VmHWM"] * 1024 / 1e6

    # -- the run -----------------------------------------------------------

    def run(self) -> None:
        from PySide6.QtCore import QCoreApplication, Qt, QTimer

        self.wake_timer = QTimer(self.window)
        self.wake_timer.setSingleShot(True)
        self.wake_timer.setTimerType(Qt.TimerType.PreciseTimer)
        try:
            self._run()
            print(f"{RESULT_TAG} result {json.dumps(self.out)}", flush=True)
            self.window.close()  # saves if needed and locks, which closes the journal
            QCoreApplication.quit()
        except BaseException:
            import traceback

            traceback.print_exc()
            sys.stderr.flush()
            os._exit(2)

    def _run(self) -> None:
        from PySide6.QtGui import QGuiApplication

        w = self.window
        self.out["platform"] = QGuiApplication.platformName()
        self.spin_until(lambda: self.unlock_paints.count > 0, what="the unlock page")
        self.settle(0.5)
        kdf = _KdfProbe(Path(os.environ.get("TMPDIR", tempfile.gettempdir())))
        kdf_samples = [kdf() for _ in range(3)]
        self.out["unlock_ms"] = self.unlock()
        self.settle(0.3)
        kdf_samples += [kdf() for _ in range(2)]
        kdf.remove()
        self.out["kdf_ms"] = statistics.median(kdf_samples)
        self.settle(0.5)
        self.out["rss_after_unlock_mb"] = self.rss_mb()[0]
        self.out["entries"] = w.entry_model.entry_count()
        if self.args.unlock_only:
            return
        self.out["keystroke_ms"], self.out["preview_ms"] = self.keystrokes()
        self.out["first_switch_ms"], self.out["switch_ms"] = self.switches()
        self.out["search_ms"] = self.searches()
        self.out["scroll_page_ms"], self.out["rows_fetched"] = self.scroll_everything()
        self.out["rss_after_scroll_mb"] = self.rss_mb()[0]
        # A few more searches and entries, as in a working session.
        for word in ("school", "contact", "zephyrine"):
            self.search_once(word)
        self.clear_search()
        for row in (5, 500, 50_000):
            self.switch_once(self.entry_row_near(row))
        self.settle(1.0)
        self.out["rss_end_mb"], self.out["hwm_end_mb"] = self.rss_mb()
        if self.args.modules:
            Path(self.args.modules).write_text("\n".join(sorted(sys.modules)) + "\n", encoding="utf-8")

    # -- 2. unlock ---------------------------------------------------------

    def unlock(self) -> float:
        w = self.window
        w.unlock_page.passphrase_edit.setText(PASSPHRASE)
        before = self.list_paints.count
        # Connected after the app's own slots, so these run after theirs:
        # busy_changed(False) comes as the open task's result arrives, before
        # 'unlocked' is emitted; 'unlocked' here means every handler is done.
        marks: dict[str, float] = {}
        w.session.busy_changed.connect(lambda busy: busy or marks.setdefault("open", time.perf_counter()))
        w.session.unlocked.connect(lambda: marks.setdefault("handlers", time.perf_counter()))
        profile = None
        if self.args.profile:
            import cProfile

            profile = cProfile.Profile()
            profile.enable()
        start = time.perf_counter()
        w.unlock_page.unlock_button.click()
        end = self.spin_until(
            lambda: (
                w.session.is_unlocked
                and w.pages.currentWidget() is w.journal_view
                and self.list_paints.count > before
                and bool(w.entry_model.cached_summaries())
            ),
            what="the painted entry list",
        )
        if profile is not None:
            profile.disable()
            profile.dump_stats(str(self.args.profile))
        self.out["open_ms"] = (marks["open"] - start) * 1000
        self.out["handlers_ms"] = (marks["handlers"] - start) * 1000
        return (end - start) * 1000

    # -- 3. keystrokes -----------------------------------------------------

    def keystrokes(self) -> tuple[list[float], list[float]]:
        from PySide6.QtGui import QTextCursor
        from PySide6.QtTest import QTest

        from reflectjournal.ui.editor import count_words

        w = self.window
        self.open_and_paint(self.args.long_id)
        body = w.editor.body_edit
        words = count_words(body.toPlainText())
        if words != LONG_WORDS or w.editor.child_edit.toPlainText():
            raise RuntimeError(f"the long entry has {words} words, not {LONG_WORDS}")
        w.activateWindow()
        body.setFocus()
        # Type at the end of the middle paragraph, as when adding to a note.
        doc = body.document()
        block = doc.findBlockByNumber(doc.blockCount() // 2)
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        body.setTextCursor(cursor)
        body.ensureCursorVisible()
        # Spell checking (ui/spelling.py, where present) loads its dictionary
        # on a worker after unlocking; type once it is ready, as a user would.
        checker = getattr(getattr(w, "spelling", None), "checker", None)
        if checker is not None and checker.enabled:
            try:
                self.spin_until(lambda: checker.active, timeout=15, what="the spelling dictionary")
            except TimeoutError:
                pass
        self.out["spelling"] = (checker.backend_name or "no dictionary") if checker is not None else "not in the app"
        if checker is not None and not checker.enabled:
            self.out["spelling"] = "off"
        self.settle(0.5)

        text = " and the child said it was better now"
        samples = []
        warmup = 20
        for i in range(warmup + self.args.keystrokes):
            before = self.body_paints.count
            start = time.perf_counter()
            QTest.keyClick(body, text[i % len(text)])
            end = self.spin_until(lambda b=before: self.body_paints.count > b, what="the keystroke's repaint")
            if i >= warmup:
                samples.append((end - start) * 1000)
            # About 12 keys a second: neither the preview (250 ms) nor the
            # autosave (1.5 s) timer fires while typing.
            self.settle(0.08)
        if not w.is_dirty or not w.autosave_timer.isActive():
            raise RuntimeError("typing did not start the autosave timer")

        # For information: the preview refresh that follows a pause.
        preview = []
        if w.editor.preview.isVisible():
            for _ in range(5):
                before = self.preview_paints.count
                start = time.perf_counter()
                w.editor.update_preview()
                end = self.spin_until(lambda b=before: self.preview_paints.count > b, what="the preview")
                preview.append((end - start) * 1000)
                self.settle(0.1)
        return samples, preview

    def open_and_paint(self, entry_id: int) -> None:
        w = self.window
        before = self.body_paints.count
        w.open_entry(entry_id)
        self.spin_until(
            lambda: w.editor.entry_id == entry_id and self.body_paints.count > before, what=f"entry {entry_id}"
        )
        self.settle(0.2)

    # -- 4. switching ------------------------------------------------------

    def entry_row_near(self, row: int) -> int:
        from reflectjournal.ui.entry_list import IS_HEADER_ROLE

        model = self.window.entry_model
        row = max(0, min(row, model.rowCount() - 1))
        while model.index(row).data(IS_HEADER_ROLE):
            row += 1
        return row

    def switch_once(self, row: int) -> float:
        """Scroll the row into view (not timed), then click it (timed)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QAbstractItemView

        from reflectjournal.ui.entry_list import ENTRY_ID_ROLE

        w = self.window
        view = w.entry_view
        index = w.list_index(row)
        entry_id = int(w.entry_model.index(row).data(ENTRY_ID_ROLE))
        before = self.list_paints.count
        view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        view.viewport().update()
        self.spin_until(lambda: self.list_paints.count > before, what="the list scrolled")
        self.settle(0.05)
        before = self.body_paints.count
        start = time.perf_counter()
        QTest.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.visualRect(index).center()
        )
        end = self.spin_until(
            lambda: w.editor.entry_id == entry_id and self.body_paints.count > before, what=f"entry {entry_id} painted"
        )
        if w.is_dirty:
            raise RuntimeError("switching left the editor dirty")
        self.settle(0.1)
        return (end - start) * 1000

    def switches(self) -> tuple[float, list[float]]:
        w = self.window
        rng = random.Random(self.args.seed)
        rows = w.entry_model.rowCount()
        # The first switch leaves the 5,000-word entry just typed in: it saves it.
        if not w.is_dirty:
            raise RuntimeError("the long entry should have unsaved typing")
        first = self.switch_once(self.entry_row_near(3))
        samples = []
        warmup = 3
        for i in range(warmup + self.args.switches):
            # Half the time the next entry down (reading through), half a jump.
            if i % 2 and w.editor.entry_id is not None:
                current = w.entry_model.row_of(w.editor.entry_id) or 0
                row = self.entry_row_near(current + 1)
            else:
                row = self.entry_row_near(rng.randrange(rows))
            took = self.switch_once(row)
            if i >= warmup:
                samples.append(took)
        return first, samples

    # -- 5. search ---------------------------------------------------------

    def clear_search(self) -> None:
        w = self.window
        if not w.search_edit.text():
            return
        before = self.list_paints.count
        w.search_edit.setText("")
        w.search_timer.stop()
        w.search_timer.timeout.emit()
        self.spin_until(
            lambda: w.list_stack.currentWidget() is w.entry_view and self.list_paints.count > before,
            what="the list after clearing the search",
        )
        self.settle(0.1)

    def search_once(self, word: str) -> tuple[float, int]:
        w = self.window
        self.clear_search()
        w.search_edit.setFocus()
        before = self.results_paints.count
        start = time.perf_counter()
        w.search_edit.setText(word)
        # Do not wait out the 150 ms debounce: fire its timeout now, through
        # the window's own connection to _run_search.
        w.search_timer.stop()
        w.search_timer.timeout.emit()
        end = self.spin_until(
            lambda: w.list_stack.currentWidget() is w.results_view and self.results_paints.count > before,
            what=f"results for {word}",
        )
        self.settle(0.1)
        return (end - start) * 1000, w.results_model.rowCount()

    def searches(self) -> dict[str, dict]:
        words = ("child", "zephyrine")
        out = {word: {"samples": [], "hits": 0} for word in words}
        warmup = 2
        for i in range(warmup + self.args.searches):
            for word in words:
                took, hits = self.search_once(word)
                if i >= warmup:
                    out[word]["samples"].append(took)
                out[word]["hits"] = hits
        self.clear_search()
        return out

    # -- 6. scrolling (for memory) ----------------------------------------

    def scroll_everything(self) -> tuple[list[float], int]:
        """Page down the whole list, top to bottom, each page painted."""
        w = self.window
        self.clear_search()
        view = w.entry_view
        bar = view.verticalScrollBar()
        view.scrollToTop()
        self.settle(0.2)
        samples = []
        while bar.value() < bar.maximum():
            before = self.list_paints.count
            start = time.perf_counter()
            bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
            end = self.spin_until(lambda b=before: self.list_paints.count > b, what="a page of the list")
            samples.append((end - start) * 1000)
        self.settle(0.2)
        return samples, len(w.entry_model.cached_summaries())


class _KdfProbe:
    """SQLCipher's own key derivation, as run.py times it: unlock a database
    with one empty table, with the journal's library and iteration count."""

    def __init__(self, folder: Path):
        import sqlcipher3

        from reflectjournal.core.vault import PRODUCTION_KDF

        self.sqlcipher3 = sqlcipher3
        self.iterations = PRODUCTION_KDF.iterations
        self.path = folder / "kdf-probe.db"
        conn = self._connect()
        conn.execute("CREATE TABLE IF NOT EXISTS t(x)")
        conn.close()

    def _connect(self):
        conn = self.sqlcipher3.connect(str(self.path))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        conn.execute(f"PRAGMA kdf_iter = {self.iterations}")
        return conn

    def __call__(self) -> float:
        start = time.perf_counter()
        conn = self._connect()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        elapsed = time.perf_counter() - start
        conn.close()
        return elapsed * 1000

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


# -- the parent ------------------------------------------------------------------------


def build_rows(cold: list[tuple[float, str, int]], sessions: list[dict], first_of_day: dict) -> list[Row]:
    full = sessions[-1]
    rows = [
        Row(
            "1. cold start → painted unlock screen",
            [c[0] for c in cold],
            limit=COLD_START_MS,
            note=f"fresh process, spawn to first paint flushed; VmRSS then {statistics.median(c[2] for c in cold) / 1000:.0f} MB",
        )
    ]
    beyond = [s["unlock_ms"] - s["kdf_ms"] for s in sessions]
    rows.append(
        Row(
            "2. unlock → painted list, beyond the KDF",
            beyond,
            limit=UNLOCK_BEYOND_KDF_MS,
            note=f"one fresh app per run; {full['entries']:,} entries",
        )
    )
    rows.append(
        Row("   unlock → painted list, total", [s["unlock_ms"] for s in sessions], note="reference: includes the KDF")
    )
    rows.append(
        Row(
            "   … of which: open on the worker",
            [s["open_ms"] for s in sessions],
            note="reference: Unlock pressed to the open task's result (KDF and first-screen check)",
        )
    )
    rows.append(
        Row(
            "   … of which: unlocked handlers",
            [s["handlers_ms"] - s["open_ms"] for s in sessions],
            note="reference: the window and controllers answering 'unlocked'",
        )
    )
    rows.append(
        Row(
            "   KDF alone (SQLCipher, empty database)",
            [s["kdf_ms"] for s in sessions],
            note="reference: median of 5 per run",
        )
    )
    rows.append(
        Row(
            "   first unlock of the day",
            [first_of_day["unlock_ms"] - first_of_day["kdf_ms"]],
            note="info: beyond the KDF; not counted above; the daily backup starts on a worker",
        )
    )
    rows.append(
        Row(
            "3. keystroke in a 5,000-word entry",
            full["keystroke_ms"],
            limit=KEYSTROKE_MS,
            note=f"keyClick to the body repainted; highlighting, word count, autosave timer; spelling: {full['spelling']}",
        )
    )
    if full["preview_ms"]:
        rows.append(
            Row(
                "   preview refresh of that entry",
                full["preview_ms"],
                note="info: runs 250 ms after the last keystroke",
            )
        )
    rows.append(
        Row(
            "4. switch entries (list click)",
            full["switch_ms"],
            limit=SWITCH_MS,
            note="click to the editor painted; nothing to save",
        )
    )
    rows.append(
        Row(
            "   switch away after typing",
            [full["first_switch_ms"]],
            note="info: includes saving the 5,000-word entry",
        )
    )
    for word, data in full["search_ms"].items():
        rows.append(
            Row(
                f"5. search '{word}' → painted results",
                data["samples"],
                limit=SEARCH_MS,
                note=f"{data['hits']} shown; setText + debounce timeout fired at once",
            )
        )
    rows.append(
        Row(
            "   scroll the list one page",
            full["scroll_page_ms"],
            note=f"info: {len(full['scroll_page_ms']):,} pages, worst {max(full['scroll_page_ms']):.1f} ms; {full['rows_fetched']:,} summaries fetched",
        )
    )
    rows.append(
        Row(
            "6. resident memory (VmRSS) at the end",
            [full["rss_end_mb"]],
            unit="MB",
            limit=MEMORY_MB,
            note=(
                f"after unlock {full['rss_after_unlock_mb']:.0f} MB, after scrolling {full['rss_after_scroll_mb']:.0f} MB,"
                f" peak (VmHWM) {full['hwm_end_mb']:.0f} MB"
            ),
        )
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--journal", type=Path, default=DEFAULT_JOURNAL, help=f"default {DEFAULT_JOURNAL}")
    parser.add_argument(
        "--copy", type=Path, help="where to copy the journal (reused if it exists); default: a temporary file"
    )
    parser.add_argument("--keep-copy", action="store_true", help="do not delete the copy at the end")
    parser.add_argument(
        "--platform", choices=("auto", "xvfb", "offscreen"), default="auto", help="auto: Xvfb if installed"
    )
    parser.add_argument("--cold-runs", type=int, default=20, help="cold starts timed, after 2 untimed (20)")
    parser.add_argument("--unlock-runs", type=int, default=10, help="app processes unlocked, one unlock each (10)")
    parser.add_argument("--keystrokes", type=int, default=200, help="keystrokes timed, after 20 untimed (200)")
    parser.add_argument("--switches", type=int, default=40, help="entry switches timed, after 3 untimed (40)")
    parser.add_argument("--searches", type=int, default=20, help="searches timed per word, after 2 untimed (20)")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--long-id", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--unlock-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--profile", type=Path, help="write a cProfile of the (last) timed unlock to this file (pstats format)"
    )
    parser.add_argument(
        "--modules",
        type=Path,
        help="write the Python modules the app has loaded at the end of the full session to this file, one a line",
    )
    args = parser.parse_args(argv)
    if args.child:
        return child_main(args)
    if min(args.cold_runs, args.unlock_runs, args.keystrokes, args.switches, args.searches) < 1:
        parser.error("every count must be at least 1")
    source = args.journal.absolute()
    if not source.exists():
        parser.error(f"no journal at {source}; make one with benchmarks/generate.py")

    started = dt.datetime.now().astimezone()
    load_before = os.getloadavg()
    command = shlex.join(
        [
            os.path.relpath(sys.executable, ROOT) if sys.executable.startswith(str(ROOT)) else sys.executable,
            os.path.relpath(Path(__file__).resolve(), ROOT),
            *(argv if argv is not None else sys.argv[1:]),
        ]
    )
    use_xvfb = args.platform == "xvfb" or (args.platform == "auto" and shutil.which("Xvfb") is not None)
    if args.platform == "xvfb" and shutil.which("Xvfb") is None:
        parser.error("Xvfb is not installed")

    xvfb = None
    with tempfile.TemporaryDirectory(prefix="rj-ui-bench-") as tmp_name:
        tmp = Path(tmp_name)
        copy = (args.copy or tmp / "copy.rjournal").absolute()
        reused = copy.exists()
        try:
            display, xvfb_command = None, None
            if use_xvfb:
                xvfb, display, xvfb_command = start_xvfb(tmp / "xvfb.log")
            env = isolated_env(tmp, display)
            prepare_copy(source, copy)
            backups = tmp / "backups"
            backups.mkdir(mode=0o700)
            long_id, entries = ensure_long_entry(copy, backups)
            write_settings(env, copy, backups)
            print(
                f"Journal: {source} ({source.stat().st_size / 2**20:,.0f} MiB), {entries:,} entries in the copy",
                flush=True,
            )
            print(f"Platform: {'Xvfb ' + display if display else 'offscreen'}", flush=True)

            print(f"Cold starts ({args.cold_runs} + 2 untimed)…", flush=True)
            for _ in range(2):
                cold_start_once(env)
            cold = [cold_start_once(env) for _ in range(args.cold_runs)]
            plugin = cold[0][1]

            print(f"Unlocks ({args.unlock_runs} app processes, after one untimed)…", flush=True)
            # The day's first unlock also starts the app's daily backup (a
            # worker thread; about 17 s at this size), and quitting waits for
            # it: not counted, but shown.
            first_of_day = run_session_child(env, args, copy, long_id, full=False)
            sessions = [run_session_child(env, args, copy, long_id, full=False) for _ in range(args.unlock_runs - 1)]
            print("Working session (keystrokes, switches, searches, scrolling the whole list)…", flush=True)
            sessions.append(run_session_child(env, args, copy, long_id, full=True))
            entries_after = count_entries(copy, backups)
        finally:
            stop(xvfb)
            if not args.keep_copy and not (args.copy and reused):
                _remove_journal(copy)
            elif args.keep_copy:
                print(f"Kept the copy at {copy}", flush=True)

    rows = build_rows(cold, sessions, first_of_day)
    machine = machine_info(plugin, f"Xvfb {display}, screen {SCREEN}" if display else "no X server")
    machine["load average"] = "{:.2f} {:.2f} {:.2f} at the start, ".format(
        *load_before
    ) + "{:.2f} {:.2f} {:.2f} at the end".format(*os.getloadavg())
    print()
    print(f"reflectjournal desktop benchmark, {started:%Y-%m-%d %H:%M %Z}, {entries:,} entries")
    for key, value in machine.items():
        print(f"  {key + ':':17}{value}")
    print(f"  {'command:':17}{command}")
    if xvfb_command:
        print(f"  {'X server:':17}{shlex.join(xvfb_command)} (started and stopped by the script)")
    print(
        f"  {'app processes:':17}{sys.executable} -c COLD_DRIVER (cold start), benchmarks/ui_bench.py --child (the rest)"
    )
    if entries_after != entries:
        print(f"  WARNING: the copy held {entries:,} entries before the app ran and {entries_after:,} after")
    print()
    print_table(rows)
    missed = [r.name.strip() for r in rows if r.passed is False]
    print()
    print("All targets met." if not missed else "Missed: " + "; ".join(missed))
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "started": started.isoformat(timespec="seconds"),
                    "journal": str(source),
                    "entries": entries,
                    "machine": machine,
                    "command": command,
                    "rows": [
                        {
                            "name": r.name.strip(),
                            "unit": r.unit,
                            "median": r.median,
                            "p95": r.p95,
                            "n": len(r.samples),
                            "target": r.target,
                            "passed": r.passed,
                            "note": r.note,
                            "samples": r.samples,
                        }
                        for r in rows
                    ],
                    "raw": {"cold": cold, "sessions": sessions},
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
