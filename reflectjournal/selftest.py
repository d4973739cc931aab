"""``reflectjournal --self-test``: can this installation do what the app needs?

Checks, in about a second, that Qt starts, fonts render real glyphs, the icon
loads, Markdown renders to PDF, SQLCipher encrypts and reads back, the
single-instance lock holds, the built-in prompt packs load and the process
hardening is on. Prints one PASS or FAIL line per check and returns 0, or 1
with the list of what failed.

It never opens the user's journal or settings: every file it makes is in a
temporary folder it deletes. That folder's throwaway journal uses a low
key-derivation cost, which is safe only because nothing in it is real.

Qt aborts the whole process when its platform plugin cannot load (the usual
fault on a fresh machine: a missing xcb library). So on Linux the Qt checks
run in a forked child; if it dies, the parent still prints the list, with
Qt's own message and the libraries ``ldd`` reports missing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from reflectjournal import __version__

# Throwaway probe journals only. Never used for a journal a person writes in.
PROBE_ITERATIONS = 1_000
QT_TIMEOUT_SECONDS = 60.0  # a fresh machine may build its font cache first
QT_CHECKS = ("qt", "fonts", "icon", "pdf")
CORE_CHECKS = ("sqlcipher", "lock", "packs", "hardening")


class CheckFailed(Exception):
    """A check's expected failure, with a short reason for the user."""


@dataclass
class Result:
    name: str
    ok: bool
    detail: str


# -- Qt checks (run in a child process on Linux) ---------------------------------


