"""The desktop notification goes to a real freedesktop notification service
on a private session bus (dbus-run-session) with the types the specification
declares, and carries only the fixed words (issue 15, item 6; the
supervision reminders use the same notifier)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
ROOT = HERE.parent.parent

SEND = textwrap.dedent(
    """
    import subprocess, sys, time
    from pathlib import Path
    fake = subprocess.Popen([sys.executable, sys.argv[1], sys.argv[2], "8000"], stdout=subprocess.PIPE, text=True)
    assert fake.stdout.readline().startswith("obj True") and fake.stdout.readline().startswith("svc True")
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from reflectjournal.ui.notifications import DesktopNotifier
    from reflectjournal.ui.reflect_reminders import words
    DesktopNotifier().notify("reflectjournal", words("reminder"))
    DesktopNotifier().notify("reflectjournal", words("nudge"))
    for _ in range(50):
        if Path(sys.argv[2]).exists() and len(Path(sys.argv[2]).read_text().splitlines()) == 2:
            break
        time.sleep(0.1)
    fake.terminate()
    """
)


def test_the_notification_reaches_a_freedesktop_service_with_its_declared_types(tmp_path):
    if not shutil.which("dbus-run-session"):
        if os.environ.get("REFLECTJOURNAL_CI"):
            pytest.fail("dbus-run-session is missing in CI: scripts/test-packages.txt must install dbus")
        pytest.skip("dbus-run-session is not installed (Debian: dbus-daemon); CI installs it")
    received = tmp_path / "received.jsonl"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", SEND, str(HERE / "fake_notifications.py"), str(received)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    calls = [json.loads(line) for line in received.read_text().splitlines()]
    # app name, replaces_id (a uint32 the fake's signature demands), icon, summary, body, actions, timeout
    assert calls == [
        ["reflectjournal", 0, "", "reflectjournal", "Time to reflect?", [], 10000],
        ["reflectjournal", 0, "", "reflectjournal", "A home visit today has no reflection yet.", [], 10000],
    ]
