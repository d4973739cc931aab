"""Nothing POSIX-only runs at import or at start-up (issue 10, item 9).

Installers are offered for Windows (and the app should start on macOS), where
``fcntl``, ``resource``, ``termios``, ``pwd`` and ``grp`` do not exist,
``signal`` has no SIGHUP or SIGKILL, ``os`` has no O_NOFOLLOW, getuid or
fchmod, and there is no libc to call ``prctl`` in. A fresh interpreter is
made to look like that: those modules cannot be imported (a meta-path
blocker), those names are deleted, and loading libc through ctypes fails.
In it every module under reflectjournal is imported, and the desktop app is
started offscreen through its own start function (``__main__.main``, which
hardens the process and runs ``app.run_app``) with no journal, its window
closed as soon as it shows.

Anything POSIX-only must be looked up when it is used, with a fallback or a
clear skip elsewhere: this test fails on any import-time use.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Run in the child before anything of reflectjournal is imported.
NOT_ON_WINDOWS = r'''
import importlib

# Third-party packages choose their code by sys.platform, which stays
# "linux" here (on Windows they take their Windows paths): they are imported
# first, so that only reflectjournal's own code meets the missing names.
for dependency in ("platformdirs", "platformdirs.unix", "sqlcipher3", "cmarkgfm", "nh3", "zxcvbn", "yaml", "regex",
                   "enchant", "spylls.hunspell", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
                   "PySide6.QtNetwork", "PySide6.QtPrintSupport"):
    try:
        importlib.import_module(dependency)
    except ImportError:
        pass  # optional here: the app's own fallbacks are what is tested

import ctypes
import ctypes.util
import importlib.abc
import os
import signal
import sys

BLOCKED_MODULES = {"fcntl", "resource", "termios", "tty", "pty", "pwd", "grp", "syslog", "readline"}


class NotOnThisPlatform(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in BLOCKED_MODULES:
            raise ModuleNotFoundError(f"No module named {name!r} (not on Windows)", name=name)
        return None


for name in BLOCKED_MODULES:
    sys.modules.pop(name, None)
sys.meta_path.insert(0, NotOnThisPlatform())

# What Windows' signal module has; every other SIG* name (and the POSIX-only
# functions) is deleted.
WINDOWS_SIGNALS = {"SIGABRT", "SIGFPE", "SIGILL", "SIGINT", "SIGSEGV", "SIGTERM", "SIGBREAK", "SIG_DFL", "SIG_IGN"}
for name in [n for n in dir(signal) if n.startswith("SIG") and n not in WINDOWS_SIGNALS and n not in ("Signals",)]:
    delattr(signal, name)
for name in ("alarm", "pause", "setitimer", "getitimer", "siginterrupt", "pthread_kill", "pthread_sigmask",
             "sigpending", "sigwait", "sigwaitinfo", "sigtimedwait", "ITIMER_REAL", "ITIMER_VIRTUAL", "ITIMER_PROF"):
    if hasattr(signal, name):
        delattr(signal, name)

# Names os has on Linux and not on Windows (Python 3.11).
POSIX_OS_NAMES = """
O_NOFOLLOW O_NONBLOCK O_CLOEXEC O_DIRECTORY O_NOCTTY O_SYNC O_DSYNC O_RSYNC O_NDELAY O_ASYNC O_DIRECT
O_NOATIME O_PATH O_TMPFILE O_ACCMODE O_FSYNC O_LARGEFILE
getuid geteuid getgid getegid getgroups setuid seteuid setgid setegid setgroups getresuid getresgid
fchmod fchown chown lchown fchdir chroot fork forkpty register_at_fork setsid getsid getpgid setpgid getpgrp
killpg pread pwrite preadv pwritev statvfs fstatvfs sync fdatasync uname nice getloadavg sched_getaffinity
posix_fadvise posix_fallocate mkfifo mknod major minor makedev wait3 wait4 sysconf pathconf fpathconf
confstr ttyname openpty ctermid getpriority setpriority get_blocking set_blocking sendfile memfd_create
eventfd pidfd_open splice copy_file_range
""".split()
for name in POSIX_OS_NAMES:
    if hasattr(os, name):
        delattr(os, name)

# No libc: prctl (and anything else through ctypes' libc) is unavailable.
_real_cdll_init = ctypes.CDLL.__init__
_real_find_library = ctypes.util.find_library


def _no_libc_find_library(name):
    return None if name == "c" else _real_find_library(name)


def _no_libc_cdll(self, name, *args, **kwargs):
    if name is None or "libc." in str(name) or str(name) in ("c", "libc"):
        raise OSError(f"{name}: cannot open shared object file (not on Windows)")
    _real_cdll_init(self, name, *args, **kwargs)


ctypes.util.find_library = _no_libc_find_library
ctypes.CDLL.__init__ = _no_libc_cdll
'''

CHILD = r"""
import importlib
import json
import pkgutil
import sys
import traceback

