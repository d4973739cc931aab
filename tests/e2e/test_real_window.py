"""The real app in a real X window, started as a user starts it.

``python -m reflectjournal`` runs on an Xvfb display this test starts;
xdotool types into it like a person: create a journal, write an entry
holding a canary, quit. Then every file the app could have touched is
read, and the canary must be nowhere in plaintext.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reflectjournal.core.vault import Journal, default_backup_dir
from tests.e2e.shots import private_dirs

pytestmark = pytest.mark.xvfb

PASSPHRASE = "paper lantern orbit kettle"


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("REFLECTJOURNAL_CI"):
            pytest.fail(f"{tool} is missing in CI: scripts/test-packages.txt must install it")
        pytest.skip(f"{tool} is not installed (Debian package: {'xvfb' if tool == 'Xvfb' else tool}); CI installs it")
    return path


@pytest.fixture
def xvfb(tmp_path):
    xvfb_bin = _need("Xvfb")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [xvfb_bin, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not report a display number"
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


def _xdotool(display: str, *args: str, timeout: float = 15) -> str:
    result = subprocess.run(
        ["xdotool", *args], env={**os.environ, "DISPLAY": display}, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"xdotool {args[0]} failed: {result.stderr}"
    return result.stdout.strip()


def _wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _files_under(*roots: Path):
    for root in roots:
        if root.is_file():
            yield root
        elif root.is_dir():
            for path in root.rglob("*"):
                if path.is_file() and not path.is_symlink():
                    yield path


@pytest.mark.slow
def test_real_app_leaves_no_plaintext(tmp_path, xvfb):
    _need("xdotool")
    home, dirs = private_dirs(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    env.update({k: str(v) for k, v in dirs.items()})
    env.update({"HOME": str(home), "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb", "LANG": "en_GB.UTF-8"})
    canary = "Canary" + secrets.token_hex(6)

    app = subprocess.Popen(
        [sys.executable, "-m", "reflectjournal"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        window = _xdotool(xvfb, "search", "--sync", "--onlyvisible", "--name", "^reflectjournal$", timeout=30)
        window = window.splitlines()[0]
        _xdotool(xvfb, "windowfocus", "--sync", window)
        # The welcome screen: passphrase twice, Return creates the journal.
        _xdotool(xvfb, "type", "--delay", "5", PASSPHRASE)
        _xdotool(xvfb, "key", "Tab")
        _xdotool(xvfb, "type", "--delay", "5", PASSPHRASE)
        _xdotool(xvfb, "key", "Return")
        journal = dirs["XDG_DATA_HOME"] / "reflectjournal" / "journal.rjournal"
        _wait_for(journal.exists, 20, "the journal file")
        # The first backup starts as the journal opens, in the same moment the
        # new, empty entry takes the focus; keys typed after it go there.
        backups = default_backup_dir(journal)
        _wait_for(lambda: backups.is_dir() and any(backups.iterdir()), 20, "the first backup")
        wal = Path(f"{journal}-wal")

        def wal_state():
            return (wal.stat().st_size, wal.stat().st_mtime_ns) if wal.exists() else None

        before = wal_state()
        _xdotool(xvfb, "type", "--delay", "5", f"Visit {canary}")
        _xdotool(xvfb, "key", "Return")
        _xdotool(xvfb, "type", "--delay", "5", f"The child said {canary} about school.")
        # Autosave (2 s after the last keystroke) writes to the journal's log.
        _wait_for(lambda: wal_state() != before, 20, "the autosave")
        _xdotool(xvfb, "key", "ctrl+q")
        assert app.wait(timeout=20) == 0, app.stdout.read().decode(errors="replace")
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()

    needles = [canary.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    scanned = []
    for path in _files_under(home, dirs["TMPDIR"], home / ".config" / "QtProject.conf"):
        data = path.read_bytes()
        scanned.append(path)
        for needle in needles:
            assert needle not in data, f"the canary is readable in {path}"
    assert any(p.suffix == ".rjournal" for p in scanned)
    assert any(p.name == "reflectjournal.conf" for p in scanned)

    # The typing really reached the app: the entry is in the journal.
    with Journal.open(journal, PASSPHRASE) as opened:
        entries = [opened.entries.get(s.id) for s in opened.entries.list_entries()]
    assert [e.title for e in entries] == [f"Visit {canary}"]
    assert canary in entries[0].body
