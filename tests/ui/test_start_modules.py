"""What the app loads from start to a painted, unlocked journal, checked in
a fresh interpreter (issue 19: the app's memory). Each module named here
costs resident memory for the whole working day and is needed only later,
or never: `regex` and its Unicode tables for an uncommon title (~3 MB),
hashlib with the system's OpenSSL (~3.5 MB; SQLCipher has its own)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reflectjournal.core.models import Entry
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE

NOT_AT_START = {"regex", "hashlib", "_hashlib", "hmac", "secrets", "cryptography"}

# The harness imports only what the app would: no pytest, no hypothesis
# (which would load hashlib itself and hide it).
RUN = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(["reflectjournal"])
from reflectjournal.app import build_window
from reflectjournal.core import settings as S
from reflectjournal.core.vault import KdfSettings
from reflectjournal.ui.preferences import Preferences
from reflectjournal.ui.prompter import ScriptedPrompter
prefs = Preferences()
prefs.set(S.LAST_JOURNAL, sys.argv[1])
window = build_window(kdf=KdfSettings(iterations=int(sys.argv[3])), prompter=ScriptedPrompter(), prefs=prefs)
window.show()
def spin(condition, seconds):
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)
spin(lambda: window.pages.currentWidget() is window.unlock_page, 10)
window.unlock_page.passphrase_edit.setText(sys.argv[2])
window.unlock_page.unlock_button.click()
spin(lambda: window.session.is_unlocked and window.pages.currentWidget() is window.journal_view, 20)
assert window.session.is_unlocked, "the journal did not unlock"
spin(lambda: False, 1.5)  # past the deferred loads: the dictionary, the word list, the rest of the ids
print("\\n".join(sorted(sys.modules)))
window.session.lock("quit")
"""


def test_unlocking_and_the_first_minutes_load_neither_regex_nor_openssl(tmp_path: Path) -> None:
    journal = tmp_path / "journal.rjournal"
    with Journal.create(journal, TEST_PASSPHRASE, kdf=TEST_KDF) as opened:
        opened.entries.save(Entry(title="Home visit \u2013 Zo\u00eb\u2019s nursery", body="The child was at nursery."))
        opened.entries.save(Entry(title="Core group", body="Plan reviewed."))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_RUNTIME_DIR"] = str(tmp_path / "run")
    (tmp_path / "run").mkdir(mode=0o700)
    result = subprocess.run(
        [sys.executable, "-c", RUN, str(journal), TEST_PASSPHRASE, str(TEST_KDF.iterations)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = set(result.stdout.split())
    assert "reflectjournal.ui.main_window" in loaded and "reflectjournal.core.packs" in loaded  # it did run
    assert "enchant" in loaded or "reflectjournal.ui.spelling" in loaded
    assert NOT_AT_START.isdisjoint(loaded), sorted(NOT_AT_START & loaded)