report = {"control": {}, "import_failures": {}, "imported": 0, "start": None}

# The simulation really is in force (so the checks below can fail).
try:
    import fcntl  # noqa: F401
    report["control"]["fcntl"] = "imported"
except ImportError:
    report["control"]["fcntl"] = "blocked"
import ctypes
import signal

report["control"]["SIGHUP"] = hasattr(signal, "SIGHUP")
report["control"]["getuid"] = hasattr(os, "getuid")
try:
    ctypes.CDLL("libc.so.6")
    report["control"]["libc"] = "loaded"
except OSError:
    report["control"]["libc"] = "unavailable"

import reflectjournal

for module in pkgutil.walk_packages(reflectjournal.__path__, "reflectjournal."):
    try:
        importlib.import_module(module.name)
        report["imported"] += 1
    except BaseException:
        report["import_failures"][module.name] = traceback.format_exc(limit=6)

# Start the app as "reflectjournal" with no arguments does, no journal.
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])
seen = {}


def close_when_shown():
    from reflectjournal.ui.main_window import MainWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(10, close_when_shown)
        return
    window = windows[0]
    seen["window"] = type(window).__name__
    seen["page"] = type(window.pages.currentWidget()).__name__
    seen["unlocked"] = window.session.is_unlocked
    seen["shutdown"] = type(getattr(window, "shutdown", None)).__name__
    window.close()


QTimer.singleShot(0, close_when_shown)
QTimer.singleShot(60_000, lambda: app.exit(99))  # never wait for ever
try:
    from reflectjournal.__main__ import main

    code = main([])
    report["start"] = {"exit": code, **seen}
except BaseException:
    report["start"] = {"error": traceback.format_exc(limit=8), **seen}
print("REPORT " + json.dumps(report))
"""


def _run_child(tmp_path: Path) -> dict:
    home = tmp_path / "home"
    for sub in ("config", "data", "cache", "state", "runtime"):
        (home / sub).mkdir(parents=True, mode=0o700)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_", "REFLECTJOURNAL"))},
        "HOME": str(home),
        "USERNAME": "portability",  # Windows always sets it; getpass.getuser() reads it before pwd
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    script = tmp_path / "not_on_windows.py"
    script.write_text(NOT_ON_WINDOWS + CHILD, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, f"the child printed no report (exit {done.returncode}):\n{done.stderr[-3000:]}"
    return json.loads(lines[-1].removeprefix("REPORT "))


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    return _run_child(tmp_path_factory.mktemp("portability"))


def test_the_child_really_lacks_the_posix_names(report):
    """Control: in the child fcntl cannot be imported, SIGHUP and getuid are
    gone and libc cannot be loaded, so a use of any of them at import or
    start-up would have failed below."""
    assert report["control"] == {"fcntl": "blocked", "SIGHUP": False, "getuid": False, "libc": "unavailable"}


def test_every_module_imports_without_posix_only_names(report):
    assert report["import_failures"] == {}
    assert report["imported"] > 60  # every module was reached, not just a few


def test_the_app_starts_and_closes_without_posix_only_names(report):
    start = report["start"]
    assert "error" not in start, start.get("error")
    assert start == {
        "exit": 0,
        "window": "MainWindow",
        "page": start["page"],
        "unlocked": False,
        "shutdown": "GracefulShutdown",
    }
    assert start["page"] != "UnlockPage"  # no journal was found or opened


def test_the_shutdown_handler_skips_signals_the_platform_lacks(monkeypatch):
    """On Windows there is no SIGHUP: the handler is installed for the
    signals there are, looked up when it is built."""
    import signal

    from reflectjournal.ui import shutdown

    hangup = signal.SIGHUP
    assert hangup in shutdown.handled_signals()
    monkeypatch.delattr(signal, "SIGHUP")
    assert signal.SIGTERM in shutdown.handled_signals()
    assert hangup not in shutdown.handled_signals()
