"""The app as a screen reader meets it: the real AT-SPI tree, under Xvfb.

A private D-Bus session bus; the AT-SPI bus and registry it starts on
demand (at-spi-bus-launcher, at-spi2-registryd: Debian's at-spi2-core);
the real window (tests/e2e/atspi_app.py) on an Xvfb display with Qt's
AT-SPI bridge on; and, in the system's Python with pyatspi, a walker
(tests/e2e/atspi_walker.py) that reads the tree as Orca would and hears the
events it would hear.

On the welcome, unlock, main, Settings and Supervision screens it fails on
a focusable control without a name, a name that does not contain its
label's words, a form label that labels no control (no buddy), a window
not exposed as one; and on an error or status change (a create error, a
wrong passphrase, "Saved", a status-bar message) that is not announced.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.shots import private_dirs

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def _missing() -> str | None:
    if not shutil.which("Xvfb"):
        return "Xvfb (Debian: xvfb)"
    if not shutil.which("dbus-daemon"):
        return "dbus-daemon (Debian: dbus-daemon)"
    if not Path(BUS_LAUNCHER).exists():
        return "the AT-SPI bus (Debian: at-spi2-core)"
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        return "pyatspi for the system's python3 (Debian: python3-pyatspi, gir1.2-atspi-2.0)"
    return None


@pytest.fixture
def atspi_needs():
    missing = _missing()
    if missing:
        if os.environ.get("REFLECTJOURNAL_CI"):
            pytest.fail(f"{missing} is missing in CI: scripts/test-packages.txt must install it")
        pytest.skip(f"{missing} is not installed; CI installs it")


class Peer:
    """A child process answering one JSON line for each command line."""

    def __init__(self, argv: list[str], env: dict[str, str], what: str, cwd: Path):
        self.what = what
        self.proc = subprocess.Popen(
            argv, env=env, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )

    def read(self, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                break
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError(f"the {self.what} ended: {self.proc.stderr.read()[-3000:]}")
            if line.startswith("{"):
                return json.loads(line)
        raise AssertionError(f"the {self.what} did not answer in {timeout} s")

    def ask(self, command: str, timeout: float = 30) -> dict:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        answer = self.read(timeout)
        assert answer.get("ok"), f"{self.what}: {command}: {answer}"
        return answer

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
                self.proc.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()


def _start_xvfb():
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not report a display number"
    return proc, f":{number}"


@pytest.fixture
def desktop(tmp_path, atspi_needs):
    """(app, walker): the app and the walker on one private session bus."""
    started = []
    xvfb, display = _start_xvfb()
    started.append(xvfb)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    started.append(bus)
    peers = []
    try:
        address = bus.stdout.readline().strip()
        assert address, "dbus-daemon gave no address"
        home, dirs = private_dirs(tmp_path)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "DBUS_", "AT_SPI"))}
        env.update({k: str(v) for k, v in dirs.items()})
        env.update(
            {
                "HOME": str(home),
                "DISPLAY": display,
                "DBUS_SESSION_BUS_ADDRESS": address,
                "QT_QPA_PLATFORM": "xcb",
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "LANG": "en_GB.UTF-8",
                "PYTHONPATH": str(HERE.parent.parent),
            }
        )
        # The walker first: it starts the accessibility bus and registers for
        # the events before the app starts, so the app sends them from the start.
        walker = Peer([SYSTEM_PYTHON, str(HERE / "atspi_walker.py")], env, "AT-SPI walker", tmp_path)
        peers.append(walker)
        assert walker.read().get("ready")
        app = Peer([sys.executable, str(HERE / "atspi_app.py")], env, "app", tmp_path)
        peers.append(app)
        assert app.read(60).get("ready")
        walker.ask("wait-app reflectjournal", timeout=40)
        yield app, walker
        app.ask("quit")
    finally:
        for peer in reversed(peers):
            peer.stop()
        for proc in reversed(started):
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _walk(walker: Peer, screen: str, *, window: str | None = None) -> dict:
    tree = walker.ask("walk")
    assert not tree["problems"], f"{screen}: " + "\n".join(tree["problems"])
    assert tree["controls"], f"{screen}: no focusable control was found in the tree"
    if window is not None:
        assert any(window in w["name"] for w in tree["windows"]), f"{screen}: no window {window!r}: {tree['windows']}"
    return tree


def _announced(walker: Peer, text: str, what: str) -> None:
    """``text`` was announced (Qt 6.8+: object:announcement), or at least the
    label showing it told the tree its name changed."""
    deadline = time.monotonic() + 5
    heard = []
    while time.monotonic() < deadline:
        heard += walker.ask("events")["events"]
        said = [e for e in heard if e["type"].startswith("object:announcement") and text in str(e["data"])]
        if said:
            return
        time.sleep(0.2)
    said = [(e["type"], e["data"]) for e in heard if e["type"].startswith("object:announcement")]
    raise AssertionError(f"{what}: {text!r} was shown but not announced; announced were {said}")


def test_screens_read_well_and_changes_are_announced(desktop):
    app, walker = desktop

    # Welcome: create a journal where none can be made, then where it can.
    app.ask("welcome")
    _walk(walker, "welcome", window="reflectjournal")
    walker.ask("events")
    shown = app.ask("create-error")["shown"]
    assert shown
    _announced(walker, shown, "the create error")
    app.ask("create", timeout=60)

    # The journal: writing is saved and says so; a status-bar message is heard.
    _walk(walker, "main window", window="reflectjournal")
    walker.ask("events")
    shown = app.ask("type A home visit")["shown"]
    _announced(walker, shown, "the save status")
    shown = app.ask("backup", timeout=60)["shown"]
    assert shown
    _announced(walker, shown, "the status-bar message")

    # Restore from a backup: the dialog reads well, and the check's result is heard.
    title = app.ask("restore")["title"]
    _walk(walker, "Restore", window=title)
    walker.ask("events")
    shown = app.ask("restore-check", timeout=60)["shown"]
    assert shown.startswith("Checked")
    _announced(walker, shown, "the backup check")
    app.ask("close-dialog")

    app.ask("settings")
    _walk(walker, "Settings", window="Settings")
    app.ask("close-dialog")

    title = app.ask("supervision")["title"]
    _walk(walker, "Supervision", window=title)
    app.ask("close-supervision")

    # Unlock: a wrong passphrase is announced at once.
    app.ask("lock")
    _walk(walker, "unlock", window="reflectjournal")
    walker.ask("events")
    shown = app.ask("unlock-wrong")["shown"]
    assert shown
    _announced(walker, shown, "the wrong-passphrase error")
    app.ask("unlock", timeout=60)
