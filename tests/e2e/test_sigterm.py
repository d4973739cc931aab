"""SIGTERM (logout, shutdown) saves what was typed, locks and exits cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE

DRIVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from reflectjournal.app import build_window
    from reflectjournal.core.vault import KdfSettings
    from reflectjournal.ui.shutdown import GracefulShutdown

    app = QApplication([])
    window = build_window(kdf=KdfSettings(int(sys.argv[2])))
    window.shutdown = GracefulShutdown(window)
    window.show()
    window.session.open_journal(Path(sys.argv[1]), sys.argv[3])
    window.session.wait_for_worker()

    def type_then_report():
        if not window.session.is_unlocked:
            QTimer.singleShot(50, type_then_report)
            return
        window.editor.title_edit.setText("typed just before logout")
        window.editor.title_edit.textEdited.emit("typed just before logout")
        print("typed", flush=True)

    QTimer.singleShot(0, type_then_report)
    sys.exit(app.exec())
    """
)


def test_sigterm_saves_locks_and_exits(tmp_path):
    path = tmp_path / "j" / "journal.rjournal"
    Journal.create(path, TEST_PASSPHRASE, kdf=TEST_KDF).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(path), str(TEST_KDF.iterations), TEST_PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert proc.stdout.readline().strip() == "typed"
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, proc.stderr.read()
    # Saved (well inside the 2 s autosave delay), and the lock released.
    with Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF) as journal:
        assert [s.title for s in journal.entries.list_entries()] == ["typed just before logout"]
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0
