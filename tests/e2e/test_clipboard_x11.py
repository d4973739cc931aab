"""The clipboard guard on a real X server, seen from another process.

The offscreen platform keeps its clipboard inside the process. Here one
process copies journal text the way the editor does (Qt's own copy(), then
ui/clipboard.py marks it) on an Xvfb display, and a second process reads the
X11 CLIPBOARD and PRIMARY selections the way a clipboard manager would: the
targets it is offered must include ``x-kde-passwordManagerHint`` (value
``secret``), and after the delay both selections must be empty.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.e2e.test_real_window import _need, xvfb  # noqa: F401 (the fixture)

pytestmark = pytest.mark.xvfb
REPO = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit
    from reflectjournal.ui.clipboard import ClipboardGuard

    class Prefs:
        def get(self, setting):
            return 2  # seconds before the copy is cleared

    app = QApplication(sys.argv[:1])
    guard = ClipboardGuard(Prefs())
    guard.cleared.connect(lambda why: print("cleared", why, flush=True))
    edit = QPlainTextEdit()
    edit.setPlainText("Journal text " + sys.argv[1])
    edit.show()
    edit.setFocus()

    def copy():
        QTest.keySequence(edit, QKeySequence.StandardKey.SelectAll)  # a selection by keyboard fills PRIMARY
        QTest.keySequence(edit, QKeySequence.StandardKey.Copy)  # Ctrl+C fills CLIPBOARD
        print("copied", guard.holds_our_copy(), flush=True)

    QTimer.singleShot(300, copy)
    QTimer.singleShot(6000, app.quit)
    app.exec()
    """
)

READER = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtGui import QClipboard, QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    clipboard = app.clipboard()
    out = {}
    for name, mode in (("clipboard", QClipboard.Mode.Clipboard), ("primary", QClipboard.Mode.Selection)):
        mime = clipboard.mimeData(mode)
        formats = list(mime.formats()) if mime is not None else []
        hint = bytes(mime.data("x-kde-passwordManagerHint").data()).decode() if mime is not None else ""
        out[name] = {"formats": formats, "hint": hint, "text": clipboard.text(mode)}
    print(json.dumps(out), flush=True)
    """
)


def _read(env: dict) -> dict:
    done = subprocess.run([sys.executable, "-c", READER], env=env, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_copies_are_marked_for_clipboard_managers_and_cleared_on_x11(tmp_path, xvfb):  # noqa: F811
    canary = "Canary" + secrets.token_hex(5)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env.update(
        {"DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO), "HOME": str(tmp_path),
         "XDG_RUNTIME_DIR": str(runtime)}
    )  # fmt: skip
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, canary], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = writer.stdout.readline()
        if not line.startswith("copied"):
            pytest.fail(f"the writer did not start: {line!r} {writer.stderr.read()[-2000:]}")
        assert line.split()[1] == "True"
        seen = _read(env)
        for name in ("clipboard", "primary"):
            assert canary in seen[name]["text"], name
            assert "x-kde-passwordManagerHint" in seen[name]["formats"], (name, seen[name]["formats"])
            assert seen[name]["hint"] == "secret", name
            # Plain text only: no HTML or ODF copy a manager might keep instead.
            assert not any("html" in f or "opendocument" in f for f in seen[name]["formats"]), seen[name]["formats"]
        # The writer says when its timer cleared the copy (2 s here); it is still running.
        assert writer.stdout.readline().split() == ["cleared", "timer"]
        assert writer.poll() is None
        later = _read(env)
        assert canary not in later["clipboard"]["text"] and canary not in later["primary"]["text"]
    finally:
        writer.terminate()
        writer.wait(timeout=10)