class _QtChecks:
    def __init__(self) -> None:
        self.platform_note = ""

    def qt(self) -> str:
        if "QT_QPA_PLATFORM" in os.environ and not os.environ["QT_QPA_PLATFORM"]:
            del os.environ["QT_QPA_PLATFORM"]  # an empty value aborts Qt
        if (
            sys.platform.startswith("linux")
            and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            self.platform_note = " (no DISPLAY or WAYLAND_DISPLAY, so QT_QPA_PLATFORM=offscreen was used)"
        from PySide6.QtCore import qVersion
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication.instance() or QApplication(["reflectjournal"])
        label = QLabel("reflectjournal")
        label.resize(200, 40)
        if label.grab().isNull():
            raise CheckFailed("Qt started but could not draw a widget")
        return f"Qt {qVersion()} started on the {app.platformName()} platform{self.platform_note}"

    def fonts(self) -> str:
        from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics

        families = QFontDatabase.families()
        if not families:
            raise CheckFailed("no fonts found; install a font package (Debian: fonts-dejavu-core)")
        font = QFont()
        metrics = QFontMetrics(font)
        if not metrics.inFont("A") or metrics.horizontalAdvance("A") <= 0:
            raise CheckFailed(
                f"the default font ({font.family()}) has no glyph for 'A': text would show as empty boxes; "
                "install a font package (Debian: fonts-dejavu-core)"
            )
        return f"{len(families)} font families; the default font ({QFontInfo(font).family()}) has real glyphs"

    def icon(self) -> str:
        from PySide6.QtGui import QImage

        from reflectjournal.app import DESKTOP_ID, app_icon
        from reflectjournal.core.resources import resource_path

        svg = resource_path("icons", "hicolor", "scalable", "apps", f"{DESKTOP_ID}.svg")
        if not svg.is_file():
            raise CheckFailed(f"the app icon is missing ({svg})")
        if QImage(str(svg)).isNull():
            raise CheckFailed("Qt cannot read SVG images (the imageformats/qsvg plugin is missing)")
        icon = app_icon()
        if icon.isNull() or icon.pixmap(64, 64).isNull():
            raise CheckFailed("the window icon did not load")
        return f"window icon loads (SVG and {len(icon.availableSizes())} PNG sizes)"

    def pdf(self) -> str:
        from reflectjournal.core.rendering import render_markdown
        from reflectjournal.pdf import html_to_pdf

        html = render_markdown("# Self-test\n\nA *short* reflection with a list:\n\n- one\n- two\n")
        if "<em>short</em>" not in html:
            raise CheckFailed("Markdown did not render to HTML")
        data = html_to_pdf(html, title="reflectjournal self-test", generated=dt.date.today())
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
            raise CheckFailed("the output is not a complete PDF")
        if len(data) < 1_000:
            raise CheckFailed(f"the PDF is suspiciously small ({len(data)} bytes)")
        return f"Markdown rendered to a {len(data) / 1024:.0f} KB PDF"


# -- core checks (no Qt) -----------------------------------------------------------


class _CoreChecks:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _kdf(self):
        from reflectjournal.core.vault import KdfSettings

        return KdfSettings(iterations=PROBE_ITERATIONS)

    def sqlcipher(self) -> str:
        from reflectjournal.core.models import Entry
        from reflectjournal.core.vault import SQLITE_HEADER, Journal

        folder = self.folder / "sqlcipher"
        path = folder / "probe.rjournal"
        passphrase = secrets.token_urlsafe(16)
        marker = "selftest" + secrets.token_hex(8)
        with Journal.create(path, passphrase, kdf=self._kdf()) as journal:
            version = journal.conn.execute("PRAGMA cipher_version").fetchone()[0]
            saved = journal.entries.save(Entry(title=f"Probe {marker}", body=f"A probe entry: {marker}."))
        if path.stat().st_mode & 0o077:
            raise CheckFailed(f"the journal file is readable by others (mode {path.stat().st_mode & 0o777:o})")
        for file in sorted(folder.rglob("*")):
            if not file.is_file():
                continue
            data = file.read_bytes()
            if marker.encode() in data:
                raise CheckFailed(f"entry text found in plain text in {file.name}")
            if file.suffix == ".rjournal" and data.startswith(SQLITE_HEADER):
                raise CheckFailed("the journal file has a plain SQLite header: it is not encrypted")
        with Journal.open(path, passphrase, kdf=self._kdf()) as journal:
            back = journal.entries.get(saved.id)
            if back.body != f"A probe entry: {marker}.":
                raise CheckFailed("the entry read back differs from the one written")
            if len(journal.entries.search(marker)) != 1:
                raise CheckFailed("full-text search (FTS5) did not find the entry")
        return f"SQLCipher {version}: written, encrypted on disk, read back and found by search"

    def lock(self) -> str:
        from reflectjournal.core.errors import JournalInUse
        from reflectjournal.core.vault import Journal

        path = self.folder / "lock" / "probe.rjournal"
        passphrase = secrets.token_urlsafe(16)
        Journal.create(path, passphrase, kdf=self._kdf()).close()
        with Journal.open(path, passphrase, kdf=self._kdf()):
            try:
                second = Journal.open(path, passphrase, kdf=self._kdf())
            except JournalInUse:
                pass
            else:
                second.close()
                raise CheckFailed("a second open of the same journal succeeded; two windows could write at once")
        with Journal.open(path, passphrase, kdf=self._kdf()):
            pass  # released on close, so the next open works
        return "a second open is refused while the journal is open, and allowed after it closes"

    def packs(self) -> str:
        from reflectjournal.core.frameworks import builtin_frameworks
        from reflectjournal.core.packs import builtin_packs
        from reflectjournal.core.resources import resource_dir

        # The packs' prompts name the built-in frameworks' items, so the
        # frameworks are read first: a bundle without them fails here by name.
        frameworks = builtin_frameworks()
        if not frameworks:
            raise CheckFailed(f"no built-in professional frameworks found in {resource_dir() / 'frameworks'}")
        packs = builtin_packs()
        if not packs:
            raise CheckFailed(f"no built-in prompt packs found in {resource_dir() / 'packs'}")
        prompts = sum(len(pack.prompts) for pack in packs)
        # Signed packs need cryptography's compiled part in the bundle: sign
        # and check one pack with a throwaway key.
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        from reflectjournal.core.pack_signing import sign, verify

        if not verify(sign(packs[0], Ed25519PrivateKey.generate())).is_signed:
            raise CheckFailed("a pack signed with a throwaway key did not verify (cryptography is not working)")
        return (
            f"{len(packs)} built-in packs with {prompts} prompts, {len(frameworks)} built-in frameworks; "
            "pack signatures work"
        )

    def hardening(self) -> str:
        try:
            import resource  # POSIX only: looked up here, at use
        except ImportError:
            return "no core-dump limit or memory protection to set on this system (not POSIX): skipped"
        soft, _hard = resource.getrlimit(resource.RLIMIT_CORE)
        if soft != 0:
            raise CheckFailed("core dumps are allowed: a crash could write journal text to disk")
        if sys.platform.startswith("linux"):
            from reflectjournal.core.hardening import is_dumpable

            dumpable = is_dumpable()
            if dumpable is None:
                raise CheckFailed("prctl could not be called, so whether other programs can read memory is unknown")
            if dumpable:
                raise CheckFailed("the process is dumpable: other programs could read its memory")
            return "core dumps off; process memory not readable by other programs"
        return "core dumps off"


# -- running ---------------------------------------------------------------------


def _run_check(name: str, check: Callable[[], str]) -> Result:
    try:
        return Result(name, True, check())
    except CheckFailed as exc:
        return Result(name, False, str(exc))
    except Exception as exc:  # a probe that breaks is a failure to report, not a crash
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Result(name, False, f"{type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})")


def _qt_child(results_file: Path, stderr_file: Path) -> None:
    """In the forked child: run the Qt checks, one JSON line per event."""
    code = 0
    try:
        err = os.open(stderr_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(err, 2)
        os.close(err)
        checks = _QtChecks()
        with open(results_file, "w", encoding="utf-8") as out:
            for index, name in enumerate(QT_CHECKS):
                out.write(json.dumps({"start": name}) + "\n")
                out.flush()
                result = _run_check(name, getattr(checks, name))
                out.write(json.dumps({"name": name, "ok": result.ok, "detail": result.detail}) + "\n")
                out.flush()
                if name == "qt" and not result.ok:
                    for later in QT_CHECKS[index + 1 :]:
                        out.write(
                            json.dumps({"name": later, "ok": False, "detail": "not checked: Qt did not start"}) + "\n"
                        )
                    break
    except BaseException:
        code = 3
    finally:
        os._exit(code)  # never run the parent's clean-up (it deletes the temporary folder)


def _effective_platform() -> str:
    """The Qt platform the child tried: what ``_QtChecks.qt`` chose."""
    platform = os.environ.get("QT_QPA_PLATFORM") or ""
    if not platform and sys.platform.startswith("linux"):
        if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
            return "wayland"
        return "xcb" if os.environ.get("DISPLAY") else "offscreen"
    return platform


def _missing_libraries(platform: str) -> list[str]:
    """Libraries ``ldd`` reports missing for Qt's plugin for ``platform``.
    Qt's own message names xcb-cursor whatever is missing; ldd tells the truth."""
    import subprocess

    ldd = shutil.which("ldd")
    if not ldd or not platform.isidentifier():
        return []
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "PySide6" / "Qt" / "plugins")
    try:
        import PySide6

        roots.append(Path(PySide6.__file__).parent / "Qt" / "plugins")
    except ImportError:
        pass
    for root in roots:
        plugin = root / "platforms" / f"libq{platform}.so"
        if plugin.is_file():
            try:
                out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=10).stdout
            except (OSError, subprocess.TimeoutExpired):
                return []
            return [line.split()[0] for line in out.splitlines() if "not found" in line]
    return []


