"""The screen-lock signal really arrives over D-Bus (a private session bus)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from reflectjournal.ui.desktop_lock import DesktopLockWatcher
    watcher = DesktopLockWatcher()
    # A blocking call on the same connection: the bus handles messages in
    # order, so when it answers, the watcher's match rules are in place.
    from PySide6.QtDBus import QDBusConnection, QDBusMessage
    QDBusConnection.sessionBus().call(
        QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId")
    )
    print("listening" if watcher.listening else "deaf", flush=True)
    watcher.screen_locked.connect(lambda: (print("LOCKED", flush=True), app.quit()))
    QTimer.singleShot(8000, app.quit)
    app.exec()
    """
)


def test_screensaver_signal_over_a_real_session_bus(tmp_path):
    if not (shutil.which("dbus-daemon") and shutil.which("dbus-send")):
        if os.environ.get("REFLECTJOURNAL_CI"):
            pytest.fail("dbus-daemon is missing in CI: scripts/test-packages.txt must install it")
        pytest.skip("dbus-daemon and dbus-send are not installed (Debian: dbus-daemon, dbus-bin)")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True
    )
    try:
        address = daemon.stdout.readline().strip()
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "QT_QPA_PLATFORM": "offscreen"}
        child = subprocess.Popen([sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE, text=True)
        try:
            assert child.stdout.readline().strip() == "listening"
            subprocess.run(
                [
                    "dbus-send",
                    "--session",
                    "--type=signal",
                    "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver.ActiveChanged",
                    "boolean:true",
                ],
                env=env,
                check=True,
                timeout=5,
            )
            out, _ = child.communicate(timeout=10)
            assert "LOCKED" in out
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    finally:
        daemon.terminate()
        daemon.wait(timeout=5)