def _death_reason(check: str, why: str, stderr_file: Path) -> str:
    """Why the Qt child died, with Qt's own words and a hint at the fix."""
    lines = [line.strip() for line in stderr_file.read_text(errors="replace").splitlines() if line.strip()]
    platform = _effective_platform()
    missing = _missing_libraries(platform) if check == "qt" else []
    # Keep Qt's diagnosis; drop its advice to reinstall, and its claim that
    # xcb-cursor is needed, which it makes whatever is wrong, unless ldd agrees.
    telling = [
        line
        for line in lines
        if ("qt.qpa" in line or "could not" in line.lower())
        and ("xcb-cursor0 or libxcb-cursor0" not in line or any("xcb-cursor" in lib for lib in missing))
    ] or lines[-3:]
    reason = why + (": " + " / ".join(line.rstrip(".") for line in telling[-3:]) if telling else "")
    if check != "qt":
        return reason
    if missing:
        reason += (
            f". The {platform} plugin cannot find {', '.join(missing)} (ldd); "
            "on Debian or Ubuntu install the packages in scripts/system-packages.txt"
        )
    elif platform == "xcb" and os.environ.get("DISPLAY"):
        reason += f". No library is missing, so the X server at DISPLAY={os.environ['DISPLAY']} may be unreachable"
    elif platform == "xcb":
        reason += ". DISPLAY is not set: run it in a desktop session, or with QT_QPA_PLATFORM=offscreen to check without a window"
    return reason


def _collect_child(pid: int, results_file: Path, stderr_file: Path) -> list[Result]:
    deadline = time.monotonic() + QT_TIMEOUT_SECONDS
    status = None
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            status = None
            break
        time.sleep(0.01)
    results: dict[str, Result] = {}
    running = None
    if results_file.exists():
        for line in results_file.read_text(encoding="utf-8").splitlines():
            event = json.loads(line)
            if "start" in event:
                running = event["start"]
            else:
                results[event["name"]] = Result(event["name"], event["ok"], event["detail"])
                running = None
    if running is not None:
        if status is None:
            why = f"timed out after {QT_TIMEOUT_SECONDS:.0f} s"
        elif os.WIFSIGNALED(status):
            why = f"Qt stopped the process ({signal.Signals(os.WTERMSIG(status)).name})"
        else:
            why = f"the process exited with status {os.waitstatus_to_exitcode(status)}"
        results[running] = Result(running, False, _death_reason(running, why, stderr_file))
    for name in QT_CHECKS:
        if name not in results:
            results[name] = Result(name, False, "not checked: the Qt checks stopped early")
    return [results[name] for name in QT_CHECKS]


def run_self_test(argv: Sequence[str] = (), out: TextIO | None = None) -> int:
    """Run every check, print the report and return the exit status."""
    out = out or sys.stdout
    if argv:
        print(f"reflectjournal --self-test takes no arguments (got {' '.join(argv)})", file=sys.stderr)
        return 2
    started = time.monotonic()
    print(f"reflectjournal {__version__} self-test (a temporary folder only; your journal is not opened)", file=out)
    out.flush()
    folder = Path(tempfile.mkdtemp(prefix="reflectjournal-selftest-"))
    try:
        results_file, stderr_file = folder / "qt-results.jsonl", folder / "qt-stderr.txt"
        forked = hasattr(os, "fork") and sys.platform.startswith("linux")
        sys.stdout.flush()
        sys.stderr.flush()  # or the child would print the parent's buffered text again
        pid = os.fork() if forked else 0
        if forked and pid == 0:
            _qt_child(results_file, stderr_file)  # never returns
        if forked:
            core = _CoreChecks(folder)
            core_results = [_run_check(name, getattr(core, name)) for name in CORE_CHECKS]
            qt_results = _collect_child(pid, results_file, stderr_file)
        else:
            qt_checks = _QtChecks()
            qt_results = []
            for name in QT_CHECKS:
                qt_results.append(_run_check(name, getattr(qt_checks, name)))
                if name == "qt" and not qt_results[-1].ok:
                    qt_results += [Result(n, False, "not checked: Qt did not start") for n in QT_CHECKS[1:]]
                    break
            core = _CoreChecks(folder)
            core_results = [_run_check(name, getattr(core, name)) for name in CORE_CHECKS]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    results = qt_results + core_results
    width = max(len(r.name) for r in results)
    for r in results:
        print(f"{'PASS' if r.ok else 'FAIL'}  {r.name:<{width}}  {r.detail}", file=out)
    failed = [r for r in results if not r.ok]
    elapsed = time.monotonic() - started
    if not failed:
        print(f"All {len(results)} checks passed in {elapsed:.1f} s.", file=out)
        return 0
    print(f"{len(failed)} of {len(results)} checks failed ({elapsed:.1f} s):", file=out)
    for r in failed:
        print(f"  - {r.name}: {r.detail}", file=out)
    return 1
